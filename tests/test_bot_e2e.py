"""End to end: the real `python -m bot` process against the Bot API stand-in.

Each test starts the bot as a subprocess (exactly as in production, only with
TELEGRAM_BASE_URL pointing at the stand-in) and holds a conversation with it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bot_database import count_rows, sessions_for, sqlite_url
from sqlalchemy import select

from bot.db.models import DraftCheck, DraftPattern, ScheduledDeletion, User
from devtools.launcher import BotProcess
from standin import StandIn
from standin.users import SimUser

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

NEVER_LISTEN = "you never listen to me when i talk about work"


async def test_bot_whole_conversation_survives_restart(api: StandIn, bot: BotProcess) -> None:
    names = [c["command"] for c in api.commands()]
    assert names == [
        *("start", "help", "history", "nudges", "listen", "settings", "privacy", "export"),
        *("forget", "menu"),
    ]
    alice = api.user("Alice")

    await alice.send("/start")
    welcome = await alice.wait_for_reply()
    assert "Tend" in welcome.text and "/forget" in welcome.text
    offer = await alice.wait_for_reply()
    assert offer.button_labels == ["Set up daily nudges", "Later"]

    await alice.send(NEVER_LISTEN)
    reply = await alice.wait_for_reply()
    assert "never" in reply.text.lower()
    assert "<u><b>" in reply.html  # the flagged words are marked
    assert reply.raw.get("reply_to_message", {}).get("text") == NEVER_LISTEN
    assert {"Why?", "✓ I'll use this", "👍 Helpful", "👎 Not blaming"} <= set(reply.button_labels)
    first_rewrite = reply.text.split("Another way to say it")[1]
    assert "I" in first_rewrite

    if "Another way" in reply.button_labels:
        await alice.press(reply, "Another way")
        edited = await alice.wait_for_edit(reply)
        assert "(2 of" in edited.text
        reply = edited

    await alice.press(reply, "Why?")
    why = await alice.wait_for_reply()
    assert "Why" in why.text

    answer = await alice.press(reply, "👍 Helpful")
    assert answer.text
    await alice.press(reply, "✓ I'll use this")

    await alice.send("/history")
    await alice.wait_for_reply()

    # Restart: the check (with its feedback) is still there, and old buttons still work.
    assert await bot.stop() == 0
    await bot.start()
    answer = await alice.press(reply, "👎 Not blaming")
    assert answer.text
    db = sqlite_url(bot)
    assert await count_rows(db, DraftCheck, user_id=alice.id, flagged=True) == 1
    assert await count_rows(db, DraftPattern, user_id=alice.id) >= 1


async def test_bot_clean_draft_gets_plain_note_not_praise(api: StandIn, bot: BotProcess) -> None:
    bob = api.user("Bob")
    await bob.send(
        "I've been feeling a bit lonely lately. Could we have dinner together on Friday?"
    )
    reply = await bob.wait_for_reply()
    assert reply.buttons == []
    assert "best" in reply.text.lower()  # "you know your partner best"
    for praise in ("kindly", "go ahead", "looks good", "💛"):
        assert praise not in reply.text.lower()


async def test_bot_safety_disclosure_gets_help_not_rewrite(api: StandIn, bot: BotProcess) -> None:
    carol = api.user("Carol")
    await carol.send("you never listen and last night he pushed me into the wall, i'm scared")
    reply = await carol.wait_for_reply()
    assert "emergency" in reply.text.lower()
    assert "Another way to say it" not in reply.text
    assert reply.buttons == []


async def test_bot_odd_input_gets_kind_answers(api: StandIn, bot: BotProcess) -> None:
    dan = api.user("Dan")
    await dan.send_sticker()
    assert "text" in (await dan.wait_for_reply()).text
    await dan.send_photo()
    assert "text" in (await dan.wait_for_reply()).text
    await dan.send_voice()
    assert "voice" in (await dan.wait_for_reply()).text
    await dan.send_document()
    assert "text" in (await dan.wait_for_reply()).text
    await dan.send("\u200b\u200b")  # only zero-width spaces
    assert "empty" in (await dan.wait_for_reply()).text
    await dan.send(
        "Du hörst mir nie zu, wenn ich von der Arbeit erzähle und das macht mich traurig"
    )
    assert "English" in (await dan.wait_for_reply()).text
    await dan.send("/nonsense with arguments")
    assert "/help" in (await dan.wait_for_reply()).text
    await dan.send("/history ;DROP TABLE users;--")
    await dan.wait_for_reply()

    group = api.group(members=[dan])
    await group.send(dan, "you never listen")
    notice = await group.wait_for_reply()
    assert "private" in notice.text
    await group.send(dan, "you always do this")
    await api.wait_idle(quiet=1.0)
    assert len(group.transcript) == 1  # said once, then quiet


async def test_bot_edited_draft_edits_reply(api: StandIn, bot: BotProcess) -> None:
    erin = api.user("Erin")
    sent = await erin.send(NEVER_LISTEN)
    reply = await erin.wait_for_reply()
    assert reply.buttons
    await erin.edit(sent, "I'd love it if we could talk about my day tonight.")
    edited = await erin.wait_for_edit(reply)
    assert "edit" in edited.text.lower()
    assert edited.buttons == []


async def test_bot_duplicate_update_is_handled_once(api: StandIn, bot: BotProcess) -> None:
    fay = api.user("Fay")
    # The very same update delivered twice, as Telegram does after a crash mid-batch.
    update = {"update_id": 777_001, "message": {**_message_stub(fay.id), "text": NEVER_LISTEN}}
    api.push_update(dict(update))
    await fay.wait_for_reply()
    api.push_update(dict(update))
    await api.wait_idle(quiet=1.0)
    assert len(fay.transcript) == 1
    assert await count_rows(sqlite_url(bot), DraftCheck, user_id=fay.id) == 1


async def test_bot_flood_limit_says_slow_down_once_and_sets_the_rest_aside(
    api: StandIn, bot: BotProcess
) -> None:
    gil = api.user("Gil")
    for i in range(30):
        await gil.send(f"you never call me back {i}")
    await _until_transcript(gil, 7)
    await api.wait_idle(quiet=1.5, timeout=30)
    texts = [m.text for m in gil.transcript]
    # Six answers (FLOOD_MAX_DRAFTS) and one "slow down" for the window; 23 set aside.
    slow_downs = [t for t in texts if "set this one aside" in t]
    assert len(slow_downs) == 1 and len(texts) == 7, texts


async def test_bot_survives_telegram_faults(api: StandIn, bot: BotProcess) -> None:
    hal = api.user("Hal")
    api.faults.add(kind="retry_after", method="sendMessage", retry_after=1, times=1)
    await hal.send(NEVER_LISTEN)
    assert (await hal.wait_for_reply(timeout=20)).buttons
    api.faults.add(kind="server_error", method="sendMessage", times=1)
    await hal.send("you always forget the bins")
    await api.wait_idle(quiet=2.0, timeout=30)
    assert len(hal.transcript) == 2

    hal.block_bot()
    api.push_update({"message": {**_message_stub(hal.id), "text": "you never help"}})
    await api.wait_idle(quiet=1.5, timeout=30)
    assert await count_rows(sqlite_url(bot), User, id=hal.id) == 1
    async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
        user = await session.get(User, hal.id)
        assert user is not None and user.blocked_at is not None


def _message_stub(user_id: int, message_id: int = 9_000) -> dict[str, object]:
    chat = {"id": user_id, "type": "private", "first_name": "Hal"}
    return {
        "message_id": message_id,
        "date": 1_700_000_000,
        "chat": chat,
        "from": {"id": user_id, "is_bot": False, "first_name": "Hal"},
    }


async def test_bot_forget_deletes_everything(api: StandIn, bot: BotProcess) -> None:
    ivy = api.user("Ivy")
    await ivy.send(NEVER_LISTEN)
    await ivy.wait_for_reply()
    await ivy.send("/export")
    summary = await ivy.wait_for_reply()
    assert "What Tend knows about you" in summary.text
    export = await ivy.wait_for_reply()
    assert export.document is not None
    await ivy.send("/forget")
    confirm = await ivy.wait_for_reply()
    await ivy.press(confirm, "Yes, delete everything")
    done = await ivy.wait_for_edit(confirm)
    assert "deleted" in done.text
    db = sqlite_url(bot)
    for model, column in ((User, "id"), (DraftCheck, "user_id"), (DraftPattern, "user_id")):
        assert await count_rows(db, model, **{column: ivy.id}) == 0


def test_bot_without_token_explains_how_to_get_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env["DATA_DIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "BotFather" in result.stdout and "scripts/run demo" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


async def test_bot_webhook_mode_checks_secret(api: StandIn, tmp_path: Path) -> None:
    import socket

    import aiohttp

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    bot = BotProcess(
        api,
        data_dir=tmp_path / "data",
        env={
            "BOT_MODE": "webhook",
            "WEBHOOK_URL": f"http://127.0.0.1:{port}/tg/hook",
            "WEBHOOK_SECRET": "s3cret-value-0123456789",
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": str(port),
        },
    )
    await bot.start()
    try:
        jo = api.user("Jo")
        await jo.send(NEVER_LISTEN)
        assert (await jo.wait_for_reply(timeout=20)).buttons
        async with aiohttp.ClientSession() as http:
            url = f"http://127.0.0.1:{port}/tg/hook"
            update = {
                "update_id": 999_999,
                "message": {**_message_stub(jo.id), "text": "you never"},
            }
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                async with http.post(url, json=update, headers=headers) as response:
                    assert response.status == 403
            async with http.get(f"http://127.0.0.1:{port}/healthz") as response:
                assert response.status == 200
        await asyncio.sleep(1.0)
        assert len(jo.transcript) == 1  # the refused updates were never processed
    finally:
        assert await bot.stop() == 0, bot.log_tail()


async def test_bot_asks_for_the_moment_and_folds_it_in(api: StandIn, bot: BotProcess) -> None:
    kim = api.user("Kim")
    await kim.send("you always do this")
    reply = await kim.wait_for_reply()
    assert "[what happened]" in reply.text and "reply to this message with the moment" in reply.text
    assert "Not needed? Just send your next draft" in reply.text  # how to skip
    await kim.send("on Sunday you left the party without me")
    filled = await kim.wait_for_reply()
    assert "since Sunday you left the party without me" in filled.text  # not "since on"
    assert "[what happened]" not in filled.text


async def test_bot_too_long_draft_gets_a_kind_answer(api: StandIn, bot: BotProcess) -> None:
    lee = api.user("Lee")
    # Telegram splits long pastes, but a client or a bridge may still deliver more.
    api.push_update({"message": {**_message_stub(lee.id), "text": "you never " * 1_000}})
    reply = await lee.wait_for_reply()
    assert "4,096" in reply.text


async def test_bot_discreet_mode_schedules_every_message_of_the_chat(
    api: StandIn, bot: BotProcess
) -> None:
    # Not only drafts: commands, refusals and media answers, both sides, go after the delay.
    # (tests/test_privacy.py drives the clock and sees them deleted.)
    mia = api.user("Mia")
    await mia.send("/privacy")
    card = await mia.wait_for_reply()
    await mia.press(card, "Delete after 10 minutes")
    await mia.wait_for_edit(card)
    sent = [await mia.send("/help")]
    sent.append(await mia.send_sticker())
    sent.append(await mia.send("/nonsense"))
    sent.append(await mia.send("\u200b\u200b"))
    sent.append(await mia.send("Du hörst mir nie zu, wenn ich von der Arbeit erzähle"))
    sent.append(await mia.send(NEVER_LISTEN))
    await _until_transcript(mia, 7)  # a busy machine can think longer than wait_idle's quiet
    await api.wait_idle(quiet=1.0)
    replies = [m.message_id for m in mia.transcript]
    assert len(replies) == 7  # the card and one answer each
    wanted = {m["message_id"] for m in sent} | set(replies)
    async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
        for _ in range(50):
            stmt = select(ScheduledDeletion.message_id).where(ScheduledDeletion.user_id == mia.id)
            scheduled = set((await session.execute(stmt)).scalars())
            if wanted <= scheduled:
                break
            await asyncio.sleep(0.1)
    assert scheduled == wanted  # the /privacy before discreet mode was on is not


async def _until_transcript(user: SimUser, count: int, *, timeout: float = 30.0) -> None:
    """Wait until the bot has sent `user` at least `count` messages (the assertions after
    say what is missing if it never does)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while len(user.transcript) < count:
        if loop.time() > deadline:
            return
        await asyncio.sleep(0.05)
