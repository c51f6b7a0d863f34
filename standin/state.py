"""What the fake Telegram remembers: chats, messages, files, commands, callback queries."""

from __future__ import annotations

import asyncio
import itertools
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from standin.errors import bad_request


class Signal:
    """Wakes everyone waiting at the moment of :meth:`notify` (an edge, not a level)."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        """Release the current waiters."""
        self._event.set()
        self._event = asyncio.Event()

    async def wait(self, seconds: float | None = None) -> bool:
        """Wait for the next notify; False when ``seconds`` passed first."""
        try:
            await asyncio.wait_for(self._event.wait(), seconds)
        except TimeoutError:
            return False
        return True


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file Telegram knows: uploaded by the bot or sent by a simulated user."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None = None
    mime_type: str | None = None

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.data)

    def __repr__(self) -> str:
        return f"StoredFile({self.file_name!r}, {self.mime_type!r}, {self.size} bytes)"


@dataclass(slots=True, eq=False)
class StoredMessage:
    """A message in a chat; ``data`` is the Message object as Telegram would show it now."""

    data: dict[str, Any]
    from_bot: bool
    html: str | None = None
    markup: dict[str, Any] | None = None
    file: StoredFile | None = None
    version: int = 0
    deleted: bool = False

    @property
    def message_id(self) -> int:
        """The message's id within its chat."""
        return int(self.data["message_id"])


@dataclass(slots=True, eq=False)
class ChatState:
    """One chat: its Chat object, its messages and the transcript of what the bot sent."""

    data: dict[str, Any]
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    transcript: list[StoredMessage] = field(default_factory=list)
    changed: Signal = field(default_factory=Signal)
    next_message_id: int = 1
    blocked: bool = False
    bot_member: bool = True

    @property
    def id(self) -> int:
        """The chat id."""
        return int(self.data["id"])

    @property
    def type(self) -> str:
        """private, group, supergroup or channel."""
        return str(self.data["type"])


@dataclass(slots=True)
class PendingCallback:
    """A callback query the bot has not answered yet."""

    user_id: int
    answer: asyncio.Future[dict[str, Any]]


class State:
    """All chats and files; the method handlers and the simulated users both work on it."""

    def __init__(self, *, bot: dict[str, Any], clock: Callable[[], float]) -> None:
        self.bot = bot
        self.clock = clock
        self.chats: dict[int, ChatState] = {}
        self.usernames: dict[str, int] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.commands: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.texts: dict[tuple[str, str], str] = {}
        self.callbacks: dict[str, PendingCallback] = {}
        self.chat_actions: list[tuple[int, str]] = []
        # Called with (chat_id, Message) the moment the bot sends a message (benchmarks
        # time replies here, without a waiter per chat); see StandIn.on_bot_message.
        self.sent_listeners: list[Callable[[int, dict[str, Any]], None]] = []
        self._ids = itertools.count(1)

    def now(self) -> int:
        """Unix time as Telegram stamps it."""
        return int(self.clock())

    def add_chat(self, data: dict[str, Any]) -> ChatState:
        """Register a chat; ``data`` is its Chat object."""
        chat = ChatState(data)
        self.chats[chat.id] = chat
        if data.get("username"):
            self.usernames[str(data["username"]).lower()] = chat.id
        return chat

    def chat(self, chat_id: int | str) -> ChatState:
        """The chat for a ``chat_id`` parameter (an id or ``@username``)."""
        if isinstance(chat_id, str):
            resolved = self.usernames.get(chat_id.removeprefix("@").lower())
            if not chat_id.startswith("@") or resolved is None:
                raise bad_request("chat not found")
            chat_id = resolved
        chat = self.chats.get(chat_id)
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def add_message(
        self, chat: ChatState, content: dict[str, Any], *, sender: dict[str, Any] | None
    ) -> StoredMessage:
        """Store a new message from ``sender`` (None: the bot; ignored in channels)."""
        from_bot = sender is None
        data: dict[str, Any] = {"message_id": chat.next_message_id, "date": self.now()}
        chat.next_message_id += 1
        if chat.type == "channel":
            data["sender_chat"] = chat.data
        else:
            data["from"] = self.bot if sender is None else sender
        data["chat"] = chat.data
        data.update(content)
        message = StoredMessage(data, from_bot=from_bot)
        chat.messages[message.message_id] = message
        if from_bot:
            chat.transcript.append(message)
            for listener in self.sent_listeners:
                listener(chat.id, data)
        return message

    def message(self, chat: ChatState, message_id: int) -> StoredMessage | None:
        """A message that exists (was not deleted) in the chat."""
        message = chat.messages.get(message_id)
        return None if message is None or message.deleted else message

    def store_file(
        self, data: bytes, *, kind: str, file_name: str | None = None, mime_type: str | None = None
    ) -> StoredFile:
        """Keep a file so that getFile and the download route can serve it."""
        number = next(self._ids)
        suffix = f".{file_name.rsplit('.', 1)[-1]}" if file_name and "." in file_name else ""
        stored = StoredFile(
            file_id=f"{kind[:3].upper()}{number:06d}{secrets.token_hex(8)}",
            file_unique_id=f"U{number:06d}{secrets.token_hex(3)}",
            file_path=f"{kind}s/file_{number}{suffix}",
            data=data,
            file_name=file_name,
            mime_type=mime_type,
        )
        self.files[stored.file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored

    def new_callback_id(self) -> str:
        """A fresh callback query id."""
        return f"{next(self._ids)}{secrets.token_hex(4)}"
