"""The outbox's statements (bot/db/repository/outbox.py) on both tables that hold scheduled
messages: nudge deliveries and reminders obey the same claim -> send started -> mark rules."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import ReminderKind

Sessions = async_sessionmaker[AsyncSession]
TTL = timedelta(minutes=5)
LISTEN = repo.reminder_queue([ReminderKind.LISTEN_ONCE, ReminderKind.LISTEN_DAILY])
QUEUES = pytest.mark.parametrize("queue", [repo.NUDGE_QUEUE, LISTEN], ids=["nudges", "reminders"])


async def _due(
    sessions: Sessions, clock: FakeClock, queue: repo.Queue[Any], *due: datetime
) -> list[int]:
    """One user per instant in `due`, each with one row of `queue` due then; the row ids."""
    async with sessions.begin() as session:
        for user_id in range(1, len(due) + 1):
            await repo.get_or_create_user(
                session, user_id=user_id, chat_id=user_id + 1000, now=clock.now()
            )
        if queue is repo.NUDGE_QUEUE:
            return sorted(
                await repo.add_nudge_deliveries(
                    session,
                    deliveries=[
                        {"user_id": u, "nudge_key": "k", "local_date": at.date(), "due_at": at}
                        for u, at in enumerate(due, start=1)
                    ],
                    moves=[],
                )
            )
        ids = [
            await repo.add_reminder(
                session, user_id=u, kind=ReminderKind.LISTEN_ONCE, due_at=at, now=clock.now()
            )
            for u, at in enumerate(due, start=1)
        ]
        return [i for i in ids if i is not None]


async def _claim(
    sessions: Sessions, queue: repo.Queue[Any], *, now: datetime, worker: str, limit: int = 10
) -> list[int]:
    async with sessions.begin() as session:
        claimed = await repo.claim_sends(
            session, queue, now=now, limit=limit, worker_id=worker, claim_ttl=TTL
        )
    return [c.row_id for c in claimed]


@QUEUES
async def test_claim_sends_oldest_first_only_due(
    sessionmaker: Sessions, clock: FakeClock, queue: repo.Queue[Any]
) -> None:
    now = clock.now()
    ids = await _due(
        sessionmaker, clock, queue, now - timedelta(seconds=1), now, now - timedelta(1)
    )
    assert await _claim(sessionmaker, queue, now=now, worker="w", limit=2) == [ids[2], ids[0]]
    assert await _claim(sessionmaker, queue, now=now, worker="w2") == [ids[1]]


@QUEUES
async def test_claim_sends_never_again_once_sent_skipped_or_started(
    sessionmaker: Sessions, clock: FakeClock, queue: repo.Queue[Any]
) -> None:
    now = clock.now()
    sent, skipped, started, released = await _due(sessionmaker, clock, queue, *[now] * 4)
    later = await _due(sessionmaker, clock, queue, now + timedelta(days=1))
    assert len(await _claim(sessionmaker, queue, now=now, worker="w")) == 4
    async with sessionmaker.begin() as session:
        assert await repo.start_sends(
            session, queue, row_ids=[sent, started], worker_id="w", now=now
        ) == {sent, started}
        assert await repo.mark_sent(
            session, queue, row_id=sent, worker_id="w", now=now, message_id=5
        )
        assert await repo.mark_skipped(session, queue, row_id=skipped, worker_id="w")
        assert await repo.release_send(session, queue, row_id=released, worker_id="w")
    clock.advance(TTL * 3)  # long after every claim expired
    # The one that died after "send started" is never claimed again: it may have arrived.
    assert await _claim(sessionmaker, queue, now=clock.now(), worker="w2") == [released]
    assert later  # not due yet, and not claimed above


@QUEUES
async def test_claim_sends_expired_claim_moves_to_another_worker(
    sessionmaker: Sessions, clock: FakeClock, queue: repo.Queue[Any]
) -> None:
    [row] = await _due(sessionmaker, clock, queue, clock.now())
    assert await _claim(sessionmaker, queue, now=clock.now(), worker="dead") == [row]
    assert await _claim(sessionmaker, queue, now=clock.advance(TTL / 2), worker="w2") == []
    assert await _claim(sessionmaker, queue, now=clock.advance(TTL), worker="w2") == [row]
    async with sessionmaker.begin() as session:
        # The first worker lost the claim: it may not start, mark or release the row any more.
        assert not await repo.start_sends(
            session, queue, row_ids=[row], worker_id="dead", now=clock.now()
        )
        assert not await repo.mark_sent(
            session, queue, row_id=row, worker_id="dead", now=clock.now(), message_id=1
        )
        assert not await repo.release_send(session, queue, row_id=row, worker_id="dead")
        assert await repo.mark_sent(
            session, queue, row_id=row, worker_id="w2", now=clock.now(), message_id=2
        )


@QUEUES
async def test_claim_sends_four_workers_on_two_engines_claim_each_exactly_once(
    sessionmaker: Sessions,
    other_sessionmaker: Sessions,
    clock: FakeClock,
    queue: repo.Queue[Any],
) -> None:
    ids = await _due(sessionmaker, clock, queue, *[clock.now()] * 300)

    async def worker(sessions: Sessions, worker_id: str) -> list[int]:
        mine: list[int] = []
        while batch := await _claim(sessions, queue, now=clock.now(), worker=worker_id, limit=25):
            async with sessions.begin() as session:
                for row_id in batch:
                    assert await repo.mark_sent(
                        session,
                        queue,
                        row_id=row_id,
                        worker_id=worker_id,
                        now=clock.now(),
                        message_id=row_id,
                    )
            mine += batch
            await asyncio.sleep(0)
        return mine

    runs = await asyncio.gather(
        worker(sessionmaker, "a1"),
        worker(other_sessionmaker, "b1"),
        worker(sessionmaker, "a2"),
        worker(other_sessionmaker, "b2"),
    )
    assert sorted(i for run in runs for i in run) == ids  # all of them, none twice


async def test_claim_sends_reminder_queue_holds_only_its_kinds(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        await repo.get_or_create_user(session, user_id=1, chat_id=1001, now=clock.now())
        weekly = await repo.add_reminder(
            session,
            user_id=1,
            kind=ReminderKind.WEEKLY_SUMMARY,
            due_at=clock.now(),
            now=clock.now(),
        )
    assert await _claim(sessionmaker, LISTEN, now=clock.now(), worker="listen") == []
    weekly_queue = repo.reminder_queue([ReminderKind.WEEKLY_SUMMARY])
    assert await _claim(sessionmaker, weekly_queue, now=clock.now(), worker="weekly") == [weekly]
