"""Daily nudges: plan due schedules, claim deliveries, send them, mark each one (restart-safe).

Any number of processes run this tick at once. A delivery is sent only by the worker holding
its claim; just before the send it is marked "send started", and right after Telegram accepts
it, "sent". A worker that dies holding claims delays those nudges by CLAIM_TTL; it does not
lose them (unless they are by then older than the grace period, when they are skipped like any
other late nudge). A claim that dies after "send started" is never taken over: the nudge may
already have arrived, and sending it twice is worse than the small chance of losing one.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.clock import Clock
from bot.context import TendContext
from bot.db.repository import ClaimedNudge
from bot.nudges import plans as nudge_plans
from bot.nudges import texts
from bot.nudges.keyboards import nudge_keyboard
from bot.nudges.schedule import decide
from bot.nudges.service import Outcome
from bot.telegram.scheduled import BATCH, CONCURRENCY, BatchedWrites, Tally, run_bounded

# Re-exported: dispatch() defaults to it, and callers (tests/test_faults.py) read it here.
from bot.telegram.scheduled import CLAIM_TTL as CLAIM_TTL
from bot.users.service import Sessions

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OutgoingNudge:
    """One nudge message to send."""

    delivery_id: int
    user_id: int
    chat_id: int
    text: str


# Sends one nudge and returns its message id; raises telegram.error exceptions on failure.
SendNudge = Callable[[OutgoingNudge], Awaitable[int]]


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
        planned = await nudge_plans.plan_due(
            sessions, now=clock.now(), grace=grace, limit=batch, rng=rng
        )
        claimed_at = clock.now()
        claimed = await nudge_plans.claim_due(
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
    marks: BatchedWrites[nudge_plans.Finished] = field(init=False)
    starts: BatchedWrites[int] = field(init=False)

    def __post_init__(self) -> None:
        self.marks = BatchedWrites(self._write)
        self.starts = BatchedWrites(self._start)

    async def deliver(self, nudge: ClaimedNudge, claimed_at: datetime) -> None:
        message_id: int | None = None
        # Past half the TTL another worker may soon take this claim over: hand it back
        # unsent rather than risk both sending it.
        if self.clock.now() - claimed_at >= self.claim_ttl / 2:
            outcome: Outcome = "released"
        else:
            outcome, message_id = await _send_one(
                nudge, clock=self.clock, grace=self.grace, send=self.send, start=self.starts
            )
        held = await self.marks(nudge_plans.Finished(nudge, outcome, message_id))
        if not held and outcome == "sent":
            log.warning("nudge %s was sent after its claim expired", nudge.delivery_id)
        self.tally.count(outcome, held)

    async def _start(self, delivery_ids: list[int]) -> list[bool]:
        held = await nudge_plans.start_sends(
            self.sessions, now=self.clock.now(), worker_id=self.worker_id, delivery_ids=delivery_ids
        )
        return [delivery_id in held for delivery_id in delivery_ids]

    async def _write(self, results: list[nudge_plans.Finished]) -> list[bool]:
        return await nudge_plans.finish(
            self.sessions, now=self.clock.now(), worker_id=self.worker_id, results=results
        )


async def _send_one(
    nudge: ClaimedNudge,
    *,
    clock: Clock,
    grace: timedelta,
    send: SendNudge,
    start: Callable[[int], Awaitable[bool]],
) -> tuple[Outcome, int | None]:
    if decide(nudge.due_at, clock.now(), grace) == "skip":
        return "skipped", None
    entry = nudge_plans.nudge_for(nudge)
    if entry is None:
        log.warning("nudge %s: key retired since it was planned; skipped", nudge.delivery_id)
        return "skipped", None
    outgoing = OutgoingNudge(
        nudge.delivery_id, nudge.user_id, nudge.chat_id, texts.nudge_message(entry)
    )
    # Recorded before sending: after a crash from here on, the nudge is never sent again.
    if not await start(nudge.delivery_id):
        return "released", None  # the claim was lost to another worker; it is theirs now
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
