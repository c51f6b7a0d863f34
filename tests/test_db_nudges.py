from __future__ import annotations

import asyncio
from datetime import date, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import NudgeDelivery
from bot.nudges.schedule import Frequency

Sessions = async_sessionmaker[AsyncSession]
TTL = timedelta(minutes=5)


async def _users(sessions: Sessions, clock: FakeClock, *user_ids: int) -> None:
    async with sessions.begin() as session:
        for user_id in user_ids:
            await repo.get_or_create_user(
                session, user_id=user_id, chat_id=user_id + 1000, now=clock.now()
            )


async def _deliveries(sessions: Sessions, clock: FakeClock, count: int) -> list[int]:
    await _users(sessions, clock, *range(1, count + 1))
    async with sessions.begin() as session:
        ids = [
            await repo.add_nudge_delivery(
                session,
                user_id=user_id,
                nudge_key=f"k{user_id % 7}",
                local_date=clock.now().date(),
                due_at=clock.now() - timedelta(seconds=user_id),
                next_due_at=None,
            )
            for user_id in range(1, count + 1)
        ]
    assert None not in ids
    return [i for i in ids if i is not None]


async def test_lock_due_schedules_returns_enabled_due_unblocked_users(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1, 2, 3, 4, 5)
    past, future = clock.now() - timedelta(minutes=1), clock.now() + timedelta(minutes=1)
    async with sessionmaker.begin() as session:
        await repo.update_user(session, user_id=1, time_zone="Europe/Berlin")
        await repo.update_nudge_settings(
            session, user_id=1, enabled=True, next_due_at=past, local_time=time(13)
        )
        await repo.update_nudge_settings(session, user_id=2, enabled=True, next_due_at=future)
        await repo.update_nudge_settings(session, user_id=3, enabled=False, next_due_at=past)
        await repo.update_nudge_settings(session, user_id=4, enabled=True, next_due_at=past)
        await repo.mark_blocked(session, user_id=4, now=clock.now())
        await repo.update_nudge_settings(session, user_id=5, enabled=True, next_due_at=clock.now())
    async with sessionmaker.begin() as session:
        due = await repo.lock_due_schedules(session, now=clock.now(), limit=10)
    assert [d.user_id for d in due] == [1, 5]
    assert due[0] == repo.DueSchedule(
        user_id=1,
        time_zone="Europe/Berlin",
        local_time=time(13),
        frequency=Frequency.DAILY,
        paused_until=None,
        next_due_at=past,
    )


async def test_add_nudge_delivery_one_per_local_day_and_moves_schedule(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1)
    today, tomorrow = clock.now().date(), clock.now() + timedelta(days=1)
    async with sessionmaker.begin() as session:
        first = await repo.add_nudge_delivery(
            session,
            user_id=1,
            nudge_key="a",
            local_date=today,
            due_at=clock.now(),
            next_due_at=tomorrow,
        )
        again = await repo.add_nudge_delivery(
            session,
            user_id=1,
            nudge_key="b",
            local_date=today,
            due_at=clock.now(),
            next_due_at=tomorrow,
        )
        settings = await repo.get_nudge_settings(session, user_id=1)
    assert first is not None
    assert again is None
    assert settings is not None
    assert settings.next_due_at == tomorrow


async def test_claim_due_nudges_oldest_first_with_user_details(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    ids = await _deliveries(sessionmaker, clock, 3)
    async with sessionmaker.begin() as session:
        claimed = await repo.claim_due_nudges(
            session, now=clock.now(), limit=2, worker_id="w1", claim_ttl=TTL
        )
    assert [c.delivery_id for c in claimed] == [ids[2], ids[1]]  # user 3 was due earliest
    assert claimed[0] == repo.ClaimedNudge(
        delivery_id=ids[2],
        user_id=3,
        chat_id=1003,
        time_zone="UTC",
        nudge_key="k3",
        local_date=clock.now().date(),
        due_at=clock.now() - timedelta(seconds=3),
    )


async def test_claim_due_nudges_ignores_future_sent_and_skipped(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    ids = await _deliveries(sessionmaker, clock, 3)
    async with sessionmaker.begin() as session:
        await repo.claim_due_nudges(session, now=clock.now(), limit=3, worker_id="w", claim_ttl=TTL)
        assert await repo.mark_nudge_sent(
            session, delivery_id=ids[0], worker_id="w", now=clock.now(), message_id=5
        )
        assert await repo.mark_nudge_skipped(session, delivery_id=ids[1], worker_id="w")
        assert await repo.release_nudge(session, delivery_id=ids[2], worker_id="w")
        await repo.add_nudge_delivery(
            session,
            user_id=1,
            nudge_key="later",
            local_date=date(2030, 1, 1),
            due_at=clock.now() + timedelta(days=1),
            next_due_at=None,
        )
    clock.advance(TTL * 3)  # even long after every claim expired
    async with sessionmaker.begin() as session:
        claimed = await repo.claim_due_nudges(
            session, now=clock.now(), limit=10, worker_id="w2", claim_ttl=TTL
        )
    assert [c.delivery_id for c in claimed] == [ids[2]]


async def test_claim_due_nudges_expired_claim_moves_to_another_worker(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    [delivery] = await _deliveries(sessionmaker, clock, 1)
    async with sessionmaker.begin() as session:
        assert (
            len(
                await repo.claim_due_nudges(
                    session, now=clock.now(), limit=5, worker_id="dead", claim_ttl=TTL
                )
            )
            == 1
        )
    async with sessionmaker.begin() as session:
        assert (
            await repo.claim_due_nudges(
                session, now=clock.advance(TTL / 2), limit=5, worker_id="w2", claim_ttl=TTL
            )
            == []
        )
    async with sessionmaker.begin() as session:
        taken = await repo.claim_due_nudges(
            session, now=clock.advance(TTL), limit=5, worker_id="w2", claim_ttl=TTL
        )
        assert [c.delivery_id for c in taken] == [delivery]
        # The first worker lost the claim: it may not mark or release the nudge any more.
        assert not await repo.mark_nudge_sent(
            session, delivery_id=delivery, worker_id="dead", now=clock.now(), message_id=1
        )
        assert not await repo.release_nudge(session, delivery_id=delivery, worker_id="dead")
        assert await repo.mark_nudge_sent(
            session, delivery_id=delivery, worker_id="w2", now=clock.now(), message_id=2
        )


async def test_claim_due_nudges_two_dispatchers_at_once_claim_each_exactly_once(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    ids = await _deliveries(sessionmaker, clock, 400)

    async def dispatcher(sessions: Sessions, worker_id: str) -> list[int]:
        mine: list[int] = []
        while True:
            async with sessions.begin() as session:
                batch = await repo.claim_due_nudges(
                    session, now=clock.now(), limit=25, worker_id=worker_id, claim_ttl=TTL
                )
                for nudge in batch:
                    await repo.mark_nudge_sent(
                        session,
                        delivery_id=nudge.delivery_id,
                        worker_id=worker_id,
                        now=clock.now(),
                        message_id=nudge.user_id,
                    )
            if not batch:
                return mine
            mine += [n.delivery_id for n in batch]
            await asyncio.sleep(0)

    runs = await asyncio.gather(
        dispatcher(sessionmaker, "a1"),
        dispatcher(other_sessionmaker, "b1"),
        dispatcher(sessionmaker, "a2"),
        dispatcher(other_sessionmaker, "b2"),
    )
    claimed = [i for run in runs for i in run]
    assert sorted(claimed) == sorted(ids)  # all of them, none twice
    async with sessionmaker() as session:
        unsent = await session.scalar(select(func.count()).where(NudgeDelivery.sent_at.is_(None)))
    assert unsent == 0


async def test_mark_nudge_done_only_once_only_owner_only_sent(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    [first, second] = await _deliveries(sessionmaker, clock, 2)
    async with sessionmaker.begin() as session:
        assert not await repo.mark_nudge_done(
            session, delivery_id=first, user_id=1, now=clock.now()
        )  # not sent yet
        await repo.claim_due_nudges(session, now=clock.now(), limit=5, worker_id="w", claim_ttl=TTL)
        for delivery in (first, second):
            await repo.mark_nudge_sent(
                session, delivery_id=delivery, worker_id="w", now=clock.now(), message_id=1
            )
        assert not await repo.mark_nudge_done(
            session, delivery_id=first, user_id=2, now=clock.now()
        )
        assert await repo.mark_nudge_done(session, delivery_id=first, user_id=1, now=clock.now())
        assert not await repo.mark_nudge_done(
            session, delivery_id=first, user_id=1, now=clock.now()
        )
        loaded = await repo.get_nudge_delivery(session, delivery_id=first, user_id=1)
        assert await repo.get_nudge_delivery(session, delivery_id=first, user_id=2) is None
    assert loaded is not None
    assert loaded.done_at == clock.now()


async def test_recent_nudge_keys_and_another_idea(sessionmaker: Sessions, clock: FakeClock) -> None:
    await _users(sessionmaker, clock, 1)
    today = clock.now().date()
    async with sessionmaker.begin() as session:
        for days_ago, key in [(40, "old"), (29, "a"), (1, "b"), (0, "c")]:
            delivery = await repo.add_nudge_delivery(
                session,
                user_id=1,
                nudge_key=key,
                local_date=today - timedelta(days=days_ago),
                due_at=clock.now(),
                next_due_at=None,
            )
        assert delivery is not None
        assert await repo.set_nudge_key(session, delivery_id=delivery, user_id=1, nudge_key="d")
        assert not await repo.set_nudge_key(session, delivery_id=delivery, user_id=2, nudge_key="x")
        keys = await repo.recent_nudge_keys(session, user_id=1, since=today - timedelta(days=29))
        past = await repo.recent_nudges(session, user_ids=[1], since=clock.now())
    # "c" was seen and passed on: it counts as given that day, like "d" that replaced it.
    assert keys == {"a", "b", "c", "d"}
    assert sorted((p.nudge_key, p.skipped) for p in past[1]) == [
        (k, False) for k in ("a", "b", "c", "d", "old")
    ]


async def test_recent_nudges_per_user_since_inclusive_with_skips(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1, 2, 3)
    now, today = clock.now(), clock.now().date()
    since = now - timedelta(days=7)
    async with sessionmaker.begin() as session:
        for user_id, days_ago, key in [(1, 8, "old"), (1, 7, "edge"), (1, 1, "a"), (2, 0, "b")]:
            await repo.add_nudge_delivery(
                session,
                user_id=user_id,
                nudge_key=key,
                local_date=today - timedelta(days=days_ago),
                due_at=now - timedelta(days=days_ago),
                next_due_at=None,
            )
        claimed = await repo.claim_due_nudges(
            session, now=now, limit=10, worker_id="w", claim_ttl=TTL
        )
        [b] = [c.delivery_id for c in claimed if c.nudge_key == "b"]
        assert await repo.mark_nudge_skipped(session, delivery_id=b, worker_id="w")
        found = await repo.recent_nudges(session, user_ids=[1, 2, 3], since=since)
        only_two = await repo.recent_nudges(session, user_ids=[2], since=since)
    assert sorted(found) == [1, 2]  # user 3 has none: absent, not an empty list
    assert sorted(found[1], key=lambda p: p.due_at) == [
        repo.PastNudge(nudge_key="edge", due_at=since, skipped=False),
        repo.PastNudge(nudge_key="a", due_at=now - timedelta(days=1), skipped=False),
    ]
    assert found[2] == [repo.PastNudge(nudge_key="b", due_at=now, skipped=True)]
    assert only_two == {2: found[2]}


async def test_add_nudge_deliveries_one_per_local_day_and_moves_schedules(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1, 2, 3)
    now, today = clock.now(), clock.now().date()
    later, tomorrow = now + timedelta(days=1), today + timedelta(days=1)
    async with sessionmaker.begin() as session:
        await repo.add_nudge_delivery(
            session, user_id=1, nudge_key="kept", local_date=today, due_at=now, next_due_at=None
        )
        created = await repo.add_nudge_deliveries(
            session,
            deliveries=[
                {"user_id": 1, "nudge_key": "dup", "local_date": today, "due_at": now},
                {"user_id": 2, "nudge_key": "b", "local_date": today, "due_at": now},
                {"user_id": 1, "nudge_key": "c", "local_date": tomorrow, "due_at": later},
            ],
            moves=[
                {"user_id": 1, "next_due_at": later},
                {"user_id": 2, "next_due_at": None},
                {"user_id": 3, "next_due_at": later},  # a missed occurrence: moved, nothing sent
            ],
        )
        rows = (await session.execute(select(NudgeDelivery.user_id, NudgeDelivery.nudge_key))).all()
        moved = [await repo.get_nudge_settings(session, user_id=u) for u in (1, 2, 3)]
    assert created == 2
    assert sorted(rows) == [(1, "c"), (1, "kept"), (2, "b")]  # at most one nudge a local day
    assert [s.next_due_at if s else "missing" for s in moved] == [later, None, later]


async def test_add_nudge_deliveries_only_moves_and_leaves_commit_to_caller(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1)
    later = clock.now() + timedelta(days=1)
    async with sessionmaker.begin() as session:
        assert (
            await repo.add_nudge_deliveries(
                session, deliveries=[], moves=[{"user_id": 1, "next_due_at": later}]
            )
            == 0
        )
        assert (s := await repo.get_nudge_settings(session, user_id=1)) and s.next_due_at == later
        await session.rollback()  # the caller owns the transaction: nothing was committed
    async with sessionmaker() as session:
        settings = await repo.get_nudge_settings(session, user_id=1)
    assert settings is not None
    assert settings.next_due_at is None
