"""Reading typed times and time zones, and storing zones by a name that round-trips."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.users.answers import answers
from bot.users.timezones import (
    _ALIASES,
    InputError,
    TimeParseError,
    ZoneParseError,
    names_a_zone,
    offset_name,
    parse_time,
    parse_timezone,
    zone_at,
    zone_from_name,
)

SUMMER = datetime(2024, 7, 1, 12, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20:30", time(20, 30)),
        ("8:30pm", time(20, 30)),
        ("8:30 PM", time(20, 30)),
        ("20.30", time(20, 30)),
        ("8pm", time(20)),
        ("8 p.m.", time(20)),
        ("7am", time(7)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("12:15am", time(0, 15)),
        ("0:05", time(0, 5)),
        ("09:00", time(9)),
        ("9", time(9)),
        ("0830", time(8, 30)),
        ("2030", time(20, 30)),
        ("20h30", time(20, 30)),
        ("  21:45 ", time(21, 45)),
        ("noon", time(12)),
        ("Midnight", time(0)),
    ],
)
def test_parse_time_accepts_common_forms(text: str, expected: time) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Send me a time"),
        ("soon", "couldn't read “soon”"),
        ("20:3", "couldn't read"),
        ("8:30xm", "couldn't read"),
        ("24:00", "isn't on the clock"),
        ("25", "isn't on the clock"),
        ("13pm", "isn't on the clock"),
        ("0am", "isn't on the clock"),
        ("8:60", "isn't on the clock"),
        ("<b>8</b>", "&lt;b&gt;8&lt;/b&gt;"),
    ],
)
def test_parse_time_explains_what_it_could_not_read(text: str, message: str) -> None:
    with pytest.raises(TimeParseError) as caught:
        parse_time(text)
    assert isinstance(caught.value, ValueError)
    assert message in caught.value.user_message
    assert "20:30" in caught.value.user_message or "21:00" in caught.value.user_message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("AMERICA/NEW_YORK", "America/New_York"),
        ("america/new york", "America/New_York"),
        ("Berlin", "Europe/Berlin"),
        ("berlin, germany", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("New_York", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("London", "Europe/London"),
        ("Toronto", "America/Toronto"),
        ("Sydney", "Australia/Sydney"),
        ("Tokyo", "Asia/Tokyo"),
        ("Delhi", "Asia/Kolkata"),
        ("Mumbai", "Asia/Kolkata"),
        ("Kolkata", "Asia/Kolkata"),
        ("Calcutta", "Asia/Kolkata"),
        ("buenos aires", "America/Argentina/Buenos_Aires"),
        ("Port-au-Prince", "America/Port-au-Prince"),
        ("Zürich", "Europe/Zurich"),
        ("UTC", "UTC"),
        ("gmt", "UTC"),
        ("UTC+2", "UTC+02:00"),
        ("utc +2", "UTC+02:00"),
        ("+05:30", "UTC+05:30"),
        ("+0530", "UTC+05:30"),
        ("GMT-3", "UTC-03:00"),
        ("UTC−3", "UTC-03:00"),  # a typographic minus
        ("UTC+5:45", "UTC+05:45"),
        ("+14", "UTC+14:00"),
        ("-12", "UTC-12:00"),
        ("utc+0", "UTC"),
        ("Etc/GMT-2", "Etc/GMT-2"),
    ],
)
def test_parse_timezone_understands_names_cities_and_offsets(text: str, name: str) -> None:
    parsed = parse_timezone(text)
    assert parsed.name == name
    assert zone_from_name(parsed.name) == parsed.tz
    assert (
        SUMMER.astimezone(zone_from_name(name)).utcoffset()
        == SUMMER.astimezone(parsed.tz).utcoffset()
    )


@pytest.mark.parametrize(
    ("text", "hours"),
    [("UTC+2", 2), ("GMT-3", -3), ("+14", 14), ("UTC-12", -12), ("+05:30", 5.5), ("-03:30", -3.5)],
)
def test_parse_timezone_offset_sign_is_not_inverted(text: str, hours: float) -> None:
    assert SUMMER.astimezone(parse_timezone(text).tz).utcoffset() == timedelta(hours=hours)


def test_parse_timezone_whole_hours_use_etc_zones() -> None:
    assert parse_timezone("UTC+2").tz == ZoneInfo("Etc/GMT-2")
    assert parse_timezone("GMT-3").tz == ZoneInfo("Etc/GMT+3")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Berln", "Did you mean <b>Berlin</b>?"),
        ("Torontoo", "Did you mean <b>Toronto</b>?"),
        ("Narnia", "Try a big city near you"),
        ("EST", "like <i>New York</i>"),
        ("pst", "like <i>Los Angeles</i>"),
        ("IST", "like <i>Kolkata</i>"),
        ("UTC+15", "isn't an offset in use"),
        ("+5:15", "isn't an offset in use"),
        ("-13", "isn't an offset in use"),
        ("", "Which time zone are you in?"),
        ("posixrules", "Try a big city"),
        ("<script>", "&lt;script&gt;"),
    ],
)
def test_parse_timezone_explains_what_it_could_not_use(text: str, message: str) -> None:
    with pytest.raises(ZoneParseError) as caught:
        parse_timezone(text)
    assert isinstance(caught.value, InputError)
    assert message in caught.value.user_message


@pytest.mark.parametrize(
    "place", sorted({place for places in _ALIASES.values() for place in places})
)
def test_parse_timezone_every_alias_points_at_a_real_zone(place: str) -> None:
    parsed = parse_timezone(place)
    assert parsed.tz == ZoneInfo(parsed.name)


@given(
    hours=st.integers(min_value=-12, max_value=14),
    minutes=st.sampled_from([0, 30, 45]),
)
def test_zone_from_name_round_trips_every_offset(hours: int, minutes: int) -> None:
    total = hours * 60 + (minutes if hours >= 0 else -minutes)
    if not -12 * 60 <= total <= 14 * 60:
        return
    sign = "-" if total < 0 else "+"
    parsed = parse_timezone(f"UTC{sign}{abs(total) // 60}:{abs(total) % 60:02d}")
    assert parsed.name == offset_name(total)
    restored = zone_from_name(parsed.name)
    assert SUMMER.astimezone(restored).utcoffset() == timedelta(minutes=total)
    assert zone_from_name(parsed.name) == restored


@pytest.mark.parametrize("name", ["Mars/Olympus", "../etc/passwd", "localtime", "", "UTC+5"])
def test_zone_from_name_rejects_unknown_names(name: str) -> None:
    with pytest.raises(ValueError, match="time zone name"):
        zone_from_name(name)


@given(st.text(max_size=40))
def test_parse_time_and_timezone_only_ever_raise_friendly_errors(text: str) -> None:
    for parse in (parse_time, parse_timezone):
        try:
            parse(text)
        except InputError as exc:
            assert exc.user_message


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Central Time", "America/Chicago"),
        ("central standard time", "America/Chicago"),
        ("US Central", "America/Chicago"),
        ("Eastern Time", "America/New_York"),
        ("Pacific Time", "America/Los_Angeles"),
        ("Mountain Time", "America/Denver"),
        ("UK time", "Europe/London"),
        ("Central European Time", "Europe/Berlin"),
        ("India time", "Asia/Kolkata"),
    ],
)
def test_parse_timezone_understands_zones_named_as_people_say_them(text: str, name: str) -> None:
    assert parse_timezone(text).name == name


def test_parse_timezone_pacific_alone_is_not_a_time_zone() -> None:
    with pytest.raises(ZoneParseError):
        parse_timezone("Pacific")


@pytest.mark.parametrize(
    ("latitude", "longitude", "name"),
    [
        (41.88, -87.63, "America/Chicago"),
        (52.52, 13.40, "Europe/Berlin"),
        (-33.87, 151.21, "Australia/Sydney"),
        (0.0, -30.0, None),  # at sea: no zone to name
        (95.0, 13.4, None),  # off the globe
    ],
)
def test_zone_at_a_shared_location(latitude: float, longitude: float, name: str | None) -> None:
    found = zone_at(latitude, longitude)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("text", "attempt"),
    [("Chicago", True), ("CST", True), ("UTC+14", True), ("UTC+15", True), ("hi there", False)],
)
def test_names_a_zone_tells_attempts_from_other_words(text: str, attempt: bool) -> None:
    assert names_a_zone(text) is attempt


@pytest.mark.parametrize(
    ("question", "text", "answers_it"),
    [
        ("zone", "Chicago", True),
        ("zone", "Chicgo", True),  # a typo is an attempt: asked again, never checked
        ("zone", "you never listen", False),
        ("zone_on", "Central Time", True),
        ("time", "8:30pm", True),
        ("time", "Chicago", False),
        ("listen_daily", "6pm", True),
        ("reminder", "in 2 hours", True),
        ("reminder", "you always forget", False),
    ],
)
def test_answers_tells_an_answer_from_a_draft(question: str, text: str, answers_it: bool) -> None:
    assert answers(question, text) is answers_it
