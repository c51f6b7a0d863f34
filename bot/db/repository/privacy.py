"""/export and /forget: everything Tend holds about a user, and removing all of it."""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Table, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import NON_PERSONAL_TABLES, Base, User
from bot.db.repository._sql import rowcount
from bot.db.repository.inbox import delete_held_for_user

EXPORT_FORMAT = "tend-export/1"


def personal_tables() -> list[Table]:
    """Every table holding rows about one user (all but NON_PERSONAL_TABLES), users first."""
    return [t for t in Base.metadata.sorted_tables if t.name not in NON_PERSONAL_TABLES]


def _owner_column(table: Table) -> Any:
    return table.c.id if table.name == User.__tablename__ else table.c.user_id


def _jsonable(value: object) -> object:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


async def export_user(session: AsyncSession, *, user_id: int) -> dict[str, Any]:
    """Every row about the user, JSON-ready: `{"format", "user", <table>: [rows…], …}`.

    Built from the metadata rather than a hand-written list, so a new table cannot be left
    out of /export by accident. Empty when the user is unknown (`"user": None`).
    """
    export: dict[str, Any] = {"format": EXPORT_FORMAT}
    for table in personal_tables():
        stmt = select(table).where(_owner_column(table) == user_id)
        # Stable order (by primary key) so two exports of the same data are identical.
        stmt = stmt.order_by(*table.primary_key.columns)
        rows = [
            {key: _jsonable(value) for key, value in row.items()}
            for row in (await session.execute(stmt)).mappings()
        ]
        if table.name == User.__tablename__:
            export["user"] = rows[0] if rows else None
        else:
            export[table.name] = rows
    return export


async def delete_user(session: AsyncSession, *, user_id: int) -> bool:
    """/forget: remove the user and, through ON DELETE CASCADE, every row of theirs.

    One statement in the caller's transaction; False if there was no such user.
    """
    # Updates of theirs still held (not a foreign key: they may predate the user).
    await delete_held_for_user(session, user_id=user_id)
    result = await session.execute(
        delete(User).where(User.id == user_id), execution_options={"synchronize_session": False}
    )
    # Objects of theirs loaded earlier are gone from the database; drop them from the session
    # so a later `get` does not hand back a ghost.
    for obj in list(session.identity_map.values()):
        if getattr(obj, "user_id", None) == user_id or (
            isinstance(obj, User) and obj.id == user_id
        ):
            session.expunge(obj)
    return rowcount(result) > 0
