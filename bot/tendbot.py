"""The Bot API client Tend runs with: PTB's bot, minus decoding a message it never reads.

Every reply to a draft quotes the draft (`reply_parameters`), and Telegram's answer to that
`sendMessage` repeats the whole quoted message in `reply_to_message`. PTB would decode it
into a second `Message` (its user, its chat, its text) that nothing in Tend reads: handlers
use the sent message's `chat_id` and `message_id`, and discreet mode reads the raw answer in
the transport (bot/transport.py). Skipping it saves a third of decoding that answer.

So `send_message` returns the sent `Message` with `reply_to_message` left empty; everything
else in it is decoded as usual.
"""

from __future__ import annotations

from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import JSONDict, ODVInput

from bot.updates_reader import LenientBot


class TendBot(LenientBot):
    """`LenientBot` whose `send_message` returns the sent message without the one it quotes."""

    async def _post(
        self,
        endpoint: str,
        data: JSONDict | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> Any:
        result = await super()._post(
            endpoint,
            data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        if endpoint == "sendMessage" and isinstance(result, dict):
            result.pop("reply_to_message", None)
        return result
