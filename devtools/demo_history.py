"""`demo --sample-history`: eight weeks of plausible checks for the demo user, so a newcomer
sees /history, the weekly summary and the couples-therapy hint at once.

The history is made up but shaped like a real one: a few drafts a week, "always/never" in
most flagged ones (so the same pattern shows up every week, which is what brings the therapy
hint), blame and the odd bit of contempt, and a share flagged that falls from about 70% to
about 30% over the weeks. Rows are written with the bot's own repository functions; ids that
Telegram would assign are negative, so they can never meet a real message or update.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.db import repository as repo
from bot.db.migrate import upgrade_to_head
from bot.db.models import Feedback, ReminderKind
from bot.db.repository import drafts as drafts_repo
from bot.db.session import create_engine, create_sessionmaker

WEEKS = 8


@dataclass(frozen=True, slots=True)
class _Phrase:
    category: str
    text: str


_PHRASES = {
    "absolute": (_Phrase("absolute", "you never"), _Phrase("absolute", "you always")),
    "blame": (_Phrase("blame", "because of you"), _Phrase("blame", "your fault")),
    "contempt": (_Phrase("contempt", "pathetic"),),
    "demand": (_Phrase("demand", "you need to"),),
}


def _week_plan(week: int, rng: random.Random) -> list[tuple[_Phrase, ...]]:
    """The drafts of one week (0 = eight weeks ago): each a tuple of flagged phrases (or ())."""
    checked = rng.randint(7, 10)
    share = 0.72 - 0.06 * week  # flagged share falls week by week
    flagged = max(3, round(checked * share))
    drafts: list[tuple[_Phrase, ...]] = []
    for i in range(checked):
        if i >= flagged:
            drafts.append(())
            continue
        found = [rng.choice(_PHRASES["absolute"])] if i % 4 != 3 else []
        if i % 2 == 0:
            found.append(rng.choice(_PHRASES["blame"]))
        if i % 5 == 4:
            found.append(rng.choice(_PHRASES["demand" if week > 3 else "contempt"]))
        drafts.append(tuple(found) or (rng.choice(_PHRASES["blame"]),))
    rng.shuffle(drafts)
    return drafts


async def fill_sample_history(
    database_url: str, *, user_id: int, now: datetime | None = None
) -> int:
    """Write eight weeks of checks for `user_id` (a fresh demo user); returns how many."""
    now = now or datetime.now(UTC)
    rng = random.Random(18)  # the same sample every time: the demo reads the same way for all
    await upgrade_to_head(database_url)
    engine = create_engine(database_url)
    try:
        sessions = create_sessionmaker(engine)
        async with sessions.begin() as session:
            await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=now)
            checks: list[drafts_repo.NewCheck] = []
            for week in range(WEEKS):
                # Rolling weeks, as /history and the therapy rule count them: week 7 is today
                # and the six days before it.
                last_day = now - timedelta(days=7 * (WEEKS - 1 - week))
                for i, found in enumerate(_week_plan(week, rng)):
                    when = last_day - timedelta(days=i % 6, hours=rng.randint(1, 9))
                    serial = -(len(checks) + 1)
                    checks.append(
                        drafts_repo.NewCheck(
                            user_id=user_id,
                            chat_id=user_id,
                            now=when,
                            flagged=bool(found),
                            patterns=found,
                            draft_message_id=serial,
                            update_id=serial,
                        )
                    )
            rows = await drafts_repo.record_checks(session, checks=checks)
            for n, (row, check) in enumerate(zip(rows, checks, strict=True)):
                if check.flagged and n % 3 == 0:
                    await repo.set_suggestion_taken(
                        session, check_id=row.check_id, user_id=user_id, index=0
                    )
                elif check.flagged and n % 11 == 5:
                    await repo.set_feedback(
                        session, check_id=row.check_id, user_id=user_id, feedback=Feedback.HELPFUL
                    )
            # The weekly summary on, and one due now, so it arrives as the demo starts.
            await repo.update_user(session, user_id=user_id, weekly_summary=True)
            await repo.add_reminder(
                session, user_id=user_id, kind=ReminderKind.WEEKLY_SUMMARY, due_at=now, now=now
            )
        return len(checks)
    finally:
        await engine.dispose()
