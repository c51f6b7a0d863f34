"""When the weekly summary goes out: `/history weekly …`, and planning the next one.

The weekly summary is a chain of `WEEKLY_SUMMARY` reminders: changing the settings replaces
the pending one, and sending (or skipping) one schedules the next in the same transaction
(`bot.history.weekly_summary`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta, tzinfo
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.db.models import ReminderKind, User
from bot.history import texts as t
from bot.history.settings import HistorySettings, settings_of
from bot.nudges.schedule import resolve_local
from bot.users.service import Sessions
from bot.users.timezones import TimeParseError, parse_time
from bot.users.zones import user_zone

WEEKLY: Final = ReminderKind.WEEKLY_SUMMARY


@dataclass(frozen=True, slots=True)
class WeeklyRequest:
    """What `/history weekly …` asked for; None keeps the stored value."""

    enabled: bool
    weekday: int | None = None
    local_time: time | None = None


class WeeklyArgsError(ValueError):
    """`/history weekly …` arguments Tend could not use; `user_message` is ready to send."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


_FILLER: Final = frozenset({"at", "on", "every", "each", "weekly", "from"})
_OFF: Final = frozenset({"off", "stop", "no", "none"})
_ON: Final = frozenset({"on", "start", "yes"})


def _weekday(word: str) -> int | None:
    """'sun', 'Sunday', 'sundays', 'tu', 'thurs', 'weds' -> the weekday (Monday = 0)."""
    if len(word) > 3 and word.endswith("s"):
        word = word[:-1]
    if len(word) < 2:
        return None
    found = [i for i, name in enumerate(t.WEEKDAYS) if name.lower().startswith(word)]
    return found[0] if len(found) == 1 else None


def parse_weekly_args(words: Sequence[str]) -> WeeklyRequest:
    """`/history weekly sun 19:00` (any order, '7pm', 'sundays at 7 pm'), `… on`, `… off`.

    Raises WeeklyArgsError with a friendly message (Telegram HTML) for anything else.
    """
    cleaned = [w.strip(",.;!").lower() for w in words]
    cleaned = [w for w in cleaned if w]
    if len(cleaned) == 1 and cleaned[0] in _OFF:
        return WeeklyRequest(enabled=False)
    if len(cleaned) == 1 and cleaned[0] in _ON:
        return WeeklyRequest(enabled=True)
    days: set[int] = set()
    rest: list[str] = []
    for word in cleaned:
        day = _weekday(word)
        if day is not None:
            days.add(day)
        elif word not in _FILLER:
            rest.append(word)
    if len(days) > 1:
        raise WeeklyArgsError(t.WEEKLY_ONE_DAY)
    at: time | None = None
    if rest:
        try:
            at = parse_time(" ".join(rest))
        except TimeParseError as exc:
            raise WeeklyArgsError(f"{exc.user_message}\n{t.WEEKLY_EXAMPLE}") from exc
    if not days and at is None:
        raise WeeklyArgsError(t.WEEKLY_EXAMPLE)
    return WeeklyRequest(enabled=True, weekday=min(days) if days else None, local_time=at)


def next_weekly_at(*, weekday: int, local_time: time, tz: tzinfo, after: datetime) -> datetime:
    """The first `weekday` at `local_time` on the user's wall clock strictly after `after` (UTC).

    Daylight saving follows the nudges' policy (`bot.nudges.schedule`): the wall time is kept,
    a time skipped by a gap fires when the gap ends, a repeated time fires once.
    """
    day = after.astimezone(tz).date() - timedelta(days=1)  # a fall-back night can reach back
    for _ in range(22):  # three weeks: one candidate may fall in a gap that eats its whole day
        if day.weekday() == weekday:
            candidate = resolve_local(day, local_time, tz)
            if candidate is not None and candidate > after:
                return candidate
        day += timedelta(days=1)
    raise RuntimeError(f"no {t.WEEKDAYS[weekday]} {local_time} in {tz} within three weeks")


async def schedule_next(
    session: AsyncSession, *, user: User, after: datetime, now: datetime
) -> None:
    """Add the user's next weekly summary, the first one due after `after`."""
    due = next_weekly_at(
        weekday=user.weekly_summary_weekday,
        local_time=user.weekly_summary_time,
        tz=user_zone(user.time_zone),
        after=after,
    )
    await repo.add_reminder(session, user_id=user.id, kind=WEEKLY, due_at=due, now=now)


async def reschedule(session: AsyncSession, *, user: User, now: datetime) -> None:
    """Replace the pending summary with the next one by the user's current settings and zone."""
    # A summary being sent right now loses its row here, so its sender will not chain another.
    await repo.cancel_reminders(session, user_id=user.id, kind=WEEKLY)
    if user.weekly_summary:
        await schedule_next(session, user=user, after=now, now=now)


async def set_weekly_summary(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, request: WeeklyRequest
) -> HistorySettings:
    """Turn the weekly summary on or off, or move it; the next one is scheduled accordingly."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        user.weekly_summary = request.enabled
        if request.weekday is not None:
            user.weekly_summary_weekday = request.weekday
        if request.local_time is not None:
            user.weekly_summary_time = request.local_time
        await session.flush()
        await reschedule(session, user=user, now=now)
        return settings_of(user)
