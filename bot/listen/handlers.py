"""/listen: the listen-without-fixing card, its reminders, and the typed reminder time.

Questions are asked and answered through the helpers in bot/nudges/handlers.py; a time zone
asked for here is answered there (it is the nudges' zone too).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler

from bot.basics import texts as core_texts
from bot.context import TendContext
from bot.listen import service as listen
from bot.listen.reminder_time import ReminderParseError
from bot.nudges import texts
from bot.nudges.handlers import (
    PRIVATE_ANSWER,
    AnswersTendsQuestion,
    Press,
    ask,
    own_press,
    plain,
    retry,
    show_card,
)
from bot.nudges.keyboards import LISTEN_PATTERN, listen_keyboard
from bot.telegram.messages import edit_quietly, read_command, reply
from bot.telegram.types import Callback, CallbackHandlers
from bot.users import conversation
from bot.users.timezones import InputError, parse_time


async def on_listen(update: Update, ctx: TendContext) -> None:
    """Shows the listen-without-fixing card, or sets `/listen 20:30` / `/listen daily [off]`."""
    if (command := read_command(update, ctx)) is None:
        return
    tend, now, ids, arg = ctx.tend, command.now, command.ids, command.arg
    word, rest = command.word, command.rest
    if not arg:
        view = await listen.get_view(tend.sessionmaker, now=now, **ids)
        await show_card(update, ctx, card_text(view), listen_keyboard(view), "listen")
    elif word in {"off", "stop"} or (word == "daily" and rest in {"off", "stop"}):
        await listen.set_daily(tend.sessionmaker, now=now, at=None, **ids)
        await reply(update, texts.DAILY_LISTEN_OFF)
    elif word == "daily":
        try:
            at = parse_time(rest) if rest else listen.DEFAULT_DAILY_TIME
        except InputError as exc:
            await reply(update, exc.user_message)
            return
        if not (await listen.get_view(tend.sessionmaker, now=now, **ids)).zone_chosen:
            await ask(update, ctx, texts.ASK_ZONE)  # a daily time means nothing without a zone
            return
        await listen.set_daily(tend.sessionmaker, now=now, at=at, **ids)
        await reply(update, texts.daily_listen_on(at))
    else:
        await _answer_reminder(update, ctx, arg)


def card_text(view: listen.ListenView) -> str:
    """The /listen card with what is set under it."""
    return f"{texts.LISTEN_CARD}\n\n{texts.listen_status(view.daily_time)}"


async def on_answer(update: Update, ctx: TendContext) -> None:
    """Sets a listening reminder from the user's answer to "when is the talk?" or to "what
    time for the daily reminder?"."""
    message, user = update.message, update.effective_user
    asked = message.reply_to_message if message is not None else None
    if message is None or message.text is None or user is None:
        return
    await conversation.close_question(ctx.tend.sessionmaker, user_id=user.id)
    daily = asked is not None and asked.text == plain(texts.ASK_DAILY_LISTEN_TIME)
    await answer_question(update, ctx, "listen_daily" if daily else "reminder", message.text)


async def answer_question(update: Update, ctx: TendContext, question: str, text: str) -> bool:
    """Apply `text` as the answer to a /listen question; False if `question` is not one."""
    if question == "reminder":
        await _answer_reminder(update, ctx, text)
    elif question == "listen_daily":
        await _answer_daily(update, ctx, text)
    else:
        return False
    return True


async def _answer_daily(update: Update, ctx: TendContext, text: str) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    try:
        at = parse_time(text)
    except InputError as exc:
        await retry(update, ctx, exc, texts.ASK_DAILY_LISTEN_TIME)
        return
    tend, now = ctx.tend, ctx.tend.clock.now()
    view = await listen.set_daily(
        tend.sessionmaker, now=now, at=at, user_id=user.id, chat_id=chat.id
    )
    said = f"{texts.daily_listen_on(at)} {texts.DAILY_LISTEN_HOW_TO_STOP}"
    await show_card(update, ctx, f"{said}\n\n{card_text(view)}", listen_keyboard(view), "listen")


async def _answer_reminder(update: Update, ctx: TendContext, text: str) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    tend, now = ctx.tend, ctx.tend.clock.now()
    view = await listen.get_view(tend.sessionmaker, now=now, user_id=user.id, chat_id=chat.id)
    if not view.zone_chosen:
        # "20:30" means nothing until Tend knows where the user is.
        await ask(update, ctx, texts.ASK_ZONE)
        return
    try:
        reminder = await listen.remind_once(
            tend.sessionmaker, now=now, user_id=user.id, chat_id=chat.id, text=text
        )
    except ReminderParseError as exc:
        await retry(update, ctx, exc, texts.ASK_REMINDER_TIME)
        return
    await reply(update, reminder.confirmation(now))


async def on_button(update: Update, ctx: TendContext) -> None:
    """Acts on a /listen card button, for the person who pressed it only."""
    press = await own_press(update)
    if press is None:
        return
    match press.data.split(":"):
        case ["n", "remind"] | ["n", "listen", "on" | "off" | "time"]:
            await _on_listen_button(update, ctx, press)
        case _:
            await press.query.answer(core_texts.STALE_BUTTON, show_alert=True)


async def _on_listen_button(update: Update, ctx: TendContext, press: Press) -> None:
    query, ids, data = press.query, press.ids, press.data
    tend, now = ctx.tend, ctx.tend.clock.now()
    if data == "n:remind":
        view = await listen.get_view(tend.sessionmaker, now=now, **ids)
        await query.answer()
        await ask(update, ctx, texts.ASK_REMINDER_TIME if view.zone_chosen else texts.ASK_ZONE)
        return
    current = await listen.get_view(tend.sessionmaker, now=now, **ids)
    if data in {"n:listen:on", "n:listen:time"}:
        # The time is the user's to pick: ask for it (after the zone, if that is not known).
        await query.answer()
        await ask(
            update, ctx, texts.ASK_DAILY_LISTEN_TIME if current.zone_chosen else texts.ASK_ZONE
        )
        return
    view = await listen.set_daily(tend.sessionmaker, now=now, at=None, **ids)
    await query.answer(texts.DAILY_LISTEN_OFF)
    await edit_quietly(
        ctx,
        chat_id=press.user_id,
        message_id=press.message_id,
        text=card_text(view),
        markup=listen_keyboard(view),
    )


COMMANDS: dict[str, Callback] = {"listen": on_listen}
CALLBACKS: CallbackHandlers = [CallbackQueryHandler(on_button, pattern=LISTEN_PATTERN)]
MESSAGES: CallbackHandlers = [
    MessageHandler(
        PRIVATE_ANSWER & AnswersTendsQuestion(texts.ASK_REMINDER_TIME, texts.ASK_DAILY_LISTEN_TIME),
        on_answer,
    )
]
