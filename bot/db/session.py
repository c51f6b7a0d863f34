"""Engines and sessions: one code path for an SQLite file and for a shared PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

from bot.db.group_commit import MAX_BATCH, GroupCommit, GroupedSessions

SQLITE_BUSY_TIMEOUT_MS = 10_000


def sqlite_path(url: str | URL) -> Path | None:
    """The database file of an SQLite URL; None for PostgreSQL or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in {"", ":memory:"} or database.startswith("file:"):
        return None
    return Path(database)


def _prepare_sqlite_file(path: Path) -> None:
    # Drafts and patterns are private: the folder and the file are the owner's alone.
    # SQLite gives its -wal and -shm files the permissions of the database file.
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    elif path.stat().st_mode & 0o077:
        path.chmod(0o600)


def _on_sqlite_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # The driver's own transaction handling starts transactions lazily and never for DDL;
    # switch it off and begin explicitly (see _on_sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
        cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough with WAL, much faster
        cursor.execute("PRAGMA foreign_keys=ON")  # ON DELETE CASCADE is how /forget works
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock up front. A deferred transaction that reads and then
    # writes can fail with SQLITE_BUSY when another connection wrote in between (the busy
    # timeout does not help there); this way writers queue for the lock instead.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine(url: str | URL, *, echo: bool = False, null_pool: bool = False) -> AsyncEngine:
    """An async engine for `url` (`sqlite+aiosqlite:///…` or `postgresql+asyncpg://…`).

    SQLite: creates the data folder (0700) and the file (0600), and runs every connection in
    WAL mode with foreign keys on and a busy timeout. PostgreSQL: a pre-pinged pool, so the
    bot survives a database restart. `null_pool` opens a connection per use (migrations, CLI).
    """
    parsed = make_url(url)
    # A failing statement's error names its parameters otherwise, and those can be what a
    # user wrote (a kept draft, a rewrite): errors reach logs, and logs leave the machine.
    options: dict[str, Any] = {"echo": echo, "hide_parameters": True}
    if null_pool:
        options["poolclass"] = NullPool
    if parsed.get_backend_name() == "sqlite":
        if (path := sqlite_path(parsed)) is not None:
            _prepare_sqlite_file(path)
        engine = _create_async_engine(parsed, **options)
        event.listen(engine.sync_engine, "connect", _on_sqlite_connect)
        event.listen(engine.sync_engine, "begin", _on_sqlite_begin)
        return engine
    if not null_pool:
        options.update(pool_size=10, max_overflow=10, pool_pre_ping=True, pool_recycle=1800)
    return _create_async_engine(parsed, **options)


def create_sessionmaker(
    engine: AsyncEngine, *, max_batch: int = MAX_BATCH, linger_ms: float = 0.0
) -> GroupedSessions:
    """Sessions whose objects stay readable after commit (no implicit reload, no lazy I/O),
    with their group commit (`bot.db.group_commit`: at most `max_batch` units a transaction,
    waiting up to `linger_ms` for more)."""
    sessions = GroupedSessions(engine, expire_on_commit=False)
    sessions.group = GroupCommit(sessions, max_batch=max_batch, linger_ms=linger_ms)
    return sessions
