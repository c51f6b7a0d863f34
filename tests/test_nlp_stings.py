"""The sting head (nlp/detect/stings.py): which sentences a complaint's rewrite leaves out of
the user's words. Drafts below were written for these tests, not taken from the training rows."""

from __future__ import annotations

import pytest

import nlp
from nlp.detect.stings import HEADS_FILE, LABEL, LEVEL, load_sting_reader
from nlp.encoder import files
from nlp.encoder.heads import load_heads
from nlp.train import stings as training
from nlp.train.data import DATA_DIR, data_sha256, read_rows


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


def test_sting_head_trained_on_the_data_in_the_repo() -> None:
    """Fails when the rewrite rows changed and `python -m nlp.train stings` was not rerun."""
    heads = load_heads(HEADS_FILE)
    assert heads.data_sha256 == data_sha256(training.training_files()), (
        "tests/data changed since the sting head was trained: run python -m nlp.train stings"
    )
    assert heads.encoder_sha256 == files.GRAPH_SHA256
    assert heads.labels == (LABEL,)
    assert 0.5 <= heads.threshold(LABEL, LEVEL) < 1.0


def test_sting_head_never_trains_on_a_measuring_split() -> None:
    rows = training.training_rows()
    assert all(r["split"] != "test" for r in rows if r["file"] == training.REWRITE_SET)
    names = {p.name for p in training.training_files()}
    assert "fresh_rewrites.jsonl" not in names and "fresh_rewrites_13.jsonl" not in names
    test_rows = [r for r in read_rows(DATA_DIR / training.REWRITE_SET) if r["split"] == "test"]
    assert test_rows


def test_threshold_keeps_fact_sentences_under_the_share() -> None:
    import numpy as np

    scores = np.array([0.95, 0.9, 0.85, 0.4, 0.3, 0.2, 0.1, 0.62, 0.55, 0.5])
    stings = np.array([True, True, True, False, False, False, False, False, False, False])
    chosen = training.threshold(scores, stings)
    assert float(np.mean(scores[~stings] >= chosen)) <= training.MAX_FACTS_TAKEN
    assert chosen == 0.63  # the lowest candidate above every fact sentence but none


def test_a_side_dig_is_left_out_and_the_facts_stay(analyzer: nlp.Analyzer) -> None:
    draft = (
        "you cancelled on me at 8 when the table was booked for 8:15. third time this month. "
        "honestly just tell me if you don't want to see me"
    )
    first = analyzer.analyze(draft).suggestions[0]
    assert "8:15" in first and "third time this month" in first
    assert "want to see me" not in first


@pytest.mark.parametrize(
    ("draft", "kept"),
    [
        ("you never help with the kids. anyway, dinner at 7?", "Anyway, dinner at 7?"),
        (
            "You left the oven on again after your shift on Friday. Real mature. "
            "Can you check it before you go out?",
            "Can you check it before you go out?",
        ),
    ],
)
def test_an_aside_or_the_users_own_ask_is_never_taken_for_a_sting(
    analyzer: nlp.Analyzer, draft: str, kept: str
) -> None:
    assert kept in analyzer.analyze(draft).suggestions[0]


def test_stings_are_read_only_for_a_complaint(analyzer: nlp.Analyzer) -> None:
    """Advice is answered in a frame of its own; a sting reading must not change it."""
    reader = load_sting_reader()
    assert reader.threshold == load_heads(HEADS_FILE).threshold(LABEL, LEVEL)
    first = analyzer.analyze("aw babe sorry work was rough. you should just quit").suggestions[0]
    assert "work" in first


def test_a_sting_that_is_the_whole_point_is_not_left_out(analyzer: nlp.Analyzer) -> None:
    """With nothing else that says what happened, leaving the sting out left only a slot."""
    first = analyzer.analyze("You're overthinking it. Just text her and get it over with.")
    assert nlp.SLOT not in first.suggestions[0]


def test_a_clause_is_never_left_out_mid_sentence(analyzer: nlp.Analyzer) -> None:
    """Leaving out "and I'm not trying to have a go." glued "… a nightmare We've had …"."""
    draft = (
        "Hey, I know parking in town is a nightmare and I'm not trying to have a go. We've had "
        "three tickets on the Honda this month at $65 each, so could we look at a monthly spot "
        "near your office? You never check the signs and it's adding up."
    )
    first = analyzer.analyze(draft).suggestions[0]
    assert "nightmare We" not in first
