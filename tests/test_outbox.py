"""The outbox loop (bot/outbox.py) survives a worker dying between any two of its steps, for
every kind of scheduled message: nudges, listen reminders, weekly summaries.

A worker "dies" right after one of its steps is committed: after the claim, after "send
started", after Telegram took the message (before the mark), or after the mark. From then on
it touches neither the database nor Telegram, as a killed process would. A new worker starts
at once, and again once the dead worker's lease (CLAIM_TTL) has run out. Whatever the point:
nothing is sent twice, and nothing whose send had not started is lost. (A real kill -9 of the
bot during a nudge is in tests/test_faults.py.)
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any, Literal

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot
from telegram.error import TimedOut

from bot import outbox
from bot.clock import FakeClock
from bot.db.models import NudgeDelivery, NudgeSettings, Reminder, User
from bot.history import job as weekly
from bot.history import weekly_schedule
from bot.history.weekly_schedule import WeeklyRequest
from bot.listen import job as listen_dispatch
from bot.listen import service as listen
from bot.nudges import job as nudge_dispatch
from bot.telegram import scheduled
from standin import StandIn

Sessions = async_sessionmaker[AsyncSession]
GRACE = timedelta(hours=2)
USERS = (1, 2, 3)
Step = Literal["claim", "send started", "send", "mark"]
Table = type[NudgeDelivery] | type[Reminder]


class Died(Exception):
    """The worker's process is gone."""


class DyingSessions(async_sessionmaker[AsyncSession]):
    """The dying worker's database: after each commit it checks whether `step` has just been
    written for one of its rows, and if so dies; once dead, every transaction fails."""

    def __init__(self, sessions: Sessions, table: Table, worker: str, step: Step) -> None:
        super().__init__(sessions.kw["bind"], expire_on_commit=False)
        self.plain, self.table, self.worker, self.step = sessions, table, worker, step
        self.dead = False

    @contextlib.asynccontextmanager
    async def _begin(self) -> AsyncIterator[AsyncSession]:
        if self.dead:
            raise Died
        async with self.plain.begin() as session:
            yield session
        if await self._reached():
            self.dead = True
            raise Died

    def begin(self) -> Any:
        return self._begin()

    async def _reached(self) -> bool:
        done = {
            "claim": self.table.claimed_by == self.worker,
            "send started": self.table.send_started_at.is_not(None),
            "mark": self.table.sent_at.is_not(None) | self.table.skipped,
        }.get(self.step)
        if done is None:
            return False  # "send": the sender dies
        async with self.plain() as session:
            return bool(await session.scalar(select(func.count()).where(done)))


class Telegram:
    """Records the chats each message went to; `dies` kills the worker right after a send."""

    def __init__(self, dies: DyingSessions | None = None) -> None:
        self.dies = dies
        self.sent: list[int] = []

    async def __call__(self, message: outbox.Message) -> int:
        if self.dies is not None and self.dies.dead:
            raise Died
        self.sent.append(message.chat_id)
        if self.dies is not None and self.dies.step == "send":
            self.dies.dead = True
            raise Died
        return 700 + len(self.sent)


Dispatch = Callable[..., Awaitable[outbox.Tally]]


@dataclass(frozen=True)
class Kind:
    """How to make one message per user of a kind due, and its dispatcher."""

    name: str
    table: Table
    dispatch: Dispatch
    make_due: Callable[[Sessions, FakeClock], Awaitable[None]]


async def _nudges_due(sessions: Sessions, clock: FakeClock) -> None:
    due = clock.now() - timedelta(minutes=1)
    async with sessions.begin() as session:
        await session.execute(
            insert(User),
            [{"id": u, "chat_id": u, "created_at": due, "time_zone": "Etc/UTC"} for u in USERS],
        )
        await session.execute(
            insert(NudgeSettings),
            [
                {"user_id": u, "enabled": True, "local_time": time(11, 59), "next_due_at": due}
                for u in USERS
            ],
        )


async def _listen_due(sessions: Sessions, clock: FakeClock) -> None:
    for user_id in USERS:
        await listen.set_daily(
            sessions, now=clock.now(), user_id=user_id, chat_id=user_id, at=time(13)
        )
    clock.set(datetime(2026, 11, 25, 13, tzinfo=UTC))


async def _weekly_due(sessions: Sessions, clock: FakeClock) -> None:
    for user_id in USERS:
        await weekly_schedule.set_weekly_summary(
            sessions,
            now=clock.now(),
            user_id=user_id,
            chat_id=user_id,
            request=WeeklyRequest(enabled=True),
        )
    clock.set(datetime(2026, 11, 29, 19, 1, tzinfo=UTC))  # the first Sunday, 19:00 UTC


KINDS = [
    Kind("nudges", NudgeDelivery, nudge_dispatch.dispatch, _nudges_due),
    Kind("listen", Reminder, listen_dispatch.dispatch, _listen_due),
    Kind("weekly", Reminder, weekly.dispatch, _weekly_due),
]


async def _unsent_started(sessions: Sessions, table: Table) -> list[int]:
    async with sessions() as session:
        rows = await session.scalars(
            select(table.user_id).where(table.send_started_at.is_not(None), table.sent_at.is_(None))
        )
        return sorted(rows.all())


@pytest.mark.parametrize("concurrency", [1, 4])
@pytest.mark.parametrize("step", ["claim", "send started", "send", "mark"])
@pytest.mark.parametrize("kind", KINDS, ids=lambda k: k.name)
async def test_outbox_worker_dying_after_any_step_sends_nothing_twice_and_loses_nothing_unstarted(
    sessionmaker: Sessions, clock: FakeClock, kind: Kind, step: Step, concurrency: int
) -> None:
    await kind.make_due(sessionmaker, clock)
    dying = DyingSessions(sessionmaker, kind.table, "w1", step)
    first = Telegram(dies=dying)
    with pytest.raises(Died):
        await kind.dispatch(
            dying, clock=clock, worker_id="w1", grace=GRACE, send=first, concurrency=concurrency
        )
    assert dying.dead
    restarted = Telegram()

    async def run_restarted() -> None:
        await kind.dispatch(sessionmaker, clock=clock, worker_id="w2", grace=GRACE, send=restarted)

    await run_restarted()  # at once: the dead worker's claims still stand
    clock.advance(outbox.CLAIM_TTL + timedelta(minutes=1))
    await run_restarted()  # its lease is over: what it had not started is taken over

    sent = Counter(first.sent + restarted.sent)
    assert set(sent.values()) == {1}, sent  # nothing twice
    # Rows whose send started and never got its mark: never sent again, by design.
    stuck = await _unsent_started(sessionmaker, kind.table)
    assert not set(stuck) & set(restarted.sent)
    assert set(sent) | set(stuck) == set(USERS)  # nothing else lost
    # Lost by design: messages whose send had started, not finished, when the worker died (it
    # may have arrived). One at a time, that is only a death right after "send started".
    never_sent = set(stuck) - set(first.sent)
    if concurrency == 1:
        assert len(never_sent) == (1 if step == "send started" else 0)
    if step == "claim":
        assert first.sent == [] and sorted(restarted.sent) == sorted(USERS)


async def test_outbox_passing_failure_releases_and_the_next_tick_sends_once(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _listen_due(sessionmaker, clock)

    async def failing(_: outbox.Message) -> int:
        raise TimedOut

    tally = await listen_dispatch.dispatch(
        sessionmaker, clock=clock, worker_id="w", grace=GRACE, send=scheduled.told_apart(failing)
    )
    assert tally == outbox.Tally(released=3)  # the batch is handed back, and the run ends
    telegram = Telegram()
    tally = await listen_dispatch.dispatch(
        sessionmaker, clock=clock, worker_id="w", grace=GRACE, send=telegram
    )
    assert tally == outbox.Tally(sent=3)
    assert sorted(telegram.sent) == sorted(USERS)


@pytest.mark.parametrize(
    ("fault", "tally"),
    [
        (None, outbox.Tally(sent=1)),
        ({"kind": "forbidden"}, outbox.Tally(blocked=1)),
        (
            {"kind": "server_error", "status": 400, "description": "Bad Request: chat not found"},
            outbox.Tally(skipped=1),
        ),
        ({"kind": "server_error"}, outbox.Tally(released=1)),
    ],
    ids=["sent", "403", "400", "502"],
)
async def test_outbox_telegram_sender_tells_telegrams_answers_apart(
    sessionmaker: Sessions,
    clock: FakeClock,
    api: StandIn,
    fault: dict[str, Any] | None,
    tally: outbox.Tally,
) -> None:
    ann = api.user("Ann")
    await listen.set_daily(
        sessionmaker, now=clock.now(), user_id=ann.id, chat_id=ann.id, at=time(13)
    )
    clock.set(datetime(2026, 11, 25, 13, tzinfo=UTC))
    if fault is not None:
        api.faults.add(method="sendMessage", chat_id=ann.id, **fault)
    async with Bot(api.token, base_url=api.base_url) as bot:
        tallied = await listen_dispatch.dispatch(
            sessionmaker,
            clock=clock,
            worker_id="w",
            grace=GRACE,
            send=scheduled.telegram_sender(bot),
        )
    assert tallied == tally
    assert len(ann.transcript) == tally.sent
