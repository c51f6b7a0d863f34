"""Everyday English that issue 14 names as wrongly flagged, each beside a blaming use of the
same words that must stay flagged (guards in nlp/patterns/guards.jsonl; the ambiguous
one-word exclamations in contempt.jsonl need the partner named elsewhere in the draft)."""

from __future__ import annotations

import pytest

import nlp


@pytest.fixture(scope="module")
def rules() -> nlp.Analyzer:
    """The default analyzer: rules decide blame; these tests pin the rules and their guards."""
    return nlp.default_analyzer()


@pytest.mark.parametrize(
    "draft",
    [
        "you must take your passport",
        "you'll need to bring a coat, it's freezing up there",
        "just breathe that fresh air",
        "Unbelievable!",
        "Very impressive",
        "how ridiculous, the train's cancelled again",
        "you can never be too safe",
        "you could never be too careful with those ladders",
        "yeah you're right",
        "yes you are so right about the film",
        "don't talk to me about laptops",
        "don't talk to me about the traffic on the M25 today",
    ],
)
def test_everyday_phrase_is_not_flagged(rules: nlp.Analyzer, draft: str) -> None:
    analysis = rules.analyze(draft)
    assert not analysis.flagged, f"{draft!r} flagged: {analysis.patterns}"


@pytest.mark.parametrize(
    ("draft", "category"),
    [
        ("you must take responsibility for this", "demand"),
        ("just breathe, it's not a big deal", "fixing"),
        ("You forgot my birthday again. Unbelievable.", "contempt"),
        ("Wow, you actually did the dishes. Very impressive.", "contempt"),
        ("Pathetic.", "contempt"),
        ("yeah well you never help either", "defensiveness"),
        ("don't talk to me about it", "stonewalling"),
        ("don't talk to me", "stonewalling"),
    ],
)
def test_blaming_use_of_the_same_words_stays_flagged(
    rules: nlp.Analyzer, draft: str, category: str
) -> None:
    categories = rules.analyze(draft).categories
    assert category in categories, f"{draft!r}: wanted {category}, got {categories}"
