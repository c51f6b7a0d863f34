"""Listen reminders (one-time before a talk, and daily) through the outbox (bot/outbox.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot import outbox
from bot.clock import Clock
from bot.context import TendContext
from bot.db import repository as repo
from bot.db.models import ReminderKind
from bot.services import listen
from bot.services.users import Sessions

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ListenReminders:
    """The outbox kind: a daily reminder queues the next one when it is sent or skipped; a
    403 ends the chain until the user opens /listen again."""

    grace: timedelta
    name: ClassVar[str] = "listen reminder"
    queue: ClassVar[repo.Queue[repo.ClaimedReminder]] = repo.reminder_queue(listen.KINDS)

    async def plan(self, *, now: datetime, limit: int) -> int:
        return 0  # reminders are stored when set (and chained when marked), never planned

    async def compose(
        self, item: repo.ClaimedReminder, *, now: datetime
    ) -> outbox.Message | Literal["late", "skipped"]:
        if listen.decide_for(item, now=now, grace=self.grace) == "skip":
            return "late"
        return outbox.Message(
            item.reminder_id, item.user_id, item.chat_id, listen.message_for(item)
        )

    async def settled(
        self,
        session: AsyncSession,
        item: repo.ClaimedReminder,
        outcome: outbox.Outcome,
        *,
        now: datetime,
    ) -> None:
        if outcome != "blocked" and item.kind == ReminderKind.LISTEN_DAILY:
            await listen.queue_next_daily(
                session, item, sent=outcome == "sent", now=now, grace=self.grace
            )


async def tick(ctx: TendContext) -> None:
    """Send every listen reminder that is due, until none is left or the bot is stopping."""
    tend = ctx.tend
    tally = await dispatch(
        tend.sessionmaker,
        clock=tend.clock,
        worker_id=tend.worker_id,
        grace=timedelta(minutes=tend.settings.nudge_grace_minutes),
        send=outbox.telegram_sender(ctx.bot),
        keep_going=lambda: ctx.application.running,
    )
    if tally != outbox.Tally():
        log.info("listen reminders: %s", tally)


async def dispatch(
    sessions: Sessions,
    *,
    clock: Clock,
    worker_id: str,
    grace: timedelta,
    send: outbox.Send,
    batch: int = outbox.BATCH,
    concurrency: int = outbox.CONCURRENCY,
    claim_ttl: timedelta = outbox.CLAIM_TTL,
    keep_going: Callable[[], bool] = lambda: True,
) -> outbox.Tally:
    """Claim and send listen reminders until nothing is due (see `outbox.run`)."""
    return await outbox.run(
        ListenReminders(grace),
        sessions,
        clock=clock,
        worker_id=worker_id,
        send=send,
        batch=batch,
        concurrency=concurrency,
        claim_ttl=claim_ttl,
        keep_going=keep_going,
    )
