"""What the pipeline reads: the draft without markup or shouting, with a map back.

People emphasise the very words Tend looks for: "*you never* listen", "<b>always</b>",
"_again_", "YOU NEVER LISTEN". Markup glued to a word hides it from the patterns, and a
draft written in capitals confuses the tagger ("YOU NEVER LISTEN" parses as proper nouns,
and a rewrite said "you doesn't listen"). So the analyzer reads a *view* of the draft:
HTML tags and emphasis marks removed, a shouted draft in lower case. Detection and
rewrites work on the view; every offset that leaves `nlp/` goes back through
`View.original`, so the bot highlights the characters the user actually typed.

Capitals in a draft that is not shouting stay as they are: "AGAIN" in "you forgot our
anniversary AGAIN" is emphasis, and a rule reads it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Formatting tags a chat client or a copy-paste leaves behind; "<3" and "x < y" are not tags.
_TAG = re.compile(
    r"</?(?:b|i|u|s|em|strong|del|ins|strike|code|pre|span|a|br|p|div|font|mark|small|big"
    r"|sub|sup|tt|blockquote|tg-spoiler)(?:\s[^<>]{0,200})?\s*/?>",
    re.IGNORECASE,
)
# Emphasis marks at a word edge: "*you never*", "**always**", "_again_", "~~fine~~".
# Marks between word characters ("snake_case", "5*3") and emoticons (":*", ";_;") stay.
_OPEN_MARK = re.compile(r"(?<!\w)[*_~`]{1,3}(?=\w)")
_CLOSE_MARK = re.compile(r"(?<=[\w!?.,'’])[*_~`]{1,3}(?!\w)")
_MAYBE_MARKUP = re.compile(r"[<*_~`]")
# A draft is shouted when most of its letters are capitals (and there are enough of them
# to tell: "OK" or "NO!" is not a shouted draft). Counting ASCII letters is enough for the
# English drafts the rules read, and a regex count is cheap on every draft.
_SHOUT_MIN_LETTERS = 6
_SHOUT_SHARE = 0.75
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


@dataclass(frozen=True, slots=True)
class View:
    """The text the pipeline reads, and where each of its characters came from."""

    text: str
    source: tuple[int, ...] | None = None
    """Index into the original draft of each character of `text`; None when they line up."""
    length: int = 0
    """Length of the original draft."""

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets in the view -> offsets in the original draft.

        A span with markup inside it takes in the markup next to its edges too, so the
        highlight is "you *never*", not "you *never".
        """
        source = self.source
        if source is None or start >= end:
            return start, end
        first, last = source[start], source[end - 1] + 1
        if last - first != end - start:
            first = source[start - 1] + 1 if start > 0 else 0
            last = source[end] if end < len(source) else self.length
        return first, last


def view(text: str) -> View:
    """The draft as the analyzer reads it (see the module docstring)."""
    source: tuple[int, ...] | None = None
    length = len(text)
    if _MAYBE_MARKUP.search(text):
        text, source = _without_markup(text)
    if _shouted(text):
        lowered = text.lower()
        if len(lowered) != len(text):
            # One character for one, so offsets stay put ("İ".lower() is two characters).
            lowered = "".join(low if len(low := c.lower()) == 1 else c for c in text)
        text = lowered
    return View(text, source, length)


def _without_markup(text: str) -> tuple[str, tuple[int, ...] | None]:
    cuts = sorted(
        (m.start(), m.end())
        for pattern in (_TAG, _OPEN_MARK, _CLOSE_MARK)
        for m in pattern.finditer(text)
    )
    if not cuts:
        return text, None
    merged: list[list[int]] = []
    for start, end in cuts:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    chars: list[str] = []
    source: list[int] = []
    at = 0
    for start, end in merged:
        chars.extend(text[at:start])
        source.extend(range(at, start))
        # "hello<br>you" reads as two words; "<b>you</b> never" needs no extra space.
        if start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum():
            chars.append(" ")
            source.append(start)
        at = end
    chars.extend(text[at:])
    source.extend(range(at, len(text)))
    return "".join(chars), tuple(source)


def _shouted(text: str) -> bool:
    upper = len(_UPPER.findall(text))
    if upper < _SHOUT_MIN_LETTERS:
        return False
    total = upper + len(_LOWER.findall(text))
    return upper >= _SHOUT_SHARE * total
