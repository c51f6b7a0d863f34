"""Replies that always fit (bot/telegram/fit.py): within Telegram's 4,096, cut between words,
every tag closed; a long draft is quoted shortened."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.drafts.reply import format_flagged
from bot.telegram.fit import CUT_MARK, TELEGRAM_LIMIT, fit, shorten, telegram_length
from devtools.launcher import BotProcess
from nlp.results import Analysis, Pattern
from standin import StandIn
from standin.html import parse_html

TAGS = ("b", "i", "u", "pre", "code", "blockquote", "s")


def _long_analysis(draft: str) -> Analysis:
    start = draft.index("you never")
    pattern = Pattern("absolute", "you never", start, start + 9, "may land as a verdict.")
    rewrite = (
        "I've been feeling unheard when " + draft.replace("you never", "I") + " Could we talk?"
    )
    return Analysis(flagged=True, patterns=(pattern,), suggestions=(rewrite,), safety=None)


def test_fit_a_4029_character_draft_gives_a_reply_telegram_accepts() -> None:
    # The case: the rewrite alone is longer than a message, inside <pre>.
    draft = ("you never listen & I feel alone when we talk about work. " * 80)[:4029]
    html = format_flagged(draft, _long_analysis(draft), discreet_delay="1 hour")
    parsed = parse_html(html)  # raises where Telegram would answer 400
    assert telegram_length(html) <= TELEGRAM_LIMIT
    assert html.count("<pre>") == html.count("</pre>") == 1
    assert "Discreet mode" in parsed.text  # what follows the rewrite stays
    quoted = html.split("<blockquote>", 1)[1].split("</blockquote>", 1)[0]
    assert len(parse_html(quoted).text) < 400  # the draft is quoted shortened, not whole


@pytest.mark.parametrize(
    "html",
    [
        "<pre>" + "word " * 2000 + "</pre>",
        "<b>" + "&amp;" * 3000 + "</b>",
        "<blockquote><i>" + "x" * 9000 + "</i></blockquote>",
        "<b>bold</b> " + "😀 " * 3000,
    ],
)
def test_fit_cuts_between_words_and_closes_every_tag(html: str) -> None:
    fitted = fit(html)
    parse_html(fitted)
    assert telegram_length(fitted) <= TELEGRAM_LIMIT
    assert CUT_MARK in fitted
    assert "&amp" not in fitted.replace("&amp;", "")  # no entity cut in half


def test_fit_leaves_a_message_that_fits_alone() -> None:
    assert fit("<b>hi</b> there") == "<b>hi</b> there"


def test_shorten_cuts_plain_text_at_a_word() -> None:
    assert shorten("one two three four", 12) == "one two…"
    assert shorten("short", 12) == "short"


_text = st.text(alphabet=st.sampled_from(list("ab &<>é😀\n ")), min_size=0, max_size=40).map(
    lambda t: t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
)


@st.composite
def _html(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth < 3 and draw(st.booleans()):
            tag = draw(st.sampled_from(TAGS))
            parts.append(f"<{tag}>{draw(_html(depth + 1))}</{tag}>")
        else:
            parts.append(draw(_text))
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(html=_html(), limit=st.integers(min_value=20, max_value=200))
def test_fit_output_is_valid_html_within_any_limit(html: str, limit: int) -> None:
    fitted = fit(html * 4, limit)
    parse_html(fitted)
    assert telegram_length(fitted) <= limit


@pytest.mark.e2e
async def test_fit_long_draft_end_to_end_gets_a_real_reply(api: StandIn, bot: BotProcess) -> None:
    liv = api.user("Liv")
    draft = ("you never listen to me when I talk about my day at work and it hurts. " * 60)[:4029]
    await liv.send(draft)
    reply = await liv.wait_for_reply(timeout=30)
    assert "went wrong" not in reply.text.lower()
    assert reply.buttons  # the real reply, with its buttons
