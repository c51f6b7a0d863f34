"""One error handler: log what failed (never what the user wrote) and tell them nothing was lost."""

from __future__ import annotations

import logging

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot import texts
from bot.context import TendContext
from bot.services import users

log = logging.getLogger(__name__)


async def on_error(update: object, ctx: TendContext) -> None:
    """Logs the failure with the update id and apologises to the user where that is possible."""
    error = ctx.error
    update_id = update.update_id if isinstance(update, Update) else None
    user = update.effective_user if isinstance(update, Update) else None
    if isinstance(error, Forbidden) and user is not None:
        log.info("update %s: user blocked the bot; nudges stop", update_id)
        await _mark_blocked(ctx, user.id)
        return
    # exc_info gives the stack; messages of our own exceptions never carry draft text.
    log.error("update %s failed: %s", update_id, type(error).__name__, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    apology = texts.SORRY_DB if _is_storage_error(error) else texts.SORRY_GENERIC
    try:
        await ctx.bot.send_message(update.effective_chat.id, apology)
    except TelegramError as exc:
        log.warning("update %s: could not send the apology (%s)", update_id, type(exc).__name__)


def _is_storage_error(error: BaseException | None) -> bool:
    return isinstance(error, SQLAlchemyError | OSError | ConnectionError)


async def _mark_blocked(ctx: TendContext, user_id: int) -> None:
    tend = ctx.tend
    try:
        await users.mark_blocked(tend.sessionmaker, now=tend.clock.now(), user_id=user_id)
    except SQLAlchemyError:
        log.warning("could not mark user as blocked (database unavailable)")
