from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, StatementError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import User
from bot.db.session import create_engine, create_sessionmaker, sqlite_path


async def test_create_engine_sqlite_makes_owner_only_folder_and_files(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "data" / "tend.sqlite3"
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    try:
        async with engine.begin() as connection:
            await connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
            await connection.exec_driver_sql("INSERT INTO t VALUES (1)")
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        for file in (path, path.with_name(path.name + "-wal")):
            assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
    finally:
        await engine.dispose()


async def test_create_engine_sqlite_tightens_an_existing_open_file(tmp_path: Path) -> None:
    path = tmp_path / "tend.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    await engine.dispose()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


async def test_create_engine_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(
    tmp_path: Path,
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'tend.sqlite3'}")
    try:
        async with engine.connect() as connection:
            pragmas = {
                name: (await connection.exec_driver_sql(f"PRAGMA {name}")).scalar_one()
                for name in ("journal_mode", "foreign_keys", "busy_timeout")
            }
    finally:
        await engine.dispose()
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 10_000}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("sqlite+aiosqlite:////srv/tend/data/tend.sqlite3", Path("/srv/tend/data/tend.sqlite3")),
        ("sqlite+aiosqlite:///:memory:", None),
        ("sqlite+aiosqlite://", None),
        ("postgresql+asyncpg://u:p@db/tend", None),
    ],
)
def test_sqlite_path_only_for_files(url: str, expected: Path | None) -> None:
    assert sqlite_path(url) == expected


async def test_utc_datetime_comes_back_aware_utc(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    tokyo = datetime(2026, 3, 29, 9, 30, 0, 123456, tzinfo=timezone(timedelta(hours=9)))
    async with sessionmaker.begin() as session:
        await repo.get_or_create_user(session, user_id=1, chat_id=1, now=tokyo)
    async with sessionmaker() as session:
        created = await session.scalar(select(User.created_at).where(User.id == 1))
    assert created == tokyo
    assert created is not None
    assert created.tzinfo is UTC


async def test_utc_datetime_refuses_naive_values(
    sessionmaker: async_sessionmaker[AsyncSession],
) -> None:
    naive = datetime(2026, 3, 29, 9, 30)
    with pytest.raises(StatementError, match="naive datetime"):
        async with sessionmaker.begin() as session:
            await repo.get_or_create_user(session, user_id=1, chat_id=1, now=naive)


async def test_utc_datetime_orders_and_compares_as_instants(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    # Stored text must sort as time on SQLite, whatever offset the value came in with.
    minus_five = timezone(timedelta(hours=-5))
    moments = [clock.now() + timedelta(hours=h) for h in (3, 0, 1, 2)]
    async with sessionmaker.begin() as session:
        for user_id, moment in enumerate(moments, start=1):
            await repo.get_or_create_user(
                session, user_id=user_id, chat_id=user_id, now=moment.astimezone(minus_five)
            )
    async with sessionmaker() as session:
        ordered = (await session.scalars(select(User.id).order_by(User.created_at))).all()
        later = await session.scalars(
            select(User.id).where(User.created_at > clock.now() + timedelta(minutes=30))
        )
        assert ordered == [2, 3, 4, 1]
        assert sorted(later.all()) == [1, 3, 4]


async def test_create_sessionmaker_keeps_objects_readable_after_commit(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        user = await repo.get_or_create_user(session, user_id=7, chat_id=70, now=clock.now())
    assert user.chat_id == 70  # no expired attributes, no lazy reload outside the session


async def test_relationships_never_lazy_load(
    sessionmaker: async_sessionmaker[AsyncSession], clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        user = await repo.get_or_create_user(session, user_id=7, chat_id=7, now=clock.now())
        session.expire(user, ["checks"])
        with pytest.raises(Exception, match="lazy='raise'"):
            _ = user.checks


async def test_create_engine_postgres_reports_server_time_zone_independent_utc(
    db_url: str,
) -> None:
    # Whatever the server's TimeZone setting, instants come back as UTC.
    engine = create_engine(db_url)
    try:
        async with create_sessionmaker(engine).begin() as session:
            if engine.dialect.name == "postgresql":
                await session.execute(text("SET LOCAL TIME ZONE 'America/Los_Angeles'"))
            moment = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
            await repo.get_or_create_user(session, user_id=5, chat_id=5, now=moment)
            value = await session.scalar(select(User.created_at).where(User.id == 5))
        assert value == moment
        assert value is not None
        assert value.tzinfo is UTC
    finally:
        await engine.dispose()


async def test_create_engine_errors_never_quote_the_statements_values(db_url: str) -> None:
    engine = create_engine(db_url)
    draft = "you never listen to me"
    insert = text("INSERT INTO no_such_table VALUES (:x)")  # fails on every database
    try:
        async with engine.begin() as connection:
            with pytest.raises(DBAPIError) as failed:
                await connection.execute(insert, {"x": draft})
    finally:
        await engine.dispose()
    assert draft not in str(failed.value)
    assert "hidden due to hide_parameters" in str(failed.value)
