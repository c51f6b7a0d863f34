"""One-off scheduled messages: listen reminders and weekly summaries."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Reminder, ReminderKind, User
from bot.db.repository._sql import RELEASED, claim_rows, dialect_insert, rowcount, update_claimed


@dataclass(frozen=True, slots=True)
class ClaimedReminder:
    """A reminder this worker now holds and should send (or skip) and then mark."""

    reminder_id: int
    user_id: int
    chat_id: int
    time_zone: str
    kind: ReminderKind
    due_at: datetime


async def add_reminder(
    session: AsyncSession, *, user_id: int, kind: ReminderKind, due_at: datetime, now: datetime
) -> int | None:
    """Schedule a reminder; None if the same kind is already scheduled for that instant."""
    result = await session.execute(
        dialect_insert(session, Reminder)
        .values(user_id=user_id, kind=kind, due_at=due_at, created_at=now)
        .on_conflict_do_nothing(index_elements=[Reminder.user_id, Reminder.kind, Reminder.due_at])
        .returning(Reminder.id)
    )
    return result.scalar_one_or_none()


async def pending_reminders(
    session: AsyncSession, *, user_id: int, kind: ReminderKind | None = None
) -> list[Reminder]:
    """The user's reminders not yet sent or skipped, soonest first."""
    stmt = select(Reminder).where(
        Reminder.user_id == user_id, Reminder.sent_at.is_(None), Reminder.skipped.is_(False)
    )
    if kind is not None:
        stmt = stmt.where(Reminder.kind == kind)
    return list((await session.scalars(stmt.order_by(Reminder.due_at))).all())


async def cancel_reminders(
    session: AsyncSession, *, user_id: int, kind: ReminderKind | None = None
) -> int:
    """Drop the user's unsent reminders (of one kind, or all); returns how many."""
    stmt = delete(Reminder).where(Reminder.user_id == user_id, Reminder.sent_at.is_(None))
    if kind is not None:
        stmt = stmt.where(Reminder.kind == kind)
    result = await session.execute(stmt, execution_options={"synchronize_session": False})
    return rowcount(result)


async def claim_due_reminders(
    session: AsyncSession,
    *,
    now: datetime,
    limit: int,
    worker_id: str,
    claim_ttl: timedelta,
    kinds: Collection[ReminderKind] | None = None,
) -> list[ClaimedReminder]:
    """Claim up to `limit` unsent reminders due by `now` (same rules as `claim_due_nudges`).

    `kinds` limits the claim to those kinds (None: every kind), so each sender claims only
    what it knows how to send and never holds another sender's reminders until they expire.
    """
    due = [
        Reminder.sent_at.is_(None),
        Reminder.send_started_at.is_(None),
        Reminder.skipped.is_(False),
        Reminder.due_at <= now,
    ]
    if kinds is not None:
        due.append(Reminder.kind.in_(list(kinds)))
    ids = await claim_rows(
        session,
        Reminder,
        due=due,
        oldest_first=Reminder.due_at,
        now=now,
        limit=limit,
        worker_id=worker_id,
        claim_ttl=claim_ttl,
    )
    if not ids:
        return []
    rows = await session.execute(
        select(
            Reminder.id,
            Reminder.user_id,
            User.chat_id,
            User.time_zone,
            Reminder.kind,
            Reminder.due_at,
        )
        .join(User, User.id == Reminder.user_id)
        .where(Reminder.id.in_(ids))
        .order_by(Reminder.due_at, Reminder.id)
    )
    return [ClaimedReminder(*row) for row in rows.all()]


async def mark_reminder_sent(
    session: AsyncSession,
    *,
    reminder_id: int,
    worker_id: str,
    now: datetime,
    message_id: int | None = None,
) -> bool:
    """The reminder went out; False if this worker no longer held the claim."""
    return await update_claimed(
        session,
        Reminder,
        row_id=reminder_id,
        worker_id=worker_id,
        sent_at=now,
        message_id=message_id,
    )


async def mark_reminder_skipped(session: AsyncSession, *, reminder_id: int, worker_id: str) -> bool:
    """Never send this one (too late to be useful, or the user is gone)."""
    return await update_claimed(
        session, Reminder, row_id=reminder_id, worker_id=worker_id, skipped=True
    )


async def release_reminder(session: AsyncSession, *, reminder_id: int, worker_id: str) -> bool:
    """Give the claim back so the reminder is tried again soon."""
    return await update_claimed(
        session,
        Reminder,
        row_id=reminder_id,
        worker_id=worker_id,
        send_started_at=None,  # Telegram refused it: the retry is not a duplicate
        **RELEASED,
    )


async def start_reminder_sends(
    session: AsyncSession, *, reminder_ids: Sequence[int], worker_id: str, now: datetime
) -> set[int]:
    """Record that these reminders are about to be sent; the ids still claimed here.

    Only reminders in the returned set may be sent: for the others the claim was lost.
    """
    if not reminder_ids:
        return set()
    result = await session.execute(
        update(Reminder)
        .where(
            Reminder.id.in_(reminder_ids),
            Reminder.claimed_by == worker_id,
            Reminder.sent_at.is_(None),
        )
        .values(send_started_at=now)
        .returning(Reminder.id),
        execution_options={"synchronize_session": False},
    )
    return set(result.scalars().all())
