"""The Bot API client Tend runs with: PTB's bot, minus decoding a message it never reads.

Every reply to a draft quotes the draft (`reply_parameters`), and Telegram's answer to that
`sendMessage` repeats the whole quoted message in `reply_to_message`. PTB would decode it
into a second `Message` (its user, its chat, its text) that nothing in Tend reads: handlers
use the sent message's `chat_id` and `message_id`, and discreet mode reads the raw answer in
the transport (bot/telegram/transport.py). Skipping it saves a third of decoding that answer.

So `send_message` returns the sent `Message` with `reply_to_message` left empty; everything
else in it is decoded as usual.
"""

from __future__ import annotations

from typing import Any

from bot.telegram.polling import LenientBot


class TendBot(LenientBot):
    """`LenientBot` whose `send_message` returns the sent message without the one it quotes."""

    def _answered(self, endpoint: str, result: Any) -> Any:
        if endpoint == "sendMessage" and isinstance(result, dict):
            result.pop("reply_to_message", None)
        return super()._answered(endpoint, result)
