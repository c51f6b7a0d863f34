"""The stand-in's driving API: simulated users, groups and channels, and waiting for the bot."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
from standin_fixtures import ptb_bot, standin_api  # noqa: F401 (fixtures)
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden

from standin import BotMessage, SimUser, StandIn

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Another way", callback_data="alt:1")]])


async def drain(api: StandIn, bot: Bot) -> list[dict[str, Any]]:
    """Every pending update as the JSON the bot receives; the bot confirms them."""
    raw = list(api.updates.pending.values())
    updates = await bot.get_updates(timeout=0)
    assert [u.update_id for u in updates] == [r["update_id"] for r in raw]
    if updates:
        await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0)
    return raw


async def test_users_make_updates_that_fit_the_spec(api: StandIn, bot: Bot) -> None:
    alice = api.user("Alice", last_name="Smith", username="alice_s", language_code="de")
    bob = api.user("Bob", language_code=None, is_premium=True)
    first = await alice.send("/start")
    await alice.send("You never listen", reply_to=None)
    await alice.send_sticker()
    await alice.send_photo(caption="us")
    await alice.send_voice(duration=7)
    await alice.send_document(file_name="draft.txt", data=b"hi")
    await alice.send_content(location={"latitude": 52.5, "longitude": 13.4})
    await alice.edit(first, "/help")
    group = api.group("Family", members=[alice, bob])
    await group.add_bot(by=alice)
    await group.send(bob, "hi all")
    await api.channel("News").post("#update")
    alice.block_bot()
    await bot.send_message(bob.id, "hello", reply_markup=KEYBOARD)
    press = asyncio.create_task(bob.press(await bob.wait_for_reply(), "alt:1"))
    await asyncio.sleep(0)  # the press pushes its update as soon as it runs

    updates = list(api.updates.pending.values())
    for update in updates:
        api.validator.check_type(update, "Update")  # raises on any drift from the spec
    parsed = [Update.de_json(u, bot) for u in updates]
    assert [next(k for k in u if k != "update_id") for u in updates] == [
        "message",
        "message",
        "message",
        "message",
        "message",
        "message",
        "message",
        "edited_message",
        "my_chat_member",
        "message",
        "message",
        "channel_post",
        "my_chat_member",
        "callback_query",
    ]
    assert parsed[0].message is not None and parsed[0].message.text == "/start"
    assert parsed[7].edited_message is not None and parsed[7].edited_message.text == "/help"
    press.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await press


async def test_user_send_marks_commands_and_returns_the_message(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = await alice.send("/start@tend_test_bot")
    (update,) = await drain(api, bot)
    assert update["message"] == sent
    assert sent["entities"] == [{"type": "bot_command", "offset": 0, "length": 20}]
    assert (sent["chat"]["id"], sent["from"]["first_name"]) == (alice.id, "Alice")


async def test_user_send_refuses_what_telegram_apps_would_not_send(api: StandIn) -> None:
    alice = api.user()
    with pytest.raises(ValueError, match="split texts over 4096"):
        await alice.send("x" * 4097)
    with pytest.raises(ValueError, match="empty"):
        await alice.send("  ")
    alice.block_bot()
    with pytest.raises(RuntimeError, match="blocked the bot"):
        await alice.send("hi")


async def test_user_send_long_splits_like_the_apps(api: StandIn) -> None:
    sent = await api.user().send_long("a" * 5000)
    assert [len(m["text"]) for m in sent] == [4096, 904]


async def test_wait_for_reply_returns_messages_after_the_last_action(
    api: StandIn, bot: Bot
) -> None:
    alice = api.user()
    await bot.send_message(alice.id, "stale")
    await alice.send("draft")  # what the bot said before this is not a reply to it
    await bot.send_message(alice.id, "one")
    await bot.send_message(alice.id, "two")
    assert (await alice.wait_for_reply()).text == "one"
    assert (await alice.wait_for_reply()).text == "two"


async def test_wait_for_reply_waits_for_a_matching_message(api: StandIn, bot: Bot) -> None:
    alice = api.user()

    async def later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(alice.id, "thinking")
        await bot.send_message(alice.id, "<b>done</b>", parse_mode="HTML", reply_markup=KEYBOARD)

    task = asyncio.create_task(later())
    reply = await alice.wait_for_reply(lambda m: bool(m.buttons), timeout=2)
    await task
    assert (reply.text, reply.html, reply.button_labels) == ("done", "<b>done</b>", ["Another way"])
    assert reply.entities == [{"type": "bold", "offset": 0, "length": 4}]
    assert str(reply) == "done\n  [Another way]"


async def test_wait_for_reply_timeout_explains_what_happened(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    await alice.send("hello?")
    with pytest.raises(TimeoutError, match=r"no reply within 0.1s.*Recent calls: \['getMe\(\)'\]"):
        await alice.wait_for_reply(timeout=0.1)


async def test_press_refuses_buttons_that_are_not_there(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    await bot.send_message(alice.id, "x", reply_markup=KEYBOARD)
    reply = await alice.wait_for_reply()
    with pytest.raises(LookupError, match="no callback button 'Nope'"):
        await alice.press(reply, "Nope")
    with pytest.raises(TimeoutError, match="callback 'alt:1' not answered"):
        await alice.press(reply, "Another way", timeout=0.1)


async def test_press_uses_the_current_message(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = await bot.send_message(alice.id, "v1", reply_markup=KEYBOARD)
    old = await alice.wait_for_reply()
    await bot.edit_message_text(
        "v2", chat_id=alice.id, message_id=sent.message_id, reply_markup=KEYBOARD
    )
    press = asyncio.create_task(alice.press(old, "Another way"))
    await asyncio.sleep(0)
    updates = await drain(api, bot)
    assert updates[-1]["callback_query"]["message"]["text"] == "v2"
    await bot.answer_callback_query(updates[-1]["callback_query"]["id"])
    await press


async def test_group_routes_messages_and_replies(api: StandIn, bot: Bot) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    group = api.group("Us", members=[alice, bob], supergroup=True)
    sent = await group.send(alice, "/start")
    await bot.send_message(
        group.id, "Tend works in private chats.", reply_to_message_id=sent["message_id"]
    )
    reply = await group.wait_for_reply()
    assert reply.raw["reply_to_message"]["from"]["id"] == alice.id
    assert (group.chat["type"], alice.transcript) == ("supergroup", [])
    await group.remove_bot(by=bob)
    with pytest.raises(Forbidden, match="not a member"):
        await bot.send_message(group.id, "still here?")
    assert api.violations == []


async def test_channel_posts_are_channel_updates(api: StandIn, bot: Bot) -> None:
    channel = api.channel("Tend news", username="tendnews")
    post = await channel.post("hello")
    await channel.edit_post(post, "hello again")
    updates = await drain(api, bot)
    assert [next(k for k in u if k != "update_id") for u in updates] == [
        "channel_post",
        "edited_channel_post",
    ]
    assert "from" not in updates[0]["channel_post"]
    await bot.send_message("@tendnews", "from the bot")
    assert [m.text for m in channel.transcript] == ["from the bot"]


async def test_wait_idle_returns_once_the_bot_has_caught_up(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    await alice.send("hi")
    with pytest.raises(TimeoutError, match="1 updates pending"):
        await api.wait_idle(timeout=0.1)
    await drain(api, bot)
    await api.wait_idle(quiet=0.05, timeout=1)


async def test_assert_no_violations_lists_them(api: StandIn, bot: Bot) -> None:
    api.assert_no_violations()
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(12345, "who?")
    with pytest.raises(
        AssertionError, match="1 Bot API violations:\n  sendMessage: Bad Request: chat not found"
    ):
        api.assert_no_violations()


def test_bot_message_lists_reply_keyboards() -> None:
    from standin.state import StoredMessage

    markup = {"keyboard": [[{"text": "Yes"}, {"text": "Later"}]]}
    data = {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}, "text": "Now?"}
    message = BotMessage.of(StoredMessage(data, from_bot=True, markup=markup))
    assert (message.keyboard, message.buttons, message.html) == ([["Yes", "Later"]], [], "Now?")


def test_sim_user_repr_names_the_user() -> None:
    api = StandIn()
    alice = api.user("Alice")
    assert isinstance(alice, SimUser)
    assert repr(alice) == f"SimUser('Alice', id={alice.id})"


async def test_wait_idle_ignores_a_bot_that_keeps_polling(api: StandIn, bot: Bot) -> None:
    async def poll_forever() -> None:
        while True:
            await bot.get_updates(timeout=0)

    poller = asyncio.create_task(poll_forever())
    await api.wait_idle(quiet=0.1, timeout=2)
    poller.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await poller
