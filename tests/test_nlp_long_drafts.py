"""Very long drafts are read lightly: rules (safety's too) and the classifier, no parse, no
rewrite, and the Analysis says so. The time it takes is measured in bench/length.py."""

from __future__ import annotations

import pytest

import nlp
from nlp.analyzer import LIGHT_READING_CHARS

FILLER = "The train was late so I missed the meeting. "
BLAME = "You never listen to me."


def _long(middle: str, size: int = LIGHT_READING_CHARS + 1) -> str:
    half = FILLER * (size // len(FILLER) // 2 + 1)
    return half + middle + " " + half


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    """With the classifier: the light reading runs it too."""
    return nlp.Analyzer(textcat=True)


def test_long_draft_is_read_lightly_with_exact_offsets(analyzer: nlp.Analyzer) -> None:
    draft = _long(BLAME)
    result = analyzer.analyze(draft)
    assert result.read_lightly and result.flagged
    assert result.suggestions == () and result.mine is None
    found = [p for p in result.patterns if p.category == "absolute"]
    assert found and all(draft[p.start : p.end] == p.text for p in result.patterns)
    assert draft.index(BLAME) <= found[0].start < draft.index(BLAME) + len(BLAME)


def test_long_draft_keeps_the_safety_rules(analyzer: nlp.Analyzer) -> None:
    result = analyzer.analyze(_long("I want to kill myself."))
    assert result.read_lightly
    assert result.safety is not None and result.safety.kind == "crisis"


def test_draft_at_the_limit_is_read_in_full(analyzer: nlp.Analyzer) -> None:
    draft = (BLAME + " " + FILLER * (LIGHT_READING_CHARS // len(FILLER)))[:LIGHT_READING_CHARS]
    result = analyzer.analyze(draft)
    assert not result.read_lightly
    assert result.flagged and result.suggestions


def test_long_and_short_drafts_in_one_batch_keep_their_order(analyzer: nlp.Analyzer) -> None:
    drafts = [BLAME, _long(BLAME), "thanks for dinner, it was lovely"]
    results = analyzer.analyze_many(drafts)
    assert [r.read_lightly for r in results] == [False, True, False]
    assert results == [analyzer.analyze(d) for d in drafts]
