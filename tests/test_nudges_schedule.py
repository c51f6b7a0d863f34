"""next_due and friends: local wall time across DST in several zones, frequencies, pause, grace."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.nudges.schedule import (
    FREQUENCIES,
    Frequency,
    decide,
    is_allowed_day,
    is_within_grace,
    local_date,
    next_due,
    parse_frequency,
    pause_for_week,
    reschedule_from,
    resolve_local,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
SYDNEY = ZoneInfo("Australia/Sydney")
KOLKATA = ZoneInfo("Asia/Kolkata")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
CHATHAM = ZoneInfo("Pacific/Chatham")  # +12:45 / +13:45
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")  # 30-minute DST shift
APIA = ZoneInfo("Pacific/Apia")  # skipped 30 December 2011 entirely
TOKYO = ZoneInfo("Asia/Tokyo")
GRACE = timedelta(hours=2)


def utc(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, us: int = 0
) -> datetime:
    return datetime(year, month, day, hour, minute, second, us, tzinfo=UTC)


def due(
    local_time: time,
    tz: tzinfo,
    after: datetime,
    *,
    frequency: Frequency = Frequency.DAILY,
    paused_until: datetime | None = None,
    last_sent: datetime | None = None,
) -> datetime:
    return next_due(
        local_time=local_time,
        tz=tz,
        frequency=frequency,
        after=after,
        paused_until=paused_until,
        last_sent=last_sent,
    )


@pytest.mark.parametrize(
    ("tz", "at", "after", "expected"),
    [
        # A 20:00 nudge stays at 20:00 local on both sides of each transition.
        pytest.param(
            BERLIN, time(20), utc(2024, 3, 30, 19), utc(2024, 3, 31, 18), id="berlin-spring"
        ),
        pytest.param(
            BERLIN, time(20), utc(2024, 10, 26, 18), utc(2024, 10, 27, 19), id="berlin-fall"
        ),
        pytest.param(NEW_YORK, time(20), utc(2024, 3, 10, 1), utc(2024, 3, 11, 0), id="ny-spring"),
        pytest.param(NEW_YORK, time(20), utc(2024, 11, 3, 0), utc(2024, 11, 4, 1), id="ny-fall"),
        pytest.param(SYDNEY, time(20), utc(2024, 4, 6, 9), utc(2024, 4, 7, 10), id="sydney-fall"),
        pytest.param(
            SYDNEY, time(20), utc(2024, 10, 5, 10), utc(2024, 10, 6, 9), id="sydney-spring"
        ),
        pytest.param(KOLKATA, time(20), utc(2024, 3, 31), utc(2024, 3, 31, 14, 30), id="kolkata"),
        # Spring forward: a missing wall time fires when the gap ends.
        pytest.param(
            BERLIN, time(2, 30), utc(2024, 3, 30, 12), utc(2024, 3, 31, 1), id="berlin-gap"
        ),
        pytest.param(NEW_YORK, time(2, 30), utc(2024, 3, 9, 12), utc(2024, 3, 10, 7), id="ny-gap"),
        pytest.param(SYDNEY, time(2, 30), utc(2024, 10, 5), utc(2024, 10, 5, 16), id="sydney-gap"),
        pytest.param(
            SAO_PAULO, time(0, 30), utc(2018, 11, 3, 12), utc(2018, 11, 4, 3), id="sp-gap"
        ),
        pytest.param(CHATHAM, time(3), utc(2024, 9, 28), utc(2024, 9, 28, 14), id="chatham-gap"),
        pytest.param(
            LORD_HOWE, time(2, 15), utc(2024, 10, 5), utc(2024, 10, 5, 15, 30), id="lord-howe-gap"
        ),
        # Fall back: a doubled wall time fires at its first occurrence.
        pytest.param(
            BERLIN, time(2, 30), utc(2024, 10, 26, 12), utc(2024, 10, 27, 0, 30), id="berlin-dup"
        ),
        pytest.param(
            NEW_YORK, time(1, 30), utc(2024, 11, 2, 12), utc(2024, 11, 3, 5, 30), id="ny-dup"
        ),
        pytest.param(
            SYDNEY, time(2, 30), utc(2024, 4, 6), utc(2024, 4, 6, 15, 30), id="sydney-dup"
        ),
        pytest.param(
            SAO_PAULO, time(23, 30), utc(2018, 2, 17, 12), utc(2018, 2, 18, 1, 30), id="sp-dup"
        ),
        pytest.param(CHATHAM, time(3), utc(2024, 4, 6), utc(2024, 4, 6, 13, 15), id="chatham-dup"),
        pytest.param(
            LORD_HOWE, time(1, 45), utc(2024, 4, 6), utc(2024, 4, 6, 14, 45), id="lord-howe-dup"
        ),
        # A local day swallowed whole has no occurrence; the next day does.
        pytest.param(APIA, time(20), utc(2011, 12, 30, 6), utc(2011, 12, 31, 6), id="apia-no-30th"),
    ],
)
def test_next_due_across_dst_transitions(
    tz: ZoneInfo, at: time, after: datetime, expected: datetime
) -> None:
    result = due(at, tz, after)
    assert result == expected
    assert result.tzinfo is UTC


@pytest.mark.parametrize(
    ("tz", "at", "second"),
    [
        (BERLIN, time(2, 30), utc(2024, 10, 27, 1, 30)),
        (NEW_YORK, time(1, 30), utc(2024, 11, 3, 6, 30)),
        (SAO_PAULO, time(23, 30), utc(2018, 2, 18, 2, 30)),
        (LORD_HOWE, time(1, 45), utc(2024, 4, 6, 15, 15)),
    ],
)
def test_next_due_never_fires_the_second_occurrence(
    tz: ZoneInfo, at: time, second: datetime
) -> None:
    first = due(at, tz, second - timedelta(days=1))
    following = due(at, tz, first)
    assert first < second < following
    assert local_date(following, tz) == local_date(first, tz) + timedelta(days=1)


@pytest.mark.parametrize(
    "tz", [BERLIN, NEW_YORK, SYDNEY, KOLKATA, SAO_PAULO, CHATHAM, LORD_HOWE], ids=str
)
@pytest.mark.parametrize("at", [time(20), time(2, 30), time(0, 30)], ids=str)
def test_next_due_once_per_local_day_for_a_year(tz: ZoneInfo, at: time) -> None:
    current = datetime(2024, 1, 1, tzinfo=tz).astimezone(UTC)
    days = []
    for _ in range(366):
        current = due(at, tz, current)
        local = current.astimezone(tz)
        assert local.fold == 0
        # On the wall time, or (spring forward) at most an hour later, when the gap ends.
        shift = local.replace(tzinfo=None) - datetime.combine(local.date(), at)
        assert timedelta(0) <= shift <= timedelta(hours=1)
        days.append(local.date())
    assert all(b - a == timedelta(days=1) for a, b in pairwise(days))


def test_next_due_keeps_the_wall_time_when_it_exists() -> None:
    assert due(time(20), BERLIN, utc(2024, 7, 1)).astimezone(BERLIN).time() == time(20)
    assert due(time(20), BERLIN, utc(2024, 1, 1)).astimezone(BERLIN).time() == time(20)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (
            utc(2024, 5, 1, 22, 59, 59),
            utc(2024, 5, 1, 23),
        ),  # Tokyo 08:00 is 23:00 UTC the day before
        (utc(2024, 5, 1, 23), utc(2024, 5, 2, 23)),  # strictly after
        (utc(2024, 5, 1, 23, 0, 0, 1), utc(2024, 5, 2, 23)),
    ],
)
def test_next_due_day_boundary(after: datetime, expected: datetime) -> None:
    result = due(time(8), TOKYO, after)
    assert result == expected
    assert local_date(result, TOKYO) == result.date() + timedelta(days=1)


@pytest.mark.parametrize(
    ("frequency", "after_local", "expected_local"),
    [
        ("weekdays", datetime(2024, 7, 12, 20), date(2024, 7, 15)),  # Fri -> Mon
        ("weekdays", datetime(2024, 7, 13, 9), date(2024, 7, 15)),  # Sat -> Mon
        ("weekdays", datetime(2024, 7, 15, 20), date(2024, 7, 16)),  # Mon -> Tue
        ("three_weekly", datetime(2024, 7, 15, 20), date(2024, 7, 17)),  # Mon -> Wed
        ("three_weekly", datetime(2024, 7, 17, 20), date(2024, 7, 19)),  # Wed -> Fri
        ("three_weekly", datetime(2024, 7, 19, 20), date(2024, 7, 22)),  # Fri -> Mon
        ("three_weekly", datetime(2024, 7, 16, 9), date(2024, 7, 17)),  # Tue -> Wed
        ("daily", datetime(2024, 7, 13, 20), date(2024, 7, 14)),  # Sat -> Sun
    ],
)
def test_next_due_frequency(
    frequency: Frequency, after_local: datetime, expected_local: date
) -> None:
    result = due(time(20), BERLIN, after_local.replace(tzinfo=BERLIN), frequency=frequency)
    assert result.astimezone(BERLIN) == datetime.combine(expected_local, time(20), BERLIN)


@pytest.mark.parametrize(
    ("paused_until_local", "expected_local"),
    [
        (datetime(2024, 7, 10, 12), datetime(2024, 7, 10, 20)),  # ends before today's nudge
        (datetime(2024, 7, 10, 20), datetime(2024, 7, 10, 20)),  # "not before" includes equal
        (datetime(2024, 7, 10, 20, 0, 1), datetime(2024, 7, 11, 20)),
        (datetime(2024, 7, 1), datetime(2024, 7, 8, 20)),  # a pause in the past does nothing
    ],
)
def test_next_due_respects_pause(paused_until_local: datetime, expected_local: datetime) -> None:
    after = datetime(2024, 7, 7, 21, tzinfo=BERLIN)
    result = due(time(20), BERLIN, after, paused_until=paused_until_local.replace(tzinfo=BERLIN))
    assert result == expected_local.replace(tzinfo=BERLIN)


def test_pause_for_week_gives_seven_full_days_without_nudges() -> None:
    pressed = datetime(2024, 7, 8, 20, 5, tzinfo=BERLIN)  # Monday, just after the nudge
    until = pause_for_week(pressed)
    assert until == pressed + timedelta(days=7)
    assert until.tzinfo is UTC
    resumed = due(time(20), BERLIN, pressed, paused_until=until)
    assert resumed.astimezone(BERLIN) == datetime(2024, 7, 16, 20, tzinfo=BERLIN)


def test_next_due_skips_the_day_of_the_last_send() -> None:
    sent = datetime(2024, 7, 8, 20, tzinfo=BERLIN)
    changed_at = datetime(2024, 7, 8, 20, 30, tzinfo=BERLIN)  # user moves the time to 22:00
    assert due(time(22), BERLIN, changed_at) == datetime(2024, 7, 8, 22, tzinfo=BERLIN)
    assert due(time(22), BERLIN, changed_at, last_sent=sent) == datetime(
        2024, 7, 9, 22, tzinfo=BERLIN
    )


@pytest.mark.parametrize(
    ("lateness", "grace", "expected"),
    [
        (timedelta(minutes=-5), GRACE, "send"),  # not due yet: nothing missed
        (timedelta(0), GRACE, "send"),
        (timedelta(hours=1, minutes=59), GRACE, "send"),
        (GRACE, GRACE, "skip"),
        (timedelta(hours=9), GRACE, "skip"),  # back up at 5 a.m.: yesterday's 20:00 is dropped
        (timedelta(0), timedelta(0), "send"),
        (timedelta(seconds=1), timedelta(0), "skip"),
    ],
)
def test_decide_sends_within_grace_and_skips_older(
    lateness: timedelta, grace: timedelta, expected: str
) -> None:
    due_at = utc(2024, 7, 8, 18)
    assert decide(due_at, due_at + lateness, grace) == expected
    assert is_within_grace(due_at, due_at + lateness, grace) is (expected == "send")


def test_reschedule_from_after_a_send_moves_to_the_next_day() -> None:
    sent_at = datetime(2024, 7, 8, 21, 30, tzinfo=BERLIN)  # 90 minutes late, within grace
    assert decide(datetime(2024, 7, 8, 20, tzinfo=BERLIN), sent_at, GRACE) == "send"
    after = reschedule_from("send", now=sent_at, grace=GRACE)
    assert due(time(20), BERLIN, after, last_sent=sent_at) == datetime(
        2024, 7, 9, 20, tzinfo=BERLIN
    )


@pytest.mark.parametrize(
    ("back_up", "expected"),
    [
        # Down overnight: yesterday's 20:00 is dropped, today's comes at its time.
        (datetime(2024, 7, 9, 5, tzinfo=BERLIN), datetime(2024, 7, 9, 20, tzinfo=BERLIN)),
        # Down for a day: yesterday's is dropped, today's (30 minutes late) is due at once.
        (datetime(2024, 7, 9, 20, 30, tzinfo=BERLIN), datetime(2024, 7, 9, 20, tzinfo=BERLIN)),
        # Down past today's grace too: tomorrow.
        (datetime(2024, 7, 9, 22, 30, tzinfo=BERLIN), datetime(2024, 7, 10, 20, tzinfo=BERLIN)),
    ],
)
def test_reschedule_from_after_a_skip_keeps_a_later_occurrence_within_grace(
    back_up: datetime, expected: datetime
) -> None:
    missed = datetime(2024, 7, 8, 20, tzinfo=BERLIN)
    assert decide(missed, back_up, GRACE) == "skip"
    following = due(time(20), BERLIN, reschedule_from("skip", now=back_up, grace=GRACE))
    assert following == expected
    assert following > missed
    assert decide(following, max(back_up, following), GRACE) == "send"


@pytest.mark.parametrize(
    "call",
    [
        lambda: due(time(20), BERLIN, datetime(2024, 7, 1)),
        lambda: due(time(20), BERLIN, utc(2024, 7, 1), paused_until=datetime(2024, 7, 2)),
        lambda: local_date(datetime(2024, 7, 1), BERLIN),
        lambda: decide(datetime(2024, 7, 1), utc(2024, 7, 1), GRACE),
        lambda: is_within_grace(utc(2024, 7, 1), utc(2024, 7, 1), timedelta(minutes=-1)),
        lambda: parse_frequency("hourly"),
    ],
)
def test_schedule_rejects_naive_times_and_bad_values(call: object) -> None:
    with pytest.raises(ValueError):
        call()  # type: ignore[operator]


def test_parse_frequency_round_trips() -> None:
    assert [parse_frequency(f) for f in FREQUENCIES] == list(FREQUENCIES)


ZONES = [BERLIN, NEW_YORK, SYDNEY, KOLKATA, SAO_PAULO, CHATHAM, LORD_HOWE, UTC]
ZONES += [ZoneInfo("Etc/GMT-2"), timezone(timedelta(hours=5, minutes=30))]
# Spring-forward and fall-back instants: random dates almost never land on one, so the property
# test also draws cases crowded around them.
TRANSITIONS = [
    (BERLIN, utc(2024, 3, 31, 1)),
    (BERLIN, utc(2024, 10, 27, 1)),
    (NEW_YORK, utc(2024, 3, 10, 7)),
    (NEW_YORK, utc(2024, 11, 3, 6)),
    (SYDNEY, utc(2024, 4, 6, 16)),
    (SYDNEY, utc(2024, 10, 5, 16)),
    (SAO_PAULO, utc(2018, 2, 18, 2)),
    (SAO_PAULO, utc(2018, 11, 4, 3)),
    (CHATHAM, utc(2024, 4, 6, 14)),
    (CHATHAM, utc(2024, 9, 28, 14)),
    (LORD_HOWE, utc(2024, 4, 6, 15)),
    (LORD_HOWE, utc(2024, 10, 5, 15, 30)),
]


@st.composite
def anywhere(draw: st.DrawFn) -> tuple[tzinfo, time, datetime, Frequency]:
    after = draw(
        st.datetimes(
            min_value=datetime(1990, 1, 1), max_value=datetime(2036, 12, 31), timezones=st.just(UTC)
        )
    )
    return draw(st.sampled_from(ZONES)), draw(st.times()), after, draw(st.sampled_from(FREQUENCIES))


@st.composite
def near_transition(draw: st.DrawFn) -> tuple[tzinfo, time, datetime, Frequency]:
    """A daily nudge due near a transition, often inside a gap or an overlap."""
    tz, instant = draw(st.sampled_from(TRANSITIONS))
    wall = instant.astimezone(tz).replace(tzinfo=None)
    at = wall + draw(st.timedeltas(min_value=timedelta(minutes=-90), max_value=timedelta(hours=1)))
    after = instant - draw(st.timedeltas(min_value=timedelta(0), max_value=timedelta(hours=22)))
    return tz, at.time(), after, Frequency.DAILY


@settings(max_examples=400, deadline=None)
@given(
    case=anywhere() | near_transition(),
    pause=st.none() | st.timedeltas(min_value=timedelta(days=-3), max_value=timedelta(days=20)),
)
def test_next_due_properties(
    case: tuple[tzinfo, time, datetime, Frequency], pause: timedelta | None
) -> None:
    tz, at, after, frequency = case
    paused_until = None if pause is None else after + pause
    result = due(at, tz, after, frequency=frequency, paused_until=paused_until)
    local = result.astimezone(tz)
    assert result > after and result.tzinfo is UTC
    assert paused_until is None or result >= paused_until
    assert is_allowed_day(local.date(), frequency)
    wall = datetime.combine(local.date(), at)
    if wall.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall:
        assert local.replace(tzinfo=None) == wall and local.fold == 0
    else:  # in a gap: the first moment after it
        assert local.replace(tzinfo=None) > wall
        assert (result - timedelta(microseconds=1)).astimezone(tz).replace(tzinfo=None) < wall
    if pause is None:  # no allowed day in between was skipped
        start = local_date(after, tz)
        day = start + timedelta(days=1)
        while day < local.date():
            assert not is_allowed_day(day, frequency)
            day += timedelta(days=1)
        if local.date() > start and is_allowed_day(start, frequency):
            earlier = resolve_local(start, at, tz)
            assert earlier is None or earlier <= after
