"""Group commit: the small writes of concurrent updates share one transaction.

A draft costs three tiny transactions (claim the update, record the check, remember the
reply). Opening, committing and returning a connection costs far more CPU than the one or
two statements inside (about 0.3 ms of ~0.5 ms on SQLite via aiosqlite), and on SQLite every
write transaction queues for the one write lock. So units of work from concurrent updates
are queued and run back to back inside one transaction: while one batch commits, the next
one gathers. A lone update is not delayed (no linger by default); under load batches grow by
themselves.

Each caller still sees its own unit as atomic and committed when `run` returns: if any unit
in a batch fails, the batch is rolled back and every unit is run again alone, so only the
failing one fails. Units must therefore only touch the database (they may run twice).
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import repository as repo

log = logging.getLogger(__name__)

T = TypeVar("T")
Unit = Callable[[AsyncSession], Awaitable[T]]
MAX_BATCH = 64


class GroupCommit:
    """Runs units of work from concurrent callers in shared transactions, one batch at a time."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        max_batch: int = MAX_BATCH,
        linger_ms: float = 0.0,
    ) -> None:
        self._sessions = sessions
        # Both may be changed at start-up (Settings.db_batch_max, db_batch_linger_ms).
        self.max_batch = max_batch
        self.linger_ms = linger_ms
        self._queue: list[tuple[Unit[Any], asyncio.Future[Any]]] = []
        self._drainer: asyncio.Task[None] | None = None
        self.batches = 0  # for tests and benchmarks
        self.units = 0

    async def run(self, unit: Unit[T]) -> T:
        """Run `unit(session)` in a transaction (shared with others); its result once committed."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.append((unit, future))
        if self._drainer is None:
            self._drainer = loop.create_task(self._drain(), name="tend-group-commit")
        return await future

    async def _drain(self) -> None:
        try:
            while self._queue:
                if self.linger_ms > 0 and len(self._queue) < self.max_batch:
                    # At low load every unit would pay a transaction of its own; waiting a
                    # moment lets the next draft's units join it.
                    await asyncio.sleep(self.linger_ms / 1000)
                batch = self._queue[: self.max_batch]
                del self._queue[: self.max_batch]
                await self._commit(batch)
        finally:
            # Only non-empty when cancelled (shutdown): nobody would run these any more.
            self._drainer = None
            for _, future in self._queue:
                future.cancel()
            self._queue.clear()

    async def _commit(self, batch: list[tuple[Unit[Any], asyncio.Future[Any]]]) -> None:
        self.batches += 1
        self.units += len(batch)
        results: list[Any] = []
        try:
            async with self._sessions.begin() as session:
                for unit, _ in batch:
                    results.append(await unit(session))
        except asyncio.CancelledError:
            for _, future in batch:
                future.cancel()
            raise
        except Exception as exc:
            if len(batch) == 1:
                _settle(batch[0][1], exc=exc)
                return
            # The type only: a database error's text quotes the statement's values (drafts).
            log.info(
                "a grouped transaction failed (%s); retrying its %d units alone",
                type(exc).__name__,
                len(batch),
            )
            for item in batch:
                await self._commit([item])
            return
        for (_, future), result in zip(batch, results, strict=True):
            _settle(future, result=result)


def _settle(
    future: asyncio.Future[Any], *, result: Any = None, exc: BaseException | None = None
) -> None:
    if future.done():  # the caller gave up (cancelled); the work is done regardless
        return
    if exc is not None:
        future.set_exception(exc)
    else:
        future.set_result(result)


# Reached through the sessionmaker a service is given (rather than kept on BotData), so every
# caller of these services shares its process's group, tests with their own sessionmaker too.
_groups: weakref.WeakKeyDictionary[async_sessionmaker[AsyncSession], GroupCommit] = (
    weakref.WeakKeyDictionary()
)


def group_for(sessions: async_sessionmaker[AsyncSession]) -> GroupCommit:
    """The process's GroupCommit for `sessions` (one per sessionmaker, made on first use)."""
    group = _groups.get(sessions)
    if group is None:
        group = _groups[sessions] = GroupCommit(sessions)
    return group


async def claim_update(
    sessions: async_sessionmaker[AsyncSession], *, now: datetime, update_id: int
) -> bool:
    """True the first time any worker sees this update id (committed before it returns)."""

    async def unit(session: AsyncSession) -> bool:
        return await repo.claim_update(session, update_id=update_id, now=now)

    return await group_for(sessions).run(unit)
