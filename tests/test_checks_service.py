"""The draft path's writes: fill a waiting slot question or record the check, then the reply."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

import nlp
from bot.clock import FakeClock
from bot.db.models import DraftCheck, PendingSlot
from bot.services import checks, users

Sessions = async_sessionmaker[AsyncSession]
USER = 4242
FLAGGED = nlp.Analysis(
    flagged=True,
    patterns=(nlp.Pattern("absolute", "always", 4, 10, "Always sounds permanent."),),
    suggestions=(f"I felt alone when {nlp.SLOT}.",),
    safety=None,
)
CLEAN = nlp.Analysis(flagged=False, patterns=(), suggestions=(), safety=None)


async def check(
    sessions: Sessions, clock: FakeClock, update_id: int, text: str, analysis: nlp.Analysis
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
    )


async def ask_for_the_moment(sessions: Sessions, clock: FakeClock) -> None:
    recorded = await check(sessions, clock, 1, "you always do this", FLAGGED)
    assert isinstance(recorded, checks.RecordedCheck)
    await checks.attach_reply(
        sessions,
        now=clock.now(),
        user_id=USER,
        check_id=recorded.check_id,
        chat_id=USER,
        draft_message_id=1,
        reply_message_id=2,
        discreet_delay_s=None,
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


async def test_check_draft_ok_is_not_a_moment_and_the_question_stays(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await ask_for_the_moment(sessionmaker, clock)
    recorded = await check(sessionmaker, clock, 3, "ok", CLEAN)
    assert isinstance(recorded, checks.RecordedCheck)
    assert await rows(sessionmaker) == ([(1, None), (3, None)], 1)
