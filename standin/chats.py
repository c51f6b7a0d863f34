"""A chat seen from outside: what the bot sent there, and how updates from it are made."""

from __future__ import annotations

import asyncio
import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from standin.rules import TEXT_LIMIT, detect_entities
from standin.state import ChatState, PendingCallback
from standin.views import BotMessage, CallbackAnswer

if TYPE_CHECKING:
    from standin.server import StandIn

Predicate = Callable[[BotMessage], bool]


class SimChat:
    """A chat seen from outside: the bot's messages in it and ways to wait for them."""

    def __init__(self, api: StandIn, chat: ChatState) -> None:
        self._api = api
        self._chat = chat
        self._cursor = 0

    @property
    def id(self) -> int:
        """The chat id."""
        return self._chat.id

    @property
    def chat(self) -> dict[str, Any]:
        """The Chat object."""
        return dict(self._chat.data)

    @property
    def transcript(self) -> list[BotMessage]:
        """Every message the bot sent to this chat, in its current state."""
        return [BotMessage.of(m) for m in self._chat.transcript]

    def message(self, message_id: int) -> BotMessage:
        """The current state of one of the bot's messages."""
        stored = self._chat.messages.get(message_id)
        if stored is None or not stored.from_bot:
            raise LookupError(f"the bot sent no message {message_id} to chat {self.id}")
        return BotMessage.of(stored)

    async def wait_for_reply(
        self, predicate: Predicate | None = None, *, timeout: float = 10.0
    ) -> BotMessage:
        """The next message the bot sends here after this chat's last action.

        Each call consumes one message, so two calls return two consecutive messages;
        ``predicate`` skips messages until one matches.
        """
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            transcript = self._chat.transcript
            for index in range(self._cursor, len(transcript)):
                snapshot = BotMessage.of(transcript[index])
                if predicate is None or predicate(snapshot):
                    self._cursor = index + 1
                    return snapshot
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise TimeoutError(self._report(f"no reply within {timeout}s"))
            await self._chat.changed.wait(remaining)

    async def wait_for_edit(self, message: BotMessage, *, timeout: float = 10.0) -> BotMessage:
        """The message once the bot has edited (or deleted) it since the ``message`` snapshot."""
        stored = self._chat.messages[message.message_id]
        deadline = asyncio.get_running_loop().time() + timeout
        while stored.version <= message.version:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                what = f"message {message.message_id} not edited within {timeout}s"
                raise TimeoutError(self._report(what))
            await self._chat.changed.wait(remaining)
        return BotMessage.of(stored)

    def _report(self, what: str) -> str:
        sent = [repr(m.text[:60]) for m in self.transcript[-3:]]
        return (
            f"chat {self.id}: {what}. Bot's last messages here: {sent}. "
            f"Recent calls: {self._api.recent_calls()}. Violations: {self._api.violations}"
        )

    def _post(
        self, sender: dict[str, Any], content: dict[str, Any], reply_to: BotMessage | None = None
    ) -> dict[str, Any]:
        if reply_to is not None:
            replied = self._chat.messages[reply_to.message_id].data
            content["reply_to_message"] = {
                k: v for k, v in copy.deepcopy(replied).items() if k != "reply_to_message"
            }
        stored = self._api.state.add_message(self._chat, content, sender=sender)
        self._cursor = len(self._chat.transcript)
        kind = "channel_post" if self._chat.type == "channel" else "message"
        self._api.push_update({kind: copy.deepcopy(stored.data)})
        return copy.deepcopy(stored.data)

    def _edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        stored = self._chat.messages[message["message_id"]]
        stored.data.pop("entities", None)
        stored.data |= text_content(text) | {"edit_date": self._api.state.now()}
        self._cursor = len(self._chat.transcript)
        kind = "edited_channel_post" if self._chat.type == "channel" else "edited_message"
        self._api.push_update({kind: copy.deepcopy(stored.data)})
        return copy.deepcopy(stored.data)

    async def _press(
        self, sender: dict[str, Any], message: BotMessage, button: str, timeout: float
    ) -> CallbackAnswer:
        stored = self._chat.messages[message.message_id]
        current = BotMessage.of(stored)
        if current.deleted:
            raise LookupError(f"message {message.message_id} was deleted")
        buttons = [b for row in current.buttons for b in row]
        data = next((d for label, d in buttons if label == button), None)
        data = data or next((d for _, d in buttons if d == button), None)
        if data is None:
            raise LookupError(f"no callback button {button!r} on that message; it has {buttons}")
        query_id = self._api.state.new_callback_id()
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._api.state.callbacks[query_id] = PendingCallback(int(sender["id"]), answer)
        query = {"id": query_id, "from": sender, "message": copy.deepcopy(stored.data)}
        query |= {"chat_instance": str(abs(self.id) * 7 + 3), "data": data}
        self._cursor = len(self._chat.transcript)
        self._api.push_update({"callback_query": query})
        try:
            params = await asyncio.wait_for(asyncio.shield(answer), timeout)
        except TimeoutError:
            raise TimeoutError(
                self._report(f"callback {data!r} not answered in {timeout}s")
            ) from None
        return CallbackAnswer.of(params)

    def _member_update(self, sender: dict[str, Any], old: str, new: str) -> None:
        bot = self._api.bot
        update = {"chat": self._chat.data, "from": sender, "date": self._api.state.now()}
        update["old_chat_member"] = _member(old, bot)
        update["new_chat_member"] = _member(new, bot)
        self._api.push_update({"my_chat_member": update})


def _member(status: str, user: dict[str, Any]) -> dict[str, Any]:
    member: dict[str, Any] = {"status": status, "user": user}
    return member | {"until_date": 0} if status == "kicked" else member


def text_content(text: str) -> dict[str, Any]:
    """A user's text message content, refusing what the Telegram apps would not send."""
    if len(text) > TEXT_LIMIT:
        raise ValueError(
            f"Telegram apps split texts over {TEXT_LIMIT} characters; use send_long() for that"
        )
    if not text.strip():
        raise ValueError("Telegram apps do not send empty messages")
    entities = detect_entities(text)
    return {"text": text, "entities": entities} if entities else {"text": text}
