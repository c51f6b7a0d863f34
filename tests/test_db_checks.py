from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace
from datetime import timedelta
from typing import Any

import pytest
from bot_database import record_check
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import DraftCheck, DraftPattern, Feedback, User
from bot.db.repository import drafts as drafts_repo

Sessions = async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class Found:
    """Stands in for nlp.Pattern: the repository reads `category` and `text` only."""

    category: str
    text: str


NEVER = Found("absolute", "You  NEVER")
LAZY = Found("labeling", "lazy")


async def _user(sessions: Sessions, clock: FakeClock, user_id: int = 1, keep: bool = False) -> None:
    async with sessions.begin() as session:
        await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=clock.now())
        await repo.update_user(session, user_id=user_id, keep_drafts=keep)


async def _record(sessions: Sessions, clock: FakeClock, user_id: int = 1, **extra: object) -> int:
    async with sessions.begin() as session:
        return await record_check(
            session,
            user_id=user_id,
            chat_id=user_id,
            now=clock.now(),
            flagged=True,
            patterns=[NEVER, LAZY],
            draft_message_id=10,
            **extra,  # type: ignore[arg-type]
        )


async def test_record_check_keeps_findings_with_normalized_phrases(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    check_id = await _record(sessionmaker, clock, update_id=500)
    async with sessionmaker() as session:
        check = await repo.get_check(session, check_id=check_id, user_id=1)
    assert check is not None
    assert (check.flagged, check.created_at, check.update_id, check.draft_message_id) == (
        True,
        clock.now(),
        500,
        10,
    )
    assert [(p.category, p.phrase) for p in check.patterns] == [
        ("absolute", "you never"),
        ("labeling", "lazy"),
    ]
    assert all(p.created_at == check.created_at and p.user_id == 1 for p in check.patterns)


async def test_record_check_clean_draft_has_no_patterns(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    async with sessionmaker.begin() as session:
        check_id = await record_check(
            session, user_id=1, chat_id=1, now=clock.now(), flagged=False, patterns=[]
        )
        check = await repo.get_check(session, check_id=check_id, user_id=1)
    assert check is not None
    assert (check.flagged, check.patterns) == (False, [])


@pytest.mark.parametrize("keep", [True, False])
async def test_record_check_stores_draft_text_only_after_opt_in(
    sessionmaker: Sessions, clock: FakeClock, keep: bool
) -> None:
    await _user(sessionmaker, clock, keep=keep)
    check_id = await _record(sessionmaker, clock, draft_text="you never listen, lazy")
    async with sessionmaker() as session:
        stored = await session.scalar(
            select(DraftCheck.draft_text).where(DraftCheck.id == check_id)
        )
    assert stored == ("you never listen, lazy" if keep else None)


async def test_record_check_same_update_twice_records_once(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    ids = await asyncio.gather(
        *(_record(s, clock, update_id=900) for s in [sessionmaker, other_sessionmaker] * 3)
    )
    assert len(set(ids)) == 1
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(DraftCheck)) == 1
        assert await session.scalar(select(func.count()).select_from(DraftPattern)) == 2


async def test_record_check_from_two_processes_at_once_loses_nothing(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    per_process = 25
    ids = await asyncio.gather(
        *(
            _record(s, clock, update_id=None)
            for s in [sessionmaker, other_sessionmaker] * per_process
        )
    )
    assert len(set(ids)) == 2 * per_process
    async with sessionmaker() as session:
        totals = await repo.lifetime_totals(
            session, user_id=1, end=clock.now() + timedelta(seconds=1)
        )
        patterns = await session.scalar(select(func.count()).select_from(DraftPattern))
    assert (totals.counts.checks, totals.counts.flagged, patterns) == (50, 50, 100)


async def test_find_check_by_draft_and_reply_only_on_the_owners_check(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    check_id = await _record(sessionmaker, clock)
    async with sessionmaker.begin() as session:
        await drafts_repo.set_reply_messages(
            session,
            replies=[drafts_repo.ReplyRef(check_id, 1, 11), drafts_repo.ReplyRef(check_id, 2, 9)],
        )
    async with sessionmaker() as session:
        by_draft = await repo.find_check_by_draft(session, chat_id=1, message_id=10)
        assert await repo.find_check_by_draft(session, chat_id=1, message_id=11) is None
    assert by_draft is not None
    assert (by_draft.id, by_draft.reply_message_id) == (check_id, 11)  # user 2's was ignored
    assert len(by_draft.patterns) == 2  # loaded, not lazy


async def test_replace_check_result_after_edit_swaps_findings_and_clears_feedback(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    recorded_at = clock.now()
    check_id = await _record(sessionmaker, clock)
    clock.advance(minutes=3)
    async with sessionmaker.begin() as session:
        await repo.set_feedback(session, check_id=check_id, user_id=1, feedback=Feedback.HELPFUL)
        await repo.set_suggestion_taken(session, check_id=check_id, user_id=1, index=1)
    async with sessionmaker.begin() as session:
        assert await repo.replace_check_result(
            session,
            check_id=check_id,
            user_id=1,
            flagged=True,
            patterns=[Found("blame", "Your fault")],
        )
        assert not await repo.replace_check_result(
            session, check_id=check_id, user_id=2, flagged=False, patterns=[]
        )
    async with sessionmaker() as session:
        check = await repo.get_check(session, check_id=check_id, user_id=1)
    assert check is not None
    assert [(p.category, p.phrase, p.created_at) for p in check.patterns] == [
        ("blame", "your fault", recorded_at)
    ]
    assert (check.feedback, check.suggestion_taken) == (None, None)


@pytest.mark.parametrize(("presser", "allowed"), [(1, True), (2, False)])
async def test_feedback_and_suggestion_only_for_the_checks_owner(
    sessionmaker: Sessions, clock: FakeClock, presser: int, allowed: bool
) -> None:
    await _user(sessionmaker, clock, user_id=1)
    await _user(sessionmaker, clock, user_id=2)
    check_id = await _record(sessionmaker, clock)
    async with sessionmaker.begin() as session:
        feedback = await repo.set_feedback(
            session, check_id=check_id, user_id=presser, feedback=Feedback.NOT_BLAMING
        )
        taken = await repo.set_suggestion_taken(
            session, check_id=check_id, user_id=presser, index=2
        )
        seen_by_presser = await repo.get_check(session, check_id=check_id, user_id=presser)
    assert (feedback, taken, seen_by_presser is not None) == (allowed, allowed, allowed)
    async with sessionmaker() as session:
        check = await repo.get_check(session, check_id=check_id, user_id=1)
    assert check is not None
    expected = (Feedback.NOT_BLAMING, 2) if allowed else (None, None)
    assert (check.feedback, check.suggestion_taken) == expected


async def test_pending_slot_is_one_per_user_and_taken_once(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    first = await _record(sessionmaker, clock)
    second = await _record(sessionmaker, clock)
    first_ask = drafts_repo.SlotAsk(1, first, 0, "first [what happened]", clock.now())
    second_ask = drafts_repo.SlotAsk(
        1, second, 2, "second [what happened]", clock.advance(minutes=1)
    )
    async with sessionmaker.begin() as session:
        await drafts_repo.set_pending_slots(session, slots=[first_ask])
        await drafts_repo.set_pending_slots(session, slots=[second_ask])
    async with sessionmaker.begin() as session:
        slot = (await drafts_repo.take_pending_slots(session, user_ids=[1])).get(1)
        again = (await drafts_repo.take_pending_slots(session, user_ids=[1])).get(1)
    assert slot == repo.SlotRequest(
        check_id=second,
        suggestion_index=2,
        suggestion="second [what happened]",
        created_at=clock.now(),
    )
    assert again is None


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        ("You  NEVER", "you never"),
        ("\tyou\nalways ", "you always"),
        ("x" * 500, "x" * 200),
        ("you\x1fnever", "you never"),  # check_history joins findings with U+001F
    ],
)
def test_normalize_phrase(raw: str, kept: str) -> None:
    assert repo.normalize_phrase(raw) == kept


async def test_prune_pending_slots_drops_only_stale_questions(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    check = await _record(sessionmaker, clock)
    ask = drafts_repo.SlotAsk(1, check, 0, "I felt hurt when [what happened].", clock.now())
    async with sessionmaker.begin() as session:
        await drafts_repo.set_pending_slots(session, slots=[ask])
    async with sessionmaker.begin() as session:
        assert await repo.prune_pending_slots(session, before=clock.now()) == 0
        assert await repo.prune_pending_slots(session, before=clock.advance(minutes=31)) == 1
        assert await drafts_repo.take_pending_slots(session, user_ids=[1]) == {}


# -- The draft path, batched -------------------------------------------------------------------


def _new(user_id: int, update_id: int, clock: FakeClock, **changes: Any) -> drafts_repo.NewCheck:
    check = drafts_repo.NewCheck(
        user_id=user_id,
        chat_id=user_id,
        now=clock.now(),
        flagged=True,
        patterns=[NEVER, LAZY],
        draft_message_id=update_id,
        update_id=update_id,
        draft_text=f"draft {update_id}",
    )
    return replace(check, **changes)


async def test_record_checks_records_a_batch_and_makes_new_users_once(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock, user_id=1, keep=True)
    async with sessionmaker.begin() as session:
        await repo.update_user(session, user_id=1, discreet_delete_seconds=60)
        await repo.mark_blocked(session, user_id=1, now=clock.now())
    batch = [_new(1, 11, clock), _new(2, 21, clock), _new(2, 22, clock)]
    batch.append(_new(1, 12, clock, chat_id=100, flagged=False, patterns=[]))
    async with sessionmaker.begin() as session:
        rows = await drafts_repo.record_checks(session, checks=batch)
    async with sessionmaker() as session:
        found = await session.execute(
            select(DraftCheck.id, DraftCheck.update_id, DraftCheck.draft_text)
        )
        stored = {check_id: (update_id, text) for check_id, update_id, text in found}
        patterns = await session.scalar(select(func.count()).select_from(DraftPattern))
        alice = await repo.get_user(session, user_id=1)
        bob = await repo.get_user(session, user_id=2)
        bobs_nudges = await repo.get_nudge_settings(session, user_id=2)
    # One answer per draft, in order; only the opted-in user's drafts keep their text.
    assert [stored[r.check_id] for r in rows] == [
        (11, "draft 11"),
        (21, None),
        (22, None),
        (12, "draft 12"),
    ]
    assert [r.discreet_delete_seconds for r in rows] == [60, None, None, 60]
    assert patterns == 6  # the clean draft has none
    assert alice is not None and (alice.blocked_at, alice.chat_id) == (None, 100)
    assert bob is not None and bob.created_at == clock.now() and bobs_nudges is not None


async def test_record_checks_same_update_twice_or_again_records_once(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        first = await drafts_repo.record_checks(session, checks=[_new(1, 5, clock)])
    async with sessionmaker.begin() as session:
        again = await drafts_repo.record_checks(
            session, checks=[_new(1, 6, clock), _new(1, 5, clock), _new(1, 6, clock)]
        )
    assert again[1] == first[0]
    assert again[0] == again[2] != first[0]
    async with sessionmaker() as session:
        assert await session.scalar(select(func.count()).select_from(DraftCheck)) == 2
        assert await session.scalar(select(func.count()).select_from(DraftPattern)) == 4


async def test_set_reply_messages_only_on_the_users_own_checks(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        ones, twos = await drafts_repo.record_checks(
            session, checks=[_new(1, 1, clock), _new(2, 2, clock)]
        )
        await drafts_repo.set_reply_messages(
            session,
            replies=[
                drafts_repo.ReplyRef(ones.check_id, 1, 101),
                drafts_repo.ReplyRef(twos.check_id, 1, 999),  # not user 1's check
            ],
        )
    async with sessionmaker() as session:
        replies = (
            await session.execute(select(DraftCheck.user_id, DraftCheck.reply_message_id))
        ).all()
    assert sorted(replies) == [(1, 101), (2, None)]


async def test_pending_slots_batched_keep_the_last_ask_and_are_taken_once(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        rows = await drafts_repo.record_checks(
            session, checks=[_new(1, 1, clock), _new(1, 2, clock), _new(2, 3, clock)]
        )
        await drafts_repo.set_pending_slots(
            session,
            slots=[
                drafts_repo.SlotAsk(1, rows[0].check_id, 0, "first [what happened]", clock.now()),
                drafts_repo.SlotAsk(2, rows[2].check_id, 1, "bob [what happened]", clock.now()),
                drafts_repo.SlotAsk(1, rows[1].check_id, 2, "last [what happened]", clock.now()),
            ],
        )
    async with sessionmaker.begin() as session:
        taken = await drafts_repo.take_pending_slots(session, user_ids={1, 2, 3})
        again = await drafts_repo.take_pending_slots(session, user_ids={1, 2})
    assert taken == {
        1: repo.SlotRequest(rows[1].check_id, 2, "last [what happened]", clock.now()),
        2: repo.SlotRequest(rows[2].check_id, 1, "bob [what happened]", clock.now()),
    }
    assert again == {}


async def test_record_checks_from_two_processes_for_a_new_user_make_one_user(
    sessionmaker: Sessions, other_sessionmaker: Sessions, clock: FakeClock
) -> None:
    async def record(sessions: Sessions, update_id: int) -> list[drafts_repo.RecordedRow]:
        async with sessions.begin() as session:
            return await drafts_repo.record_checks(session, checks=[_new(7, update_id, clock)])

    rows = await asyncio.gather(
        *(record(s, n) for n, s in enumerate([sessionmaker, other_sessionmaker] * 3))
    )
    assert len({r[0].check_id for r in rows}) == 6
    async with sessionmaker() as session:
        users = await session.scalar(select(func.count()).select_from(User))
        settings = await repo.get_nudge_settings(session, user_id=7)
    assert (users, settings is not None) == (1, True)
