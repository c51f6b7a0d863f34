"""Listen reminders (one-time before a talk, and daily): claim, send, mark; restart-safe.

Same rules as the nudge dispatcher (bot/nudges/job.py): only the claim holder sends,
each send is marked at once, a crashed worker's claims come back after CLAIM_TTL.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import outbox
from bot.clock import Clock
from bot.context import TendContext
from bot.db.repository import ClaimedReminder
from bot.listen import service as listen
from bot.nudges.service import Outcome
from bot.telegram.scheduled import (
    BATCH,
    CLAIM_TTL,
    CONCURRENCY,
    BatchedWrites,
    Tally,
    plain_sender,
    run_bounded,
)
from bot.users.service import Sessions

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class OutgoingReminder:
    """One reminder message to send."""

    reminder_id: int
    user_id: int
    chat_id: int
    text: str


# Sends one reminder and returns its message id; raises telegram.error exceptions on failure.
SendReminder = Callable[[OutgoingReminder], Awaitable[int]]


def telegram_sender(bot: Bot) -> SendReminder:
    """Send through `bot` (the application's bot applies its rate limiter)."""
    return plain_sender(bot)


async def tick(ctx: TendContext) -> None:
    """Send every listen reminder that is due, until none is left or the bot is stopping."""
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
        log.info("listen reminders: %s", tally)


async def dispatch(
    sessions: Sessions,
    *,
    clock: Clock,
    worker_id: str,
    grace: timedelta,
    send: SendReminder,
    batch: int = BATCH,
    concurrency: int = CONCURRENCY,
    claim_ttl: timedelta = CLAIM_TTL,
    keep_going: Callable[[], bool] = lambda: True,
) -> Tally:
    """Claim and send batches until nothing is due (or `keep_going()` turns False); a
    retryable failure releases its reminder and ends the run until the next tick."""
    run = _Run(sessions, clock, worker_id, grace, send, claim_ttl)
    while keep_going():
        claimed_at = clock.now()
        claimed = await listen.claim_due(
            sessions, now=claimed_at, worker_id=worker_id, limit=batch, claim_ttl=claim_ttl
        )
        if not claimed:
            break
        released = run.tally.released
        await run_bounded([partial(run.deliver, r, claimed_at) for r in claimed], concurrency)
        if run.tally.released > released:
            break
    return run.tally


@dataclass(slots=True)
class _Run:
    sessions: Sessions
    clock: Clock
    worker_id: str
    grace: timedelta
    send: SendReminder
    claim_ttl: timedelta
    tally: Tally = field(default_factory=Tally)
    marks: BatchedWrites[listen.Finished] = field(init=False)
    starts: BatchedWrites[int] = field(init=False)

    def __post_init__(self) -> None:
        self.marks = BatchedWrites(self._write)
        self.starts = BatchedWrites(self._start)

    async def _start(self, reminder_ids: list[int]) -> list[bool]:
        held = await outbox.start_reminder_sends(
            self.sessions, now=self.clock.now(), worker_id=self.worker_id, reminder_ids=reminder_ids
        )
        return [reminder_id in held for reminder_id in reminder_ids]

    async def deliver(self, reminder: ClaimedReminder, claimed_at: datetime) -> None:
        message_id: int | None = None
        if self.clock.now() - claimed_at >= self.claim_ttl / 2:
            outcome: Outcome = "released"  # see bot/nudges/job.py
        else:
            outcome, message_id = await self._send(reminder)
        held = await self.marks(listen.Finished(reminder, outcome, message_id))
        if not held and outcome == "sent":
            log.warning("reminder %s was sent after its claim expired", reminder.reminder_id)
        self.tally.count(outcome, held)

    async def _write(self, results: list[listen.Finished]) -> list[bool]:
        return await listen.finish(
            self.sessions,
            now=self.clock.now(),
            worker_id=self.worker_id,
            grace=self.grace,
            results=results,
        )

    async def _send(self, reminder: ClaimedReminder) -> tuple[Outcome, int | None]:
        if listen.decide_for(reminder, now=self.clock.now(), grace=self.grace) == "skip":
            return "skipped", None
        outgoing = OutgoingReminder(
            reminder.reminder_id, reminder.user_id, reminder.chat_id, listen.message_for(reminder)
        )
        # Recorded before sending: after a crash from here on, it is never sent again.
        if not await self.starts(reminder.reminder_id):
            return "released", None  # the claim was lost to another worker
        try:
            return "sent", await self.send(outgoing)
        except Forbidden:
            log.info("reminder %s: user blocked Tend", reminder.reminder_id)
            return "blocked", None
        except BadRequest as exc:
            log.warning("reminder %s refused (%s); skipped", reminder.reminder_id, exc.message)
            return "skipped", None
        except TelegramError as exc:
            name = type(exc).__name__
            log.warning("reminder %s failed (%s); will retry", reminder.reminder_id, name)
            return "released", None
