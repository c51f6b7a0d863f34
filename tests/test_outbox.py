"""Every scheduled send takes the same steps: claim -> send started -> send -> mark
(bot/outbox.py). A crash between the send and its mark never sends it twice: for
nudges (tests/test_nudge_dispatch.py), listen reminders and weekly summaries (here)."""

from __future__ import annotations

import contextlib
from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import Reminder, ReminderKind
from bot.history import job as weekly
from bot.history import weekly_schedule
from bot.history.weekly_schedule import WeeklyRequest
from bot.history.weekly_summary import DueSummary
from bot.listen import job as listen_dispatch
from bot.listen.job import OutgoingReminder
from bot.telegram.scheduled import CLAIM_TTL, Tally

Sessions = async_sessionmaker[AsyncSession]
GRACE = timedelta(hours=2)
FIRST_SUNDAY = datetime(2026, 11, 29, 19, tzinfo=UTC)  # the weekly summary's first due time


class Died(Exception):
    """The process dying right after Telegram took the message, before it was marked."""


class DyingSender:
    """Sends (records) every message; dies right after sending to `dies_after_chat`."""

    def __init__(self, dies_after_chat: int | None) -> None:
        self.dies_after_chat = dies_after_chat
        self.sent: list[int] = []  # chat ids

    async def __call__(self, item: OutgoingReminder | DueSummary) -> int:
        self.sent.append(item.chat_id)
        if item.chat_id == self.dies_after_chat:
            raise Died
        return 700 + len(self.sent)


async def _listen_reminders(sessions: Sessions, clock: FakeClock, users: int) -> None:
    async with sessions.begin() as session:
        for user_id in range(1, users + 1):
            await repo.get_or_create_user(
                session, user_id=user_id, chat_id=user_id, now=clock.now()
            )
            await repo.add_reminder(
                session,
                user_id=user_id,
                kind=ReminderKind.LISTEN_ONCE,
                due_at=clock.now(),
                now=clock.now(),
            )


async def _run_listen(
    sessions: Sessions, clock: FakeClock, send: DyingSender, worker: str
) -> Tally:
    return await listen_dispatch.dispatch(
        sessions, clock=clock, worker_id=worker, grace=GRACE, send=send, concurrency=1
    )


async def test_outbox_listen_reminder_sent_then_crash_is_never_sent_again(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _listen_reminders(sessionmaker, clock, 5)
    dying = DyingSender(dies_after_chat=3)
    with contextlib.suppress(Died):
        await _run_listen(sessionmaker, clock, dying, "w1")
    restarted = DyingSender(dies_after_chat=None)
    await _run_listen(sessionmaker, clock, restarted, "w2")
    clock.advance(CLAIM_TTL + timedelta(minutes=1))  # the dead worker's claim has expired
    await _run_listen(sessionmaker, clock, restarted, "w2")
    counts = Counter(dying.sent + restarted.sent)
    assert counts == Counter({1: 1, 2: 1, 3: 1, 4: 1, 5: 1}), counts
    async with sessionmaker() as session:
        started = await session.scalar(
            select(Reminder.send_started_at).where(Reminder.user_id == 3)
        )
    assert started is not None  # the crashed one keeps its "send started" mark


async def test_outbox_listen_reminder_refused_by_telegram_is_retried(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    from telegram.error import TimedOut

    await _listen_reminders(sessionmaker, clock, 1)

    async def failing(_: OutgoingReminder) -> int:
        raise TimedOut

    assert await listen_dispatch.dispatch(
        sessionmaker, clock=clock, worker_id="w", grace=GRACE, send=failing
    ) == Tally(released=1)
    sender = DyingSender(dies_after_chat=None)
    assert await _run_listen(sessionmaker, clock, sender, "w") == Tally(sent=1)


async def test_outbox_weekly_summary_sent_then_crash_is_never_sent_again(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    for user_id in (1, 2, 3):
        await weekly_schedule.set_weekly_summary(
            sessionmaker,
            now=clock.now(),
            user_id=user_id,
            chat_id=user_id,
            request=WeeklyRequest(enabled=True),
        )
    clock.set(FIRST_SUNDAY + timedelta(minutes=1))

    async def run(send: DyingSender, worker: str) -> None:
        await weekly.dispatch(
            sessionmaker, clock=clock, worker_id=worker, grace=GRACE, send=send, concurrency=1
        )

    dying = DyingSender(dies_after_chat=2)
    with contextlib.suppress(Died):
        await run(dying, "w1")
    restarted = DyingSender(dies_after_chat=None)
    await run(restarted, "w2")
    clock.advance(CLAIM_TTL + timedelta(minutes=1))
    await run(restarted, "w2")
    counts = Counter(dying.sent + restarted.sent)
    assert counts == Counter({1: 1, 2: 1, 3: 1}), counts
