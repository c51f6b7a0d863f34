"""The outbox's Telegram side: scheduled messages sent through the application's bot (its
rate limiter applies), Telegram's errors told apart for the loop, and the repeating job that
runs the loop for one kind (bot/outbox.py)."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import timedelta
from typing import Any

from telegram import Bot, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import outbox
from bot.context import TendContext

log = logging.getLogger(__name__)

Tick = Callable[[TendContext], Coroutine[Any, Any, None]]


def telegram_sender(bot: Bot) -> outbox.Send:
    """Send through `bot` (its rate limiter applies), Telegram's errors told apart."""

    async def send(message: outbox.Message) -> int:
        if message.buttons is not None and not isinstance(message.buttons, InlineKeyboardMarkup):
            raise TypeError(f"not a reply markup: {type(message.buttons).__name__}")
        sent = await bot.send_message(
            chat_id=message.chat_id,
            text=message.text,
            parse_mode=ParseMode.HTML,
            reply_markup=message.buttons,
        )
        return sent.message_id

    return told_apart(send)


def told_apart(send: Callable[[outbox.Message], Awaitable[int]]) -> outbox.Send:
    """`send`, which raises Telegram's errors, as the loop reads them: a 403 (the user blocked
    Tend) is `Blocked`, a 400 (chat gone, message refused) `Refused`, anything else (network,
    429 after the limiter's retries, 5xx) a passing `Failed`."""

    async def sent(message: outbox.Message) -> int:
        try:
            return await send(message)
        except Forbidden as exc:
            raise outbox.Blocked(exc.message) from exc
        except BadRequest as exc:
            raise outbox.Refused(exc.message) from exc
        except TelegramError as exc:
            raise outbox.Failed(type(exc).__name__) from exc

    return sent


def job(label: str, kind: Callable[[outbox.Sessions, timedelta], outbox.Kind[Any]]) -> Tick:
    """The repeating job that runs the loop for `kind` (built from the sessionmaker and the
    nudge grace period) until nothing is due or the bot is stopping."""

    async def tick(ctx: TendContext) -> None:
        tend = ctx.tend
        grace = timedelta(minutes=tend.settings.nudge_grace_minutes)
        tally = await outbox.run(
            kind(tend.sessionmaker, grace),
            tend.sessionmaker,
            clock=tend.clock,
            worker_id=tend.worker_id,
            send=telegram_sender(ctx.bot),
            keep_going=lambda: ctx.application.running,
        )
        if tally != outbox.Tally():
            log.info("%s: %s", label, tally)

    return tick
