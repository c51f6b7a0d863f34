"""/history, the therapy hint and the weekly summary: load, decide, remember.

Counting lives in `bot.insights` (one definition of "this week" for everything); this module
feeds it. A /history reads the user, the checks of the last 12 weeks as rows
(`repo.check_history`: findings per draft, which the SQL aggregates cannot give), the nudges
done, and lifetime counts plus the first check (SQL aggregates). Older checks only ever reach
the totals, so years of history are never loaded.

The weekly summary is a chain of `WEEKLY_SUMMARY` reminders: changing the settings replaces
the pending one, and sending (or skipping) one schedules the next in the same transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.db.models import ReminderKind, User
from bot.insights import (
    CheckRecord,
    HistorySummary,
    NudgeDoneRecord,
    Totals,
    WeekCounts,
    format_weekly_summary,
    should_suggest_therapy,
    summarize,
    weekly_counts,
)
from bot.insights import texts as t
from bot.insights.stats import local_midnight, local_today, week_start
from bot.nudges.schedule import decide, reschedule_from, resolve_local
from bot.nudges.timezones import TimeParseError, parse_time, zone_from_name
from bot.services.users import Sessions

log = logging.getLogger(__name__)

CHART_WEEKS: Final = 12
SUMMARY_DAYS: Final = 60  # summarize() compares 30 days with the 30 before
WEEKLY: Final = ReminderKind.WEEKLY_SUMMARY


@dataclass(frozen=True, slots=True)
class HistorySettings:
    """The switches /history shows. Weekdays count from Monday = 0, times are local."""

    time_zone: str
    weekly_summary: bool
    weekday: int
    local_time: time
    therapy_hints: bool
    therapy_hint_seen: bool  # a hint was shown once (or hints are off): offer the switch


@dataclass(frozen=True, slots=True)
class HistoryView:
    """What /history sends: the summary, the chart's weeks, the switches, and the hint flag."""

    summary: HistorySummary
    weeks: list[WeekCounts]  # the chart's 12 local weeks, oldest first
    settings: HistorySettings
    therapy_hint: bool  # send the hint now; it is already recorded as shown


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


@dataclass(frozen=True, slots=True)
class DueSummary:
    """A claimed weekly summary, ready to send."""

    reminder_id: int
    user_id: int
    chat_id: int
    text: str


@dataclass(frozen=True, slots=True)
class WeeklyBatch:
    """One claim: how many were claimed, and those to send (the rest are already settled)."""

    claimed: int
    ready: list[DueSummary]


def user_zone(name: str) -> tzinfo:
    """The user's zone; a name that no longer resolves falls back to UTC rather than failing."""
    try:
        return zone_from_name(name)
    except ValueError:
        log.warning("unknown stored time zone %r; using UTC", name)
        return UTC


def _settings(user: User) -> HistorySettings:
    return HistorySettings(
        time_zone=user.time_zone,
        weekly_summary=user.weekly_summary,
        weekday=user.weekly_summary_weekday,
        local_time=user.weekly_summary_time,
        therapy_hints=user.therapy_hints,
        therapy_hint_seen=user.last_therapy_hint_at is not None or not user.therapy_hints,
    )


async def _summary(
    session: AsyncSession, *, user_id: int, now: datetime, tz: tzinfo
) -> tuple[HistorySummary, list[CheckRecord]]:
    today = local_today(now, tz)
    since = min(
        local_midnight(today - timedelta(days=SUMMARY_DAYS - 1), tz),
        local_midnight(week_start(today) - timedelta(weeks=CHART_WEEKS - 1), tz),
    )
    end = local_midnight(today + timedelta(days=1), tz)
    rows = await repo.check_history(session, user_id=user_id, start=since, end=end)
    checks = [
        CheckRecord(r.created_at, r.flagged, r.categories, r.phrases, r.suggestion_taken)
        for r in rows
    ]
    # At most one nudge a day, so a lifetime of them is a small read (and gives the total).
    done = await repo.nudge_done_times(session, user_id=user_id, start=None, end=end)
    nudges = [NudgeDoneRecord(at) for at in done]
    summary = summarize(checks, nudges, now=now, tz=tz)
    # Lifetime totals from SQL: the rows above are only the recent window.
    counts = await repo.check_counts(session, user_id=user_id, start=None, end=end)
    first = await repo.first_check_at(session, user_id=user_id)
    totals = Totals(
        checked=counts.checks,
        flagged=counts.flagged,
        rewrites_used=counts.rewrites_used,
        nudges_done=len(nudges),
        since=first.astimezone(tz).date() if first is not None else None,
    )
    return replace(summary, totals=totals), checks


async def load_history(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int
) -> HistoryView:
    """Everything /history shows. When the therapy hint is due it is recorded as shown here,
    before sending, so a failed send errs towards one hint fewer rather than one too many."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        tz = user_zone(user.time_zone)
        summary, checks = await _summary(session, user_id=user_id, now=now, tz=tz)
        weeks = weekly_counts(checks, now=now, tz=tz, weeks=CHART_WEEKS)
        hint = await _claim_therapy_hint(session, user=user, checks=checks, now=now, tz=tz)
        return HistoryView(summary, weeks, _settings(user), hint)


async def _claim_therapy_hint(
    session: AsyncSession, *, user: User, checks: list[CheckRecord], now: datetime, tz: tzinfo
) -> bool:
    def due() -> bool:
        return should_suggest_therapy(
            checks,
            now=now,
            tz=tz,
            last_hint_at=user.last_therapy_hint_at,
            enabled=user.therapy_hints,
        )

    if not due():
        return False
    # Rare path: lock the row and decide again, so two /history at once show one hint.
    await session.refresh(user, with_for_update=True)
    if not due():
        return False
    user.last_therapy_hint_at = now
    await session.flush()
    return True


async def get_settings(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int
) -> HistorySettings:
    """The user's /history switches (creating the user on first contact)."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        return _settings(user)


async def set_therapy_hints(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, enabled: bool
) -> HistorySettings:
    """Turn the therapy hint off, or back on (still at most once a month)."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        user.therapy_hints = enabled
        await session.flush()
        return _settings(user)


# Weekly summary -------------------------------------------------------------------------------

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


async def _schedule_next(
    session: AsyncSession, *, user: User, after: datetime, now: datetime
) -> None:
    due = next_weekly_at(
        weekday=user.weekly_summary_weekday,
        local_time=user.weekly_summary_time,
        tz=user_zone(user.time_zone),
        after=after,
    )
    await repo.add_reminder(session, user_id=user.id, kind=WEEKLY, due_at=due, now=now)


async def _reschedule(session: AsyncSession, *, user: User, now: datetime) -> None:
    # A summary being sent right now loses its row here, so its sender will not chain another.
    await repo.cancel_reminders(session, user_id=user.id, kind=WEEKLY)
    if user.weekly_summary:
        await _schedule_next(session, user=user, after=now, now=now)


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
        await _reschedule(session, user=user, now=now)
        return _settings(user)


async def reschedule_weekly_summary(sessions: Sessions, *, now: datetime, user_id: int) -> None:
    """Re-plan the pending summary after the user's time zone changed (call from /nudges)."""
    async with sessions.begin() as session:
        user = await repo.get_user(session, user_id=user_id)
        if user is not None:
            await _reschedule(session, user=user, now=now)


async def claim_weekly_summaries(
    sessions: Sessions,
    *,
    now: datetime,
    worker_id: str,
    limit: int,
    claim_ttl: timedelta,
    grace: timedelta,
) -> WeeklyBatch:
    """Claim due weekly summaries and write them. Those not to send are settled here: turned
    off since (dropped), the user blocks Tend or it is later than `grace` (skipped, and the
    next one planned so the rhythm survives)."""
    # The claim commits on its own; each summary is then written in a short transaction.
    async with sessions.begin() as session:
        claimed = await repo.claim_due_reminders(
            session, now=now, limit=limit, worker_id=worker_id, claim_ttl=claim_ttl, kinds=[WEEKLY]
        )
    ready: list[DueSummary] = []
    for item in claimed:
        async with sessions.begin() as session:
            due = await _prepare(session, item, now=now, worker_id=worker_id, grace=grace)
        if due is not None:
            ready.append(due)
    return WeeklyBatch(claimed=len(claimed), ready=ready)


async def _prepare(
    session: AsyncSession,
    item: repo.ClaimedReminder,
    *,
    now: datetime,
    worker_id: str,
    grace: timedelta,
) -> DueSummary | None:
    user = await repo.get_user(session, user_id=item.user_id)
    if user is None or not user.weekly_summary:
        await repo.mark_reminder_skipped(session, reminder_id=item.reminder_id, worker_id=worker_id)
        return None
    late = decide(item.due_at, now, grace) == "skip"
    if user.blocked_at is not None or late:
        if await repo.mark_reminder_skipped(
            session, reminder_id=item.reminder_id, worker_id=worker_id
        ):
            # After a long outage the next one may already be due, within grace.
            after = reschedule_from("skip", now=now, grace=grace) if late else now
            await _schedule_next(session, user=user, after=after, now=now)
        return None
    summary, _ = await _summary(session, user_id=user.id, now=now, tz=user_zone(user.time_zone))
    return DueSummary(item.reminder_id, user.id, item.chat_id, format_weekly_summary(summary))


async def _settle(
    session: AsyncSession, *, now: datetime, worker_id: str, due: DueSummary, sent: int | None
) -> bool:
    if sent is not None:
        held = await repo.mark_reminder_sent(
            session, reminder_id=due.reminder_id, worker_id=worker_id, now=now, message_id=sent
        )
    else:
        held = await repo.mark_reminder_skipped(
            session, reminder_id=due.reminder_id, worker_id=worker_id
        )
    if not held:
        return False  # settings changed meanwhile (the new plan is in place) or claim expired
    user = await repo.get_user(session, user_id=due.user_id)
    if user is not None and user.weekly_summary:
        await _schedule_next(session, user=user, after=now, now=now)
    return True


async def weekly_summary_sent(
    sessions: Sessions, *, now: datetime, worker_id: str, due: DueSummary, message_id: int
) -> bool:
    """Mark the summary sent and plan next week's; False if this worker lost the claim."""
    async with sessions.begin() as session:
        return await _settle(session, now=now, worker_id=worker_id, due=due, sent=message_id)


async def weekly_summary_undeliverable(
    sessions: Sessions, *, now: datetime, worker_id: str, due: DueSummary, blocked: bool
) -> bool:
    """Telegram refused it for good: skip it (marking the user blocked if they are) and plan
    next week's, which waits quietly until they are back. False if the claim was lost."""
    async with sessions.begin() as session:
        if blocked:
            await repo.mark_blocked(session, user_id=due.user_id, now=now)
        return await _settle(session, now=now, worker_id=worker_id, due=due, sent=None)


async def weekly_summary_retry(sessions: Sessions, *, worker_id: str, due: DueSummary) -> bool:
    """A passing failure: give the claim back so the next tick tries again."""
    async with sessions.begin() as session:
        return await repo.release_reminder(
            session, reminder_id=due.reminder_id, worker_id=worker_id
        )
