"""Small SQL helpers shared by the repository modules: dialect-specific inserts, statements
built once for the hot path, claiming."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Table, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import Executable

from bot.db.models import Base, NudgeDelivery, Reminder, ScheduledDeletion

Claimable = type[NudgeDelivery] | type[Reminder] | type[ScheduledDeletion]
S = TypeVar("S", bound=Executable)


def dialect_insert(session: AsyncSession, model: type[Base]) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that knows `ON CONFLICT … DO NOTHING` for whichever database is bound."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)


def table_of(model: type[Base]) -> Table:
    """The model's Core table, for statements that need no ORM bookkeeping."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to one table")
    return table


def table_insert(dialect: str, table: Table) -> postgresql.Insert | sqlite.Insert:
    """A Core INSERT into `table` (no ORM bookkeeping) that knows `ON CONFLICT`."""
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


_prebuilt: dict[tuple[Callable[[str], Any], str], Any] = {}


def prebuilt(session: AsyncSession, build: Callable[[str], S]) -> S:
    """`build(dialect name)`, built once per dialect and then reused as it is.

    For the statements every draft runs. Building a statement and computing its cache key
    costs more CPU than executing it (SQLAlchemy's coercions, ~0.1 ms each); one object
    executed with fresh parameters keeps both, and its compiled form stays cached.
    """
    key = (build, session.get_bind().dialect.name)
    statement: S | None = _prebuilt.get(key)
    if statement is None:
        statement = _prebuilt[key] = build(key[1])
    return statement


async def claim_rows(
    session: AsyncSession,
    model: Claimable,
    *,
    due: Sequence[ColumnElement[bool]],
    oldest_first: InstrumentedAttribute[datetime],
    now: datetime,
    limit: int,
    worker_id: str,
    claim_ttl: timedelta,
) -> list[int]:
    """Claim up to `limit` rows matching all of `due` for `worker_id`; returns their ids.

    One statement: `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED LIMIT n) RETURNING id`.
    On PostgreSQL concurrent claimers skip each other's locked rows and re-check the predicate
    on rows committed meanwhile, so no row is claimed twice. SQLite ignores FOR UPDATE, but a
    single UPDATE runs under its one write lock, which gives the same exactly-once outcome.
    A claim that is not finished within `claim_ttl` (a crashed worker) becomes claimable again.
    """
    if limit <= 0:
        return []
    claimable = or_(model.claimed_by.is_(None), model.claim_expires_at <= now)
    candidates = (
        select(model.id)
        .where(*due, claimable)
        .order_by(oldest_first, model.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
        # The subquery reads the table it updates; keep its own FROM instead of correlating.
        .correlate(None)
    )
    result = await session.execute(
        update(model)
        .where(model.id.in_(candidates))
        .values(claimed_at=now, claimed_by=worker_id, claim_expires_at=now + claim_ttl)
        .returning(model.id),
        execution_options={"synchronize_session": False},
    )
    return sorted(result.scalars().all())


async def update_claimed(
    session: AsyncSession, model: Claimable, *, row_id: int, worker_id: str, **values: object
) -> bool:
    """Finish (or release) a claim this worker still holds; False if it lost the claim."""
    result = await session.execute(
        update(model)
        .where(model.id == row_id, model.claimed_by == worker_id)
        .values(**values)
        .returning(model.id),
        execution_options={"synchronize_session": False},
    )
    return result.scalar_one_or_none() is not None


RELEASED: dict[str, object] = {"claimed_at": None, "claimed_by": None, "claim_expires_at": None}


def rowcount(result: object) -> int:
    """Rows touched by an UPDATE/DELETE (both drivers report it for plain DML)."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"no row count on {type(result).__name__}")
    return result.rowcount
