"""Held updates (bot/telegram/inbox.py): received, not yet answered. Ids and owners only in
the answers' logs; the payload is read back only to answer the update after a crash."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import HeldUpdate
from bot.db.repository._sql import rowcount, table_insert, table_of
from bot.db.repository.updates import claim_updates

_held = table_of(HeldUpdate)


@dataclass(frozen=True, slots=True)
class Arrival:
    """An update as it arrived: its id, its sender (for /forget) and its JSON text."""

    update_id: int
    user_id: int | None
    payload: str


@dataclass(frozen=True, slots=True)
class Orphan:
    """A held update whose owner may be gone (see `orphans`)."""

    update_id: int
    claimed_by: str
    claimed_at: datetime
    send_started: bool


async def hold_updates(
    session: AsyncSession, *, arrivals: Sequence[Arrival], owner: str, now: datetime
) -> list[bool]:
    """Claim each update id (the de-duplication every redelivery meets) and hold the ones this
    call claimed first, owned by `owner`. One answer per arrival: True = new, answer it."""
    won = await claim_updates(session, claims=[(a.update_id, now) for a in arrivals])
    rows = [
        {
            "update_id": a.update_id,
            "user_id": a.user_id,
            "payload": a.payload,
            "received_at": now,
            "claimed_by": owner,
            "claimed_at": now,
        }
        for a, first in zip(arrivals, won, strict=True)
        if first
    ]
    if rows:
        dialect = session.get_bind().dialect.name
        await session.execute(
            table_insert(dialect, _held).on_conflict_do_nothing(index_elements=[_held.c.update_id]),
            rows,
        )
    return won


async def mark_send_started(
    session: AsyncSession, *, update_ids: Collection[int], now: datetime
) -> None:
    """Note that the first message for these updates is about to leave."""
    await session.execute(
        update(_held)
        .where(_held.c.update_id.in_(list(update_ids)), _held.c.send_started_at.is_(None))
        .values(send_started_at=now)
    )


async def release_updates(session: AsyncSession, *, update_ids: Collection[int]) -> int:
    """The updates are answered: forget what was held (their text with it)."""
    result = await session.execute(delete(_held).where(_held.c.update_id.in_(list(update_ids))))
    return rowcount(result)


async def renew_claims(session: AsyncSession, *, owner: str, now: datetime) -> int:
    """`owner` is alive: its claims on the updates it is answering start again at `now`."""
    result = await session.execute(
        update(_held).where(_held.c.claimed_by == owner).values(claimed_at=now)
    )
    return rowcount(result)


ORPHANS_PER_READ = 1000


async def orphans(session: AsyncSession, *, owner: str, after: int = -1) -> list[Orphan]:
    """Up to ORPHANS_PER_READ held updates with ids above `after`, owned by anyone but
    `owner`, oldest first (the caller decides which owners are gone)."""
    rows = await session.execute(
        select(_held.c.update_id, _held.c.claimed_by, _held.c.claimed_at, _held.c.send_started_at)
        .where(_held.c.claimed_by != owner, _held.c.update_id > after)
        .order_by(_held.c.update_id)
        .limit(ORPHANS_PER_READ)
    )
    return [Orphan(u, by, at, started is not None) for u, by, at, started in rows.all()]


@dataclass(frozen=True, slots=True)
class Taken:
    """A held update taken over from a stopped owner."""

    update_id: int
    payload: str
    send_started: bool


async def take_over(
    session: AsyncSession, *, orphans: Sequence[Orphan], owner: str, now: datetime
) -> list[Taken]:
    """Take `orphans` for `owner`, each only if its owner still holds it (nobody else took it
    meanwhile); one statement per previous owner."""
    by_owner: dict[str, list[int]] = {}
    for orphan in orphans:
        by_owner.setdefault(orphan.claimed_by, []).append(orphan.update_id)
    taken: list[Taken] = []
    for previous, update_ids in by_owner.items():
        result = await session.execute(
            update(_held)
            .where(_held.c.update_id.in_(update_ids), _held.c.claimed_by == previous)
            .values(claimed_by=owner, claimed_at=now)
            .returning(_held.c.update_id, _held.c.payload, _held.c.send_started_at)
        )
        taken += [Taken(u, p, started is not None) for u, p, started in result.all()]
    return sorted(taken, key=lambda t: t.update_id)


async def prune_held_updates(session: AsyncSession, *, before: datetime) -> int:
    """Drop updates held since before `before`: whatever happened, their text goes."""
    result = await session.execute(delete(_held).where(_held.c.received_at < before))
    return rowcount(result)


async def delete_held_for_user(session: AsyncSession, *, user_id: int) -> int:
    """/forget: the user's updates still held go too."""
    result = await session.execute(delete(_held).where(_held.c.user_id == user_id))
    return rowcount(result)
