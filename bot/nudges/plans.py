"""Daily nudges, planned: due schedules become deliveries for the outbox to send.

At most one delivery per user per local day (a unique key); the outbox (bot/outbox.py) claims,
sends and marks them. The settings that feed the plan are in `bot.nudges.service`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from bot.db import repository as repo
from bot.nudges.catalogue import REPEAT_WINDOW, Nudge, default_catalogue, pick_nudge
from bot.nudges.schedule import decide, local_date, next_due, parse_frequency, reschedule_from
from bot.nudges.service import last_given
from bot.users.service import Sessions
from bot.users.zones import user_zone

_RNG: Final = random.Random()


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
        history = await repo.recent_nudges(
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
                recent = last_given(history.get(schedule.user_id, ()))
                new.append(
                    {
                        "user_id": schedule.user_id,
                        "nudge_key": pick_nudge(recent, now, rng or _RNG).key,
                        "local_date": local_date(schedule.next_due_at, tz),
                        "due_at": schedule.next_due_at,
                    }
                )
        created = await repo.add_nudge_deliveries(session, deliveries=new, moves=moves)
    return Planned(created=len(created), skipped=len(due) - len(new), seen=len(due))


def nudge_for(nudge: repo.ClaimedNudge) -> Nudge | None:
    """The catalogue entry of a claimed delivery; None for a key retired since it was planned."""
    return default_catalogue().get(nudge.nudge_key)
