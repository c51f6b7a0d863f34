"""Pieces every claim-then-send dispatcher shares (nudges, listen reminders, weekly summaries).

The rules they follow are described in bot/nudges/job.py: only the claim holder sends,
each send is marked at once, a crashed worker's claims come back after CLAIM_TTL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Final, Generic, Protocol, TypeVar

from telegram import Bot
from telegram.constants import ParseMode

from bot.nudges.service import Outcome

T = TypeVar("T")


class PlainMessage(Protocol):
    """A message with no buttons: where it goes and its HTML text."""

    @property
    def chat_id(self) -> int: ...

    @property
    def text(self) -> str: ...


M = TypeVar("M", bound=PlainMessage)


def plain_sender(bot: Bot) -> Callable[[M], Awaitable[int]]:
    """Send `message.text` (HTML) through `bot` (its rate limiter applies); the message id."""

    async def send(message: M) -> int:
        sent = await bot.send_message(
            chat_id=message.chat_id, text=message.text, parse_mode=ParseMode.HTML
        )
        return sent.message_id

    return send


# A batch is what one worker sends before planning and claiming again: small enough that,
# behind the 30 msg/s rate limiter, it goes out in a few seconds, far inside CLAIM_TTL.
BATCH: Final = 100
# Sends in flight at once: enough to keep the rate limiter (or Telegram) busy, few enough
# for the database pool.
CONCURRENCY: Final = 32
CLAIM_TTL: Final = timedelta(minutes=5)


@dataclass(slots=True)
class Tally:
    """What one dispatch run did."""

    sent: int = 0
    skipped: int = 0
    blocked: int = 0
    released: int = 0
    lost: int = 0  # finished after this worker's claim had expired

    def count(self, outcome: Outcome, held: bool) -> None:
        if not held:
            self.lost += 1
        setattr(self, outcome, getattr(self, outcome) + 1)


class BatchedWrites(Generic[T]):
    """A scheduled send's small writes ("send started", outcomes), batched the way databases
    group commits: while one transaction is writing, writes that arrive queue up, and the
    next transaction writes all of them. (The draft path's own group commit, with units of
    work from concurrent updates, is `bot.db.group_commit.GroupCommit`.)

    Behind the rate limiter each send is marked on its own, at once; when sends outpace the
    database, transactions grow instead of queueing. A crash loses at most the outcomes
    waiting for the transaction in progress.
    """

    def __init__(self, write: Callable[[list[T]], Awaitable[list[bool]]]) -> None:
        self._write = write
        self._waiting: list[tuple[T, asyncio.Future[bool]]] = []
        self._writing = asyncio.Lock()

    async def __call__(self, item: T) -> bool:
        """Write `item` (with whatever else is waiting); the writer's answer for it."""
        done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, done))
        async with self._writing:
            if not done.done():
                batch, self._waiting = self._waiting, []
                try:
                    answers = await self._write([queued for queued, _ in batch])
                except Exception as exc:
                    for _, future in batch:
                        future.set_exception(exc)
                else:
                    for (_, future), answer in zip(batch, answers, strict=True):
                        future.set_result(answer)
        return await done


async def run_bounded(jobs: Iterable[Callable[[], Awaitable[None]]], limit: int) -> None:
    """Run `jobs` with at most `limit` at a time. Every job runs to its end even if another
    fails (cancelling one between its send and its mark could duplicate a message); the first
    failure is raised afterwards."""
    gate = asyncio.Semaphore(limit)

    async def gated(job: Callable[[], Awaitable[None]]) -> None:
        async with gate:
            await job()

    results = await asyncio.gather(*(gated(job) for job in jobs), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
