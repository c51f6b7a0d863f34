"""The conversation's loose ends: Tend's open question, muted patterns, the live settings card."""

from __future__ import annotations

from datetime import datetime, timedelta

import nlp
from bot.db.repository import conversation as repo
from bot.users.service import Sessions

# A plain message (not a reply) counts as the answer to Tend's question this long after it.
QUESTION_WINDOW = timedelta(minutes=10)


async def remember_question(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, question: str
) -> None:
    """Tend just asked `question` (a key of `bot.users.answers.QUESTIONS`)."""
    async with sessions.begin() as session:
        await repo.set_open_question(
            session, user_id=user_id, chat_id=chat_id, question=question, now=now
        )


async def open_question(sessions: Sessions, *, now: datetime, user_id: int) -> str | None:
    """The question Tend asked within the answer window, if it is still waiting."""
    async with sessions.begin() as session:
        asked = await repo.get_open_question(session, user_id=user_id)
        if asked is None or not timedelta(0) <= now - asked.asked_at <= QUESTION_WINDOW:
            return None
        return asked.question


async def close_question(sessions: Sessions, *, user_id: int) -> None:
    """The question was answered: a later plain message is a draft again."""
    async with sessions.begin() as session:
        await repo.clear_open_question(session, user_id=user_id)


async def mute(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, categories: tuple[str, ...]
) -> tuple[str, ...]:
    """Stop flagging these categories for the user; returns everything now muted."""
    async with sessions.begin() as session:
        for category in categories:
            await repo.add_mute(
                session, user_id=user_id, chat_id=chat_id, category=category, now=now
            )
        return await repo.muted_categories(session, user_id=user_id)


async def unmute(sessions: Sessions, *, user_id: int, category: str) -> tuple[str, ...]:
    """Flag the category again; returns what stays muted."""
    async with sessions.begin() as session:
        await repo.remove_mute(session, user_id=user_id, category=category)
        return await repo.muted_categories(session, user_id=user_id)


async def muted(sessions: Sessions, *, user_id: int) -> tuple[str, ...]:
    """The categories the user asked Tend not to flag."""
    async with sessions.begin() as session:
        return await repo.muted_categories(session, user_id=user_id)


async def without_muted(
    sessions: Sessions, *, user_id: int, analysis: nlp.Analysis
) -> nlp.Analysis:
    """The analysis as this user wants it: patterns they muted are not flagged.

    Read only for a flagged draft, so a clean one costs nothing extra.
    """
    if not analysis.flagged or analysis.safety is not None:
        return analysis
    mutes = await muted(sessions, user_id=user_id)
    return drop_categories(analysis, mutes)


def drop_categories(analysis: nlp.Analysis, mutes: tuple[str, ...]) -> nlp.Analysis:
    """`analysis` without patterns of the `mutes` categories; clean when none are left."""
    if not mutes or not any(p.category in mutes for p in analysis.patterns):
        return analysis
    kept = tuple(p for p in analysis.patterns if p.category not in mutes)
    if not kept:
        return nlp.Analysis(flagged=False, patterns=(), suggestions=(), safety=analysis.safety)
    return nlp.Analysis(
        flagged=True, patterns=kept, suggestions=analysis.suggestions, safety=analysis.safety
    )


async def disagreements(sessions: Sessions, *, user_id: int) -> tuple[int, tuple[str, ...]]:
    """How often the user said "not blaming", and the categories they muted."""
    async with sessions.begin() as session:
        count = await repo.count_disagreements(session, user_id=user_id)
        return count, await repo.muted_categories(session, user_id=user_id)


async def swap_card(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int, message_id: int, kind: str
) -> int | None:
    """Note the new live settings card; the id of the one it replaces, to close it."""
    async with sessions.begin() as session:
        return await repo.swap_settings_card(
            session, user_id=user_id, chat_id=chat_id, message_id=message_id, kind=kind, now=now
        )
