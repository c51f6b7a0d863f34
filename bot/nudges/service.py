"""Daily nudges: the settings a user changes, and the buttons under a sent nudge.

The database is the source of truth. Every settings change recomputes `next_due_at` (UTC) with
`schedule.next_due` in the same transaction; the dispatcher's steps that turn due schedules
into deliveries live in `bot.nudges.plans`.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, tzinfo
from typing import Final, Unpack

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.db.models import ReminderKind
from bot.history import weekly_schedule
from bot.nudges import texts
from bot.nudges.catalogue import REPEAT_WINDOW, Nudge, pick_nudge
from bot.nudges.schedule import Frequency, next_due, parse_frequency, pause_for_week
from bot.users.service import Sessions
from bot.users.timezones import ParsedZone
from bot.users.zones import shown_zone_name, stored_zone_name, user_zone

log = logging.getLogger(__name__)

# nudges_done counts done_at < end; every recorded press is before this.
_FOREVER: Final = datetime(9999, 1, 1, tzinfo=UTC)
_RNG: Final = random.Random()


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
        frequency=frequency,
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
            history = await repo.recent_nudges(
                session, user_ids=[user_id], since=now - REPEAT_WINDOW
            )
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
        if zone is not None:
            # So does the weekly summary (it is read in the same zone as the nudges).
            await weekly_schedule.reschedule(session, user=user, now=now)
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
        history = await repo.recent_nudges(session, user_ids=[user_id], since=now - REPEAT_WINDOW)
        nudge = pick_nudge(
            last_given(history.get(user_id, ())), now, rng or _RNG, exclude={delivery.nudge_key}
        )
        await repo.set_nudge_key(
            session, delivery_id=delivery_id, user_id=user_id, nudge_key=nudge.key
        )
        return nudge


async def arm_daily_listen(
    session: AsyncSession, *, now: datetime, user_id: int, tz: tzinfo, at: time | None
) -> datetime | None:
    """Replace the user's pending daily listening reminder with the next one at local `at`
    (None: none). Lives here because its time is a nudge setting and a zone change moves it."""
    await repo.cancel_reminders(session, user_id=user_id, kind=ReminderKind.LISTEN_DAILY)
    if at is None:
        return None
    due = next_due(local_time=at, tz=tz, frequency=Frequency.DAILY, after=now, paused_until=None)
    await repo.add_reminder(
        session, user_id=user_id, kind=ReminderKind.LISTEN_DAILY, due_at=due, now=now
    )
    return due


def last_given(past: Sequence[repo.PastNudge]) -> dict[str, datetime]:
    """Key -> when the user last got it, for pick_nudge (a skipped nudge was never seen)."""
    recent: dict[str, datetime] = {}
    for item in past:
        if not item.skipped and (
            item.nudge_key not in recent or item.due_at > recent[item.nudge_key]
        ):
            recent[item.nudge_key] = item.due_at
    return recent
