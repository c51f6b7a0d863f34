"""/listen: the listen-without-fixing card, its reminders, and the typed reminder time.

Questions are asked and answered through the helpers in bot/handlers/nudges.py; a time zone
asked for here is answered there (it is the nudges' zone too).
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler

from bot import texts as core_texts
from bot.context import TendContext
from bot.handlers.common import edit_quietly, reply
from bot.handlers.nudges import PRIVATE_ANSWER, AnswersTendsQuestion, Press, ask, own_press, retry
from bot.handlers.types import Callback, CallbackHandlers
from bot.nudges import texts
from bot.nudges.listen import ReminderParseError
from bot.nudges.timezones import InputError, parse_time
from bot.replies.nudges import LISTEN_PATTERN, listen_keyboard
from bot.services import listen


async def on_listen(update: Update, ctx: TendContext) -> None:
    """Shows the listen-without-fixing card, or sets `/listen 20:30` / `/listen daily [off]`."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    tend, arg = ctx.tend, " ".join(ctx.args or ()).strip()
    now, ids = tend.clock.now(), {"user_id": user.id, "chat_id": chat.id}
    word, _, rest = arg.lower().partition(" ")
    if not arg:
        view = await listen.get_view(tend.sessionmaker, now=now, **ids)
        await reply(update, texts.LISTEN_CARD, markup=listen_keyboard(view))
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
            await ask(update, texts.ASK_ZONE)  # a daily time means nothing without a zone
            return
        await listen.set_daily(tend.sessionmaker, now=now, at=at, **ids)
        await reply(update, texts.daily_listen_on(at))
    else:
        await _answer_reminder(update, ctx, arg)


async def on_answer(update: Update, ctx: TendContext) -> None:
    """Sets a one-time listening reminder from the user's answer to "when is the talk?"."""
    message = update.message
    if message is None or message.text is None:
        return
    await _answer_reminder(update, ctx, message.text)


async def _answer_reminder(update: Update, ctx: TendContext, text: str) -> None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return
    tend, now = ctx.tend, ctx.tend.clock.now()
    view = await listen.get_view(tend.sessionmaker, now=now, user_id=user.id, chat_id=chat.id)
    if not view.zone_chosen:
        # "20:30" means nothing until Tend knows where the user is.
        await ask(update, texts.ASK_ZONE)
        return
    try:
        reminder = await listen.remind_once(
            tend.sessionmaker, now=now, user_id=user.id, chat_id=chat.id, text=text
        )
    except ReminderParseError as exc:
        await retry(update, exc, texts.ASK_REMINDER_TIME)
        return
    await reply(update, reminder.confirmation(now))


async def on_button(update: Update, ctx: TendContext) -> None:
    """Acts on a /listen card button, for the person who pressed it only."""
    press = await own_press(update)
    if press is None:
        return
    match press.data.split(":"):
        case ["n", "remind"] | ["n", "listen", "on" | "off"]:
            await _on_listen_button(update, ctx, press)
        case _:
            await press.query.answer(core_texts.STALE_BUTTON, show_alert=True)


async def _on_listen_button(update: Update, ctx: TendContext, press: Press) -> None:
    query, ids, data = press.query, press.ids, press.data
    tend, now = ctx.tend, ctx.tend.clock.now()
    if data == "n:remind":
        view = await listen.get_view(tend.sessionmaker, now=now, **ids)
        await query.answer()
        await ask(update, texts.ASK_REMINDER_TIME if view.zone_chosen else texts.ASK_ZONE)
        return
    current = await listen.get_view(tend.sessionmaker, now=now, **ids)
    if data == "n:listen:on" and not current.zone_chosen:
        await query.answer()
        await ask(update, texts.ASK_ZONE)
        return
    at = (current.daily_time or listen.DEFAULT_DAILY_TIME) if data == "n:listen:on" else None
    view = await listen.set_daily(tend.sessionmaker, now=now, at=at, **ids)
    await query.answer(texts.daily_listen_on(at) if at else texts.DAILY_LISTEN_OFF)
    await edit_quietly(
        ctx,
        chat_id=press.user_id,
        message_id=press.message_id,
        text=texts.LISTEN_CARD,
        markup=listen_keyboard(view),
    )


COMMANDS: dict[str, Callback] = {"listen": on_listen}
CALLBACKS: CallbackHandlers = [CallbackQueryHandler(on_button, pattern=LISTEN_PATTERN)]
MESSAGES: CallbackHandlers = [
    MessageHandler(PRIVATE_ANSWER & AnswersTendsQuestion(texts.ASK_REMINDER_TIME), on_answer)
]
