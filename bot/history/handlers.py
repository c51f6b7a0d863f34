"""/history: the user's own patterns over the weeks, the weekly summary and the therapy hint.

Buttons carry an action only (`h:…`, never an id): every press changes the presser's own
settings, so a forwarded or stale keyboard can never touch anyone else's records.
"""

from __future__ import annotations

import asyncio
from datetime import time
from html import escape

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    Update,
)
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler

from bot.context import TendContext
from bot.history import service as history
from bot.history import settings as history_settings
from bot.history import texts as t
from bot.history import weekly_schedule
from bot.history.chart import render_weekly_chart
from bot.history.settings import HistorySettings
from bot.history.summary import chart_caption, format_empty_history, format_history
from bot.history.therapy import THERAPY_STOP_BUTTON, therapy_hint_text
from bot.history.weekly_schedule import WeeklyArgsError, WeeklyRequest
from bot.miniapp.buttons import with_open_button
from bot.telegram.messages import reply
from bot.telegram.types import Callback, CallbackHandlers
from bot.users import conversation

PATTERN = r"^h:"
PICK_TIMES = (time(8), time(12), time(18), time(19), time(20), time(21))
_TIME_CODES = {f"{at.hour:02d}{at.minute:02d}": at for at in PICK_TIMES}
_DAY_CODES = {str(day): day for day in range(7)}


def _button(label: str, *action: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=":".join(("h", *action)))


def menu_keyboard(settings: HistorySettings) -> InlineKeyboardMarkup:
    """Under /history: the weekly summary switch, and the therapy-hint switch once it matters."""
    if settings.weekly_summary:
        day = t.WEEKDAYS_SHORT[settings.weekday]
        change = t.BUTTON_WEEKLY_CHANGE.format(day=day, time=t.clock(settings.local_time))
        rows = [[_button(change, "w", "pick")], [_button(t.BUTTON_WEEKLY_OFF, "w", "off")]]
    else:
        rows = [[_button(t.BUTTON_WEEKLY_ON, "w", "on")]]
    # Only someone who has seen a hint (or stopped them) needs the switch; nobody else should
    # meet the word "therapy" in a settings button out of the blue.
    if settings.therapy_hint_seen:
        if settings.therapy_hints:
            rows.append([_button(t.BUTTON_THERAPY_OFF, "t", "off", "m")])
        else:
            rows.append([_button(t.BUTTON_THERAPY_ON, "t", "on", "m")])
    return InlineKeyboardMarkup(rows)


def picker_keyboard(settings: HistorySettings) -> InlineKeyboardMarkup:
    """Days and a few times for the weekly summary; the current choice is ticked."""

    def mark(label: str, chosen: bool) -> str:
        return t.CHOSEN_MARK + label if chosen and settings.weekly_summary else label

    days = [
        _button(mark(name, settings.weekday == i), "w", "d", str(i))
        for i, name in enumerate(t.WEEKDAYS_SHORT)
    ]
    times = [
        _button(mark(t.clock(at), settings.local_time == at), "w", "t", code)
        for code, at in _TIME_CODES.items()
    ]
    done = [_button(t.BUTTON_PICKER_DONE, "w", "menu")]
    return InlineKeyboardMarkup([days[:4], days[4:], times[:3], times[3:], done])


def hint_keyboard(enabled: bool) -> InlineKeyboardMarkup:
    """Under the therapy hint: stop (or, after stopping, undo)."""
    if enabled:
        return InlineKeyboardMarkup([[_button(THERAPY_STOP_BUTTON, "t", "off", "h")]])
    return InlineKeyboardMarkup([[_button(t.THERAPY_RESUME_BUTTON, "t", "on", "h")]])


def weekly_settings_text(settings: HistorySettings) -> str:
    """`/history weekly`: what the summary is and how to set it (Telegram HTML)."""
    return t.WEEKLY_SETTINGS.format(zone=escape(settings.time_zone.replace("_", " "), quote=False))


def _weekly_toast(settings: HistorySettings) -> str:
    if not settings.weekly_summary:
        return t.WEEKLY_OFF
    return t.weekly_on(settings.weekday, settings.local_time, settings.time_zone)


async def on_history(update: Update, ctx: TendContext) -> None:
    """Shows the last 7 and 30 days, the 12-week chart, and the switches; or sets the summary."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    if ctx.args:
        await _on_history_args(update, ctx, ctx.args, user_id=user.id, chat_id=chat.id)
        return
    tend = ctx.tend
    view = await history.load_history(
        tend.sessionmaker, now=tend.clock.now(), user_id=user.id, chat_id=chat.id
    )
    markup = with_open_button(menu_keyboard(view.settings), tend.settings, page="history")
    if view.summary.is_empty:
        await reply(update, format_empty_history(), markup=markup)
        return
    count, muted = await conversation.disagreements(tend.sessionmaker, user_id=user.id)
    said = t.disagreed(count, muted)
    text = format_history(view.summary) + (f"\n\n{escape(said, quote=False)}" if said else "")
    await reply(update, text, markup=markup)
    if any(week.checked for week in view.weeks):
        # ~0.1 s of CPU: drawn in a worker thread so other chats are not kept waiting.
        png = await asyncio.to_thread(render_weekly_chart, view.weeks, title=t.CHART_TITLE)
        await ctx.bot.send_photo(
            chat_id=chat.id,
            photo=InputFile(png, filename="tend-history.png"),
            caption=chart_caption(view.summary),
        )
    if view.therapy_hint:
        await reply(update, therapy_hint_text(), markup=hint_keyboard(True))


async def _on_history_args(
    update: Update, ctx: TendContext, args: list[str], *, user_id: int, chat_id: int
) -> None:
    """`/history weekly [day] [time] | on | off`; anything else gets a short how-to."""
    if args[0].lower() != "weekly":
        await reply(update, t.HISTORY_USAGE)
        return
    tend = ctx.tend
    if len(args) == 1:
        settings = await history_settings.get_settings(
            tend.sessionmaker, now=tend.clock.now(), user_id=user_id, chat_id=chat_id
        )
        await reply(update, weekly_settings_text(settings), markup=picker_keyboard(settings))
        return
    try:
        request = weekly_schedule.parse_weekly_args(args[1:])
    except WeeklyArgsError as exc:
        await reply(update, exc.user_message)
        return
    settings = await weekly_schedule.set_weekly_summary(
        tend.sessionmaker, now=tend.clock.now(), user_id=user_id, chat_id=chat_id, request=request
    )
    await reply(update, escape(_weekly_toast(settings), quote=False))


async def on_history_button(update: Update, ctx: TendContext) -> None:
    """Applies a /history switch to the presser's own settings and refreshes the buttons."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    tend, now = ctx.tend, ctx.tend.clock.now()
    chat_id = update.effective_chat.id if update.effective_chat else user.id
    sessions = tend.sessionmaker

    async def weekly(request: WeeklyRequest) -> HistorySettings:
        return await weekly_schedule.set_weekly_summary(
            sessions, now=now, user_id=user.id, chat_id=chat_id, request=request
        )

    toast: str | None = None
    match query.data.split(":")[1:]:
        case ["w", "on"]:
            settings = await weekly(WeeklyRequest(enabled=True))
            toast, markup = _weekly_toast(settings), picker_keyboard(settings)
        case ["w", "off"]:
            settings = await weekly(WeeklyRequest(enabled=False))
            toast, markup = _weekly_toast(settings), menu_keyboard(settings)
        case ["w", "d", code] if code in _DAY_CODES:
            settings = await weekly(WeeklyRequest(enabled=True, weekday=_DAY_CODES[code]))
            toast, markup = _weekly_toast(settings), picker_keyboard(settings)
        case ["w", "t", code] if code in _TIME_CODES:
            settings = await weekly(WeeklyRequest(enabled=True, local_time=_TIME_CODES[code]))
            toast, markup = _weekly_toast(settings), picker_keyboard(settings)
        case ["w", ("pick" | "menu") as screen]:
            settings = await history_settings.get_settings(
                sessions, now=now, user_id=user.id, chat_id=chat_id
            )
            if screen == "pick":
                toast, markup = t.WEEKLY_PICK, picker_keyboard(settings)
            else:
                markup = menu_keyboard(settings)
        case ["t", ("on" | "off") as state, ("m" | "h") as where]:
            settings = await history_settings.set_therapy_hints(
                sessions, now=now, user_id=user.id, chat_id=chat_id, enabled=state == "on"
            )
            toast = t.THERAPY_RESUMED if settings.therapy_hints else t.THERAPY_STOPPED
            markup = (
                menu_keyboard(settings) if where == "m" else hint_keyboard(settings.therapy_hints)
            )
        case _:
            await query.answer(t.HISTORY_STALE_BUTTON, show_alert=True)
            return
    await query.answer(toast)
    await _replace_keyboard(query, markup)


async def _replace_keyboard(query: CallbackQuery, markup: InlineKeyboardMarkup) -> None:
    if not isinstance(query.message, Message):
        return  # the message is gone or too old to edit; the toast has already confirmed
    try:
        # PTB adds the default parse_mode to every message-ish call, this one included, though
        # editMessageReplyMarkup has no such parameter (Telegram ignores it; the stand-in
        # refuses it). A None in api_kwargs drops it, so only the spec's parameters go out.
        await query.edit_message_reply_markup(reply_markup=markup, api_kwargs={"parse_mode": None})
    except BadRequest as exc:
        # A double tap asks for the keyboard that is already there; nothing to do.
        if "not modified" not in str(exc).lower():
            raise


COMMANDS: dict[str, Callback] = {"history": on_history}
CALLBACKS: CallbackHandlers = [CallbackQueryHandler(on_history_button, pattern=PATTERN)]
MESSAGES: CallbackHandlers = []
