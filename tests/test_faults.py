"""Faults, each against the real bot process (`python -m bot`), the Bot API stand-in and a real
database: the database away at start-up and mid-conversation, Telegram's 429, 5xx, slow
answers, timeouts and 403, SIGKILL in the middle of work, and SIGTERM.

The database "goes away" through a small TCP forwarder owned by the test: while closed it
drops every connection it holds and refuses new ones, exactly what a client sees when
PostgreSQL dies; opened again, it forwards to the real server (TEND_TEST_POSTGRES_URL).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import re
import signal
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import aiohttp
import httpx
import pytest
import pytest_asyncio
from bot_database import count_rows, sessions_for, sqlite_url
from fakes import ScriptedRequest
from sqlalchemy import Select, func, select
from sqlalchemy.engine import make_url
from telegram import Bot
from telegram.error import NetworkError, TimedOut

from bot import outbox
from bot.basics import texts
from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import DraftCheck, NudgeDelivery, ProcessedUpdate, ScheduledDeletion, User
from bot.nudges import job as nudge_dispatch
from bot.telegram import scheduled
from bot.telegram.transport import RetryingRequest
from devtools.launcher import BotProcess
from standin import StandIn
from standin.users import SimUser

pytestmark = [pytest.mark.timeout(120)]

NEVER = "you never listen to me when i talk about work"
SHUTDOWN_BUDGET_S = 10.0
APOLOGIES = {texts.SORRY_DB, texts.SORRY_GENERIC}


# --- Helpers the tests own -------------------------------------------------------------------


class Forwarder:
    """127.0.0.1:<port> -> `target` while open; refuses (accepts and drops) while closed."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.forwarding = False
        self.refused = 0
        self.port = 0
        self._server: asyncio.Server | None = None
        self._live: set[asyncio.StreamWriter] = set()

    async def __aenter__(self) -> Self:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType
    ) -> None:
        self.close()
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    def open(self) -> None:
        """Forward new connections to the database."""
        self.forwarding = True

    def close(self) -> None:
        """The database is gone: cut every live connection, refuse new ones."""
        self.forwarding = False
        for writer in list(self._live):
            writer.transport.abort()
        self._live.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not self.forwarding:
            self.refused += 1
            writer.transport.abort()
            return
        try:
            upstream_reader, upstream = await asyncio.open_connection(*self.target)
        except OSError:
            writer.transport.abort()
            return
        self._live |= {writer, upstream}
        await asyncio.gather(
            _pipe(reader, upstream), _pipe(upstream_reader, writer), return_exceptions=True
        )
        self._live -= {writer, upstream}


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.transport.abort()  # one side gone: the whole connection is


@dataclass
class CallTimes:
    """When the stand-in received each Bot API call (recorded as calls are validated)."""

    api: StandIn
    seen: list[tuple[float, str, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        take = self.api.faults.take

        def recording_take(method: str, params: Any) -> Any:
            self.seen.append((time.monotonic(), method, dict(params)))
            return take(method, params)

        self.api.faults.take = recording_take  # type: ignore[method-assign]

    def of(self, method: str, chat_id: int) -> list[float]:
        return [t for t, m, p in self.seen if m == method and p.get("chat_id") == chat_id]


def _log_times(bot: BotProcess, pattern: str) -> list[float]:
    """Wall-clock times (epoch seconds) of the bot's log lines matching `pattern`."""
    times = []
    for line in bot.log_file.read_text(errors="replace").splitlines():
        if re.search(pattern, line):
            stamp = datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
            times.append(stamp.timestamp())
    return times


async def _until(condition: Any, *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(what)
        await asyncio.sleep(0.05)


async def _timed_stop(bot: BotProcess) -> float:
    """SIGTERM; the seconds until the process exited cleanly."""
    started = time.monotonic()
    assert await bot.stop(timeout=SHUTDOWN_BUDGET_S + 5) == 0, bot.log_tail()
    elapsed = time.monotonic() - started
    assert elapsed < SHUTDOWN_BUDGET_S, f"SIGTERM took {elapsed:.1f} s"
    return elapsed


async def _next_due(bot: BotProcess, user_id: int) -> datetime | None:
    async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
        settings = await repo.get_nudge_settings(session, user_id=user_id)
        return None if settings is None else settings.next_due_at


def _private_update(user: SimUser, message_id: int, text: str) -> dict[str, Any]:
    return {
        "message": {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": user.chat,
            "from": user.data,
            "text": text,
        }
    }


# --- The database away ------------------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.postgres
async def test_faults_database_down_at_start_and_mid_conversation(
    api: StandIn, postgres_database: str, tmp_path: Path
) -> None:
    server = make_url(postgres_database)
    async with Forwarder((server.host or "127.0.0.1", server.port or 5432)) as db:
        url = server.set(host="127.0.0.1", port=db.port).render_as_string(hide_password=False)
        bot = BotProcess(api, data_dir=tmp_path / "data", database_url=url)
        await bot.start(wait_ready=False)
        try:
            # Start-up: a clear message, retried with a growing delay.
            await _until(
                lambda: len(_log_times(bot, "database not reachable")) >= 2,
                timeout=15,
                what="no retry message",
            )
            first, second = _log_times(bot, "database not reachable")[:2]
            said = [line for line in bot.log_tail(200).splitlines() if "not reachable" in line]
            assert "retrying in 1 s" in said[0] and "retrying in 2 s" in said[1]
            assert 0.8 <= second - first <= 2.5, f"first retry after {second - first:.2f} s"
            opened = time.monotonic()
            db.open()
            await bot.wait_ready()
            ready_after = time.monotonic() - opened
            assert ready_after < 10, f"started {ready_after:.1f} s after the database returned"

            alice = api.user("Alice")
            await alice.send(NEVER)
            assert (await alice.wait_for_reply(timeout=15)).buttons
            # The reply is out before the bot remembers it: let it finish (read directly).
            await _until_replied(postgres_database, alice.id, checks=1)

            # Mid-conversation: one apology, nothing else, and the bot keeps running.
            db.close()
            await alice.send("you always forget the bins")
            apology = await alice.wait_for_reply(timeout=20)
            assert apology.text == texts.SORRY_DB
            await api.wait_idle(quiet=1.0, timeout=20)
            assert len(alice.transcript) == 2  # the apology came once

            db.open()
            await alice.send("you never call when you're late")
            assert (await alice.wait_for_reply(timeout=20)).buttons  # back to normal
            await _until_replied(postgres_database, alice.id, checks=2)
            elapsed = await _timed_stop(bot)
        finally:
            await bot.kill()  # a no-op after a clean stop
        assert db.refused >= 2
    print(
        f"database back -> polling in {ready_after:.2f} s; first retry after "
        f"{second - first:.2f} s; SIGTERM -> exit in {elapsed:.2f} s"
    )


def _replied_stmt(user_id: int) -> Select[int]:
    return select(func.count()).where(
        DraftCheck.user_id == user_id, DraftCheck.reply_message_id.is_not(None)
    )


async def _replied(url: str, user_id: int) -> int:
    """How many of the user's checks have their reply remembered."""
    async with sessions_for(url) as sessions, sessions() as session:
        return int((await session.execute(_replied_stmt(user_id))).scalar_one())


async def _until_replied(url: str, user_id: int, *, checks: int) -> None:
    """Wait until `checks` of the user's checks have their reply remembered."""
    async with sessions_for(url) as sessions:
        for _ in range(200):
            async with sessions() as session:
                if (await session.execute(_replied_stmt(user_id))).scalar_one() >= checks:
                    return
            await asyncio.sleep(0.05)
    raise TimeoutError("the bot did not finish the reply")


async def _scheduled(url: str, user_id: int) -> dict[int, datetime]:
    """The user's messages discreet mode will delete: message id -> when."""
    async with sessions_for(url) as sessions, sessions() as session:
        rows = await session.execute(
            select(ScheduledDeletion.message_id, ScheduledDeletion.delete_at).where(
                ScheduledDeletion.user_id == user_id
            )
        )
        return {message_id: at for message_id, at in rows.all()}


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.postgres
async def test_faults_database_down_mid_update_gets_a_true_apology(
    api: StandIn, postgres_database: str, tmp_path: Path
) -> None:
    server = make_url(postgres_database)
    async with Forwarder((server.host or "127.0.0.1", server.port or 5432)) as db:
        db.open()
        url = server.set(host="127.0.0.1", port=db.port).render_as_string(hide_password=False)
        bot = BotProcess(api, data_dir=tmp_path / "data", database_url=url)
        await bot.start()
        try:
            alice = api.user("Alice")
            card = await _ask(alice, "/privacy")
            await alice.press(card, "Delete after 1 hour")
            # The module's database is shared: an earlier test's Alice had the same id.
            before = await _replied(postgres_database, alice.id)
            reply = await _ask(alice, NEVER)
            await _until_replied(postgres_database, alice.id, checks=before + 1)

            # A button pressed while the database is down: an alert stops the spinner, and
            # nothing is added to the chat.
            db.close()
            answer = await alice.press(reply, "👍 Helpful", timeout=20)
            assert (answer.text, answer.show_alert) == (texts.SORRY_BUTTON_DB, True)
            await api.wait_idle(quiet=1.0, timeout=20)
            assert len(alice.transcript) == 2

            # The reply goes out, then the database goes before it is saved: the apology
            # must not say "I stopped before doing anything".
            db.open()
            sends = api.count("sendMessage")
            api.faults.add(kind="slow", method="sendMessage", chat_id=alice.id, delay=2.0)
            draft = await alice.send("you always forget the bins")
            await _until(lambda: api.count("sendMessage") > sends, timeout=15, what="no reply")
            db.close()
            answered = await alice.wait_for_reply(timeout=20)
            assert answered.buttons
            apology = await alice.wait_for_reply(timeout=20)
            assert apology.text == texts.SORRY_DB_AFTER_ANSWER

            # Discreet mode's promise outlives the outage: once the database is back, the
            # draft, the reply and the apology are scheduled too.
            db.open()
            wanted = {draft["message_id"], answered.message_id, apology.message_id}
            for _ in range(300):
                if wanted <= set(await _scheduled(postgres_database, alice.id)):
                    break
                await asyncio.sleep(0.1)
            else:
                raise AssertionError("the messages of the failed update were not scheduled")
            await _timed_stop(bot)
        finally:
            await bot.kill()  # a no-op after a clean stop


@pytest.mark.e2e
@pytest.mark.slow
async def test_faults_unconfirmed_reply_in_discreet_mode_is_owned_up_to(
    api: StandIn, bot: BotProcess
) -> None:
    # Telegram does not confirm the reply in time (it arrives after the read timeout): its
    # id is unknown, so discreet mode cannot delete it. The draft is still deleted on time,
    # and the user is told, in a note that is itself deleted.
    alice, bob = api.user("Alice"), api.user("Bob")
    card = await _ask(alice, "/privacy")
    await alice.press(card, "Delete after 1 minute")
    await _ask(bob, "/help")
    drafts = {}
    for user in (alice, bob):
        api.faults.add(kind="slow", method="sendMessage", chat_id=user.id, delay=6.0)
        drafts[user.id] = await user.send(NEVER)
    sent_at = datetime.now(UTC)
    note, late = await alice.wait_for_reply(timeout=20), await alice.wait_for_reply(timeout=20)
    assert note.text == texts.UNCONFIRMED and late.buttons
    assert (await bob.wait_for_reply(timeout=20)).buttons
    await api.wait_idle(quiet=1.0, timeout=20)
    assert len(bob.transcript) == 2  # /help and the late reply: no note for Bob

    scheduled = await _scheduled(sqlite_url(bot), alice.id)
    assert {drafts[alice.id]["message_id"], note.message_id} <= set(scheduled)
    assert late.message_id not in scheduled  # as the note says
    for message_id in (drafts[alice.id]["message_id"], note.message_id):
        delay = (scheduled[message_id] - sent_at).total_seconds()
        assert 50 <= delay <= 75, delay
    assert await _scheduled(sqlite_url(bot), bob.id) == {}


@pytest.mark.e2e
@pytest.mark.slow
async def test_faults_sigterm_while_waiting_for_the_database(api: StandIn, tmp_path: Path) -> None:
    # Nothing listens behind a closed forwarder: no PostgreSQL needed.
    async with Forwarder(("127.0.0.1", 9)) as db:
        url = f"postgresql+asyncpg://tend:tend@127.0.0.1:{db.port}/tend"
        bot = BotProcess(api, data_dir=tmp_path / "data", database_url=url)
        await bot.start(wait_ready=False)
        await _until(
            lambda: bool(_log_times(bot, "database not reachable")), timeout=15, what="no retry"
        )
        elapsed = await _timed_stop(bot)
        assert "stopped before start-up finished" in bot.log_tail()
        assert elapsed < 3, f"SIGTERM during the database wait took {elapsed:.1f} s"


# --- Telegram misbehaving -----------------------------------------------------------------------


@pytest.mark.e2e
@pytest.mark.slow
async def test_faults_telegram_429_5xx_slow_timeout_403(api: StandIn, tmp_path: Path) -> None:
    calls = CallTimes(api)
    bot = BotProcess(api, data_dir=tmp_path / "data")
    await bot.start()
    try:
        # No answer within the read timeout (5 s): Telegram may have sent it, so no retry
        # (it would be a duplicate) and no apology (the reply is most likely there). It runs
        # while the other faults are tried.
        dee = api.user("Dee")
        api.faults.add(kind="slow", method="sendMessage", chat_id=dee.id, delay=6.0)
        await dee.send(NEVER)

        # 429: the rate limiter waits retry_after, then the reply goes out once.
        ann = api.user("Ann")
        api.faults.add(kind="retry_after", method="sendMessage", chat_id=ann.id, retry_after=2)
        await ann.send(NEVER)
        assert (await ann.wait_for_reply(timeout=20)).buttons
        refused, accepted = calls.of("sendMessage", ann.id)
        assert accepted - refused >= 2.0, f"retried {accepted - refused:.2f} s after a 429"

        # 5xx twice: retried with a doubling backoff, one reply, no apology.
        ben = api.user("Ben")
        api.faults.add(kind="server_error", method="sendMessage", chat_id=ben.id, times=2)
        await ben.send(NEVER)
        assert (await ben.wait_for_reply(timeout=20)).buttons
        first, second, third = calls.of("sendMessage", ben.id)
        assert 0.35 <= second - first <= 1.0 and 0.75 <= third - second <= 2.0

        # A slow answer within the read timeout: waited for, not retried.
        cy = api.user("Cy")
        api.faults.add(kind="slow", method="sendMessage", chat_id=cy.id, delay=2.0)
        await cy.send(NEVER)
        assert (await cy.wait_for_reply(timeout=20)).buttons

        assert (await dee.wait_for_reply(timeout=20)).buttons
        await api.wait_idle(quiet=1.0, timeout=20)
        for user in (ann, ben, cy, dee):
            assert [m.text for m in user.transcript if m.text in APOLOGIES] == []
            assert len(user.transcript) == 1, f"{user}: {len(user.transcript)} replies"
        assert len(calls.of("sendMessage", dee.id)) == 1
        assert "did not answer in time" in bot.log_tail(400)

        # 403, on a reply (Eve wrote, then blocked Tend before it answered) and on a nudge
        # (Flo blocked Tend): both are marked blocked, and their nudges stop.
        eve, flo = api.user("Eve"), api.user("Flo")
        eve.block_bot()
        flo.block_bot()
        now = datetime.now(UTC)
        yesterday = now - timedelta(minutes=1)
        async with sessions_for(sqlite_url(bot)) as sessions, sessions.begin() as session:
            for user in (eve, flo):
                await repo.get_or_create_user(session, user_id=user.id, chat_id=user.id, now=now)
            await repo.update_nudge_settings(
                session, user_id=flo.id, enabled=True, next_due_at=yesterday
            )
        api.push_update(_private_update(eve, 9_000, NEVER))
        await _until_blocked(bot, eve.id, flo.id)
        async with sessions_for(sqlite_url(bot)) as sessions, sessions.begin() as session:
            for user in (eve, flo):  # a nudge due now: "tomorrow" for Flo
                await repo.update_nudge_settings(
                    session, user_id=user.id, enabled=True, next_due_at=now
                )
        await asyncio.sleep(2.5)  # two nudge ticks (NUDGE_POLL_SECONDS=1)
        for user in (eve, flo):
            assert len(calls.of("sendMessage", user.id)) == 1  # the refused reply or nudge
            assert await _next_due(bot, user.id) == now  # a blocked user is not even planned
    finally:
        elapsed = await _timed_stop(bot)
    print(f"SIGTERM after the fault tests: clean exit in {elapsed:.2f} s")
    print(f"429 retry_after=2: resent after {accepted - refused:.2f} s")
    print(f"5xx backoff: {second - first:.2f} s, then {third - second:.2f} s")


async def _until_blocked(bot: BotProcess, *user_ids: int) -> None:
    async with sessions_for(sqlite_url(bot)) as sessions:
        for _ in range(200):
            async with sessions() as session:
                users = [await session.get(User, user_id) for user_id in user_ids]
                if all(u is not None and u.blocked_at is not None for u in users):
                    return
            await asyncio.sleep(0.05)
    raise TimeoutError("the users were not marked blocked")


@pytest.mark.e2e
@pytest.mark.slow
async def test_faults_sigterm_finishes_the_reply_in_flight(api: StandIn, tmp_path: Path) -> None:
    bot = BotProcess(api, data_dir=tmp_path / "data")
    await bot.start()
    gus = api.user("Gus")
    api.faults.add(kind="slow", method="sendMessage", chat_id=gus.id, delay=3.0)
    await gus.send(NEVER)
    await _until(lambda: api.count("sendMessage") >= 1, timeout=15, what="no reply started")
    elapsed = await _timed_stop(bot)
    assert len(gus.transcript) == 1 and gus.transcript[0].buttons  # answered, then stopped
    assert elapsed >= 1.5  # it did wait for the reply in flight
    # ... and finished the handler: the reply is remembered (its buttons work after restart).
    async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
        stmt = select(DraftCheck.reply_message_id).where(DraftCheck.user_id == gus.id)
        assert (await session.execute(stmt)).scalar_one() == gus.transcript[0].message_id
    print(f"SIGTERM with a 3 s reply in flight: clean exit in {elapsed:.2f} s")


# --- SIGKILL in the middle of work ----------------------------------------------------------------


@dataclass
class Crash:
    """What happened around one SIGKILL (see `crash`)."""

    api: StandIn
    bot: BotProcess
    alice: SimUser
    bea: SimUser
    redelivered: dict[str, Any]
    killed_at: datetime
    workers: list[int]
    workers_exited: bool


def _children(pid: int) -> list[int]:
    try:
        listed = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(child) for child in listed.split()]


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in {"Z", "X"}


async def _reaped(pids: list[int], *, timeout: float) -> bool:
    """Whether `pids` all exit within `timeout`; any left are killed (the test leaks none)."""
    with contextlib.suppress(TimeoutError):
        await _until(lambda: not any(map(_running, pids)), timeout=timeout, what="")
    survivors = [pid for pid in pids if _running(pid)]
    for pid in survivors:
        os.kill(pid, signal.SIGKILL)
    return not survivors


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def crash_api() -> AsyncIterator[StandIn]:
    async with StandIn() as server:
        yield server
        server.assert_no_violations()


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def crash(
    crash_api: StandIn, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[Crash]:
    """Alice has history; Bea's nudge is due. Both sends hang (slow Telegram); the bot is
    SIGKILLed while they are in flight, then restarted, and Alice's update is delivered again
    (as Telegram does when a bot dies before confirming it)."""
    api = crash_api
    bot = BotProcess(api, data_dir=tmp_path_factory.mktemp("crash") / "data")
    await bot.start()
    try:
        yield await _crash(api, bot)
        await _timed_stop(bot)
    finally:
        await bot.kill()  # a no-op after a clean stop


async def _crash(api: StandIn, bot: BotProcess) -> Crash:
    alice, bea = api.user("Alice"), api.user("Bea")
    card = await _ask(alice, "/privacy")
    await alice.press(card, "Delete after 1 hour")
    reply = await _ask(alice, NEVER)
    await alice.press(reply, "👍 Helpful")
    await api.wait_idle(quiet=0.5)

    now = datetime.now(UTC)
    async with sessions_for(sqlite_url(bot)) as sessions, sessions.begin() as session:
        await repo.get_or_create_user(session, user_id=bea.id, chat_id=bea.id, now=now)
    api.faults.add(kind="slow", method="sendMessage", chat_id=alice.id, delay=3.0)
    api.faults.add(kind="slow", method="sendMessage", chat_id=bea.id, delay=3.0)
    async with sessions_for(sqlite_url(bot)) as sessions, sessions.begin() as session:
        await repo.update_nudge_settings(
            session, user_id=bea.id, enabled=True, next_due_at=now - timedelta(minutes=1)
        )
    update = {"update_id": 880_001, **_private_update(alice, 9_100, "you always forget the bins")}
    api.push_update(dict(update))
    sends = api.count("sendMessage")
    await _until(
        lambda: api.count("sendMessage") >= sends + 2, timeout=15, what="sends not in flight"
    )
    assert bot.pid is not None
    workers = _children(bot.pid)  # the analyzer process and multiprocessing's tracker
    killed_at = datetime.now(UTC)
    await bot.kill()
    workers_exited = await _reaped(workers, timeout=5.0)
    await api.wait_idle(quiet=0.5, timeout=10)  # Telegram finishes what it was given

    await bot.start()
    api.push_update(dict(update))
    await api.wait_idle(quiet=3.0, timeout=20)  # three nudge ticks after the restart
    return Crash(api, bot, alice, bea, update, killed_at, workers, workers_exited)


async def _ask(user: SimUser, text: str) -> Any:
    await user.send(text)
    return await user.wait_for_reply(timeout=15)


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.asyncio(loop_scope="module")
async def test_faults_sigkill_loses_nothing_stored_and_records_no_check_twice(
    crash: Crash,
) -> None:
    db, alice = sqlite_url(crash.bot), crash.alice
    # The draft in flight was recorded once, and its redelivery was recognised.
    assert await count_rows(db, DraftCheck, user_id=alice.id) == 2
    assert await count_rows(db, ProcessedUpdate, update_id=crash.redelivered["update_id"]) == 1
    # Replies: the /privacy card, the first draft's, the draft in flight's; nothing else.
    assert len(alice.transcript) == 3, [m.text[:40] for m in alice.transcript]
    assert alice.transcript[2].text not in APOLOGIES
    # What was stored before the crash is all still there.
    async with sessions_for(db) as sessions, sessions() as session:
        export = await repo.export_user(session, user_id=alice.id)
    assert export["user"]["discreet_delete_seconds"] == 3600
    assert [c["feedback"] for c in export["draft_checks"]] == ["helpful", None]
    # Discreet mode: the card that turned it on, the first draft and its reply, and the draft
    # in flight (scheduled when its redelivery came). Its reply was sent as the bot died, so
    # its id was never known: that one is lost (reported).
    scheduled = {row["message_id"] for row in export["scheduled_deletions"]}
    assert len(scheduled) == 4 and crash.redelivered["message"]["message_id"] in scheduled
    # The analyzer worker (a loaded pipeline) did not outlive the killed bot.
    assert len(crash.workers) >= 2 and crash.workers_exited
    # Bea's nudge went out as the bot died; the restarted bot does not send it again while
    # the dead worker's claim stands (CLAIM_TTL), and the delivery is not lost from the DB.
    assert len(crash.bea.transcript) == 1
    assert await count_rows(db, NudgeDelivery, user_id=crash.bea.id) == 1


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.asyncio(loop_scope="module")
async def test_faults_sigkill_sends_no_nudge_twice(crash: Crash) -> None:
    db, bea = sqlite_url(crash.bot), crash.bea
    # Run the dispatcher as a worker would once the dead worker's claim has expired.
    clock = FakeClock(crash.killed_at + outbox.CLAIM_TTL + timedelta(minutes=1))
    api = crash.api
    async with (
        sessions_for(db) as sessions,
        Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot,
    ):
        await nudge_dispatch.dispatch(
            sessions,
            clock=clock,
            worker_id="after-restart",
            grace=timedelta(hours=2),
            send=scheduled.telegram_sender(bot),
        )
    await api.wait_idle(quiet=0.3)
    assert len(bea.transcript) == 1, "the nudge was sent twice"


# --- RetryingRequest on its own ------------------------------------------------------------------


def _network_error(cause: BaseException) -> NetworkError:
    """What the transports raise: TimedOut for their timeouts, NetworkError otherwise."""
    error: NetworkError = (
        TimedOut()
        if isinstance(cause, TimeoutError | httpx.TimeoutException)
        else NetworkError(f"transport: {type(cause).__name__}")
    )
    error.__cause__ = cause
    return error


OK = (200, b'{"ok":true,"result":true}')
BAD_GATEWAY = (502, b'{"ok":false,"error_code":502,"description":"Bad Gateway"}')


@pytest.mark.parametrize(
    ("script", "calls", "outcome"),
    [
        pytest.param([BAD_GATEWAY, BAD_GATEWAY, OK], 3, OK, id="5xx-retried"),
        pytest.param([BAD_GATEWAY] * 4, 4, BAD_GATEWAY, id="5xx-retries-used-up"),
        pytest.param([(400, b"{}")], 1, (400, b"{}"), id="4xx-not-retried"),
        pytest.param([(429, b"{}")], 1, (429, b"{}"), id="429-left-to-the-rate-limiter"),
        pytest.param(
            [_network_error(httpx.ConnectError("refused")), OK], 2, OK, id="httpx-never-sent"
        ),
        pytest.param([_network_error(httpx.PoolTimeout("pool")), OK], 2, OK, id="httpx-pool-full"),
        pytest.param(
            [_network_error(aiohttp.ConnectionTimeoutError()), OK], 2, OK, id="aiohttp-connect"
        ),
        pytest.param(
            [_network_error(httpx.ReadTimeout("late"))], 1, TimedOut, id="httpx-read-timeout"
        ),
        pytest.param(
            [_network_error(aiohttp.SocketTimeoutError())], 1, TimedOut, id="aiohttp-read-timeout"
        ),
        pytest.param(
            [_network_error(aiohttp.ServerDisconnectedError())],
            1,
            NetworkError,
            id="disconnected-after-sending",
        ),
    ],
)
async def test_retrying_request_retries_only_what_cannot_duplicate(
    script: list[Any], calls: int, outcome: Any
) -> None:
    inner = ScriptedRequest(*script)
    request = RetryingRequest(inner, backoff_s=0.001, rng=random.Random(1))
    if isinstance(outcome, type):
        with pytest.raises(outcome):
            await request.do_request("https://x/bot123:SECRET/sendMessage", "POST")
    else:
        assert await request.do_request("https://x/bot123:SECRET/sendMessage", "POST") == outcome
    assert inner.calls == calls


def test_retrying_request_backs_off_doubling_with_jitter_up_to_a_cap() -> None:
    request = RetryingRequest(ScriptedRequest(), backoff_s=0.5, max_backoff_s=4.0)
    for attempt, base in enumerate([0.5, 1.0, 2.0, 4.0, 4.0]):
        assert 0.8 * base <= request.delay(attempt) <= 1.2 * base


async def test_retrying_request_logs_the_method_never_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    request = RetryingRequest(ScriptedRequest(BAD_GATEWAY, OK), backoff_s=0.001)
    with caplog.at_level(logging.WARNING, logger="bot.telegram.transport"):
        await request.do_request("https://x/bot123:SECRET/sendMessage", "POST")
    assert "sendMessage: HTTP 502; retry 1 of 3" in caplog.text
    assert "SECRET" not in caplog.text
