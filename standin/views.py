"""Read-only snapshots of what the bot did, for assertions in tests and for the demo."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from standin.render import render_html
from standin.state import StoredFile, StoredMessage


@dataclass(frozen=True, slots=True)
class BotMessage:
    """A message the bot sent, as it was when the snapshot was taken.

    ``text`` is what the user reads: the message text or, for a photo or document, its caption.
    ``version`` counts edits (and a deletion) so :meth:`SimChat.wait_for_edit` can tell a
    newer state from this one.
    """

    chat_id: int
    message_id: int
    text: str
    html: str
    entities: list[dict[str, Any]]
    caption: str | None
    buttons: list[list[tuple[str, str | None]]]
    keyboard: list[list[str]] | None
    reply_markup: dict[str, Any] | None
    photo: StoredFile | None
    document: StoredFile | None
    version: int
    deleted: bool
    raw: dict[str, Any]

    @property
    def button_labels(self) -> list[str]:
        """All inline button texts, row by row."""
        return [label for row in self.buttons for label, _ in row]

    @property
    def edited(self) -> bool:
        """True once the bot has edited the message."""
        return "edit_date" in self.raw

    @classmethod
    def of(cls, stored: StoredMessage) -> BotMessage:
        """Snapshot a stored message."""
        data = stored.data
        is_caption = "text" not in data
        text = data.get("text", data.get("caption", ""))
        entities = data.get("entities" if not is_caption else "caption_entities", [])
        markup = stored.markup
        buttons = [
            [(b["text"], b.get("callback_data")) for b in row]
            for row in (markup or {}).get("inline_keyboard", [])
        ]
        keyboard = None
        if markup and "keyboard" in markup:
            keyboard = [[b["text"] for b in row] for row in markup["keyboard"]]
        kind = "photo" if "photo" in data else "document" if "document" in data else None
        return cls(
            chat_id=int(data["chat"]["id"]),
            message_id=stored.message_id,
            text=text,
            html=stored.html if stored.html is not None else render_html(text, entities),
            entities=copy.deepcopy(entities),
            caption=data.get("caption"),
            buttons=buttons,
            keyboard=keyboard,
            reply_markup=copy.deepcopy(markup),
            photo=stored.file if kind == "photo" else None,
            document=stored.file if kind == "document" else None,
            version=stored.version,
            deleted=stored.deleted,
            raw=copy.deepcopy(data),
        )

    def __str__(self) -> str:
        lines = [self.text]
        lines += ["  " + "  ".join(f"[{label}]" for label, _ in row) for row in self.buttons]
        return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class CallbackAnswer:
    """What the bot passed to answerCallbackQuery."""

    text: str | None = None
    show_alert: bool = False
    url: str | None = None
    cache_time: int = 0

    @classmethod
    def of(cls, params: dict[str, Any]) -> CallbackAnswer:
        """Build from the call's parameters."""
        return cls(
            text=params.get("text"),
            show_alert=bool(params.get("show_alert", False)),
            url=params.get("url"),
            cache_time=int(params.get("cache_time", 0)),
        )
