"""When the next nudge is due: local wall time in, aware UTC out.

Daylight-saving policy (decided here, once, for every nudge and daily reminder):

* A nudge keeps its *local wall time* across transitions: 20:00 is 20:00 local in winter and in
  summer, so its UTC instant moves by the size of the shift.
* A wall time that does not exist on a transition day (spring forward: 02:30 in Berlin on the last
  Sunday of March) fires at the first moment after the gap, i.e. the transition itself (03:00
  local). That is the earliest real moment at or after the time the user chose; moving forward by
  the gap length instead (PEP 495's fold=0 reading, 03:30) would be later than necessary.
* A wall time that exists twice (fall back: 02:30 on the last Sunday of October) fires at its
  first occurrence only (fold=0). The second occurrence is never produced, so it cannot fire twice.
* When a gap swallows a whole local day (Samoa skipped 30 December 2011), that day has no
  occurrence; the next allowed day does.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Final, Literal


class Frequency(enum.StrEnum):
    """How often nudges come; the values are what the database stores (bot.db.models)."""

    DAILY = "daily"
    WEEKDAYS = "weekdays"
    THREE_WEEKLY = "three_weekly"


Decision = Literal["send", "skip"]

FREQUENCIES: Final[tuple[Frequency, ...]] = tuple(Frequency)
PAUSE_LENGTH: Final = timedelta(days=7)

# date.weekday(): Monday is 0.
_ALLOWED_WEEKDAYS: Final[dict[Frequency, frozenset[int]]] = {
    Frequency.DAILY: frozenset(range(7)),
    Frequency.WEEKDAYS: frozenset(range(5)),
    Frequency.THREE_WEEKLY: frozenset({0, 2, 4}),
}
# Longest run of disallowed days is two (a weekend), plus room for a day eaten by a gap and the
# day before the start that is checked for safety.
_SEARCH_DAYS: Final = 10


def parse_frequency(value: str) -> Frequency:
    """The Frequency stored as `value` (as read back from the database), or ValueError."""
    for frequency in FREQUENCIES:
        if value == frequency:
            return frequency
    raise ValueError(f"unknown nudge frequency: {value!r}")


def is_allowed_day(day: date, frequency: Frequency) -> bool:
    """Whether a nudge with this frequency may go out on this local date."""
    return day.weekday() in _ALLOWED_WEEKDAYS[frequency]


def local_date(dt: datetime, tz: tzinfo) -> date:
    """The user's calendar date at instant `dt` (for the at-most-one-nudge-per-local-day rule)."""
    _require_aware(dt, "dt")
    return dt.astimezone(tz).date()


def resolve_local(day: date, at: time, tz: tzinfo) -> datetime | None:
    """The instant (UTC) when the wall clock in `tz` shows `at` on `day`, per the module policy.

    Returns None when no moment of `day` qualifies (a gap that swallows the rest of the day).
    """
    wall = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    first = wall.replace(tzinfo=tz, fold=0)
    second = wall.replace(tzinfo=tz, fold=1)
    offset_first, offset_second = first.utcoffset(), second.utcoffset()
    if offset_first is None or offset_second is None:
        raise ValueError("time zone has no UTC offset")
    if offset_first >= offset_second:
        # Equal: an ordinary moment. Greater: the wall time exists twice; fold=0 is the first.
        instant = first.astimezone(UTC)
    else:
        instant = _end_of_gap(second.astimezone(UTC), first.astimezone(UTC), tz)
    return instant if instant.astimezone(tz).date() == day else None


def next_due(
    *,
    local_time: time,
    tz: tzinfo,
    frequency: Frequency,
    after: datetime,
    paused_until: datetime | None,
    last_sent: datetime | None = None,
) -> datetime:
    """The first occurrence of `local_time` strictly after `after` on an allowed local day.

    The result is aware UTC, never before `paused_until`, and never on the local date of
    `last_sent` (pass it when the time changes after today's nudge went out, so a user does
    not get two nudges in one day).
    """
    _require_aware(after, "after")
    start = after
    if paused_until is not None:
        _require_aware(paused_until, "paused_until")
        start = max(after, paused_until)
    skip_day = local_date(last_sent, tz) if last_sent is not None else None
    # One day early: a fall-back transition near midnight can put an occurrence of the previous
    # local date after `start`.
    day = local_date(start, tz) - timedelta(days=1)
    for _ in range(_SEARCH_DAYS):
        if is_allowed_day(day, frequency) and day != skip_day:
            candidate = resolve_local(day, local_time, tz)
            if candidate is not None and candidate > after and candidate >= start:
                return candidate
        day += timedelta(days=1)
    raise RuntimeError(f"no occurrence of {local_time} in {tz} within {_SEARCH_DAYS} days")


def is_within_grace(due: datetime, now: datetime, grace: timedelta) -> bool:
    """Whether a nudge due at `due` may still go out at `now`: not yet late, or late by < grace."""
    _require_aware(due, "due")
    _require_aware(now, "now")
    if grace < timedelta(0):
        raise ValueError("grace must not be negative")
    lateness = now - due
    return lateness <= timedelta(0) or lateness < grace


def decide(due: datetime, now: datetime, grace: timedelta) -> Decision:
    """What to do with a claimed nudge: "send" it (late if need be) or "skip" it.

    After downtime a nudge missed by less than `grace` still goes out; an older one is skipped
    rather than arriving at 3 a.m. Either way, store
    `next_due(after=reschedule_from(decision, now=now, grace=grace), ...)` next.
    """
    return "send" if is_within_grace(due, now, grace) else "skip"


def reschedule_from(decision: Decision, *, now: datetime, grace: timedelta) -> datetime:
    """The `after` to give next_due once a claimed nudge was sent or skipped.

    After a send: `now`, so the occurrence just sent cannot come back. After a skip: `now - grace`,
    so a later occurrence that is itself still within grace (today's 20:00 after an outage that
    began yesterday) is due at once instead of being lost too.
    """
    _require_aware(now, "now")
    return now if decision == "send" else now - grace


def pause_for_week(now: datetime) -> datetime:
    """When a pause started at `now` ends (UTC): seven full days without nudges."""
    _require_aware(now, "now")
    return (now + PAUSE_LENGTH).astimezone(UTC)


def _end_of_gap(before: datetime, after: datetime, tz: tzinfo) -> datetime:
    """The transition instant between `before` (old offset) and `after` (new offset), in UTC.

    Binary search on whole seconds (tz transitions fall on whole seconds): about 12 steps for an
    hour-long gap, 17 for Samoa's missing day.
    """
    low, high = int(before.timestamp()), int(after.timestamp())
    old_offset = before.astimezone(tz).utcoffset()
    while high - low > 1:
        middle = (low + high) // 2
        if datetime.fromtimestamp(middle, UTC).astimezone(tz).utcoffset() == old_offset:
            low = middle
        else:
            high = middle
    return datetime.fromtimestamp(high, UTC)


def _require_aware(dt: datetime, name: str) -> None:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")
