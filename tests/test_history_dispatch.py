"""The weekly-summary dispatcher with a fake sender, against SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import ReminderKind
from bot.history import job as weekly
from bot.history import texts as t
from bot.history import weekly_schedule
from bot.history.weekly_schedule import WeeklyRequest
from bot.outbox import Message, Tally
from bot.telegram import scheduled

Sessions = async_sessionmaker[AsyncSession]
GRACE = timedelta(hours=2)
TTL = timedelta(minutes=5)
FIRST_DUE = datetime(2026, 11, 29, 19, tzinfo=UTC)  # the Sunday after the clock's Wednesday


class FakeSender:
    """Records what would go to Telegram; raises `error` instead when one is set."""

    def __init__(self, error: TelegramError | None = None) -> None:
        self.sent: list[Message] = []
        self.error = error

    async def __call__(self, due: Message) -> int:
        if self.error is not None:
            raise self.error
        self.sent.append(due)
        return 1000 + len(self.sent)


async def _weekly_users(sessions: Sessions, clock: FakeClock, *user_ids: int) -> None:
    for user_id in user_ids:
        await weekly_schedule.set_weekly_summary(
            sessions,
            now=clock.now(),
            user_id=user_id,
            chat_id=user_id,
            request=WeeklyRequest(enabled=True),
        )


async def _pending(sessions: Sessions, user_id: int) -> list[datetime]:
    async with sessions.begin() as session:
        reminders = await repo.pending_reminders(
            session, user_id=user_id, kind=ReminderKind.WEEKLY_SUMMARY
        )
        return [r.due_at for r in reminders]


async def _dispatch(
    sessions: Sessions, clock: FakeClock, send: FakeSender, claim_ttl: timedelta = TTL
) -> Tally:
    return await weekly.dispatch(
        sessions,
        clock=clock,
        worker_id="w",
        grace=GRACE,
        send=scheduled.told_apart(send),
        batch=1,
        claim_ttl=claim_ttl,
    )


async def test_dispatch_sends_every_due_summary_and_plans_next_week(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _weekly_users(sessionmaker, clock, 1, 2, 3)
    send = FakeSender()
    assert await _dispatch(sessionmaker, clock, send) == Tally()

    clock.set(FIRST_DUE + timedelta(minutes=1))
    assert await _dispatch(sessionmaker, clock, send) == Tally(sent=3)  # batch=1: three claims
    assert sorted(d.chat_id for d in send.sent) == [1, 2, 3]
    assert all(t.WEEKLY_TITLE in d.text and t.WEEKLY_QUIET in d.text for d in send.sent)
    for user_id in (1, 2, 3):
        assert await _pending(sessionmaker, user_id) == [FIRST_DUE + timedelta(weeks=1)]
    assert await _dispatch(sessionmaker, clock, send) == Tally()


@pytest.mark.parametrize(
    ("error", "tally", "pending", "blocked"),
    [
        (
            Forbidden("bot was blocked by the user"),
            Tally(blocked=1),
            FIRST_DUE + timedelta(weeks=1),
            True,
        ),
        (BadRequest("Chat not found"), Tally(skipped=1), FIRST_DUE + timedelta(weeks=1), False),
        (NetworkError("connection reset"), Tally(released=1), FIRST_DUE, False),
    ],
    ids=["blocked", "refused", "network"],
)
async def test_dispatch_settles_a_failed_send(
    sessionmaker: Sessions,
    clock: FakeClock,
    error: TelegramError,
    tally: Tally,
    pending: datetime,
    blocked: bool,
) -> None:
    await _weekly_users(sessionmaker, clock, 1)
    clock.set(FIRST_DUE)
    assert await _dispatch(sessionmaker, clock, FakeSender(error)) == tally
    assert await _pending(sessionmaker, 1) == [pending]
    async with sessionmaker() as session:
        user = await repo.get_user(session, user_id=1)
    assert user is not None and (user.blocked_at is not None) is blocked


async def test_dispatch_counts_summaries_settled_while_claiming(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _weekly_users(sessionmaker, clock, 1)
    clock.set(FIRST_DUE + GRACE + timedelta(minutes=1))  # too late to be welcome
    send = FakeSender()
    assert await _dispatch(sessionmaker, clock, send) == Tally(skipped=1)
    assert send.sent == []


async def test_dispatch_hands_back_a_claim_held_too_long(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _weekly_users(sessionmaker, clock, 1)
    clock.set(FIRST_DUE)
    send = FakeSender()
    # With no time to spare, sending could race another worker taking the claim over.
    tally = await _dispatch(sessionmaker, clock, send, claim_ttl=timedelta(0))
    assert tally == Tally(released=1)
    assert send.sent == []
    assert await _pending(sessionmaker, 1) == [FIRST_DUE]
