"""Local days: the calendar /history counts in, and the counts kept for each day.

Everything in `bot.history` counts in the user's *local* days ("the last 7 days" are today and
the six local days before it, whatever the UTC offset). The database does the counting, one
row per local day (and per category), so a statistic never sees a single check and its cost
does not grow with how many drafts a day someone checks. Local days are bounded by local
midnights computed here with `zoneinfo`, once, as UTC instants: daylight saving and zones far
from UTC are handled in one place, and SQLite and PostgreSQL only ever compare instants.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Final

CHART_WEEKS: Final = 12  # the chart's ISO weeks, the current (partial) one included
SUMMARY_DAYS: Final = 60  # the summary compares 30 days with the 30 before


def require_aware(value: datetime, field: str) -> None:
    """Refuse a naive datetime: which instant it means depends on a zone nobody stated."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{field} must be timezone-aware (UTC), got {value!r}")


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The UTC instant a local day starts (zoneinfo resolves DST gaps and folds forward)."""
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def local_midnights(first: date, last: date, tz: tzinfo) -> list[datetime]:
    """Bounds of the local days `first`..`last`: day i is [result[i], result[i + 1])."""
    return [local_midnight(first + timedelta(days=i), tz) for i in range((last - first).days + 2)]


def local_today(now: datetime, tz: tzinfo) -> date:
    require_aware(now, "now")
    return now.astimezone(tz).date()


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def history_days(today: date, *, weeks: int = CHART_WEEKS) -> tuple[date, date]:
    """The first and last local day the statistics read: the summary's 60 days and the chart's
    `weeks` ISO weeks (the therapy rule's 28 days lie inside both). 78 to 84 days."""
    first = min(
        today - timedelta(days=SUMMARY_DAYS - 1), week_start(today) - timedelta(weeks=weeks - 1)
    )
    return first, today


def phrase_spans(today: date) -> tuple[tuple[date, date], ...]:
    """The spans, oldest first, that phrases are counted over: the summary's four periods are
    unions of them (7 days, the 7 before, 30 days, the 30 before). Per-span rather than per-day
    counts keep that read small: a phrase used daily is one row a span, not one row a day."""
    return tuple(
        (today - timedelta(days=first), today - timedelta(days=last))
        for first, last in ((59, 30), (29, 14), (13, 7), (6, 0))
    )


@dataclass(frozen=True, slots=True)
class DayCounts:
    """One local day. A draft counts at most once per category, so `categories` is drafts
    per category; `flagged_categories` counts only the flagged drafts (the therapy rule)."""

    day: date
    checked: int = 0
    flagged: int = 0
    rewrites_used: int = 0
    nudges_done: int = 0
    categories: Mapping[str, int] = field(default_factory=dict)
    flagged_categories: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PhraseCounts:
    """Drafts per normalised trigger phrase over the local days `first`..`last` (inclusive)."""

    first: date
    last: date
    drafts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Totals:
    """Everything since the first check. Counts only ever grow; there is no streak to lose."""

    checked: int = 0
    flagged: int = 0
    rewrites_used: int = 0
    nudges_done: int = 0
    since: date | None = None  # local date of the first check

    @property
    def clean(self) -> int:
        return self.checked - self.flagged


@dataclass(frozen=True, slots=True)
class HistoryCounts:
    """A user's history as counts: consecutive local days ending today, phrases per span
    (`phrase_spans(today)`), and the lifetime totals. What every statistic here reads."""

    today: date
    days: tuple[DayCounts, ...]
    phrases: tuple[PhraseCounts, ...]
    totals: Totals

    def __post_init__(self) -> None:
        if not self.days or self.days[-1].day != self.today:
            raise ValueError("days must end with today")
        first = self.days[0].day
        if any(d.day != first + timedelta(days=i) for i, d in enumerate(self.days)):
            raise ValueError("days must be consecutive")

    @property
    def first(self) -> date:
        return self.days[0].day

    def between(self, first: date, last: date) -> tuple[DayCounts, ...]:
        """The days `first`..`last` (inclusive); days after today are simply not there."""
        if first < self.first:
            raise ValueError(f"counts start on {self.first}, not on {first} or before")
        return self.days[(first - self.first).days : (last - self.first).days + 1]

    def phrases_between(self, first: date, last: date) -> Counter[str]:
        """Drafts per phrase over `first`..`last`, which the phrase spans must tile exactly."""
        drafts: Counter[str] = Counter()
        covered = 0
        for span in self.phrases:
            if first <= span.first and span.last <= last:
                drafts.update(span.drafts)
                covered += (span.last - span.first).days + 1
        if covered != (last - first).days + 1:
            raise ValueError(f"phrase counts do not cover {first}..{last} exactly")
        return drafts
