"""Discreet mode for messages outside a recorded check (disclosures, slot answers, "Why?").

A check's draft and reply are scheduled with the check (`checks.attach_reply`). Other private
messages of a discreet user must go as well: a safety disclosure and the help that answers
it above all, since the person who may read the phone can be the one the user fears.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from bot.db import repository as repo
from bot.services.users import Sessions


async def schedule(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, message_ids: Iterable[int]
) -> int | None:
    """If the user is in discreet mode, schedule these messages for deletion after their
    delay; returns that delay in seconds, or None (nothing scheduled)."""
    async with sessions.begin() as session:
        user = await repo.get_user(session, user_id=user_id)
        if user is None or not user.discreet_delete_seconds:
            return None
        delete_at = now + timedelta(seconds=user.discreet_delete_seconds)
        for message_id in message_ids:
            await repo.schedule_deletion(
                session,
                user_id=user_id,
                chat_id=chat_id,
                message_id=message_id,
                delete_at=delete_at,
            )
        return user.discreet_delete_seconds
