"""One-time reminders before a talk: typed text -> due time in UTC, given an injected now."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.listen.reminder_time import MAX_AHEAD, ReminderParseError, parse_reminder

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
NOW = datetime(2024, 7, 10, 18, 0, tzinfo=BERLIN)  # a Wednesday, 18:00 local


def local(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, *, tz: ZoneInfo = BERLIN
) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20:30", local(2024, 7, 10, 20, 30)),
        ("8:30pm", local(2024, 7, 10, 20, 30)),
        ("remind me at 20:30", local(2024, 7, 10, 20, 30)),
        ("at 9pm", local(2024, 7, 10, 21)),
        ("17:00", local(2024, 7, 11, 17)),  # already passed today: tomorrow
        ("18:00", local(2024, 7, 11, 18)),  # "now" is not ahead
        ("in 2 hours", local(2024, 7, 10, 20)),
        ("in 30 min", local(2024, 7, 10, 18, 30)),
        ("In 30 minutes", local(2024, 7, 10, 18, 30)),
        ("in 90 mins", local(2024, 7, 10, 19, 30)),
        ("in an hour", local(2024, 7, 10, 19)),
        ("in half an hour", local(2024, 7, 10, 18, 30)),
        ("in 1.5 hours", local(2024, 7, 10, 19, 30)),
        ("in 1h30", local(2024, 7, 10, 19, 30)),
        ("in 1 hour and 15 minutes", local(2024, 7, 10, 19, 15)),
        ("in 2h", local(2024, 7, 10, 20)),
        ("tonight 8pm", local(2024, 7, 10, 20)),
        ("tonight at 8", local(2024, 7, 10, 20)),  # "tonight" reads 8 as 20:00
        ("8:15 tonight", local(2024, 7, 10, 20, 15)),
        ("this evening at 7", local(2024, 7, 10, 19)),
        ("today 21:00", local(2024, 7, 10, 21)),
        ("tomorrow 9am", local(2024, 7, 11, 9)),
        ("tomorrow at 8", local(2024, 7, 11, 8)),
    ],
)
def test_parse_reminder_reads_times_and_durations(text: str, expected: datetime) -> None:
    due = parse_reminder(text, now=NOW, tz=BERLIN)
    assert due == expected
    assert due.tzinfo is UTC


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tonight 5pm", "17:00 has already passed today"),
        ("today 17:59", "17:59 has already passed today"),
        ("tonight 8am", "08:00 has already passed today"),
        ("in 200 hours", f"up to {MAX_AHEAD.days} days ahead"),
        ("in 30", "couldn't read “in 30”"),  # minutes or hours? ask, don't guess
        ("in 0 min", "couldn't read"),
        ("tonight", "couldn't read"),
        ("after dinner", "couldn't read"),
        ("in 99999 hours", "days ahead"),
        ("25:00", "couldn't read"),
        ("", "When is the talk?"),
        ("<i>soon</i>", "&lt;i&gt;soon&lt;/i&gt;"),
    ],
)
def test_parse_reminder_refuses_past_far_and_garbage_kindly(text: str, message: str) -> None:
    with pytest.raises(ReminderParseError) as caught:
        parse_reminder(text, now=NOW, tz=BERLIN)
    assert isinstance(caught.value, ValueError)
    assert message in caught.value.user_message


def test_parse_reminder_durations_count_real_time_across_spring_forward() -> None:
    now = local(2024, 3, 31, 1, 30)  # the clock jumps from 02:00 to 03:00 in 30 minutes
    assert parse_reminder("in 2 hours", now=now, tz=BERLIN) == local(2024, 3, 31, 4, 30)


def test_parse_reminder_wall_time_in_a_gap_fires_when_the_gap_ends() -> None:
    now = local(2024, 3, 31, 1, 0)
    assert parse_reminder("02:30", now=now, tz=BERLIN) == local(2024, 3, 31, 3, 0)


def test_parse_reminder_uses_the_users_day_not_utcs() -> None:
    now = local(2024, 7, 10, 21, 0, tz=NEW_YORK)  # already 01:00 on the 11th in UTC
    assert parse_reminder("tonight 10pm", now=now, tz=NEW_YORK) == local(
        2024, 7, 10, 22, tz=NEW_YORK
    )
    assert parse_reminder("tomorrow 7am", now=now, tz=NEW_YORK) == local(
        2024, 7, 11, 7, tz=NEW_YORK
    )


def test_parse_reminder_accepts_the_full_week_but_no_more() -> None:
    assert parse_reminder("in 168 hours", now=NOW, tz=BERLIN) == NOW + MAX_AHEAD
    with pytest.raises(ReminderParseError):
        parse_reminder("in 168 hours 1 min", now=NOW, tz=BERLIN)


def test_parse_reminder_rejects_a_naive_now() -> None:
    with pytest.raises(ValueError, match="aware"):
        parse_reminder("20:30", now=datetime(2024, 7, 10, 18), tz=BERLIN)


@given(
    st.text(max_size=40) | st.from_regex(r"in \d{1,6}(\.\d{1,4})? ?(h|hours|min|m)", fullmatch=True)
)
def test_parse_reminder_only_ever_raises_friendly_errors(text: str) -> None:
    try:
        due = parse_reminder(text, now=NOW, tz=BERLIN)
    except ReminderParseError as exc:
        assert exc.user_message
    else:
        assert NOW < due <= NOW + MAX_AHEAD
