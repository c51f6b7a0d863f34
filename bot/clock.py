"""Where time comes from: services take a `Clock` so tests can drive time by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Tells the current time as an aware UTC datetime."""

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        return datetime.now(UTC)


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment!r}: Tend only keeps aware UTC times")
    return moment.astimezone(UTC)


class FakeClock:
    """A clock that only moves when told to: `set()` jumps, `advance()` steps forward."""

    def __init__(self, start: datetime) -> None:
        self._now = _as_utc(start)

    def now(self) -> datetime:
        """The instant the clock was last set to, in UTC."""
        return self._now

    def set(self, moment: datetime) -> None:
        """Jump to `moment` (aware; any zone, kept as UTC). Jumping backwards is allowed."""
        self._now = _as_utc(moment)

    def advance(self, delta: timedelta | None = None, /, **units: float) -> datetime:
        """Move forward by `delta` or by timedelta keywords (`advance(minutes=5)`); returns now."""
        step = (delta or timedelta()) + timedelta(**units)
        if step < timedelta():
            raise ValueError("advance() only moves forward; use set() to go back")
        self._now += step
        return self._now
