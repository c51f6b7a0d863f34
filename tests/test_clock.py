from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.clock import Clock, FakeClock, SystemClock


def test_system_clock_now_is_aware_utc() -> None:
    clock: Clock = SystemClock()
    now = clock.now()
    assert now.tzinfo is UTC
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)


def test_fake_clock_set_keeps_instant_in_utc() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    clock.set(datetime(2026, 3, 29, 3, 0, tzinfo=timezone(timedelta(hours=2))))
    assert clock.now() == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    assert clock.now().tzinfo is UTC


def test_fake_clock_advance_by_delta_and_units() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    assert clock.advance(timedelta(hours=1)) == datetime(2026, 1, 1, 1, tzinfo=UTC)
    assert clock.advance(minutes=30, seconds=15) == datetime(2026, 1, 1, 1, 30, 15, tzinfo=UTC)


def test_fake_clock_refuses_backwards_advance() -> None:
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="forward"):
        clock.advance(minutes=-1)


def test_fake_clock_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        FakeClock(datetime(2026, 1, 1))
    clock = FakeClock(datetime(2026, 1, 1, tzinfo=UTC))
    with pytest.raises(ValueError, match="naive"):
        clock.set(datetime(2026, 1, 2))
