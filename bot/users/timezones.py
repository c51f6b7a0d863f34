"""Reading what users type for a time of day and a time zone.

A zone is returned as ParsedZone(name, tz). Store `name`; `zone_from_name(name)` gives the tzinfo
back. Names are IANA names ("Europe/Berlin"), "UTC", or a fixed offset written "UTC+05:30".
Whole-hour offsets become `Etc/GMT±N` ZoneInfo objects (whose sign is inverted: UTC+2 is
Etc/GMT-2); offsets with minutes have no IANA zone, so they become `datetime.timezone`. That is
why callers take a `tzinfo`, not a `ZoneInfo`.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import time, timedelta, timezone, tzinfo
from typing import Any, Final
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot.nudges import texts


class InputError(ValueError):
    """Typed input Tend could not use. `user_message` is ready to send (Telegram HTML)."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class TimeParseError(InputError):
    """Not a time of day."""


class ZoneParseError(InputError):
    """Not a time zone Tend can use."""


@dataclass(frozen=True, slots=True)
class ParsedZone:
    """A time zone the user chose: store `name`, compute with `tz`."""

    name: str
    tz: tzinfo


_TIME: Final = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?(am|pm|a|p)?")
_COMPACT_TIME: Final = re.compile(r"(\d{1,2})(\d{2})")
_OFFSET: Final = re.compile(r"(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?")
_CANONICAL_OFFSET: Final = re.compile(r"UTC([+-])(\d{2}):(\d{2})")
_UTC_WORDS: Final = frozenset({"utc", "gmt", "z", "zulu"})
_MIN_OFFSET, _MAX_OFFSET = -12 * 60, 14 * 60
# Areas holding real places; legacy groups (US/, Brazil/, Etc/) stay reachable by full name only.
_CITY_AREAS: Final = frozenset(
    {"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe"}
    | {"Indian", "Pacific"}
)
_NOT_ZONES: Final = frozenset({"Factory", "localtime", "posixrules"})
# Places people type that are not a zone's own city.
_ALIASES: Final = {
    "Asia/Kolkata": (
        *("Delhi", "New Delhi", "Mumbai", "Bombay", "Bengaluru", "Bangalore"),
        *("Chennai", "Hyderabad", "Pune", "Calcutta", "India"),
    ),
    "America/New_York": ("NYC", "Washington", "Boston", "Miami", "Atlanta", "Philadelphia"),
    "America/Chicago": ("Dallas", "Houston", "Austin"),
    "America/Los_Angeles": ("San Francisco", "Seattle", "San Diego", "Las Vegas"),
    "America/Toronto": ("Montreal", "Ottawa"),
    "America/Edmonton": ("Calgary",),
    "America/Sao_Paulo": ("Rio", "Rio de Janeiro", "Brasilia"),
    "Europe/Berlin": ("Munich", "Hamburg", "Frankfurt", "Cologne", "Germany"),
    "Europe/London": ("Manchester", "Edinburgh", "Glasgow", "Birmingham", "UK"),
    "Europe/Madrid": ("Barcelona", "Valencia", "Seville"),
    "Europe/Rome": ("Milan", "Florence", "Venice", "Naples"),
    "Europe/Zurich": ("Geneva", "Basel"),
    "Europe/Moscow": ("St Petersburg", "Saint Petersburg"),
    "Asia/Shanghai": ("Beijing", "Shenzhen", "Guangzhou", "China"),
    "Asia/Tokyo": ("Osaka", "Kyoto", "Japan"),
    "Asia/Jerusalem": ("Tel Aviv",),
    "Asia/Dubai": ("Abu Dhabi",),
    "Asia/Ho_Chi_Minh": ("Saigon", "Ho Chi Minh City"),
    "Asia/Bangkok": ("Hanoi",),
    "Asia/Riyadh": ("Jeddah", "Mecca"),
    "Australia/Sydney": ("Canberra",),
    "Pacific/Auckland": ("Wellington", "Christchurch"),
    "Africa/Johannesburg": ("Cape Town", "Pretoria"),
}
# Abbreviations name several places and ignore summer time; a city is the honest answer.
# fmt: off
_ABBREVIATIONS: Final = {
    "est": "New York", "edt": "New York", "cst": "Chicago", "cdt": "Chicago",
    "mst": "Denver", "mdt": "Denver", "pst": "Los Angeles", "pdt": "Los Angeles",
    "hst": "Honolulu", "bst": "London", "wet": "Lisbon", "cet": "Berlin", "cest": "Berlin",
    "met": "Berlin", "eet": "Athens", "eest": "Athens", "msk": "Moscow", "ist": "Kolkata",
    "jst": "Tokyo", "aest": "Sydney", "aedt": "Sydney", "nzst": "Auckland",
}
# fmt: on
# Zones named the way people say them ("Central Time", "UK time"), after "time" is set aside.
_COMMON_NAMES: Final = {
    **dict.fromkeys(("eastern", "us eastern", "et"), "America/New_York"),
    **dict.fromkeys(("central", "us central", "ct"), "America/Chicago"),
    **dict.fromkeys(("mountain", "us mountain", "mt"), "America/Denver"),
    **dict.fromkeys(("pacific", "us pacific", "pt"), "America/Los_Angeles"),
    **dict.fromkeys(("alaska", "alaskan"), "America/Anchorage"),
    **dict.fromkeys(("hawaii", "hawaiian", "hawaii aleutian"), "Pacific/Honolulu"),
    **dict.fromkeys(("atlantic", "canada atlantic"), "America/Halifax"),
    **dict.fromkeys(("newfoundland",), "America/St_Johns"),
    **dict.fromkeys(("uk", "british", "greenwich mean", "irish"), "Europe/London"),
    **dict.fromkeys(("central european", "western european summer"), "Europe/Berlin"),
    **dict.fromkeys(("eastern european",), "Europe/Athens"),
    **dict.fromkeys(("western european",), "Europe/Lisbon"),
    **dict.fromkeys(("india", "indian"), "Asia/Kolkata"),
    **dict.fromkeys(("japan", "japanese"), "Asia/Tokyo"),
    **dict.fromkeys(("china", "chinese", "beijing"), "Asia/Shanghai"),
    **dict.fromkeys(("australian eastern", "aus eastern", "sydney"), "Australia/Sydney"),
    **dict.fromkeys(("australian central",), "Australia/Adelaide"),
    **dict.fromkeys(("australian western",), "Australia/Perth"),
    **dict.fromkeys(("new zealand", "nz"), "Pacific/Auckland"),
    **dict.fromkeys(("moscow",), "Europe/Moscow"),
}
_TIME_WORDS: Final = re.compile(r"\s+(?:standard\s+|daylight\s+|summer\s+)?(?:time|zone)$")


def parse_time(text: str) -> time:
    """A wall time from "20:30", "20.30", "8:30pm", "8pm", "8 p.m.", "0830", "noon"."""
    compact = "".join(text.lower().split()).replace("a.m.", "am").replace("p.m.", "pm")
    if compact in {"noon", "midday"}:
        return time(12, 0)
    if compact == "midnight":
        return time(0, 0)
    half: str | None = None
    if match := _TIME.fullmatch(compact):
        half = match[3]
    elif not (match := _COMPACT_TIME.fullmatch(compact)):
        raise TimeParseError(texts.time_not_understood(text))
    hour, minute = int(match[1]), int(match[2] or 0)
    if half is not None:
        if not 1 <= hour <= 12:
            raise TimeParseError(texts.time_out_of_range(text))
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise TimeParseError(texts.time_out_of_range(text))
    return time(hour, minute)


def parse_timezone(text: str) -> ParsedZone:
    """A zone from an IANA name (any case), a city ("new york", "São Paulo") or "UTC+2"."""
    raw = " ".join(text.split())
    tries = [raw, raw.split(",", 1)[0].strip()] if "," in raw else [raw]
    for attempt in tries:
        found = _lookup(attempt, original=text)
        if found is not None:
            return found
    key = _city_key(tries[-1])
    if not key:
        raise ZoneParseError(texts.zone_not_understood(text, None))
    index = _city_index()
    close = difflib.get_close_matches(key, list(index), n=1, cutoff=0.8)
    suggestion = index[close[0]][1] if close else None
    raise ZoneParseError(texts.zone_not_understood(text, suggestion))


def names_a_zone(text: str) -> bool:
    """Whether `text` is an attempt at a time zone: one Tend knows, or an abbreviation or an
    offset it would explain. Cheap (no fuzzy matching), for telling answers from drafts."""
    raw = " ".join(text.split())
    if not raw or len(raw) > 40:
        return False
    try:
        return _lookup(raw, original=text) is not None
    except InputError:
        return True


def zone_from_name(name: str) -> tzinfo:
    """The tzinfo for a name stored from ParsedZone.name; ValueError for anything else."""
    match = _CANONICAL_OFFSET.fullmatch(name)
    if match is not None:
        sign = -1 if match[1] == "-" else 1
        return _offset_zone(sign * (int(match[2]) * 60 + int(match[3])))
    if name in _NOT_ZONES:
        raise ValueError(f"not a usable time zone name: {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(f"unknown time zone name: {name!r}") from exc


def offset_name(total_minutes: int) -> str:
    """The stored name for a fixed offset: "UTC" or "UTC+05:30" / "UTC-03:00"."""
    if total_minutes == 0:
        return "UTC"
    sign = "-" if total_minutes < 0 else "+"
    hours, minutes = divmod(abs(total_minutes), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def _lookup(text: str, *, original: str) -> ParsedZone | None:
    lowered = text.lower().replace("−", "-").replace("–", "-")
    compact = "".join(lowered.split())
    if compact in _UTC_WORDS:
        return ParsedZone("UTC", _offset_zone(0))
    offset = _OFFSET.fullmatch(compact)
    if offset is not None:
        minutes = int(offset[2]) * 60 + int(offset[3] or 0)
        total = -minutes if offset[1] == "-" else minutes
        if int(offset[3] or 0) not in {0, 30, 45} or not _MIN_OFFSET <= total <= _MAX_OFFSET:
            raise ZoneParseError(texts.offset_out_of_range(original))
        return ParsedZone(offset_name(total), _offset_zone(total))
    if compact in _ABBREVIATIONS:
        raise ZoneParseError(texts.zone_abbreviation(original, _ABBREVIATIONS[compact]))
    name = _iana_index().get(lowered.replace(" ", "_")) or _common_name(lowered)
    if name is None:
        entry = _city_index().get(_city_key(text))
        name = entry[0] if entry is not None else None
    return None if name is None else ParsedZone(name, ZoneInfo(name))


def _common_name(lowered: str) -> str | None:
    """ "Central Time", "US Pacific", "central european summer time": the zone people mean."""
    plain = " ".join(re.sub(r"[()/.,-]", " ", lowered).split())
    plain = re.sub(r"^(?:the|us)\s+(?=\w+\s+time$)", "", plain)
    named = _TIME_WORDS.sub("", plain)
    if named == plain and plain not in {"us eastern", "us central", "us mountain", "us pacific"}:
        return None  # "Pacific" alone is an ocean and an IANA area; only "Pacific Time" is a zone
    return _COMMON_NAMES.get(named)


def zone_at(latitude: float, longitude: float) -> ParsedZone | None:
    """The zone at a shared location (offline boundary data); None at sea or if unknown."""
    try:
        name = _finder().timezone_at(lat=latitude, lng=longitude)
    except ValueError:  # off the globe: Telegram sends none, a crafted update might
        return None
    if name is None or name.startswith("Etc/") or name in _NOT_ZONES:
        return None
    try:
        return ParsedZone(name, ZoneInfo(name))
    except (ZoneInfoNotFoundError, ValueError):
        return None


@functools.cache
def _finder() -> Any:
    # Imported on first use: the boundary data is read from disk only when someone shares
    # a location, never at start-up.
    from timezonefinder import TimezoneFinder

    return TimezoneFinder(in_memory=False)


def _offset_zone(total_minutes: int) -> tzinfo:
    if total_minutes == 0:
        return ZoneInfo("UTC")
    hours, minutes = divmod(abs(total_minutes), 60)
    if minutes == 0:
        # POSIX sign convention: Etc/GMT-2 is two hours *ahead* of UTC.
        return ZoneInfo(f"Etc/GMT{'-' if total_minutes > 0 else '+'}{hours}")
    return timezone(timedelta(minutes=total_minutes), offset_name(total_minutes))


def _city_key(text: str) -> str:
    """Case, accents and punctuation folded away: "São_Paulo" and "sao paulo" meet."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[_\-.'’]", " ", letters).split())


@functools.cache
def _iana_index() -> dict[str, str]:
    """Lower-case IANA name -> IANA name. Built on first use, not at import."""
    return {n.lower(): n for n in available_timezones() if n not in _NOT_ZONES}


@functools.cache
def _city_index() -> dict[str, tuple[str, str]]:
    """City key -> (IANA name, city as written for a suggestion)."""
    index: dict[str, tuple[str, str]] = {}
    # Aliases first: they also point legacy names (Calcutta, Saigon) at today's zone.
    for name, places in _ALIASES.items():
        for place in places:
            index[_city_key(place)] = (name, place)
    # Deepest path first so America/Argentina/Buenos_Aires beats the legacy America/Buenos_Aires.
    for name in sorted(_iana_index().values(), key=lambda n: (-n.count("/"), n)):
        area, _, rest = name.partition("/")
        if area in _CITY_AREAS and rest:
            city = rest.rsplit("/", 1)[-1].replace("_", " ")
            index.setdefault(_city_key(city), (name, city))
    return index
