"""Simulated people, groups and channels: the driving API tests and the demo use."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from standin.chats import SimChat, text_content
from standin.rules import CAPTION_LIMIT, TEXT_LIMIT
from standin.state import ChatState
from standin.views import BotMessage, CallbackAnswer

if TYPE_CHECKING:
    from standin.server import StandIn


def _tiny_png() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xcc\xaa")
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels)
    return png + chunk(b"IEND", b"")


TINY_PNG = _tiny_png()
OGG_VOICE = b"OggS\x00\x02" + bytes(58)  # header-shaped bytes; bots only read the metadata


class SimUser(SimChat):
    """A person in a private chat with the bot. ``data`` is their User object."""

    def __init__(self, api: StandIn, data: dict[str, Any], chat: ChatState) -> None:
        super().__init__(api, chat)
        self.data = data

    def __repr__(self) -> str:
        return f"SimUser({self.data['first_name']!r}, id={self.id})"

    @property
    def first_name(self) -> str:
        """The user's first name."""
        return str(self.data["first_name"])

    @property
    def blocked(self) -> bool:
        """Whether the user has blocked the bot."""
        return self._chat.blocked

    async def send(self, text: str, *, reply_to: BotMessage | None = None) -> dict[str, Any]:
        """Send a text message (commands, links and mentions get their entities)."""
        return self._send(text_content(text), reply_to)

    async def send_long(self, text: str) -> list[dict[str, Any]]:
        """Paste a long text: split into several messages, as the Telegram apps do."""
        parts = [text[i : i + TEXT_LIMIT] for i in range(0, len(text), TEXT_LIMIT)]
        return [self._send(text_content(part)) for part in parts]

    async def send_sticker(self, emoji: str = "🙂") -> dict[str, Any]:
        """Send a sticker."""
        stored = self._api.state.store_file(TINY_PNG, kind="sticker", mime_type="image/webp")
        sticker = {**self._file_fields(stored.file_id, stored.file_unique_id, stored.size)}
        sticker |= {"type": "regular", "width": 512, "height": 512, "emoji": emoji}
        return self._send({"sticker": sticker | {"is_animated": False, "is_video": False}})

    async def send_photo(
        self, *, caption: str | None = None, data: bytes = TINY_PNG
    ) -> dict[str, Any]:
        """Send a photo, optionally with a caption."""
        stored = self._api.state.store_file(data, kind="photo", mime_type="image/png")
        size = self._file_fields(stored.file_id, stored.file_unique_id, stored.size)
        return self._send({"photo": [size | {"width": 1, "height": 1}], **_caption(caption)})

    async def send_voice(self, *, duration: int = 3, data: bytes = OGG_VOICE) -> dict[str, Any]:
        """Send a voice message."""
        stored = self._api.state.store_file(data, kind="voice", mime_type="audio/ogg")
        voice = self._file_fields(stored.file_id, stored.file_unique_id, stored.size)
        return self._send({"voice": voice | {"duration": duration, "mime_type": "audio/ogg"}})

    async def send_document(
        self,
        *,
        file_name: str = "notes.txt",
        data: bytes = b"Things I want to say.\n",
        mime_type: str = "text/plain",
        caption: str | None = None,
    ) -> dict[str, Any]:
        """Send a file."""
        stored = self._api.state.store_file(
            data, kind="document", file_name=file_name, mime_type=mime_type
        )
        document = self._file_fields(stored.file_id, stored.file_unique_id, stored.size)
        document |= {"file_name": file_name, "mime_type": mime_type}
        return self._send({"document": document, **_caption(caption)})

    async def send_content(self, **content: Any) -> dict[str, Any]:
        """Send a message with any Message fields, e.g. ``location={...}`` (no checks)."""
        return self._send(content)

    def _send(self, content: dict[str, Any], reply_to: BotMessage | None = None) -> dict[str, Any]:
        if self._chat.blocked:
            raise RuntimeError(f"{self!r} blocked the bot; call unblock_bot() first")
        return self._post(self.data, content, reply_to)

    async def edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """Edit one of the user's own messages (an ``edited_message`` update)."""
        return self._edit(message, text)

    async def press(
        self, message: BotMessage, button: str, *, timeout: float = 10.0
    ) -> CallbackAnswer:
        """Press an inline button by its text (or callback_data); returns the bot's answer."""
        return await self._press(self.data, message, button, timeout)

    def block_bot(self) -> None:
        """Block the bot: its sends to this user now fail with 403, as on Telegram."""
        self._chat.blocked = True
        self._member_update(self.data, "member", "kicked")

    def unblock_bot(self) -> None:
        """Unblock (restart) the bot."""
        self._chat.blocked = False
        self._member_update(self.data, "kicked", "member")

    @staticmethod
    def _file_fields(file_id: str, unique_id: str, size: int) -> dict[str, Any]:
        return {"file_id": file_id, "file_unique_id": unique_id, "file_size": size}


def _caption(caption: str | None) -> dict[str, Any]:
    if caption is None:
        return {}
    if len(caption) > CAPTION_LIMIT:
        raise ValueError(f"Telegram apps allow captions up to {CAPTION_LIMIT} characters")
    return {"caption": caption}


class SimGroup(SimChat):
    """A group (or supergroup) with the bot in it; members speak through it."""

    def __init__(self, api: StandIn, chat: ChatState, members: Iterable[SimUser]) -> None:
        super().__init__(api, chat)
        self.members = list(members)

    async def send(
        self, user: SimUser, text: str, *, reply_to: BotMessage | None = None
    ) -> dict[str, Any]:
        """``user`` says ``text`` in the group."""
        return self._post(user.data, text_content(text), reply_to)

    async def send_content(self, user: SimUser, **content: Any) -> dict[str, Any]:
        """``user`` sends a message with any Message fields."""
        return self._post(user.data, content)

    async def edit(self, user: SimUser, message: dict[str, Any], text: str) -> dict[str, Any]:
        """``user`` edits their message."""
        return self._edit(message, text)

    async def press(
        self, user: SimUser, message: BotMessage, button: str, *, timeout: float = 10.0
    ) -> CallbackAnswer:
        """``user`` presses an inline button on the bot's message."""
        return await self._press(user.data, message, button, timeout)

    async def add_bot(self, by: SimUser) -> dict[str, Any]:
        """``by`` adds the bot: a my_chat_member update and a new_chat_members message."""
        self._chat.bot_member = True
        self._member_update(by.data, "left", "member")
        return self._post(by.data, {"new_chat_members": [self._api.bot]})

    async def remove_bot(self, by: SimUser) -> None:
        """``by`` removes the bot; its sends here now fail with 403."""
        self._chat.bot_member = False
        self._member_update(by.data, "member", "left")


class SimChannel(SimChat):
    """A channel where the bot is an administrator."""

    async def post(self, text: str) -> dict[str, Any]:
        """Publish a post (a ``channel_post`` update)."""
        return self._post(self._chat.data, text_content(text))

    async def edit_post(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """Edit a post (an ``edited_channel_post`` update)."""
        return self._edit(message, text)
