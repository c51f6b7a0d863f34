"""Daily nudges through the outbox (bot/outbox.py): plan due schedules into deliveries, then
claim, send and mark them like every scheduled message."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Literal, Unpack

from sqlalchemy.ext.asyncio import AsyncSession

from bot import outbox
from bot.db import repository as repo
from bot.nudges import plans as nudge_plans
from bot.nudges import texts
from bot.nudges.keyboards import nudge_keyboard
from bot.nudges.schedule import decide
from bot.telegram import scheduled
from bot.users.service import Sessions

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Nudges:
    """The outbox kind: one delivery a local day per user with nudges on."""

    sessions: Sessions
    grace: timedelta
    rng: random.Random | None = None
    name: ClassVar[str] = "nudge"
    queue: ClassVar[repo.Queue[repo.ClaimedNudge]] = repo.NUDGE_QUEUE

    async def plan(self, *, now: datetime, limit: int) -> int:
        planned = await nudge_plans.plan_due(
            self.sessions, now=now, grace=self.grace, limit=limit, rng=self.rng
        )
        return planned.seen

    async def compose(
        self, item: repo.ClaimedNudge, *, now: datetime
    ) -> outbox.Message | Literal["late", "skipped"]:
        if decide(item.due_at, now, self.grace) == "skip":
            return "late"
        entry = nudge_plans.nudge_for(item)
        if entry is None:
            log.warning("nudge %s: key retired since it was planned; skipped", item.delivery_id)
            return "skipped"
        return outbox.Message(
            item.delivery_id,
            item.user_id,
            item.chat_id,
            texts.nudge_message(entry),
            nudge_keyboard(item.delivery_id),
        )

    async def settled(
        self,
        session: AsyncSession,
        item: repo.ClaimedNudge,
        outcome: outbox.Outcome,
        *,
        now: datetime,
    ) -> None:
        """Nothing follows: the next nudge is planned from the schedule."""


tick = scheduled.job("nudges", Nudges)


async def dispatch(
    sessions: Sessions,
    *,
    grace: timedelta,
    rng: random.Random | None = None,
    **options: Unpack[outbox.RunOptions],
) -> outbox.Tally:
    """Plan, claim and send nudges until nothing is due (see `outbox.run`)."""
    return await outbox.run(Nudges(sessions, grace, rng), sessions, **options)
