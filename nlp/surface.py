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

Before any of that, the characters are normalised the way people's keyboards and copy-paste
vary them: NFKC ("ｙｏｕ ｎｅｖｅｒ", ligatures, non-breaking spaces read as plain text), and
characters that show nothing are dropped (zero-width spaces and joiners, soft hyphens, bidi
controls, NUL), so "you never\u200b listen" reads as "you never listen". A zero-width joiner
inside an emoji sequence stays, and "…" stays as typed (the rules read it). A run of more
than 100 characters without a space is read with a space every 100 (no word is that long,
and the tokenizer is slow on such runs).
"""

from __future__ import annotations

import re
import unicodedata
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


# Characters that show nothing: zero-width space/non-joiner/no-break space, word joiner,
# soft hyphen, Mongolian vowel separator, bidi marks, embeddings, overrides and isolates, NUL.
_INVISIBLE = frozenset(
    "\x00\u00ad\u061c\u180e\u200b\u200c\u200e\u200f\u2060\ufeff"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_ZERO_WIDTH_JOINER = "\u200d"
_KEPT_AS_TYPED = frozenset("…")
_NOT_PLAIN = re.compile(r"[^\x01-\x7f]+|\x00+")
# No word is this long. A run of emoji or punctuation with no space in it makes spaCy's
# tokenizer split suffixes one at a time, each time searching the whole rest of the run:
# 4,096 "😡" took 3 s. Runs are read in pieces of this length instead.
_LONGEST_WORD = 100
_LONG_RUN = re.compile(rf"\S{{{_LONGEST_WORD + 1},}}")


@dataclass(frozen=True, slots=True)
class View:
    """The text the pipeline reads, and where each of its characters came from."""

    text: str
    starts: tuple[int, ...] | None = None
    """Where in the original draft each character of `text` begins; None when they line up."""
    ends: tuple[int, ...] | None = None
    """Where it ends: one past its last original character ("e" + U+0301 read as "é")."""
    length: int = 0
    """Length of the original draft."""

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets in the view -> offsets in the original draft.

        A span with markup inside it takes in the markup next to its edges too, so the
        highlight is "you *never*", not "you *never".
        """
        starts, ends = self.starts, self.ends
        if starts is None or ends is None or start >= end:
            return start, end
        first, last = starts[start], ends[end - 1]
        if last - first != sum(ends[i] - starts[i] for i in range(start, end)):
            first = ends[start - 1] if start > 0 else 0
            last = starts[end] if end < len(starts) else self.length
        return first, last


def view(text: str) -> View:
    """The draft as the analyzer reads it (see the module docstring)."""
    length = len(text)
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    if normalised := _normalised(text):
        text, starts, ends = normalised
    if _MAYBE_MARKUP.search(text):
        text, source = _without_markup(text)
        if source is not None:
            if starts is None or ends is None:
                starts, ends = source, tuple(i + 1 for i in source)
            else:
                starts, ends = tuple(starts[i] for i in source), tuple(ends[i] for i in source)
    if len(text) > _LONGEST_WORD and _LONG_RUN.search(text):
        text, from_broken, inserted = _with_breaks(text)
        if starts is None or ends is None:
            new_starts, new_ends = tuple(from_broken), tuple(i + 1 for i in from_broken)
        else:
            new_starts = tuple(starts[i] for i in from_broken)
            new_ends = tuple(ends[i] for i in from_broken)
        # An inserted space stands for nothing the user typed: zero width, before the next one.
        starts = new_starts
        ends = tuple(new_starts[k] if k in inserted else e for k, e in enumerate(new_ends))
    if _shouted(text):
        lowered = text.lower()
        if len(lowered) != len(text):
            # One character for one, so offsets stay put ("İ".lower() is two characters).
            lowered = "".join(low if len(low := c.lower()) == 1 else c for c in text)
        text = lowered
    return View(text, starts, ends, length)


def _normalised(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]] | None:
    """NFKC without the invisible characters, with each character's original range.

    None when there is nothing to change (plain ASCII without NUL: most drafts, checked
    in one pass). Normalisation goes one character and its combining marks at a time, so
    every output character knows the characters it came from, and time stays linear.
    """
    if text.isascii() and "\x00" not in text:
        return None
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for run in _NOT_PLAIN.finditer(text):
        lo = run.start()
        # Combining marks belong to the letter before them ("e" + U+0301).
        if lo > at and unicodedata.combining(text[lo]):
            lo -= 1
        chars.append(text[at:lo])
        starts.extend(range(at, lo))
        ends.extend(range(at + 1, lo + 1))
        at = _normalise_run(text, lo, run.end(), chars, starts, ends)
    chars.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    out = "".join(chars)
    if out == text:
        return None
    return out, tuple(starts), tuple(ends)


def _normalise_run(
    text: str, i: int, stop: int, chars: list[str], starts: list[int], ends: list[int]
) -> int:
    """Normalise text[i:stop] (and combining marks right after it); returns where it ended."""
    while i < stop:
        char = text[i]
        if char in _INVISIBLE or (char == _ZERO_WIDTH_JOINER and _between_letters(text, i)):
            i += 1
            continue
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        out = cluster if cluster in _KEPT_AS_TYPED else unicodedata.normalize("NFKC", cluster)
        chars.append(out)
        starts.extend([i] * len(out))
        ends.extend([j] * len(out))
        i = j
    return i


def _between_letters(text: str, i: int) -> bool:
    """A joiner with a letter or digit on either side joins no emoji: it only hides a word."""
    return (i > 0 and text[i - 1].isalnum()) or (i + 1 < len(text) and text[i + 1].isalnum())


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


def _with_breaks(text: str) -> tuple[str, list[int], set[int]]:
    """A space after every `_LONGEST_WORD` characters of a run without one.

    Returns the text, each character's index in `text` (an inserted space borrows the index
    of the character after it) and the positions of the inserted spaces.
    """
    chars: list[str] = []
    source: list[int] = []
    inserted: set[int] = set()
    at = 0
    for run in _LONG_RUN.finditer(text):
        chars.append(text[at : run.start()])
        source.extend(range(at, run.start()))
        for cut in range(run.start(), run.end(), _LONGEST_WORD):
            if cut > run.start():
                inserted.add(len(source))
                chars.append(" ")
                source.append(cut)
            piece = text[cut : min(cut + _LONGEST_WORD, run.end())]
            chars.append(piece)
            source.extend(range(cut, cut + len(piece)))
        at = run.end()
    chars.append(text[at:])
    source.extend(range(at, len(text)))
    return "".join(chars), source, inserted


def _shouted(text: str) -> bool:
    upper = len(_UPPER.findall(text))
    if upper < _SHOUT_MIN_LETTERS:
        return False
    total = upper + len(_LOWER.findall(text))
    return upper >= _SHOUT_SHARE * total
