"""Telegram update ids already handled, so a redelivered update is processed once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import ReturningInsert

from bot.db.models import ProcessedUpdate
from bot.db.repository._sql import prebuilt, rowcount, table_insert, table_of

_updates = table_of(ProcessedUpdate)


async def claim_updates(
    session: AsyncSession, *, claims: Sequence[tuple[int, datetime]]
) -> list[bool]:
    """Claim `(update_id, now)` pairs in one statement: True for the first caller with an
    update id, False for every later one. One answer per claim, in order; an id that appears
    twice is claimed by its first appearance only (as if claimed one after another).

    `INSERT … ON CONFLICT DO NOTHING RETURNING`: a concurrent claimer in another process waits
    for the first transaction and then gets nothing. The claim belongs to the caller's
    transaction: if the handling rolls back, so does the claim, and a redelivery is processed.
    """
    first: dict[int, datetime] = {}
    for update_id, now in claims:
        first.setdefault(update_id, now)
    if not first:
        return []
    # In id order, so two workers claiming overlapping batches cannot deadlock.
    rows = [{"update_id": u, "processed_at": now} for u, now in sorted(first.items())]
    result = await session.execute(prebuilt(session, _claim_statement), rows)
    won = set(result.scalars())
    answers = []
    for update_id, _ in claims:
        answers.append(update_id in won)
        won.discard(update_id)  # a second appearance in the same call comes too late
    return answers


def _claim_statement(dialect: str) -> ReturningInsert[int]:
    # Executed with a list of rows: SQLAlchemy sends them as one multi-row INSERT.
    return (
        table_insert(dialect, _updates)
        .on_conflict_do_nothing(index_elements=[_updates.c.update_id])
        .returning(_updates.c.update_id)
    )


async def prune_processed_updates(session: AsyncSession, *, before: datetime) -> int:
    """Forget update ids processed before `before` (Telegram redelivers for ~24 h at most)."""
    result = await session.execute(
        delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < before),
        execution_options={"synchronize_session": False},
    )
    return rowcount(result)
