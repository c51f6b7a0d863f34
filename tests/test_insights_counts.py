"""Statistics from day counts: the same answers as counting every check, in every zone.

/history used to load one row per check and count in Python; it now reads counts per local
day. `_Reference` below is that row-based counting in its plainest form (each record's local
day, then filters), kept here to hold the count-based statistics to it.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bot.history.days import (
    DayCounts,
    HistoryCounts,
    PhraseCounts,
    Totals,
    history_days,
    local_midnight,
    local_midnights,
    phrase_spans,
)
from bot.history.records import CheckRecord, NudgeDoneRecord, count_history
from bot.history.stats import (
    CATEGORIES,
    PeriodStats,
    WeekCounts,
    normalize_phrase,
    summarize,
    weekly_counts,
)
from bot.history.therapy import Persistence, persistent_pattern

ZONES = [
    "UTC",
    "Pacific/Kiritimati",  # UTC+14
    "Pacific/Pago_Pago",  # UTC-11
    "America/St_Johns",  # UTC-03:30 with DST
    "Asia/Kathmandu",  # UTC+05:45
    "America/Santiago",  # DST changes at local midnight
    "Australia/Lord_Howe",  # a half-hour DST change
    "Europe/Berlin",
    "America/New_York",
]
# Days whose windows hold DST changes north (March, November) and south (April, September).
TODAYS = [date(2026, 4, 20), date(2026, 11, 22), date(2026, 9, 14), date(2026, 3, 30)]
VOCABULARY = (*CATEGORIES, "sarcasm")  # an unknown category sorts after the known ones
PHRASES = (
    "you never",
    "You never!",
    "you\u2019re so lazy",
    "you're so lazy",
    "Whatever",
    "why can't you",
    "...",
)
_ORDER = {name: i for i, name in enumerate(CATEGORIES)}
_TINY = timedelta(microseconds=1)


@dataclass(frozen=True)
class _Reference:
    """Row-based counting: find each record's local day, then count what falls in a span."""

    checks: list[CheckRecord]
    nudges: list[NudgeDoneRecord]
    tz: tzinfo

    def day(self, at: datetime) -> date:
        """The local day whose midnights enclose `at`."""
        guess = at.astimezone(self.tz).date()
        for day in (guess - timedelta(days=1), guess, guess + timedelta(days=1)):
            if local_midnight(day, self.tz) <= at < local_midnight(day + timedelta(1), self.tz):
                return day
        raise AssertionError(f"no local day holds {at}")

    def inside(self, first: date, last: date) -> list[CheckRecord]:
        return [c for c in self.checks if first <= self.day(c.created_at) <= last]

    def period(self, first: date, last: date) -> PeriodStats:
        checks = self.inside(first, last)
        categories = Counter(k for c in checks for k in set(c.categories))
        phrases = Counter(p for c in checks for p in {normalize_phrase(x) for x in c.phrases} if p)
        return PeriodStats(
            start=first,
            end=last,
            checked=len(checks),
            flagged=sum(c.flagged for c in checks),
            rewrites_used=sum(c.suggestion_taken is not None for c in checks),
            nudges_done=sum(first <= self.day(n.done_at) <= last for n in self.nudges),
            categories=tuple(
                sorted(
                    categories.items(),
                    key=lambda kv: (-kv[1], _ORDER.get(kv[0], len(_ORDER)), kv[0]),
                )
            ),
            phrases=tuple(sorted(phrases.items(), key=lambda kv: (-kv[1], kv[0]))),
        )

    def week(self, monday: date) -> WeekCounts:
        checks = self.inside(monday, monday + timedelta(days=6))
        categories = Counter(k for c in checks for k in set(c.categories))
        ordered = sorted(categories, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
        return WeekCounts(
            monday,
            len(checks),
            sum(c.flagged for c in checks),
            tuple((k, categories[k]) for k in ordered),
        )

    def persistence(self, today: date) -> Persistence | None:
        weeks = []
        for k in range(4):
            last = today - timedelta(days=7 * k)
            flagged = [c for c in self.inside(last - timedelta(days=6), last) if c.flagged]
            weeks.append((len(flagged), Counter(x for c in flagged for x in set(c.categories))))
        if all(cats["contempt"] >= 2 for _, cats in weeks):
            return Persistence.CONTEMPT
        if all(n >= 3 for n, _ in weeks) and set.intersection(*(set(c) for _, c in weeks)):
            return Persistence.SAME_PATTERN
        return None


def _records(
    seed: int, *, today: date, tz: tzinfo
) -> tuple[list[CheckRecord], list[NudgeDoneRecord]]:
    """Mixed checks: many right on local midnights, some older than the window, some dense
    weeks of contempt (so the therapy rule goes both ways), and spellings of one phrase."""
    rng = random.Random(seed)
    days = rng.choice([40, 120])  # dense, or spread over more than the window

    def instant() -> datetime:
        midnight = local_midnight(today - timedelta(days=rng.randint(0, days)), tz)
        offset = rng.choice([timedelta(0), -_TINY])
        if rng.random() < 0.6:
            offset = timedelta(seconds=rng.randrange(26 * 3600))
        # Nothing after today: checks from the future exist only through clock skew.
        return min(midnight + offset, local_midnight(today + timedelta(days=1), tz) - _TINY)

    checks = []
    for _ in range(rng.choice([0, 5, 400])):
        flagged = rng.random() < 0.7
        k = rng.choice([0, 1, 2, 3]) if flagged else rng.choice([0, 0, 0, 1])
        cats = tuple(rng.choice(VOCABULARY + ("contempt",) * 6) for _ in range(k))
        phrases = tuple(rng.choice(PHRASES) for _ in cats)
        taken = rng.choice([None, 0, 1]) if flagged else None
        checks.append(CheckRecord(instant(), flagged, cats, phrases, taken))
    nudges = [NudgeDoneRecord(instant()) for _ in range(rng.randint(0, 60))]
    return checks, nudges


def _case(zone: str, seed: int) -> tuple[HistoryCounts, _Reference]:
    tz = ZoneInfo(zone)
    today = TODAYS[seed % len(TODAYS)]
    checks, nudges = _records(seed * 31 + len(zone), today=today, tz=tz)
    now = local_midnight(today + timedelta(days=1), tz) - _TINY
    return count_history(checks, nudges, now=now, tz=tz), _Reference(checks, nudges, tz)


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("seed", range(4))
def test_count_based_statistics_equal_row_based_counting(zone: str, seed: int) -> None:
    counts, reference = _case(zone, seed)
    today, checks, tz = counts.today, reference.checks, reference.tz

    summary = summarize(counts)
    assert summary.today == today
    for cmp in (summary.week, summary.month):
        n = cmp.days
        assert cmp.current == reference.period(today - timedelta(days=n - 1), today)
        previous = reference.period(today - timedelta(days=2 * n - 1), today - timedelta(days=n))
        assert cmp.previous == previous
    first = min((c.created_at for c in checks), default=None)
    assert summary.totals == Totals(
        checked=len(checks),
        flagged=sum(c.flagged for c in checks),
        rewrites_used=sum(c.suggestion_taken is not None for c in checks),
        nudges_done=len(reference.nudges),
        since=first.astimezone(tz).date() if first is not None else None,
    )
    monday = today - timedelta(days=today.weekday())
    assert weekly_counts(counts) == [
        reference.week(monday - timedelta(weeks=11 - i)) for i in range(12)
    ]
    assert persistent_pattern(counts) == reference.persistence(today)


def test_count_based_statistics_random_sets_reach_every_therapy_outcome() -> None:
    # The property test above is only as good as its data: make sure the rule fires in it.
    outcomes = {persistent_pattern(_case(z, s)[0]) for z in ZONES for s in range(4)}
    assert outcomes == {None, *Persistence}


@pytest.mark.parametrize(
    ("today", "length"),
    [(date(2026, 11, 23), 78), (date(2026, 11, 25), 80), (date(2026, 11, 29), 84)],
    ids=["monday", "wednesday", "sunday"],
)
def test_history_days_cover_the_summary_and_the_chart(today: date, length: int) -> None:
    first, last = history_days(today)
    assert last == today and (last - first).days + 1 == length
    assert first <= today - timedelta(days=59)
    assert first.weekday() == 0 or first == today - timedelta(days=59)


def test_phrase_spans_tile_the_summary_periods() -> None:
    today = date(2026, 11, 25)
    spans = phrase_spans(today)
    assert spans[0][0] == today - timedelta(days=59) and spans[-1][1] == today
    assert all(b[0] == a[1] + timedelta(days=1) for a, b in pairwise(spans))
    for first_back, last_back in ((6, 0), (13, 7), (29, 0), (59, 30)):
        first, last = today - timedelta(days=first_back), today - timedelta(days=last_back)
        assert sum(1 for s in spans if first <= s[0] and s[1] <= last) >= 1


@pytest.mark.parametrize(
    ("zone", "first", "hours"),
    [
        ("Europe/Berlin", date(2026, 3, 29), [23]),
        ("America/New_York", date(2026, 11, 1), [25]),
        ("America/Santiago", date(2026, 9, 5), [24, 23]),  # 6 Sep starts at 01:00
        ("Pacific/Kiritimati", date(2026, 11, 24), [24, 24]),
    ],
)
def test_local_midnights_follow_daylight_saving(zone: str, first: date, hours: list[int]) -> None:
    tz = ZoneInfo(zone)
    bounds = local_midnights(first, first + timedelta(days=len(hours) - 1), tz)
    assert [(b - a) / timedelta(hours=1) for a, b in pairwise(bounds)] == hours
    assert all(b.tzinfo is UTC for b in bounds)


def _counts(today: date, days: int) -> HistoryCounts:
    return HistoryCounts(
        today=today,
        days=tuple(DayCounts(today - timedelta(days=days - 1 - i)) for i in range(days)),
        phrases=tuple(PhraseCounts(a, b) for a, b in phrase_spans(today)),
        totals=Totals(),
    )


def test_history_counts_must_be_consecutive_days_ending_today() -> None:
    today = date(2026, 11, 25)
    with pytest.raises(ValueError, match="end with today"):
        HistoryCounts(today, (DayCounts(today - timedelta(days=1)),), (), Totals())
    with pytest.raises(ValueError, match="consecutive"):
        HistoryCounts(today, (DayCounts(today - timedelta(days=2)), DayCounts(today)), (), Totals())


def test_history_counts_refuse_to_guess_days_they_do_not_hold() -> None:
    counts = _counts(date(2026, 11, 25), 20)
    with pytest.raises(ValueError, match="counts start on"):
        weekly_counts(counts)  # 12 weeks need more than 20 days
    with pytest.raises(ValueError, match="counts start on"):
        summarize(counts)


def test_history_counts_phrases_must_tile_the_period() -> None:
    today = date(2026, 11, 25)
    counts = _counts(today, 84)
    assert counts.phrases_between(today - timedelta(days=29), today) == Counter()
    with pytest.raises(ValueError, match="do not cover"):
        counts.phrases_between(today - timedelta(days=9), today)


def test_count_history_puts_a_local_midnight_in_the_day_it_starts() -> None:
    tz = ZoneInfo("America/Santiago")
    day = date(2026, 9, 6)  # midnight is skipped: the day starts at 01:00 (-03)
    start = local_midnight(day, tz)
    assert start.astimezone(tz).time() == time(1)
    checks = [CheckRecord(start - timedelta(microseconds=1), True, ("blame",))]
    checks.append(CheckRecord(start, True, ("contempt",)))
    counts = count_history(checks, [], now=start + timedelta(hours=2), tz=tz)
    assert counts.between(day - timedelta(days=1), day) == (
        DayCounts(day - timedelta(days=1), 1, 1, 0, 0, {"blame": 1}, {"blame": 1}),
        DayCounts(day, 1, 1, 0, 0, {"contempt": 1}, {"contempt": 1}),
    )


def test_count_history_of_nothing_is_zero_days() -> None:
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    counts = count_history([], [], now=now, tz=UTC)
    assert counts.first == history_days(date(2026, 11, 25))[0]
    assert all(d == DayCounts(d.day) for d in counts.days)
    assert counts.totals == Totals()
