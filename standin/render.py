"""Plain text + MessageEntity dicts -> Telegram HTML (the inverse of :mod:`standin.html`)."""

from __future__ import annotations

import html
from typing import Any

_SIMPLE_TAGS = {
    "bold": "b",
    "italic": "i",
    "underline": "u",
    "strikethrough": "s",
    "spoiler": "tg-spoiler",
    "code": "code",
    "blockquote": "blockquote",
}


def _open_tag_for(entity: dict[str, Any]) -> tuple[str, str]:
    kind = entity["type"]
    if kind in _SIMPLE_TAGS:
        return f"<{_SIMPLE_TAGS[kind]}>", f"</{_SIMPLE_TAGS[kind]}>"
    if kind == "pre":
        if entity.get("language"):
            lang = html.escape(entity["language"])
            return f'<pre><code class="language-{lang}">', "</code></pre>"
        return "<pre>", "</pre>"
    if kind == "text_link":
        return f'<a href="{html.escape(entity["url"])}">', "</a>"
    if kind == "expandable_blockquote":
        return "<blockquote expandable>", "</blockquote>"
    if kind == "custom_emoji":
        return f'<tg-emoji emoji-id="{entity["custom_emoji_id"]}">', "</tg-emoji>"
    if kind == "date_time":
        return f'<tg-time unix="{entity["unix_time"]}">', "</tg-time>"
    return "", ""  # mention, url, hashtag, ...: Telegram detects these itself


def render_html(text: str, entities: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> str:
    """Render plain text + entities back to Telegram HTML (overlaps are clipped to nest)."""
    index = [0]  # UTF-16 offset -> str index
    for pos, char in enumerate(text, start=1):
        index.extend([pos] * (2 if ord(char) > 0xFFFF else 1))
    spans = []
    for e in entities:
        start = index[min(e["offset"], len(index) - 1)]
        spans.append((start, index[min(e["offset"] + e["length"], len(index) - 1)], e))
    spans.sort(key=lambda span: (span[0], -span[1]))
    out: list[str] = []
    stack: list[tuple[int, str]] = []
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, closing = stack.pop()
            out.append(html.escape(text[pos:end], quote=False) + closing)
            pos = end

    for start, end, entity in spans:
        close_until(start)
        out.append(html.escape(text[pos:start], quote=False))
        pos = start
        opening, closing = _open_tag_for(entity)
        stack.append((min(end, stack[-1][0]) if stack else end, closing))
        out.append(opening)
    close_until(len(text))
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)
