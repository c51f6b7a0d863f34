"""Counting a person's own patterns over time: plain dataclasses in, plain dataclasses out.

The storage layer turns rows into `CheckRecord` / `NudgeDoneRecord`; everything here is pure,
so the /history handler, the weekly summary job and the tests all share one definition of
"this week". Periods are counted in the user's *local* days: "the last 7 days" are today and the
six local days before it, whatever the UTC offset. Window edges are computed once as UTC instants
(local midnights), so each record costs a few comparisons rather than a time-zone conversion.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import nlp

# The analyzer's vocabulary, in its order (the order charts and summaries list them in).
CATEGORIES: tuple[str, ...] = nlp.CATEGORIES
_ORDER = {name: i for i, name in enumerate(CATEGORIES)}
TOP_PHRASES = 3


def _require_aware(value: datetime, field: str) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{field} must be timezone-aware (UTC), got {value!r}")


@dataclass(frozen=True, slots=True)
class CheckRecord:
    """One checked draft. `suggestion_taken` is the index of the rewrite used, or None."""

    created_at: datetime
    flagged: bool
    categories: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    suggestion_taken: int | None = None

    def __post_init__(self) -> None:
        _require_aware(self.created_at, "created_at")


@dataclass(frozen=True, slots=True)
class NudgeDoneRecord:
    """One nudge the user marked as done."""

    done_at: datetime

    def __post_init__(self) -> None:
        _require_aware(self.done_at, "done_at")


@dataclass(frozen=True, slots=True)
class PeriodStats:
    """Counts for the local days `start`..`end` (both inclusive).

    A draft counts at most once per category and once per phrase, so one heated draft that
    repeats itself does not swamp the picture: "came up 3 times" means "in 3 drafts".
    """

    start: date
    end: date
    checked: int = 0
    flagged: int = 0
    rewrites_used: int = 0
    nudges_done: int = 0
    categories: tuple[tuple[str, int], ...] = ()  # most frequent first
    phrases: tuple[tuple[str, int], ...] = ()  # normalised phrase, most frequent first

    @property
    def clean(self) -> int:
        return self.checked - self.flagged

    def category_count(self, category: str) -> int:
        return dict(self.categories).get(category, 0)

    def phrase_count(self, phrase: str) -> int:
        return dict(self.phrases).get(normalize_phrase(phrase), 0)


@dataclass(frozen=True, slots=True)
class Tally:
    """One category or phrase in this period and the one before."""

    key: str
    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class PeriodComparison:
    """A period (7 or 30 local days) next to the period of the same length just before it."""

    days: int
    current: PeriodStats
    previous: PeriodStats
    categories: tuple[Tally, ...]  # every category seen in either period, current-biggest first
    phrases: tuple[Tally, ...]  # top phrases of either period

    @property
    def comparable(self) -> bool:
        """Whether the period before had any drafts, so a change means something."""
        return self.previous.checked > 0

    @property
    def flagged_change(self) -> int:
        return self.current.flagged - self.previous.flagged


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
class HistorySummary:
    today: date  # the user's local date when the summary was made
    week: PeriodComparison
    month: PeriodComparison
    totals: Totals

    @property
    def is_empty(self) -> bool:
        return self.totals.checked == 0 and self.totals.nudges_done == 0


@dataclass(frozen=True, slots=True)
class WeekCounts:
    """One ISO week (Monday to Sunday, local time): drafts and per-category counts."""

    start: date
    checked: int = 0
    flagged: int = 0
    categories: tuple[tuple[str, int], ...] = ()  # vocabulary order, non-zero only

    @property
    def total_patterns(self) -> int:
        return sum(n for _, n in self.categories)

    def category_count(self, category: str) -> int:
        return dict(self.categories).get(category, 0)


_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_EDGE_PUNCTUATION = " \t\n\"'.,;:!?()[]{}-\u2013\u2014\u2026"


def normalize_phrase(phrase: str) -> str:
    """'  You NEVER…' and 'you never' are the same trigger phrase."""
    text = _SPACES.sub(" ", phrase.translate(_APOSTROPHES).lower())
    return text.strip(_EDGE_PUNCTUATION)


def local_midnight(day: date, tz: tzinfo) -> datetime:
    """The UTC instant a local day starts (zoneinfo resolves DST gaps and folds forward)."""
    return datetime.combine(day, time(), tzinfo=tz).astimezone(UTC)


def local_today(now: datetime, tz: tzinfo) -> date:
    _require_aware(now, "now")
    return now.astimezone(tz).date()


def _category_key(item: tuple[str, int]) -> tuple[int, int, str]:
    return (-item[1], _ORDER.get(item[0], len(_ORDER)), item[0])


@dataclass(slots=True)
class _Bucket:
    """Mutable tallies for one window [start, end) while records stream past."""

    start: datetime
    end: datetime
    checked: int = 0
    flagged: int = 0
    rewrites: int = 0
    nudges: int = 0
    categories: Counter[str] = field(default_factory=Counter)
    phrases: Counter[str] = field(default_factory=Counter)

    def freeze(self, first_day: date, last_day: date) -> PeriodStats:
        return PeriodStats(
            start=first_day,
            end=last_day,
            checked=self.checked,
            flagged=self.flagged,
            rewrites_used=self.rewrites,
            nudges_done=self.nudges,
            categories=tuple(sorted(self.categories.items(), key=_category_key)),
            phrases=tuple(sorted(self.phrases.items(), key=lambda kv: (-kv[1], kv[0]))),
        )


def _compare(days: int, current: PeriodStats, previous: PeriodStats) -> PeriodComparison:
    cur, prev = dict(current.categories), dict(previous.categories)
    categories = [Tally(k, cur.get(k, 0), prev.get(k, 0)) for k in cur.keys() | prev.keys()]
    categories.sort(key=lambda t: (-t.current, -t.previous, _ORDER.get(t.key, len(_ORDER)), t.key))
    cur_p, prev_p = dict(current.phrases), dict(previous.phrases)
    top = [k for k, _ in current.phrases[:TOP_PHRASES]]
    top += [k for k, _ in previous.phrases[:TOP_PHRASES] if k not in top]
    phrases = [Tally(k, cur_p.get(k, 0), prev_p.get(k, 0)) for k in top]
    phrases.sort(key=lambda t: (-max(t.current, t.previous), -t.current, t.key))
    return PeriodComparison(days, current, previous, tuple(categories), tuple(phrases))


def summarize(
    checks: Iterable[CheckRecord],
    nudges_done: Iterable[NudgeDoneRecord],
    *,
    now: datetime,
    tz: tzinfo,
) -> HistorySummary:
    """Last 7 and 30 local days (today included), each next to the period before it, plus totals."""
    today = local_today(now, tz)
    tomorrow = local_midnight(today + timedelta(days=1), tz)
    edges = {n: local_midnight(today - timedelta(days=n - 1), tz) for n in (7, 14, 30, 60)}
    buckets = (
        _Bucket(edges[7], tomorrow),
        _Bucket(edges[14], edges[7]),
        _Bucket(edges[30], tomorrow),
        _Bucket(edges[60], edges[30]),
    )
    oldest = edges[60]
    checked = flagged = rewrites = nudges = 0
    first: datetime | None = None
    for check in checks:
        checked += 1
        flagged += check.flagged
        rewrites += check.suggestion_taken is not None
        ts = check.created_at
        if first is None or ts < first:
            first = ts
        if ts < oldest or ts >= tomorrow:
            continue
        cats = set(check.categories)
        phrases = {p for p in map(normalize_phrase, check.phrases) if p}
        for b in buckets:
            if b.start <= ts < b.end:
                b.checked += 1
                b.flagged += check.flagged
                b.rewrites += check.suggestion_taken is not None
                b.categories.update(cats)
                b.phrases.update(phrases)
    for nudge in nudges_done:
        nudges += 1
        for b in buckets:
            if b.start <= nudge.done_at < b.end:
                b.nudges += 1

    def period(bucket: _Bucket, first_back: int, last_back: int) -> PeriodStats:
        return bucket.freeze(today - timedelta(days=first_back), today - timedelta(days=last_back))

    week = _compare(7, period(buckets[0], 6, 0), period(buckets[1], 13, 7))
    month = _compare(30, period(buckets[2], 29, 0), period(buckets[3], 59, 30))
    since = first.astimezone(tz).date() if first is not None else None
    return HistorySummary(today, week, month, Totals(checked, flagged, rewrites, nudges, since))


def week_start(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def weekly_counts(
    checks: Iterable[CheckRecord], *, now: datetime, tz: tzinfo, weeks: int = 12
) -> list[WeekCounts]:
    """The last `weeks` ISO weeks in local time, oldest first; the current week is partial."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    this_monday = week_start(local_today(now, tz))
    mondays = [this_monday - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    edges = [local_midnight(m, tz) for m in mondays]
    edges.append(local_midnight(this_monday + timedelta(weeks=1), tz))
    counts = [Counter[str]() for _ in mondays]
    checked, flagged = [0] * weeks, [0] * weeks
    for check in checks:
        ts = check.created_at
        if ts < edges[0] or ts >= edges[-1]:
            continue
        i = bisect_right(edges, ts) - 1
        checked[i] += 1
        flagged[i] += check.flagged
        counts[i].update(set(check.categories))
    return [
        WeekCounts(m, checked[i], flagged[i], _vocabulary_order(counts[i]))
        for i, m in enumerate(mondays)
    ]


def _vocabulary_order(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    keys = sorted(counter, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
    return tuple((k, counter[k]) for k in keys if counter[k] > 0)
