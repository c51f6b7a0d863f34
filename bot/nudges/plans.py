"""Daily nudges, the dispatcher's steps: plan due schedules, claim deliveries, record outcomes.

A dispatcher turns due schedules into deliveries (at most one per user per local day, enforced
by a unique key) and claims deliveries before sending, so any number of processes share the
work without sending anything twice. The settings that feed it are in `bot.nudges.service`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.nudges.catalogue import REPEAT_WINDOW, Nudge, default_catalogue, pick_nudge
from bot.nudges.schedule import decide, local_date, next_due, parse_frequency, reschedule_from
from bot.nudges.service import Outcome, last_given
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
    return Planned(created=created, skipped=len(due) - len(new), seen=len(due))


async def claim_due(
    sessions: Sessions, *, now: datetime, worker_id: str, limit: int, claim_ttl: timedelta
) -> list[repo.ClaimedNudge]:
    """Claim up to `limit` planned deliveries for this worker (see repo.claim_due_nudges)."""
    async with sessions.begin() as session:
        return await repo.claim_due_nudges(
            session, now=now, limit=limit, worker_id=worker_id, claim_ttl=claim_ttl
        )


async def start_sends(
    sessions: Sessions, *, now: datetime, worker_id: str, delivery_ids: Sequence[int]
) -> set[int]:
    """Mark deliveries as being sent; only the returned ids may go out (see the repository)."""
    async with sessions.begin() as session:
        return await repo.start_nudge_sends(
            session, delivery_ids=delivery_ids, worker_id=worker_id, now=now
        )


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
