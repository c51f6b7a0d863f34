"""Listen reminders (one-time before a talk, and daily) through the outbox (bot/outbox.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Literal, Unpack

from sqlalchemy.ext.asyncio import AsyncSession

from bot import outbox
from bot.db import repository as repo
from bot.db.models import ReminderKind
from bot.listen import service as listen
from bot.telegram import scheduled
from bot.users.service import Sessions


@dataclass(frozen=True, slots=True)
class ListenReminders:
    """The outbox kind: a daily reminder queues the next one when it is sent or skipped; a
    403 ends the chain until the user opens /listen again."""

    grace: timedelta
    name: ClassVar[str] = "listen reminder"
    queue: ClassVar[repo.Queue[repo.ClaimedReminder]] = repo.reminder_queue(listen.KINDS)

    async def plan(self, *, now: datetime, limit: int) -> int:
        return 0  # reminders are stored when set (and chained when marked), never planned

    async def compose(
        self, item: repo.ClaimedReminder, *, now: datetime
    ) -> outbox.Message | Literal["late", "skipped"]:
        if listen.decide_for(item, now=now, grace=self.grace) == "skip":
            return "late"
        return outbox.Message(
            item.reminder_id, item.user_id, item.chat_id, listen.message_for(item)
        )

    async def settled(
        self,
        session: AsyncSession,
        item: repo.ClaimedReminder,
        outcome: outbox.Outcome,
        *,
        now: datetime,
    ) -> None:
        if outcome != "blocked" and item.kind == ReminderKind.LISTEN_DAILY:
            await listen.queue_next_daily(
                session, item, sent=outcome == "sent", now=now, grace=self.grace
            )


tick = scheduled.job("listen reminders", lambda _, grace: ListenReminders(grace))


async def dispatch(
    sessions: Sessions,
    *,
    grace: timedelta,
    **options: Unpack[outbox.RunOptions],
) -> outbox.Tally:
    """Claim and send listen reminders until nothing is due (see `outbox.run`)."""
    return await outbox.run(ListenReminders(grace), sessions, **options)
