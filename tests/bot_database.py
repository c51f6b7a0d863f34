"""Reading the database of a bot process under test (its own engine, closed after use), and
writing what a test needs there through the bot's own statements."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import AsyncIterator, Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.repository import PatternLike
from bot.db.repository import drafts as drafts_repo
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


_update_ids = itertools.count(10_000_000)


async def record_check(
    session: AsyncSession,
    *,
    user_id: int,
    chat_id: int,
    now: datetime,
    flagged: bool,
    patterns: Iterable[PatternLike],
    draft_message_id: int = 0,
    update_id: int | None = None,
    draft_text: str | None = None,
) -> int:
    """Record one check the way the bot records drafts (the draft path's batch statement);
    its id. Without `update_id`, each call stands for an update of its own."""
    check = drafts_repo.NewCheck(
        user_id=user_id,
        chat_id=chat_id,
        now=now,
        flagged=flagged,
        patterns=list(patterns),
        draft_message_id=draft_message_id,
        update_id=next(_update_ids) if update_id is None else update_id,
        draft_text=draft_text,
    )
    [recorded] = await drafts_repo.record_checks(session, checks=[check])
    return recorded.check_id
