"""Reading the database of a bot process under test (its own engine, closed after use)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.session import create_engine, create_sessionmaker
from devtools.launcher import BotProcess


def sqlite_url(bot: BotProcess) -> str:
    """The default SQLite database of a bot process started without DATABASE_URL."""
    return f"sqlite+aiosqlite:///{bot.data_dir / 'tend.sqlite3'}"


@contextlib.asynccontextmanager
async def sessions_for(url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """Sessions on `url` through an engine of their own: stands in for another process."""
    engine = create_engine(url)
    try:
        yield create_sessionmaker(engine)
    finally:
        await engine.dispose()


async def count_rows(url: str, model: type, **where: object) -> int:
    """Rows of `model` whose columns equal `where`."""
    async with sessions_for(url) as sessions, sessions() as session:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return int((await session.execute(stmt)).scalar_one())
