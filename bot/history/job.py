"""Weekly summaries through the outbox (bot/outbox.py); each one sent or skipped plans the
next week's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Literal, Unpack

from sqlalchemy.ext.asyncio import AsyncSession

from bot import outbox
from bot.db import repository as repo
from bot.history import weekly_summary
from bot.history.weekly_schedule import WEEKLY
from bot.telegram import scheduled
from bot.users.service import Sessions


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


tick = scheduled.job("weekly summaries", WeeklySummaries)


async def dispatch(
    sessions: Sessions,
    *,
    grace: timedelta,
    **options: Unpack[outbox.RunOptions],
) -> outbox.Tally:
    """Claim and send weekly summaries until nothing is due (see `outbox.run`)."""
    return await outbox.run(WeeklySummaries(sessions, grace), sessions, **options)
