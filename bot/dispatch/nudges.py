"""Daily nudges through the outbox (bot/outbox.py): plan due schedules into deliveries, then
claim, send and mark them like every scheduled message."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot import outbox
from bot.clock import Clock
from bot.context import TendContext
from bot.db import repository as repo
from bot.nudges import texts
from bot.nudges.schedule import decide
from bot.replies.nudges import nudge_keyboard
from bot.services import nudge_plans
from bot.services.users import Sessions

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


async def tick(ctx: TendContext) -> None:
    """Send every nudge that is due, until none is left or the bot is stopping."""
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
        log.info("nudges: %s", tally)


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
    rng: random.Random | None = None,
) -> outbox.Tally:
    """Plan, claim and send nudges until nothing is due (see `outbox.run`)."""
    return await outbox.run(
        Nudges(sessions, grace, rng),
        sessions,
        clock=clock,
        worker_id=worker_id,
        send=send,
        batch=batch,
        concurrency=concurrency,
        claim_ttl=claim_ttl,
        keep_going=keep_going,
    )
