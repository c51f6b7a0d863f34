"""The draft path's writes: fill a waiting slot question or record the check, then the reply."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import nlp
from bot.clock import FakeClock
from bot.db import group_commit as grouped
from bot.db.models import DraftCheck, PendingSlot, ScheduledDeletion
from bot.discreet import trail
from bot.discreet.trail import Trail
from bot.drafts import service as checks
from bot.users import conversation
from bot.users import service as users

Sessions = async_sessionmaker[AsyncSession]
USER = 4242
FLAGGED = nlp.Analysis(
    flagged=True,
    patterns=(nlp.Pattern("absolute", "always", 4, 10, "Always sounds permanent."),),
    suggestions=(f"I felt alone when {nlp.SLOT}.",),
    safety=None,
)
CLEAN = nlp.Analysis(flagged=False, patterns=(), suggestions=(), safety=None)


def sent_message(chat_id: int, message_id: int) -> bytes:
    """Telegram's answer to a sendMessage, as the transport hands it to the trail."""
    message = {"message_id": message_id, "date": 0, "chat": {"id": chat_id, "type": "private"}}
    return json.dumps({"ok": True, "result": message}).encode()


async def check(
    sessions: Sessions,
    clock: FakeClock,
    update_id: int,
    text: str,
    analysis: nlp.Analysis,
    *,
    may_fill: bool = True,
) -> checks.RecordedCheck | checks.FilledSlot:
    return await checks.check_draft(
        sessions,
        now=clock.now(),
        user_id=USER,
        chat_id=USER,
        message_id=update_id,
        update_id=update_id,
        text=text,
        analysis=analysis,
        may_fill=may_fill,
    )


async def ask_for_the_moment(sessions: Sessions, clock: FakeClock) -> None:
    recorded = await check(sessions, clock, 1, "you always do this", FLAGGED)
    assert isinstance(recorded, checks.RecordedCheck)
    await checks.attach_reply(
        sessions,
        now=clock.now(),
        user_id=USER,
        check_id=recorded.check_id,
        reply_message_id=2,
        pending_slot=FLAGGED.suggestions[0],
    )


async def rows(sessions: Sessions) -> tuple[list[tuple[int | None, str | None]], int]:
    async with sessions() as session:
        found = (
            await session.execute(
                select(DraftCheck.update_id, DraftCheck.draft_text).order_by(DraftCheck.id)
            )
        ).all()
        slots = len((await session.scalars(select(PendingSlot))).all())
    return [(u, t) for u, t in found], slots


async def test_check_draft_fills_a_waiting_slot_instead_of_recording(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await ask_for_the_moment(sessionmaker, clock)
    filled = await check(sessionmaker, clock, 3, "On Sunday you left early.", CLEAN)
    assert filled == checks.FilledSlot("I felt alone when on Sunday you left early.")
    assert await rows(sessionmaker) == ([(1, None)], 0)


async def test_check_draft_fills_with_a_moment_only_learned_blame_flagged(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    # Learned blame flags a plain moment about the partner as a sentence; the rules' own
    # words in the answer would make it a new draft.
    moment = "On Sunday you left early."
    learned = nlp.Analysis(
        flagged=True,
        patterns=(nlp.Pattern("contempt", moment, 0, len(moment), "Contempt.", learned=True),),
        suggestions=(),
        safety=None,
    )
    await ask_for_the_moment(sessionmaker, clock)
    filled = await check(sessionmaker, clock, 3, moment, learned)
    assert filled == checks.FilledSlot("I felt alone when on Sunday you left early.")
    await ask_for_the_moment(sessionmaker, clock)
    ruled = await check(sessionmaker, clock, 5, "On Sunday you always leave early.", FLAGGED)
    assert isinstance(ruled, checks.RecordedCheck)


async def test_check_draft_that_may_not_fill_records_and_the_question_stays(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    # An edited draft is never taken as the answer to a question asked meanwhile.
    await ask_for_the_moment(sessionmaker, clock)
    recorded = await check(
        sessionmaker, clock, 3, "On Sunday you left early.", CLEAN, may_fill=False
    )
    assert isinstance(recorded, checks.RecordedCheck)
    assert await rows(sessionmaker) == ([(1, None), (3, None)], 1)


async def test_check_draft_records_when_the_question_expired(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await ask_for_the_moment(sessionmaker, clock)
    clock.advance(hours=1)
    recorded = await check(sessionmaker, clock, 3, "on Sunday you left early", CLEAN)
    assert isinstance(recorded, checks.RecordedCheck)
    assert await rows(sessionmaker) == ([(1, None), (3, None)], 0)


async def test_check_draft_keeps_text_only_after_opt_in_and_once_per_update(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await check(sessionmaker, clock, 1, "you always do this", FLAGGED)
    await users.set_keep_drafts(sessionmaker, now=clock.now(), user_id=USER, keep=True)
    first = await check(sessionmaker, clock, 2, "you never call", FLAGGED)
    again = await check(sessionmaker, clock, 2, "you never call", FLAGGED)  # redelivered
    assert first == again
    assert await rows(sessionmaker) == ([(1, None), (2, "you never call")], 0)


async def test_check_draft_ok_is_not_a_moment_and_ends_the_question(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    # Only the very next message may answer: "ok" did not, so a later one is a draft again.
    await ask_for_the_moment(sessionmaker, clock)
    recorded = await check(sessionmaker, clock, 3, "ok", CLEAN)
    assert isinstance(recorded, checks.RecordedCheck)
    assert await rows(sessionmaker) == ([(1, None), (3, None)], 0)
    later = await check(sessionmaker, clock, 4, "on Sunday at dinner", CLEAN)
    assert isinstance(later, checks.RecordedCheck)


@pytest.mark.parametrize(
    ("text", "minutes", "replied", "fills"),
    [
        ("on Sunday at dinner", 1, False, True),
        ("on Sunday at dinner", 3, False, False),  # a plain message after the 2-minute window
        ("on Sunday at dinner", 20, True, True),  # a reply to the rewrite, still fresh
        ("on Sunday at dinner", 40, True, False),  # a reply, but the question has lapsed
        ("I'm done with the dishes, can you do the laundry tonight", 1, False, False),
        ("when you left the party early", 1, False, True),
    ],
)
async def test_check_draft_takes_a_reply_or_the_very_next_non_draft_within_two_minutes(
    sessionmaker: Sessions, clock: FakeClock, text: str, minutes: int, replied: bool, fills: bool
) -> None:
    await ask_for_the_moment(sessionmaker, clock)
    clock.advance(minutes=minutes)
    outcome = await checks.check_draft(
        sessionmaker,
        now=clock.now(),
        user_id=USER,
        chat_id=USER,
        message_id=3,
        update_id=3,
        text=text,
        analysis=CLEAN,
        replied_text=f"Another way to say it: I felt alone when {nlp.SLOT}." if replied else None,
    )
    assert isinstance(outcome, checks.FilledSlot) is fills


async def test_check_draft_in_one_batch_the_question_goes_to_the_first_answer(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await ask_for_the_moment(sessionmaker, clock)
    group = grouped.group_for(sessionmaker)
    batches = group.batches
    first, second = await asyncio.gather(
        check(sessionmaker, clock, 3, "On Sunday you left early.", CLEAN),
        check(sessionmaker, clock, 4, "On Monday too.", CLEAN),
    )
    assert group.batches == batches + 1
    assert first == checks.FilledSlot("I felt alone when on Sunday you left early.")
    assert isinstance(second, checks.RecordedCheck)
    assert await rows(sessionmaker) == ([(1, None), (4, None)], 0)


async def test_attach_reply_batched_schedules_discreet_users_and_asks_each_user(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await users.set_discreet(sessionmaker, now=clock.now(), user_id=USER, delay_seconds=60)
    other = USER + 1

    async def draft_and_reply(user_id: int) -> checks.RecordedCheck | checks.FilledSlot:
        # As in an update: the draft (10) is the trail's own message, the reply (11) an answer
        # the transport saw. The check reads the delay; the reply's commit schedules both.
        with trail.following(Trail(chat_id=user_id, own_message_id=10)) as followed:
            recorded = await checks.check_draft(
                sessionmaker,
                now=clock.now(),
                user_id=user_id,
                chat_id=user_id,
                message_id=10,
                update_id=user_id,
                text="you always do this",
                analysis=FLAGGED,
            )
            assert isinstance(recorded, checks.RecordedCheck)
            followed.answers.append(sent_message(user_id, 11))
            await checks.attach_reply(
                sessionmaker,
                now=clock.now(),
                user_id=user_id,
                check_id=recorded.check_id,
                reply_message_id=11,
                pending_slot=FLAGGED.suggestions[0],
            )
            assert followed.pending() == []  # nothing left for the end of the update
        return recorded

    group = grouped.group_for(sessionmaker)
    batches = group.batches
    recorded = await asyncio.gather(draft_and_reply(USER), draft_and_reply(other))
    assert group.batches == batches + 2  # the checks in one batch, the replies in another
    assert [r.discreet_delay_s for r in recorded if isinstance(r, checks.RecordedCheck)] == [
        60,
        None,
    ]
    async with sessionmaker() as session:
        deletions = (
            await session.execute(
                select(
                    ScheduledDeletion.user_id,
                    ScheduledDeletion.message_id,
                    ScheduledDeletion.delete_at,
                )
            )
        ).all()
        asked = sorted((await session.scalars(select(PendingSlot.user_id))).all())
        replies = (await session.scalars(select(DraftCheck.reply_message_id))).all()
    at = clock.now() + timedelta(seconds=60)
    assert sorted(deletions) == [(USER, 10, at), (USER, 11, at)]
    assert asked == [USER, other]
    assert replies == [11, 11]


async def test_check_draft_leaves_out_patterns_the_user_muted(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await conversation.mute(
        sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, categories=("absolute",)
    )
    recorded = await check(sessionmaker, clock, 1, "you always do this", FLAGGED)
    assert isinstance(recorded, checks.RecordedCheck)
    assert recorded.analysis is not None and not recorded.analysis.flagged
    async with sessionmaker() as session:
        assert (await session.scalars(select(DraftCheck.flagged))).all() == [False]
    # Someone else's mute changes nothing here.
    other = await checks.check_draft(
        sessionmaker,
        now=clock.now(),
        user_id=USER + 1,
        chat_id=USER + 1,
        message_id=2,
        update_id=2,
        text="you always do this",
        analysis=FLAGGED,
    )
    assert isinstance(other, checks.RecordedCheck) and other.analysis == FLAGGED
