"""The conversation's loose ends: Tend's open question, the user's muted patterns, and the
settings card that is currently live in the chat."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DraftCheck, Feedback, OpenQuestion, PatternMute, SettingsCard
from bot.db.repository._sql import dialect_insert
from bot.db.repository.users import get_or_create_user


async def set_open_question(
    session: AsyncSession, *, user_id: int, chat_id: int, question: str, now: datetime
) -> None:
    """Remember the question Tend just asked (replacing an earlier one)."""
    await get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
    insert = dialect_insert(session, OpenQuestion).values(
        user_id=user_id, question=question, asked_at=now
    )
    await session.execute(
        insert.on_conflict_do_update(
            index_elements=[OpenQuestion.user_id],
            set_={"question": question, "asked_at": now},
        )
    )


async def get_open_question(session: AsyncSession, *, user_id: int) -> OpenQuestion | None:
    """The question Tend is waiting on, if any."""
    return await session.get(OpenQuestion, user_id)


async def clear_open_question(session: AsyncSession, *, user_id: int) -> None:
    """The question was answered (or given up on)."""
    await session.execute(delete(OpenQuestion).where(OpenQuestion.user_id == user_id))


async def add_mute(
    session: AsyncSession, *, user_id: int, chat_id: int, category: str, now: datetime
) -> None:
    """Stop flagging `category` for this user (a second mute of the same kind is a no-op)."""
    await get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
    insert = dialect_insert(session, PatternMute).values(
        user_id=user_id, category=category, created_at=now
    )
    await session.execute(
        insert.on_conflict_do_nothing(index_elements=[PatternMute.user_id, PatternMute.category])
    )


async def remove_mute(session: AsyncSession, *, user_id: int, category: str) -> None:
    """Flag `category` for this user again."""
    await session.execute(
        delete(PatternMute).where(PatternMute.user_id == user_id, PatternMute.category == category)
    )


async def muted_categories(session: AsyncSession, *, user_id: int) -> tuple[str, ...]:
    """The categories this user asked Tend to stop flagging, oldest first."""
    stmt = (
        select(PatternMute.category)
        .where(PatternMute.user_id == user_id)
        .order_by(PatternMute.created_at, PatternMute.category)
    )
    return tuple((await session.scalars(stmt)).all())


async def mutes_of(
    session: AsyncSession, *, user_ids: Collection[int]
) -> dict[int, tuple[str, ...]]:
    """`muted_categories` for several users at once (only users with a mute are keys)."""
    stmt = select(PatternMute.user_id, PatternMute.category).where(
        PatternMute.user_id.in_(sorted(user_ids))
    )
    found: dict[int, list[str]] = {}
    for user_id, category in (await session.execute(stmt)).all():
        found.setdefault(user_id, []).append(category)
    return {user_id: tuple(categories) for user_id, categories in found.items()}


async def swap_settings_card(
    session: AsyncSession, *, user_id: int, chat_id: int, message_id: int, kind: str, now: datetime
) -> int | None:
    """Note `message_id` as the live `kind` card; return the one it replaces (to close)."""
    await get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
    previous = await session.get(SettingsCard, (user_id, kind))
    old = previous.message_id if previous is not None else None
    insert = dialect_insert(session, SettingsCard).values(
        user_id=user_id, message_id=message_id, kind=kind
    )
    await session.execute(
        insert.on_conflict_do_update(
            index_elements=[SettingsCard.user_id, SettingsCard.kind],
            set_={"message_id": message_id},
        )
    )
    return old if old != message_id else None


async def count_disagreements(session: AsyncSession, *, user_id: int) -> int:
    """How many of the user's checks they marked "👎 Not blaming"."""
    stmt = select(func.count()).where(
        DraftCheck.user_id == user_id, DraftCheck.feedback == Feedback.NOT_BLAMING
    )
    return int((await session.execute(stmt)).scalar_one())
