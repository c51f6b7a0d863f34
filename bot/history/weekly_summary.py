"""Sending the weekly summary: claim the due ones, write them, and settle each send.

Sending (or skipping) a summary schedules the next one in the same transaction, so the chain
of weekly reminders survives outages and blocked users (`bot.history.weekly_schedule`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.history.counts import load_counts
from bot.history.stats import summarize
from bot.history.summary import format_weekly_summary
from bot.history.weekly_schedule import WEEKLY, schedule_next
from bot.nudges.schedule import decide, reschedule_from
from bot.users.service import Sessions
from bot.users.zones import user_zone


@dataclass(frozen=True, slots=True)
class DueSummary:
    """A claimed weekly summary, ready to send."""

    reminder_id: int
    user_id: int
    chat_id: int
    text: str


@dataclass(frozen=True, slots=True)
class WeeklyBatch:
    """One claim: how many were claimed, and those to send (the rest are already settled)."""

    claimed: int
    ready: list[DueSummary]


async def claim_weekly_summaries(
    sessions: Sessions,
    *,
    now: datetime,
    worker_id: str,
    limit: int,
    claim_ttl: timedelta,
    grace: timedelta,
) -> WeeklyBatch:
    """Claim due weekly summaries and write them. Those not to send are settled here: turned
    off since (dropped), the user blocks Tend or it is later than `grace` (skipped, and the
    next one planned so the rhythm survives)."""
    # The claim commits on its own; each summary is then written in a short transaction.
    async with sessions.begin() as session:
        claimed = await repo.claim_due_reminders(
            session, now=now, limit=limit, worker_id=worker_id, claim_ttl=claim_ttl, kinds=[WEEKLY]
        )
    ready: list[DueSummary] = []
    for item in claimed:
        async with sessions.begin() as session:
            due = await _prepare(session, item, now=now, worker_id=worker_id, grace=grace)
        if due is not None:
            ready.append(due)
    return WeeklyBatch(claimed=len(claimed), ready=ready)


async def _prepare(
    session: AsyncSession,
    item: repo.ClaimedReminder,
    *,
    now: datetime,
    worker_id: str,
    grace: timedelta,
) -> DueSummary | None:
    user = await repo.get_user(session, user_id=item.user_id)
    if user is None or not user.weekly_summary:
        await repo.mark_reminder_skipped(session, reminder_id=item.reminder_id, worker_id=worker_id)
        return None
    late = decide(item.due_at, now, grace) == "skip"
    if user.blocked_at is not None or late:
        if await repo.mark_reminder_skipped(
            session, reminder_id=item.reminder_id, worker_id=worker_id
        ):
            # After a long outage the next one may already be due, within grace.
            after = reschedule_from("skip", now=now, grace=grace) if late else now
            await schedule_next(session, user=user, after=after, now=now)
        return None
    counts = await load_counts(session, user_id=user.id, now=now, tz=user_zone(user.time_zone))
    text = format_weekly_summary(summarize(counts))
    return DueSummary(item.reminder_id, user.id, item.chat_id, text)


async def _settle(
    session: AsyncSession, *, now: datetime, worker_id: str, due: DueSummary, sent: int | None
) -> bool:
    if sent is not None:
        held = await repo.mark_reminder_sent(
            session, reminder_id=due.reminder_id, worker_id=worker_id, now=now, message_id=sent
        )
    else:
        held = await repo.mark_reminder_skipped(
            session, reminder_id=due.reminder_id, worker_id=worker_id
        )
    if not held:
        return False  # settings changed meanwhile (the new plan is in place) or claim expired
    user = await repo.get_user(session, user_id=due.user_id)
    if user is not None and user.weekly_summary:
        await schedule_next(session, user=user, after=now, now=now)
    return True


async def weekly_summary_sent(
    sessions: Sessions, *, now: datetime, worker_id: str, due: DueSummary, message_id: int
) -> bool:
    """Mark the summary sent and plan next week's; False if this worker lost the claim."""
    async with sessions.begin() as session:
        return await _settle(session, now=now, worker_id=worker_id, due=due, sent=message_id)


async def weekly_summary_undeliverable(
    sessions: Sessions, *, now: datetime, worker_id: str, due: DueSummary, blocked: bool
) -> bool:
    """Telegram refused it for good: skip it (marking the user blocked if they are) and plan
    next week's, which waits quietly until they are back. False if the claim was lost."""
    async with sessions.begin() as session:
        if blocked:
            await repo.mark_blocked(session, user_id=due.user_id, now=now)
        return await _settle(session, now=now, worker_id=worker_id, due=due, sent=None)


async def weekly_summary_retry(sessions: Sessions, *, worker_id: str, due: DueSummary) -> bool:
    """A passing failure: give the claim back so the next tick tries again."""
    async with sessions.begin() as session:
        return await repo.release_reminder(
            session, reminder_id=due.reminder_id, worker_id=worker_id
        )
