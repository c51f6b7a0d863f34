"""Group commit: concurrent units share transactions, each still atomic and committed."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import ProcessedUpdate
from bot.services import grouped

Sessions = async_sessionmaker[AsyncSession]


async def claimed(sessions: Sessions, update_id: int) -> int:
    async with sessions() as session:
        stmt = select(func.count()).where(ProcessedUpdate.update_id == update_id)
        return int((await session.execute(stmt)).scalar_one())


async def test_group_commit_runs_concurrent_units_in_one_transaction(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    group = grouped.group_for(sessionmaker)
    results = await asyncio.gather(
        *(grouped.claim_update(sessionmaker, now=clock.now(), update_id=i) for i in range(30))
    )
    assert results == [True] * 30
    assert (group.units, group.batches) == (30, 1)
    assert grouped.group_for(sessionmaker) is group


async def test_group_commit_same_update_twice_in_one_batch_is_claimed_once(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    results = await asyncio.gather(
        *(grouped.claim_update(sessionmaker, now=clock.now(), update_id=7) for _ in range(3))
    )
    assert sorted(results) == [False, False, True]


async def test_group_commit_across_processes_claims_each_update_once(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    ids = range(1000, 1020)
    results = await asyncio.gather(
        *(
            grouped.claim_update(sessions, now=clock.now(), update_id=update_id)
            for update_id in ids
            for sessions in (sessionmaker, other_sessionmaker)
        )
    )
    assert [results[i : i + 2].count(True) for i in range(0, len(results), 2)] == [1] * len(ids)


async def test_group_commit_a_failing_unit_fails_alone(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    async def claim_then_fail(session: AsyncSession) -> bool:
        await repo.claim_update(session, update_id=2, now=clock.now())
        raise ValueError("a bug in one handler")

    group = grouped.group_for(sessionmaker)
    results = await asyncio.gather(
        grouped.claim_update(sessionmaker, now=clock.now(), update_id=1),
        group.run(claim_then_fail),
        grouped.claim_update(sessionmaker, now=clock.now(), update_id=3),
        return_exceptions=True,
    )
    assert results[0] is True and results[2] is True
    assert isinstance(results[1], ValueError)
    # The others were committed; the failing unit's own write was rolled back.
    assert [await claimed(other_sessionmaker, i) for i in (1, 2, 3)] == [1, 0, 1]


async def test_group_commit_a_lone_failing_unit_raises_its_error(
    sessionmaker: Sessions,
) -> None:
    async def broken(_: AsyncSession) -> None:
        raise LookupError("nothing here")

    with pytest.raises(LookupError):
        await grouped.group_for(sessionmaker).run(broken)
    assert grouped.group_for(sessionmaker).batches == 1


async def test_group_commit_linger_lets_a_later_unit_join(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    group = grouped.group_for(sessionmaker)
    group.linger_ms = 50.0

    async def later() -> bool:
        await asyncio.sleep(0.01)
        return await grouped.claim_update(sessionmaker, now=clock.now(), update_id=2)

    first = grouped.claim_update(sessionmaker, now=clock.now(), update_id=1)
    assert list(await asyncio.gather(first, later())) == [True, True]
    assert (group.units, group.batches) == (2, 1)
