"""The /history switches: the weekly summary's day and time, and the therapy hint."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from bot.db import repository as repo
from bot.db.models import User
from bot.users.service import Sessions


@dataclass(frozen=True, slots=True)
class HistorySettings:
    """The switches /history shows. Weekdays count from Monday = 0, times are local."""

    time_zone: str
    weekly_summary: bool
    weekday: int
    local_time: time
    therapy_hints: bool
    therapy_hint_seen: bool  # a hint was shown once (or hints are off): offer the switch


def settings_of(user: User) -> HistorySettings:
    """The switches as stored on the user's row."""
    return HistorySettings(
        time_zone=user.time_zone,
        weekly_summary=user.weekly_summary,
        weekday=user.weekly_summary_weekday,
        local_time=user.weekly_summary_time,
        therapy_hints=user.therapy_hints,
        therapy_hint_seen=user.last_therapy_hint_at is not None or not user.therapy_hints,
    )


async def get_settings(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int
) -> HistorySettings:
    """The user's /history switches (creating the user on first contact)."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        return settings_of(user)


async def set_therapy_hints(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, enabled: bool
) -> HistorySettings:
    """Turn the therapy hint off, or back on (still at most once a month)."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        user.therapy_hints = enabled
        await session.flush()
        return settings_of(user)
