"""The model: hash verification, tampering, a missing model, and the blank fallback."""

from __future__ import annotations

import io
import logging
import shutil
from pathlib import Path

import pytest

import nlp
from nlp.__main__ import main
from nlp.model import (
    OFFICIAL_SHA256,
    ModelIntegrityError,
    ModelNotFoundError,
    find_model,
    verify,
)

MISSING = "tend_no_such_model_package"


@pytest.fixture(scope="module")
def model_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The installed model's data directory, copied so tests can tamper with it."""
    installed = find_model()
    if installed is None:
        pytest.skip("no trained model installed (scripts/setup installs the pinned one)")
    target = tmp_path_factory.mktemp("model") / "en_core_web_sm"
    shutil.copytree(installed.path, target)
    return target


@pytest.fixture(scope="module")
def tampered(model_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("tampered") / "en_core_web_sm"
    shutil.copytree(model_copy, target)
    with (target / "tagger" / "model").open("ab") as stream:
        stream.write(b"\0")
    (target / "vocab" / "vectors.cfg").unlink()
    return target


@pytest.fixture(scope="module")
def fallback() -> nlp.Analyzer:
    return nlp.Analyzer(MISSING)


def test_installed_model_matches_the_official_hashes() -> None:
    installed = find_model()
    if installed is None:
        pytest.skip("no trained model installed")
    result = verify(installed)
    assert result.ok, result.describe()
    assert len(OFFICIAL_SHA256) == 21


def test_verify_names_changed_and_missing_files(tampered: Path) -> None:
    installed = find_model(str(tampered))
    assert installed is not None
    result = verify(installed)
    assert result.mismatched == ("tagger/model",)
    assert result.missing == ("vocab/vectors.cfg",)
    assert "MISMATCH" in result.describe()


def test_analyzer_refuses_a_tampered_model_even_with_fallback(tampered: Path) -> None:
    with pytest.raises(ModelIntegrityError, match="tagger/model"):
        nlp.Analyzer(str(tampered), allow_fallback=True)


def test_analyzer_loads_a_verified_model_directory(model_copy: Path) -> None:
    analyzer = nlp.Analyzer(str(model_copy), allow_fallback=False)
    assert analyzer.info.trained and analyzer.info.verified
    assert "ner" not in analyzer.info.pipeline and "parser" in analyzer.info.pipeline


def test_missing_model_without_fallback_raises() -> None:
    with pytest.raises(ModelNotFoundError):
        nlp.Analyzer(MISSING, allow_fallback=False)


def test_missing_model_falls_back_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="nlp.model"):
        analyzer = nlp.Analyzer(MISSING)
    assert any(
        "fallback" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records
    )
    assert not analyzer.info.trained and "fallback" in analyzer.info.describe()


@pytest.mark.parametrize(
    ("draft", "category"),
    [
        ("you never listen to me", "absolute"),
        ("ur so lazy, the laundry has been sitting there for 3 days", "labeling"),
        ("if you dont stop gaming all night im moving out", "threat"),
        ("have you tried meditating?", "fixing"),
    ],
)
def test_fallback_still_flags_and_rewrites(
    draft: str, category: str, fallback: nlp.Analyzer
) -> None:
    analysis = fallback.analyze(draft)
    assert category in analysis.categories
    assert len(analysis.suggestions) >= 2
    for suggestion in analysis.suggestions:
        assert not fallback.analyze(suggestion).flagged, suggestion
        assert suggestion.startswith(("I", "That sounds", "It sounds like")), suggestion


def test_fallback_keeps_the_safety_gate(fallback: nlp.Analyzer) -> None:
    concern = fallback.analyze("i want to die").safety
    assert concern is not None and concern.kind == "crisis"


@pytest.mark.parametrize(
    ("model", "code", "words"),
    [(None, 0, "model ok"), (MISSING, 0, "fallback")],
)
def test_cli_verify_model(model: str | None, code: int, words: str) -> None:
    out = io.StringIO()
    argv = ["--verify-model"] + (["--model", model] if model else [])
    if model is None and find_model() is None:
        pytest.skip("no trained model installed")
    assert main(argv, stdout=out) == code
    # One line for the spaCy model, one for the sentence encoder (absent model: one line).
    assert words in out.getvalue() and out.getvalue().count("\n") == (2 if model is None else 1)


def test_cli_verify_model_fails_on_mismatch(tampered: Path) -> None:
    out = io.StringIO()
    assert main(["--verify-model", "--model", str(tampered)], stdout=out) == 1
    assert "MISMATCH" in out.getvalue()


def test_fallback_verdicts_never_reach_another_analyzer(fallback: nlp.Analyzer) -> None:
    # The fluency gate remembers its verdicts; the blank pipeline (no parser) rejects most
    # sentences, and once shared a module-wide memory with every Analyzer in the process.
    fallback.analyze("you never listen to me")
    first = nlp.default_analyzer().analyze("you never listened to me").suggestions[0]
    assert "you didn't listen to me" in first and "[what happened]" not in first, first
