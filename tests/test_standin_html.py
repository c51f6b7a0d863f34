"""Telegram HTML parsing and rendering in the Bot API stand-in (no server involved)."""

from __future__ import annotations

from typing import Any

import pytest

from standin.errors import ApiError
from standin.html import EntityParseError, parse_html, utf16_len
from standin.render import render_html
from standin.rules import detect_entities, format_text


@pytest.mark.parametrize(
    ("source", "text", "entities"),
    [
        ("<b>bold</b> and <i>it</i>", "bold and it", [("bold", 0, 4), ("italic", 9, 2)]),
        (
            "<strong>a</strong><em>b</em><ins>c</ins>",
            "abc",
            [("bold", 0, 1), ("italic", 1, 1), ("underline", 2, 1)],
        ),
        (
            "<s>a</s><strike>b</strike><del>c</del>",
            "abc",
            [("strikethrough", 0, 1), ("strikethrough", 1, 1), ("strikethrough", 2, 1)],
        ),
        (
            '<span class="tg-spoiler">x</span><tg-spoiler>y</tg-spoiler>',
            "xy",
            [("spoiler", 0, 1), ("spoiler", 1, 1)],
        ),
        ("<code>x = 1</code>", "x = 1", [("code", 0, 5)]),
        ("<blockquote>q</blockquote>", "q", [("blockquote", 0, 1)]),
        ("<blockquote expandable>q</blockquote>", "q", [("expandable_blockquote", 0, 1)]),
        ("<B>upper</B>", "upper", [("bold", 0, 5)]),
        ("<i>a<b>b</>c</i>", "abc", [("italic", 0, 3), ("bold", 1, 1)]),
        ("<b></b>empty tags vanish", "empty tags vanish", []),
        # Offsets count UTF-16 code units: the emoji before the tag takes two.
        ("😀<b>é😀</b>", "😀é😀", [("bold", 2, 3)]),
    ],
)
def test_parse_html_builds_plain_text_and_entities(
    source: str, text: str, entities: list[tuple[str, int, int]]
) -> None:
    parsed = parse_html(source)
    assert parsed.text == text
    assert [(e["type"], e["offset"], e["length"]) for e in parsed.entities] == entities


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Tom &amp; Jerry &lt;3 &gt; &quot;x&quot;", 'Tom & Jerry <3 > "x"'),
        ("&#128512; &#x1F600;", "😀 😀"),
        # Anything else stays literal, as on Telegram (no error, but it shows as typed).
        ("Tom & Jerry &nbsp; &copy;", "Tom & Jerry &nbsp; &copy;"),
        ("&#0; &#xD800;", "&#0; &#xD800;"),
    ],
)
def test_parse_html_decodes_only_telegram_entities(source: str, text: str) -> None:
    assert parse_html(source).text == text


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("I <3 you", 'Unsupported start tag "3" at byte offset 2'),
        ("<3", "Unclosed start tag at byte offset 0"),
        ("line<br>break", 'Unsupported start tag "br" at byte offset 4'),
        ("<p>para</p>", 'Unsupported start tag "p" at byte offset 0'),
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<span>s</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<a href="x>y</a>', "Unclosed start tag at byte offset 0"),
        ("<a href>y</a>", 'Expected equal sign in declaration of an attribute of the tag "a"'),
        ("<a href=x/y>l</a>", "Unexpected end of name token at byte offset 8"),
        ("<tg-emoji>e</tg-emoji>", "Invalid custom emoji identifier specified"),
        # Byte offsets count UTF-8 bytes: "é" takes two.
        ("é<x>", 'Unsupported start tag "x" at byte offset 2'),
    ],
)
def test_parse_html_rejects_what_telegram_rejects(source: str, error: str) -> None:
    with pytest.raises(EntityParseError, match="^" + error.replace("(", r"\(")):
        parse_html(source)


@pytest.mark.parametrize(
    ("source", "entity"),
    [
        (
            '<a href="https://example.org/a?b=1&amp;c=2">x</a>',
            {"type": "text_link", "url": "https://example.org/a?b=1&c=2"},
        ),
        ("<a href=example.org>x</a>", {"type": "text_link", "url": "http://example.org"}),
        ("<a>https://example.org</a>", {"type": "text_link", "url": "https://example.org"}),
        (
            '<pre><code class="language-python">x</code></pre>',
            {"type": "pre", "language": "python"},
        ),
        ("<pre>x</pre>", {"type": "pre"}),
        ('<code class="language-python">x</code>', {"type": "code"}),
        (
            '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
            {"type": "custom_emoji", "custom_emoji_id": "5368324170671202286"},
        ),
        (
            '<tg-time unix="1700000000" format="wDT">then</tg-time>',
            {"type": "date_time", "unix_time": 1700000000, "date_time_format": "wDT"},
        ),
    ],
)
def test_parse_html_reads_tag_arguments(source: str, entity: dict[str, Any]) -> None:
    (parsed,) = parse_html(source).entities
    assert {k: v for k, v in parsed.items() if k not in ("offset", "length")} == entity


def test_parse_html_drops_links_telegram_cannot_open() -> None:
    assert parse_html('<a href="javascript:alert(1)">x</a>').entities == ()


@pytest.mark.parametrize(
    "source",
    [
        "<b>bold</b> <i>it <u>under</u></i> &lt;3 &amp; more",
        '<a href="https://example.org/?a=1&amp;b=2">link</a> 😀 <code>x</code>',
        '<pre><code class="language-py">print("hi")</code></pre>',
        "<blockquote expandable>long</blockquote><tg-spoiler>s</tg-spoiler>",
    ],
)
def test_render_html_round_trips_through_the_parser(source: str) -> None:
    parsed = parse_html(source)
    again = parse_html(render_html(parsed.text, parsed.entities))
    assert (again.text, again.entities) == (parsed.text, parsed.entities)


def test_render_html_escapes_plain_text() -> None:
    assert render_html("a < b & c", []) == "a &lt; b &amp; c"


def test_utf16_len_counts_surrogate_pairs() -> None:
    assert utf16_len("a😀é") == 4


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"source": "", "parse_mode": None}, "message text is empty"),
        ({"source": "  \n ", "parse_mode": None}, "message text is empty"),
        ({"source": "<b> </b>", "parse_mode": "HTML"}, "message text is empty"),
        ({"source": "x" * 4097, "parse_mode": None}, "message is too long"),
        ({"source": "x", "parse_mode": "Markdown2"}, "unsupported parse_mode"),
        ({"source": "<b>x", "parse_mode": "html"}, "can't parse entities: Can't find end tag"),
    ],
)
def test_format_text_enforces_telegram_text_rules(kwargs: dict[str, Any], error: str) -> None:
    with pytest.raises(ApiError, match=error) as caught:
        format_text(kwargs["source"], kwargs["parse_mode"], None)
    assert caught.value.status == 400


def test_format_text_limits_count_characters_after_parsing() -> None:
    # 4096 visible characters pass however much markup surrounds them.
    text = format_text("<b>" + "é" * 4096 + "</b>", "HTML", None)
    assert len(text.text) == 4096


def test_format_text_limits_captions_to_1024_characters() -> None:
    assert format_text("", None, None, caption=True).text == ""
    with pytest.raises(ApiError, match="message caption is too long"):
        format_text("x" * 1025, None, None, caption=True)


def test_format_text_trims_whitespace_and_shifts_entities() -> None:
    text = format_text("\n  <b>hi</b> there \n", "HTML", None)
    assert text.text == "hi there"
    assert text.entities == ({"type": "bold", "offset": 0, "length": 2},)


def test_format_text_checks_explicit_entities_fit_the_text() -> None:
    with pytest.raises(ApiError, match="beyond the end"):
        format_text("abc", None, [{"type": "bold", "offset": 2, "length": 5}])


def test_format_text_markdown_is_reported_as_not_implemented() -> None:
    with pytest.raises(ApiError, match="not implemented in stand-in") as caught:
        format_text("*x*", "MarkdownV2", None)
    assert caught.value.status == 501


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("/start", [("bot_command", 0, 6)]),
        ("/start@tend_test_bot now", [("bot_command", 0, 20)]),
        ("try /help 😀 /forget", [("bot_command", 4, 5), ("bot_command", 13, 7)]),
        ("and/or path/to", []),
        (
            "see https://example.org/x and @someone #us",
            [("url", 4, 21), ("mention", 30, 8), ("hashtag", 39, 3)],
        ),
    ],
)
def test_detect_entities_marks_what_telegram_marks(
    text: str, found: list[tuple[str, int, int]]
) -> None:
    assert [(e["type"], e["offset"], e["length"]) for e in detect_entities(text)] == found
