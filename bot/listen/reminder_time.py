"""One-time "remind me before a talk": what the user typed -> when to remind them (UTC).

The /listen card and reminder wording live in texts.py; the optional daily listening reminder is
scheduled like a nudge, with schedule.next_due.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Final

from bot.nudges import texts
from bot.nudges.schedule import resolve_local
from bot.users.timezones import InputError, TimeParseError, parse_time

# Far enough for "the talk is on Sunday", near enough that the reminder is still wanted.
MAX_AHEAD: Final = timedelta(days=7)
_PREFIX: Final = re.compile(r"^(?:remind me\s*)?(?:at\s+|@\s*)?")
_DURATION: Final = re.compile(
    r"in\s*"
    r"(?:(?P<hours>\d{1,5}(?:[.,]\d{1,3})?|an?|half\s*an?)\s*(?:hours?|hrs?|h))?"
    r"\s*(?:and\s*)?"
    r"(?:(?P<minutes>\d{1,5})\s*(?P<unit>minutes?|mins?|m)?)?"
)
_DAY_WORDS: Final = {"today": 0, "tonight": 0, "this evening": 0, "tomorrow": 1}
_DAY: Final = "(?P<day>" + "|".join(_DAY_WORDS) + ")"
_DAY_FIRST: Final = re.compile(_DAY + r"\s*(?:at\s*)?(?P<t>.+)")
_DAY_LAST: Final = re.compile(r"(?P<t>.+?)\s*" + _DAY)
_HAS_HALF_OF_DAY: Final = re.compile(r"[ap]\.?m\b|noon|midnight")


class ReminderParseError(InputError):
    """The reminder time could not be read, has passed, or is too far ahead."""


def parse_reminder(text: str, *, now: datetime, tz: tzinfo) -> datetime:
    """When to send a one-time reminder (aware UTC), from "20:30", "in 2 hours", "in 30 min",
    "tonight 8pm" or "tomorrow 9am", read in the user's zone `tz` at instant `now`.

    A bare time that has passed today means tomorrow; "today"/"tonight" with a passed time is
    refused, as is anything more than MAX_AHEAD away.
    """
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    cleaned = _PREFIX.sub("", " ".join(text.lower().split()))
    duration = _parse_duration(cleaned)
    if duration is not None:
        due = now.astimezone(UTC) + duration
    else:
        due = _parse_wall_time(cleaned, text, now=now, tz=tz)
    if due - now > MAX_AHEAD:
        raise ReminderParseError(texts.reminder_too_far(MAX_AHEAD.days))
    return due


def _parse_duration(cleaned: str) -> timedelta | None:
    match = _DURATION.fullmatch(cleaned)
    if match is None or (match["hours"] is None and match["minutes"] is None):
        return None
    if match["hours"] is None and match["unit"] is None:
        return None  # "in 30": minutes or hours? Better to ask than guess.
    hours = _hours(match["hours"]) if match["hours"] is not None else 0.0
    minutes = int(match["minutes"] or 0)
    duration = timedelta(hours=hours, minutes=minutes)
    return duration if duration >= timedelta(minutes=1) else None


def _hours(word: str) -> float:
    if word.startswith("half"):
        return 0.5
    if word in {"a", "an"}:
        return 1.0
    return float(word.replace(",", "."))


def _parse_wall_time(cleaned: str, original: str, *, now: datetime, tz: tzinfo) -> datetime:
    day_word: str | None = None
    time_text = cleaned
    if match := _DAY_FIRST.fullmatch(cleaned) or _DAY_LAST.fullmatch(cleaned):
        day_word, time_text = match["day"], match["t"]
    try:
        wall = parse_time(time_text)
    except TimeParseError as exc:
        raise ReminderParseError(texts.reminder_not_understood(original)) from exc
    evening = day_word in {"tonight", "this evening"}
    if evening and 1 <= wall.hour <= 11 and not _HAS_HALF_OF_DAY.search(time_text):
        wall = wall.replace(hour=wall.hour + 12)  # "tonight 8" is 20:00
    today = now.astimezone(tz).date()
    day = today + timedelta(days=_DAY_WORDS.get(day_word or "today", 0))
    due = resolve_local(day, wall, tz)
    if due is not None and due <= now and day_word is None:
        due = resolve_local(day + timedelta(days=1), wall, tz)
    if due is None:
        raise ReminderParseError(texts.reminder_not_understood(original))
    if due <= now:
        local = datetime.combine(day, wall, tzinfo=tz)
        raise ReminderParseError(texts.reminder_in_past(local))
    return due
