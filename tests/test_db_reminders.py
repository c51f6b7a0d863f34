from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import ReminderKind

Sessions = async_sessionmaker[AsyncSession]
TTL = timedelta(minutes=5)
ALL = repo.reminder_queue(list(ReminderKind))


async def _users(sessions: Sessions, clock: FakeClock, *user_ids: int) -> None:
    async with sessions.begin() as session:
        for user_id in user_ids:
            await repo.get_or_create_user(
                session, user_id=user_id, chat_id=user_id + 1000, now=clock.now()
            )


async def test_reminders_schedule_claim_send_and_cancel(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1)
    soon = clock.now() + timedelta(minutes=30)
    async with sessionmaker.begin() as session:
        listen = await repo.add_reminder(
            session, user_id=1, kind=ReminderKind.LISTEN_ONCE, due_at=soon, now=clock.now()
        )
        assert (
            await repo.add_reminder(
                session, user_id=1, kind=ReminderKind.LISTEN_ONCE, due_at=soon, now=clock.now()
            )
            is None
        )
        weekly = await repo.add_reminder(
            session,
            user_id=1,
            kind=ReminderKind.WEEKLY_SUMMARY,
            due_at=soon + timedelta(days=2),
            now=clock.now(),
        )
        pending = await repo.pending_reminders(session, user_id=1)
        assert [r.id for r in pending] == [listen, weekly]
        assert (
            await repo.claim_sends(
                session, ALL, now=clock.now(), limit=5, worker_id="w", claim_ttl=TTL
            )
            == []
        )

    clock.set(soon)

    async def claim(sessions: Sessions, worker: str) -> list[repo.ClaimedReminder]:
        async with sessions.begin() as session:
            return await repo.claim_sends(
                session, ALL, now=clock.now(), limit=5, worker_id=worker, claim_ttl=TTL
            )

    first, second = await asyncio.gather(claim(sessionmaker, "a"), claim(other_sessionmaker, "b"))
    assert len(first) + len(second) == 1
    [reminder] = first or second
    assert (reminder.reminder_id, reminder.kind, reminder.chat_id) == (
        listen,
        ReminderKind.LISTEN_ONCE,
        1001,
    )
    worker = "a" if first else "b"
    async with sessionmaker.begin() as session:
        assert await repo.mark_sent(
            session,
            ALL,
            row_id=reminder.reminder_id,
            worker_id=worker,
            now=clock.now(),
            message_id=9,
        )
        assert (
            await repo.cancel_reminders(session, user_id=1, kind=ReminderKind.WEEKLY_SUMMARY) == 1
        )
        assert await repo.pending_reminders(session, user_id=1) == []


async def test_deletions_survive_in_the_database_until_finished(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1)
    later = clock.now() + timedelta(minutes=5)
    async with sessionmaker.begin() as session:
        for message_id in (10, 11, 11):  # scheduling the same message twice is harmless
            await repo.schedule_deletion(
                session, user_id=1, chat_id=1001, message_id=message_id, delete_at=later
            )
    # A "restarted" process (another engine) finds them.
    async with other_sessionmaker.begin() as session:
        assert (
            await repo.claim_due_deletions(
                session, now=clock.now(), limit=5, worker_id="w", claim_ttl=TTL
            )
            == []
        )
        claimed = await repo.claim_due_deletions(
            session, now=later, limit=5, worker_id="w", claim_ttl=TTL
        )
        assert [(d.chat_id, d.message_id, d.user_id) for d in claimed] == [
            (1001, 10, 1),
            (1001, 11, 1),
        ]
        assert await repo.finish_deletion(
            session, deletion_id=claimed[0].deletion_id, worker_id="w"
        )
        assert not await repo.finish_deletion(
            session, deletion_id=claimed[1].deletion_id, worker_id="other"
        )
        assert await repo.release_deletion(
            session, deletion_id=claimed[1].deletion_id, worker_id="w"
        )
    async with sessionmaker.begin() as session:
        left = await repo.claim_due_deletions(
            session, now=later, limit=5, worker_id="w2", claim_ttl=TTL
        )
    assert [d.message_id for d in left] == [11]
