"""Draft checks: what each check found and what the user did with it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from bot.db.models import DraftCheck, DraftPattern, Feedback, PendingSlot, User
from bot.db.repository._sql import rowcount

PHRASE_MAX = 200


class PatternLike(Protocol):
    """What a check keeps of a found pattern; `nlp.Pattern` fits as it is."""

    @property
    def category(self) -> str: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True, slots=True)
class SlotRequest:
    """A rewrite waiting for the user's words for its "[what happened]" slot."""

    check_id: int
    suggestion_index: int
    suggestion: str
    created_at: datetime


def normalize_phrase(text: str) -> str:
    """How trigger phrases are kept and counted: lower case, single spaces."""
    return " ".join(text.split()).lower()[:PHRASE_MAX]


async def _draft_text_to_keep(
    session: AsyncSession, user_id: int, draft_text: str | None
) -> str | None:
    # Enforced here, not only in the handler: draft text is stored only after an opt-in.
    if draft_text is None:
        return None
    keep = await session.scalar(select(User.keep_drafts).where(User.id == user_id))
    return draft_text if keep else None


def pattern_rows(
    check_id: int, user_id: int, created_at: datetime, patterns: Iterable[PatternLike]
) -> list[dict[str, Any]]:
    return [
        {
            "check_id": check_id,
            "user_id": user_id,
            "created_at": created_at,
            "category": p.category,
            "phrase": normalize_phrase(p.text),
        }
        for p in patterns
    ]


async def replace_check_result(
    session: AsyncSession,
    *,
    check_id: int,
    user_id: int,
    flagged: bool,
    patterns: Iterable[PatternLike],
    draft_text: str | None = None,
) -> bool:
    """Re-check after the user edited their draft: new findings, same check and time.

    The suggestion taken and the feedback were about the old wording, so they are cleared.
    """
    result = await session.execute(
        update(DraftCheck)
        .where(DraftCheck.id == check_id, DraftCheck.user_id == user_id)
        .values(
            flagged=flagged,
            suggestion_taken=None,
            feedback=None,
            draft_text=await _draft_text_to_keep(session, user_id, draft_text),
        )
        .returning(DraftCheck.created_at),
        execution_options={"synchronize_session": False},
    )
    created_at = result.scalar_one_or_none()
    if created_at is None:
        return False
    await session.execute(delete(DraftPattern).where(DraftPattern.check_id == check_id))
    rows = pattern_rows(check_id, user_id, created_at, patterns)
    if rows:
        await session.execute(insert(DraftPattern), rows)
    return True


async def _one_check(session: AsyncSession, *where: ColumnElement[bool]) -> DraftCheck | None:
    stmt = select(DraftCheck).options(selectinload(DraftCheck.patterns)).where(*where)
    return (await session.scalars(stmt)).one_or_none()


async def get_check(session: AsyncSession, *, check_id: int, user_id: int) -> DraftCheck | None:
    """The check with its patterns, only if it belongs to `user_id` (the button presser)."""
    return await _one_check(session, DraftCheck.id == check_id, DraftCheck.user_id == user_id)


async def disputed_checks(session: AsyncSession, *, user_id: int) -> list[DraftCheck]:
    """The user's checks marked "👎 Not blaming", oldest first, with their patterns."""
    stmt = (
        select(DraftCheck)
        .options(selectinload(DraftCheck.patterns))
        .where(DraftCheck.user_id == user_id, DraftCheck.feedback == Feedback.NOT_BLAMING)
        .order_by(DraftCheck.id)
    )
    return list((await session.scalars(stmt)).all())


async def find_check_by_draft(
    session: AsyncSession, *, chat_id: int, message_id: int
) -> DraftCheck | None:
    """The check of the user's draft message `message_id` (the draft was edited)."""
    return await _one_check(
        session, DraftCheck.chat_id == chat_id, DraftCheck.draft_message_id == message_id
    )


async def _update_own_check(
    session: AsyncSession, check_id: int, user_id: int, **values: object
) -> bool:
    result = await session.execute(
        update(DraftCheck)
        .where(DraftCheck.id == check_id, DraftCheck.user_id == user_id)
        .values(**values)
        .returning(DraftCheck.id)
    )
    return result.scalar_one_or_none() is not None


async def set_feedback(
    session: AsyncSession, *, check_id: int, user_id: int, feedback: Feedback
) -> bool:
    """Record "helpful" / "not blaming"; False unless the check is the presser's own."""
    return await _update_own_check(session, check_id, user_id, feedback=feedback)


async def set_suggestion_taken(
    session: AsyncSession, *, check_id: int, user_id: int, index: int
) -> bool:
    """Record which rewrite the user took; False unless the check is the presser's own."""
    return await _update_own_check(session, check_id, user_id, suggestion_taken=index)


async def prune_pending_slots(session: AsyncSession, *, before: datetime) -> int:
    """Drop slot questions asked before `before`: their rewrite text is kept no longer."""
    result = await session.execute(
        delete(PendingSlot).where(PendingSlot.created_at < before),
        execution_options={"synchronize_session": False},
    )
    return rowcount(result)
