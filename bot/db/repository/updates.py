"""Telegram update ids already handled, so a redelivered update is processed once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import ProcessedUpdate
from bot.db.repository._sql import dialect_insert, rowcount


async def claim_update(session: AsyncSession, *, update_id: int, now: datetime) -> bool:
    """True for the first caller with this update id, False for every later one.

    `INSERT … ON CONFLICT DO NOTHING RETURNING`: a concurrent claimer in another process waits
    for the first transaction and then gets nothing. The claim belongs to the caller's
    transaction: if the handling rolls back, so does the claim, and a redelivery is processed.
    """
    result = await session.execute(
        dialect_insert(session, ProcessedUpdate)
        .values(update_id=update_id, processed_at=now)
        .on_conflict_do_nothing(index_elements=[ProcessedUpdate.update_id])
        .returning(ProcessedUpdate.update_id)
    )
    return result.scalar_one_or_none() is not None


async def prune_processed_updates(session: AsyncSession, *, before: datetime) -> int:
    """Forget update ids processed before `before` (Telegram redelivers for ~24 h at most)."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before),
        execution_options={"synchronize_session": False},
    )
    return rowcount(result)
