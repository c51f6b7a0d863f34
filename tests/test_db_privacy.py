from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from bot_database import record_check
from sqlalchemy import ForeignKey, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import NON_PERSONAL_TABLES, Base, ReminderKind, User
from bot.db.repository import conversation
from bot.db.repository import drafts as drafts_repo

Sessions = async_sessionmaker[AsyncSession]
TTL = timedelta(minutes=5)


@dataclass(frozen=True)
class Found:
    category: str
    text: str


async def _everything(session: AsyncSession, clock: FakeClock, user_id: int) -> None:
    """One or more rows of this user in every personal table."""
    now = clock.now()
    await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=now)
    await repo.update_user(session, user_id=user_id, keep_drafts=True, discreet_delete_seconds=60)
    check_id = await record_check(
        session,
        user_id=user_id,
        chat_id=user_id,
        now=now,
        flagged=True,
        patterns=[Found("absolute", "you never")],
        draft_message_id=1,
        update_id=user_id * 10,
        draft_text="you never call",
    )
    await drafts_repo.set_reply_messages(
        session, replies=[drafts_repo.ReplyRef(check_id, user_id, 2)]
    )
    ask = drafts_repo.SlotAsk(user_id, check_id, 0, "I felt alone when [what happened].", now)
    await drafts_repo.set_pending_slots(session, slots=[ask])
    [delivery] = await repo.add_nudge_deliveries(
        session,
        deliveries=[
            {"user_id": user_id, "nudge_key": "hug", "local_date": now.date(), "due_at": now}
        ],
        moves=[],
    )
    assert await repo.set_nudge_key(  # "Another idea": "hug" is kept as passed on
        session, delivery_id=delivery, user_id=user_id, nudge_key="walk"
    )
    await repo.add_reminder(
        session, user_id=user_id, kind=ReminderKind.LISTEN_ONCE, due_at=now, now=now
    )
    for message_id in (1, 2):
        await repo.schedule_deletion(
            session, user_id=user_id, chat_id=user_id, message_id=message_id, delete_at=now
        )
    await repo.claim_updates(session, claims=[(user_id * 10, now)])
    await conversation.set_open_question(
        session, user_id=user_id, chat_id=user_id, question="zone", now=now
    )
    await conversation.add_mute(
        session, user_id=user_id, chat_id=user_id, category="absolute", now=now
    )
    await conversation.swap_settings_card(
        session, user_id=user_id, chat_id=user_id, message_id=3, kind="nudges", now=now
    )


async def _rows_of(session: AsyncSession, user_id: int) -> dict[str, int]:
    counts = {}
    for table in repo.personal_tables():
        owner = table.c.id if table.name == User.__tablename__ else table.c.user_id
        query = select(func.count()).select_from(table).where(owner == user_id)
        counts[table.name] = (await session.execute(query)).scalar_one()
    return counts


def test_every_table_is_personal_with_a_cascading_user_key_or_declared_non_personal() -> None:
    for table in Base.metadata.sorted_tables:
        if table.name in NON_PERSONAL_TABLES or table.name == User.__tablename__:
            continue
        assert "user_id" in table.c, table.name
        [fk] = [fk for fk in table.c.user_id.foreign_keys if isinstance(fk, ForeignKey)]
        assert (fk.column.table.name, fk.ondelete) == ("users", "CASCADE"), table.name
        for other in table.foreign_keys:
            assert other.ondelete == "CASCADE", f"{table.name}.{other.parent.name}"


async def test_delete_user_leaves_no_row_of_theirs_in_any_table(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        await _everything(session, clock, 1)
        await _everything(session, clock, 2)
    async with sessionmaker() as session:
        before = await _rows_of(session, 1)
    assert all(before.values()), before  # the fixture really fills every table

    async with sessionmaker.begin() as session:
        user = await repo.get_user(session, user_id=1)  # loaded before the delete
        assert user is not None
        assert await repo.delete_user(session, user_id=1)
        assert await repo.get_user(session, user_id=1) is None
        assert not await repo.delete_user(session, user_id=1)

    async with sessionmaker() as session:
        assert set((await _rows_of(session, 1)).values()) == {0}
        assert await _rows_of(session, 2) == before  # the other user keeps everything


async def test_export_user_holds_every_personal_table_and_only_their_rows(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    async with sessionmaker.begin() as session:
        await _everything(session, clock, 1)
        await _everything(session, clock, 2)
    async with sessionmaker() as session:
        export = await repo.export_user(session, user_id=1)
        counts = await _rows_of(session, 1)

    assert json.loads(json.dumps(export)) == export  # JSON-ready as it is
    assert export["format"] == repo.EXPORT_FORMAT
    assert export["user"]["id"] == 1
    assert export["user"]["created_at"] == clock.now().isoformat()
    for table, count in counts.items():
        if table != "users":
            assert len(export[table]) == count, table
            assert {row["user_id"] for row in export[table]} == {1}, table
    assert export["draft_checks"][0]["draft_text"] == "you never call"
    assert export["draft_patterns"][0]["phrase"] == "you never"
    assert export["reminders"][0]["kind"] == "listen_once"
    assert set(export) == {"format", "user", *counts} - {"users"}


async def test_export_user_unknown_user_is_empty(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session:
        export = await repo.export_user(session, user_id=404)
    assert export["user"] is None
    assert all(rows == [] for key, rows in export.items() if key not in {"format", "user"})
