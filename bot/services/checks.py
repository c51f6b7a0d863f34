"""Draft checks: record what a check found (never the draft, unless the user opted in).

The writes on a draft's path (record, attach the reply) are units of a group commit
(`bot.services.grouped`): concurrent drafts share transactions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

import nlp
from bot.db import repository as repo
from bot.db.models import Feedback
from bot.services import slots
from bot.services.grouped import group_for
from bot.services.users import Sessions


def storable(text: str) -> str:
    """`text` as every database can keep it: PostgreSQL refuses NUL in text (SQLite does not),
    so a draft pasted with one would fail to save. U+FFFD keeps the length (and the offsets)."""
    return text.replace("\x00", "\ufffd")


@dataclass(frozen=True, slots=True)
class RecordedCheck:
    """What the handler needs after recording: the id for buttons, discreet-mode delay."""

    check_id: int
    discreet_delay_s: int | None


@dataclass(frozen=True, slots=True)
class OwnedCheck:
    """A check that belongs to whoever pressed a button."""

    check_id: int
    categories: tuple[str, ...]
    reply_message_id: int | None
    discreet_delay_s: int | None


@dataclass(frozen=True, slots=True)
class FilledSlot:
    """A short clean message answered Tend's question: the rewrite with the moment folded in."""

    text: str


async def check_draft(
    sessions: Sessions,
    *,
    now: datetime,
    user_id: int,
    chat_id: int,
    message_id: int,
    update_id: int,
    text: str,
    analysis: nlp.Analysis,
) -> RecordedCheck | FilledSlot:
    """A new draft: a short clean answer to a waiting slot question fills it; else record it.

    One unit of work (see `grouped`): taking the question and recording are one commit.
    """

    async def unit(session: AsyncSession) -> RecordedCheck | FilledSlot:
        if not analysis.flagged and slots.looks_like_a_moment(text):
            pending = await repo.take_pending_slot(session, user_id=user_id)
            if pending is not None and now - pending.created_at <= slots.SLOT_TTL and text.strip():
                return FilledSlot(slots.fill(pending.suggestion, text))
        return await _record(session, now, user_id, chat_id, message_id, update_id, text, analysis)

    return await group_for(sessions).run(unit)


async def record_check(
    sessions: Sessions,
    *,
    now: datetime,
    user_id: int,
    chat_id: int,
    message_id: int,
    update_id: int,
    text: str,
    analysis: nlp.Analysis,
) -> RecordedCheck:
    """Record one check; a redelivered update returns the first record instead of a second."""

    async def unit(session: AsyncSession) -> RecordedCheck:
        return await _record(session, now, user_id, chat_id, message_id, update_id, text, analysis)

    return await group_for(sessions).run(unit)


async def _record(
    session: AsyncSession,
    now: datetime,
    user_id: int,
    chat_id: int,
    message_id: int,
    update_id: int,
    text: str,
    analysis: nlp.Analysis,
) -> RecordedCheck:
    user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
    check_id = await repo.record_check(
        session,
        user_id=user_id,
        chat_id=chat_id,
        now=now,
        flagged=analysis.flagged,
        patterns=analysis.patterns,
        draft_message_id=message_id,
        update_id=update_id,
        # The repository keeps it only when the user opted in (and checks again itself);
        # not passing it otherwise saves that look-up.
        draft_text=storable(text) if user.keep_drafts else None,
    )
    return RecordedCheck(check_id, user.discreet_delete_seconds)


async def attach_reply(
    sessions: Sessions,
    *,
    now: datetime,
    user_id: int,
    check_id: int,
    chat_id: int,
    draft_message_id: int,
    reply_message_id: int,
    discreet_delay_s: int | None,
    pending_slot: str | None,
) -> None:
    """Remember Tend's reply; schedule discreet-mode deletions; note a slot question."""

    async def unit(session: AsyncSession) -> None:
        await repo.set_reply_message(
            session, check_id=check_id, user_id=user_id, message_id=reply_message_id
        )
        if discreet_delay_s:
            delete_at = now + timedelta(seconds=discreet_delay_s)
            for message_id in (draft_message_id, reply_message_id):
                await repo.schedule_deletion(
                    session,
                    user_id=user_id,
                    chat_id=chat_id,
                    message_id=message_id,
                    delete_at=delete_at,
                )
        if pending_slot is not None:
            await repo.set_pending_slot(
                session,
                user_id=user_id,
                check_id=check_id,
                suggestion_index=0,
                suggestion=storable(pending_slot),
                now=now,
            )

    await group_for(sessions).run(unit)


async def owned_check(sessions: Sessions, *, user_id: int, check_id: int) -> OwnedCheck | None:
    """The check, only if it belongs to `user_id`."""
    async with sessions.begin() as session:
        check = await repo.get_check(session, check_id=check_id, user_id=user_id)
        if check is None:
            return None
        user = await repo.get_user(session, user_id=user_id)
        return OwnedCheck(
            check_id=check.id,
            categories=tuple(p.category for p in check.patterns),
            reply_message_id=check.reply_message_id,
            discreet_delay_s=user.discreet_delete_seconds if user else None,
        )


async def recheck(
    sessions: Sessions,
    *,
    user_id: int,
    chat_id: int,
    message_id: int,
    text: str,
    analysis: nlp.Analysis,
) -> OwnedCheck | None:
    """Replace a check's findings after the user edited the draft; None if it was never checked."""
    async with sessions.begin() as session:
        check = await repo.find_check_by_draft(session, chat_id=chat_id, message_id=message_id)
        if check is None or check.user_id != user_id:
            return None
        await repo.replace_check_result(
            session,
            check_id=check.id,
            user_id=user_id,
            flagged=analysis.flagged,
            patterns=analysis.patterns,
            draft_text=storable(text),
        )
        user = await repo.get_user(session, user_id=user_id)
        return OwnedCheck(
            check_id=check.id,
            categories=tuple(p.category for p in analysis.patterns),
            reply_message_id=check.reply_message_id,
            discreet_delay_s=user.discreet_delete_seconds if user else None,
        )


async def set_feedback(sessions: Sessions, *, user_id: int, check_id: int, feedback: str) -> bool:
    """Record 👍/👎 on the user's own check."""
    async with sessions.begin() as session:
        return await repo.set_feedback(
            session, check_id=check_id, user_id=user_id, feedback=Feedback(feedback)
        )


async def set_suggestion_taken(
    sessions: Sessions, *, user_id: int, check_id: int, index: int
) -> bool:
    """Record which rewrite the user chose to use."""
    async with sessions.begin() as session:
        return await repo.set_suggestion_taken(
            session, check_id=check_id, user_id=user_id, index=index
        )
