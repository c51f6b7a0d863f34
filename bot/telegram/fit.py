"""Messages that always fit: Telegram refuses a message over 4,096 characters, and one whose
HTML is cut inside a tag. `fit` trims Tend's HTML on a text boundary (between words, never
inside a tag or an entity like `&amp;`), closes every tag still open, and marks the cut.

Length is counted in UTF-16 code units of the HTML, as Telegram counts (an emoji is two):
the HTML is never shorter than the text Telegram measures, so what fits here fits there.
"""

from __future__ import annotations

import re

TELEGRAM_LIMIT = 4096
CUT_MARK = "…"

# A tag, an entity, or a run of other text.
_TOKENS = re.compile(r"<[^>]*>|&[#a-zA-Z0-9]+;|[^<&]+|[<&]")
_TAG_NAME = re.compile(r"</?\s*([a-zA-Z0-9-]+)")


def telegram_length(text: str) -> int:
    """The length Telegram measures: UTF-16 code units."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def fits(text: str, limit: int = TELEGRAM_LIMIT) -> bool:
    """Whether `text` is within `limit` (cheap for the common short message)."""
    return len(text) * 2 <= limit or telegram_length(text) <= limit


def fit(html: str, limit: int = TELEGRAM_LIMIT) -> str:
    """`html` itself when it fits; else its longest prefix that ends between words, plus
    `CUT_MARK`, with every tag open at the cut closed, within `limit`."""
    if fits(html, limit):
        return html
    out: list[str] = []
    used = 0
    open_tags: list[str] = []
    for token in _TOKENS.findall(html):
        closing = _closing_cost(open_tags)
        room = limit - used - closing - telegram_length(CUT_MARK)
        if token.startswith("<") and token.endswith(">") and len(token) > 1:
            name = _tag_name(token)
            cost = telegram_length(token)
            if token.startswith("</"):
                # Closing costs nothing extra: it was already counted in `closing`.
                if open_tags and open_tags[-1] == name:
                    open_tags.pop()
                out.append(token)
                used += cost
                continue
            if cost + len(f"</{name}>") > room:
                break
            out.append(token)
            used += cost
            if not token.endswith("/>"):
                open_tags.append(name)
            continue
        cost = telegram_length(token)
        if cost <= room:
            out.append(token)
            used += cost
            continue
        if not token.startswith("&"):
            piece = _words_within(token, room)
            out.append(piece)
            used += telegram_length(piece)
        break
    body = "".join(out).rstrip()
    return body + CUT_MARK + "".join(f"</{name}>" for name in reversed(open_tags))


def _tag_name(tag: str) -> str:
    found = _TAG_NAME.match(tag)
    return found.group(1).lower() if found else ""


def _closing_cost(open_tags: list[str]) -> int:
    return sum(len(name) + 3 for name in open_tags)


def _words_within(text: str, room: int) -> str:
    """The longest start of `text` within `room` that ends at a space (or, with no space in
    reach, at any character: a single huge word)."""
    if room <= 0:
        return ""
    head = text[:room]
    while telegram_length(head) > room:
        head = head[:-1]
    if len(head) == len(text):
        return head
    space = head.rfind(" ")
    newline = head.rfind("\n")
    cut = max(space, newline)
    return head[:cut] if cut > 0 else head


def shorten(text: str, limit: int) -> str:
    """Plain text (not HTML) shortened to at most `limit` characters at a word boundary,
    with `CUT_MARK`; unchanged when it fits."""
    if len(text) <= limit:
        return text
    return _words_within(text, limit - len(CUT_MARK)).rstrip() + CUT_MARK
