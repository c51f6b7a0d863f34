"""Group commit: concurrent units share transactions, each still atomic and committed."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import group_commit as grouped
from bot.db import repository as repo
from bot.db.models import ProcessedUpdate

Sessions = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


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
        await repo.claim_updates(session, claims=[(2, clock.now())])
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


class Doubler:
    """A batched op that records each call's arguments and fails on a negative one."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    async def __call__(self, session: AsyncSession, args: Sequence[int]) -> list[int]:
        self.calls.append(list(args))
        await repo.claim_updates(session, claims=[(100 + len(self.calls), NOW)])
        if any(a < 0 for a in args):
            raise ValueError("negative")
        return [2 * a for a in args]


async def test_group_commit_batched_units_share_one_call_of_their_op(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    group, double = grouped.group_for(sessionmaker), Doubler()
    results = await asyncio.gather(
        *(group.run_batched(double, i) for i in range(5)),
        grouped.claim_update(sessionmaker, now=clock.now(), update_id=1),
        group.run(lambda session: repo.claim_updates(session, claims=[(2, clock.now())])),
    )
    assert results == [0, 2, 4, 6, 8, True, [True]]
    assert double.calls == [[0, 1, 2, 3, 4]]
    assert (group.units, group.batches) == (7, 1)


async def test_group_commit_a_failing_batched_unit_fails_alone(
    sessionmaker: Sessions, other_sessionmaker: Sessions
) -> None:
    group, double = grouped.group_for(sessionmaker), Doubler()
    results = await asyncio.gather(
        *(group.run_batched(double, i) for i in (1, -1, 3)), return_exceptions=True
    )
    assert results[0] == 2 and results[2] == 6
    assert isinstance(results[1], ValueError)
    # The batch, then each unit alone: only the failing call's claim was rolled back.
    assert double.calls == [[1, -1, 3], [1], [-1], [3]]
    assert [await claimed(other_sessionmaker, 100 + n) for n in (1, 2, 3, 4)] == [0, 1, 0, 1]


async def test_group_commit_an_op_answering_too_few_fails_its_units(
    sessionmaker: Sessions,
) -> None:
    async def forgetful(_: AsyncSession, args: Sequence[int]) -> list[int]:
        return list(args[1:])

    group = grouped.group_for(sessionmaker)
    results = await asyncio.gather(
        *(group.run_batched(forgetful, i) for i in range(2)), return_exceptions=True
    )
    assert [type(r) for r in results] == [ValueError, ValueError]
