"""An update the library cannot decode is skipped; everyone else's drafts still get answers.

Telegram adds fields over time and a proxy may mangle one update. PTB decodes a whole
getUpdates answer at once, so one bad update used to end long polling for good (the process
stayed up, silent). These tests push such an update through the real bot process, in polling
and in webhook mode, and check that the next draft is answered and the log names the update
without quoting it.
"""

from __future__ import annotations

import asyncio
import socket
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.telegram.polling import decode_leniently
from devtools.launcher import BotProcess
from standin import StandIn

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(120)]

PRIVATE_WORDS = "our anniversary secret"
DRAFT = "you never listen to me"


def undecodable(user_id: int, update_id: int) -> dict[str, Any]:
    """A message whose entity lacks its required offset and length: PTB raises TypeError."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": 900_000 + update_id,
            "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Sam"},
            "from": {"id": user_id, "is_bot": False, "first_name": "Sam"},
            "text": PRIVATE_WORDS,
            "entities": [{"type": "bold"}],
        },
    }


def test_decode_leniently_keeps_the_id_of_an_unreadable_update() -> None:
    update = decode_leniently(undecodable(7, 41), None)
    assert update.update_id == 41
    assert update.effective_message is None and update.effective_user is None


@pytest.mark.parametrize("data", [{}, {"update_id": "41"}, {"update_id": True}, []])
def test_decode_leniently_refuses_what_has_no_readable_id(data: Any) -> None:
    with pytest.raises(ValueError, match="update_id"):
        decode_leniently(data, None)


def test_decode_leniently_decodes_a_good_update_unchanged() -> None:
    good = undecodable(7, 42)
    del good["message"]["entities"]
    update = decode_leniently(good, None)
    assert update.message is not None and update.message.text == PRIVATE_WORDS


def _expect_only_the_broken_update(api: StandIn, before: int) -> None:
    # The stand-in validates the updates it hands out, so it reports the broken one (each
    # time it hands it out: the failed batch and the re-read); that is this test's own doing
    # and the only violation allowed.
    new = api.violations[before:]
    assert new and all("MessageEntity lacks required field" in v for v in new), new
    del api.violations[before:]


async def test_polling_moves_past_an_update_it_cannot_decode(api: StandIn, bot: BotProcess) -> None:
    sam, kai = api.user("Sam"), api.user("Kai")
    before = len(api.violations)
    api.push_update(undecodable(sam.id, 10_000))
    await kai.send(DRAFT)  # queued behind the bad one, in the same getUpdates answer or the next
    assert "never" in (await kai.wait_for_reply(timeout=20)).text.lower()
    await sam.send(DRAFT)
    assert "never" in (await sam.wait_for_reply(timeout=20)).text.lower()
    _expect_only_the_broken_update(api, before)
    log = bot.log_tail(400)
    assert "update 10000 (message) could not be read (TypeError); skipped" in log
    assert PRIVATE_WORDS not in log and "Traceback" not in log


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


async def test_webhook_accepts_and_skips_an_update_it_cannot_decode(
    api: StandIn, tmp_path: Path
) -> None:
    port = _free_port()
    url, secret = f"http://127.0.0.1:{port}/tg/hook", "s3cret-value-0123456789"
    bot = BotProcess(
        api,
        data_dir=tmp_path / "data",
        env={
            "BOT_MODE": "webhook",
            "WEBHOOK_URL": url,
            "WEBHOOK_SECRET": secret,
            "WEBHOOK_LISTEN": "127.0.0.1",
            "WEBHOOK_PORT": str(port),
        },
    )
    await bot.start()
    try:
        sam = api.user("Sam")
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret}
        async with aiohttp.ClientSession() as http:
            # 200: a refusal would make Telegram deliver the same update again and again.
            async with http.post(url, json=undecodable(sam.id, 77), headers=headers) as response:
                assert response.status == 200
            for body in (b"not json", b"[]", b'{"message": {}}'):
                async with http.post(url, data=body, headers=headers) as response:
                    assert response.status == 400, body
        await sam.send(DRAFT)
        assert "never" in (await sam.wait_for_reply(timeout=20)).text.lower()
        await asyncio.sleep(0.2)
        assert len(sam.transcript) == 1  # the skipped update got no answer
        log = bot.log_tail(400)
        assert "update 77 (message) could not be read (TypeError); skipped" in log
        assert PRIVATE_WORDS not in log
    finally:
        assert await bot.stop() == 0, bot.log_tail()
