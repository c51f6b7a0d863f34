"""One error handler: log what failed (never what the user wrote) and tell them nothing was lost."""

from __future__ import annotations

import logging
import traceback

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.error import Forbidden, TelegramError, TimedOut
from telegram.ext import ApplicationHandlerStop

from bot import texts
from bot.context import TendContext
from bot.services import users
from bot.transport import NEVER_SENT

log = logging.getLogger(__name__)


async def on_error(update: object, ctx: TendContext) -> None:
    """Logs the failure with the update id and apologises to the user where that is possible."""
    error = ctx.error
    if not isinstance(update, Update):
        log.error("background job failed: %s", describe(error))
        return
    update_id, user = update.update_id, update.effective_user
    if isinstance(error, Forbidden) and user is not None:
        log.info("update %s: user blocked the bot; nudges stop", update_id)
        await _mark_blocked(ctx, user.id)
    elif isinstance(error, TimedOut) and not isinstance(error.__cause__, NEVER_SENT):
        # Telegram may well have carried out the call it did not confirm in time (the reply
        # is probably in the chat). An apology could be a second, confusing message, so the
        # user is not told; they can send the draft again.
        log.warning("update %s: Telegram did not answer in time", update_id)
    else:
        log.error("update %s failed: %s", update_id, describe(error))
        await _apologise(ctx, update, error)
    # PTB would go on to the next handler group: after a failure in a gate (the database
    # is down during de-duplication) the draft handlers would fail again and apologise
    # twice. One failure, one apology, nothing more for this update.
    raise ApplicationHandlerStop


def describe(error: BaseException | None) -> str:
    """The exception's type and stack, with its message only when it cannot hold user data.

    Telegram's error texts are Telegram's own. Other messages may quote what was being
    processed: SQLAlchemy's carry the statement's parameters, which include draft text
    (when the user keeps drafts), flagged words and rewrites.
    """
    if error is None:
        return "unknown error"
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if lines:
            lines.append("while handling or caused by:")
        shown = type(current).__name__
        if isinstance(current, TelegramError):
            shown += f": {current.message}"
        lines.append(shown)
        lines.extend(line.rstrip("\n") for line in traceback.format_tb(current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def _is_storage_error(error: BaseException | None) -> bool:
    return isinstance(error, SQLAlchemyError | OSError | ConnectionError)


async def _apologise(ctx: TendContext, update: Update, error: BaseException | None) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    apology = texts.SORRY_DB if _is_storage_error(error) else texts.SORRY_GENERIC
    try:
        await ctx.bot.send_message(chat.id, apology)
    except TelegramError as exc:
        log.warning(
            "update %s: could not send the apology (%s)", update.update_id, type(exc).__name__
        )


async def _mark_blocked(ctx: TendContext, user_id: int) -> None:
    tend = ctx.tend
    try:
        await users.mark_blocked(tend.sessionmaker, now=tend.clock.now(), user_id=user_id)
    except SQLAlchemyError:
        log.warning("could not mark user as blocked (database unavailable)")
