"""Users and their privacy settings, update de-duplication, group notices."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Unpack

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import repository as repo
from bot.db.models import User
from bot.discreet import trail

Sessions = async_sessionmaker[AsyncSession]


@dataclass(frozen=True, slots=True)
class UserSettings:
    """The settings the privacy screens show."""

    user_id: int
    keep_drafts: bool
    discreet_delay_s: int | None
    time_zone: str
    therapy_hints: bool


def _settings(user: User) -> UserSettings:
    return UserSettings(
        user_id=user.id,
        keep_drafts=user.keep_drafts,
        discreet_delay_s=user.discreet_delete_seconds,
        time_zone=user.time_zone,
        therapy_hints=user.therapy_hints,
    )


def _noted(settings: UserSettings) -> UserSettings:
    """`settings`, their discreet-mode delay passed on to the update's trail (bot.discreet)."""
    trail.note_delay(user_id=settings.user_id, delay_s=settings.discreet_delay_s)
    return settings


async def ensure_user(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int
) -> UserSettings:
    """The user's settings, creating the user with defaults on first contact."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        settings = _settings(user)
    return _noted(settings)


async def claim_group_notice(sessions: Sessions, *, now: datetime, chat_id: int) -> bool:
    """True the first time a group should be told that Tend works in private chats."""
    async with sessions.begin() as session:
        return await repo.claim_group_notice(session, chat_id=chat_id, now=now)


async def mark_blocked(sessions: Sessions, *, now: datetime, user_id: int) -> None:
    """Remember that the user blocked the bot, so nothing more is sent to them."""
    async with sessions.begin() as session:
        await repo.mark_blocked(session, user_id=user_id, now=now)


async def set_keep_drafts(
    sessions: Sessions, *, now: datetime, user_id: int, keep: bool
) -> UserSettings:
    """Opt in to (or out of) keeping draft text; opting out erases what was kept."""
    return await _update_settings(sessions, now=now, user_id=user_id, keep_drafts=keep)


async def set_discreet(
    sessions: Sessions, *, now: datetime, user_id: int, delay_seconds: int | None
) -> UserSettings:
    """Turn discreet mode on with a delay, or off with None."""
    return await _update_settings(
        sessions, now=now, user_id=user_id, discreet_delete_seconds=delay_seconds
    )


async def _update_settings(
    sessions: Sessions, *, now: datetime, user_id: int, **columns: Unpack[repo.UserColumns]
) -> UserSettings:
    """Change the user's privacy columns (creating the user first) and read them back."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=now)
        await repo.update_user(session, user_id=user_id, **columns)
        await session.refresh(user)
        settings = _settings(user)
    return _noted(settings)
