"""The delivery steps every scheduled message shares, whichever table holds it: claim with a
lease, "send started", then sent, skipped or released (bot/outbox.py runs them in order).

Nudges keep their rows in `nudge_deliveries` and listen reminders and weekly summaries in
`reminders` (the README says why they are two tables); both carry the same delivery columns,
so one set of statements serves both. A `Queue` names the table, which of its rows belong to
one sender, and how a claimed row is read (`NUDGE_QUEUE`, `reminder_queue`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from sqlalchemy import ColumnElement, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import NudgeDelivery, Reminder
from bot.db.repository._sql import RELEASED, claim_rows, update_claimed

Sendable = type[NudgeDelivery] | type[Reminder]
C = TypeVar("C")


@dataclass(frozen=True, slots=True, eq=False)
class Queue(Generic[C]):
    """Where one sender's messages wait: the table, which of its rows, how a claim is read."""

    table: Sendable
    load: Callable[[AsyncSession, Sequence[int]], Awaitable[list[C]]]
    only: tuple[ColumnElement[bool], ...] = ()


async def claim_sends(
    session: AsyncSession,
    queue: Queue[C],
    *,
    now: datetime,
    limit: int,
    worker_id: str,
    claim_ttl: timedelta,
) -> list[C]:
    """Claim up to `limit` unsent rows due by `now`, oldest first; each goes to one worker.

    A claim not marked sent, skipped or released within `claim_ttl` (the worker died) can be
    claimed again, so a crash delays a message but does not lose it — unless its send had
    already started (`start_sends`), which is never repeated.
    """
    table = queue.table
    due = (
        table.sent_at.is_(None),
        table.send_started_at.is_(None),
        table.skipped.is_(False),
        table.due_at <= now,
        *queue.only,
    )
    ids = await claim_rows(
        session,
        table,
        due=due,
        oldest_first=table.due_at,
        now=now,
        limit=limit,
        worker_id=worker_id,
        claim_ttl=claim_ttl,
    )
    return await queue.load(session, ids) if ids else []


async def start_sends(
    session: AsyncSession,
    queue: Queue[C],
    *,
    row_ids: Sequence[int],
    worker_id: str,
    now: datetime,
) -> set[int]:
    """Record that these rows are about to be sent; returns the ids still claimed here.

    Only rows in the returned set may be sent: for the others the claim was lost.
    """
    if not row_ids:
        return set()
    table = queue.table
    result = await session.execute(
        update(table)
        .where(table.id.in_(row_ids), table.claimed_by == worker_id, table.sent_at.is_(None))
        .values(send_started_at=now)
        .returning(table.id),
        execution_options={"synchronize_session": False},
    )
    return set(result.scalars().all())


async def mark_sent(
    session: AsyncSession,
    queue: Queue[C],
    *,
    row_id: int,
    worker_id: str,
    now: datetime,
    message_id: int,
) -> bool:
    """It went out as `message_id`; False if this worker no longer held the claim."""
    return await update_claimed(
        session, queue.table, row_id=row_id, worker_id=worker_id, sent_at=now, message_id=message_id
    )


async def mark_skipped(
    session: AsyncSession, queue: Queue[C], *, row_id: int, worker_id: str
) -> bool:
    """Never send this one (too late, nothing to send, or refused for good)."""
    return await update_claimed(
        session, queue.table, row_id=row_id, worker_id=worker_id, skipped=True
    )


async def release_send(
    session: AsyncSession, queue: Queue[C], *, row_id: int, worker_id: str
) -> bool:
    """Give the claim back so it is tried again soon (sending failed in a way worth retrying)."""
    return await update_claimed(
        session,
        queue.table,
        row_id=row_id,
        worker_id=worker_id,
        send_started_at=None,  # Telegram refused it: the retry is not a duplicate
        **RELEASED,
    )
