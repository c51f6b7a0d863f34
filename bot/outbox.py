"""The one outbox loop: every message Tend sends on a schedule (daily nudges, listen reminders,
weekly summaries) takes the same four steps, restart-safe, with any number of workers at once.

1. **claim**: up to BATCH due rows get this worker's id and a lease of CLAIM_TTL, in one
   statement (`FOR UPDATE SKIP LOCKED` on PostgreSQL), so each row goes to one worker.
2. **send started**: written (and committed) just before the message goes to Telegram.
3. **send**.
4. **mark**: sent (with Telegram's message id), skipped (too late, nothing to send, refused for
   good, user blocked Tend) or released (a passing failure: the next tick retries), together
   with what the kind does next (a daily reminder queues tomorrow's) in the same transaction.

After a crash:
- before "send started" (claimed, not sending yet): nothing went out. The lease ends and
  another worker, or this one restarted, claims the row again: a delay of at most CLAIM_TTL,
  nothing lost (unless it is by then later than its kind's grace, when it is skipped as late).
- after "send started" (while sending, or sent and not yet marked): never sent again.
  Telegram's sendMessage has no idempotency key, so nothing can tell afterwards whether the
  message reached the chat; a second copy of the same nudge or reminder is worse than the
  small chance of losing one. The row keeps its "send started" time, which says so.
Only the claim holder sends, and a claim more than half through its lease is handed back
unsent, so a slow batch never overlaps with a worker that takes the claim over.

Each kind lives with its feature and says only what is its own: where its rows wait, what to
send (or to skip) and what follows a mark. Nudges and reminders keep separate tables: a nudge
delivery is the nudge itself, not only its send (its id is in the buttons of messages already
in users' chats, "Another idea" passes hang off it, its `done_at` is /history's "nudges done",
one a local day is its unique key) while a reminder row is only a due message; one table would
carry columns and a uniqueness rule that each mean one kind, and change /export's format. What
they did share, the delivery columns and steps, is shared code (bot/db/repository/outbox.py).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Final, Generic, Literal, NotRequired, Protocol, TypedDict, TypeVar, Unpack

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db import repository as repo

log = logging.getLogger(__name__)

Sessions = async_sessionmaker[AsyncSession]

# A batch is what one worker sends before planning and claiming again: small enough that,
# behind the 30 msg/s rate limiter, it goes out in a few seconds, far inside CLAIM_TTL.
BATCH: Final = 100
# Sends in flight at once: enough to keep the rate limiter (or Telegram) busy, few enough
# for the database pool.
CONCURRENCY: Final = 32
CLAIM_TTL: Final = timedelta(minutes=5)

# What became of one claimed message. "late" is a skip because its time had passed (kinds
# that plan a next one count from the grace period then); "skipped" any other skip.
Outcome = Literal["sent", "late", "skipped", "blocked", "released"]


@dataclass(frozen=True, slots=True)
class Message:
    """One scheduled message to send: its row, where it goes, its HTML text and buttons
    (a Telegram reply markup, carried through untouched: the loop never imports Telegram)."""

    row_id: int
    user_id: int
    chat_id: int
    text: str
    buttons: object = None


class Blocked(Exception):
    """The user blocked Tend (Telegram's 403): nothing more goes to them until they are back."""


class Refused(Exception):
    """Refused for good (the chat is gone, the message rejected): retrying cannot help."""


class Failed(Exception):
    """A passing failure (network, 429, 5xx): the next tick tries again."""


# Sends one message and returns its message id; raises Blocked, Refused or Failed on failure
# (bot/telegram/scheduled.py sends through the bot and says which).
Send = Callable[[Message], Awaitable[int]]


class Claimed(Protocol):
    """A claimed row as its kind reads it."""

    @property
    def row_id(self) -> int: ...

    @property
    def user_id(self) -> int: ...


C = TypeVar("C", bound=Claimed)


class Kind(Protocol[C]):
    """One kind of scheduled message: what is its own, the loop does the rest."""

    @property
    def name(self) -> str:
        """For the logs: "nudge", "listen reminder", "weekly summary"."""
        ...

    @property
    def queue(self) -> repo.Queue[C]:
        """Where its rows wait."""
        ...

    async def plan(self, *, now: datetime, limit: int) -> int:
        """Create rows that became due (nudges plan from schedules); how many schedules were
        looked at, 0 when nothing is left to plan."""
        ...

    async def compose(self, item: C, *, now: datetime) -> Message | Literal["late", "skipped"]:
        """The message to send for a claimed row, or why it is not sent."""
        ...

    async def settled(
        self, session: AsyncSession, item: C, outcome: Outcome, *, now: datetime
    ) -> None:
        """After a mark this worker still held (never "released"), in the same transaction."""
        ...


@dataclass(slots=True)
class Tally:
    """What one run did."""

    sent: int = 0
    skipped: int = 0  # late ones included
    blocked: int = 0
    released: int = 0
    lost: int = 0  # finished after this worker's claim had expired

    def count(self, outcome: Outcome, held: bool) -> None:
        if not held:
            self.lost += 1
        name = "skipped" if outcome == "late" else outcome
        setattr(self, name, getattr(self, name) + 1)


class RunOptions(TypedDict):
    """How one worker runs the loop: who it is, its clock and Telegram, and its limits."""

    clock: Clock
    worker_id: str
    send: Send
    batch: NotRequired[int]
    concurrency: NotRequired[int]
    claim_ttl: NotRequired[timedelta]
    keep_going: NotRequired[Callable[[], bool]]


async def run(kind: Kind[C], sessions: Sessions, **options: Unpack[RunOptions]) -> Tally:
    """Plan, claim and send batches until nothing is due (or `keep_going()` turns False).

    A send that fails in a retryable way releases its row and ends the run, so a Telegram
    outage is retried on the next tick rather than in a tight loop.
    """
    clock, worker_id = options["clock"], options["worker_id"]
    batch = options.get("batch", BATCH)
    concurrency = options.get("concurrency", CONCURRENCY)
    claim_ttl = options.get("claim_ttl", CLAIM_TTL)
    keep_going = options.get("keep_going", lambda: True)
    worker = _Worker(kind, sessions, clock, worker_id, options["send"], claim_ttl)
    while keep_going():
        planned = await kind.plan(now=clock.now(), limit=batch)
        claimed_at = clock.now()
        async with sessions.begin() as session:
            claimed = await repo.claim_sends(
                session,
                kind.queue,
                now=claimed_at,
                limit=batch,
                worker_id=worker_id,
                claim_ttl=claim_ttl,
            )
        if not claimed:
            if planned == 0:
                break
            continue
        released = worker.tally.released
        await run_bounded(
            [partial(worker.deliver, item, claimed_at) for item in claimed], concurrency
        )
        if worker.tally.released > released:
            break
    return worker.tally


@dataclass(frozen=True, slots=True)
class _Mark(Generic[C]):
    item: C
    outcome: Outcome
    message_id: int | None = None


@dataclass(slots=True)
class _Worker(Generic[C]):
    kind: Kind[C]
    sessions: Sessions
    clock: Clock
    worker_id: str
    send: Send
    claim_ttl: timedelta
    tally: Tally = field(default_factory=Tally)
    starts: BatchedWrites[int] = field(init=False)
    marks: BatchedWrites[_Mark[C]] = field(init=False)

    def __post_init__(self) -> None:
        self.starts = BatchedWrites(self._start)
        self.marks = BatchedWrites(self._mark)

    async def deliver(self, item: C, claimed_at: datetime) -> None:
        message_id: int | None = None
        # Past half the lease another worker may soon take this claim over: hand it back
        # unsent rather than risk both sending it.
        if self.clock.now() - claimed_at >= self.claim_ttl / 2:
            outcome: Outcome = "released"
        else:
            outcome, message_id = await self._send(item)
        held = await self.marks(_Mark(item, outcome, message_id))
        if not held and outcome == "sent":
            log.warning("%s %s was sent after its claim expired", self.kind.name, item.row_id)
        self.tally.count(outcome, held)

    async def _send(self, item: C) -> tuple[Outcome, int | None]:
        name, row_id = self.kind.name, item.row_id
        message = await self.kind.compose(item, now=self.clock.now())
        if isinstance(message, str):
            return message, None
        # Recorded before sending: after a crash from here on, it is never sent again.
        if not await self.starts(row_id):
            return "released", None  # the claim was lost to another worker; it is theirs now
        try:
            return "sent", await self.send(message)
        except Blocked:
            log.info("%s %s: user blocked Tend", name, row_id)
            return "blocked", None
        except Refused as exc:
            log.warning("%s %s refused (%s); skipped", name, row_id, exc)
            return "skipped", None
        except Failed as exc:
            log.warning("%s %s failed (%s); will retry", name, row_id, exc)
            return "released", None

    async def _start(self, row_ids: list[int]) -> list[bool]:
        async with self.sessions.begin() as session:
            held = await repo.start_sends(
                session,
                self.kind.queue,
                row_ids=row_ids,
                worker_id=self.worker_id,
                now=self.clock.now(),
            )
        return [row_id in held for row_id in row_ids]

    async def _mark(self, marks: list[_Mark[C]]) -> list[bool]:
        now = self.clock.now()
        async with self.sessions.begin() as session:
            return [await self._mark_one(session, mark, now) for mark in marks]

    async def _mark_one(self, session: AsyncSession, mark: _Mark[C], now: datetime) -> bool:
        queue, row_id, worker_id = self.kind.queue, mark.item.row_id, self.worker_id
        if mark.outcome == "released":
            return await repo.release_send(session, queue, row_id=row_id, worker_id=worker_id)
        if mark.outcome == "sent":
            if mark.message_id is None:
                raise ValueError("a sent message needs its message id")
            held = await repo.mark_sent(
                session,
                queue,
                row_id=row_id,
                worker_id=worker_id,
                now=now,
                message_id=mark.message_id,
            )
        else:
            if mark.outcome == "blocked":
                # Telegram said 403: nothing more is sent to them until they are back.
                await repo.mark_blocked(session, user_id=mark.item.user_id, now=now)
            held = await repo.mark_skipped(session, queue, row_id=row_id, worker_id=worker_id)
        if held:
            await self.kind.settled(session, mark.item, mark.outcome, now=now)
        return held


T = TypeVar("T")


class BatchedWrites(Generic[T]):
    """Writes the way databases group commits: while one transaction is writing, items that
    arrive queue up, and the next transaction writes all of them.

    Behind the rate limiter each send is started and marked on its own, at once; when sends
    outpace the database, transactions grow instead of queueing. A crash loses at most the
    marks waiting for the transaction in progress (their rows stay "send started").
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
    fails (cancelling one between its send and its mark could lose the mark); the first
    failure is raised afterwards."""
    gate = asyncio.Semaphore(limit)

    async def gated(job: Callable[[], Awaitable[None]]) -> None:
        async with gate:
            await job()

    results = await asyncio.gather(*(gated(job) for job in jobs), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
