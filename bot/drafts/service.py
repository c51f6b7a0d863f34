"""Draft checks: record what a check found (never the draft, unless the user opted in).

The writes on a draft's path (record, attach the reply) are units of a group commit
(`bot.db.group_commit`): concurrent drafts share transactions, and each step is one
statement for all the drafts in a batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

import nlp
from bot.db import repository as repo
from bot.db.group_commit import group_for
from bot.db.models import DraftCheck, Feedback
from bot.db.repository import conversation as conversation_repo
from bot.db.repository import drafts as drafts_repo
from bot.db.repository.draft_checks import SlotRequest
from bot.discreet import service as discreet
from bot.discreet import trail
from bot.discreet.trail import Due
from bot.drafts import slots
from bot.users.conversation import drop_categories
from bot.users.service import Sessions


def storable(text: str) -> str:
    """`text` as every database can keep it: PostgreSQL refuses NUL in text (SQLite does not),
    so a draft pasted with one would fail to save. U+FFFD keeps the length (and the offsets)."""
    return text.replace("\x00", "\ufffd")


@dataclass(frozen=True, slots=True)
class RecordedCheck:
    """What the handler needs after recording: the id for buttons, discreet-mode delay, and
    the analysis as recorded (without the patterns the user muted; None: as given)."""

    check_id: int
    discreet_delay_s: int | None
    analysis: nlp.Analysis | None = field(default=None, compare=False)


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
    may_fill: bool = True,
    replied_text: str | None = None,
) -> RecordedCheck | FilledSlot:
    """A draft: the answer to a waiting slot question fills it; else it is recorded (a
    redelivered update returns the first record instead of a second). `may_fill=False`
    always records: an edited draft is never taken as an answer.

    The question takes a reply to the rewrite that asked it (`replied_text` is the text of the
    message the draft replies to), or the very next message within `slots.ANSWER_WINDOW`
    that does not read as a draft of its own; any other new message ends it.
    One unit of work (see `grouped`): taking the question and recording are one commit.
    """
    draft = _Draft(
        now, user_id, chat_id, message_id, update_id, text, analysis, may_fill, replied_text
    )
    outcome = await group_for(sessions).run_batched(_check_drafts, draft)
    if isinstance(outcome, RecordedCheck):
        # Read with the check: the end of the update needs no look-up (bot/discreet/trail.py).
        trail.note_delay(user_id=user_id, delay_s=outcome.discreet_delay_s)
    return outcome


@dataclass(frozen=True, slots=True)
class _Draft:
    now: datetime
    user_id: int
    chat_id: int
    message_id: int
    update_id: int
    text: str
    analysis: nlp.Analysis
    may_fill: bool  # may answer a waiting slot question instead of being recorded
    replied_text: str | None = None  # the text of the message this draft replies to


def _answers(draft: _Draft, pending: SlotRequest) -> bool:
    """Whether `draft` is the answer to the waiting question `pending`."""
    # A moment told about the partner ("on Sunday you left the party without me") is often a
    # sentence learned blame flags on its own; the rules' words or a safety concern still make
    # it a new draft.
    ruled = any(not p.learned for p in draft.analysis.patterns)
    if draft.analysis.safety is not None or ruled or not slots.looks_like_a_moment(draft.text):
        return False
    age = draft.now - pending.created_at
    if draft.replied_text is not None and pending.suggestion in draft.replied_text:
        return age <= slots.SLOT_TTL  # a reply to the rewrite that asked
    return age <= slots.ANSWER_WINDOW and not slots.reads_as_a_draft(draft.text)


async def _check_drafts(
    session: AsyncSession, drafts: Sequence[_Draft]
) -> list[RecordedCheck | FilledSlot]:
    """A batch's new drafts: each answers its user's slot question, or is recorded.

    A new message ends the question either way: it was the answer, or the user moved on.
    """
    drafts = await _without_muted(session, drafts)
    answers: list[RecordedCheck | FilledSlot | None] = [None] * len(drafts)
    fresh = [i for i, d in enumerate(drafts) if d.may_fill]
    if fresh:
        waiting = await drafts_repo.take_pending_slots(
            session, user_ids={drafts[i].user_id for i in fresh}
        )
        for i in fresh:
            draft = drafts[i]
            # A user's question goes to their first message in the batch.
            pending = waiting.pop(draft.user_id, None)
            if pending is not None and _answers(draft, pending):
                answers[i] = FilledSlot(slots.fill(pending.suggestion, draft.text))
    rest = [i for i, answer in enumerate(answers) if answer is None]
    recorded_now = await _record_drafts(session, [drafts[i] for i in rest])
    for i, recorded in zip(rest, recorded_now, strict=True):
        answers[i] = recorded
    return [answer for answer in answers if answer is not None]


async def _without_muted(session: AsyncSession, drafts: Sequence[_Draft]) -> Sequence[_Draft]:
    """The drafts as their users want them checked: patterns a user muted (👎, then "stop
    flagging") are not flagged. One statement for the batch, and none when nothing is flagged."""
    flagged = {d.user_id for d in drafts if d.analysis.flagged and d.analysis.safety is None}
    if not flagged:
        return drafts
    mutes = await conversation_repo.mutes_of(session, user_ids=flagged)
    return [
        replace(d, analysis=drop_categories(d.analysis, mutes[d.user_id]))
        if d.user_id in mutes
        else d
        for d in drafts
    ]


async def _record_drafts(session: AsyncSession, drafts: Sequence[_Draft]) -> list[RecordedCheck]:
    rows = await drafts_repo.record_checks(
        session,
        checks=[
            drafts_repo.NewCheck(
                user_id=d.user_id,
                chat_id=d.chat_id,
                now=d.now,
                flagged=d.analysis.flagged,
                patterns=d.analysis.patterns,
                draft_message_id=d.message_id,
                update_id=d.update_id,
                # Kept only if the user opted in: the repository checks that itself.
                draft_text=storable(d.text),
            )
            for d in drafts
        ],
    )
    return [
        RecordedCheck(row.check_id, row.discreet_delete_seconds, d.analysis)
        for row, d in zip(rows, drafts, strict=True)
    ]


async def end_slot_question(sessions: Sessions, *, user_id: int) -> None:
    """A command or other message came first: the rewrite's question is no longer open."""
    async with sessions.begin() as session:
        await drafts_repo.take_pending_slots(session, user_ids=[user_id])


async def attach_reply(
    sessions: Sessions,
    *,
    now: datetime,
    user_id: int,
    check_id: int,
    reply_message_id: int,
    pending_slot: str | None,
) -> None:
    """Remember Tend's reply; note a slot question. In discreet mode, what the update left
    so far (the draft and this reply) is scheduled for deletion in the same commit."""
    with trail.taking() as due:
        reply = _Reply(now, user_id, check_id, reply_message_id, pending_slot, due)
        await group_for(sessions).run_batched(_attach_replies, reply)


@dataclass(frozen=True, slots=True)
class _Reply:
    now: datetime
    user_id: int
    check_id: int
    reply_message_id: int
    pending_slot: str | None
    deletions: Due | None  # only for users who turned discreet mode on


async def _attach_replies(session: AsyncSession, replies: Sequence[_Reply]) -> list[None]:
    """A batch's replies: remembered in one statement, their slot questions in another."""
    await drafts_repo.set_reply_messages(
        session,
        replies=[drafts_repo.ReplyRef(r.check_id, r.user_id, r.reply_message_id) for r in replies],
    )
    for reply in replies:
        if reply.deletions is not None:
            await discreet.schedule_due(session, now=reply.now, due=reply.deletions)
    await drafts_repo.set_pending_slots(
        session,
        slots=[
            drafts_repo.SlotAsk(r.user_id, r.check_id, 0, storable(r.pending_slot), r.now)
            for r in replies
            if r.pending_slot is not None
        ],
    )
    return [None] * len(replies)


async def owned_check(sessions: Sessions, *, user_id: int, check_id: int) -> OwnedCheck | None:
    """The check, only if it belongs to `user_id`."""
    async with sessions.begin() as session:
        check = await repo.get_check(session, check_id=check_id, user_id=user_id)
        if check is None:
            return None
        owned = await _owned(
            session, check, user_id=user_id, categories=tuple(p.category for p in check.patterns)
        )
    trail.note_delay(user_id=user_id, delay_s=owned.discreet_delay_s)
    return owned


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
        owned = await _owned(
            session, check, user_id=user_id, categories=tuple(p.category for p in analysis.patterns)
        )
    trail.note_delay(user_id=user_id, delay_s=owned.discreet_delay_s)
    return owned


async def _owned(
    session: AsyncSession, check: DraftCheck, *, user_id: int, categories: tuple[str, ...]
) -> OwnedCheck:
    """The check as its owner's buttons need it, with their discreet delay."""
    user = await repo.get_user(session, user_id=user_id)
    return OwnedCheck(
        check_id=check.id,
        categories=categories,
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
