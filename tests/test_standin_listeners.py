"""The stand-in's listeners: what benchmarks use to time updates and replies exactly."""

from __future__ import annotations

from typing import Any

from standin_fixtures import ptb_bot, standin_api  # noqa: F401 (fixtures)
from telegram import Bot

from standin import StandIn


async def test_on_update_sees_each_queued_update_with_its_id(api: StandIn) -> None:
    seen: list[dict[str, Any]] = []
    api.on_update(seen.append)
    alice = api.user()
    sent = await alice.send("hello")
    raw = api.push_update({"message": {**sent, "message_id": 99}})

    assert [u["message"]["text"] for u in seen] == ["hello", "hello"]
    assert isinstance(seen[0]["update_id"], int)
    assert seen[1] is raw
    assert seen[1]["update_id"] == seen[0]["update_id"] + 1


async def test_on_update_skips_updates_dropped_by_allowed_updates(api: StandIn) -> None:
    seen: list[dict[str, Any]] = []
    api.on_update(seen.append)
    api.push_update({"message_reaction": {"chat": {"id": 1, "type": "private"}}})
    assert seen == []


async def test_on_bot_message_fires_for_bot_messages_only(api: StandIn, bot: Bot) -> None:
    seen: list[tuple[int, int, str]] = []
    api.on_bot_message(
        lambda chat_id, message: seen.append((chat_id, message["message_id"], message["text"]))
    )
    alice, bob = api.user("Alice"), api.user("Bob")
    sent = await alice.send("you never listen")
    await bot.send_message(bob.id, "hi Bob")
    reply = await bot.send_message(alice.id, "<b>hi</b> Alice", parse_mode="HTML")

    assert seen == [(bob.id, 1, "hi Bob"), (alice.id, reply.message_id, "hi Alice")]
    assert reply.message_id == sent["message_id"] + 1
    assert api.violations == []
