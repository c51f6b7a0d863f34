"""Markup, shouting, "again" and teasing: what the analyzer reads through, and what it lets go."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import nlp
from nlp.surface import view

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


@pytest.fixture(scope="module")
def rules_only() -> nlp.Analyzer:
    return nlp.Analyzer(learned_blame=False)


@pytest.mark.parametrize(
    ("draft", "seen"),
    [
        ("<b>you never</b> listen", "you never listen"),
        ("*you never* listen", "you never listen"),
        ("you **always** forget", "you always forget"),
        ("you _always_ forget", "you always forget"),
        ("~~fine~~ whatever", "fine whatever"),
        ("hello<br>you", "hello you"),
        ('<a href="x">you</a> never', "you never"),
        ("YOU NEVER LISTEN TO ME", "you never listen to me"),
        ("you forgot our anniversary AGAIN", "you forgot our anniversary AGAIN"),
    ],
)
def test_view_reads_through_markup_and_shouting(draft: str, seen: str) -> None:
    assert view(draft).text == seen


@pytest.mark.parametrize(
    "draft",
    ["snake_case and 5*3", "miss you :* ;_; ^_^", "i <3 you", "x < y > z", "OK", "NO!", ""],
)
def test_view_leaves_ordinary_symbols_alone(draft: str) -> None:
    assert view(draft).text == draft


def test_view_maps_offsets_back_to_the_draft() -> None:
    draft = "hey <i>you</i> *never* listen"
    seen = view(draft)
    start = seen.text.index("you")
    end = seen.text.index("never") + len("never")
    lo, hi = seen.original(start, end)
    # Markup inside the span takes the markup at its edges along: a balanced highlight.
    assert draft[lo:hi] == "<i>you</i> *never*"
    lo, hi = seen.original(seen.text.index("listen"), len(seen.text))
    assert draft[lo:hi] == "listen"


@pytest.mark.parametrize(
    ("draft", "seen"),
    [
        ("you never\u200b listen", "you never listen"),
        ("you ne\u200bver listen", "you never listen"),
        ("you\u00a0never listen", "you never listen"),
        ("ｙｏｕ ｎｅｖｅｒ listen", "you never listen"),
        ("\u202eyou always\u202c forget", "you always forget"),
        ("\ufeffyou\u2060 always\u200e forget", "you always forget"),
        ("you al\u00adways for\u200cget", "you always forget"),
        ("you\x00 never", "you never"),
        ("you ne\u200dver listen", "you never listen"),
        ("caf\u0065\u0301 tonight", "caf\u00e9 tonight"),
        ("ﬁne, whatever", "fine, whatever"),
    ],
)
def test_view_normalises_characters_people_send(draft: str, seen: str) -> None:
    assert view(draft).text == seen


@pytest.mark.parametrize(
    "draft",
    [
        "plain ascii stays",
        "wait… what",
        "family 👨\u200d👩\u200d👧 day",
        "“quoted” ok ❤️",
        "naïve café",
    ],
)
def test_view_leaves_normal_unicode_alone(draft: str) -> None:
    seen = view(draft)
    assert seen.text == draft
    assert seen.starts is None


@pytest.mark.parametrize(
    ("draft", "word", "typed"),
    [
        ("ok you ne\u200bver listen", "never", "ne\u200bver"),
        ("ｙｏｕ ｎｅｖｅｒ listen", "never", "ｎｅｖｅｒ"),
        ("the ﬁne print", "fine", "ﬁne"),
        ("caf\u0065\u0301 *never* again", "café", "caf\u0065\u0301"),
        ("\u202e*you never*\u202c listen", "listen", "listen"),
    ],
)
def test_view_maps_normalised_offsets_back_to_the_draft(draft: str, word: str, typed: str) -> None:
    seen = view(draft)
    start = seen.text.index(word)
    lo, hi = seen.original(start, start + len(word))
    assert draft[lo:hi] == typed


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        ("you never\u200b listen to me", "you never"),
        ("you ne\u200bver listen to me", "you ne\u200bver"),
        ("ｙｏｕ ａｌｗａｙｓ forget the bins", "ｙｏｕ ａｌｗａｙｓ"),
        ("\u202eyou always\u202c forget the bins", "you always"),
        ("you\x00 always forget the bins", "you\x00 always"),
    ],
)
def test_hidden_characters_do_not_hide_a_pattern(
    draft: str, flagged: str, analyzer: nlp.Analyzer
) -> None:
    analysis = analyzer.analyze(draft)
    assert [p.text for p in analysis.patterns] == [flagged]
    assert all(draft[p.start : p.end] == p.text for p in analysis.patterns)


@pytest.mark.parametrize("run", ["😡" * 4096, "!" * 250, "x" * 101])
def test_view_reads_a_run_without_spaces_in_pieces(run: str) -> None:
    draft = f"you *never* {run} listen"
    seen = view(draft)
    assert max(len(word) for word in seen.text.split()) <= 100
    start = seen.text.index("never")
    assert draft[slice(*seen.original(start, start + 5))] == "never"
    start = seen.text.index("listen")
    assert draft[slice(*seen.original(start, start + 6))] == "listen"
    first = seen.text.index(run[0])
    assert draft[slice(*seen.original(first, start - 1))] == run


def test_view_keeps_one_character_per_character_when_lowercasing() -> None:
    draft = "İSTANBUL AGAIN YOU NEVER CALL"  # "İ".lower() is two characters
    assert len(view(draft).text) == len(draft)


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        ("<b>you never</b> listen to me", "you never"),
        ("*you never* listen when i talk", "you never"),
        ("you _always_ leave the lights on", "you _always_"),
        ("you **always** forget the milk", "you **always**"),
        ("hey. <i>YOU NEVER</i> help", "YOU NEVER"),
        ("<u>if you go out tonight we're done</u>", "if you go out tonight we're done"),
    ],
)
def test_flagged_span_points_at_the_typed_characters(
    draft: str, flagged: str, analyzer: nlp.Analyzer
) -> None:
    analysis = analyzer.analyze(draft)
    assert [p.text for p in analysis.patterns] == [flagged]
    for pattern in analysis.patterns:
        assert draft[pattern.start : pattern.end] == pattern.text
    for suggestion in analysis.suggestions:
        assert "<" not in suggestion and "*" not in suggestion and "_" not in suggestion


@pytest.mark.parametrize(
    ("draft", "flagged"),
    [
        ("you forgot our anniversary AGAIN", "AGAIN"),
        ("YOU FORGOT OUR ANNIVERSARY AGAIN", "AGAIN"),
        ("you forgot our anniversary again", "again"),
        ("u left the back door open agian", "agian"),
        ("you're late again", "again"),
        ("you did it again, talking over me", "again"),
        ("you didn't call your mum back again", "again"),
        ("we missed the train because of you. AGAIN.", "AGAIN"),
        ("you forgot the milk. again.", "again"),
        ("Every. Single. Time.", "Every. Single. Time"),
        ("you left the door open. EVERY. SINGLE. TIME.", "EVERY. SINGLE. TIME"),
        ("you left the door open. EVERY SINGLE TIME", "EVERY SINGLE TIME"),
        ("YOU NEVER LISTEN", "YOU NEVER"),
        ("You ALWAYS do this", "You ALWAYS"),
    ],
)
def test_again_and_shouting_land_as_absolutes(
    draft: str, flagged: str, analyzer: nlp.Analyzer
) -> None:
    # The rules' spans: the model may also read the sentence before as absolute (session 8).
    patterns = [
        p for p in analyzer.analyze(draft).patterns if p.category == "absolute" and not p.learned
    ]
    assert [p.text for p in patterns] == [flagged]


def test_again_explanation_names_the_word(analyzer: nlp.Analyzer) -> None:
    (pattern,) = analyzer.analyze("you forgot our anniversary AGAIN").patterns
    assert pattern.explanation.startswith("“Again”")


@pytest.mark.parametrize(
    "draft",
    [
        "the cat is sitting on your pillow again 🐈",
        "can't wait to see you AGAIN!!",
        "the boiler's playing up AGAIN, I've rung the engineer",
        "I forgot to defrost the chicken AGAIN lol, takeaway?",
        "the sink is full AGAIN and you're still at work, poor you",
        "you forgot your gym bag again! want me to bring it?",
        "I burn the toast. Every. Single. Time.",
        "you did the dishes again, thank you so much",
    ],
)
def test_harmless_again_is_left_alone(draft: str, rules_only: nlp.Analyzer) -> None:
    # The emphasis rules' guard, pinned without learned blame, which reads "…, poor you" as
    # it sees it.
    analysis = rules_only.analyze(draft)
    assert not analysis.flagged, [(p.category, p.text) for p in analysis.patterns]


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("YOU NEVER LISTEN TO ME", "you don't listen to me"),
        ("WHY DO YOU NEVER HELP WITH THE KIDS", "you don't help with the kids"),
        ("YOU FORGOT OUR ANNIVERSARY AGAIN", "you forgot our anniversary"),
        ("you left the door open. Every. Single. Time.", "when you left the door open"),
    ],
)
def test_shouted_and_emphatic_drafts_rewrite_cleanly(
    draft: str, expected: str, analyzer: nlp.Analyzer
) -> None:
    first = analyzer.analyze(draft).suggestions[0]
    assert expected in first, first


@pytest.mark.parametrize(
    "draft",
    [
        "you're so lazy today lol",
        "you goof, you always forget your keys 😂",
        "ur so dramatic 😂 it was a tiny spider",
        "you always steal the duvet 😜",
        "you're such a baby about needles haha",
        "you always fall asleep in films lol",
    ],
)
def test_affectionate_teasing_is_not_flagged(draft: str, analyzer: nlp.Analyzer) -> None:
    analysis = analyzer.analyze(draft)
    assert not analysis.flagged, [(p.category, p.text) for p in analysis.patterns]


@pytest.mark.parametrize(
    ("draft", "category"),
    [
        ("you're pathetic lol", "contempt"),
        ("ur such an idiot lol", "contempt"),
        ("you're so selfish lol", "labeling"),
        ("lol you never listen", "absolute"),
        ("you never listen to me lol", "absolute"),
        ("you always forget my birthday 😂", "absolute"),
        ("you're so lazy lol and i'm exhausted", "labeling"),
        ("you're so lazy lol. and you never do the dishes", "labeling"),
    ],
)
def test_a_laugh_does_not_hide_contempt_or_a_complaint(
    draft: str, category: str, analyzer: nlp.Analyzer
) -> None:
    analysis = analyzer.analyze(draft)
    assert category in analysis.categories, [(p.category, p.text) for p in analysis.patterns]


def test_teasing_rule_leaves_the_safety_gate_alone(analyzer: nlp.Analyzer) -> None:
    """Laughter never softens a disclosure: the gate runs before any coaching."""
    for draft, kind in [
        ("you're so lazy lol he hit me last night", "violence"),
        ("you always forget stuff 😂 i want to die", "crisis"),
    ]:
        analysis = analyzer.analyze(draft)
        assert analysis.safety is not None and analysis.safety.kind == kind, draft
        assert analysis.suggestions == ()


def _rows(name: str) -> list[dict[str, Any]]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", ["drafts_heldout.jsonl", "drafts_heldout_fresh.jsonl"])
def test_heldout_drafts_are_unseen_and_well_formed(name: str) -> None:
    """Held-out files measure the rules (bench/analyzer.py --quality); they must never leak
    into the tuning set, tests/data/drafts.jsonl."""
    heldout, tuning = _rows(name), _rows("drafts.jsonl")
    assert len(heldout) >= 60
    seen = {str(row["text"]).lower() for row in tuning}
    assert not [row["text"] for row in heldout if str(row["text"]).lower() in seen]
    for row in heldout:
        assert set(row) == {"text", "flagged", "categories", "kind", "keep", "drop"}
        assert row["flagged"] == bool(row["categories"])
        assert set(row["categories"]) <= set(nlp.CATEGORIES)
