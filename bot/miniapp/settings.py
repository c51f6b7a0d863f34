"""The Mini App's settings: read and changed through the very services the chat uses.

Each change names one setting, is checked by the chat's own parser for it (`parse_time`,
`parse_timezone`, `parse_frequency`, the discreet-mode choices of /privacy) and applied by
the chat's service, so a time set here is what /nudges shows, and no rule has a second copy.
"""

from __future__ import annotations

import functools
from datetime import datetime, time
from typing import Any, Final

from bot.miniapp import texts
from bot.nudges.schedule import FREQUENCIES, parse_frequency
from bot.nudges.texts import FREQUENCY_LABELS
from bot.nudges.timezones import InputError, parse_time, parse_timezone, zone_from_name
from bot.replies.privacy import DISCREET_CHOICES, delay_label
from bot.services import listen, nudges, users
from bot.services.nudges import NudgeView
from bot.services.users import Sessions

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


async def load(sessions: Sessions, *, now: datetime, user_id: int) -> dict[str, Any]:
    """Everything the settings and privacy pages show, for `user_id` only."""
    ids = {"user_id": user_id, "chat_id": user_id}
    nudge_view = await nudges.get_view(sessions, now=now, **ids)
    listen_view = await listen.get_view(sessions, now=now, **ids)
    privacy = await users.ensure_user(sessions, now=now, **ids)
    discreet = next(
        (k for k, s in DISCREET_CHOICES.items() if s == privacy.discreet_delay_s),
        "off" if not privacy.discreet_delay_s else "other",
    )
    return {
        "nudges": _nudges_json(nudge_view, now),
        "listen": {"daily_time": _clock(listen_view.daily_time)},
        "privacy": {"keep_drafts": privacy.keep_drafts, "discreet": discreet},
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
) -> None:
    """Apply one change to `user_id`'s own settings, or raise ChangeError."""
    ids = {"user_id": user_id, "chat_id": user_id}
    match what, value:
        case "nudge_time", _:
            await nudges.set_time(sessions, now=now, local_time=_time(value), **ids)
        case "zone", str() if len(value) <= 64:
            try:
                zone = parse_timezone(value)
            except InputError as exc:
                raise ChangeError(texts.BAD_REQUEST) from exc
            await nudges.set_zone(sessions, now=now, user_id=user_id, chat_id=user_id, zone=zone)
        case "frequency", str() if value in FREQUENCIES:
            await nudges.set_frequency(sessions, now=now, frequency=parse_frequency(value), **ids)
        case "nudges", bool():
            if not value:
                await nudges.turn_off(sessions, now=now, **ids)
            elif (await nudges.get_view(sessions, now=now, **ids)).zone_name is None:
                raise ChangeError(texts.ZONE_FIRST)
            else:
                await nudges.turn_on(sessions, now=now, **ids)
        case "paused", bool():
            if value:
                await nudges.pause_week(sessions, now=now, **ids)
            else:
                await nudges.resume(sessions, now=now, **ids)
        case "listen_time", None:
            await listen.set_daily(sessions, now=now, at=None, **ids)
        case "listen_time", _:
            await listen.set_daily(sessions, now=now, at=_time(value), **ids)
        case "keep_drafts", bool():
            await users.set_keep_drafts(sessions, now=now, user_id=user_id, keep=value)
        case "discreet", str() if value == "off" or value in DISCREET_CHOICES:
            await users.set_discreet(
                sessions, now=now, user_id=user_id, delay_seconds=DISCREET_CHOICES.get(value)
            )
        case _:
            raise ChangeError(texts.BAD_REQUEST)
