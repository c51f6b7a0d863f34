"""Discreet mode: schedule a discreet user's messages for deletion after their delay.

A draft's check schedules its draft and reply itself (`checks.attach_reply`, in the check's
own transaction). Everything else an update leaves in the chat is scheduled here when the
update is done (bot/telegram/application.py), and so is what Tend sends outside updates
(nudges, reminders, weekly summaries) once the deletions job settles its ledger: a weekly
summary of blaming patterns, or a help message after a disclosure, is as revealing as a draft.
In a private chat the chat id is the user's id, which is how a message finds its user.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from bot.db import repository as repo
from bot.db.repository.deletions import discreet_delays
from bot.discreet.trail import Ledger, Message
from bot.users.service import Sessions


async def schedule_many(sessions: Sessions, *, now: datetime, messages: Iterable[Message]) -> int:
    """Schedule those of `messages` (chat id, message id) that are in a discreet user's
    private chat, each after its user's delay from `now`; one transaction. How many."""
    wanted = list(messages)
    if not wanted:
        return 0
    async with sessions.begin() as session:
        delays = await discreet_delays(session, user_ids={chat_id for chat_id, _ in wanted})
        scheduled = 0
        for chat_id, message_id in wanted:
            delay = delays.get(chat_id)
            if delay is None:
                continue
            await repo.schedule_deletion(
                session,
                user_id=chat_id,
                chat_id=chat_id,
                message_id=message_id,
                delete_at=now + timedelta(seconds=delay),
            )
            scheduled += 1
        return scheduled


async def settle_ledger(sessions: Sessions, *, now: datetime, ledger: Ledger) -> int:
    """Schedule what the ledger holds (see `schedule_many`). If the database fails, the
    messages go back into the ledger for the next try, and the error is raised."""
    messages = ledger.take()
    try:
        return await schedule_many(sessions, now=now, messages=messages)
    except BaseException:
        ledger.add(messages)
        raise


async def delay_of(sessions: Sessions, *, user_id: int) -> int | None:
    """The user's discreet-mode delay in seconds, or None when it is off (or no such user)."""
    async with sessions.begin() as session:
        return (await discreet_delays(session, user_ids=[user_id])).get(user_id)
