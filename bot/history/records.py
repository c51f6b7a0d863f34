"""Checks held in memory, counted per local day exactly as the database counts them.

/history reads its counts from SQL (`bot.history.counts`). This is the same counting
done in Python over plain records: tests and benchmarks build histories with it, and the tests
hold the SQL to it. A record at a local midnight belongs to the day that midnight starts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from bot.history.days import (
    DayCounts,
    HistoryCounts,
    PhraseCounts,
    Totals,
    history_days,
    local_midnight,
    local_midnights,
    local_today,
    phrase_spans,
    require_aware,
)
from bot.history.stats import normalize_phrase


@dataclass(frozen=True, slots=True)
class CheckRecord:
    """One checked draft. `suggestion_taken` is the index of the rewrite used, or None."""

    created_at: datetime
    flagged: bool
    categories: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    suggestion_taken: int | None = None

    def __post_init__(self) -> None:
        require_aware(self.created_at, "created_at")


@dataclass(frozen=True, slots=True)
class NudgeDoneRecord:
    """One nudge the user marked as done."""

    done_at: datetime

    def __post_init__(self) -> None:
        require_aware(self.done_at, "done_at")


@dataclass(slots=True)
class _Day:
    checked: int = 0
    flagged: int = 0
    rewrites: int = 0
    nudges: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    flagged_categories: Counter[str] = field(default_factory=Counter)

    def freeze(self, day: date) -> DayCounts:
        return DayCounts(
            day,
            self.checked,
            self.flagged,
            self.rewrites,
            self.nudges,
            dict(self.categories),
            dict(self.flagged_categories),
        )


def _index(edges: list[datetime], at: datetime) -> int | None:
    """Which [edges[i], edges[i + 1]) holds `at`, if any."""
    if at < edges[0] or at >= edges[-1]:
        return None
    return bisect_right(edges, at) - 1


def count_history(
    checks: Iterable[CheckRecord],
    nudges_done: Iterable[NudgeDoneRecord],
    *,
    now: datetime,
    tz: tzinfo,
) -> HistoryCounts:
    """The `history_days` window per local day, phrases per `phrase_spans`, and totals over
    every record given (`since` is the first check's local date)."""
    today = local_today(now, tz)
    first, last = history_days(today)
    edges = local_midnights(first, last, tz)
    days = [_Day() for _ in edges[1:]]
    spans = phrase_spans(today)
    span_edges = [local_midnight(start, tz) for start, _ in spans] + [edges[-1]]
    span_phrases: list[Counter[str]] = [Counter() for _ in spans]
    checked = flagged = rewrites = nudges = 0
    oldest: datetime | None = None
    for check in checks:
        taken = check.suggestion_taken is not None
        checked += 1
        flagged += check.flagged
        rewrites += taken
        if oldest is None or check.created_at < oldest:
            oldest = check.created_at
        if (i := _index(edges, check.created_at)) is not None:
            day = days[i]
            day.checked += 1
            day.flagged += check.flagged
            day.rewrites += taken
            day.categories.update(set(check.categories))
            if check.flagged:
                day.flagged_categories.update(set(check.categories))
        if (j := _index(span_edges, check.created_at)) is not None:
            span_phrases[j].update({p for p in map(normalize_phrase, check.phrases) if p})
    for nudge in nudges_done:
        nudges += 1
        if (i := _index(edges, nudge.done_at)) is not None:
            days[i].nudges += 1
    since = oldest.astimezone(tz).date() if oldest is not None else None
    return HistoryCounts(
        today=today,
        days=tuple(d.freeze(first + timedelta(days=i)) for i, d in enumerate(days)),
        phrases=tuple(
            PhraseCounts(start, end, dict(counts))
            for (start, end), counts in zip(spans, span_phrases, strict=True)
        ),
        totals=Totals(checked, flagged, rewrites, nudges, since),
    )
