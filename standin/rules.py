"""Telegram's rules for message text, captions and keyboards beyond what the spec's types say."""

from __future__ import annotations

import re
from typing import Any

from standin.errors import ApiError, bad_request, not_implemented
from standin.html import EntityParseError, FormattedText, parse_html, utf16_len

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
COPY_TEXT_LIMIT = 256
# Telegram trims these around a message after parsing entities.
_TRIMMED = " \t\n\r\v\f"
# What Telegram marks up by itself in a user's text (a subset: enough for bots to react to).
_AUTO_ENTITIES = re.compile(
    r"(?P<bot_command>(?<![\w/])/[a-zA-Z0-9_]{1,32}(?:@[a-zA-Z0-9_]{3,32})?(?![\w/]))"
    r"|(?P<url>\bhttps?://[^\s<>\"]+)"
    r"|(?P<mention>(?<![\w@])@[a-zA-Z0-9_]{5,32}\b)"
    r"|(?P<hashtag>(?<![\w#])#[^\W\d]\w*)"
)
_BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)


def format_text(
    source: str,
    parse_mode: str | None,
    entities: list[dict[str, Any]] | None,
    *,
    caption: bool = False,
) -> FormattedText:
    """Apply ``parse_mode`` or explicit ``entities``, trim, and enforce the length limits.

    Limits count Unicode code points, as tdlib's ``utf8_length`` does; entity offsets are
    UTF-16 code units.
    """
    if entities is not None:
        formatted = FormattedText(source, tuple(_checked_entities(source, entities)))
    elif parse_mode:
        mode = parse_mode.lower()
        if mode in ("markdown", "markdownv2"):
            raise not_implemented(f"parse_mode {parse_mode}")
        if mode != "html":
            raise bad_request("unsupported parse_mode")
        try:
            formatted = parse_html(source)
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from None
    else:
        formatted = FormattedText(source)
    formatted = _trimmed(formatted)
    if caption:
        if len(formatted.text) > CAPTION_LIMIT:
            raise bad_request("message caption is too long")
    elif not formatted.text:
        raise bad_request("message text is empty")
    elif len(formatted.text) > TEXT_LIMIT:
        raise bad_request("message is too long")
    return formatted


def _checked_entities(text: str, entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    size = utf16_len(text)
    for entity in entities:
        if entity["offset"] < 0 or entity["length"] <= 0:
            raise bad_request("can't parse entities: entity with a negative offset or no length")
        if entity["offset"] + entity["length"] > size:
            raise bad_request("can't parse entities: entity ends beyond the end of the text")
    return sorted(entities, key=lambda e: (e["offset"], -e["length"]))


def _trimmed(formatted: FormattedText) -> FormattedText:
    text = formatted.text.strip(_TRIMMED)
    if text == formatted.text:
        return formatted
    lead = utf16_len(formatted.text[: len(formatted.text) - len(formatted.text.lstrip(_TRIMMED))])
    size = utf16_len(text)
    kept = []
    for entity in formatted.entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, size)
        if end > start:
            kept.append(entity | {"offset": start, "length": end - start})
    return FormattedText(text, tuple(kept))


def check_reply_markup(markup: dict[str, Any] | None) -> None:
    """Telegram's checks on keyboards that the spec's types cannot express."""
    if not markup:
        return
    for row in markup.get("inline_keyboard", ()):
        for button in row:
            _check_inline_button(button)
    for row in markup.get("keyboard", ()):
        for button in row:
            if not button["text"]:
                raise bad_request("BUTTON_TEXT_EMPTY")


def _check_inline_button(button: dict[str, Any]) -> None:
    if not button["text"]:
        raise bad_request("BUTTON_TEXT_EMPTY")
    actions = [name for name in _BUTTON_ACTIONS if name in button]
    if not actions:
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if len(actions) > 1:
        raise bad_request(f"can't parse inline keyboard button: more than one action: {actions}")
    data = button.get("callback_data")
    if data is not None and not 1 <= len(data.encode()) <= CALLBACK_DATA_LIMIT:
        raise bad_request("BUTTON_DATA_INVALID")
    copied = button.get("copy_text")
    if copied is not None and not 1 <= len(copied["text"]) <= COPY_TEXT_LIMIT:
        raise bad_request("BUTTON_COPY_TEXT_INVALID")
    url = button.get("url")
    if url is not None and not url.startswith(("http://", "https://", "tg://")):
        raise bad_request("BUTTON_URL_INVALID")


def blocked(description: str = "Forbidden: bot was blocked by the user") -> ApiError:
    """The 403 a bot gets for a user who blocked it: not the bot's fault, so no violation."""
    return ApiError(403, description, violation=False)


def detect_entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram adds to a user's plain text: commands, URLs, mentions, hashtags."""
    entities = []
    for match in _AUTO_ENTITIES.finditer(text):
        kind = match.lastgroup
        assert kind is not None  # every alternative is a named group
        offset = utf16_len(text[: match.start()])
        entities.append({"type": kind, "offset": offset, "length": utf16_len(match.group())})
    return entities
