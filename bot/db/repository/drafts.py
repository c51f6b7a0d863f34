"""The draft path, batched: a group commit (bot.db.group_commit) hands these the drafts of a
whole batch, and each step is one statement for all of them, Core only (no ORM bookkeeping),
built once per database and reused. There are no one-draft forms: a lone draft is a batch
of one, so tests write through the same statements as the bot.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Insert,
    Select,
    Update,
    bindparam,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import ReturningDelete, ReturningInsert

from bot.db.models import DraftCheck, DraftPattern, NudgeSettings, PendingSlot, User
from bot.db.repository._sql import prebuilt, table_insert, table_of
from bot.db.repository.draft_checks import (
    PatternLike,
    SlotRequest,
    pattern_rows,
)

_users, _settings = table_of(User), table_of(NudgeSettings)
_checks, _patterns, _slots = table_of(DraftCheck), table_of(DraftPattern), table_of(PendingSlot)


@dataclass(frozen=True, slots=True)
class NewCheck:
    """A draft to record; `draft_text` is kept only if the user opted in (checked here)."""

    user_id: int
    chat_id: int
    now: datetime
    flagged: bool
    patterns: Sequence[PatternLike]
    draft_message_id: int
    update_id: int
    draft_text: str | None = None


@dataclass(frozen=True, slots=True)
class RecordedRow:
    """A recorded check and what the reply needs from its user's settings."""

    check_id: int
    discreet_delete_seconds: int | None


@dataclass(frozen=True, slots=True)
class ReplyRef:
    """Tend's reply to a check (to edit or delete it later)."""

    check_id: int
    user_id: int
    message_id: int


@dataclass(frozen=True, slots=True)
class SlotAsk:
    """A rewrite whose "[what happened]" slot Tend asked the user to fill."""

    user_id: int
    check_id: int
    suggestion_index: int
    suggestion: str
    now: datetime


@dataclass(frozen=True, slots=True)
class _UserRow:
    chat_id: int
    keep_drafts: bool
    discreet_delete_seconds: int | None
    blocked_at: datetime | None


async def record_checks(session: AsyncSession, *, checks: Sequence[NewCheck]) -> list[RecordedRow]:
    """Record several drafts' checks at once; one answer per check, in order.

    Each user is made on first contact as `get_or_create_user` does (with nudge settings;
    `blocked_at` cleared, `chat_id` kept current). Draft text is stored only for users who
    opted in, and an `(user, update)` already recorded (or twice in
    `checks`) stores nothing and answers with the first record's id.
    """
    if not checks:
        return []
    users = await _ensure_users(session, checks)
    first: dict[tuple[int, int], NewCheck] = {}
    for check in checks:
        first.setdefault((check.user_id, check.update_id), check)
    # In key order, so two workers inserting overlapping batches cannot deadlock.
    rows = [
        {
            "user_id": c.user_id,
            "chat_id": c.chat_id,
            "created_at": c.now,
            "flagged": c.flagged,
            "draft_message_id": c.draft_message_id,
            "update_id": c.update_id,
            "draft_text": c.draft_text if users[c.user_id].keep_drafts else None,
        }
        for _, c in sorted(first.items())
    ]
    result = await session.execute(prebuilt(session, _insert_checks), rows)
    ids = {(user_id, update_id): check_id for check_id, user_id, update_id in result.all()}
    patterns = [
        row
        for key, c in first.items()
        if key in ids
        for row in pattern_rows(ids[key], c.user_id, c.now, c.patterns)
    ]
    if patterns:
        await session.execute(prebuilt(session, _insert_patterns), patterns)
    for key in first.keys() - ids.keys():
        # Recorded before (a redelivered update, or another worker's batch): answer with it.
        existing = await session.scalar(
            prebuilt(session, _find_check), {"b_user": key[0], "b_update": key[1]}
        )
        assert existing is not None  # the conflict that stopped the insert is this row
        ids[key] = existing
    return [
        RecordedRow(ids[c.user_id, c.update_id], users[c.user_id].discreet_delete_seconds)
        for c in checks
    ]


async def _ensure_users(session: AsyncSession, checks: Sequence[NewCheck]) -> dict[int, _UserRow]:
    chat_of = {c.user_id: c.chat_id for c in checks}  # the latest draft's chat, as in order
    found = await _user_rows(session, chat_of)
    missing = sorted(chat_of.keys() - found.keys())
    if missing:
        when: dict[int, datetime] = {}
        for check in checks:
            when.setdefault(check.user_id, check.now)  # made by their first draft
        result = await session.execute(
            prebuilt(session, _insert_users),
            [{"id": u, "chat_id": chat_of[u], "created_at": when[u]} for u in missing],
        )
        created = set(result.scalars())
        await session.execute(
            prebuilt(session, _insert_nudge_settings), [{"user_id": u} for u in missing]
        )
        # A new user has the defaults; one another worker created meanwhile is read.
        found |= {u: _UserRow(chat_of[u], False, None, None) for u in created}
        if raced := [u for u in missing if u not in created]:
            found |= await _user_rows(session, raced)
    stale = [
        {"b_id": user_id, "b_chat": chat_of[user_id]}
        for user_id, row in found.items()
        if row.blocked_at is not None or row.chat_id != chat_of[user_id]
    ]
    if stale:
        # Writing to Tend means no longer blocking it; a user's private chat may be new.
        await session.execute(prebuilt(session, _unblock_users), stale)
    return found


async def _user_rows(session: AsyncSession, user_ids: Iterable[int]) -> dict[int, _UserRow]:
    result = await session.execute(prebuilt(session, _select_users), {"b_ids": list(user_ids)})
    return {row[0]: _UserRow(*row[1:]) for row in result.all()}


async def set_reply_messages(session: AsyncSession, *, replies: Sequence[ReplyRef]) -> None:
    """Remember Tend's replies to checks, to edit or delete them later (each only on its
    user's own check)."""
    if replies:
        await session.execute(
            prebuilt(session, _update_replies),
            [{"b_id": r.check_id, "b_user": r.user_id, "b_reply": r.message_id} for r in replies],
        )


async def set_pending_slots(session: AsyncSession, *, slots: Sequence[SlotAsk]) -> None:
    """Ask users for the moment behind a rewrite's slot, replacing any earlier question; a
    user asked twice keeps the last."""
    last = {ask.user_id: ask for ask in slots}
    if last:
        rows = [
            {
                "user_id": a.user_id,
                "check_id": a.check_id,
                "suggestion_index": a.suggestion_index,
                "suggestion": a.suggestion,
                "created_at": a.now,
            }
            for _, a in sorted(last.items())
        ]
        await session.execute(prebuilt(session, _upsert_slots), rows)


async def take_pending_slots(
    session: AsyncSession, *, user_ids: Collection[int]
) -> dict[int, SlotRequest]:
    """Remove and return the users' waiting slot questions (answered or abandoned); users
    with none are absent."""
    if not user_ids:
        return {}
    result = await session.execute(prebuilt(session, _take_slots), {"b_ids": sorted(user_ids)})
    return {row[0]: SlotRequest(*row[1:]) for row in result.all()}


def _insert_checks(dialect: str) -> ReturningInsert[int, int, int]:
    return (
        table_insert(dialect, _checks)
        .on_conflict_do_nothing(index_elements=[_checks.c.user_id, _checks.c.update_id])
        .returning(_checks.c.id, _checks.c.user_id, _checks.c.update_id)
    )


def _insert_patterns(_dialect: str) -> Insert:
    return insert(_patterns)


def _find_check(_dialect: str) -> Select[int]:
    return select(_checks.c.id).where(
        _checks.c.user_id == bindparam("b_user"), _checks.c.update_id == bindparam("b_update")
    )


def _select_users(_dialect: str) -> Select[int, int, bool, int | None, datetime | None]:
    u = _users.c  # the columns in _UserRow's order, after the id
    return select(u.id, u.chat_id, u.keep_drafts, u.discreet_delete_seconds, u.blocked_at).where(
        u.id.in_(bindparam("b_ids", expanding=True))
    )


def _insert_users(dialect: str) -> ReturningInsert[int]:
    insert_ = table_insert(dialect, _users)
    return insert_.on_conflict_do_nothing(index_elements=[_users.c.id]).returning(_users.c.id)


def _insert_nudge_settings(dialect: str) -> postgresql.Insert | sqlite.Insert:
    insert_ = table_insert(dialect, _settings)
    return insert_.on_conflict_do_nothing(index_elements=[_settings.c.user_id])


def _unblock_users(_dialect: str) -> Update:
    return (
        update(_users)
        .where(_users.c.id == bindparam("b_id"))
        .values(blocked_at=None, chat_id=bindparam("b_chat"))
    )


def _update_replies(_dialect: str) -> Update:
    return (
        update(_checks)
        .where(_checks.c.id == bindparam("b_id"), _checks.c.user_id == bindparam("b_user"))
        .values(reply_message_id=bindparam("b_reply"))
    )


def _upsert_slots(dialect: str) -> postgresql.Insert | sqlite.Insert:
    insert_ = table_insert(dialect, _slots)
    replaced = ("check_id", "suggestion_index", "suggestion", "created_at")
    return insert_.on_conflict_do_update(
        index_elements=[_slots.c.user_id], set_={name: insert_.excluded[name] for name in replaced}
    )


def _take_slots(_dialect: str) -> ReturningDelete[int, int, int, str, datetime]:
    s = _slots.c
    return (
        delete(_slots)
        .where(s.user_id.in_(bindparam("b_ids", expanding=True)))
        .returning(s.user_id, s.check_id, s.suggestion_index, s.suggestion, s.created_at)
    )
