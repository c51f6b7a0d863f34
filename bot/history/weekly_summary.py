"""The weekly summary as the outbox sends it (bot/history/job.py): its text, and next
week's planned when one is sent or skipped, in the same transaction as the mark, so the chain
of weekly summaries survives outages and blocked users (`bot.history.weekly_schedule`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.history.counts import load_counts
from bot.history.stats import summarize
from bot.history.summary import format_weekly_summary
from bot.history.weekly_schedule import schedule_next
from bot.nudges.schedule import decide, reschedule_from
from bot.users.service import Sessions
from bot.users.zones import user_zone


async def compose(
    sessions: Sessions, item: repo.ClaimedReminder, *, now: datetime, grace: timedelta
) -> str | Literal["late", "skipped"]:
    """The summary's text, or why it is not sent: "skipped" when it was turned off since (or
    the user is gone, or blocks Tend), "late" when it is later than `grace`."""
    async with sessions.begin() as session:
        user = await repo.get_user(session, user_id=item.user_id)
        if user is None or not user.weekly_summary:
            return "skipped"
        if decide(item.due_at, now, grace) == "skip":
            return "late"
        if user.blocked_at is not None:
            return "skipped"
        counts = await load_counts(session, user_id=user.id, now=now, tz=user_zone(user.time_zone))
        return format_weekly_summary(summarize(counts))


async def plan_next(
    session: AsyncSession,
    item: repo.ClaimedReminder,
    *,
    late: bool,
    now: datetime,
    grace: timedelta,
) -> None:
    """Plan next week's summary after one was sent or skipped, unless it was turned off.

    After a late one the next is the first after the grace period began: following a long
    outage it may already be due, and still worth sending.
    """
    user = await repo.get_user(session, user_id=item.user_id)
    if user is None or not user.weekly_summary:
        return
    after = reschedule_from("skip", now=now, grace=grace) if late else now
    await schedule_next(session, user=user, after=after, now=now)
