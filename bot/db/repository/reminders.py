"""One-off scheduled messages: listen reminders and weekly summaries."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Reminder, ReminderKind, User
from bot.db.repository._sql import dialect_insert, rowcount
from bot.db.repository.outbox import Queue


@dataclass(frozen=True, slots=True)
class ClaimedReminder:
    """A reminder this worker now holds and should send (or skip) and then mark."""

    reminder_id: int
    user_id: int
    chat_id: int
    time_zone: str
    kind: ReminderKind
    due_at: datetime

    @property
    def row_id(self) -> int:
        return self.reminder_id


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


async def _load_claimed(session: AsyncSession, ids: Sequence[int]) -> list[ClaimedReminder]:
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


def reminder_queue(kinds: Collection[ReminderKind]) -> Queue[ClaimedReminder]:
    """Reminders of `kinds` only, for the outbox loop: each sender claims only what it knows
    how to send, and never holds another sender's reminders until their lease ends."""
    return Queue(Reminder, _load_claimed, (Reminder.kind.in_(list(kinds)),))
