"""The Bot API client Tend runs with: PTB's bot, minus decoding a message it never reads.

Every reply to a draft quotes the draft (`reply_parameters`), and Telegram's answer to that
`sendMessage` repeats the whole quoted message in `reply_to_message`. PTB would decode it
into a second `Message` (its user, its chat, its text) that nothing in Tend reads: handlers
use the sent message's `chat_id` and `message_id`, and discreet mode reads the raw answer in
the transport (bot/telegram/transport.py). Skipping it saves a third of decoding that answer.

So `send_message` returns the sent `Message` with `reply_to_message` left empty; everything
else in it is decoded as usual. The answer is trimmed in `BaseRequest.parse_json_payload`,
PTB's public seam between the transport and the objects it builds.
"""

from __future__ import annotations

from typing import Any

from telegram.request import BaseRequest, HTTPXRequest

from bot.telegram.polling import LenientBot
from bot.telegram.request import DelegatingRequest
from bot.telegram.transport import RetryingRequest


class DropsQuotedMessage(BaseRequest):
    """Mixed into a request class: `sendMessage` answers lose the message they quote."""

    @staticmethod
    def parse_json_payload(payload: bytes) -> dict[str, Any]:
        """The answer as PTB parses it; a sent message comes without the one it quotes.

        Only the answers to Tend's own calls pass here (updates come through the polling
        transport or the webhook), and nothing in Tend reads what a sent message quotes.
        """
        data = BaseRequest.parse_json_payload(payload)
        result = data.get("result")
        if isinstance(result, dict):
            result.pop("reply_to_message", None)
        return data


class TendRequest(DropsQuotedMessage, RetryingRequest):
    """The calls transport Tend runs with: retried (bot/telegram/transport.py), and sends
    answered without the quoted message."""


class _QuoteDroppingRequest(DropsQuotedMessage, DelegatingRequest):
    """Any other transport, with sends answered without the quoted message."""


class TendBot(LenientBot):
    """`LenientBot` whose `send_message` returns the sent message without the one it quotes."""

    def __init__(self, token: str, *, request: BaseRequest | None = None, **kwargs: Any) -> None:
        calls = request or HTTPXRequest()
        if not isinstance(calls, DropsQuotedMessage):
            calls = _QuoteDroppingRequest(calls)
        super().__init__(token, request=calls, **kwargs)
