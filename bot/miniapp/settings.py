"""The Mini App's settings: read and changed through the very services the chat uses.

Each change names one setting, is checked by the chat's own parser for it (`parse_time`,
`parse_timezone`, `parse_frequency`, the discreet-mode choices of /privacy) and applied by
the chat's service, so a time set here is what /nudges shows, and no rule has a second copy.
"""

from __future__ import annotations

import functools
import html
import re
from datetime import datetime, time
from typing import Any, Final

from bot.listen import service as listen
from bot.miniapp import texts
from bot.nudges import service as nudges
from bot.nudges.schedule import FREQUENCIES, parse_frequency
from bot.nudges.service import NudgeView
from bot.nudges.texts import FREQUENCY_LABELS
from bot.privacy.texts import DISCREET_CHOICES, delay_label
from bot.users import service as users
from bot.users.service import Sessions
from bot.users.timezones import InputError, parse_time, parse_timezone, zone_from_name

# The searchable list: "UTC" and every IANA zone named after a place.
_ZONE_AREAS: Final = (
    *("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia"),
    *("Europe", "Indian", "Pacific"),
)


class ChangeError(ValueError):
    """A change the page asked for that cannot be made; `user_message` is plain text."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Every zone the list offers, sorted; each one `parse_timezone` accepts."""
    from zoneinfo import available_timezones

    places = sorted(name for name in available_timezones() if name.split("/", 1)[0] in _ZONE_AREAS)
    return ("UTC", *(name for name in places if _usable(name)))


def _usable(name: str) -> bool:
    try:
        zone_from_name(name)
        return parse_timezone(name).name == name
    except (InputError, ValueError):
        return False


def _plain(message: str) -> str:
    """A chat message (Telegram HTML) as the page's plain text."""
    return html.unescape(re.sub(r"<[^>]+>", "", message))


def _clock(at: time | None) -> str | None:
    return None if at is None else f"{at.hour:02d}:{at.minute:02d}"


def choices() -> dict[str, Any]:
    """What the page offers to pick from (the same for everyone)."""
    return {
        "frequencies": [{"key": f, "label": FREQUENCY_LABELS[f]} for f in FREQUENCIES],
        "discreet": [
            {"key": key, "label": delay_label(seconds)} for key, seconds in DISCREET_CHOICES.items()
        ],
        "zones": list(zone_names()),
    }


def _nudges_json(view: NudgeView, now: datetime) -> dict[str, Any]:
    next_local = view.next_local()
    return {
        "enabled": view.enabled,
        "time": _clock(view.local_time),
        "zone": view.zone_name,
        "frequency": view.frequency,
        "paused": view.paused(now),
        "next": next_local.strftime("%a %d %b, %H:%M") if next_local else None,
        "done": view.done_count,
    }


def _listen_json(view: listen.ListenView) -> dict[str, Any]:
    return {"daily_time": _clock(view.daily_time)}


def _privacy_json(settings: users.UserSettings) -> dict[str, Any]:
    delay = settings.discreet_delay_s
    discreet = next((k for k, s in DISCREET_CHOICES.items() if s == delay), None)
    return {
        "keep_drafts": settings.keep_drafts,
        "discreet": discreet or ("other" if delay else "off"),
    }


async def load(sessions: Sessions, *, now: datetime, user_id: int) -> dict[str, Any]:
    """Everything the settings and privacy pages show, for `user_id` only."""
    ids = {"user_id": user_id, "chat_id": user_id}
    nudge_view = await nudges.get_view(sessions, now=now, **ids)
    listen_view = await listen.get_view(sessions, now=now, **ids)
    privacy = await users.ensure_user(sessions, now=now, **ids)
    return {
        "nudges": _nudges_json(nudge_view, now),
        "listen": _listen_json(listen_view),
        "privacy": _privacy_json(privacy),
    }


def _time(value: object) -> time:
    if not isinstance(value, str):
        raise ChangeError(texts.BAD_REQUEST)
    try:
        return parse_time(value)
    except InputError as exc:
        raise ChangeError(texts.BAD_REQUEST) from exc


async def change(
    sessions: Sessions, *, now: datetime, user_id: int, what: str, value: object
) -> dict[str, Any]:
    """Apply one change to `user_id`'s own settings, or raise ChangeError. Returns the
    section it changed ("nudges", "listen" or "privacy"), as `load` shows it."""
    ids = {"user_id": user_id, "chat_id": user_id}
    view: NudgeView
    match what, value:
        case "nudge_time", _:
            view = await nudges.set_time(sessions, now=now, local_time=_time(value), **ids)
        case "zone", str() if len(value) <= 64:
            try:
                # A name from the list, or what the user typed: a city, "UTC+2" (the chat's
                # rule, and its explanation when it cannot tell).
                zone = parse_timezone(value)
            except InputError as exc:
                raise ChangeError(_plain(exc.user_message)) from exc
            view = await nudges.set_zone(
                sessions, now=now, user_id=user_id, chat_id=user_id, zone=zone
            )
        case "frequency", str() if value in FREQUENCIES:
            frequency = parse_frequency(value)
            view = await nudges.set_frequency(sessions, now=now, frequency=frequency, **ids)
        case "nudges", False:
            view = await nudges.turn_off(sessions, now=now, **ids)
        case "nudges", True:
            if (await nudges.get_view(sessions, now=now, **ids)).zone_name is None:
                raise ChangeError(texts.ZONE_FIRST)
            view = await nudges.turn_on(sessions, now=now, **ids)
        case "paused", True:
            view = await nudges.pause_week(sessions, now=now, **ids)
        case "paused", False:
            view = await nudges.resume(sessions, now=now, **ids)
        case "listen_time", _:
            at = None if value is None else _time(value)
            daily = await listen.set_daily(sessions, now=now, at=at, **ids)
            return {"listen": _listen_json(daily)}
        case "keep_drafts", bool():
            kept = await users.set_keep_drafts(sessions, now=now, user_id=user_id, keep=value)
            return {"privacy": _privacy_json(kept)}
        case "discreet", str() if value == "off" or value in DISCREET_CHOICES:
            delay = DISCREET_CHOICES.get(value)
            chosen = await users.set_discreet(
                sessions, now=now, user_id=user_id, delay_seconds=delay
            )
            return {"privacy": _privacy_json(chosen)}
        case _:
            raise ChangeError(texts.BAD_REQUEST)
    return {"nudges": _nudges_json(view, now)}
