"""Weekly summaries through the outbox (bot/outbox.py); each one sent or skipped plans the
next week's."""

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
from bot.services import weekly_summary
from bot.services.users import Sessions
from bot.services.weekly_schedule import WEEKLY

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WeeklySummaries:
    """The outbox kind: the text is written when claimed (from the week's counts)."""

    sessions: Sessions
    grace: timedelta
    name: ClassVar[str] = "weekly summary"
    queue: ClassVar[repo.Queue[repo.ClaimedReminder]] = repo.reminder_queue([WEEKLY])

    async def plan(self, *, now: datetime, limit: int) -> int:
        return 0  # each summary is planned when the one before it is marked

    async def compose(
        self, item: repo.ClaimedReminder, *, now: datetime
    ) -> outbox.Message | Literal["late", "skipped"]:
        text = await weekly_summary.compose(self.sessions, item, now=now, grace=self.grace)
        if text in ("late", "skipped"):
            return text
        return outbox.Message(item.reminder_id, item.user_id, item.chat_id, text)

    async def settled(
        self,
        session: AsyncSession,
        item: repo.ClaimedReminder,
        outcome: outbox.Outcome,
        *,
        now: datetime,
    ) -> None:
        await weekly_summary.plan_next(
            session, item, late=outcome == "late", now=now, grace=self.grace
        )


async def tick(ctx: TendContext) -> None:
    """Send every weekly summary that is due, until none is left or the bot is stopping."""
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
        log.info("weekly summaries: %s", tally)


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
    """Claim and send weekly summaries until nothing is due (see `outbox.run`)."""
    return await outbox.run(
        WeeklySummaries(sessions, grace),
        sessions,
        clock=clock,
        worker_id=worker_id,
        send=send,
        batch=batch,
        concurrency=concurrency,
        claim_ttl=claim_ttl,
        keep_going=keep_going,
    )
