"""Counting a person's history: local days, previous periods, ISO weeks, totals."""

from __future__ import annotations

import random
from collections import Counter
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bot.history.records import CheckRecord, NudgeDoneRecord, count_history
from bot.history.stats import (
    CATEGORIES,
    HistorySummary,
    WeekCounts,
    normalize_phrase,
    summarize,
    weekly_counts,
)

KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14
PAGO_PAGO = ZoneInfo("Pacific/Pago_Pago")  # UTC-11
ZONES = [
    ZoneInfo("UTC"),
    KIRITIMATI,
    PAGO_PAGO,
    ZoneInfo("America/New_York"),
    ZoneInfo("America/Santiago"),  # DST changes at local midnight
]
PHRASES = ("you never", "You ALWAYS", "whatever", "why can't you", "you're so lazy", "fine.")


def _at(day: date, clock: time, tz: tzinfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz).astimezone(UTC)


def _check(
    ts: datetime,
    *categories: str,
    phrases: tuple[str, ...] = (),
    taken: int | None = None,
) -> CheckRecord:
    return CheckRecord(ts, bool(categories), categories, phrases, taken)


def _summarize(
    checks: list[CheckRecord], nudges: list[NudgeDoneRecord], *, now: datetime, tz: tzinfo
) -> HistorySummary:
    return summarize(count_history(checks, nudges, now=now, tz=tz))


def _weekly(
    checks: list[CheckRecord], *, now: datetime, tz: tzinfo, weeks: int = 12
) -> list[WeekCounts]:
    return weekly_counts(count_history(checks, [], now=now, tz=tz), weeks=weeks)


def _history(
    seed: int, *, today: date, tz: tzinfo, days: int, n: int
) -> tuple[list[CheckRecord], list[NudgeDoneRecord]]:
    """Months of mixed data, with many records exactly on local-midnight edges."""
    rng = random.Random(seed)
    edges = (time(0, 0), time(23, 59, 59), time(0, 0, 1))

    def instant() -> datetime:
        day = today - timedelta(days=rng.randint(0, days))
        clock = rng.choice(edges) if rng.random() < 0.3 else time(rng.randint(0, 23), 30)
        return _at(day, clock, tz)

    checks = []
    for _ in range(n):
        cats = tuple(rng.sample(CATEGORIES, rng.randint(1, 3))) if rng.random() < 0.6 else ()
        phrases = tuple(rng.choice(PHRASES) for _ in cats)
        taken = rng.choice((None, 0, 1)) if cats else None
        checks.append(_check(instant(), *cats, phrases=phrases, taken=taken))
    nudges = [NudgeDoneRecord(instant()) for _ in range(n // 5)]
    return checks, nudges


def test_summarize_empty_history_is_all_zero() -> None:
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    summary = _summarize([], [], now=now, tz=UTC)
    assert summary.is_empty
    assert summary.totals.since is None
    for cmp in (summary.week, summary.month):
        assert (cmp.current.checked, cmp.previous.checked) == (0, 0)
        assert cmp.categories == cmp.phrases == ()
        assert not cmp.comparable


def test_summarize_one_day_counts_everything_today() -> None:
    now = datetime(2026, 11, 25, 20, tzinfo=UTC)
    checks = [
        _check(now - timedelta(hours=3), "absolute", "blame", phrases=("You NEVER…",), taken=0),
        _check(now - timedelta(hours=2), "absolute", phrases=("you never",)),
        _check(now - timedelta(hours=1)),
    ]
    summary = _summarize(checks, [NudgeDoneRecord(now)], now=now, tz=UTC)
    for period in (summary.week.current, summary.month.current):
        assert (period.checked, period.flagged, period.clean) == (3, 2, 1)
        assert (period.rewrites_used, period.nudges_done) == (1, 1)
        assert period.categories == (("absolute", 2), ("blame", 1))
        assert period.phrases == (("you never", 2),)
    assert summary.week.current.start == date(2026, 11, 19)
    assert summary.month.current.start == date(2026, 10, 27)
    assert summary.totals.since == date(2026, 11, 25)
    assert (summary.totals.checked, summary.totals.clean) == (3, 1)


def test_summarize_counts_a_draft_once_per_category_and_phrase() -> None:
    now = datetime(2026, 11, 25, 20, tzinfo=UTC)
    check = _check(now, "blame", "blame", phrases=("you never", "You never!"))
    week = _summarize([check], [], now=now, tz=UTC).week.current
    assert week.category_count("blame") == 1
    assert week.phrase_count("YOU NEVER") == 1


@pytest.mark.parametrize(
    ("tz", "clock"),
    # Local times whose UTC date is another day: yesterday's in Kiritimati, tomorrow's in Pago Pago.
    [(KIRITIMATI, time(8)), (PAGO_PAGO, time(20))],
    ids=["Kiritimati", "Pago_Pago"],
)
def test_summarize_this_week_is_counted_in_local_days(tz: ZoneInfo, clock: time) -> None:
    today = date(2026, 11, 26)
    now = _at(today, clock, tz)
    last_of_previous = _at(date(2026, 11, 19), time(23, 59, 59), tz)
    first_of_week = _at(date(2026, 11, 20), time(0, 0, 1), tz)
    # Both fall on one UTC date, so only local-day bucketing can tell them apart.
    assert last_of_previous.date() == first_of_week.date()
    summary = _summarize(
        [_check(last_of_previous, "blame"), _check(first_of_week, "absolute")], [], now=now, tz=tz
    )
    assert summary.today == today != now.date()
    assert summary.week.current.categories == (("absolute", 1),)
    assert summary.week.previous.categories == (("blame", 1),)
    assert summary.week.current.start == date(2026, 11, 20)


def test_summarize_compares_phrases_with_previous_period() -> None:
    now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    before = [
        _check(now - timedelta(days=35 + i), "absolute", phrases=("you never",)) for i in range(9)
    ]
    recent = [
        _check(now - timedelta(days=2 + i), "absolute", phrases=("You never",)) for i in range(3)
    ]
    month = _summarize(before + recent, [], now=now, tz=UTC).month
    assert month.comparable
    (tally,) = month.phrases
    assert (tally.key, tally.previous, tally.current, tally.change) == ("you never", 9, 3, -6)
    assert month.flagged_change == -6


def _reference_counts(
    checks: list[CheckRecord], tz: ZoneInfo, first: date, last: date
) -> tuple[int, int, Counter[str]]:
    """The obvious (slow) definition: convert every record to its local date."""
    inside = [c for c in checks if first <= c.created_at.astimezone(tz).date() <= last]
    cats = Counter(k for c in inside for k in set(c.categories))
    return len(inside), sum(c.flagged for c in inside), cats


@pytest.mark.parametrize("tz", ZONES, ids=str)
@pytest.mark.parametrize("seed", [1, 2])
def test_summarize_months_of_mixed_data_match_reference(tz: ZoneInfo, seed: int) -> None:
    today = date(2026, 11, 25)
    checks, nudges = _history(seed, today=today, tz=tz, days=200, n=1500)
    summary = _summarize(checks, nudges, now=_at(today, time(13), tz), tz=tz)
    for cmp in (summary.week, summary.month):
        for period in (cmp.current, cmp.previous):
            checked, flagged, cats = _reference_counts(checks, tz, period.start, period.end)
            assert (period.checked, period.flagged) == (checked, flagged)
            assert dict(period.categories) == dict(cats)
            assert (period.end - period.start).days == cmp.days - 1
        assert cmp.previous.end == cmp.current.start - timedelta(days=1)
    assert summary.totals.checked == len(checks)
    assert summary.totals.nudges_done == len(nudges)
    assert summary.totals.flagged == sum(c.flagged for c in checks)


def test_summarize_totals_only_grow_as_history_grows() -> None:
    today = date(2026, 11, 25)
    checks, nudges = _history(7, today=today, tz=UTC, days=120, n=400)
    checks.sort(key=lambda c: c.created_at)
    now = _at(today, time(23), UTC)
    previous = (0, 0, 0, 0)
    for cut in range(0, len(checks) + 1, 50):
        totals = _summarize(checks[:cut], nudges, now=now, tz=UTC).totals
        current = (totals.checked, totals.flagged, totals.clean, totals.rewrites_used)
        assert all(a >= b for a, b in zip(current, previous, strict=True))
        previous = current


@pytest.mark.parametrize("tz", ZONES, ids=str)
def test_weekly_counts_uses_local_iso_weeks(tz: ZoneInfo) -> None:
    today = date(2026, 11, 25)  # a Wednesday
    checks, _ = _history(3, today=today, tz=tz, days=100, n=800)
    weeks = _weekly(checks, now=_at(today, time(9), tz), tz=tz)
    assert len(weeks) == 12
    assert weeks[-1].start == date(2026, 11, 23)
    assert all(w.start.weekday() == 0 for w in weeks)
    assert {b.start - a.start for a, b in pairwise(weeks)} == {timedelta(weeks=1)}
    for week in weeks:
        checked, flagged, cats = _reference_counts(
            checks, tz, week.start, week.start + timedelta(days=6)
        )
        assert (week.checked, week.flagged, dict(week.categories)) == (checked, flagged, dict(cats))
        assert week.total_patterns == sum(cats.values())


def test_weekly_counts_monday_starts_at_local_midnight() -> None:
    tz = KIRITIMATI
    sunday_night = _at(date(2026, 11, 22), time(23, 59, 59), tz)
    monday_morning = _at(date(2026, 11, 23), time(0, 0, 1), tz)
    now = _at(date(2026, 11, 25), time(12), tz)
    weeks = _weekly(
        [_check(sunday_night, "blame"), _check(monday_morning, "contempt")], now=now, tz=tz, weeks=2
    )
    assert [w.categories for w in weeks] == [(("blame", 1),), (("contempt", 1),)]


def test_weekly_counts_empty_history_gives_empty_weeks() -> None:
    weeks = _weekly([], now=datetime(2026, 11, 25, tzinfo=UTC), tz=UTC, weeks=3)
    assert [(w.start, w.checked, w.categories) for w in weeks] == [
        (date(2026, 11, 9), 0, ()),
        (date(2026, 11, 16), 0, ()),
        (date(2026, 11, 23), 0, ()),
    ]


def test_weekly_counts_rejects_no_weeks() -> None:
    with pytest.raises(ValueError, match="weeks"):
        _weekly([], now=datetime(2026, 11, 25, tzinfo=UTC), tz=UTC, weeks=0)


@pytest.mark.parametrize(
    "make",
    [
        lambda: CheckRecord(datetime(2026, 11, 25), False, (), (), None),
        lambda: NudgeDoneRecord(datetime(2026, 11, 25)),
    ],
    ids=["check", "nudge"],
)
def test_records_reject_naive_datetimes(make: object) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make()  # type: ignore[operator]


@pytest.mark.parametrize(
    ("raw", "normalized"),
    [
        ("You NEVER", "you never"),
        ("  you   never…  ", "you never"),
        ("You\u2019re so lazy!", "you're so lazy"),
        ("\u201cwhatever\u201d", "whatever"),
        ("...", ""),
    ],
)
def test_normalize_phrase_folds_case_space_and_quotes(raw: str, normalized: str) -> None:
    assert normalize_phrase(raw) == normalized
