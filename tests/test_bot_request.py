"""AiohttpRequest: PTB's Bot API calls over aiohttp, checked against the stand-in."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.telegram.request import AiohttpRequest
from standin import StandIn
from standin.users import TINY_PNG

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Why?", callback_data="d:1:why")]])


def make_bot(base_url: str, token: str, **timeouts: float) -> Bot:
    return Bot(
        token,
        base_url=base_url,
        base_file_url=base_url.replace("/bot", "/file/bot"),
        request=AiohttpRequest(connection_pool_size=4, **timeouts),
        get_updates_request=AiohttpRequest(),
    )


async def test_request_sends_json_calls_the_stand_in_accepts(api: StandIn) -> None:
    alice = api.user()
    async with make_bot(api.base_url, api.token) as bot:
        sent = await bot.send_message(
            alice.id, "<b>you</b> never — listen", parse_mode="HTML", reply_markup=KEYBOARD
        )
    reply = await alice.wait_for_reply()
    assert (reply.text, reply.button_labels) == ("you never — listen", ["Why?"])
    assert sent.message_id == reply.message_id
    # JSON keeps the types: the id arrives as a number, not the string a form would carry.
    call = next(c for c in api.calls if c.method == "sendMessage")
    assert call.params["chat_id"] == alice.id


async def test_request_uploads_and_downloads_files(api: StandIn) -> None:
    alice = api.user()
    async with make_bot(api.base_url, api.token) as bot:
        await bot.send_document(alice.id, b'{"drafts": []}', filename="export.json", caption="Hi")
        photo = await bot.send_photo(alice.id, TINY_PNG)
        downloaded = await (await bot.get_file(photo.photo[-1].file_id)).download_as_bytearray()
    document = (await alice.wait_for_reply()).document
    assert document is not None
    assert (document.file_name, document.data) == ("export.json", b'{"drafts": []}')
    assert bytes(downloaded) == TINY_PNG


async def test_request_maps_telegram_errors_and_slowness(
    api: StandIn, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PTB 22 warns when RetryAfter is built unless timedelta periods are opted into.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    alice = api.user()
    api.faults.add(kind="retry_after", method="sendMessage", retry_after=7)
    api.faults.add(kind="slow", method="sendChatAction", delay=1.0)
    async with make_bot(api.base_url, api.token, read_timeout=0.2) as bot:
        with pytest.raises(RetryAfter) as retry:
            await bot.send_message(alice.id, "hello")
        with pytest.raises(TimedOut):
            await bot.send_chat_action(alice.id, "typing")
    assert retry.value.retry_after == dt.timedelta(seconds=7)


async def test_request_connection_refused_is_a_network_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again before the call: nothing listens there
    bot = make_bot(f"http://127.0.0.1:{port}/bot", "1:x")
    with pytest.raises(NetworkError, match="aiohttp"):
        async with bot:  # initialising asks getMe
            pass


async def test_request_refuses_use_before_initialize() -> None:
    request = AiohttpRequest()
    with pytest.raises(RuntimeError, match="not initialized"):
        await request.do_request("http://127.0.0.1:9/", "GET")
    await request.initialize()
    await request.shutdown()
    await request.shutdown()  # idempotent
