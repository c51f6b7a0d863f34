"""Sentences beside the flagged one, read for blame (nlp/rewrite/asides.py).

Blind readers found the blame of a first suggestion mostly in sentences no rule flags, kept
as written: a question that asks nothing, a verdict on the partner's priorities, a stock
put-down. These drafts are of those kinds, written for this test, not taken from a rated set.
Learned blame is off, so the rules alone decide which sentence is flagged and which is the
one beside it.
"""

from __future__ import annotations

import pytest
from rewrite_scores import generated

import nlp
from nlp.rewrite import fluency, jabs
from nlp.rewrite.asides import only_a_put_down, only_points, stings_by_form
from nlp.rewrite.suggestions import units


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.Analyzer(learned_blame=False)


# (draft, words every suggestion keeps, the sentence beside the complaint that must go)
POINTED_ASIDES = [
    ("you left the wet towels on the bed AGAIN. third time this week. is the hook invisible "
     "to you or something", "wet towels", "hook"),
    ("you never help with the bins. are your arms broken or what", "the bins", "arms"),
    ("You never text when you're late. Is your phone just for decoration?", "late", "decoration"),
    ("You always leave the lights on. Do you think electricity is free?", "the lights",
     "electricity"),
    ("You always leave the gym bag in the hall. It's not rocket science.", "gym bag", "rocket"),
    ("You never ask me before you book our trips. As if my opinion ever mattered.", "our trips",
     "opinion"),
    ("you always interrupt me when I talk about my day. is my life that boring to you",
     "interrupt", "boring"),
    ("You never pick up the kids. Your job is more important than us.", "pick up the kids",
     "important"),
    ("You always criticise my cooking. Maybe you should cook then.", "criticise my cooking",
     "cook then"),
    ("you never do the washing up. it's not like it's hard", "washing up", "hard"),
    ("You always forget to feed the cat. It only matters when it's your stuff.",
     "feed the cat", "your stuff"),
]  # fmt: skip


def _offered(analyzer: nlp.Analyzer, draft: str) -> tuple[str, ...]:
    analysis = analyzer.analyze(draft)
    assert analysis.flagged and analysis.suggestions, draft
    return analysis.suggestions


@pytest.mark.parametrize(("draft", "kept", "aside"), POINTED_ASIDES)
def test_asides_pointed_sentence_left_out_facts_kept(
    draft: str, kept: str, aside: str, analyzer: nlp.Analyzer
) -> None:
    offered = _offered(analyzer, draft)
    first = offered[0]
    assert kept.lower() in first.lower(), f"{draft!r}\n-> {first!r}"
    for suggestion in offered:
        assert aside not in suggestion.lower(), f"{draft!r}\n-> {suggestion!r}"
    written = " ".join(generated(draft, first))
    assert not written or not fluency.explain(written, analyzer._nlp.pipe), first
    assert not analyzer.analyze(first).flagged, f"{first!r} flagged again"


# Sentences beside a complaint that say what happened, ask for something or hold a fact: each
# stays in the first suggestion.
KEPT_ASIDES = [
    ("You never text when you're late. I waited at the station for forty minutes.",
     "I waited at the station"),
    ("You never text back. Could you text me when you leave work?", "when you leave work"),
    ("You always leave the lights on. The electricity bill was £240 this month.", "£240"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "kept"), KEPT_ASIDES)
def test_asides_facts_and_asks_stay(draft: str, kept: str, analyzer: nlp.Analyzer) -> None:
    first = _offered(analyzer, draft)[0]
    assert kept.lower() in first.lower(), f"{draft!r}\n-> {first!r}"


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        ("is the hook invisible to you or something", True),
        ("Guess I'm not a priority.", True),
        ("You hate everything I like.", True),
        ("You sound exactly like your father.", True),
        ("Great.", True),
        # A number, a time or a name keeps a sentence whatever its form.
        ("Is your phone just for decoration on Fridays?", False),
        ("Your job is more important than Mia's 5th birthday.", False),
        # Two clauses: the point rides on what happened.
        ("Amma calls you and you drop everything.", False),
        # Real questions and asks.
        ("Did you pay the gas bill?", False),
        ("Can we just talk about it later?", False),
        ("Could you text me when you leave?", False),
        ("Is it so hard to hold my hand in public?", False),
        ("You left the gate open.", False),
    ],
)
def test_asides_only_points(sentence: str, points: bool, analyzer: nlp.Analyzer) -> None:
    (unit,) = units(analyzer._nlp(sentence))
    assert only_points(unit) is points


@pytest.mark.parametrize(
    ("sentence", "put_down"),
    [
        ("Honestly, it's like living with a teenager.", True),
        ("are your arms broken or what", True),
        # A verdict on priorities is often the complaint itself, flagged: it is read, not cut.
        ("Your hobbies matter more than our savings.", False),
        ("You never plan anything.", False),
    ],
)
def test_asides_only_a_put_down(sentence: str, put_down: bool, analyzer: nlp.Analyzer) -> None:
    (unit,) = units(analyzer._nlp(sentence))
    assert only_a_put_down(unit) is put_down


def test_asides_feeling_asked_as_a_jab_is_said_plainly(analyzer: nlp.Analyzer) -> None:
    first = _offered(analyzer, "You never ask how my day was. Am I invisible or what?")[0]
    assert "I feel invisible when you don't ask how my day was" in first, first
    assert "or what" not in first


@pytest.mark.parametrize(
    ("text", "word", "when"),
    [("Am I invisible?", "Am", False), ("You may think so.", "may", False),
     ("I was up at 6 am.", "am", True), ("We moved in May.", "May", True),
     ("See you Friday.", "Friday", True)],
)  # fmt: skip
def test_asides_time_words_that_are_plain_words(
    text: str, word: str, when: bool, analyzer: nlp.Analyzer
) -> None:
    (token,) = [t for t in analyzer._nlp(text) if t.text == word]
    assert jabs.says_when(token) is when


def test_asides_always_before_a_verb_is_no_order(analyzer: nlp.Analyzer) -> None:
    """ "You always forget to feed the cat" once came back asking "Could you forget to …?"."""
    for suggestion in _offered(analyzer, "You always forget to feed the cat."):
        assert "you forget to feed the cat?" not in suggestion, suggestion


# Stock stings by form (`stings_by_form`), written for this test: each goes from a suggestion
# beside a complaint that says what happened, whatever time or name it mentions.
STOCK_STINGS = [
    ("You always leave the car on empty after your Leeds trips. Hope the match was worth it.",
     "on empty", "worth it"),
    ("You never book the vet for Bella. Excuses aren't gonna cut it this time.",
     "the vet", "cut it"),
    ("You always tell your brother about our money. I'm done being the understanding one.",
     "your brother", "done being"),
    ("You never ask me before you say no to Sam's parties. If you don't like my friends, just "
     "say it.", "sam's parties", "just say it"),
    ("You never ask before you move my desk into the box room. Funny how that works.", "my desk",
     "funny how"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "kept", "sting"), STOCK_STINGS)
def test_asides_stock_sting_left_out_facts_kept(
    draft: str, kept: str, sting: str, analyzer: nlp.Analyzer
) -> None:
    first = _offered(analyzer, draft)[0]
    assert kept in first.lower(), f"{draft!r}\n-> {first!r}"
    assert sting not in first.lower(), f"{draft!r}\n-> {first!r}"


@pytest.mark.parametrize(
    ("sentence", "side", "sting"),
    [
        ("Hope the new console was worth it.", False, True),
        ("I am not your secretary.", False, True),
        ("I mean it this time, Jo.", False, True),
        ("You knew.", True, True),
        # Alone, or flagged, "you knew" is the complaint itself.
        ("You knew.", False, False),
        # A number keeps a sentence; a long one tells what happened before its tail.
        ("Hope the £90 was worth it.", False, False),
        ("I asked you on Monday to call the school about Ellie and you couldn't even manage "
         "that.", False, False),
        ("I mean the blue one, not the red one.", False, False),
    ],
)  # fmt: skip
def test_asides_stings_by_form(
    sentence: str, side: bool, sting: bool, analyzer: nlp.Analyzer
) -> None:
    (unit,) = units(analyzer._nlp(sentence))
    assert stings_by_form(unit, side=side) is sting
