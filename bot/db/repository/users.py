"""Users, their settings, and the once-per-group notice."""

from __future__ import annotations

from datetime import datetime, time
from typing import TypedDict, Unpack

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DraftCheck, GroupNotice, NudgeSettings, User
from bot.db.repository._sql import dialect_insert
from bot.nudges.schedule import Frequency


class UserColumns(TypedDict, total=False):
    """The user columns a service may change (see models.User)."""

    chat_id: int
    time_zone: str
    keep_drafts: bool
    blocked_at: datetime | None
    discreet_delete_seconds: int | None
    therapy_hints: bool
    last_therapy_hint_at: datetime | None
    weekly_summary: bool
    weekly_summary_weekday: int
    weekly_summary_time: time


class NudgeSettingsValues(TypedDict, total=False):
    """The nudge-settings columns a service may change (see models.NudgeSettings)."""

    enabled: bool
    local_time: time
    frequency: Frequency
    paused_until: datetime | None
    next_due_at: datetime | None
    listen_reminder_time: time | None


async def get_user(session: AsyncSession, *, user_id: int) -> User | None:
    """The user, or None if Tend has never seen them (or they used /forget)."""
    return await session.get(User, user_id)


async def get_or_create_user(
    session: AsyncSession, *, user_id: int, chat_id: int, now: datetime
) -> User:
    """The user, created with default settings (and nudges off) on first contact.

    Safe when two updates from a new user race: the insert is `ON CONFLICT DO NOTHING`.
    A user who writes to Tend is evidently no longer blocking it, so `blocked_at` is cleared.
    """
    user = await session.get(User, user_id)
    if user is None:
        await session.execute(
            dialect_insert(session, User)
            .values(id=user_id, chat_id=chat_id, created_at=now)
            .on_conflict_do_nothing(index_elements=[User.id])
        )
        await session.execute(
            dialect_insert(session, NudgeSettings)
            .values(user_id=user_id)
            .on_conflict_do_nothing(index_elements=[NudgeSettings.user_id])
        )
        user = await session.get_one(User, user_id)
    if user.blocked_at is not None:
        user.blocked_at = None
    if user.chat_id != chat_id:
        user.chat_id = chat_id
    await session.flush()
    return user


async def update_user(
    session: AsyncSession, *, user_id: int, **values: Unpack[UserColumns]
) -> bool:
    """Change user settings; False if there is no such user.

    Turning `keep_drafts` off also erases every draft text kept so far: the promise is
    "not kept", not "no longer added".
    """
    if not values:
        return await get_user(session, user_id=user_id) is not None
    result = await session.execute(
        update(User).where(User.id == user_id).values(**values).returning(User.id)
    )
    found = result.scalar_one_or_none() is not None
    if found and values.get("keep_drafts") is False:
        await session.execute(
            update(DraftCheck)
            .where(DraftCheck.user_id == user_id, DraftCheck.draft_text.is_not(None))
            .values(draft_text=None)
        )
    return found


async def mark_blocked(session: AsyncSession, *, user_id: int, now: datetime) -> bool:
    """Record that the user blocked the bot (Telegram said 403); nudges stop for them."""
    return await update_user(session, user_id=user_id, blocked_at=now)


async def get_nudge_settings(session: AsyncSession, *, user_id: int) -> NudgeSettings | None:
    """The user's nudge settings (every user has a row, nudges off by default)."""
    return await session.get(NudgeSettings, user_id)


async def update_nudge_settings(
    session: AsyncSession, *, user_id: int, **values: Unpack[NudgeSettingsValues]
) -> bool:
    """Change nudge settings; False if there is no such user."""
    if not values:
        return await get_nudge_settings(session, user_id=user_id) is not None
    result = await session.execute(
        update(NudgeSettings)
        .where(NudgeSettings.user_id == user_id)
        .values(**values)
        .returning(NudgeSettings.user_id)
    )
    return result.scalar_one_or_none() is not None


async def claim_group_notice(session: AsyncSession, *, chat_id: int, now: datetime) -> bool:
    """True only the first time for a group: "Tend works in private chats" is said once."""
    result = await session.execute(
        dialect_insert(session, GroupNotice)
        .values(chat_id=chat_id, sent_at=now)
        .on_conflict_do_nothing(index_elements=[GroupNotice.chat_id])
        .returning(GroupNotice.chat_id)
    )
    return result.scalar_one_or_none() is not None
