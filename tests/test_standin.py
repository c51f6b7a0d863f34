"""The Bot API stand-in driven by a real PTB ``telegram.Bot``: calls, violations, updates."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from standin_fixtures import ptb_bot, standin_api  # noqa: F401 (fixtures)
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, EndPointNotFound, InvalidToken, NetworkError

from standin import StandIn
from standin.methods import HANDLERS, Context

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Another way", callback_data="alt:1")]])
# Bot.do_api_request sends exactly what a test asks for (PTB's own methods would not send a
# broken call); PTB warns that a dedicated method exists, which is the point here.
RAW_CALLS = pytest.mark.filterwarnings("ignore:Please use 'Bot:telegram.warnings.PTBUserWarning")


async def test_standin_serves_valid_calls_without_violations(api: StandIn, bot: Bot) -> None:
    alice = api.user("Alice")
    me = await bot.get_me()
    sent = await bot.send_message(
        alice.id, "<b>Hi</b> &amp; welcome", parse_mode=ParseMode.HTML, reply_markup=KEYBOARD
    )
    await bot.send_chat_action(alice.id, "typing")
    commands = [BotCommand("start", "Start over"), BotCommand("help", "What Tend does")]
    await bot.set_my_commands(commands)
    await bot.set_my_commands(commands[:1], scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_description("Check a draft before you send it.")
    await bot.set_my_short_description("A kinder way to say it.")
    chat = await bot.get_chat(alice.id)

    assert (me.username, me.is_bot) == ("tend_test_bot", True)
    assert (sent.text, sent.chat.id, sent.reply_markup) == ("Hi & welcome", alice.id, KEYBOARD)
    assert tuple(await bot.get_my_commands()) == tuple(commands)
    assert api.commands() == [c.to_dict() for c in commands]
    assert api.commands(scope={"type": "all_private_chats"}) == [commands[0].to_dict()]
    assert (await bot.get_my_description()).description == "Check a draft before you send it."
    assert api.bot_text("short_description") == "A kinder way to say it."
    assert (chat.first_name, chat.type) == ("Alice", "private")
    assert api.chat_actions == [(alice.id, "typing")]
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()
    assert api.violations == []


def test_standin_base_urls_point_at_the_bound_port() -> None:
    api = StandIn(port=0)
    assert api.base_url == "http://127.0.0.1:0/bot"
    assert api.token.startswith("7000000001:")


async def test_standin_records_each_call_with_its_parameters(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    await bot.send_message(alice.id, "one", disable_notification=True)
    call = api.calls[-1]
    assert call.method == "sendMessage"
    assert call.params == {"chat_id": alice.id, "text": "one", "disable_notification": True}
    assert api.count("sendMessage") == 1
    assert api.count("getMe") == 1  # Bot.initialize()


@RAW_CALLS
@pytest.mark.parametrize(
    ("method", "params", "violation"),
    [
        ("sendMessage", {"text": "x"}, 'missing required parameter "chat_id"'),
        (
            "sendMessage",
            {"chat_id": "{alice}", "text": "x", "colour": "red"},
            'unknown parameter "colour"',
        ),
        (
            "sendMessage",
            {"chat_id": "{alice}", "text": "x", "protect_content": "maybe"},
            "protect_content: expected Boolean",
        ),
        (
            "sendMessage",
            {"chat_id": "{alice}", "text": "<b>x", "parse_mode": "HTML"},
            "can't parse entities: Can't find end tag",
        ),
        ("sendMessage", {"chat_id": "{alice}", "text": "x" * 4097}, "message is too long"),
        ("sendMessage", {"chat_id": "{alice}", "text": " "}, "message text is empty"),
        ("sendMessage", {"chat_id": 42, "text": "x"}, "chat not found"),
        (
            "sendMessage",
            {
                "chat_id": "{alice}",
                "text": "x",
                "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "é" * 33}]]},
            },
            "BUTTON_DATA_INVALID",
        ),
        (
            "sendMessage",
            {
                "chat_id": "{alice}",
                "text": "x",
                "reply_markup": {"inline_keyboard": [[{"text": "a"}]]},
            },
            "Text buttons are unallowed in the inline keyboard",
        ),
        (
            "sendMessage",
            {
                "chat_id": "{alice}",
                "text": "x",
                "reply_markup": {
                    "inline_keyboard": [[{"text": "Copy", "copy_text": {"text": "x" * 257}}]]
                },
            },
            "BUTTON_COPY_TEXT_INVALID",
        ),
        ("sendChatAction", {"chat_id": "{alice}", "action": "thinking"}, "wrong parameter action"),
        ("answerCallbackQuery", {"callback_query_id": "nope"}, "query is too old"),
        (
            "editMessageText",
            {"chat_id": "{alice}", "message_id": 99, "text": "x"},
            "message to edit not found",
        ),
        ("deleteMessage", {"chat_id": "{alice}", "message_id": 99}, "message to delete not found"),
    ],
)
async def test_standin_rejects_and_records_violations(
    api: StandIn, bot: Bot, method: str, params: dict[str, Any], violation: str
) -> None:
    alice = api.user()
    params = {k: alice.id if v == "{alice}" else v for k, v in params.items()}
    with pytest.raises(BadRequest):
        await bot.do_api_request(method, api_kwargs=params)
    assert len(api.violations) == 1
    assert api.violations[0].startswith(f"{method}: Bad Request: ")
    assert violation in api.violations[0]


async def test_standin_unknown_method_is_not_found(api: StandIn, bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 1})
    assert api.violations == ["sendTelepathy: Not Found [chat_id='1']"]


async def test_standin_flags_spec_methods_it_does_not_simulate(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    with pytest.raises(NetworkError, match="not implemented in stand-in: sendPoll"):
        await bot.send_poll(alice.id, "Tea?", ["Yes", "No"])
    assert api.violations[0].startswith("sendPoll: Not Implemented")


@RAW_CALLS
async def test_standin_validates_before_reporting_not_implemented(api: StandIn, bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)missing required parameter"):
        await bot.do_api_request("sendPoll", api_kwargs={"chat_id": 1})


@RAW_CALLS
async def test_standin_turns_its_own_crashes_into_violations(
    api: StandIn, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(context: Context, params: dict[str, Any]) -> Any:
        raise KeyError("oops")

    monkeypatch.setitem(HANDLERS, "getmyname", broken)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.do_api_request("getMyName", api_kwargs={})
    assert api.violations == ["stand-in bug: getMyName raised KeyError('oops') []"]


async def test_standin_refuses_a_wrong_token(api: StandIn) -> None:
    with pytest.raises(InvalidToken):
        async with Bot("7000000001:wrong", base_url=api.base_url):
            pass
    assert api.violations == ["getMe: Unauthorized []"]


async def test_standin_accepts_json_bodies_and_query_strings(api: StandIn) -> None:
    alice = api.user()
    url = f"{api.base_url}{api.token}/sendMessage"
    async with aiohttp.ClientSession() as http:
        async with http.post(url, json={"chat_id": alice.id, "text": "json"}) as response:
            assert (await response.json())["result"]["text"] == "json"
        query = {"chat_id": str(alice.id), "text": "query"}
        async with http.get(url, params=query) as response:
            assert (await response.json())["result"]["text"] == "query"
        async with http.post(url, json={"chat_id": str(alice.id), "text": 5}) as response:
            body = await response.json()
    assert (response.status, body["ok"], body["error_code"]) == (400, False, 400)
    assert "text: expected String, got Integer" in body["description"]
    assert [m.text for m in alice.transcript] == ["json", "query"]


async def test_get_updates_confirms_with_offset(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    for text in ("one", "two", "three"):
        await alice.send(text)

    first = await bot.get_updates(timeout=0)
    again = await bot.get_updates(timeout=0)
    limited = await bot.get_updates(offset=first[0].update_id + 1, limit=1, timeout=0)
    rest = await bot.get_updates(offset=first[-1].update_id + 1, timeout=0)

    assert [u.message.text for u in first if u.message] == ["one", "two", "three"]
    assert again == first  # nothing is confirmed without an offset
    assert [u.message.text for u in limited if u.message] == ["two"]
    assert rest == ()
    assert api.updates.pending_count == 0


async def test_get_updates_negative_offset_keeps_only_the_latest(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    for text in ("one", "two", "three"):
        await alice.send(text)
    latest = await bot.get_updates(offset=-1, timeout=0)
    assert [u.message.text for u in latest if u.message] == ["three"]
    assert len(await bot.get_updates(timeout=0)) == 1


async def test_get_updates_long_polls_until_an_update_arrives(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    started = time.monotonic()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    await alice.send("hello")
    updates = await poll
    assert [u.message.text for u in updates if u.message] == ["hello"]
    assert time.monotonic() - started < 2


async def test_get_updates_returns_empty_after_the_timeout(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 < time.monotonic() - started < 3


async def test_get_updates_second_poller_terminates_the_first(api: StandIn, bot: Bot) -> None:
    # Two bot processes polling at once, e.g. an old one still running after a restart.
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.1)
    async with Bot(api.token, base_url=api.base_url) as other:
        second = asyncio.create_task(other.get_updates(timeout=5))
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await first
        await api.user().send("hi")
        assert len(await second) == 1
    assert api.updates.conflicts == 1
    assert api.violations == []


async def test_get_updates_allowed_updates_filters_new_updates(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    await alice.send("filtered out")
    assert await bot.get_updates(timeout=0) == ()
    assert api.updates.dropped[0]["message"]["text"] == "filtered out"
    await bot.get_updates(timeout=0, allowed_updates=[])  # Telegram's default again
    await alice.send("kept")
    assert len(await bot.get_updates(timeout=0)) == 1


@RAW_CALLS
async def test_standin_push_update_sends_raw_updates(api: StandIn, bot: Bot) -> None:
    api.push_update({"update_id": 500, "poll": {"id": "p", "question": "odd"}})
    api.push_update({"update_id": 500, "message": {"message_id": 1}})  # a duplicate id, on purpose
    raw = await bot.do_api_request("getUpdates", api_kwargs={"timeout": 0}, return_type=None)
    assert isinstance(raw, list)
    assert [u["update_id"] for u in raw] == [500, 500]
    await api.user().send("next")
    (update,) = await bot.get_updates(offset=501, timeout=0)
    assert update.update_id > 500  # ids keep growing, as on Telegram
    assert update.message is not None and update.message.text == "next"


class Receiver:
    """A tiny webhook endpoint that answers with scripted statuses."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.requests: list[tuple[dict[str, Any], str | None]] = []
        self.url = ""

    async def handle(self, request: aiohttp.web.Request) -> aiohttp.web.Response:
        self.requests.append(
            (await request.json(), request.headers.get("X-Telegram-Bot-Api-Secret-Token"))
        )
        status = self.statuses.pop(0) if self.statuses else 200
        return aiohttp.web.Response(status=status)


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    receiver = Receiver([])
    app = aiohttp.web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner = aiohttp.web.AppRunner(app, access_log=None)
    await runner.setup()
    site = aiohttp.web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    receiver.url = f"http://127.0.0.1:{port}/hook"
    yield receiver
    await runner.cleanup()


async def test_webhook_delivers_updates_with_the_secret_header(
    api: StandIn, bot: Bot, receiver: Receiver
) -> None:
    alice = api.user()
    await bot.set_webhook(receiver.url, secret_token="s3cret-token_1")
    await alice.send("via webhook")
    await api.wait_idle(quiet=0.05)

    (body, secret), *_ = receiver.requests
    assert Update.de_json(body, bot).message.text == "via webhook"  # type: ignore[union-attr]
    assert secret == "s3cret-token_1"
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count) == (receiver.url, 0)


async def test_webhook_retries_until_the_bot_accepts(
    api: StandIn, bot: Bot, receiver: Receiver
) -> None:
    receiver.statuses = [500, 403]
    await bot.set_webhook(receiver.url)
    await api.user().send("retry me")
    await api.wait_idle(quiet=0.05)

    assert [d.status for d in api.webhook_deliveries] == [500, 403, 200]
    assert len({json.dumps(body) for body, _ in receiver.requests}) == 1
    info = await bot.get_webhook_info()
    assert info.last_error_message == "Wrong response from the webhook: 403 Forbidden"


async def test_webhook_refuses_get_updates_until_deleted(
    api: StandIn, bot: Bot, receiver: Receiver
) -> None:
    receiver.statuses = [500] * 1000  # nothing gets delivered
    await bot.set_webhook(receiver.url)
    await api.user().send("waiting")
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await bot.get_updates(timeout=0)
    assert len(api.violations) == 1
    await bot.delete_webhook()
    assert [u.message.text for u in await bot.get_updates(timeout=0) if u.message] == ["waiting"]


async def test_webhook_drop_pending_updates_forgets_the_queue(
    api: StandIn, bot: Bot, receiver: Receiver
) -> None:
    await api.user().send("old")
    await bot.set_webhook(receiver.url, drop_pending_updates=True)
    await api.wait_idle(quiet=0.05)
    assert receiver.requests == []


@pytest.mark.parametrize("secret", ["has space", "x" * 257])
async def test_webhook_refuses_bad_secret_tokens(api: StandIn, bot: Bot, secret: str) -> None:
    with pytest.raises(BadRequest):
        await bot.set_webhook("http://127.0.0.1:9/hook", secret_token=secret)
