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

Units of the same kind can also share statements: `run_batched(op, arg)` queues one
argument, and each batch calls `op(session, args)` once with the arguments of every such
unit in it, in one multi-row statement where the op can (the draft path's claim, check and
reply each cost one statement per batch instead of one or more per draft). Every unit in a
batch was submitted while the previous batch committed, so they are concurrent and any
order is one they could have run in; grouping them by kind is such an order. The fallback
is unchanged: after a failed batch, each unit runs alone, `op(session, [arg])`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.repository.updates import claim_updates

log = logging.getLogger(__name__)

T = TypeVar("T")
A = TypeVar("A")
Unit = Callable[[AsyncSession], Awaitable[T]]
# Takes the arguments of every unit of its kind in a batch; one result per argument, in order.
BatchOp = Callable[[AsyncSession, Sequence[A]], Awaitable[Sequence[T]]]
MAX_BATCH = 64


@dataclass(slots=True)
class _Queued:
    op: BatchOp[Any, Any]
    arg: Any
    future: asyncio.Future[Any]


async def _run_units(session: AsyncSession, units: Sequence[Unit[Any]]) -> list[Any]:
    # Plain units are one kind too: each runs as it is, in the order they came.
    return [await unit(session) for unit in units]


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
        # Settings.db_batch_max and db_batch_linger_ms (bot.db.session.create_sessionmaker).
        self.max_batch = max_batch
        self.linger_ms = linger_ms
        self._queue: list[_Queued] = []
        self._drainer: asyncio.Task[None] | None = None
        self.batches = 0  # for tests and benchmarks
        self.units = 0

    async def run(self, unit: Unit[T]) -> T:
        """Run `unit(session)` in a transaction (shared with others); its result once committed."""
        result: T = await self.run_batched(_run_units, unit)
        return result

    async def run_batched(self, op: BatchOp[A, T], arg: A) -> T:
        """`op(session, [..., arg, ...])` with the other units of kind `op` in the same batch;
        this unit's result once committed. `op` must return one result per argument."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()
        self._queue.append(_Queued(op, arg, future))
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
            for queued in self._queue:
                queued.future.cancel()
            self._queue.clear()

    async def _commit(self, batch: list[_Queued]) -> None:
        self.batches += 1
        self.units += len(batch)
        kinds: dict[BatchOp[Any, Any], list[_Queued]] = {}
        for queued in batch:
            kinds.setdefault(queued.op, []).append(queued)
        settled: list[tuple[asyncio.Future[Any], Any]] = []
        try:
            async with self._sessions.begin() as session:
                for op, units in kinds.items():
                    results = await op(session, [u.arg for u in units])
                    # strict: an op that answers too few or too many fails its batch.
                    settled += zip((u.future for u in units), results, strict=True)
        except asyncio.CancelledError:
            for queued in batch:
                queued.future.cancel()
            raise
        except Exception as exc:
            if len(batch) == 1:
                _settle(batch[0].future, exc=exc)
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
        for future, result in settled:
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


class GroupedSessions(async_sessionmaker[AsyncSession]):
    """A sessionmaker that carries the group commit of everything it opens sessions for.

    `bot.db.session.create_sessionmaker` makes these; the application holds one (on
    `BotData`), so the group and its settings live with the app that built them, and every
    service handed the sessions batches into the same group (tests with their own too)."""

    group: GroupCommit


def group_for(sessions: async_sessionmaker[AsyncSession]) -> GroupCommit:
    """The group commit `sessions` carry (made with them by `create_sessionmaker`)."""
    if not isinstance(sessions, GroupedSessions):
        raise TypeError("sessions without a group commit: make them with create_sessionmaker")
    return sessions.group


async def claim_update(
    sessions: async_sessionmaker[AsyncSession], *, now: datetime, update_id: int
) -> bool:
    """True the first time any worker sees this update id (committed before it returns)."""
    return await group_for(sessions).run_batched(_claim_updates, (update_id, now))


async def _claim_updates(
    session: AsyncSession, claims: Sequence[tuple[int, datetime]]
) -> list[bool]:
    # One INSERT … ON CONFLICT DO NOTHING for the batch's claims.
    return await claim_updates(session, claims=claims)
