"""When Tend mentions couples therapy: persistent patterns only, at most monthly, switchable."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

import pytest

from bot.history.days import HistoryCounts
from bot.history.records import CheckRecord, count_history
from bot.history.therapy import (
    THERAPY_STOP_BUTTON,
    Persistence,
    persistent_pattern,
    should_suggest_therapy,
    therapy_hint_text,
)

TZ = ZoneInfo("Pacific/Kiritimati")
TODAY = date(2026, 11, 25)
NOW = datetime.combine(TODAY, time(9), tzinfo=TZ).astimezone(UTC)


def _day(days_ago: int, clock: time = time(12)) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), clock, tzinfo=TZ).astimezone(UTC)


def _flagged(days: Iterable[int], *cats: str) -> list[CheckRecord]:
    return [CheckRecord(_day(d), True, cats) for d in days]


def _per_week(days_in_week: Iterable[int], *cats: str, weeks: int = 4) -> list[CheckRecord]:
    """The same drafts in each of the last `weeks` rolling weeks (offsets 0..6 inside a week)."""
    return [c for w in range(weeks) for c in _flagged((7 * w + d for d in days_in_week), *cats)]


def _counts(checks: list[CheckRecord]) -> HistoryCounts:
    return count_history(checks, [], now=NOW, tz=TZ)


def _suggest(checks: list[CheckRecord], **kwargs: object) -> bool:
    options: dict[str, object] = {"last_hint_at": None, "enabled": True} | kwargs
    return should_suggest_therapy(_counts(checks), now=NOW, **options)  # type: ignore[arg-type]


def test_persistent_pattern_contempt_twice_every_week() -> None:
    checks = _per_week([1, 4], "contempt")
    assert persistent_pattern(_counts(checks)) is Persistence.CONTEMPT
    assert _suggest(checks)


@pytest.mark.parametrize(
    "checks",
    [
        _per_week([1, 4], "contempt", weeks=3),  # only three weeks
        _per_week([1], "contempt"),  # once a week is not "more than once"
        _per_week([1, 4], "contempt", weeks=3) + _flagged([22], "contempt"),  # one quieter week
        [CheckRecord(_day(7 * w + d), False, ("contempt",)) for w in range(4) for d in (1, 4)],
    ],
    ids=["three-weeks", "once-a-week", "one-quiet-week", "not-flagged"],
)
def test_persistent_pattern_contempt_needs_every_week(checks: list[CheckRecord]) -> None:
    assert persistent_pattern(_counts(checks)) is None


def test_persistent_pattern_same_category_every_week() -> None:
    checks = _per_week([0, 2, 5], "absolute")
    assert persistent_pattern(_counts(checks)) is Persistence.SAME_PATTERN


def test_persistent_pattern_mixed_categories_sharing_one() -> None:
    checks = _per_week([0], "blame") + _per_week([2, 5], "demand")
    assert persistent_pattern(_counts(checks)) is Persistence.SAME_PATTERN


@pytest.mark.parametrize(
    "checks",
    [
        _per_week([0, 3], "absolute"),  # two flagged drafts a week is ordinary use
        # Three a week, but never the same pattern in all four weeks.
        [
            c
            for w, cat in enumerate(["blame", "demand", "threat", "fixing"])
            for c in _flagged((7 * w + d for d in (0, 2, 4)), cat)
        ],
    ],
    ids=["too-few", "no-common-pattern"],
)
def test_persistent_pattern_ordinary_use_is_not_persistence(checks: list[CheckRecord]) -> None:
    assert persistent_pattern(_counts(checks)) is None


@pytest.mark.parametrize(
    ("oldest", "expected"),
    [
        (_day(27, time(0, 0, 1)), Persistence.CONTEMPT),  # first minute of the 28-day window
        (_day(28, time(23, 59, 59)), None),  # last second before it (local time)
    ],
    ids=["inside", "outside"],
)
def test_persistent_pattern_weeks_are_local_rolling_weeks(
    oldest: datetime, expected: Persistence | None
) -> None:
    # Three weeks already qualify; the fourth (oldest) week has one contempt draft at day 23
    # and needs one more, placed right at the local edge of the window.
    checks = _per_week([1, 4], "contempt", weeks=3) + _flagged([23], "contempt")
    checks.append(CheckRecord(oldest, True, ("contempt",)))
    assert persistent_pattern(_counts(checks)) is expected


@pytest.mark.parametrize(
    ("last_hint_at", "enabled", "expected"),
    [
        (None, True, True),
        (NOW - timedelta(days=30), True, True),
        (NOW - timedelta(days=29, hours=23), True, False),
        (NOW + timedelta(days=1), True, False),  # clock skew counts as recent
        (None, False, False),
    ],
    ids=["never", "30-days", "29-days", "future", "turned-off"],
)
def test_should_suggest_therapy_respects_cooldown_and_setting(
    last_hint_at: datetime | None, enabled: bool, expected: bool
) -> None:
    checks = _per_week([1, 4], "contempt")
    assert _suggest(checks, last_hint_at=last_hint_at, enabled=enabled) is expected


def test_should_suggest_therapy_not_without_history() -> None:
    assert not _suggest([])


def test_therapy_hint_text_is_gentle_practical_and_switchable() -> None:
    text = therapy_hint_text()
    tags: set[str] = set()

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object) -> None:
            tags.add(tag)

    Tags().feed(text)
    assert tags <= {"b", "i"}
    for needle in ("couples therapist", "GP", "association", "Gottman", "EFT", "/history"):
        assert needle in text
    assert THERAPY_STOP_BUTTON in text
    assert "diagnos" not in text.lower()
