"""The step every scheduled send shares before the send itself (nudges, listen reminders,
weekly summaries): claim -> **send started** -> send -> mark.

"Send started" is written just before the message leaves. A worker that dies after it never
has the claim taken over: the message may already be in the chat, and a second copy is worse
than the small chance of losing one. Nudges keep theirs on the delivery row
(`nudge_plans.start_sends`); reminders and weekly summaries on the reminder row, here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from bot.db import repository as repo
from bot.users.service import Sessions


async def start_reminder_sends(
    sessions: Sessions, *, now: datetime, worker_id: str, reminder_ids: Sequence[int]
) -> set[int]:
    """Mark reminders as being sent; only the returned ids may go out (claims still held)."""
    async with sessions.begin() as session:
        return await repo.start_reminder_sends(
            session, reminder_ids=reminder_ids, worker_id=worker_id, now=now
        )
