"""/export, /forget, and the 👎 examples a user may give away."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.db import repository as repo
from bot.db.repository.deletions import take_pending_deletions
from bot.discreet import trail
from bot.privacy.examples import Disputed, iso_week
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


@dataclass(frozen=True, slots=True)
class Examples:
    """The user's 👎 verdicts as they could be given away, and what the consent step shows."""

    disputed: tuple[Disputed, ...]
    keep_drafts: bool
    discreet_delay_s: int | None

    @property
    def drafts_kept(self) -> int:
        """How many of them have their draft kept (only while "Keep my drafts" is on)."""
        return sum(1 for item in self.disputed if item.draft)


async def disputed_examples(sessions: Sessions, *, user_id: int) -> Examples:
    """The checks the user marked "👎 Not blaming", with what a check keeps: no new data."""
    async with sessions.begin() as session:
        user = await repo.get_user(session, user_id=user_id)
        if user is None:
            return Examples((), keep_drafts=False, discreet_delay_s=None)
        # The consent card and the file go in discreet mode like any other message.
        trail.note_delay(user_id=user_id, delay_s=user.discreet_delete_seconds)
        checks = await repo.disputed_checks(session, user_id=user_id)
        disputed = tuple(
            Disputed(
                week=iso_week(check.created_at),
                flags=tuple((p.category, p.phrase) for p in check.patterns),
                # Kept drafts are erased when the user stops keeping them; checked here too.
                draft=check.draft_text if user.keep_drafts else None,
            )
            for check in checks
            if check.patterns
        )
        return Examples(disputed, user.keep_drafts, user.discreet_delete_seconds)
