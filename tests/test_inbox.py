"""The inbox (bot/telegram/inbox.py): held before acknowledged, released once answered, taken
over after a crash, never kept long, gone with /forget."""

from __future__ import annotations

import asyncio
import os
import socket
from datetime import timedelta
from typing import Any

import pytest
from bot_database import count_rows
from fakes import ScriptedRequest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import HeldUpdate
from bot.db.repository.inbox import Arrival
from bot.telegram import inbox as inbox_service
from bot.telegram.inbox import LEASE, MAX_HELD, Inbox, owner_is_gone
from bot.telegram.polling import arrival, hold_polled
from bot.telegram.transport import RetryingRequest

Sessions = async_sessionmaker[AsyncSession]


def _arrival(update_id: int, user_id: int = 7) -> Arrival:
    return Arrival(update_id, user_id, f'{{"update_id":{update_id},"message":{{}}}}')


def _gone_owner() -> str:
    # This host, a pid that cannot be running (beyond pid_max).
    return f"{socket.gethostname()}:99999999:deadbeef"


async def _held(db_url: str) -> int:
    return await count_rows(db_url, HeldUpdate)


async def test_inbox_holds_each_update_once_and_releases_it_when_answered(
    sessionmaker: Sessions, clock: FakeClock, db_url: str
) -> None:
    inbox = Inbox(sessionmaker, clock=clock)
    assert await inbox.hold([_arrival(1), _arrival(2), _arrival(1)]) == [True, True, False]
    assert await inbox.hold([_arrival(2)]) == [False]  # a redelivery
    other = Inbox(sessionmaker, clock=clock)
    assert await other.hold([_arrival(1)]) == [False]  # another worker
    assert inbox.holds(1) and not other.holds(1)
    assert await _held(db_url) == 2
    await inbox.release(1)
    assert not inbox.holds(1)
    assert await _held(db_url) == 1
    assert await inbox.hold([_arrival(1)]) == [False]  # answered: never again


async def test_inbox_takes_over_a_stopped_owners_updates_and_answers_only_unsent_ones(
    sessionmaker: Sessions, clock: FakeClock, db_url: str
) -> None:
    dead = Inbox(sessionmaker, clock=clock, owner=_gone_owner())
    await dead.hold([_arrival(10), _arrival(11)])
    with dead.answering(11):
        await inbox_service.before_send()  # 11's reply was leaving when it died
        await inbox_service.before_send()  # noted once
    restarted = Inbox(sessionmaker, clock=clock)
    replay = await restarted.tick()
    assert [update_id for update_id, _ in replay] == [10]
    assert '"update_id":10' in replay[0][1]
    assert restarted.holds(10) and not restarted.holds(11)
    assert (restarted.replayed, restarted.abandoned) == (1, 1)
    assert await _held(db_url) == 1
    assert await restarted.tick() == []  # taken once


class _GatedRequest(ScriptedRequest):
    """Answers every call once `gate` is open; `arrived` gets an item as each call arrives."""

    def __init__(self, gate: asyncio.Event) -> None:
        super().__init__()
        self.gate = gate
        self.arrived: asyncio.Queue[None] = asyncio.Queue()

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        self.arrived.put_nowait(None)
        await self.gate.wait()
        return 200, b'{"ok":true,"result":true}'


async def test_inbox_notes_a_send_only_while_it_holds_one_of_the_send_slots(
    sessionmaker: Sessions, clock: FakeClock, db_url: str
) -> None:
    # What bounds the replies one crash can lose (tests/test_crash_replies.py): an update is
    # noted "send started" only by a send that holds a slot, and keeps it until answered, so
    # no more than the slots can be noted and not yet out.
    inbox = Inbox(sessionmaker, clock=clock)
    await inbox.hold([_arrival(1), _arrival(2), _arrival(3)])
    gate = asyncio.Event()
    inner = _GatedRequest(gate)
    request = RetryingRequest(inner, send_slots=2)

    async def answer(update_id: int) -> None:
        with inbox.answering(update_id):
            await request.do_request("https://x/bot1:T/sendMessage", "POST")

    async def noted() -> int:
        return await _held(db_url) - await count_rows(db_url, HeldUpdate, send_started_at=None)

    sends = [asyncio.create_task(answer(update_id)) for update_id in (1, 2, 3)]
    async with asyncio.timeout(10):
        await inner.arrived.get()
        await inner.arrived.get()
    assert inner.arrived.empty()
    assert await noted() == 2  # the third waits for a slot, not noted
    gate.set()
    await asyncio.gather(*sends)
    assert await noted() == 3


async def test_inbox_leaves_a_live_owners_updates_until_its_lease_runs_out(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    elsewhere = Inbox(sessionmaker, clock=clock, owner="other-host:1:abc")
    await elsewhere.hold([_arrival(20)])
    me = Inbox(sessionmaker, clock=clock)
    clock.advance(seconds=LEASE.total_seconds() - 5)
    assert await me.tick() == []
    await elsewhere.tick()  # alive: renews its claim
    clock.advance(seconds=30)
    assert await me.tick() == []
    clock.advance(seconds=LEASE.total_seconds())
    assert [u for u, _ in await me.tick()] == [20]


async def test_inbox_drops_what_was_held_too_long(
    sessionmaker: Sessions, clock: FakeClock, db_url: str
) -> None:
    inbox = Inbox(sessionmaker, clock=clock)
    await inbox.hold([_arrival(30)])
    clock.advance(seconds=MAX_HELD.total_seconds() + 1)
    await inbox.tick()
    assert await _held(db_url) == 0


async def test_inbox_forget_deletes_the_users_held_updates(
    sessionmaker: Sessions, clock: FakeClock, db_url: str
) -> None:
    inbox = Inbox(sessionmaker, clock=clock)
    async with sessionmaker.begin() as session:
        await repo.get_or_create_user(session, user_id=7, chat_id=7, now=clock.now())
    await inbox.hold([_arrival(40, user_id=7), _arrival(41, user_id=8)])
    async with sessionmaker.begin() as session:
        await repo.delete_user(session, user_id=7)
    assert await count_rows(db_url, HeldUpdate, user_id=7) == 0
    assert await count_rows(db_url, HeldUpdate, user_id=8) == 1


@pytest.mark.parametrize(
    ("owner", "gone"),
    [
        (f"{socket.gethostname()}:99999999:x", True),  # no such process
        (f"{socket.gethostname()}:{os.getpid()}:earlier-start", True),  # our pid, older start
        (f"{socket.gethostname()}:1:x", False),  # running (init)
        ("another-host:99999999:x", False),  # cannot tell: wait for the lease
        ("garbage", False),
    ],
)
def test_inbox_owner_is_gone(owner: str, gone: bool) -> None:
    me = f"{socket.gethostname()}:{os.getpid()}:now"
    assert owner_is_gone(owner, me=me) is gone
    assert not owner_is_gone(me, me=me)


def test_inbox_lease_and_max_held_are_minutes_not_hours() -> None:
    assert timedelta(seconds=30) <= LEASE < MAX_HELD <= timedelta(minutes=15)


def test_inbox_an_echo_is_skipped_once_per_redelivery(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    inbox = Inbox(sessionmaker, clock=clock)
    assert not inbox.take_echo(50)
    inbox.note_echo(50)
    inbox.note_echo(50)
    assert inbox.take_echo(50) and inbox.take_echo(50)
    assert not inbox.take_echo(50)


def _update(update_id: int, user_id: int = 9) -> dict[str, object]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 1_700_000_000,
            "chat": {"id": user_id, "type": "private"},
            "from": {"id": user_id, "is_bot": False, "first_name": "A"},
            "text": "you never listen",
        },
    }


async def test_inbox_polled_batch_is_held_as_received_and_a_redelivery_in_flight_is_an_echo(
    sessionmaker: Sessions, clock: FakeClock, db_url: str
) -> None:
    inbox = Inbox(sessionmaker, clock=clock)
    raw = [_update(60), _update(61, user_id=10)]
    updates = tuple(Update.de_json(item, None) for item in raw)
    assert await hold_polled(inbox, updates, raw) == updates
    assert inbox.holds(60) and inbox.holds(61)
    assert await count_rows(db_url, HeldUpdate, user_id=10) == 1
    # Delivered again while still being answered: the application skips it once.
    assert await hold_polled(inbox, updates[:1], raw[:1]) == updates[:1]
    assert inbox.take_echo(60) and not inbox.take_echo(61)
    assert arrival(updates[0], raw[0]).payload.startswith('{"update_id":60,')
