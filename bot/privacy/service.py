"""/export and /forget."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.db import repository as repo
from bot.db.repository.deletions import take_pending_deletions
from bot.users.service import Sessions


@dataclass(frozen=True, slots=True)
class Forgotten:
    """What /forget removed: whether there was a user, and the messages discreet mode had
    still to delete (chat id, message id), which are now the caller's to delete at once."""

    existed: bool
    pending: tuple[tuple[int, int], ...]


async def export(sessions: Sessions, *, user_id: int) -> dict[str, Any] | None:
    """Everything Tend holds about the user, JSON-ready; None when it holds nothing."""
    async with sessions.begin() as session:
        if await repo.get_user(session, user_id=user_id) is None:
            return None
        return await repo.export_user(session, user_id=user_id)


async def forget(sessions: Sessions, *, user_id: int) -> Forgotten:
    """Delete the user and every row of theirs in one transaction.

    Discreet mode's deletion jobs go with them (they name the user's chat), so the messages
    they were still to delete are returned, for the caller to delete at once.
    """
    async with sessions.begin() as session:
        pending = await take_pending_deletions(session, user_id=user_id)
        existed = await repo.delete_user(session, user_id=user_id)
        return Forgotten(existed, tuple(pending))
