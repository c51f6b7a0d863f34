"""Daily nudges: the settings a user changes, and the dispatcher's plan → claim → mark steps.

The database is the source of truth. Every settings change recomputes `next_due_at` (UTC) with
`schedule.next_due` in the same transaction; a dispatcher turns due schedules into deliveries
(at most one per user per local day, enforced by a unique key) and claims deliveries before
sending, so any number of processes share the work without sending anything twice.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Final, Literal, Unpack

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.db.models import Frequency as StoredFrequency
from bot.db.models import NudgeDelivery, NudgeSettings, ReminderKind
from bot.nudges import texts
from bot.nudges.catalogue import REPEAT_WINDOW, Nudge, default_catalogue, pick_nudge
from bot.nudges.schedule import (
    Frequency,
    decide,
    local_date,
    next_due,
    parse_frequency,
    pause_for_week,
    reschedule_from,
)
from bot.nudges.timezones import ParsedZone, zone_from_name
from bot.services.users import Sessions

log = logging.getLogger(__name__)

# `users.time_zone` defaults to "UTC" before the user says where they are; a user who picks UTC
# is stored as "Etc/UTC" (the same zone), so "never chosen" stays distinguishable.
UNSET_ZONE: Final = "UTC"
CHOSEN_UTC: Final = "Etc/UTC"
# nudges_done counts done_at < end; every recorded press is before this.
_FOREVER: Final = datetime(9999, 1, 1, tzinfo=UTC)
_RNG: Final = random.Random()


def stored_zone_name(zone: ParsedZone) -> str:
    """What to store in `users.time_zone` for a zone the user chose."""
    return CHOSEN_UTC if zone.name == UNSET_ZONE else zone.name


def shown_zone_name(stored: str) -> str | None:
    """The zone name to show the user; None while they have not chosen one."""
    if stored == UNSET_ZONE:
        return None
    return "UTC" if stored == CHOSEN_UTC else stored


def user_zone(stored: str) -> tzinfo:
    """The tzinfo for a stored zone name; UTC (logged) if the stored name is unusable."""
    try:
        return zone_from_name(stored)
    except ValueError:
        log.warning("unusable stored time zone %r; using UTC", stored)
        return UTC


@dataclass(frozen=True, slots=True)
class NudgeView:
    """A user's nudge settings as the /nudges screen shows them."""

    enabled: bool
    local_time: time
    zone_name: str | None  # None: the user has not chosen a zone yet
    frequency: Frequency
    paused_until: datetime | None
    next_due_at: datetime | None
    done_count: int
    tz: tzinfo

    def paused(self, now: datetime) -> bool:
        return self.paused_until is not None and self.paused_until > now

    def next_local(self) -> datetime | None:
        return None if self.next_due_at is None else self.next_due_at.astimezone(self.tz)

    def screen(self, now: datetime) -> str:
        """The /nudges settings text (Telegram HTML)."""
        return texts.settings_screen(
            enabled=self.enabled,
            local_time=self.local_time,
            zone_name=self.zone_name,
            frequency=self.frequency,
            next_local=self.next_local(),
            now_local=now.astimezone(self.tz),
            paused=self.paused(now),
            done_count=self.done_count,
        )


async def get_view(sessions: Sessions, *, now: datetime, user_id: int, chat_id: int) -> NudgeView:
    """The user's nudge settings (creating the user on first contact)."""
    return await _update(sessions, now=now, user_id=user_id, chat_id=chat_id, recompute=False)


async def turn_on(sessions: Sessions, *, now: datetime, user_id: int, chat_id: int) -> NudgeView:
    """Nudges on; any pause ends."""
    return await _update(
        sessions, now=now, user_id=user_id, chat_id=chat_id, enabled=True, paused_until=None
    )


async def turn_off(sessions: Sessions, *, now: datetime, user_id: int, chat_id: int) -> NudgeView:
    """Nudges off (settings are kept for when they come back on)."""
    return await _update(sessions, now=now, user_id=user_id, chat_id=chat_id, enabled=False)


async def set_time(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, local_time: time
) -> NudgeView:
    """A new local time; today's nudge is never repeated because the time moved later."""
    return await _update(sessions, now=now, user_id=user_id, chat_id=chat_id, local_time=local_time)


async def set_zone(
    sessions: Sessions,
    *,
    now: datetime,
    user_id: int,
    chat_id: int,
    zone: ParsedZone,
    turn_on: bool = False,
) -> NudgeView:
    """A new time zone (the nudge keeps its local time); `turn_on` also switches nudges on."""
    if turn_on:
        return await _update(
            sessions,
            now=now,
            user_id=user_id,
            chat_id=chat_id,
            zone=zone,
            enabled=True,
            paused_until=None,
        )
    return await _update(sessions, now=now, user_id=user_id, chat_id=chat_id, zone=zone)


async def set_frequency(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, frequency: Frequency
) -> NudgeView:
    """Daily, weekdays, or Mon/Wed/Fri."""
    return await _update(
        sessions,
        now=now,
        user_id=user_id,
        chat_id=chat_id,
        frequency=StoredFrequency(frequency),
    )


async def pause_week(sessions: Sessions, *, now: datetime, user_id: int, chat_id: int) -> NudgeView:
    """No nudges for seven days from now."""
    return await _update(
        sessions, now=now, user_id=user_id, chat_id=chat_id, paused_until=pause_for_week(now)
    )


async def resume(sessions: Sessions, *, now: datetime, user_id: int, chat_id: int) -> NudgeView:
    """End a pause now."""
    return await _update(sessions, now=now, user_id=user_id, chat_id=chat_id, paused_until=None)


async def _update(
    sessions: Sessions,
    *,
    now: datetime,
    user_id: int,
    chat_id: int,
    zone: ParsedZone | None = None,
    recompute: bool = True,
    **values: Unpack[repo.NudgeSettingsValues],
) -> NudgeView:
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        zone_name = user.time_zone if zone is None else stored_zone_name(zone)
        if zone is not None:
            await repo.update_user(session, user_id=user_id, time_zone=zone_name)
        # Write first: on PostgreSQL this waits for a dispatcher holding the row, so what is
        # read next already includes the delivery it planned.
        await repo.update_nudge_settings(session, user_id=user_id, **values)
        settings = await repo.get_nudge_settings(session, user_id=user_id)
        if settings is None:
            raise LookupError(f"user {user_id} has no nudge settings")
        tz = user_zone(zone_name)
        frequency = parse_frequency(settings.frequency.value)
        next_at = settings.next_due_at
        if recompute:
            history = await _deliveries(session, user_ids=[user_id], since=now - REPEAT_WINDOW)
            next_at = None
            if settings.enabled:
                next_at = next_due(
                    local_time=settings.local_time,
                    tz=tz,
                    frequency=frequency,
                    after=now,
                    paused_until=settings.paused_until,
                    last_sent=max((d.due_at for d in history.get(user_id, ())), default=None),
                )
            await repo.update_nudge_settings(session, user_id=user_id, next_due_at=next_at)
            if zone is not None and settings.listen_reminder_time is not None:
                # The daily listening reminder keeps its local time in the new zone.
                await arm_daily_listen(
                    session, now=now, user_id=user_id, tz=tz, at=settings.listen_reminder_time
                )
        done = await repo.nudges_done(session, user_id=user_id, start=None, end=_FOREVER)
    return NudgeView(
        enabled=settings.enabled,
        local_time=settings.local_time,
        zone_name=shown_zone_name(zone_name),
        frequency=frequency,
        paused_until=settings.paused_until,
        next_due_at=next_at,
        done_count=done,
        tz=tz,
    )


# --- Buttons under a nudge ------------------------------------------------------------------


async def mark_done(
    sessions: Sessions, *, now: datetime, user_id: int, delivery_id: int
) -> int | None:
    """Record "Done ✓" on the presser's own sent nudge; the total done so far, or None if the
    nudge is not theirs. A second press counts nothing more."""
    async with sessions.begin() as session:
        delivery = await repo.get_nudge_delivery(session, delivery_id=delivery_id, user_id=user_id)
        if delivery is None or delivery.sent_at is None:
            return None
        await repo.mark_nudge_done(session, delivery_id=delivery_id, user_id=user_id, now=now)
        return await repo.nudges_done(session, user_id=user_id, start=None, end=_FOREVER)


async def owns_delivery(sessions: Sessions, *, user_id: int, delivery_id: int) -> bool:
    """Whether the nudge belongs to `user_id` (the person who pressed its button)."""
    async with sessions.begin() as session:
        found = await repo.get_nudge_delivery(session, delivery_id=delivery_id, user_id=user_id)
        return found is not None


async def another_idea(
    sessions: Sessions,
    *,
    now: datetime,
    user_id: int,
    delivery_id: int,
    rng: random.Random | None = None,
) -> Nudge | None:
    """Swap the presser's sent nudge for a different one (same repeat rules); None if not theirs."""
    async with sessions.begin() as session:
        delivery = await repo.get_nudge_delivery(session, delivery_id=delivery_id, user_id=user_id)
        if delivery is None or delivery.sent_at is None:
            return None
        history = await _deliveries(session, user_ids=[user_id], since=now - REPEAT_WINDOW)
        nudge = pick_nudge(
            _recent(history.get(user_id, ())), now, rng or _RNG, exclude={delivery.nudge_key}
        )
        await repo.set_nudge_key(
            session, delivery_id=delivery_id, user_id=user_id, nudge_key=nudge.key
        )
        return nudge


# --- The dispatcher's steps -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Planned:
    """What one planning pass did with the due schedules it locked."""

    created: int  # deliveries created, ready to claim
    skipped: int  # occurrences missed beyond the grace period (not sent, schedule moved on)
    seen: int  # schedules locked (0: nothing is due)


async def plan_due(
    sessions: Sessions,
    *,
    now: datetime,
    grace: timedelta,
    limit: int,
    rng: random.Random | None = None,
) -> Planned:
    """Turn up to `limit` due schedules into deliveries and move each schedule to its next time.

    An occurrence missed by less than `grace` becomes a (late) delivery; an older one is
    skipped, and the next occurrence is planned from `now - grace` so that one still inside
    the grace period (today's, after an outage that began yesterday) is not lost as well.
    """
    async with sessions.begin() as session:
        due = await repo.lock_due_schedules(session, now=now, limit=limit)
        if not due:
            return Planned(0, 0, 0)
        history = await _deliveries(
            session, user_ids=[d.user_id for d in due], since=now - REPEAT_WINDOW
        )
        moves: list[dict[str, object]] = []
        new: list[dict[str, object]] = []
        for schedule in due:
            tz = user_zone(schedule.time_zone)
            decision = decide(schedule.next_due_at, now, grace)
            following = next_due(
                local_time=schedule.local_time,
                tz=tz,
                frequency=parse_frequency(schedule.frequency.value),
                after=reschedule_from(decision, now=now, grace=grace),
                paused_until=schedule.paused_until,
                last_sent=schedule.next_due_at if decision == "send" else None,
            )
            moves.append({"user_id": schedule.user_id, "next_due_at": following})
            if decision == "send":
                recent = _recent(history.get(schedule.user_id, ()))
                new.append(
                    {
                        "user_id": schedule.user_id,
                        "nudge_key": pick_nudge(recent, now, rng or _RNG).key,
                        "local_date": local_date(schedule.next_due_at, tz),
                        "due_at": schedule.next_due_at,
                    }
                )
        created = await _store_plans(session, deliveries=new, moves=moves)
    return Planned(created=created, skipped=len(due) - len(new), seen=len(due))


async def claim_due(
    sessions: Sessions, *, now: datetime, worker_id: str, limit: int, claim_ttl: timedelta
) -> list[repo.ClaimedNudge]:
    """Claim up to `limit` planned deliveries for this worker (see repo.claim_due_nudges)."""
    async with sessions.begin() as session:
        return await repo.claim_due_nudges(
            session, now=now, limit=limit, worker_id=worker_id, claim_ttl=claim_ttl
        )


Outcome = Literal["sent", "skipped", "blocked", "released"]


@dataclass(frozen=True, slots=True)
class Finished:
    """What became of one claimed delivery (`message_id` for "sent")."""

    nudge: repo.ClaimedNudge
    outcome: Outcome
    message_id: int | None = None


async def finish(
    sessions: Sessions, *, now: datetime, worker_id: str, results: Sequence[Finished]
) -> list[bool]:
    """Record several outcomes in one transaction; for each, False if this worker had lost
    the claim. "blocked" (Telegram said 403) also marks the user blocked, stopping nudges."""
    async with sessions.begin() as session:
        return [await _finish(session, now=now, worker_id=worker_id, result=r) for r in results]


async def _finish(
    session: AsyncSession, *, now: datetime, worker_id: str, result: Finished
) -> bool:
    delivery_id = result.nudge.delivery_id
    if result.outcome == "sent":
        if result.message_id is None:
            raise ValueError("a sent nudge needs its message id")
        return await repo.mark_nudge_sent(
            session,
            delivery_id=delivery_id,
            worker_id=worker_id,
            now=now,
            message_id=result.message_id,
        )
    if result.outcome == "released":
        return await repo.release_nudge(session, delivery_id=delivery_id, worker_id=worker_id)
    if result.outcome == "blocked":
        await repo.mark_blocked(session, user_id=result.nudge.user_id, now=now)
    return await repo.mark_nudge_skipped(session, delivery_id=delivery_id, worker_id=worker_id)


def nudge_for(nudge: repo.ClaimedNudge) -> Nudge | None:
    """The catalogue entry of a claimed delivery; None for a key retired since it was planned."""
    return default_catalogue().get(nudge.nudge_key)


async def arm_daily_listen(
    session: AsyncSession, *, now: datetime, user_id: int, tz: tzinfo, at: time | None
) -> datetime | None:
    """Replace the user's pending daily listening reminder with the next one at local `at`
    (None: none). Lives here because its time is a nudge setting and a zone change moves it."""
    await repo.cancel_reminders(session, user_id=user_id, kind=ReminderKind.LISTEN_DAILY)
    if at is None:
        return None
    due = next_due(local_time=at, tz=tz, frequency="daily", after=now, paused_until=None)
    await repo.add_reminder(
        session, user_id=user_id, kind=ReminderKind.LISTEN_DAILY, due_at=due, now=now
    )
    return due


# --- History --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Past:
    key: str
    due_at: datetime
    skipped: bool


def _recent(past: Sequence[_Past]) -> dict[str, datetime]:
    """Key -> when the user last got it, for pick_nudge (a skipped nudge was never seen)."""
    recent: dict[str, datetime] = {}
    for item in past:
        if not item.skipped and (item.key not in recent or item.due_at > recent[item.key]):
            recent[item.key] = item.due_at
    return recent


async def _deliveries(
    session: AsyncSession, *, user_ids: Sequence[int], since: datetime
) -> dict[int, list[_Past]]:
    # One query for a whole planning batch, with the times pick_nudge needs to vary themes.
    # repo.recent_nudge_keys returns keys only, one user per query; this belongs next to it in
    # bot/db/repository/nudges.py (see the report).
    stmt = select(
        NudgeDelivery.user_id, NudgeDelivery.nudge_key, NudgeDelivery.due_at, NudgeDelivery.skipped
    ).where(NudgeDelivery.user_id.in_(user_ids), NudgeDelivery.due_at >= since)
    found: dict[int, list[_Past]] = {}
    for user_id, key, due_at, skipped in await session.execute(stmt):
        found.setdefault(user_id, []).append(_Past(key, due_at, skipped))
    return found


async def _store_plans(
    session: AsyncSession, *, deliveries: list[dict[str, object]], moves: list[dict[str, object]]
) -> int:
    # The batch form of repo.add_nudge_delivery: two statements per batch instead of two per
    # user (10,000 users planned on PostgreSQL: 3 s instead of 16 s). Belongs next to it in
    # bot/db/repository/nudges.py (see the report). Returns how many deliveries were created;
    # a user whose local day already has one keeps it (at most one nudge a day).
    created = 0
    if deliveries:
        insert = (
            postgresql.insert(NudgeDelivery)
            if session.get_bind().dialect.name == "postgresql"
            else sqlite.insert(NudgeDelivery)
        )
        result = await session.execute(
            insert.values(deliveries)
            .on_conflict_do_nothing(index_elements=["user_id", "local_date"])
            .returning(NudgeDelivery.id)
        )
        created = len(result.all())
    await session.execute(update(NudgeSettings), moves)  # executemany by primary key
    return created
