"""The user's time zone as stored: the "never chosen" rule and a tzinfo that is always usable.

Nudges, listening reminders, /history and weekly summaries all read `users.time_zone`
through here, so a zone change moves all of them the same way.
"""

from __future__ import annotations

import logging
from datetime import UTC, tzinfo
from typing import Final

from bot.users.timezones import ParsedZone, zone_from_name

log = logging.getLogger(__name__)

# `users.time_zone` defaults to "UTC" before the user says where they are; a user who picks UTC
# is stored as "Etc/UTC" (the same zone), so "never chosen" stays distinguishable.
UNSET_ZONE: Final = "UTC"
CHOSEN_UTC: Final = "Etc/UTC"


def stored_zone_name(zone: ParsedZone) -> str:
    """What to store in `users.time_zone` for a zone the user chose."""
    return CHOSEN_UTC if zone.name == UNSET_ZONE else zone.name


def shown_zone_name(stored: str) -> str | None:
    """The zone name to show the user; None while they have not chosen one."""
    if stored == UNSET_ZONE:
        return None
    return "UTC" if stored == CHOSEN_UTC else stored


def user_zone(stored: str) -> tzinfo:
    """The tzinfo for a stored zone name; UTC (logged) if the stored name is unusable."""
    try:
        return zone_from_name(stored)
    except ValueError:
        log.warning("unusable stored time zone %r; using UTC", stored)
        return UTC
