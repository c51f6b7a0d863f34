from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy import select
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
    """Users 1..count, each with one nudge for today, due `user_id` seconds ago; their ids."""
    await _users(sessions, clock, *range(1, count + 1))
    async with sessions.begin() as session:
        ids = await repo.add_nudge_deliveries(
            session,
            deliveries=[
                {
                    "user_id": user_id,
                    "nudge_key": f"k{user_id % 7}",
                    "local_date": clock.now().date(),
                    "due_at": clock.now() - timedelta(seconds=user_id),
                }
                for user_id in range(1, count + 1)
            ],
            moves=[],
        )
    return sorted(ids)


async def _claim_all(sessions: Sessions, clock: FakeClock) -> list[repo.ClaimedNudge]:
    async with sessions.begin() as session:
        return await repo.claim_sends(
            session, repo.NUDGE_QUEUE, now=clock.now(), limit=100, worker_id="w", claim_ttl=TTL
        )


async def _sent(sessions: Sessions, clock: FakeClock, *delivery_ids: int) -> None:
    """Claimed and marked sent, as the outbox does."""
    await _claim_all(sessions, clock)
    async with sessions.begin() as session:
        for delivery_id in delivery_ids:
            assert await repo.mark_sent(
                session,
                repo.NUDGE_QUEUE,
                row_id=delivery_id,
                worker_id="w",
                now=clock.now(),
                message_id=1,
            )


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


async def test_nudge_queue_claims_oldest_first_with_user_details(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    ids = await _deliveries(sessionmaker, clock, 3)
    async with sessionmaker.begin() as session:
        claimed = await repo.claim_sends(
            session, repo.NUDGE_QUEUE, now=clock.now(), limit=2, worker_id="w1", claim_ttl=TTL
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


async def test_mark_nudge_done_only_once_only_owner_only_sent(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    [first, second] = await _deliveries(sessionmaker, clock, 2)
    async with sessionmaker.begin() as session:
        assert not await repo.mark_nudge_done(
            session, delivery_id=first, user_id=1, now=clock.now()
        )  # not sent yet
    await _sent(sessionmaker, clock, first, second)
    async with sessionmaker.begin() as session:
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


async def test_recent_nudges_count_another_idea_as_given(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1)
    now, today = clock.now(), clock.now().date()
    async with sessionmaker.begin() as session:
        ids = await repo.add_nudge_deliveries(
            session,
            deliveries=[
                {
                    "user_id": 1,
                    "nudge_key": key,
                    "local_date": today - timedelta(days=days_ago),
                    "due_at": now - timedelta(days=days_ago),
                }
                for days_ago, key in [(40, "old"), (29, "a"), (1, "b"), (0, "c")]
            ],
            moves=[],
        )
        delivery = max(ids)  # today's, "c"
        assert await repo.set_nudge_key(session, delivery_id=delivery, user_id=1, nudge_key="d")
        assert not await repo.set_nudge_key(session, delivery_id=delivery, user_id=2, nudge_key="x")
        past = await repo.recent_nudges(session, user_ids=[1], since=now - timedelta(days=29))
    # "c" was seen and passed on: it counts as given that day, like "d" that replaced it.
    assert sorted((p.nudge_key, p.due_at, p.skipped) for p in past[1]) == [
        ("a", now - timedelta(days=29), False),
        ("b", now - timedelta(days=1), False),
        ("c", now, False),
        ("d", now, False),
    ]


async def test_recent_nudges_per_user_since_inclusive_with_skips(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _users(sessionmaker, clock, 1, 2, 3)
    now, today = clock.now(), clock.now().date()
    since = now - timedelta(days=7)
    async with sessionmaker.begin() as session:
        await repo.add_nudge_deliveries(
            session,
            deliveries=[
                {
                    "user_id": user_id,
                    "nudge_key": key,
                    "local_date": today - timedelta(days=days_ago),
                    "due_at": now - timedelta(days=days_ago),
                }
                for user_id, days_ago, key in [
                    (1, 8, "old"),
                    (1, 7, "edge"),
                    (1, 1, "a"),
                    (2, 0, "b"),
                ]
            ],
            moves=[],
        )
        claimed = await repo.claim_sends(
            session, repo.NUDGE_QUEUE, now=now, limit=10, worker_id="w", claim_ttl=TTL
        )
        [b] = [c.delivery_id for c in claimed if c.nudge_key == "b"]
        assert await repo.mark_skipped(session, repo.NUDGE_QUEUE, row_id=b, worker_id="w")
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
        [kept] = await repo.add_nudge_deliveries(
            session,
            deliveries=[{"user_id": 1, "nudge_key": "kept", "local_date": today, "due_at": now}],
            moves=[],
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
    assert len(created) == 2 and kept not in created
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
            == []
        )
        assert (s := await repo.get_nudge_settings(session, user_id=1)) and s.next_due_at == later
        await session.rollback()  # the caller owns the transaction: nothing was committed
    async with sessionmaker() as session:
        settings = await repo.get_nudge_settings(session, user_id=1)
    assert settings is not None
    assert settings.next_due_at is None
