"""/listen: one-time reminders before a talk, the optional daily listening reminder, and what
the outbox needs to send them (weekly summaries are another sender's kind)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.db.models import ReminderKind
from bot.listen.reminder_time import parse_reminder
from bot.nudges import texts
from bot.nudges.schedule import Decision, Frequency, decide, next_due, reschedule_from
from bot.nudges.service import arm_daily_listen
from bot.users.service import Sessions
from bot.users.zones import shown_zone_name, user_zone

KINDS: Final = (ReminderKind.LISTEN_ONCE, ReminderKind.LISTEN_DAILY)
# Early evening: most couples are home, and a talk is still ahead.
DEFAULT_DAILY_TIME: Final = time(18, 0)
# A reminder before a talk is no use once the talk is well under way, whatever the nudge grace.
ONCE_GRACE: Final = timedelta(minutes=30)


@dataclass(frozen=True, slots=True)
class ListenView:
    """What the /listen card needs: the daily reminder's time (None: off) and the user's zone."""

    daily_time: time | None
    zone_chosen: bool
    tz: tzinfo


@dataclass(frozen=True, slots=True)
class ReminderSet:
    """A one-time reminder was stored for `due_at` (UTC); `tz` is the user's zone."""

    due_at: datetime
    tz: tzinfo

    def confirmation(self, now: datetime) -> str:
        return texts.reminder_set(self.due_at.astimezone(self.tz), now.astimezone(self.tz))


async def get_view(sessions: Sessions, *, now: datetime, user_id: int, chat_id: int) -> ListenView:
    """The user's /listen settings. A daily reminder that is on but has no next reminder
    queued (it stops after Telegram reports the user blocked Tend) is queued again here."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        settings = await repo.get_nudge_settings(session, user_id=user_id)
        at = settings.listen_reminder_time if settings is not None else None
        tz = user_zone(user.time_zone)
        if at is not None and not await repo.pending_reminders(
            session, user_id=user_id, kind=ReminderKind.LISTEN_DAILY
        ):
            await arm_daily_listen(session, now=now, user_id=user_id, tz=tz, at=at)
        return ListenView(at, shown_zone_name(user.time_zone) is not None, tz)


async def set_daily(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, at: time | None
) -> ListenView:
    """Turn the daily listening reminder on at local time `at`, or off with None."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        tz = user_zone(user.time_zone)
        await repo.update_nudge_settings(session, user_id=user_id, listen_reminder_time=at)
        await arm_daily_listen(session, now=now, user_id=user_id, tz=tz, at=at)
        return ListenView(at, shown_zone_name(user.time_zone) is not None, tz)


async def remind_once(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, text: str
) -> ReminderSet:
    """Store a one-time reminder from what the user typed ("20:30", "in 2 hours"), read in
    their zone. Raises ReminderParseError (its `user_message` is ready to send)."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        tz = user_zone(user.time_zone)
        due = parse_reminder(text, now=now, tz=tz)
        await repo.add_reminder(
            session, user_id=user_id, kind=ReminderKind.LISTEN_ONCE, due_at=due, now=now
        )
        return ReminderSet(due, tz)


# --- What the outbox needs (bot/listen/job.py) ------------------------------------------


def message_for(reminder: repo.ClaimedReminder) -> str:
    """The text to send for a claimed reminder."""
    if reminder.kind == ReminderKind.LISTEN_DAILY:
        return texts.DAILY_LISTEN_MESSAGE
    return texts.REMINDER_MESSAGE


def decide_for(reminder: repo.ClaimedReminder, *, now: datetime, grace: timedelta) -> Decision:
    """Send, or skip as too late: a one-time reminder allows at most ONCE_GRACE."""
    if reminder.kind == ReminderKind.LISTEN_ONCE:
        grace = min(grace, ONCE_GRACE)
    return decide(reminder.due_at, now, grace)


async def queue_next_daily(
    session: AsyncSession,
    reminder: repo.ClaimedReminder,
    *,
    sent: bool,
    now: datetime,
    grace: timedelta,
) -> None:
    """After a daily reminder was sent or skipped, queue the next one (in the same transaction,
    so the chain survives restarts), unless the user turned it off meanwhile."""
    settings = await repo.get_nudge_settings(session, user_id=reminder.user_id)
    at = settings.listen_reminder_time if settings is not None else None
    if at is None:
        return
    following = next_due(
        local_time=at,
        tz=user_zone(reminder.time_zone),
        frequency=Frequency.DAILY,
        after=reschedule_from("send" if sent else "skip", now=now, grace=grace),
        paused_until=None,
        last_sent=reminder.due_at,
    )
    await repo.add_reminder(
        session, user_id=reminder.user_id, kind=ReminderKind.LISTEN_DAILY, due_at=following, now=now
    )
