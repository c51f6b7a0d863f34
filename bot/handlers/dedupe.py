"""Runs before every handler: an update delivered twice (or to two workers) is handled once."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import TendContext
from bot.services import grouped


async def drop_duplicates(update: Update, ctx: TendContext) -> None:
    """Stops processing when this update id was already claimed by any worker."""
    tend = ctx.tend
    inbox = getattr(ctx.bot, "inbox", None)
    if inbox is not None and inbox.holds(update.update_id):
        return  # claimed when it arrived (bot/services/inbox.py)
    first = await grouped.claim_update(
        tend.sessionmaker, now=tend.clock.now(), update_id=update.update_id
    )
    if not first:
        # Discreet mode still schedules the user's message (harmless if the first delivery
        # did): Telegram delivers again when a worker died mid-update, before it could.
        raise ApplicationHandlerStop
