"""Discreet mode: messages to delete from a chat later, kept in the database across restarts."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import ScheduledDeletion, User
from bot.db.repository._sql import RELEASED, claim_rows, dialect_insert, update_claimed


@dataclass(frozen=True, slots=True)
class ClaimedDeletion:
    """A message this worker now holds and should delete, then `finish_deletion`."""

    deletion_id: int
    user_id: int
    chat_id: int
    message_id: int


async def schedule_deletion(
    session: AsyncSession, *, user_id: int, chat_id: int, message_id: int, delete_at: datetime
) -> None:
    """Delete message `message_id` from `chat_id` at `delete_at` (scheduling twice is harmless)."""
    await session.execute(
        dialect_insert(session, ScheduledDeletion)
        .values(user_id=user_id, chat_id=chat_id, message_id=message_id, delete_at=delete_at)
        .on_conflict_do_nothing(
            index_elements=[ScheduledDeletion.chat_id, ScheduledDeletion.message_id]
        )
    )


async def discreet_delays(session: AsyncSession, *, user_ids: Collection[int]) -> dict[int, int]:
    """The discreet-mode delay (seconds) of each of `user_ids` who has it on."""
    found: dict[int, int] = {}
    ids = sorted(set(user_ids))
    # Chunks keep the IN list well inside every database's limit on bound parameters.
    for start in range(0, len(ids), 500):
        rows = await session.execute(
            select(User.id, User.discreet_delete_seconds).where(
                User.id.in_(ids[start : start + 500]),
                User.discreet_delete_seconds.is_not(None),
                User.discreet_delete_seconds > 0,
            )
        )
        found.update({user_id: delay for user_id, delay in rows.all() if delay})
    return found


async def take_pending_deletions(session: AsyncSession, *, user_id: int) -> list[tuple[int, int]]:
    """Remove the user's deletion jobs and return their messages (chat id, message id).

    For /forget, just before the user goes: the user's row is locked first, so no job can be
    added meanwhile (an insert must wait for the lock, then finds no user) and what is
    returned is all there was. SQLite transactions here hold the write lock from BEGIN.
    """
    await session.execute(select(User.id).where(User.id == user_id).with_for_update())
    rows = await session.execute(
        delete(ScheduledDeletion)
        .where(ScheduledDeletion.user_id == user_id)
        .returning(ScheduledDeletion.chat_id, ScheduledDeletion.message_id),
        execution_options={"synchronize_session": False},
    )
    return sorted((chat_id, message_id) for chat_id, message_id in rows.all())


async def claim_due_deletions(
    session: AsyncSession, *, now: datetime, limit: int, worker_id: str, claim_ttl: timedelta
) -> list[ClaimedDeletion]:
    """Claim up to `limit` deletions due by `now`, oldest first; each goes to one worker."""
    ids = await claim_rows(
        session,
        ScheduledDeletion,
        due=(ScheduledDeletion.delete_at <= now,),
        oldest_first=ScheduledDeletion.delete_at,
        now=now,
        limit=limit,
        worker_id=worker_id,
        claim_ttl=claim_ttl,
    )
    if not ids:
        return []
    rows = await session.execute(
        select(
            ScheduledDeletion.id,
            ScheduledDeletion.user_id,
            ScheduledDeletion.chat_id,
            ScheduledDeletion.message_id,
        )
        .where(ScheduledDeletion.id.in_(ids))
        .order_by(ScheduledDeletion.delete_at, ScheduledDeletion.id)
    )
    return [ClaimedDeletion(*row) for row in rows.all()]


async def finish_deletion(session: AsyncSession, *, deletion_id: int, worker_id: str) -> bool:
    """The message is gone (or was already): forget the job. False if the claim was lost."""
    result = await session.execute(
        delete(ScheduledDeletion)
        .where(ScheduledDeletion.id == deletion_id, ScheduledDeletion.claimed_by == worker_id)
        .returning(ScheduledDeletion.id)
    )
    return result.scalar_one_or_none() is not None


async def release_deletion(session: AsyncSession, *, deletion_id: int, worker_id: str) -> bool:
    """Give the claim back so the deletion is tried again soon."""
    return await update_claimed(
        session, ScheduledDeletion, row_id=deletion_id, worker_id=worker_id, **RELEASED
    )
