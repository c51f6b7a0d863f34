"""Telegram's HTML parse mode: source -> plain text + MessageEntity dicts.

The parser follows tdlib's ``parse_html`` (the code behind the Bot API server) rule by rule and
reuses its error texts, so a bot that passes here passes on Telegram: only the documented tags,
only ``&lt; &gt; &amp; &quot;`` and numeric character references (any other ``&`` stays a
literal character, as on Telegram), every tag closed in order. Offsets are UTF-16 code units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

_TAGS = frozenset(
    {"a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji"}
    | {"span", "pre", "code", "blockquote", "tg-time"}
)
_SIMPLE = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
}
_SPACE = " \t\r\n\f\v"
_SPECIAL = re.compile("[<&]")
_REFERENCE = re.compile(r"&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|(lt|gt|amp|quot));")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*)://")
_BARE_DOMAIN = re.compile(r"[\w-]+(\.[\w-]+)*\.[a-zA-Z]{2,}([/?#:]\S*)?")
_LINK_SCHEMES = frozenset({"http", "https", "tg", "ton", "tonsite"})


class EntityParseError(ValueError):
    """The HTML cannot be parsed; the message is Telegram's text after "can't parse entities: "."""


@dataclass(frozen=True, slots=True)
class FormattedText:
    """Plain text plus MessageEntity dicts (offsets and lengths in UTF-16 code units)."""

    text: str
    entities: tuple[dict[str, Any], ...] = ()


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(source: str) -> FormattedText:
    """Parse Telegram HTML; raises :class:`EntityParseError` where Telegram answers 400."""
    return _Parser(source).run()


@dataclass(slots=True)
class _Open:
    tag: str
    attrs: dict[str, str]
    offset: int
    chunk: int
    entity_count: int = field(default=0)


def _reference(match: re.Match[str]) -> str | None:
    if match.group(3):
        return _NAMED[match.group(3)]
    code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _link(url: str) -> str | None:
    url = url.strip()
    scheme = _SCHEME.match(url)
    if scheme:
        return url if scheme.group(1).lower() in _LINK_SCHEMES else None
    return "http://" + url if _BARE_DOMAIN.fullmatch(url) else None


class _Parser:
    def __init__(self, source: str) -> None:
        self.s = source
        self.i = 0
        self.chunks: list[str] = []
        self.u16 = 0
        self.stack: list[_Open] = []
        self.entities: list[dict[str, Any]] = []

    def run(self) -> FormattedText:
        s, n = self.s, len(self.s)
        while self.i < n:
            match = _SPECIAL.search(s, self.i)
            end = match.start() if match else n
            if end > self.i:
                self._emit(s[self.i : end])
                self.i = end
            if match is None:
                break
            if s[end] == "&":
                ref = _REFERENCE.match(s, end)
                char = _reference(ref) if ref else None
                self._emit(char if char is not None else "&")
                self.i = ref.end() if ref and char is not None else end + 1
            elif s.startswith("</", end):
                self._close_tag(end)
            else:
                self._open_tag(end)
        if self.stack:
            tag = self.stack[-1].tag
            raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{tag}"')
        for entity in self.entities:
            if entity["type"] == "code":
                entity.pop("language", None)
        ordered = sorted(self.entities, key=lambda e: (e["offset"], -e["length"]))
        return FormattedText("".join(self.chunks), tuple(ordered))

    def _emit(self, text: str) -> None:
        self.chunks.append(text)
        self.u16 += utf16_len(text)

    def _at(self, pos: int) -> str:
        return f"at byte offset {len(self.s[:pos].encode())}"

    def _skip_space(self, i: int) -> int:
        while i < len(self.s) and self.s[i] in _SPACE:
            i += 1
        return i

    def _open_tag(self, begin: int) -> None:
        s, n = self.s, len(self.s)
        i = begin + 1
        while i < n and s[i] not in _SPACE and s[i] != ">":
            i += 1
        if i >= n:
            raise EntityParseError(f"Unclosed start tag {self._at(begin)}")
        tag = s[begin + 1 : i].lower()
        if tag not in _TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}" {self._at(begin)}')
        attrs: dict[str, str] = {}
        while True:
            i = self._skip_space(i)
            if i >= n:
                raise EntityParseError(f'Unclosed start tag "{tag}" {self._at(begin)}')
            if s[i] == ">":
                break
            name_start = i
            while i < n and s[i] not in _SPACE and s[i] not in "=>":
                i += 1
            name = s[name_start:i].lower()
            if not name:
                raise EntityParseError(f'Empty attribute name in the tag "{tag}" {self._at(begin)}')
            i = self._skip_space(i)
            if i >= n or s[i] != "=":
                if tag == "blockquote" and name == "expandable":
                    attrs[name] = ""
                    continue
                raise EntityParseError(
                    "Expected equal sign in declaration of an attribute of the tag "
                    f'"{tag}" {self._at(begin)}'
                )
            i = self._skip_space(i + 1)
            attrs[name], i = self._attribute_value(tag, begin, i)
        self.i = i + 1
        self._check_attributes(tag, attrs, begin)
        self.stack.append(_Open(tag, attrs, self.u16, len(self.chunks), len(self.entities)))

    def _attribute_value(self, tag: str, begin: int, i: int) -> tuple[str, int]:
        s, n = self.s, len(self.s)
        if i >= n:
            raise EntityParseError(f'Unclosed start tag "{tag}" {self._at(begin)}')
        if s[i] in "'\"":
            close = s.find(s[i], i + 1)
            if close < 0:
                raise EntityParseError(f"Unclosed start tag {self._at(begin)}")
            raw = s[i + 1 : close]
            value = _REFERENCE.sub(lambda m: _reference(m) or m.group(0), raw)
            return value, close + 1
        start = i
        # An unquoted value is an SGML name token: letters, digits, periods and hyphens.
        while i < n and ((s[i].isascii() and s[i].isalnum()) or s[i] in ".-"):
            i += 1
        if i < n and s[i] not in _SPACE and s[i] != ">":
            raise EntityParseError(f"Unexpected end of name token {self._at(start)}")
        return s[start:i].lower(), i

    def _check_attributes(self, tag: str, attrs: dict[str, str], begin: int) -> None:
        if tag == "span" and attrs.get("class") != "tg-spoiler":
            raise EntityParseError(f'Tag "span" must have class "tg-spoiler" {self._at(begin)}')
        if tag == "tg-emoji" and not attrs.get("emoji-id", "").isdigit():
            raise EntityParseError(f"Invalid custom emoji identifier specified {self._at(begin)}")
        if tag == "tg-time" and not attrs.get("unix", "").lstrip("-").isdigit():
            raise EntityParseError(f'Tag "tg-time" must have attribute "unix" {self._at(begin)}')

    def _close_tag(self, begin: int) -> None:
        s, n = self.s, len(self.s)
        if not self.stack:
            raise EntityParseError(f"Unexpected end tag {self._at(begin)}")
        i = begin + 2
        while i < n and s[i] not in _SPACE and s[i] != ">":
            i += 1
        name = s[begin + 2 : i].lower()
        i = self._skip_space(i)
        if i >= n or s[i] != ">":
            raise EntityParseError(f"Unclosed end tag {self._at(begin)}")
        opened = self.stack.pop()
        if name and name != opened.tag:
            raise EntityParseError(
                f'Unmatched end tag {self._at(begin)}, expected "</{opened.tag}>", '
                f'found "</{name}>"'
            )
        self.i = i + 1
        self._finish(opened)

    def _finish(self, opened: _Open) -> None:
        length = self.u16 - opened.offset
        if length <= 0:
            return  # Telegram drops empty entities rather than failing.
        tag, attrs = opened.tag, opened.attrs
        entity: dict[str, Any] = {"type": _SIMPLE.get(tag, tag)}
        if tag == "a":
            url = _link(attrs.get("href") or "".join(self.chunks[opened.chunk :]))
            if url is None:
                return  # An unusable link leaves plain text, as on Telegram.
            entity = {"type": "text_link", "url": url}
        elif tag == "code" and attrs.get("class", "").startswith("language-"):
            entity["language"] = attrs["class"].removeprefix("language-")
        elif tag == "pre":
            last = self.entities[-1] if len(self.entities) > opened.entity_count else None
            # <pre><code class="language-x"> is one pre entity with a language.
            if (
                last
                and last["type"] == "code"
                and (last["offset"], last["length"])
                == (
                    opened.offset,
                    length,
                )
            ):
                self.entities.pop()
                if last.get("language"):
                    entity["language"] = last["language"]
        elif tag == "blockquote" and "expandable" in attrs:
            entity["type"] = "expandable_blockquote"
        elif tag == "tg-emoji":
            entity = {"type": "custom_emoji", "custom_emoji_id": attrs["emoji-id"]}
        elif tag == "tg-time":
            entity = {"type": "date_time", "unix_time": int(attrs["unix"])}
            if attrs.get("format"):
                entity["date_time_format"] = attrs["format"]
        entity["offset"], entity["length"] = opened.offset, length
        self.entities.append(entity)
