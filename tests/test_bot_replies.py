"""Pure pieces of the bot: reply formatting, callback data, flood gate, language guess, logs."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest

import nlp
from bot.basics import texts
from bot.drafts import callbacks
from bot.drafts.flood import FloodGate, Verdict
from bot.drafts.language import has_visible_text, is_probably_english
from bot.drafts.reply import format_flagged, marked_draft
from bot.drafts.slots import fill, looks_like_a_moment, reads_as_a_draft
from bot.logs import RedactingFilter
from bot.privacy.texts import delay_label
from bot.telegram.fit import TELEGRAM_LIMIT
from nlp.results import Analysis, Category, Pattern
from standin.html import parse_html


def _pattern(text: str, draft: str, category: Category = "absolute") -> Pattern:
    start = draft.index(text)
    return Pattern(category, text, start, start + len(text), "may land as a verdict.")


def _analysis(draft: str, *phrases: str) -> Analysis:
    patterns = tuple(_pattern(p, draft) for p in phrases)
    return Analysis(
        flagged=True,
        patterns=patterns,
        suggestions=("I've been feeling unheard <b>&</b>. Could we talk?", "I miss you."),
        safety=None,
    )


@pytest.mark.parametrize(
    "draft",
    [
        "you never <b>listen</b> & you <script>alert(1)</script>",
        "you never listen &amp; &lt; </pre> <a href='x'>",
        "you never \u200b\u202e listen ‏שלום",
    ],
)
def test_format_flagged_escapes_everything_into_valid_telegram_html(draft: str) -> None:
    html = format_flagged(draft, _analysis(draft, "you never"))
    parsed = parse_html(html)  # raises on anything Telegram would reject
    assert draft.replace("you never", "", 1).strip()[:5] in parsed.text
    assert "<u><b>you never</b></u>" in html


def test_format_flagged_stays_under_telegram_limit_for_huge_drafts() -> None:
    draft = ("word " * 900) + "you never listen " + ("more " * 900)
    html = format_flagged(draft, _analysis(draft, "you never"))
    assert len(parse_html(html).text) <= TELEGRAM_LIMIT
    assert "…" in html


def test_marked_draft_merges_overlapping_spans() -> None:
    draft = "you never ever listen"
    patterns = (_pattern("you never", draft), _pattern("never ever", draft))
    assert marked_draft(draft, patterns) == "<u><b>you never ever</b></u> listen"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (callbacks.another(12, 1), callbacks.DraftAction("another", 12, index=1)),
        (callbacks.use(12, 0), callbacks.DraftAction("use", 12, index=0)),
        (callbacks.why(7), callbacks.DraftAction("why", 7)),
        (
            callbacks.feedback(7, "not_blaming"),
            callbacks.DraftAction("feedback", 7, feedback="not_blaming"),
        ),
        ("a:12", None),
        ("f:7:x", None),
        ("a:1:999", None),
        ("w:" + "9" * 40, None),
        ("';DROP TABLE users;--", None),
        ("", None),
    ],
)
def test_parse_draft_action_accepts_only_well_formed_data(
    data: str, expected: callbacks.DraftAction | None
) -> None:
    assert callbacks.parse_draft_action(data) == expected


def test_callback_data_fits_telegram_limit() -> None:
    big = 2**62
    for data in (callbacks.another(big, 2), callbacks.feedback(big, "helpful")):
        assert len(data.encode()) <= 64


def test_flood_gate_limits_per_user_in_a_sliding_window() -> None:
    gate = FloodGate(max_events=2, window=timedelta(seconds=10))
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    assert gate.allow(1, t0) and gate.allow(1, t0)
    assert not gate.allow(1, t0 + timedelta(seconds=5))
    assert gate.allow(2, t0)  # other users are unaffected
    assert gate.allow(1, t0 + timedelta(seconds=10))


def test_flood_gate_says_slow_down_once_per_window_and_counts_waiting_drafts() -> None:
    gate = FloodGate(max_events=2, window=timedelta(seconds=10))
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    verdicts = [gate.admit(1, t0 + timedelta(seconds=i / 100)) for i in range(300)]
    assert [v.verdict for v in verdicts[:3]] == [Verdict.ANSWER, Verdict.ANSWER, Verdict.SLOW_DOWN]
    assert {v.verdict for v in verdicts[3:]} == {Verdict.QUIET}  # one "slow down" only
    assert verdicts[2].waiting == 2  # both answers still under way
    assert gate.admit(2, t0).verdict is Verdict.ANSWER  # other users are unaffected
    # A new window: still over the limit (two drafts waiting), so one more "slow down".
    later = gate.admit(1, t0 + timedelta(seconds=31))
    assert (later.verdict, later.waiting) == (Verdict.SLOW_DOWN, 2)
    gate.done(1)
    gate.done(1)
    assert gate.admit(1, t0 + timedelta(seconds=32)).verdict is Verdict.ANSWER


def test_flood_gate_slow_down_after_everything_was_answered_says_when_to_retry() -> None:
    gate = FloodGate(max_events=2, window=timedelta(seconds=10))
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    for _ in range(2):
        gate.admit(1, t0)
        gate.done(1)
    told = gate.admit(1, t0 + timedelta(seconds=3))
    assert (told.verdict, told.waiting, told.free_in_s) == (Verdict.SLOW_DOWN, 0, 7)
    said = texts.slow_down(waiting=told.waiting, free_in_s=told.free_in_s)
    assert "still working" not in said and "7 seconds" in said
    assert "your last 2 drafts" in texts.slow_down(waiting=2, free_in_s=0)
    assert "your last draft," in texts.slow_down(waiting=1, free_in_s=0)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("you never listen to me", True),
        ("ok", True),
        ("👍👍", True),
        ("u never call me back when ur out w ur friends", True),
        ("pick up milk bread eggs cheese tomatoes", True),
        ("Je t'aime mais tu ne m'écoutes jamais quand je parle", False),
        ("Du hörst mir nie zu, wenn ich von der Arbeit erzähle, das macht mich traurig", False),
        ("Nunca me escuchas cuando te hablo de mi trabajo y eso me duele mucho", False),
        ("Ты никогда меня не слушаешь", False),
        ("あなたはいつも私の話を聞かない", False),
    ],
)
def test_is_probably_english(text: str, english: bool) -> None:
    assert is_probably_english(text) is english


@pytest.mark.parametrize(
    ("text", "visible"), [("", False), (" \n\t", False), ("\u200b\u2060\ufeff", False), ("a", True)]
)
def test_has_visible_text(text: str, visible: bool) -> None:
    assert has_visible_text(text) is visible


def test_fill_slot_folds_the_moment_in_as_a_clause() -> None:
    suggestion = "I've been feeling hurt when [what happened]. Could we talk about it?"
    assert fill(suggestion, "On Sunday, dinner went cold.") == (
        "I've been feeling hurt when on Sunday, dinner went cold. Could we talk about it?"
    )


@pytest.mark.parametrize(
    ("seconds", "label"), [(None, None), (60, "1 minute"), (600, "10 minutes"), (3600, "1 hour")]
)
def test_delay_label(seconds: int | None, label: str | None) -> None:
    assert delay_label(seconds) == label


def test_redacting_filter_hides_secrets(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("tend.test.redaction")
    logger.addFilter(RedactingFilter(["123:SECRET"]))
    with caplog.at_level(logging.INFO, logger="tend.test.redaction"):
        logger.info("calling %s/bot%s/getMe", "https://x", "123:SECRET")
    assert "SECRET" not in caplog.text and "[redacted]" in caplog.text


@pytest.mark.parametrize(
    ("answer", "moment"),
    [("on Sunday", True), ("when you left the party early", True), ("ok", False), ("👍", False)],
)
def test_looks_like_a_moment(answer: str, moment: bool) -> None:
    assert looks_like_a_moment(answer) is moment


@pytest.mark.parametrize(
    ("suggestion", "answer", "folded"),
    [
        (
            f"I've been feeling hurt since {nlp.SLOT}. Could we talk?",
            "On my birthday, when you forgot",
            "I've been feeling hurt since my birthday, when you forgot. Could we talk?",
        ),
        (
            f"I've been feeling hurt since {nlp.SLOT}.",
            "when you forgot my birthday",
            "I've been feeling hurt since you forgot my birthday.",
        ),
        (f"I feel hurt about {nlp.SLOT}.", "at the party", "I feel hurt about the party."),
        (f"I felt alone when {nlp.SLOT}.", "when you left", "I felt alone when you left."),
    ],
)
def test_fill_reads_well_when_folded(suggestion: str, answer: str, folded: str) -> None:
    assert fill(suggestion, answer) == folded


@pytest.mark.parametrize(
    ("text", "draft"),
    [
        ("I'm done with the dishes, can you do the laundry tonight", True),
        ("you never help around here", True),
        ("when you left the party early", False),
        ("last night at dinner", False),
        ("did you even notice?", True),
    ],
)
def test_reads_as_a_draft(text: str, draft: bool) -> None:
    assert reads_as_a_draft(text) is draft


def test_format_flagged_links_fixing_drafts_to_listen() -> None:
    draft = "have you tried just ignoring her"
    start = draft.index("have you tried")
    fixing = Pattern("fixing", "have you tried", start, start + 14, "may land as advice.")
    analysis = Analysis(
        flagged=True, patterns=(fixing,), suggestions=("That sounds hard.",), safety=None
    )
    assert "/listen" in format_flagged(draft, analysis)
    assert "/listen" not in format_flagged(draft, _analysis(draft, "have you tried"))
