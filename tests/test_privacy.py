"""Privacy through the real bot: logs, discreet mode, /export, /forget, and whose button it is.

The log test runs `python -m bot` as in production (LOG_LEVEL=DEBUG, PostgreSQL). The others
run the application in-process against the Bot API stand-in, on both test databases, with a
fake clock so that "delete in one minute" can be made to happen at once; a "restart" there is
a second Application on the same database.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import event, func, or_, select

from bot.app import build_application, running
from bot.basics import texts
from bot.clock import FakeClock
from bot.config import Settings
from bot.context import TendApp, TendContext
from bot.db import repository as repo
from bot.db.models import NON_PERSONAL_TABLES, Base, ReminderKind
from bot.db.repository import conversation
from bot.db.repository import drafts as drafts_repo
from bot.discreet import deletions
from bot.history import job as weekly
from bot.listen import job as listen_dispatch
from bot.nudges import job as nudge_dispatch
from bot.privacy import service as privacy
from bot.privacy import texts as privacy_texts
from bot.telegram import scheduled
from devtools.launcher import BotProcess
from standin import StandIn
from standin.state import PendingCallback
from standin.users import SimUser
from standin.views import BotMessage, CallbackAnswer

NEVER = "you never listen to me when i talk about work"
_query_ids = itertools.count(1)


# --- Logs -----------------------------------------------------------------------------------

# Each draft carries a word found nowhere else, so any trace of it in the log is a leak.
LOGGED_DRAFTS = {
    "plain": "you never listen to me about the zebracakes",
    "kept": "you always forget the quokkafeet, every single time",
    "nul": "you never\x00 call me about the marmotlamps",
    "refused": "you always ignore the narwhalspoons i bring",
    "edited": "you never water the axolotlferns",
    "disclosure": "you never listen and last night he pushed me into the pangolinbells, i'm scared",
    "moment": "on sunday at the wombatkites party",
}
# The word in each draft that appears nowhere else.
MARKERS = ["zebracakes", "quokkafeet", "marmotlamps", "narwhalspoons", "axolotlferns"]
MARKERS += ["pangolinbells", "wombatkites"]


@pytest.mark.e2e
@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.timeout(120)
async def test_privacy_debug_logs_hold_no_draft_and_no_token(
    api: StandIn, postgres_database: str, tmp_path: Path
) -> None:
    bot = BotProcess(
        api,
        data_dir=tmp_path / "data",
        database_url=postgres_database,
        # Eight drafts in well under 30 s: the flood limit is not what this test is about.
        env={"LOG_LEVEL": "DEBUG", "FLOOD_MAX_DRAFTS": "100"},
    )
    await bot.start()
    try:
        alice = api.user("Alice")
        await alice.send(LOGGED_DRAFTS["plain"])
        await alice.wait_for_reply()
        await alice.send("/privacy")
        card = await alice.wait_for_reply()
        await alice.press(card, "Keep my drafts")
        await alice.send(LOGGED_DRAFTS["kept"])
        await alice.wait_for_reply()
        # PostgreSQL refuses NUL in text: kept drafts are stored without it, so it is answered.
        api.push_update({"message": {**_private(alice, 900), "text": LOGGED_DRAFTS["nul"]}})
        assert (await alice.wait_for_reply()).text not in {texts.SORRY_DB, texts.SORRY_GENERIC}
        # Telegram refuses the reply every time (5xx, retries used up): the draft fails.
        api.faults.add(kind="server_error", method="sendMessage", chat_id=alice.id, times=4)
        await alice.send(LOGGED_DRAFTS["refused"])
        apology = await alice.wait_for_reply(timeout=20)
        assert apology.text == texts.SORRY_GENERIC
        sent = await alice.send("you never water the plants")
        reply = await alice.wait_for_reply()
        await alice.edit(sent, LOGGED_DRAFTS["edited"])
        await alice.wait_for_edit(reply)
        await alice.send(LOGGED_DRAFTS["disclosure"])
        await alice.wait_for_reply()
        await _ask(alice, "you always do this")  # may ask for the moment, folded in below
        await _ask(alice, LOGGED_DRAFTS["moment"])
        await alice.send("/export")
        await alice.wait_for_reply()  # the summary in words
        assert (await alice.wait_for_reply()).document is not None
        await api.wait_idle(quiet=0.3)
    finally:
        assert await bot.stop() == 0
    log = bot.log_file.read_text(encoding="utf-8", errors="replace")
    assert " DEBUG " in log and "update " in log  # the level took, and failures were logged
    assert "failed" in log  # the refused reply was logged as a failure
    assert [m for m in MARKERS if any(m in d for d in LOGGED_DRAFTS.values())] == MARKERS
    for marker in MARKERS:
        assert marker not in log, f"draft text {marker!r} reached the log"
    for draft in LOGGED_DRAFTS.values():
        assert draft not in log
    token_secret = api.token.split(":", 1)[1]
    assert token_secret not in log and api.token not in log


def _private(user: SimUser, message_id: int) -> dict[str, Any]:
    return {
        "message_id": message_id,
        "date": 1_800_000_000,
        "chat": user.chat,
        "from": user.data,
    }


# --- The application in-process ---------------------------------------------------------------


@asynccontextmanager
async def running_app(
    api: StandIn,
    db_url: str,
    clock: FakeClock,
    data_dir: Path,
    *,
    flood_max: int = 100,
) -> AsyncIterator[TendApp]:
    """The bot as `bot.app.serve` runs it, minus the timed jobs (tests tick them by hand).

    The analyzer runs in a thread (`analyzer_workers=0`): the pipeline is loaded once per test
    session and reused."""
    settings = Settings(
        telegram_bot_token=SecretStr(api.token),
        telegram_base_url=api.base_url,
        data_dir=data_dir,
        database_url=db_url,
        rate_limiter=False,
        analyzer_workers=0,
        flood_max_drafts=flood_max,
        flood_window_seconds=1,
    )
    async with running(build_application(settings, clock=clock, jobs=False)) as app:
        assert app.updater is not None
        await app.updater.start_polling(timeout=1, poll_interval=0.0)
        yield app


async def settled(app: TendApp, api: StandIn) -> None:
    """Wait until the bot has finished with every update it was given (a reply is in the chat
    before the handler that sent it has written down what comes after, e.g. deletions)."""
    await api.wait_idle(quiet=0.05)
    for _ in range(400):
        if app.update_queue.empty() and app.update_processor.current_concurrent_updates == 0:
            return
        await asyncio.sleep(0.01)
    raise TimeoutError("the bot is still busy")


async def _ask(user: SimUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.wait_for_reply()


# --- Discreet mode ----------------------------------------------------------------------------


@pytest.mark.timeout(60)
async def test_privacy_discreet_mode_deletes_draft_and_reply_even_after_a_restart(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice = api.user("Alice")
    async with running_app(api, db_url, clock, tmp_path) as app:
        card = await _ask(alice, "/privacy")
        answer = await alice.press(card, "Delete after 1 minute")
        assert answer.text == privacy_texts.SAVED
        assert "Discreet mode: after 1 minute" in (await alice.wait_for_edit(card)).text
        draft = await alice.send(NEVER)
        reply = await alice.wait_for_reply()
        assert "will be deleted in 1 minute" in reply.text
        await alice.press(reply, "Why?")
        why = await alice.wait_for_reply()  # names the draft's pattern: it goes too
        await settled(app, api)
        clock.advance(seconds=59)
        await deletions.tick(TendContext(app))
        assert api.count("deleteMessage") == 0  # not due yet

    # A new process: only the database remembers what is to be deleted.
    async with running_app(api, db_url, clock, tmp_path) as app:
        clock.advance(seconds=2)
        await deletions.tick(TendContext(app))
        chat = api.state.chats[alice.id]
        assert chat.messages[draft["message_id"]].deleted, "the draft is still in the chat"
        assert alice.message(reply.message_id).deleted, "Tend's reply is still in the chat"
        assert alice.message(why.message_id).deleted
        # The card was edited to say discreet mode is on: it goes too. The /privacy before it
        # came while discreet mode was off, and stays.
        assert alice.message(card.message_id).deleted
        assert not chat.messages[card.message_id - 1].deleted
        assert api.count("deleteMessage") == 4
        async with app.bot_data.sessionmaker() as session:
            export = await repo.export_user(session, user_id=alice.id)
        assert export["scheduled_deletions"] == []
        await deletions.tick(TendContext(app))
        assert api.count("deleteMessage") == 4  # done once, never again


@pytest.mark.timeout(60)
async def test_privacy_discreet_mode_covers_a_disclosure_and_a_slot_answer(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    # Someone who fears their partner is exactly who may have their phone read.
    carol = api.user("Carol")
    async with running_app(api, db_url, clock, tmp_path) as app:
        card = await _ask(carol, "/privacy")
        await carol.press(card, "Delete after 10 minutes")
        disclosure = await carol.send(
            "you never listen and last night he pushed me into the wall, i'm scared"
        )
        help_reply = await carol.wait_for_reply()
        assert "emergency" in help_reply.text.lower()
        await settled(app, api)
        # The moment asked for by a rewrite, and the rewrite with it folded in.
        asking = await _ask(carol, "you always do this")
        assert "[what happened]" in asking.text
        moment = await carol.send("on sunday you left the party without me")
        filled = await carol.wait_for_reply()
        assert "since sunday you left the party without me" in filled.text  # no "since on"
        await settled(app, api)
        clock.advance(minutes=10, seconds=1)
        await deletions.tick(TendContext(app))
        chat = api.state.chats[carol.id]
        for message_id in (disclosure["message_id"], help_reply.message_id):
            assert chat.messages[message_id].deleted, "the disclosure or its answer stayed"
        for message_id in (moment["message_id"], filled.message_id, asking.message_id):
            assert chat.messages[message_id].deleted, "the moment or its rewrite stayed"


async def _press_and_answer(user: SimUser, message: BotMessage, button: str, answer: str) -> None:
    """Press `button`, which asks a question (a ForceReply), and answer it."""
    await user.press(message, button)
    question = await user.wait_for_reply()
    await user.send(answer, reply_to=question)
    await user.wait_for_reply()


def _paste_too_long(api: StandIn, user: SimUser) -> None:
    # Telegram apps split long pastes; a client or a bridge may still deliver more. The
    # message is stored in the stand-in's chat so that deleting it is a real deletion.
    stored = api.state.add_message(
        api.state.chats[user.id], {"text": "you never " * 500}, sender=user.data
    )
    api.push_update({"message": stored.data})


async def _discreet_conversation(
    api: StandIn, app: TendApp, clock: FakeClock, user: SimUser, *, noon: datetime
) -> None:
    """Everything a user can do in the chat on the day of `noon`: commands, media, refusals,
    buttons that send messages, questions and answers, a file, a chart; then a nudge, a
    listen reminder and a weekly summary from the dispatchers (outside any update)."""
    clock.set(noon)
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[noon.weekday()]
    for command, replies in [("/start", 2), ("/help", 1), ("/nonsense", 1)]:
        await user.send(command)
        for _ in range(replies):
            await user.wait_for_reply()
    for send in (user.send_sticker, user.send_voice, user.send_photo):
        await send()
        await user.wait_for_reply()
    await _ask(user, "\u200b\u200b")  # empty
    _paste_too_long(api, user)
    assert "4,096" in (await user.wait_for_reply()).text
    assert (
        "English" in (await _ask(user, "Du hörst mir nie zu, wenn ich von der Arbeit erzähle")).text
    )
    reply = await _ask(user, NEVER)
    await user.press(reply, "Why?")
    await user.wait_for_reply()
    await user.send("/history")
    await user.wait_for_reply()
    assert (await user.wait_for_reply()).photo is not None  # the weekly chart
    await _ask(user, "/nudges zone Berlin")
    await _ask(user, "/nudges on")
    await _press_and_answer(user, await _ask(user, "/nudges"), "n:time", "20:00")
    await _press_and_answer(user, await _ask(user, "/listen"), "n:remind", "20:30")
    await _ask(user, f"/history weekly {weekday} 21:00")
    await _ask(user, "/export")  # the summary in words, then the file
    assert (await user.wait_for_reply()).document is not None
    await _ask(user, "you always leave the lights on")
    slow_down = texts.slow_down(waiting=0, free_in_s=1)  # everything before was answered
    assert (await _ask(user, "you always forget the bins")).text == slow_down
    await settled(app, api)
    tend, grace = app.bot_data, timedelta(hours=2)
    midnight = noon.replace(hour=0)
    for hour, dispatcher in [(19, nudge_dispatch), (19.5, listen_dispatch), (20, weekly)]:
        clock.set(midnight + timedelta(hours=hour))
        tally = await dispatcher.dispatch(
            tend.sessionmaker,
            clock=clock,
            worker_id="test",
            grace=grace,
            send=scheduled.telegram_sender(app.bot),
        )
        assert tally.sent >= 1, (dispatcher.__name__, tally)
        await user.wait_for_reply()


@pytest.mark.timeout(90)
async def test_privacy_discreet_mode_deletes_every_message_of_the_chat(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    async with running_app(api, db_url, clock, tmp_path, flood_max=3) as app:
        card = await _ask(alice, "/privacy")
        await alice.press(card, "Delete after 1 minute")
        noon = clock.now()
        await _discreet_conversation(api, app, clock, alice, noon=noon)
        # Bob is not in discreet mode: the same conversation leaves everything in place.
        await _discreet_conversation(api, app, clock, bob, noon=noon + timedelta(days=1))
        await settled(app, api)
        await deletions.tick(TendContext(app))  # schedules what the dispatchers sent
        clock.advance(minutes=1, seconds=1)
        await deletions.tick(TendContext(app))

        chat = api.state.chats[alice.id]
        kept = [m.data.get("text", "")[:40] for m in chat.messages.values() if not m.deleted]
        # Only the /privacy that came before discreet mode was turned on is left.
        assert kept == ["/privacy"], kept
        assert sum(m.from_bot for m in chat.messages.values()) >= 25
        assert not any(m.deleted for m in api.state.chats[bob.id].messages.values())
        async with app.bot_data.sessionmaker() as session:
            export = await repo.export_user(session, user_id=bob.id)
        assert export["scheduled_deletions"] == []


def test_privacy_text_names_every_delay_offered_within_telegrams_limit() -> None:
    for seconds in privacy_texts.DISCREET_CHOICES.values():
        assert seconds < 48 * 3600  # Telegram lets a bot delete a message for 48 hours only
        label = privacy_texts.delay_label(seconds)
        assert label is not None and label in texts.PRIVACY_PROMISE
    assert "48 hours" in texts.PRIVACY_PROMISE
    # Answers to a button press are alerts: Telegram takes at most 200 characters.
    for alert in (privacy_texts.FORGOTTEN_DISCREET, texts.SORRY_BUTTON_DB, texts.SORRY_BUTTON):
        assert len(alert) <= 200


@pytest.mark.timeout(60)
async def test_privacy_discreet_mode_adds_no_database_read_to_a_draft(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    # The draft's check reads the user (and so the delay) in its own transaction, and
    # schedules the draft and reply with the reply: discreet mode adds nothing after that,
    # whether it is on or off.
    alice, bob = api.user("Alice"), api.user("Bob")
    async with running_app(api, db_url, clock, tmp_path) as app:
        card = await _ask(alice, "/privacy")
        await alice.press(card, "Delete after 1 hour")
        await _ask(bob, "/help")
        await settled(app, api)
        engine = app.bot_data.sessionmaker.kw["bind"].sync_engine
        statements: list[str] = []

        def seen(*args: Any) -> None:
            statements.append(" ".join(str(args[2]).split()).lower())

        for user, deletions_scheduled in ((alice, 2), (bob, 0)):
            statements.clear()
            event.listen(engine, "before_cursor_execute", seen)
            try:
                await _ask(user, NEVER)
                await settled(app, api)
            finally:
                event.remove(engine, "before_cursor_execute", seen)
            # Nothing after the reply is attached but that transaction's own writes: no
            # look-up of the user, no second transaction. (The inbox then lets the answered
            # update go, in a transaction of its own, discreet mode or not.)
            attached = next(i for i, s in enumerate(statements) if "set reply_message_id" in s)
            after = _without_inbox_release(statements[attached + 1 :])
            inserts = [s for s in after if s.startswith("insert into scheduled_deletions")]
            assert len(inserts) == deletions_scheduled, "\n".join(statements)
            assert not [s for s in after if s not in inserts], "\n".join(statements)


def _without_inbox_release(statements: list[str]) -> list[str]:
    """`statements` minus the inbox's release of an answered update (its own transaction)."""
    kept: list[str] = []
    for i, statement in enumerate(statements):
        follows = statements[i + 1] if i + 1 < len(statements) else ""
        if "held_updates" in statement or (
            statement == "begin immediate" and "held_updates" in follows
        ):
            continue
        kept.append(statement)
    return kept


# --- /export ----------------------------------------------------------------------------------


@pytest.mark.timeout(60)
async def test_privacy_export_is_json_of_the_users_own_checks(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    async with running_app(api, db_url, clock, tmp_path):
        assert (await _ask(alice, "/export")).text == privacy_texts.NOTHING_HELD
        reply = await _ask(alice, NEVER)
        await alice.press(reply, "👍 Helpful")
        await _ask(bob, "you always leave the lights on")

        summary = await _ask(alice, "/export")
        assert "What Tend knows about you" in summary.text
        assert "Drafts checked: 1 — 1 flagged" in summary.text
        assert "always/never" in summary.text and "absolute" not in summary.text
        document = (await alice.wait_for_reply()).document
        assert document is not None and document.file_name == "tend-export.json"
        export = json.loads(document.data)
        assert export["format"] == "tend-export/2"
        [check] = export["drafts_checked"]
        assert check["flagged"] is True and check["draft"] is None  # not kept
        assert check["your_feedback"] == "👍 helpful"
        assert {"pattern": "always/never", "words": "you never"} in check["patterns"]
        text = document.data.decode()
        # No internal ids: not the user's, not a check's, not Telegram's update or message ids.
        assert str(bob.id) not in text and str(alice.id) not in text
        for internal in ('"id"', "user_id", "check_id", "update_id", "claimed_by", "absolute"):
            assert internal not in text, internal

        card = await _ask(alice, "/privacy")
        await alice.press(card, "Keep my drafts")
        await _ask(alice, "you never call when you're late")
        await _ask(alice, "/export")
        export = json.loads(_document(await alice.wait_for_reply()))
        kept = [c["draft"] for c in export["drafts_checked"]]
        assert kept == [None, "you never call when you're late"]


def _document(message: BotMessage) -> bytes:
    assert message.document is not None
    return message.document.data


# --- /forget ----------------------------------------------------------------------------------


async def _rows_of(app: TendApp, user_id: int) -> dict[str, int]:
    """Rows in every table with `user_id` in a column that holds user or chat ids."""
    counts: dict[str, int] = {}
    async with app.bot_data.sessionmaker() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.c if c.name in {"id", "user_id", "chat_id"}]
            if table.name not in {"users"}:
                columns = [c for c in columns if c.name != "id"]
            if not columns:
                continue
            stmt = select(func.count()).select_from(table)
            stmt = stmt.where(or_(*(c == user_id for c in columns)))
            counts[table.name] = int((await session.execute(stmt)).scalar_one())
    return counts


@pytest.mark.timeout(60)
async def test_privacy_forget_leaves_no_row_of_the_user_in_any_table(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    async with running_app(api, db_url, clock, tmp_path) as app:
        for user in (alice, bob):
            card = await _ask(user, "/privacy")
            await user.press(card, "Keep my drafts")
            card = await user.wait_for_edit(card)
            await user.press(card, "Delete after 1 hour")
            await _ask(user, NEVER)  # check, patterns, kept text, two scheduled deletions
            await _ask(user, "/history weekly sun 19:00")  # a weekly-summary reminder
            await _ask(user, "/nudges")  # the live settings card
            await _ask(user, "/nudges time")  # a question waiting for its answer
            await settled(app, api)  # a command ends a slot question: let that happen first
            async with app.bot_data.sessionmaker.begin() as session:
                now = clock.now()
                check_id = (await repo.export_user(session, user_id=user.id))["draft_checks"][0]
                ask = drafts_repo.SlotAsk(  # a rewrite waiting for "the moment"
                    user.id, check_id["id"], 0, "I felt alone when [what happened].", now
                )
                await drafts_repo.set_pending_slots(session, slots=[ask])
                [delivery] = await repo.add_nudge_deliveries(
                    session,
                    deliveries=[
                        {
                            "user_id": user.id,
                            "nudge_key": "hello",
                            "local_date": now.date(),
                            "due_at": now,
                        }
                    ],
                    moves=[],
                )
                await repo.set_nudge_key(  # "Another idea": "hello" is kept as passed on
                    session, delivery_id=delivery, user_id=user.id, nudge_key="walk"
                )
                await repo.add_reminder(
                    session, user_id=user.id, kind=ReminderKind.LISTEN_ONCE, due_at=now, now=now
                )
                await conversation.add_mute(  # 👎 Not blaming, then "stop flagging it"
                    session, user_id=user.id, chat_id=user.id, category="absolute", now=now
                )
        await settled(app, api)
        before = await _rows_of(app, alice.id)
        bobs = await _rows_of(app, bob.id)
        empty = [n for n, count in before.items() if count == 0 and n not in NON_PERSONAL_TABLES]
        assert empty == [], f"the test should put Alice's rows in every table: {empty}"

        confirm = await _ask(alice, "/forget")
        await settled(app, api)  # the confirmation is scheduled too (discreet mode)
        answer = await alice.press(confirm, privacy_texts.BUTTON_FORGET_YES)
        await settled(app, api)
        # Discreet mode's promise outlives the rows that held it: what it was to delete is
        # deleted at once, this confirmation and the /forget before it included, so the
        # answer is an alert, which leaves nothing in the chat.
        assert (answer.text, answer.show_alert) == (privacy_texts.FORGOTTEN_DISCREET, True)
        chat = api.state.chats[alice.id]
        kept = [m.data.get("text", "")[:40] for m in chat.messages.values() if not m.deleted]
        assert kept == ["/privacy"], kept  # sent before discreet mode was turned on
        assert not any(m.deleted for m in api.state.chats[bob.id].messages.values())

        assert set((await _rows_of(app, alice.id)).values()) == {0}
        assert await _rows_of(app, bob.id) == bobs  # nobody else's data went with it
        async with app.bot_data.sessionmaker() as session:
            export = await repo.export_user(session, user_id=alice.id)
        assert export.pop("user") is None and export.pop("format") == "tend-export/1"
        assert export and all(rows == [] for rows in export.values()), export
        assert await privacy.export(app.bot_data.sessionmaker, user_id=alice.id) is None

        # Telegram refuses to delete (as past its 48 hours): Bob's data goes all the same, and
        # he is told the messages stayed, and what he can do about it.
        refusal = "Bad Request: message can't be deleted for everyone"
        api.faults.add(
            kind="server_error", method="deleteMessages", status=400, description=refusal
        )
        confirm = await _ask(bob, "/forget")
        await settled(app, api)
        await bob.press(confirm, privacy_texts.BUTTON_FORGET_YES)
        assert (await bob.wait_for_edit(confirm)).text == privacy_texts.FORGOTTEN_MESSAGES_LEFT
        await settled(app, api)
        assert set((await _rows_of(app, bob.id)).values()) == {0}


# --- Whose button is it -----------------------------------------------------------------------


async def press_as(
    api: StandIn, presser: SimUser, message: BotMessage, data: str
) -> CallbackAnswer:
    """`presser` presses a button with `data` on `message`, wherever that message is: a raw
    callback_query update, as a crafted (or replayed) update would arrive."""
    query_id = f"crafted-{next(_query_ids)}"
    answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
    api.state.callbacks[query_id] = PendingCallback(presser.id, answer)
    stored = api.state.chats[message.chat_id].messages[message.message_id]
    query = {"id": query_id, "from": presser.data, "chat_instance": "42", "data": data}
    api.push_update({"callback_query": query | {"message": stored.data}})
    return CallbackAnswer.of(await asyncio.wait_for(answer, 10))


def _callback_data(message: BotMessage) -> list[str]:
    return [data for row in message.buttons for _, data in row if data is not None]


async def _snapshot(app: TendApp, api: StandIn, user: SimUser) -> tuple[Any, list[int], int]:
    async with app.bot_data.sessionmaker() as session:
        export = await repo.export_user(session, user_id=user.id)
    chat = api.state.chats[user.id]
    return export, [m.version for m in chat.transcript], len(chat.transcript)


@pytest.mark.timeout(90)
async def test_privacy_buttons_act_only_for_the_presser(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    async with running_app(api, db_url, clock, tmp_path) as app:
        await alice.send("/start")
        alices = [await alice.wait_for_reply(), await alice.wait_for_reply()]
        for command in ("/privacy", "/forget", "/history", "/nudges", "/listen"):
            alices.append(await _ask(alice, command))
        draft_reply = await _ask(alice, NEVER)
        alices.append(draft_reply)
        async with app.bot_data.sessionmaker.begin() as session:
            [delivery] = await repo.add_nudge_deliveries(
                session,
                deliveries=[
                    {
                        "user_id": alice.id,
                        "nudge_key": "hello",
                        "local_date": clock.now().date(),
                        "due_at": clock.now(),
                    }
                ],
                moves=[],
            )
        bob_reply = await _ask(bob, "you always leave the lights on")
        check_id = next(d.split(":")[1] for d in _callback_data(draft_reply) if d[:2] == "w:")
        await settled(app, api)
        alice_before = await _snapshot(app, api, alice)
        bob_before = await _snapshot(app, api, bob)

        # Bob presses every button on every one of Alice's messages.
        pressed = [(m, d) for m in alices for d in _callback_data(m)]
        assert len(pressed) >= 15
        for message, data in pressed:
            answer = await press_as(api, bob, message, data)
            assert answer.show_alert and answer.text == texts.NOT_YOURS, (data, answer)

        # Bob crafts buttons naming Alice's check and nudge, on his own message.
        crafted = [f"a:{check_id}:1", f"w:{check_id}", f"u:{check_id}:0", f"f:{check_id}:h"]
        crafted += [f"f:{check_id}:n", f"n:done:{delivery}", f"n:more:{delivery}"]
        crafted += [f"n:pause:{delivery}"]
        for data in crafted:
            answer = await press_as(api, bob, bob_reply, data)
            assert answer.show_alert and answer.text in {texts.STALE_BUTTON, texts.NOT_YOURS}

        await settled(app, api)
        assert await _snapshot(app, api, alice) == alice_before  # nothing of Alice's changed
        assert await _snapshot(app, api, bob) == bob_before  # and Bob gained nothing
