"""The nudge and listen dispatchers: exactly once across workers, crashes and Telegram errors.

Sends go to fakes owned here (no Telegram), except the last tests, which send the real
messages through PTB to the Bot API stand-in so the Bot API spec checks them too.
"""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError, TimedOut

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import NudgeDelivery, NudgeSettings, Reminder, ReminderKind, User
from bot.dispatch import listen as listen_dispatch
from bot.dispatch import nudges as nudge_dispatch
from bot.dispatch.listen import OutgoingReminder
from bot.dispatch.nudges import CLAIM_TTL, OutgoingNudge, Tally
from bot.nudges import texts
from bot.nudges.catalogue import default_catalogue
from bot.services import listen, nudges
from standin import StandIn

Sessions = async_sessionmaker[AsyncSession]
GRACE = timedelta(hours=2)


class Crash(Exception):
    """Stands in for the process dying in the middle of a batch."""


class FakeSender:
    """Records each send; fails for chosen chats, or crashes at the n-th call."""

    def __init__(self, clock: FakeClock, *, crash_at: int | None = None) -> None:
        self.clock = clock
        self.crash_at = crash_at
        self.failures: dict[int, TelegramError] = {}
        self.calls = 0
        self.sent: list[int] = []  # delivery (or reminder) ids
        self.advance_each = timedelta(0)  # a slow Telegram: the clock moves with every send

    async def __call__(self, item: OutgoingNudge | OutgoingReminder) -> int:
        self.calls += 1
        await asyncio.sleep(0)  # let other workers interleave
        if self.calls == self.crash_at:
            raise Crash
        if (error := self.failures.get(item.chat_id)) is not None:
            raise error
        self.sent.append(item.delivery_id if isinstance(item, OutgoingNudge) else item.reminder_id)
        self.clock.advance(self.advance_each)
        return 500 + len(self.sent)


async def seed_due(sessions: Sessions, clock: FakeClock, count: int) -> list[int]:
    """`count` users with nudges on (UTC, 11:59) whose nudge became due a minute ago."""
    due = clock.now() - timedelta(minutes=1)
    user_ids = list(range(1, count + 1))
    async with sessions.begin() as session:
        for start in range(0, count, 2000):
            chunk = user_ids[start : start + 2000]
            await session.execute(
                insert(User),
                [{"id": u, "chat_id": u, "created_at": due, "time_zone": "Etc/UTC"} for u in chunk],
            )
            await session.execute(
                insert(NudgeSettings),
                [
                    {"user_id": u, "enabled": True, "local_time": time(11, 59), "next_due_at": due}
                    for u in chunk
                ],
            )
    return user_ids


async def run(
    sessions: Sessions, clock: FakeClock, send: FakeSender, *, worker: str = "w1", **options: int
) -> Tally:
    return await nudge_dispatch.dispatch(
        sessions, clock=clock, worker_id=worker, grace=GRACE, send=send, **options
    )


async def delivery_states(sessions: Sessions) -> list[tuple[int, bool, bool, int | None]]:
    """(user, sent, skipped, message id) for every delivery, by user."""
    async with sessions() as session:
        rows = await session.execute(
            select(
                NudgeDelivery.user_id,
                NudgeDelivery.sent_at.is_not(None),
                NudgeDelivery.skipped,
                NudgeDelivery.message_id,
            ).order_by(NudgeDelivery.user_id)
        )
        return [(u, bool(sent), skipped, m) for u, sent, skipped, m in rows.all()]


async def test_dispatch_sends_each_due_nudge_and_marks_it_with_the_message_id(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 3)
    sender = FakeSender(clock)
    tally = await run(sessionmaker, clock, sender)
    assert tally == Tally(sent=3)
    states = await delivery_states(sessionmaker)
    assert [(u, sent, skipped) for u, sent, skipped, _ in states] == [
        (1, True, False),
        (2, True, False),
        (3, True, False),
    ]
    assert sorted(m for *_, m in states if m is not None) == [501, 502, 503]
    assert await run(sessionmaker, clock, sender) == Tally()  # nothing twice


@pytest.mark.parametrize(
    ("error", "outcome", "blocked"),
    [
        (Forbidden("Forbidden: bot was blocked by the user"), Tally(blocked=1), True),
        (BadRequest("Bad Request: chat not found"), Tally(skipped=1), False),
    ],
)
async def test_dispatch_permanent_errors_skip_and_403_stops_the_users_nudges(
    sessionmaker: Sessions,
    clock: FakeClock,
    error: TelegramError,
    outcome: Tally,
    blocked: bool,
) -> None:
    await seed_due(sessionmaker, clock, 1)
    sender = FakeSender(clock)
    sender.failures[1] = error
    assert await run(sessionmaker, clock, sender) == outcome
    assert await delivery_states(sessionmaker) == [(1, False, True, None)]
    async with sessionmaker() as session:
        user = await repo.get_user(session, user_id=1)
    assert user is not None
    assert (user.blocked_at is not None) is blocked
    sender.failures.clear()
    clock.advance(days=1)
    tomorrow = await run(sessionmaker, clock, sender)
    assert tomorrow == (Tally() if blocked else Tally(sent=1))


@pytest.mark.parametrize(
    "error", [NetworkError("connection reset"), TimedOut(), TelegramError("Bad Gateway")], ids=type
)
async def test_dispatch_retryable_error_releases_and_next_tick_sends_once(
    sessionmaker: Sessions, clock: FakeClock, error: TelegramError
) -> None:
    await seed_due(sessionmaker, clock, 3)
    sender = FakeSender(clock)
    sender.failures[2] = error
    first = await run(sessionmaker, clock, sender)
    assert first == Tally(sent=2, released=1)
    sender.failures.clear()
    clock.advance(seconds=20)
    assert await run(sessionmaker, clock, sender) == Tally(sent=1)
    assert sorted(Counter(sender.sent).values()) == [1, 1, 1]


async def test_dispatch_claim_of_a_dead_worker_is_sent_once_after_the_ttl(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 5)
    # Worker "dead" plans and claims everything, then the process is gone.
    await nudges.plan_due(sessionmaker, now=clock.now(), grace=GRACE, limit=100)
    claimed = await nudges.claim_due(
        sessionmaker, now=clock.now(), worker_id="dead", limit=100, claim_ttl=CLAIM_TTL
    )
    assert len(claimed) == 5
    sender = FakeSender(clock)
    assert await run(sessionmaker, clock, sender, worker="w2") == Tally()
    clock.advance(CLAIM_TTL)
    assert await run(sessionmaker, clock, sender, worker="w2") == Tally(sent=5)
    assert sorted(Counter(sender.sent).values()) == [1] * 5


async def test_dispatch_restart_mid_batch_loses_nothing_and_sends_nothing_twice(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    user_ids = await seed_due(sessionmaker, clock, 50)
    sender = FakeSender(clock, crash_at=7)
    with pytest.raises(Crash):
        await run(sessionmaker, clock, sender, batch=20, concurrency=4)
    before = len(sender.sent)
    assert 0 < before < 50
    # A new process starts at once: the crashed send is still claimed, the rest goes out.
    restarted = await run(sessionmaker, clock, sender, worker="w1-restarted")
    assert restarted.sent == 50 - before - 1
    clock.advance(CLAIM_TTL)
    assert await run(sessionmaker, clock, sender, worker="w1-restarted") == Tally(sent=1)
    assert sorted(Counter(sender.sent).values()) == [1] * 50
    states = await delivery_states(sessionmaker)
    assert [(u, sent) for u, sent, *_ in states] == [(u, True) for u in user_ids]


async def test_dispatch_hands_back_claims_it_cannot_send_in_time(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 4)
    sender = FakeSender(clock)
    sender.advance_each = CLAIM_TTL / 2  # the first send alone takes half the claim's life
    first = await run(sessionmaker, clock, sender, concurrency=1)
    assert first == Tally(sent=1, released=3)
    sender.advance_each = timedelta(0)
    assert await run(sessionmaker, clock, sender, worker="w2") == Tally(sent=3)
    assert sorted(Counter(sender.sent).values()) == [1] * 4


async def test_dispatch_skips_a_planned_nudge_claimed_after_the_grace_period(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 1)
    await nudges.plan_due(sessionmaker, now=clock.now(), grace=GRACE, limit=10)
    clock.advance(GRACE + timedelta(minutes=1))  # the process was down before sending it
    sender = FakeSender(clock)
    assert await run(sessionmaker, clock, sender) == Tally(skipped=1)
    assert sender.calls == 0


@pytest.mark.parametrize(
    ("db_url", "count"),
    [
        ("sqlite", 1_000),
        pytest.param("postgres", 10_000, marks=[pytest.mark.postgres, pytest.mark.slow]),
    ],
    indirect=["db_url"],
)
async def test_dispatch_two_workers_at_once_send_each_nudge_exactly_once(
    sessionmaker: Sessions,
    other_sessionmaker: Sessions,
    clock: FakeClock,
    db_url: str,
    count: int,
) -> None:
    user_ids = await seed_due(sessionmaker, clock, count)
    sender = FakeSender(clock)
    tallies = await asyncio.gather(
        run(sessionmaker, clock, sender, worker="w1"),
        run(other_sessionmaker, clock, sender, worker="w2"),
    )
    assert sum(t.sent for t in tallies) == count
    assert set(Counter(sender.sent).values()) == {1}
    if db_url.startswith("postgresql"):
        # SKIP LOCKED lets both work side by side (SQLite's single writer lock is not fair,
        # so there one worker may well do everything).
        assert all(t.sent > 0 for t in tallies), tallies
    states = await delivery_states(sessionmaker)
    assert [(u, sent) for u, sent, *_ in states] == [(u, True) for u in user_ids]


# --- Listen reminders -------------------------------------------------------------------------


async def _reminder(
    sessions: Sessions, clock: FakeClock, kind: ReminderKind, due: datetime
) -> None:
    async with sessions.begin() as session:
        await repo.get_or_create_user(session, user_id=1, chat_id=1, now=clock.now())
        await repo.add_reminder(session, user_id=1, kind=kind, due_at=due, now=clock.now())


async def run_reminders(sessions: Sessions, clock: FakeClock, sender: FakeSender) -> Tally:
    return await listen_dispatch.dispatch(
        sessions, clock=clock, worker_id="w1", grace=GRACE, send=sender
    )


@pytest.mark.parametrize(("late", "outcome"), [(29, Tally(sent=1)), (31, Tally(skipped=1))])
async def test_listen_dispatch_one_time_reminder_allows_30_minutes(
    sessionmaker: Sessions, clock: FakeClock, late: int, outcome: Tally
) -> None:
    await _reminder(sessionmaker, clock, ReminderKind.LISTEN_ONCE, clock.now())
    clock.advance(minutes=late)
    assert await run_reminders(sessionmaker, clock, FakeSender(clock)) == outcome


async def test_listen_dispatch_leaves_weekly_summaries_to_their_sender(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _reminder(sessionmaker, clock, ReminderKind.WEEKLY_SUMMARY, clock.now())
    assert await run_reminders(sessionmaker, clock, FakeSender(clock)) == Tally()
    async with sessionmaker() as session:
        claimed = await session.scalar(select(func.count()).where(Reminder.claimed_by.is_not(None)))
    assert claimed == 0


async def test_listen_dispatch_403_ends_the_daily_chain_until_listen_is_opened(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await listen.set_daily(sessionmaker, now=clock.now(), user_id=1, chat_id=1, at=time(13))
    sender = FakeSender(clock)
    sender.failures[1] = Forbidden("Forbidden: bot was blocked by the user")
    clock.set(datetime(2026, 11, 25, 13, tzinfo=UTC))
    assert await run_reminders(sessionmaker, clock, sender) == Tally(blocked=1)
    async with sessionmaker() as session:
        assert await repo.pending_reminders(session, user_id=1) == []
    # The user is back and opens /listen: the daily reminder is queued again.
    await listen.get_view(sessionmaker, now=clock.now(), user_id=1, chat_id=1)
    async with sessionmaker() as session:
        [pending] = await repo.pending_reminders(session, user_id=1)
    assert pending.due_at == datetime(2026, 11, 26, 13, tzinfo=UTC)


async def test_listen_dispatch_retryable_error_releases_for_the_next_tick(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _reminder(sessionmaker, clock, ReminderKind.LISTEN_ONCE, clock.now())
    sender = FakeSender(clock)
    sender.failures[1] = TimedOut()
    assert await run_reminders(sessionmaker, clock, sender) == Tally(released=1)
    sender.failures.clear()
    assert await run_reminders(sessionmaker, clock, sender) == Tally(sent=1)


# --- Through PTB to the Bot API stand-in --------------------------------------------------------


@pytest.fixture
async def api() -> AsyncIterator[StandIn]:
    async with StandIn() as api:
        yield api


@pytest.fixture
async def bot(api: StandIn) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url) as bot:
        yield bot


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_telegram_sender_sends_valid_nudges_and_a_block_stops_them(
    sessionmaker: Sessions, clock: FakeClock, api: StandIn, bot: Bot
) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    async with sessionmaker.begin() as session:
        for sim in (alice, bob):
            await repo.get_or_create_user(session, user_id=sim.id, chat_id=sim.id, now=clock.now())
    for sim in (alice, bob):
        await nudges.set_zone(
            sessionmaker, now=clock.now(), user_id=sim.id, chat_id=sim.id, zone=_berlin()
        )
        await nudges.turn_on(sessionmaker, now=clock.now(), user_id=sim.id, chat_id=sim.id)
    bob.block_bot()
    clock.set(datetime(2026, 11, 25, 19, tzinfo=UTC))
    tally = await nudge_dispatch.dispatch(
        sessionmaker,
        clock=clock,
        worker_id="w1",
        grace=GRACE,
        send=nudge_dispatch.telegram_sender(bot),
        rng=random.Random(5),
    )
    assert tally == Tally(sent=1, blocked=1)
    [message] = alice.transcript
    [(delivery_id, key)] = await _sent_keys(sessionmaker)
    nudge = default_catalogue().get(key)
    assert nudge is not None
    assert message.html == texts.nudge_message(nudge)
    assert message.buttons == [
        [(texts.BUTTON_DONE, f"n:done:{delivery_id}")],
        [
            (texts.BUTTON_ANOTHER, f"n:more:{delivery_id}"),
            (texts.BUTTON_PAUSE, f"n:pause:{delivery_id}"),
        ],
    ]
    api.assert_no_violations()


def _berlin() -> nudges.ParsedZone:
    return nudges.ParsedZone("Europe/Berlin", nudges.user_zone("Europe/Berlin"))


async def _sent_keys(sessions: Sessions) -> list[tuple[int, str]]:
    async with sessions() as session:
        rows = await session.execute(
            select(NudgeDelivery.id, NudgeDelivery.nudge_key).where(
                NudgeDelivery.sent_at.is_not(None)
            )
        )
        return [(i, k) for i, k in rows.all()]
