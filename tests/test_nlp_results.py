"""Results are plain, frozen, picklable data, and analyze_many agrees with analyze."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

import nlp


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


DRAFTS = ["you never listen to me", "ok 👍", "i want to die", "whatever", "", "you're so selfish"]


def test_analysis_survives_pickling(analyzer: nlp.Analyzer) -> None:
    for draft in DRAFTS:
        analysis = analyzer.analyze(draft)
        assert pickle.loads(pickle.dumps(analysis)) == analysis


def test_analysis_is_frozen(analyzer: nlp.Analyzer) -> None:
    analysis = analyzer.analyze("you never listen to me")
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.flagged = False  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.patterns[0].text = "x"  # type: ignore[misc]


def test_analysis_json_shape(analyzer: nlp.Analyzer) -> None:
    data = json.loads(json.dumps(analyzer.analyze("you never listen to me").to_dict()))
    assert set(data) == {
        "flagged",
        "patterns",
        "suggestions",
        "safety",
        "check_in",
        "read_lightly",
    }
    assert set(data["patterns"][0]) == {
        "category",
        "text",
        "start",
        "end",
        "explanation",
        "learned",
    }
    assert data["patterns"][0]["learned"] is False  # "you never": the rules' own words
    assert data["safety"] is None
    safety = analyzer.analyze("i want to die").to_dict()["safety"]
    assert safety["kind"] == "crisis"


def test_analyze_many_matches_analyze_in_order(analyzer: nlp.Analyzer) -> None:
    assert analyzer.analyze_many(DRAFTS) == [analyzer.analyze(d) for d in DRAFTS]
    assert analyzer.analyze_many([]) == []


def test_module_analyze_uses_the_default_analyzer() -> None:
    assert nlp.analyze("you never listen to me") == nlp.default_analyzer().analyze(
        "you never listen to me"
    )


def test_analyze_rejects_non_text(analyzer: nlp.Analyzer) -> None:
    with pytest.raises(TypeError):
        analyzer.analyze(b"you never listen")  # type: ignore[arg-type]


def test_analyze_many_of_safety_concerns_only(analyzer: nlp.Analyzer) -> None:
    # A batch with nothing for learned blame to read (every draft a safety concern) once
    # crashed its classifier batch; the bot sends a lone draft through analyze_many.
    draft = "you never listen and last night he pushed me into the wall, i'm scared"
    (alone,) = analyzer.analyze_many([draft])
    assert alone.safety is not None and alone.safety.kind == "violence"
    assert alone.suggestions == ()
