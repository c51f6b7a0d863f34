"""/nudges: the settings screen, typed answers to Tend's questions, the buttons under a nudge.

Stateless across workers: a question Tend asks (time, zone, reminder) is a ForceReply message,
and the answer is recognised by the question it replies to, so any worker can take it. The
question helpers here (`ask`, `retry`, `AnswersTendsQuestion`, `own_press`) serve
bot/listen/handlers.py as well.
"""

from __future__ import annotations

import contextlib
import html
import re
from dataclasses import dataclass
from datetime import time
from typing import Final

from telegram import CallbackQuery, ForceReply, InlineKeyboardMarkup, Message, Update
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, MessageHandler, filters

from bot.basics import texts as core_texts
from bot.context import TendContext
from bot.miniapp.buttons import with_open_button
from bot.nudges import service as nudges
from bot.nudges import texts
from bot.nudges.keyboards import (
    NUDGES_PATTERN,
    frequency_keyboard,
    nudge_keyboard,
    settings_keyboard,
)
from bot.nudges.schedule import FREQUENCIES, Frequency, parse_frequency
from bot.telegram.messages import edit_quietly, read_command, reply
from bot.telegram.types import Callback, CallbackHandlers
from bot.users import conversation
from bot.users.timezones import InputError, ParsedZone, parse_time, parse_timezone, zone_at

MENU: Final = "nudges:menu"  # the "Set up daily nudges" button on /start
_ID: Final = re.compile(r"\d{1,18}")
# Words accepted after /nudges for a frequency.
_FREQUENCY_WORDS: Final[dict[str, Frequency]] = {
    **{word: Frequency.DAILY for word in ("daily", "every day", "everyday")},
    **{word: Frequency.WEEKDAYS for word in ("weekdays", "weekday", "workdays")},
    **{
        word: Frequency.THREE_WEEKLY for word in ("three_weekly", "3x", "mwf", "three times a week")
    },
}


def plain(question: str) -> str:
    """A question as Telegram returns it in `reply_to_message.text`: tags gone, unescaped."""
    return html.unescape(re.sub(r"<[^>]+>", "", question))


# Each question Tend asks, by the short key `bot.users.conversation` remembers it under.
QUESTION_KEYS: Final = {
    texts.ASK_TIME: "time",
    texts.ASK_ZONE: "zone",
    texts.ZONE_NEEDED: "zone_on",
    texts.ASK_REMINDER_TIME: "reminder",
    texts.ASK_DAILY_LISTEN_TIME: "listen_daily",
}
_QUESTIONS: Final = {plain(q): q for q in QUESTION_KEYS}
_PLACEHOLDERS: Final = {
    texts.ASK_TIME: "20:30",
    texts.ASK_ZONE: "Chicago",
    texts.ZONE_NEEDED: "Chicago",
    texts.ASK_REMINDER_TIME: "20:30",
    texts.ASK_DAILY_LISTEN_TIME: "18:00",
}


class AnswersTendsQuestion(filters.MessageFilter):
    """A reply to one of `questions` (from those above), asked by a bot (Tend: the chat is
    private)."""

    def __init__(self, *questions: str) -> None:
        super().__init__()
        self._asked = {plain for plain, question in _QUESTIONS.items() if question in questions}

    def filter(self, message: Message) -> bool:
        asked = message.reply_to_message
        return (
            asked is not None
            and asked.from_user is not None
            and asked.from_user.is_bot
            and asked.text in self._asked
        )


# --- Commands -------------------------------------------------------------------------------


async def on_nudges(update: Update, ctx: TendContext) -> None:
    """Shows nudge settings, or applies `/nudges on|off|pause|resume|20:30|zone Berlin|daily`."""
    if (command := read_command(update, ctx)) is None:
        return
    tend, now, ids, arg = ctx.tend, command.now, command.ids, command.arg
    word, rest = command.word, command.rest
    if not arg:
        view = await nudges.get_view(tend.sessionmaker, now=now, **ids)
        markup = with_open_button(settings_keyboard(view, now), tend.settings, page="nudges")
        await show_card(update, ctx, view.screen(now), markup, "nudges")
    elif word in {"on", "start"}:
        await _turn_on(update, ctx)
    elif word in {"off", "stop"}:
        await nudges.turn_off(tend.sessionmaker, now=now, **ids)
        await reply(update, texts.TURNED_OFF)
    elif word == "pause":
        view = await nudges.pause_week(tend.sessionmaker, now=now, **ids)
        await reply(update, texts.paused_ack(view.next_local(), now.astimezone(view.tz)))
    elif word == "resume":
        await _turn_on(update, ctx)
    elif arg.lower() in _FREQUENCY_WORDS:
        await _changed(update, ctx, frequency=_FREQUENCY_WORDS[arg.lower()])
    elif word in {"often", "frequency", "how"}:
        await reply(update, texts.ASK_FREQUENCY, markup=frequency_keyboard())
    elif word in {"time", "at"}:
        await (_answer_time(update, ctx, rest) if rest else ask(update, ctx, texts.ASK_TIME))
    elif word in {"zone", "tz", "timezone"}:
        await (_answer_zone(update, ctx, rest) if rest else ask(update, ctx, texts.ASK_ZONE))
    elif any(c.isdigit() for c in arg) and not arg.lower().startswith(("utc", "gmt", "+", "-")):
        await _answer_time(update, ctx, arg)
    else:
        await _answer_zone(update, ctx, arg)


# --- Typed answers ------------------------------------------------------------------------


async def on_answer(update: Update, ctx: TendContext) -> None:
    """Applies the user's answer to Tend's question about the nudge time or time zone."""
    message = update.message
    asked = message.reply_to_message if message is not None else None
    if message is None or message.text is None or asked is None or asked.text is None:
        return
    question = _QUESTIONS.get(asked.text)
    if question is None:
        return
    if update.effective_user is not None:
        await conversation.close_question(ctx.tend.sessionmaker, user_id=update.effective_user.id)
    await answer_question(update, ctx, QUESTION_KEYS[question], message.text)


async def _answer_time(update: Update, ctx: TendContext, text: str) -> None:
    try:
        local_time = parse_time(text)
    except InputError as exc:
        await retry(update, ctx, exc, texts.ASK_TIME)
        return
    await _changed(update, ctx, local_time=local_time)


async def _answer_zone(
    update: Update, ctx: TendContext, text: str, *, turn_on: bool = False
) -> None:
    try:
        zone = parse_timezone(text)
    except InputError as exc:
        await retry(update, ctx, exc, texts.ZONE_NEEDED if turn_on else texts.ASK_ZONE)
        return
    await _changed(update, ctx, zone=zone, turn_on=turn_on)


async def _changed(
    update: Update,
    ctx: TendContext,
    *,
    local_time: time | None = None,
    zone: ParsedZone | None = None,
    turn_on: bool = False,
    frequency: Frequency | None = None,
    from_location: bool = False,
) -> None:
    """Apply one typed change and answer with its confirmation and the settings screen."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    tend, now = ctx.tend, ctx.tend.clock.now()
    ids = {"user_id": user.id, "chat_id": chat.id}
    if local_time is not None:
        view = await nudges.set_time(tend.sessionmaker, now=now, local_time=local_time, **ids)
        said = texts.time_set(local_time)
    elif zone is not None:
        view = await nudges.set_zone(tend.sessionmaker, now=now, zone=zone, turn_on=turn_on, **ids)
        said = texts.zone_set(zone.name, now.astimezone(view.tz))
        if from_location:
            said = texts.zone_from_location(zone.name, now.astimezone(view.tz))
        next_local = view.next_local()
        if turn_on and next_local is not None:
            # "Turn on" asked for the zone first: say that nudges are now on, and when.
            said += "\n" + texts.turned_on(next_local, now.astimezone(view.tz), view.local_time)
    elif frequency is not None:
        view = await nudges.set_frequency(tend.sessionmaker, now=now, frequency=frequency, **ids)
        said = texts.frequency_set(frequency)
    else:
        return
    await show_card(
        update, ctx, f"{said}\n\n{view.screen(now)}", settings_keyboard(view, now), "nudges"
    )


async def show_card(
    update: Update, ctx: TendContext, text: str, markup: InlineKeyboardMarkup, kind: str
) -> None:
    """Send a settings card and close the previous one, so only one set of live buttons (with
    a current status) is ever in the chat."""
    user = update.effective_user
    sent = await reply(update, text, markup=markup)
    if sent is None or user is None:
        return
    tend = ctx.tend
    old = await conversation.swap_card(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=user.id,
        chat_id=sent.chat_id,
        message_id=sent.message_id,
        kind=kind,
    )
    if old is not None:
        # Deleted (discreet mode, or by the user) or too old to edit: nothing lingers then.
        with contextlib.suppress(BadRequest):
            await edit_quietly(
                ctx, chat_id=sent.chat_id, message_id=old, text=core_texts.CARD_CLOSED, markup=None
            )


async def on_location(update: Update, ctx: TendContext) -> None:
    """A shared location sets the time zone (and turns nudges on if "Turn on" asked for it)."""
    message, user = update.message, update.effective_user
    if message is None or message.location is None or user is None:
        return
    tend = ctx.tend
    zone = zone_at(message.location.latitude, message.location.longitude)
    if zone is None:
        await reply(update, texts.LOCATION_UNKNOWN)
        return
    asked = await conversation.open_question(
        tend.sessionmaker, now=tend.clock.now(), user_id=user.id
    )
    await conversation.close_question(tend.sessionmaker, user_id=user.id)
    await _changed(update, ctx, zone=zone, turn_on=asked == "zone_on", from_location=True)


async def answer_question(update: Update, ctx: TendContext, question: str, text: str) -> bool:
    """Apply `text` as the answer to the nudge question `question` (a QUESTION_KEYS value);
    False if that question is not one of the nudge screen's."""
    if question == "time":
        await _answer_time(update, ctx, text)
    elif question in {"zone", "zone_on"}:
        await _answer_zone(update, ctx, text, turn_on=question == "zone_on")
    else:
        return False
    return True


async def _turn_on(update: Update, ctx: TendContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    tend, now = ctx.tend, ctx.tend.clock.now()
    ids = {"user_id": user.id, "chat_id": chat.id}
    view = await nudges.get_view(tend.sessionmaker, now=now, **ids)
    if view.zone_name is None:
        await ask(update, ctx, texts.ZONE_NEEDED)  # the answer sets the zone and turns nudges on
        return
    view = await nudges.turn_on(tend.sessionmaker, now=now, **ids)
    next_local = view.next_local()
    if next_local is not None:
        said = texts.turned_on(next_local, now.astimezone(view.tz), view.local_time)
        await show_card(
            update, ctx, f"{said}\n\n{view.screen(now)}", settings_keyboard(view, now), "nudges"
        )


async def ask(update: Update, ctx: TendContext, question: str) -> None:
    """Ask one of Tend's questions as a ForceReply, so the answer comes back as a reply to it;
    remembered for a while, so a plain message that reads as the answer counts too."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    if user is not None:
        # Remembered before it is asked: an answer typed the moment the question shows finds it.
        tend = ctx.tend
        await conversation.remember_question(
            tend.sessionmaker,
            now=tend.clock.now(),
            user_id=user.id,
            chat_id=chat.id,
            question=QUESTION_KEYS[question],
        )
    force = ForceReply(selective=True, input_field_placeholder=_PLACEHOLDERS[question])
    await chat.get_bot().send_message(chat_id=chat.id, text=question, reply_markup=force)


async def retry(update: Update, ctx: TendContext, error: InputError, question: str) -> None:
    """Say what was wrong and ask again, so the next try is still an answer, not a draft."""
    await reply(update, error.user_message)
    await ask(update, ctx, question)


# --- Buttons --------------------------------------------------------------------------------


async def on_menu(update: Update, ctx: TendContext) -> None:
    """ "Set up daily nudges" on /start: the offer becomes the settings screen."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.message is None:
        return
    if query.message.chat.id != user.id:  # see on_button
        await query.answer(core_texts.NOT_YOURS, show_alert=True)
        return
    now = ctx.tend.clock.now()
    view = await nudges.get_view(ctx.tend.sessionmaker, now=now, user_id=user.id, chat_id=user.id)
    await query.answer()
    await query.edit_message_text(view.screen(now), reply_markup=settings_keyboard(view, now))
    old = await conversation.swap_card(
        ctx.tend.sessionmaker,
        now=now,
        user_id=user.id,
        chat_id=user.id,
        message_id=query.message.message_id,
        kind="nudges",
    )
    if old is not None:
        with contextlib.suppress(BadRequest):
            await edit_quietly(
                ctx, chat_id=user.id, message_id=old, text=core_texts.CARD_CLOSED, markup=None
            )


async def on_button(update: Update, ctx: TendContext) -> None:
    """Acts on a nudge or /nudges button, for the person who pressed it only."""
    press = await own_press(update)
    if press is None:
        return
    match press.data.split(":"):
        case ["n", action, delivery] if action in {"done", "more", "pause"} and _ID.fullmatch(
            delivery
        ):
            await _on_nudge_button(update, ctx, press, action, int(delivery))
        case ["n", "f", frequency] if frequency in FREQUENCIES:
            await _on_settings_button(update, ctx, press, "f", frequency)
        case ["n", action] if action in {"on", "off", "time", "zone", "freq", "pause", "resume"}:
            await _on_settings_button(update, ctx, press, action, "")
        case _:
            await press.query.answer(core_texts.STALE_BUTTON, show_alert=True)


@dataclass(frozen=True, slots=True)
class Press:
    """A button press in the presser's own private chat (whose id is the user's)."""

    query: CallbackQuery
    data: str
    user_id: int
    message_id: int

    @property
    def ids(self) -> dict[str, int]:
        return {"user_id": self.user_id, "chat_id": self.user_id}


async def own_press(update: Update) -> Press | None:
    """The button press, or None (telling the presser "not yours" if it was someone else's)."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None or query.message is None:
        return None
    # Tend's buttons live in private chats, whose id is the user's: anything else is not theirs.
    if query.message.chat.id != user.id:
        await query.answer(core_texts.NOT_YOURS, show_alert=True)
        return None
    return Press(query, query.data, user.id, query.message.message_id)


async def _on_nudge_button(
    update: Update, ctx: TendContext, press: Press, action: str, delivery: int
) -> None:
    query, user_id = press.query, press.user_id
    tend, now = ctx.tend, ctx.tend.clock.now()
    if action == "done":
        total = await nudges.mark_done(
            tend.sessionmaker, now=now, user_id=user_id, delivery_id=delivery
        )
        if total is None:
            await query.answer(core_texts.NOT_YOURS, show_alert=True)
        else:
            await query.answer(texts.done_ack(total))
        return
    if action == "more":
        nudge = await nudges.another_idea(
            tend.sessionmaker, now=now, user_id=user_id, delivery_id=delivery
        )
        if nudge is None:
            await query.answer(core_texts.NOT_YOURS, show_alert=True)
            return
        await query.answer()
        await edit_quietly(
            ctx,
            chat_id=user_id,
            message_id=press.message_id,
            text=texts.nudge_message(nudge),
            markup=nudge_keyboard(delivery),
        )
        return
    if not await nudges.owns_delivery(tend.sessionmaker, user_id=user_id, delivery_id=delivery):
        await query.answer(core_texts.NOT_YOURS, show_alert=True)
        return
    view = await nudges.pause_week(tend.sessionmaker, now=now, **press.ids)
    await query.answer()
    await reply(update, texts.paused_ack(view.next_local(), now.astimezone(view.tz)))


async def _on_settings_button(
    update: Update, ctx: TendContext, press: Press, action: str, arg: str
) -> None:
    query, ids = press.query, press.ids
    tend, now = ctx.tend, ctx.tend.clock.now()
    if action in {"time", "zone"}:
        await query.answer()
        await ask(update, ctx, texts.ASK_TIME if action == "time" else texts.ASK_ZONE)
        return
    if action == "freq":
        await query.answer()
        await query.edit_message_text(texts.ASK_FREQUENCY, reply_markup=frequency_keyboard())
        return
    if action in {"on", "resume"}:
        view = await nudges.get_view(tend.sessionmaker, now=now, **ids)
        if view.zone_name is None:
            await query.answer()
            await ask(update, ctx, texts.ZONE_NEEDED)
            return
        view = await nudges.turn_on(tend.sessionmaker, now=now, **ids)
        next_local = view.next_local()
        said = (
            texts.turned_on(next_local, now.astimezone(view.tz), view.local_time)
            if next_local
            else None
        )
    elif action == "off":
        view = await nudges.turn_off(tend.sessionmaker, now=now, **ids)
        said = texts.TURNED_OFF
    elif action == "pause":
        view = await nudges.pause_week(tend.sessionmaker, now=now, **ids)
        said = texts.paused_ack(view.next_local(), now.astimezone(view.tz))
    else:
        frequency = parse_frequency(arg)
        view = await nudges.set_frequency(tend.sessionmaker, now=now, frequency=frequency, **ids)
        said = texts.frequency_set(frequency)
    await query.answer(plain(said) if said else None)
    await edit_quietly(
        ctx,
        chat_id=press.user_id,
        message_id=press.message_id,
        text=view.screen(now),
        markup=settings_keyboard(view, now),
    )


# A private text that is not a command: where answers to Tend's questions arrive.
PRIVATE_ANSWER = (
    filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
)

COMMANDS: dict[str, Callback] = {"nudges": on_nudges}
CALLBACKS: CallbackHandlers = [
    CallbackQueryHandler(on_menu, pattern=f"^{MENU}$"),
    CallbackQueryHandler(on_button, pattern=NUDGES_PATTERN),
]
MESSAGES: CallbackHandlers = [
    MessageHandler(
        PRIVATE_ANSWER & AnswersTendsQuestion(texts.ASK_TIME, texts.ASK_ZONE, texts.ZONE_NEEDED),
        on_answer,
    ),
    MessageHandler(filters.ChatType.PRIVATE & filters.LOCATION, on_location),
]
