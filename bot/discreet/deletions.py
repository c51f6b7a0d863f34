"""Discreet mode: delete due messages from the chat (scheduled in the database, restart-safe).

Each tick first schedules what waits in memory (bot/discreet/trail.py's ledger: messages sent
outside any update, such as nudges, reminders and weekly summaries, and those whose scheduling
found the database away), then deletes what is due.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram.error import BadRequest, Forbidden, TelegramError

from bot.context import TendContext
from bot.db import repository as repo
from bot.discreet import service as discreet
from bot.telegram.transport import ledger_of

log = logging.getLogger(__name__)

BATCH = 100
CLAIM_TTL = timedelta(minutes=2)


async def tick(ctx: TendContext) -> None:
    """Schedule the ledger, then delete every message whose time has come (one claimed batch
    per tick)."""
    tend = ctx.tend
    ledger = ledger_of(ctx.bot)
    if ledger:
        # A failure leaves them in the ledger for the next tick, and fails this one.
        await discreet.settle_ledger(tend.sessionmaker, now=tend.clock.now(), ledger=ledger)
    async with tend.sessionmaker.begin() as session:
        due = await repo.claim_due_deletions(
            session,
            now=tend.clock.now(),
            limit=BATCH,
            worker_id=tend.worker_id,
            claim_ttl=CLAIM_TTL,
        )
    for item in due:
        try:
            await ctx.bot.delete_message(chat_id=item.chat_id, message_id=item.message_id)
        except (BadRequest, Forbidden):
            # Already deleted by the user, too old to delete, or the bot is blocked:
            # nothing more can be done, so the job is finished either way.
            log.info("deletion %s: message already gone or not deletable", item.deletion_id)
        except TelegramError as exc:
            log.warning("deletion %s failed (%s); will retry", item.deletion_id, type(exc).__name__)
            async with tend.sessionmaker.begin() as session:
                await repo.release_deletion(
                    session, deletion_id=item.deletion_id, worker_id=tend.worker_id
                )
            continue
        async with tend.sessionmaker.begin() as session:
            await repo.finish_deletion(
                session, deletion_id=item.deletion_id, worker_id=tend.worker_id
            )
