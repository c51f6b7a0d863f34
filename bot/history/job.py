"""Weekly summaries: claim the due ones, send, mark, plan next week's (restart-safe).

Same rules as the nudge dispatcher (bot/nudges/job.py): only the claim holder sends, each
send is marked at once, a crashed worker's claims come back after CLAIM_TTL. Summaries that
should not go out (switched off, too late, user blocking Tend) are settled while claiming.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from functools import partial

from telegram import Bot
from telegram.error import BadRequest, Forbidden, TelegramError

from bot import outbox
from bot.clock import Clock
from bot.context import TendContext
from bot.history.weekly_summary import (
    DueSummary,
    claim_weekly_summaries,
    weekly_summary_retry,
    weekly_summary_sent,
    weekly_summary_undeliverable,
)
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

# Sends one summary and returns its message id; raises telegram.error exceptions on failure.
SendSummary = Callable[[DueSummary], Awaitable[int]]


def telegram_sender(bot: Bot) -> SendSummary:
    """Send through `bot` (the application's bot applies its rate limiter)."""
    return plain_sender(bot)


async def tick(ctx: TendContext) -> None:
    """Send every weekly summary that is due, until none is left or the bot is stopping."""
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
        log.info("weekly summaries: %s", tally)


async def dispatch(
    sessions: Sessions,
    *,
    clock: Clock,
    worker_id: str,
    grace: timedelta,
    send: SendSummary,
    batch: int = BATCH,
    concurrency: int = CONCURRENCY,
    claim_ttl: timedelta = CLAIM_TTL,
    keep_going: Callable[[], bool] = lambda: True,
) -> Tally:
    """Claim and send batches until nothing is due (or `keep_going()` turns False); a
    retryable failure releases its summary and ends the run until the next tick."""
    tally = Tally()

    async def start(reminder_ids: list[int]) -> list[bool]:
        held = await outbox.start_reminder_sends(
            sessions, now=clock.now(), worker_id=worker_id, reminder_ids=reminder_ids
        )
        return [reminder_id in held for reminder_id in reminder_ids]

    starts = BatchedWrites(start)
    while keep_going():
        claimed_at = clock.now()
        claimed = await claim_weekly_summaries(
            sessions,
            now=claimed_at,
            worker_id=worker_id,
            limit=batch,
            claim_ttl=claim_ttl,
            grace=grace,
        )
        if claimed.claimed == 0:
            break
        tally.skipped += claimed.claimed - len(claimed.ready)
        released = tally.released
        deliver = partial(
            _deliver,
            sessions,
            clock=clock,
            worker_id=worker_id,
            send=send,
            claimed_at=claimed_at,
            claim_ttl=claim_ttl,
            tally=tally,
            start=starts,
        )
        await run_bounded([partial(deliver, due) for due in claimed.ready], concurrency)
        if tally.released > released:
            break
    return tally


async def _deliver(
    sessions: Sessions,
    due: DueSummary,
    *,
    clock: Clock,
    worker_id: str,
    send: SendSummary,
    claimed_at: datetime,
    claim_ttl: timedelta,
    tally: Tally,
    start: Callable[[int], Awaitable[bool]],
) -> None:
    outcome: Outcome
    # Past half the TTL another worker may soon take this claim over: hand it back unsent
    # rather than risk both sending it.
    if clock.now() - claimed_at >= claim_ttl / 2:
        outcome = "released"
    elif not await start(due.reminder_id):
        # Recorded before sending: after a crash from here on, it is never sent again.
        outcome = "released"  # the claim was lost to another worker
    else:
        try:
            message_id = await send(due)
        except Forbidden:
            log.info("weekly summary %s: user blocked Tend", due.reminder_id)
            outcome = "blocked"
        except BadRequest as exc:
            # Chat gone or message refused: retrying cannot help.
            log.warning("weekly summary %s refused (%s); skipped", due.reminder_id, exc.message)
            outcome = "skipped"
        except TelegramError as exc:
            name = type(exc).__name__
            log.warning("weekly summary %s failed (%s); will retry", due.reminder_id, name)
            outcome = "released"
        else:
            held = await weekly_summary_sent(
                sessions, now=clock.now(), worker_id=worker_id, due=due, message_id=message_id
            )
            if not held:
                log.warning("weekly summary %s was sent after its claim expired", due.reminder_id)
            tally.count("sent", held)
            return
    if outcome == "released":
        held = await weekly_summary_retry(sessions, worker_id=worker_id, due=due)
    else:
        held = await weekly_summary_undeliverable(
            sessions, now=clock.now(), worker_id=worker_id, due=due, blocked=outcome == "blocked"
        )
    tally.count(outcome, held)
