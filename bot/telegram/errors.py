"""One error handler: log what failed (never what the user wrote) and tell the user what
actually happened: nothing done, an answer out but not saved, or (in discreet mode) an answer
that may have arrived and cannot be deleted."""

from __future__ import annotations

import logging
from collections.abc import Awaitable

from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.error import Forbidden, TelegramError, TimedOut
from telegram.ext import ApplicationHandlerStop

from bot.basics import texts
from bot.context import TendContext
from bot.discreet import service as discreet
from bot.discreet import trail
from bot.logs import describe
from bot.telegram.transport import NEVER_SENT
from bot.users import service as users

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
        # user is not told; they can send the draft again. In discreet mode, though, that
        # reply cannot be deleted (its id is unknown): the user is told that, discreetly.
        log.warning("update %s: Telegram did not answer in time", update_id)
        await _unconfirmed(ctx, update)
    else:
        log.error("update %s failed: %s", update_id, describe(error))
        await _apologise(ctx, update, error)
    # PTB would go on to the next handler group: after a failure in a gate (the database
    # is down during de-duplication) the draft handlers would fail again and apologise
    # twice. One failure, one apology, nothing more for this update.
    raise ApplicationHandlerStop


def _is_storage_error(error: BaseException | None) -> bool:
    return isinstance(error, SQLAlchemyError | OSError | ConnectionError)


async def _apologise(ctx: TendContext, update: Update, error: BaseException | None) -> None:
    followed = trail.current()
    storage = _is_storage_error(error)
    query = update.callback_query
    if query is not None and not (followed is not None and followed.query_answered):
        # A press nobody answered keeps its spinner turning until Telegram gives up: the
        # answer is an alert, which also leaves nothing in the chat.
        alert = texts.SORRY_BUTTON_DB if storage else texts.SORRY_BUTTON
        await _send(update, query.answer(alert, show_alert=True), "the alert")
        return
    chat = update.effective_chat
    if chat is None:
        return
    if not storage:
        apology = texts.SORRY_GENERIC
    elif followed is not None and followed.answered:
        # The answer is in the chat (e.g. a draft's reply went out, then saving it failed):
        # "stopped before doing anything" would not be true.
        apology = texts.SORRY_DB_AFTER_ANSWER
    else:
        apology = texts.SORRY_DB
    await _send(update, ctx.bot.send_message(chat.id, apology), "the apology")


async def _unconfirmed(ctx: TendContext, update: Update) -> None:
    """After a send Telegram did not confirm: for a discreet user, say that it may be in the
    chat and cannot be deleted. Everything else of the update (the draft above all) is still
    deleted on time, and so is this note: the trail schedules them."""
    followed, chat = trail.current(), update.effective_chat
    if followed is None or not followed.unconfirmed or chat is None:
        return
    try:
        delay_s = await discreet.current_delay(ctx.tend.sessionmaker)
    except (SQLAlchemyError, OSError, ConnectionError):
        log.warning("update %s: discreet mode unknown (database unavailable)", update.update_id)
        return
    if delay_s:
        await _send(update, ctx.bot.send_message(chat.id, texts.UNCONFIRMED), "the note")


async def _send(update: Update, call: Awaitable[object], what: str) -> None:
    try:
        await call
    except TelegramError as exc:
        log.warning("update %s: could not send %s (%s)", update.update_id, what, type(exc).__name__)


async def _mark_blocked(ctx: TendContext, user_id: int) -> None:
    tend = ctx.tend
    try:
        await users.mark_blocked(tend.sessionmaker, now=tend.clock.now(), user_id=user_id)
    except SQLAlchemyError:
        log.warning("could not mark user as blocked (database unavailable)")
