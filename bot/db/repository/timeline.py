"""A user's history as rows, for statistics computed in Python (`bot.insights.stats`).

Two index-only range reads and no join: checks from (user_id, created_at, flagged,
suggestion_taken), findings from (user_id, created_at, category, phrase, check_id), grouped
per check in the database.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DraftCheck, DraftPattern, NudgeDelivery
from bot.db.repository.history import in_period

# Joins a check's findings in SQL. Stored phrases cannot contain it: `normalize_phrase` splits
# on whitespace, and Python counts U+001F as whitespace.
_SEP = "\x1f"


class CheckHistory(NamedTuple):
    """One check: when, flagged or not, the rewrite used, and what was found (each once).

    A NamedTuple rather than a frozen dataclass: a heavy user's window is built thousands at
    a time, and tuples are about 2.5x cheaper to make.
    """

    created_at: datetime
    flagged: bool
    suggestion_taken: int | None
    categories: tuple[str, ...]  # distinct, sorted
    phrases: tuple[str, ...]  # distinct normalized phrases, sorted


async def check_history(
    session: AsyncSession, *, user_id: int, start: datetime | None, end: datetime
) -> list[CheckHistory]:
    """The user's checks in [start, end) (`start=None`: since ever), oldest first."""
    # A heavy user's window is thousands of rows, so this reads plain Core rows (no ORM
    # bookkeeping), lets the database fold each check's findings into two strings, and shares
    # equal tuples: fewer objects that outlive the call means fewer full garbage collections,
    # which are what set this function's p99 (see bench/RESULTS.md).
    connection = await session.connection()
    concat = func.group_concat if connection.dialect.name == "sqlite" else func.string_agg
    found = (
        select(
            DraftPattern.check_id,
            concat(DraftPattern.category, _SEP),
            concat(DraftPattern.phrase, _SEP),
        )
        .where(DraftPattern.user_id == user_id, *in_period(DraftPattern.created_at, start, end))
        .group_by(DraftPattern.check_id)
    )
    findings = {row[0]: (row[1], row[2]) for row in (await connection.execute(found)).all()}
    checks = (
        select(
            DraftCheck.id, DraftCheck.created_at, DraftCheck.flagged, DraftCheck.suggestion_taken
        )
        .where(DraftCheck.user_id == user_id, *in_period(DraftCheck.created_at, start, end))
        .order_by(DraftCheck.created_at, DraftCheck.id)
    )
    shared: dict[tuple[str, ...], tuple[str, ...]] = {(): ()}
    history = []
    for check_id, created_at, flagged, taken in (await connection.execute(checks)).all():
        categories, phrases = findings.get(check_id, ("", ""))
        history.append(
            CheckHistory(
                created_at,
                flagged,
                taken,
                _distinct(categories, shared),
                _distinct(phrases, shared),
            )
        )
    return history


def _distinct(joined: str, shared: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    items = tuple(sorted(set(joined.split(_SEP)))) if joined else ()
    return shared.setdefault(items, items)


async def nudge_done_times(
    session: AsyncSession, *, user_id: int, start: datetime | None, end: datetime
) -> list[datetime]:
    """When the user marked nudges done in [start, end), oldest first."""
    stmt = (
        select(NudgeDelivery.done_at)
        .where(NudgeDelivery.user_id == user_id, *in_period(NudgeDelivery.done_at, start, end))
        .order_by(NudgeDelivery.done_at)
    )
    return [done for done in (await session.scalars(stmt)) if done is not None]
