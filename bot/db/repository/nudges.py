"""Daily nudges: which users are due, one delivery per local day, claimed before sending."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import false, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import NudgeDelivery, NudgePass, NudgeSettings, User
from bot.db.repository._sql import RELEASED, claim_rows, dialect_insert, update_claimed
from bot.nudges.schedule import Frequency


@dataclass(frozen=True, slots=True)
class DueSchedule:
    """A user whose next nudge time has come: enough to create the delivery and plan the next."""

    user_id: int
    time_zone: str
    local_time: time
    frequency: Frequency
    paused_until: datetime | None
    next_due_at: datetime


@dataclass(frozen=True, slots=True)
class ClaimedNudge:
    """A delivery this worker now holds and should send (or skip) and then mark."""

    delivery_id: int
    user_id: int
    chat_id: int
    time_zone: str
    nudge_key: str
    local_date: date
    due_at: datetime


@dataclass(frozen=True, slots=True)
class PastNudge:
    """A delivery planned for a user: which nudge, when, and whether it was skipped unsent."""

    nudge_key: str
    due_at: datetime
    skipped: bool


async def lock_due_schedules(
    session: AsyncSession, *, now: datetime, limit: int
) -> list[DueSchedule]:
    """Users with nudges on, not blocking Tend, whose `next_due_at` has passed.

    On PostgreSQL the rows stay locked (`FOR UPDATE SKIP LOCKED`) until the caller's transaction
    ends, so concurrent dispatchers plan different users; SQLite has one writer at a time.
    """
    stmt = (
        select(
            NudgeSettings.user_id,
            User.time_zone,
            NudgeSettings.local_time,
            NudgeSettings.frequency,
            NudgeSettings.paused_until,
            NudgeSettings.next_due_at,
        )
        .join(User, User.id == NudgeSettings.user_id)
        .where(
            NudgeSettings.enabled.is_(True),
            NudgeSettings.next_due_at <= now,
            User.blocked_at.is_(None),
        )
        .order_by(NudgeSettings.next_due_at)
        .limit(limit)
        .with_for_update(skip_locked=True, of=NudgeSettings)
    )
    return [
        DueSchedule(user_id, zone, local_time, frequency, paused_until, due)
        for user_id, zone, local_time, frequency, paused_until, due in await session.execute(stmt)
        if due is not None  # always true here; narrows the type
    ]


async def add_nudge_delivery(
    session: AsyncSession,
    *,
    user_id: int,
    nudge_key: str,
    local_date: date,
    due_at: datetime,
    next_due_at: datetime | None,
) -> int | None:
    """Create the user's nudge for `local_date` and move their schedule to `next_due_at`.

    Returns the delivery id, or None when that local day already has a nudge (at most one a
    day); the schedule moves on either way, since this occurrence is used up.
    """
    result = await session.execute(
        dialect_insert(session, NudgeDelivery)
        .values(user_id=user_id, nudge_key=nudge_key, local_date=local_date, due_at=due_at)
        .on_conflict_do_nothing(index_elements=[NudgeDelivery.user_id, NudgeDelivery.local_date])
        .returning(NudgeDelivery.id)
    )
    delivery_id = result.scalar_one_or_none()
    await session.execute(
        update(NudgeSettings)
        .where(NudgeSettings.user_id == user_id)
        .values(next_due_at=next_due_at),
        execution_options={"synchronize_session": False},
    )
    return delivery_id


async def add_nudge_deliveries(
    session: AsyncSession,
    *,
    deliveries: Sequence[Mapping[str, object]],
    moves: Sequence[Mapping[str, object]],
) -> int:
    """The batch form of `add_nudge_delivery`: create `deliveries` (each with user_id,
    nudge_key, local_date, due_at) and apply `moves` (each with user_id, next_due_at).

    Two statements per batch instead of two per user (10,000 users planned on PostgreSQL: 3 s
    instead of 16 s). Returns how many deliveries were created; a user whose local day already
    has one keeps it (at most one nudge a day).
    """
    created = 0
    if deliveries:
        result = await session.execute(
            dialect_insert(session, NudgeDelivery)
            .values(list(deliveries))
            .on_conflict_do_nothing(
                index_elements=[NudgeDelivery.user_id, NudgeDelivery.local_date]
            )
            .returning(NudgeDelivery.id)
        )
        created = len(result.all())
    if moves:
        await session.execute(update(NudgeSettings), list(moves))  # executemany by primary key
    return created


async def claim_due_nudges(
    session: AsyncSession, *, now: datetime, limit: int, worker_id: str, claim_ttl: timedelta
) -> list[ClaimedNudge]:
    """Claim up to `limit` unsent deliveries due by `now`, oldest first; each goes to one worker.

    A claim not marked sent, skipped or released within `claim_ttl` (the worker died) can be
    claimed again, so a crash delays a nudge but does not lose it — unless its send had
    already started (`start_nudge_sends`), which is never repeated.
    """
    due = (
        NudgeDelivery.sent_at.is_(None),
        NudgeDelivery.send_started_at.is_(None),
        NudgeDelivery.skipped.is_(False),
        NudgeDelivery.due_at <= now,
    )
    ids = await claim_rows(
        session,
        NudgeDelivery,
        due=due,
        oldest_first=NudgeDelivery.due_at,
        now=now,
        limit=limit,
        worker_id=worker_id,
        claim_ttl=claim_ttl,
    )
    if not ids:
        return []
    rows = await session.execute(
        select(
            NudgeDelivery.id,
            NudgeDelivery.user_id,
            User.chat_id,
            User.time_zone,
            NudgeDelivery.nudge_key,
            NudgeDelivery.local_date,
            NudgeDelivery.due_at,
        )
        .join(User, User.id == NudgeDelivery.user_id)
        .where(NudgeDelivery.id.in_(ids))
        .order_by(NudgeDelivery.due_at, NudgeDelivery.id)
    )
    return [ClaimedNudge(*row) for row in rows.all()]


async def mark_nudge_sent(
    session: AsyncSession, *, delivery_id: int, worker_id: str, now: datetime, message_id: int
) -> bool:
    """The nudge went out as `message_id`; False if this worker no longer held the claim."""
    return await update_claimed(
        session,
        NudgeDelivery,
        row_id=delivery_id,
        worker_id=worker_id,
        sent_at=now,
        message_id=message_id,
    )


async def mark_nudge_skipped(session: AsyncSession, *, delivery_id: int, worker_id: str) -> bool:
    """Never send this one (missed beyond the grace period, or the user is gone)."""
    return await update_claimed(
        session, NudgeDelivery, row_id=delivery_id, worker_id=worker_id, skipped=True
    )


async def release_nudge(session: AsyncSession, *, delivery_id: int, worker_id: str) -> bool:
    """Give the claim back (sending failed in a way worth retrying soon)."""
    return await update_claimed(
        session,
        NudgeDelivery,
        row_id=delivery_id,
        worker_id=worker_id,
        send_started_at=None,  # Telegram refused it: the retry is not a duplicate
        **RELEASED,
    )


async def mark_nudge_done(
    session: AsyncSession, *, delivery_id: int, user_id: int, now: datetime
) -> bool:
    """The user pressed "Done ✓" on their own sent nudge; True only the first time."""
    result = await session.execute(
        update(NudgeDelivery)
        .where(
            NudgeDelivery.id == delivery_id,
            NudgeDelivery.user_id == user_id,
            NudgeDelivery.sent_at.is_not(None),
            NudgeDelivery.done_at.is_(None),
        )
        .values(done_at=now)
        .returning(NudgeDelivery.id),
        execution_options={"synchronize_session": False},
    )
    return result.scalar_one_or_none() is not None


async def set_nudge_key(
    session: AsyncSession, *, delivery_id: int, user_id: int, nudge_key: str
) -> bool:
    """ "Another idea": the delivery now stands for a different nudge from the catalogue.

    The nudge it stood for is kept as a pass: the user saw it, so it counts as given on that
    day and does not come back within the repeat window.
    """
    replaced = await session.scalar(
        select(NudgeDelivery.nudge_key).where(
            NudgeDelivery.id == delivery_id, NudgeDelivery.user_id == user_id
        )
    )
    if replaced is None:
        return False
    session.add(NudgePass(user_id=user_id, delivery_id=delivery_id, nudge_key=replaced))
    await session.execute(
        update(NudgeDelivery)
        .where(NudgeDelivery.id == delivery_id, NudgeDelivery.user_id == user_id)
        .values(nudge_key=nudge_key),
        execution_options={"synchronize_session": False},
    )
    await session.flush()
    return True


async def get_nudge_delivery(
    session: AsyncSession, *, delivery_id: int, user_id: int
) -> NudgeDelivery | None:
    """The delivery, only if it belongs to `user_id` (the button presser)."""
    stmt = select(NudgeDelivery).where(
        NudgeDelivery.id == delivery_id, NudgeDelivery.user_id == user_id
    )
    return (await session.scalars(stmt)).one_or_none()


async def recent_nudge_keys(session: AsyncSession, *, user_id: int, since: date) -> set[str]:
    """Nudge keys the user was given on or after local day `since`, passed-on ones included."""
    given = select(NudgeDelivery.nudge_key).where(
        NudgeDelivery.user_id == user_id, NudgeDelivery.local_date >= since
    )
    passed = (
        select(NudgePass.nudge_key)
        .join(NudgeDelivery, NudgeDelivery.id == NudgePass.delivery_id)
        .where(NudgePass.user_id == user_id, NudgeDelivery.local_date >= since)
    )
    return set((await session.scalars(union_all(given, passed))).all())


async def recent_nudges(
    session: AsyncSession, *, user_ids: Sequence[int], since: datetime
) -> dict[int, list[PastNudge]]:
    """Deliveries due at or after `since` for each of `user_ids` (users with none are absent),
    and the nudges passed on with "Another idea" as given at their delivery's time.

    One query for a whole planning batch, with the times `pick_nudge` needs to vary themes
    (`recent_nudge_keys` gives one user's keys only).
    """
    given = select(
        NudgeDelivery.user_id, NudgeDelivery.nudge_key, NudgeDelivery.due_at, NudgeDelivery.skipped
    ).where(NudgeDelivery.user_id.in_(user_ids), NudgeDelivery.due_at >= since)
    passed = (
        select(NudgePass.user_id, NudgePass.nudge_key, NudgeDelivery.due_at, false())
        .join(NudgeDelivery, NudgeDelivery.id == NudgePass.delivery_id)
        .where(NudgePass.user_id.in_(user_ids), NudgeDelivery.due_at >= since)
    )
    found: dict[int, list[PastNudge]] = {}
    for user_id, key, due_at, skipped in await session.execute(union_all(given, passed)):
        found.setdefault(user_id, []).append(PastNudge(key, due_at, bool(skipped)))
    return found


async def start_nudge_sends(
    session: AsyncSession, *, delivery_ids: Sequence[int], worker_id: str, now: datetime
) -> set[int]:
    """Record that these deliveries are about to be sent; returns the ids still claimed here.

    Only deliveries in the returned set may be sent: for the others the claim was lost.
    """
    if not delivery_ids:
        return set()
    result = await session.execute(
        update(NudgeDelivery)
        .where(
            NudgeDelivery.id.in_(delivery_ids),
            NudgeDelivery.claimed_by == worker_id,
            NudgeDelivery.sent_at.is_(None),
        )
        .values(send_started_at=now)
        .returning(NudgeDelivery.id),
        execution_options={"synchronize_session": False},
    )
    return set(result.scalars().all())
