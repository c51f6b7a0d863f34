"""/export and /forget."""

from __future__ import annotations

from typing import Any

from bot.db import repository as repo
from bot.services.users import Sessions


async def export(sessions: Sessions, *, user_id: int) -> dict[str, Any] | None:
    """Everything Tend holds about the user, JSON-ready; None when it holds nothing."""
    async with sessions.begin() as session:
        if await repo.get_user(session, user_id=user_id) is None:
            return None
        return await repo.export_user(session, user_id=user_id)


async def forget(sessions: Sessions, *, user_id: int) -> bool:
    """Delete the user and every row of theirs in one transaction."""
    async with sessions.begin() as session:
        return await repo.delete_user(session, user_id=user_id)
