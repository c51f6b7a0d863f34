"""Alembic environment, from `alembic init -t async`, adapted for Tend.

- The URL comes from `sqlalchemy.url` when code sets it (tests, `bot.db.migrate`), else from
  `bot.config.Settings` (DATABASE_URL), and the engine from `bot.db.session.create_engine`, so
  migrations see the same SQLite pragmas as the bot.
- A caller may hand in a connection (`config.attributes["connection"]`): the bot migrates at
  start-up from inside its event loop, where `asyncio.run` is not allowed.
- Everything runs in one transaction, after a PostgreSQL advisory lock, so several bot
  processes starting together migrate once and never half-way.
"""

from __future__ import annotations

import asyncio
from logging.config import fileConfig
from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy.engine import Connection

from bot.config import Settings
from bot.db.migrate import take_migration_lock
from bot.db.models import Base
from bot.db.session import create_engine
from bot.db.types import UTCDateTime

config = context.config
# Only the `alembic` command line sets up logging from the ini; the bot and tests keep theirs.
if config.config_file_name is not None and config.cmd_opts is not None:
    fileConfig(config.config_file_name)

target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    # Revision files use plain SQLAlchemy types, so old migrations never break on app changes.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _configure(**options: Any) -> None:
    context.configure(
        target_metadata=target_metadata,
        render_item=_render_item,
        compare_type=True,
        **options,
    )


def run_migrations_offline() -> None:
    """Emit SQL to stdout (`alembic upgrade head --sql`) instead of running it."""
    _configure(
        url=config.get_main_option("sqlalchemy.url") or Settings().database_url,
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
    )
    with context.begin_transaction():
        context.run_migrations()


def do_run_migrations(connection: Connection) -> None:
    take_migration_lock(connection)
    # SQLite cannot ALTER most things in place; batch mode rebuilds the table instead.
    _configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


async def run_async_migrations() -> None:
    url = config.get_main_option("sqlalchemy.url") or Settings().database_url
    engine = create_engine(url, null_pool=True)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(do_run_migrations)
    finally:
        await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        asyncio.run(run_async_migrations())
    else:
        do_run_migrations(connection)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
