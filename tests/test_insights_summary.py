"""The words of /history, the chart caption and the weekly summary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import pytest

from bot.history import texts
from bot.history.records import CheckRecord, NudgeDoneRecord, count_history
from bot.history.stats import HistorySummary, summarize
from bot.history.summary import (
    CAPTION_LIMIT,
    chart_caption,
    format_empty_history,
    format_history,
    format_weekly_summary,
)

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
# Words that judge, scold or turn the history into a game; none belong in these messages.
LOADED_WORDS = ("worse", "bad", "fail", "streak", "should", "only", "again", "points", "score")


def _checks(days_ago: Sequence[int], *cats: str, phrase: str = "") -> list[CheckRecord]:
    phrases = (phrase,) if phrase else ()
    return [CheckRecord(NOW - timedelta(days=d), bool(cats), cats, phrases) for d in days_ago]


def _summary(checks: list[CheckRecord], nudges: int = 0) -> HistorySummary:
    done = [NudgeDoneRecord(NOW - timedelta(hours=h)) for h in range(nudges)]
    return summarize(count_history(checks, done, now=NOW, tz=UTC))


class _TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.seen: set[str] = set()
        self.text = ""

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.open.append(tag)
        self.seen.add(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open.pop() == tag

    def handle_data(self, data: str) -> None:
        self.text += data


def _parse(html: str) -> _TagCollector:
    parser = _TagCollector()
    parser.feed(html)
    parser.close()
    assert parser.open == []
    return parser


MIXED = (
    _checks(range(35, 44), "absolute", phrase="you never")  # 9 the month before
    + _checks([2, 3, 4], "absolute", "blame", phrase="You never")  # 3 this month (and week)
    + _checks([8, 9, 10, 11, 12], "blame", phrase="<b>it's</b> your fault & more")
    + _checks([1, 13])
)


def test_format_history_empty_explains_and_invites() -> None:
    text = format_history(_summary([]))
    assert text == format_empty_history()
    assert "/history" in text
    assert "paste it here" in text
    assert _parse(text).seen == {"b"}


def test_format_history_states_phrase_change_plainly() -> None:
    text = format_history(_summary(MIXED))
    assert "\u201cyou never\u201d came up 9 times the month before and 3 times this month." in text
    assert "\u201cyou never\u201d came up 3 times this week, and not the week before." in text


def test_format_history_escapes_user_phrases_and_uses_only_b_and_i() -> None:
    text = format_history(_summary(MIXED, nudges=2))
    parsed = _parse(text)
    assert parsed.seen <= {"b", "i"}
    assert "&lt;b&gt;it's&lt;/b&gt; your fault &amp; more" in text
    assert "<b>it's" not in text


def test_format_history_counts_and_totals() -> None:
    text = _parse(format_history(_summary(MIXED, nudges=2))).text
    assert "4 drafts checked: 3 flagged, 1 clean." in text  # this week
    assert "Nudges done: 2" in text
    assert "19 drafts checked, 2 clean, 17 flagged." in text  # all together
    assert "since 13 Oct 2026" in text


@pytest.mark.parametrize(
    ("before", "now", "encouraged"),
    [
        ((10, 10), (10, 4), True),  # same use, fewer flagged
        ((10, 5), (10, 5), False),  # no change
        ((10, 4), (10, 8), False),  # more flagged: numbers only
        ((10, 5), (2, 2), False),  # fewer flagged only because fewer drafts were checked
    ],
    ids=["fewer", "same", "more", "less-use"],
)
def test_format_history_encourages_only_a_real_drop(
    before: tuple[int, int], now: tuple[int, int], encouraged: bool
) -> None:
    def week(start: int, checked: int, flagged: int) -> list[CheckRecord]:
        days = [start + i % 6 for i in range(checked)]
        return _checks(days[:flagged], "demand") + _checks(days[flagged:])

    text = format_history(_summary(week(7, *before) + week(0, *now)))
    fewer = texts.FEWER_FLAGGED.format(before="the week before")
    assert (fewer in text) is encouraged
    assert f"The week before: {before[0]} drafts checked, {before[1]} flagged." in text
    lowered = _parse(text).text.lower()
    assert not [w for w in LOADED_WORDS if re.search(rf"\b{w}\b", lowered)]


def test_format_history_without_previous_period_says_nothing_to_compare() -> None:
    text = format_history(_summary(_checks([0, 1], "blame")))
    assert "Nothing to compare with from the week before yet." in text
    assert "Fewer" not in text


def test_format_history_quiet_week_still_shows_month() -> None:
    text = _parse(format_history(_summary(_checks([10, 12], "threat")))).text
    assert "No drafts checked this week." in text
    assert "What came up: ultimatums 2" in text


def test_format_history_shortens_very_long_phrases() -> None:
    text = format_history(_summary(_checks([1], "labeling", phrase="word " * 400)))
    assert len(text) < 2000
    assert "\u2026\u201d" in text


def test_chart_caption_is_one_escaped_line_within_telegram_limit() -> None:
    caption = chart_caption(_summary(MIXED))
    assert "\n" not in caption
    assert caption == (
        "Bars: drafts you checked each week. Line: the share of them I flagged — lower is "
        "fewer second looks. Last 7 days: 4 drafts checked, 3 flagged, most often always/never."
    )


def test_chart_caption_long_unknown_category_stays_within_limit() -> None:
    caption = chart_caption(_summary(_checks([0], "<x>&" * 400)))
    assert len(caption) <= CAPTION_LIMIT
    assert "<x>" not in caption


def test_chart_caption_without_recent_drafts() -> None:
    assert chart_caption(_summary([])) == texts.CAPTION_WEEKS


def test_format_weekly_summary_with_drafts() -> None:
    text = format_weekly_summary(_summary(MIXED, nudges=1))
    parsed = _parse(text)
    assert parsed.seen <= {"b", "i"}
    assert "4 drafts checked: 3 flagged, 1 clean." in parsed.text
    assert "Came up most: always/never 3 · blame 3." in parsed.text
    assert parsed.text.endswith(texts.WEEKLY_FOOTER)


def test_format_weekly_summary_quiet_week() -> None:
    text = format_weekly_summary(_summary(_checks([20], "blame")))
    assert texts.WEEKLY_QUIET in text
    assert "flagged" not in text


@pytest.mark.parametrize(
    ("n", "said"), [(1, "once"), (2, "twice"), (3, "3 times"), (12, "12 times")]
)
def test_times_reads_naturally(n: int, said: str) -> None:
    assert texts.times(n) == said


@pytest.mark.parametrize(
    ("category", "label"),
    [("absolute", "always/never"), ("stonewalling", "shutting down"), ("new_kind", "new kind")],
)
def test_category_label_is_friendly(category: str, label: str) -> None:
    assert texts.category_label(category) == label
