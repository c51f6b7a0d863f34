"""A user's history as rows, for statistics computed in Python (`bot.insights.stats`).

Two index-only range reads and no join: checks from (user_id, created_at, flagged,
suggestion_taken), findings from (user_id, created_at, category, phrase, check_id).
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DraftCheck, DraftPattern, NudgeDelivery
from bot.db.repository.history import in_period


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
    # Core rows through the session's connection: thousands of plain tuples, none of the ORM's
    # per-row bookkeeping (3-4x faster for a heavy user).
    connection = await session.connection()
    patterns = select(DraftPattern.check_id, DraftPattern.category, DraftPattern.phrase).where(
        DraftPattern.user_id == user_id, *in_period(DraftPattern.created_at, start, end)
    )
    findings: dict[int, tuple[set[str], set[str]]] = {}
    for check_id, category, phrase in (await connection.execute(patterns)).all():
        found = findings.get(check_id)
        if found is None:
            found = findings[check_id] = (set(), set())
        found[0].add(category)
        found[1].add(phrase)

    checks = (
        select(
            DraftCheck.id, DraftCheck.created_at, DraftCheck.flagged, DraftCheck.suggestion_taken
        )
        .where(DraftCheck.user_id == user_id, *in_period(DraftCheck.created_at, start, end))
        .order_by(DraftCheck.created_at, DraftCheck.id)
    )
    history = []
    for check_id, created_at, flagged, taken in (await connection.execute(checks)).all():
        found = findings.get(check_id)
        if found is None:
            history.append(CheckHistory(created_at, flagged, taken, (), ()))
        else:
            categories, phrases = tuple(sorted(found[0])), tuple(sorted(found[1]))
            history.append(CheckHistory(created_at, flagged, taken, categories, phrases))
    return history


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
