"""Aggregates for /history, the weekly chart and the therapy hint, in the user's own weeks.

Periods are half-open UTC ranges [start, end). Week boundaries are computed here in Python from
the user's IANA zone (local Monday 00:00, DST included) and the database only ever compares
instants, so SQLite and PostgreSQL give the same answer and both use the (user, time) indexes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from bot.db.models import DraftCheck, DraftPattern, NudgeDelivery
from bot.nudges.timezones import zone_from_name


@dataclass(frozen=True, slots=True)
class CheckCounts:
    checks: int
    flagged: int
    rewrites_used: int

    @property
    def clean(self) -> int:
        return self.checks - self.flagged


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    """Everything /history says about one period."""

    start: datetime | None
    end: datetime
    counts: CheckCounts
    categories: dict[str, int]  # drafts per category
    top_phrases: list[tuple[str, int]]  # drafts per phrase, most frequent first
    nudges_done: int


@dataclass(frozen=True, slots=True)
class WeekCounts:
    """One local ISO week (Monday to Sunday in the user's zone)."""

    week_start: date
    checks: int
    flagged: int
    categories: dict[str, int]


def in_period(
    column: InstrumentedAttribute[Any], start: datetime | None, end: datetime
) -> list[ColumnElement[bool]]:
    return [column < end] if start is None else [column >= start, column < end]


def _drafts(check_id: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[int]:
    # Distinct checks, not pattern rows: a draft counts once per category or phrase.
    return func.count(check_id.distinct())


async def check_counts(
    session: AsyncSession, *, user_id: int, start: datetime | None, end: datetime
) -> CheckCounts:
    """Drafts checked, flagged, and rewrites used in [start, end); `start=None`: since ever."""
    stmt = select(
        func.count(),
        func.coalesce(func.sum(case((DraftCheck.flagged.is_(True), 1), else_=0)), 0),
        func.count(DraftCheck.suggestion_taken),
    ).where(DraftCheck.user_id == user_id, *in_period(DraftCheck.created_at, start, end))
    checks, flagged, rewrites = (await session.execute(stmt)).one()
    return CheckCounts(checks=int(checks), flagged=int(flagged), rewrites_used=int(rewrites))


async def category_counts(
    session: AsyncSession, *, user_id: int, start: datetime | None, end: datetime
) -> dict[str, int]:
    """In how many drafts each category was found in [start, end).

    A draft counts once per category, so one heated draft that repeats itself does not swamp
    the picture (the same rule as `bot.insights.stats`).
    """
    stmt = (
        select(DraftPattern.category, _drafts(DraftPattern.check_id))
        .where(DraftPattern.user_id == user_id, *in_period(DraftPattern.created_at, start, end))
        .group_by(DraftPattern.category)
    )
    return {category: int(n) for category, n in (await session.execute(stmt)).all()}


async def top_phrases(
    session: AsyncSession, *, user_id: int, start: datetime | None, end: datetime, limit: int = 5
) -> list[tuple[str, int]]:
    """The phrases in most drafts in [start, end), e.g. ("you never", 9); ties by phrase."""
    n = _drafts(DraftPattern.check_id).label("n")
    stmt = (
        select(DraftPattern.phrase, n)
        .where(DraftPattern.user_id == user_id, *in_period(DraftPattern.created_at, start, end))
        .group_by(DraftPattern.phrase)
        .order_by(n.desc(), DraftPattern.phrase)
        .limit(limit)
    )
    return [(phrase, int(count)) for phrase, count in (await session.execute(stmt)).all()]


async def nudges_done(
    session: AsyncSession, *, user_id: int, start: datetime | None, end: datetime
) -> int:
    """Nudges the user marked done in [start, end)."""
    stmt = select(func.count()).where(
        NudgeDelivery.user_id == user_id, *in_period(NudgeDelivery.done_at, start, end)
    )
    return int((await session.execute(stmt)).scalar_one())


async def period_summary(
    session: AsyncSession,
    *,
    user_id: int,
    start: datetime | None,
    end: datetime,
    phrases: int = 5,
) -> PeriodSummary:
    """Counts, categories, top phrases and nudges done for [start, end)."""
    return PeriodSummary(
        start=start,
        end=end,
        counts=await check_counts(session, user_id=user_id, start=start, end=end),
        categories=await category_counts(session, user_id=user_id, start=start, end=end),
        top_phrases=await top_phrases(
            session, user_id=user_id, start=start, end=end, limit=phrases
        ),
        nudges_done=await nudges_done(session, user_id=user_id, start=start, end=end),
    )


async def first_check_at(session: AsyncSession, *, user_id: int) -> datetime | None:
    """When the user's first check was recorded (None: no history yet)."""
    stmt = select(func.min(DraftCheck.created_at)).where(DraftCheck.user_id == user_id)
    return (await session.execute(stmt)).scalar_one()


def local_week_starts(*, now: datetime, time_zone: str, weeks: int) -> list[datetime]:
    """`weeks + 1` UTC instants: local Monday 00:00 of the last `weeks` weeks and the next one.

    The current (partial) week is the last of them. A midnight skipped by a DST jump resolves
    to the first instant after the gap, the way `zoneinfo` reads a nonexistent time.
    """
    if weeks < 1:
        raise ValueError(f"weeks must be at least 1, got {weeks}")
    zone = zone_from_name(time_zone)  # IANA names and stored offsets like UTC+05:30
    today = now.astimezone(zone).date()
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=weeks - 1 - i) for i in range(weeks + 1)]
    return [datetime.combine(m, datetime.min.time(), zone).astimezone(UTC) for m in mondays]


def _week_bucket(
    column: InstrumentedAttribute[datetime], bounds: list[datetime]
) -> ColumnElement[int]:
    # bounds[0] <= column < bounds[-1] is filtered separately; bucket i is [bounds[i], bounds[i+1]).
    whens = [(column < bound, i) for i, bound in enumerate(bounds[1:-1])]
    return case(*whens, else_=len(bounds) - 2) if whens else literal(0)


async def weekly_counts(
    session: AsyncSession, *, user_id: int, now: datetime, time_zone: str, weeks: int = 12
) -> list[WeekCounts]:
    """Checks, flagged drafts and category counts for each of the last `weeks` local weeks."""
    bounds = local_week_starts(now=now, time_zone=time_zone, weeks=weeks)
    start, end = bounds[0], bounds[-1]
    zone = zone_from_name(time_zone)  # IANA names and stored offsets like UTC+05:30
    checks = [0] * weeks
    flagged = [0] * weeks
    categories: list[dict[str, int]] = [{} for _ in range(weeks)]

    inner = (
        select(_week_bucket(DraftCheck.created_at, bounds).label("week"), DraftCheck.flagged)
        .where(DraftCheck.user_id == user_id, *in_period(DraftCheck.created_at, start, end))
        .subquery()
    )
    stmt = select(
        inner.c.week,
        func.count(),
        func.coalesce(func.sum(case((inner.c.flagged.is_(True), 1), else_=0)), 0),
    ).group_by(inner.c.week)
    for week, n, n_flagged in (await session.execute(stmt)).all():
        checks[week], flagged[week] = int(n), int(n_flagged)

    inner = (
        select(
            _week_bucket(DraftPattern.created_at, bounds).label("week"),
            DraftPattern.category,
            DraftPattern.check_id,
        )
        .where(
            DraftPattern.user_id == user_id,
            *in_period(DraftPattern.created_at, start, end),
        )
        .subquery()
    )
    stmt = select(inner.c.week, inner.c.category, _drafts(inner.c.check_id)).group_by(
        inner.c.week, inner.c.category
    )
    for week, category, n in (await session.execute(stmt)).all():
        categories[week][category] = int(n)

    return [
        WeekCounts(
            week_start=bounds[i].astimezone(zone).date(),
            checks=checks[i],
            flagged=flagged[i],
            categories=categories[i],
        )
        for i in range(weeks)
    ]
