"""Daily nudges: plan due schedules, claim deliveries, send them, mark each one (restart-safe).

Any number of processes run this tick at once. A delivery is sent only by the worker holding
its claim, and marked sent right after Telegram accepts it, so the only window for a duplicate
is a crash between Telegram's answer and that commit. A worker that dies holding claims delays
those nudges by CLAIM_TTL; it does not lose them (unless they are by then older than the grace
period, when they are skipped like any other late nudge).
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Final, Generic, TypeVar

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.clock import Clock
from bot.context import TendContext
from bot.db.repository import ClaimedNudge
from bot.handlers.nudges import nudge_keyboard
from bot.nudges import texts
from bot.nudges.schedule import decide
from bot.services import nudges
from bot.services.nudges import Outcome
from bot.services.users import Sessions

log = logging.getLogger(__name__)
T = TypeVar("T")

# A batch is what one worker sends before planning and claiming again: small enough that,
# behind the 30 msg/s rate limiter, it goes out in a few seconds, far inside CLAIM_TTL.
BATCH: Final = 100
# Sends in flight at once: enough to keep the rate limiter (or Telegram) busy, few enough
# for the database pool.
CONCURRENCY: Final = 32
CLAIM_TTL: Final = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class OutgoingNudge:
    """One nudge message to send."""

    delivery_id: int
    user_id: int
    chat_id: int
    text: str


# Sends one nudge and returns its message id; raises telegram.error exceptions on failure.
SendNudge = Callable[[OutgoingNudge], Awaitable[int]]


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


def telegram_sender(bot: Bot) -> SendNudge:
    """Send through `bot` (the application's bot applies its rate limiter)."""

    async def send(nudge: OutgoingNudge) -> int:
        message = await bot.send_message(
            chat_id=nudge.chat_id,
            text=nudge.text,
            parse_mode=ParseMode.HTML,
            reply_markup=nudge_keyboard(nudge.delivery_id),
        )
        return message.message_id

    return send


async def tick(ctx: TendContext) -> None:
    """Send every nudge that is due, until none is left or the bot is stopping."""
    tend = ctx.tend
    tally = await dispatch(
        tend.sessionmaker,
        clock=tend.clock,
        worker_id=tend.worker_id,
        grace=timedelta(minutes=tend.settings.nudge_grace_minutes),
        send=telegram_sender(ctx.bot),
        keep_going=lambda: ctx.application.running,
    )
    if tally != Tally():
        log.info("nudges: %s", tally)


async def dispatch(
    sessions: Sessions,
    *,
    clock: Clock,
    worker_id: str,
    grace: timedelta,
    send: SendNudge,
    batch: int = BATCH,
    concurrency: int = CONCURRENCY,
    claim_ttl: timedelta = CLAIM_TTL,
    keep_going: Callable[[], bool] = lambda: True,
    rng: random.Random | None = None,
) -> Tally:
    """Plan, claim and send batches until nothing is due (or `keep_going()` turns False).

    A send that fails in a retryable way releases its delivery and ends the run, so a Telegram
    outage is retried on the next tick rather than in a tight loop.
    """
    run = _Run(sessions, clock, worker_id, grace, send, claim_ttl)
    while keep_going():
        planned = await nudges.plan_due(
            sessions, now=clock.now(), grace=grace, limit=batch, rng=rng
        )
        claimed_at = clock.now()
        claimed = await nudges.claim_due(
            sessions, now=claimed_at, worker_id=worker_id, limit=batch, claim_ttl=claim_ttl
        )
        if not claimed:
            if planned.seen == 0:
                break
            continue
        released = run.tally.released
        await run_bounded([partial(run.deliver, n, claimed_at) for n in claimed], concurrency)
        if run.tally.released > released:
            break
    return run.tally


@dataclass(slots=True)
class _Run:
    sessions: Sessions
    clock: Clock
    worker_id: str
    grace: timedelta
    send: SendNudge
    claim_ttl: timedelta
    tally: Tally = field(default_factory=Tally)
    marks: GroupCommit[nudges.Finished] = field(init=False)

    def __post_init__(self) -> None:
        self.marks = GroupCommit(self._write)

    async def deliver(self, nudge: ClaimedNudge, claimed_at: datetime) -> None:
        message_id: int | None = None
        # Past half the TTL another worker may soon take this claim over: hand it back
        # unsent rather than risk both sending it.
        if self.clock.now() - claimed_at >= self.claim_ttl / 2:
            outcome: Outcome = "released"
        else:
            outcome, message_id = await _send_one(
                nudge, clock=self.clock, grace=self.grace, send=self.send
            )
        held = await self.marks(nudges.Finished(nudge, outcome, message_id))
        if not held and outcome == "sent":
            log.warning("nudge %s was sent after its claim expired", nudge.delivery_id)
        self.tally.count(outcome, held)

    async def _write(self, results: list[nudges.Finished]) -> list[bool]:
        return await nudges.finish(
            self.sessions, now=self.clock.now(), worker_id=self.worker_id, results=results
        )


async def _send_one(
    nudge: ClaimedNudge, *, clock: Clock, grace: timedelta, send: SendNudge
) -> tuple[Outcome, int | None]:
    if decide(nudge.due_at, clock.now(), grace) == "skip":
        return "skipped", None
    entry = nudges.nudge_for(nudge)
    if entry is None:
        log.warning("nudge %s: key retired since it was planned; skipped", nudge.delivery_id)
        return "skipped", None
    outgoing = OutgoingNudge(
        nudge.delivery_id, nudge.user_id, nudge.chat_id, texts.nudge_message(entry)
    )
    try:
        return "sent", await send(outgoing)
    except Forbidden:
        log.info("nudge %s: user blocked Tend; their nudges stop", nudge.delivery_id)
        return "blocked", None
    except BadRequest as exc:
        # Chat gone or message refused: retrying cannot help.
        log.warning("nudge %s refused (%s); skipped", nudge.delivery_id, exc.message)
        return "skipped", None
    except TelegramError as exc:
        log.warning("nudge %s failed (%s); will retry", nudge.delivery_id, type(exc).__name__)
        return "released", None


class GroupCommit(Generic[T]):
    """Marks outcomes the way databases group commits: while one transaction is writing,
    outcomes that arrive queue up, and the next transaction writes all of them.

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
