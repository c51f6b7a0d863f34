from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import time, timedelta

from bot_database import record_check
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import DraftCheck, NudgeSettings, User
from bot.nudges.schedule import Frequency

Sessions = async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class Found:
    category: str
    text: str


async def test_get_or_create_user_starts_with_private_defaults(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        user = await repo.get_or_create_user(session, user_id=42, chat_id=42, now=clock.now())
    assert (user.id, user.chat_id, user.created_at) == (42, 42, clock.now())
    assert user.time_zone == "UTC"
    assert user.keep_drafts is False
    assert user.discreet_delete_seconds is None
    assert user.therapy_hints is True
    assert user.weekly_summary is False
    async with sessionmaker() as session:
        settings = await repo.get_nudge_settings(session, user_id=42)
    assert settings is not None
    assert (settings.enabled, settings.frequency, settings.next_due_at) == (
        False,
        Frequency.DAILY,
        None,
    )


async def test_get_or_create_user_returns_existing_and_clears_block(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    created = clock.now()
    async with sessionmaker.begin() as session:
        await repo.get_or_create_user(session, user_id=42, chat_id=42, now=created)
        assert await repo.mark_blocked(session, user_id=42, now=clock.advance(hours=1))
    async with sessionmaker.begin() as session:
        user = await repo.get_user(session, user_id=42)
        assert user is not None
        assert user.blocked_at == clock.now()
    async with sessionmaker.begin() as session:
        user = await repo.get_or_create_user(session, user_id=42, chat_id=43, now=clock.advance())
    assert (user.created_at, user.blocked_at, user.chat_id) == (created, None, 43)


async def test_get_or_create_user_from_two_processes_at_once_makes_one_user(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    async def first_contact(sessions: Sessions) -> None:
        async with sessions.begin() as session:
            await repo.get_or_create_user(session, user_id=7, chat_id=7, now=clock.now())

    await asyncio.gather(*(first_contact(s) for s in [sessionmaker, other_sessionmaker] * 4))
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(User)) == 1
        assert await session.scalar(select(func.count()).select_from(NudgeSettings)) == 1


async def test_update_user_changes_settings_and_reports_unknown_user(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        await repo.get_or_create_user(session, user_id=1, chat_id=1, now=clock.now())
        assert await repo.update_user(
            session,
            user_id=1,
            time_zone="Asia/Kolkata",
            discreet_delete_seconds=300,
            weekly_summary=True,
            weekly_summary_weekday=0,
            weekly_summary_time=time(8, 30),
            last_therapy_hint_at=clock.now(),
        )
        assert not await repo.update_user(session, user_id=2, time_zone="UTC")
        assert await repo.update_user(session, user_id=1)
        assert not await repo.update_user(session, user_id=2)
    async with sessionmaker() as session:
        user = await repo.get_user(session, user_id=1)
    assert user is not None
    assert (user.time_zone, user.discreet_delete_seconds) == ("Asia/Kolkata", 300)
    assert (user.weekly_summary, user.weekly_summary_weekday) == (True, 0)
    assert (user.weekly_summary_time, user.last_therapy_hint_at) == (time(8, 30), clock.now())


async def test_update_user_keep_drafts_off_erases_kept_drafts(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        await repo.get_or_create_user(session, user_id=1, chat_id=1, now=clock.now())
        await repo.update_user(session, user_id=1, keep_drafts=True)
        for n in range(3):
            await record_check(
                session,
                user_id=1,
                chat_id=1,
                now=clock.now(),
                flagged=True,
                patterns=[Found("absolute", "you never")],
                draft_text=f"draft {n}: you never listen",
            )
    async with sessionmaker.begin() as session:
        kept = await session.scalars(select(DraftCheck.draft_text))
        assert all(text is not None for text in kept.all())
        await repo.update_user(session, user_id=1, keep_drafts=False)
    async with sessionmaker() as session:
        kept = await session.scalars(select(DraftCheck.draft_text))
        assert kept.all() == [None, None, None]


async def test_update_nudge_settings_changes_only_given_fields(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    due = clock.now() + timedelta(hours=8)
    async with sessionmaker.begin() as session:
        await repo.get_or_create_user(session, user_id=1, chat_id=1, now=clock.now())
        assert await repo.update_nudge_settings(
            session,
            user_id=1,
            enabled=True,
            local_time=time(7, 45),
            frequency=Frequency.THREE_WEEKLY,
            next_due_at=due,
            listen_reminder_time=time(21, 0),
        )
        assert not await repo.update_nudge_settings(session, user_id=99, enabled=True)
    async with sessionmaker() as session:
        settings = await repo.get_nudge_settings(session, user_id=1)
    assert settings is not None
    assert (settings.enabled, settings.local_time, settings.frequency) == (
        True,
        time(7, 45),
        Frequency.THREE_WEEKLY,
    )
    assert (settings.next_due_at, settings.listen_reminder_time, settings.paused_until) == (
        due,
        time(21, 0),
        None,
    )


async def test_claim_group_notice_is_true_once_per_group(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    async def claim(sessions: Sessions, chat_id: int) -> bool:
        async with sessions.begin() as session:
            return await repo.claim_group_notice(session, chat_id=chat_id, now=clock.now())

    first = await asyncio.gather(*(claim(s, -100) for s in [sessionmaker, other_sessionmaker] * 3))
    assert sorted(first) == [False] * 5 + [True]
    assert await claim(sessionmaker, -200)
