"""The project's shared fixtures: databases (SQLite and PostgreSQL) and a fake clock.

Database fixtures are parametrized over both databases, so every test that asks for `db_url`,
`engine`, `sessionmaker` or `other_sessionmaker` (a second engine: "another bot process") runs
twice: `[sqlite]` on a fresh file and `[postgres]` on a fresh database (one per test module,
emptied before each test). Both are at the migrations' head, made by Alembic, so a bot
subprocess given `db_url` as DATABASE_URL finds its schema ready. `clock` is a FakeClock.
PostgreSQL comes from TEND_TEST_POSTGRES_URL (scripts/postgres prints one); without it the
PostgreSQL variants skip locally and FAIL under CI=true, so CI can never pass without them.
Select one side with `-m postgres` / `-m "not postgres"`.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import pytest_asyncio
from bot_database import sessions_for
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool

from bot.clock import FakeClock
from bot.db.migrate import upgrade_to_head
from bot.db.models import Base
from bot.db.session import create_engine, create_sessionmaker
from devtools.launcher import BotProcess
from standin import StandIn

POSTGRES_URL_VAR = "TEND_TEST_POSTGRES_URL"
# PTB 22 warns (an error under -W error) when it builds RetryAfter with an int unless told to
# use timedelta; tests inject 429s, and bot processes started by tests inherit this.
os.environ.setdefault("PTB_TIMEDELTA", "1")
CLOCK_START = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday

T = TypeVar("T")


def run_in_thread(factory: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion on a private loop in another thread.

    Sync fixtures use this to prepare databases without touching the event loop that
    pytest-asyncio gives the test (it may already exist, and asyncio.run would replace it).
    """
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(factory())).result()


def postgres_server_url() -> str:
    """The test server's URL; skips locally without one, fails under CI."""
    url = os.environ.get(POSTGRES_URL_VAR, "")
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(f"{POSTGRES_URL_VAR} is not set: CI must run the PostgreSQL tests")
    pytest.skip(f"{POSTGRES_URL_VAR} is not set (scripts/postgres starts a server and prints it)")


async def _admin(url: str, *statements: str) -> None:
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            for statement in statements:
                await connection.exec_driver_sql(statement)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to head once per run; each test gets a copy."""
    path = tmp_path_factory.mktemp("sqlite-template") / "tend.sqlite3"
    run_in_thread(lambda: upgrade_to_head(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="module")
def postgres_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh PostgreSQL database for this test module, migrated to head, dropped afterwards."""
    server = make_url(postgres_server_url())
    module = re.sub(r"[^a-z0-9]+", "_", request.module.__name__.rsplit(".", 1)[-1].lower())
    name = f"tend_t_{module[:40]}_{uuid.uuid4().hex[:8]}"
    admin_url = server.render_as_string(hide_password=False)
    url = server.set(database=name).render_as_string(hide_password=False)
    run_in_thread(lambda: _admin(admin_url, f'CREATE DATABASE "{name}"'))
    try:
        run_in_thread(lambda: upgrade_to_head(url))
        yield url
    finally:
        run_in_thread(lambda: _drop_database(admin_url, name))


async def _drop_database(admin_url: str, name: str) -> None:
    # WITH (FORCE) ends the database's other sessions, but an autovacuum worker that happens to
    # be in it belongs to the superuser, and the tend role may not end it ("must be a member
    # of … pg_signal_backend"): wait for the worker to finish instead of failing the test.
    for attempt in range(20):
        try:
            await _admin(admin_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except ProgrammingError as error:
            if "pg_signal_backend" not in str(error) or attempt == 19:
                raise
            await asyncio.sleep(0.5)


def _truncate_all(url: str) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    run_in_thread(
        lambda: _admin(
            url, "SET lock_timeout = '10s'", f"TRUNCATE {tables} RESTART IDENTITY CASCADE"
        )
    )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of an empty database at the migrations' head, on SQLite or PostgreSQL."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "data" / "tend.sqlite3"
        path.parent.mkdir()
        shutil.copyfile(template, path)
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("postgres_database")
    _truncate_all(url)
    return url


@pytest.fixture
async def engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    """The bot's own engine (`bot.db.session.create_engine`) on the test database."""
    engine = create_engine(db_url)
    try:
        yield engine
    finally:
        await engine.dispose()


@pytest.fixture
def sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """The bot's sessionmaker; use `async with sessionmaker.begin() as session:`."""
    return create_sessionmaker(engine)


@pytest.fixture
def clock() -> FakeClock:
    """A clock stopped at 2026-11-25 12:00 UTC; `clock.advance(minutes=5)`, `clock.set(...)`."""
    return FakeClock(CLOCK_START)


@pytest.fixture
async def other_sessionmaker(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A second engine on the same database: stands in for another bot process."""
    async with sessions_for(db_url) as sessions:
        yield sessions


@pytest_asyncio.fixture
async def api() -> AsyncIterator[StandIn]:
    """A fresh Bot API stand-in; the test fails if the bot made any call Telegram would reject."""
    async with StandIn() as server:
        yield server
        server.assert_no_violations()


@pytest_asyncio.fixture
async def bot(api: StandIn, tmp_path: Path) -> AsyncIterator[BotProcess]:
    """The real `python -m bot` process against `api`, on its own SQLite file; stops cleanly."""
    process = BotProcess(api, data_dir=tmp_path / "data")
    await process.start()
    yield process
    code = await process.stop()
    assert code == 0, process.log_tail()
