from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import ProcessedUpdate

Sessions = async_sessionmaker[AsyncSession]


async def _claim(sessions: Sessions, update_id: int, clock: FakeClock) -> bool:
    async with sessions.begin() as session:
        [first] = await repo.claim_updates(session, claims=[(update_id, clock.now())])
        return first


async def test_claim_update_true_only_for_the_first_caller(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    assert await _claim(sessionmaker, 2**40, clock)  # Telegram ids outgrow 32 bits
    assert not await _claim(sessionmaker, 2**40, clock)
    assert await _claim(sessionmaker, 2**40 + 1, clock)


async def test_claim_update_from_two_processes_at_once_processes_once(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    update_ids = range(1000, 1030)
    results = await asyncio.gather(
        *(
            _claim(sessions, update_id, clock)
            for update_id in update_ids
            for sessions in (sessionmaker, other_sessionmaker, sessionmaker)
        )
    )
    winners = [results[i : i + 3].count(True) for i in range(0, len(results), 3)]
    assert winners == [1] * len(update_ids)


async def test_claim_updates_answers_each_in_order_and_a_repeat_comes_too_late(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    assert await _claim(sessionmaker, 3, clock)
    claims = [(u, clock.now()) for u in (2, 1, 2, 3, 1)]
    async with sessionmaker.begin() as session:
        assert await repo.claim_updates(session, claims=claims) == [True, True, False, False, False]
        assert await repo.claim_updates(session, claims=[]) == []
    async with sessionmaker() as session:
        total = await session.scalar(select(func.count()).select_from(ProcessedUpdate))
    assert total == 3


async def test_claim_update_rolled_back_with_its_transaction_can_be_claimed_again(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    # The claim is part of the handling: a handler that fails leaves the update unclaimed.
    async with sessionmaker() as session, session.begin():
        assert await repo.claim_updates(session, claims=[(5, clock.now())]) == [True]
        await session.rollback()
    assert await _claim(sessionmaker, 5, clock)


async def test_prune_processed_updates_forgets_only_old_ids(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    for update_id in (1, 2, 3):
        await _claim(sessionmaker, update_id, clock)
        clock.advance(hours=12)
    async with sessionmaker.begin() as session:
        pruned = await repo.prune_processed_updates(
            session, before=clock.now() - timedelta(hours=24)
        )
        left = (await session.scalars(select(ProcessedUpdate.update_id))).all()
        total = await session.scalar(select(func.count()).select_from(ProcessedUpdate))
    assert (pruned, sorted(left), total) == (1, [2, 3], 2)
