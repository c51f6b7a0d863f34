"""Nudge dispatch at scale: `.venv/bin/python bench/nudges.py [--users N] [--db sqlite|postgres]`.

N users (default 100,000), all due in the same minute, sent to the Bot API stand-in running in
a child process (so this process's CPU time is the bot's alone). Three runs per database, each
from the same fresh state:

1. no Telegram: a sender that only returns a message id (the database's share of the work);
2. stand-in, rate limiter off: time to plan, claim, send and mark everything;
3. stand-in, AIORateLimiter on (as the app builds it): the achieved rate over --sample seconds.

PostgreSQL comes from TEND_TEST_POSTGRES_URL; a scratch database is created and dropped.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# After the path tweak, so the script runs from anywhere.
from sqlalchemy import delete, insert, text, update  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.ext.asyncio import (  # noqa: E402
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool  # noqa: E402
from telegram.ext import AIORateLimiter, ExtBot  # noqa: E402
from telegram.request import HTTPXRequest  # noqa: E402

from bot.clock import SystemClock  # noqa: E402
from bot.db.migrate import upgrade_to_head  # noqa: E402
from bot.db.models import NudgeDelivery, NudgeSettings, User  # noqa: E402
from bot.db.session import create_engine, create_sessionmaker  # noqa: E402
from bot.nudges.job import dispatch  # noqa: E402
from bot.outbox import Message, Send  # noqa: E402
from bot.telegram.scheduled import telegram_sender  # noqa: E402

Sessions = async_sessionmaker[AsyncSession]
GRACE = timedelta(hours=2)
# A spread of zones: the same instant is a different wall time in each.
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Etc/UTC", "Australia/Sydney")


def serve_standin(users: int) -> None:
    """Child process: a stand-in with `users` private chats; runs until stdin closes."""
    from standin import StandIn

    async def serve() -> None:
        async with StandIn() as api:
            first = api.user("U0").id
            for i in range(1, users):
                api.user(f"U{i}")
            print(f"READY {api.base_url} {api.token} {first}", flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
            print(f"CALLS {api.count('sendMessage')} VIOLATIONS {len(api.violations)}", flush=True)

    asyncio.run(serve())


@dataclass(frozen=True, slots=True)
class StandInProcess:
    process: subprocess.Popen[str]
    base_url: str
    token: str
    first_chat: int

    def close(self) -> str:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        summary = self.process.stdout.read().strip()
        self.process.wait(timeout=30)
        return summary


def start_standin(users: int) -> StandInProcess:
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve-standin", str(users)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    ready = process.stdout.readline().split()
    if not ready or ready[0] != "READY":
        raise RuntimeError(f"stand-in did not start: {ready}")
    return StandInProcess(process, ready[1], ready[2], int(ready[3]))


async def seed(sessions: Sessions, *, users: int, first_chat: int, due: datetime) -> None:
    """`users` users with nudges on, all due at `due` (each at that wall time in its zone)."""
    async with sessions.begin() as session:
        for start in range(0, users, 5000):
            ids = range(first_chat + start, first_chat + min(users, start + 5000))
            zones = {i: ZONES[i % len(ZONES)] for i in ids}
            await session.execute(
                insert(User),
                [{"id": i, "chat_id": i, "created_at": due, "time_zone": zones[i]} for i in ids],
            )
            await session.execute(
                insert(NudgeSettings),
                [
                    {
                        "user_id": i,
                        "enabled": True,
                        "local_time": due.astimezone(ZoneInfo(zones[i])).time(),
                        "next_due_at": due,
                    }
                    for i in ids
                ],
            )


async def reset(sessions: Sessions, *, due: datetime) -> None:
    """Everyone due again, nothing delivered: the same starting point for every run."""
    async with sessions.begin() as session:
        await session.execute(delete(NudgeDelivery))
        await session.execute(update(NudgeSettings).values(next_due_at=due))


@dataclass(slots=True)
class Run:
    sent: int
    wall: float
    cpu: float
    steady_rate: float | None = None

    def line(self, label: str) -> str:
        per_1000 = self.cpu / self.sent * 1000 if self.sent else float("nan")
        rate = self.sent / self.wall if self.wall else 0.0
        steady = f", steady {self.steady_rate:.1f}/s" if self.steady_rate is not None else ""
        return (
            f"{label}: {self.sent:,} sent in {self.wall:.1f} s ({rate:,.0f}/s{steady}), "
            f"CPU {self.cpu:.1f} s = {per_1000:.2f} s per 1,000"
        )


async def timed(
    sessions: Sessions, send: Send, *, seconds: float | None = None, stamps: list[float]
) -> Run:
    deadline = None if seconds is None else time.monotonic() + seconds

    async def recording(nudge: Message) -> int:
        message_id = await send(nudge)
        stamps.append(time.monotonic())
        return message_id

    wall, cpu = time.monotonic(), time.process_time()
    tally = await dispatch(
        sessions,
        clock=SystemClock(),
        worker_id=f"bench-{uuid.uuid4().hex[:6]}",
        grace=GRACE,
        send=recording,
        keep_going=lambda: deadline is None or time.monotonic() < deadline,
    )
    return Run(tally.sent, time.monotonic() - wall, time.process_time() - cpu)


async def bench_database(url: str, label: str, args: argparse.Namespace) -> None:
    standin = start_standin(args.users)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    due = datetime.now(UTC).replace(second=0, microsecond=0)
    try:
        started = time.monotonic()
        await seed(sessions, users=args.users, first_chat=standin.first_chat, due=due)
        print(f"[{label}] seeded {args.users:,} users in {time.monotonic() - started:.1f} s")

        async def no_telegram(nudge: Message) -> int:
            return nudge.row_id

        run = await timed(sessions, no_telegram, stamps=[])
        print(f"[{label}] " + run.line("no Telegram (database only)"))

        await reset(sessions, due=due)
        request = HTTPXRequest(connection_pool_size=64)
        async with ExtBot(standin.token, base_url=standin.base_url, request=request) as bot:
            run = await timed(sessions, telegram_sender(bot), stamps=[])
        print(f"[{label}] " + run.line("stand-in, rate limiter off"))

        await reset(sessions, due=due)
        stamps: list[float] = []
        request = HTTPXRequest(connection_pool_size=64)
        limiter = AIORateLimiter(max_retries=3)
        async with ExtBot(
            standin.token, base_url=standin.base_url, request=request, rate_limiter=limiter
        ) as limited:
            run = await timed(
                sessions, telegram_sender(limited), seconds=args.sample, stamps=stamps
            )
        # Past the first seconds (the limiter starts with a full bucket), per second sent.
        steady = [s for s in stamps if s - stamps[0] >= 5.0]
        if len(steady) > 1:
            run.steady_rate = (len(steady) - 1) / (steady[-1] - steady[0])
        print(f"[{label}] " + run.line(f"stand-in, AIORateLimiter on, {args.sample:.0f} s sample"))
    finally:
        await engine.dispose()
        print(f"[{label}] stand-in: {standin.close()}")


async def with_postgres(server: str, args: argparse.Namespace) -> None:
    name = f"tend_bench_nudges_{uuid.uuid4().hex[:8]}"
    admin = create_engine_admin(server)
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        await upgrade_to_head(url)
        await bench_database(url, "postgres", args)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


def create_engine_admin(server: str) -> AsyncEngine:
    return create_async_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)


async def main(args: argparse.Namespace) -> None:
    print(f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, {args.users:,} users")
    if args.db in {"sqlite", "both"}:
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite+aiosqlite:///{folder}/bench.sqlite3"
            await upgrade_to_head(url)
            await bench_database(url, "sqlite", args)
    if args.db in {"postgres", "both"}:
        server = os.environ.get("TEND_TEST_POSTGRES_URL", "")
        if not server:
            print("[postgres] skipped: TEND_TEST_POSTGRES_URL is not set")
            return
        await with_postgres(server, args)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--db", choices=("sqlite", "postgres", "both"), default="both")
    parser.add_argument("--sample", type=float, default=60.0, help="seconds with the limiter on")
    parser.add_argument("--serve-standin", type=int, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.serve_standin is not None:
        serve_standin(arguments.serve_standin)
    else:
        asyncio.run(main(arguments))
