"""Tend's Bot API client alone: `.venv/bin/python bench/client.py [--sends N] [--polls N]`.

CPU per answer decoded by `TendBot` through its production transport stack (`TendRequest`,
i.e. retries and the trimmed `sendMessage` answer), with the network replaced by canned
answers: a `sendMessage` that quotes a 340-character draft, and a `getUpdates` batch of 50
drafts. Run it against two checkouts (`PYTHONPATH=<checkout>`) to compare client changes
without the noise of a whole end-to-end run. Results: bench/RESULTS.md ("End to end").
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from telegram.request import BaseRequest, RequestData  # noqa: E402

from bot.telegram import client  # noqa: E402

USER = {"id": 7, "is_bot": False, "first_name": "Alice"}
CHAT = {"id": 7, "type": "private", "first_name": "Alice"}
DRAFT = {"message_id": 1, "from": USER, "chat": CHAT, "date": 1, "text": "you never listen " * 20}
SENT = {
    "message_id": 2,
    "from": {"id": 1, "is_bot": True, "first_name": "Tend"},
    "chat": CHAT,
    "date": 2,
    "text": "reply " * 80,
    "reply_to_message": DRAFT,
    "entities": [{"type": "bold", "offset": 0, "length": 5}],
    "reply_markup": {"inline_keyboard": [[{"text": "Why?", "callback_data": "w:1"}]]},
}
ANSWERS: dict[str, Any] = {
    "getMe": {"id": 1, "is_bot": True, "first_name": "Tend", "username": "tend_bot"},
    "sendMessage": SENT,
    "getUpdates": [
        {"update_id": 100 + i, "message": dict(DRAFT, message_id=10 + i)} for i in range(50)
    ],
}


class CannedAnswers(BaseRequest):
    """A transport that answers every call at once from `ANSWERS`."""

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        result = ANSWERS[url.rsplit("/", 1)[1]]
        return 200, json.dumps({"ok": True, "result": result}).encode()


async def measure(sends: int, polls: int) -> tuple[float, float]:
    """CPU µs per sendMessage and per getUpdates batch."""
    calls: BaseRequest
    if hasattr(client, "TendRequest"):
        calls = client.TendRequest(CannedAnswers())
    else:  # a checkout from before TendRequest (the client overrode Bot._post)
        from bot.telegram.transport import RetryingRequest

        calls = RetryingRequest(CannedAnswers())
    bot = client.TendBot("1:bench", request=calls, get_updates_request=CannedAnswers())
    async with bot:
        for _ in range(300):  # warm-up
            await bot.send_message(7, "x")
        started = time.process_time()
        for _ in range(sends):
            await bot.send_message(7, "x")
        send = (time.process_time() - started) / sends
        started = time.process_time()
        for _ in range(polls):
            await bot.get_updates(offset=1)
        poll = (time.process_time() - started) / polls
    return send * 1e6, poll * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sends", type=int, default=6000)
    parser.add_argument("--polls", type=int, default=300)
    args = parser.parse_args()
    send, poll = asyncio.run(measure(args.sends, args.polls))
    print(f"sendMessage {send:.0f} µs CPU, getUpdates (50 updates) {poll:.0f} µs CPU")


if __name__ == "__main__":
    main()
