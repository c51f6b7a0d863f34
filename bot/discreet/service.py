"""Discreet mode: schedule a discreet user's messages for deletion after their delay.

What an update leaves in the chat (bot/discreet/trail.py) is scheduled once: inside the draft
path's own commit when the check already read the delay (`schedule_due`, called by
`bot.drafts.service.attach_reply`), else by the application when the update is done
(`settle_trail`).
What Tend sends outside updates (nudges, reminders, weekly summaries) is scheduled once the
deletions job settles its ledger: a weekly summary of blaming patterns, or a help message after
a disclosure, is as revealing as a draft. In a private chat the chat id is the user's id,
which is how a message finds its user.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.db.repository.deletions import discreet_delays
from bot.discreet import trail
from bot.discreet.trail import Due, Ledger, Message, Trail
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
            if delay is not None:
                await schedule_due(session, now=now, due=Due(chat_id, (message_id,), delay))
                scheduled += 1
        return scheduled


async def schedule_due(session: AsyncSession, *, now: datetime, due: Due) -> None:
    """Schedule `due` in the caller's transaction (see `bot.discreet.trail.taking`)."""
    delete_at = now + timedelta(seconds=due.delay_s)
    for message_id in due.message_ids:
        await repo.schedule_deletion(
            session,
            user_id=due.user_id,
            chat_id=due.user_id,
            message_id=message_id,
            delete_at=delete_at,
        )


async def settle_trail(sessions: Sessions, *, now: datetime, followed: Trail) -> None:
    """Schedule what `followed` (an update that is done) left pending, in one transaction:
    no look-up when a service already read the delay, no transaction at all when it is known
    to be off or nothing is pending. If the database fails the error is raised, and what was
    not scheduled is still `pending_messages(followed)`."""
    with trail.taking(followed) as due:
        if due is not None:
            async with sessions.begin() as session:
                await schedule_due(session, now=now, due=due)
            return
    messages = pending_messages(followed)
    if messages:
        await schedule_many(sessions, now=now, messages=messages)
        followed.scheduled(m for _, m in messages)


def pending_messages(followed: Trail) -> list[Message]:
    """(chat id, message id) of what `followed` has not scheduled yet."""
    chat_id = followed.chat_id
    return [(chat_id, m) for m in followed.pending()] if chat_id is not None else []


async def settle_ledger(sessions: Sessions, *, now: datetime, ledger: Ledger) -> int:
    """Schedule what the ledger holds (see `schedule_many`). If the database fails, the
    messages go back into the ledger for the next try, and the error is raised."""
    messages = ledger.take()
    try:
        return await schedule_many(sessions, now=now, messages=messages)
    except BaseException:
        ledger.add(messages)
        raise


async def current_delay(sessions: Sessions) -> int | None:
    """The discreet-mode delay of the user whose update is being handled (None: off, or not
    a private chat), read once per update: known from a service that read it, else looked up
    here and remembered for the end of the update."""
    followed = trail.current()
    if followed is None or followed.chat_id is None:
        return None
    if not followed.delay_known:
        async with sessions.begin() as session:
            delays = await discreet_delays(session, user_ids=[followed.chat_id])
        followed.know_delay(delays.get(followed.chat_id))
    return followed.delay_s
