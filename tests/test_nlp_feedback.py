"""👎 examples users shared, read by the training script: the file the bot makes parses, drafts
train as innocent rows, words-only rows are counted and not fitted, the data hash covers all."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_nlp_textcat import _write_tiny_corpus

import nlp
from bot.privacy import examples
from nlp.train import feedback
from nlp.train.__main__ import main
from nlp.train.textcat import data_digest, feedback_rows, train_textcat

DRAFT = "you never guess what, the cat learned to open the fridge"


def _shared(folder: Path, *, with_drafts: bool, name: str = "tend-not-blaming.jsonl") -> Path:
    """A file as the bot sends it (bot.privacy.examples), one verdict with a kept draft."""
    disputed = [
        examples.Disputed("2026-W49", (("absolute", "you never"),), DRAFT),
        examples.Disputed("2026-W50", (("fixing", "just relax"), ("blame", "your fault")), None),
    ]
    ids = {("absolute", "you never"): "you_always", ("fixing", "just relax"): "just_relax"}
    path = folder / name
    path.write_bytes(examples.feedback_file(disputed, ids, with_drafts=with_drafts))
    return path


def test_feedback_format_is_the_one_the_bot_writes() -> None:
    assert feedback.FORMAT == examples.FORMAT
    assert examples.VERDICT in feedback.VERDICTS
    assert examples.iso_week(datetime(2027, 1, 1, tzinfo=UTC)) == "2026-W53"


@pytest.mark.parametrize("with_drafts", [False, True])
def test_feedback_reads_a_shared_file(tmp_path: Path, with_drafts: bool) -> None:
    path = _shared(tmp_path, with_drafts=with_drafts)
    first, second = feedback.read_feedback([path])
    assert first.flags == (feedback.Flag("absolute", "you_always", "you never"),)
    assert first.draft == (DRAFT if with_drafts else None)
    assert second.flags[1] == feedback.Flag("blame", None, "your fault")  # no rule named
    rows = feedback_rows([path])
    assert [(r.text, r.labels) for r in rows] == ([(DRAFT, frozenset())] if with_drafts else [])
    assert feedback.summary([first, second]) == {
        "rows": 2,
        "fitted_innocent": int(with_drafts),
        "words_only": 2 - int(with_drafts),
        "disputed": {"absolute/you_always": 1, "blame/model": 1, "fixing/just_relax": 1},
    }


@pytest.mark.parametrize(
    "row",
    [
        {"schema": "tend-feedback/2", "verdict": "not_blaming", "week": "x", "flags": []},
        {"schema": "tend-feedback/1", "verdict": "helpful", "week": "x", "flags": []},
        {"schema": "tend-feedback/1", "verdict": "not_blaming", "week": "x", "flags": []},
        {
            "schema": "tend-feedback/1",
            "verdict": "not_blaming",
            "week": "x",
            "flags": [{"category": "rudeness", "pattern": None, "words": "ugh"}],
        },
    ],
)
def test_feedback_refuses_rows_it_cannot_read(tmp_path: Path, row: dict[str, object]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text("\n" + json.dumps(row) + "\n", "utf-8")
    with pytest.raises(feedback.FeedbackError, match=r"bad\.jsonl:2"):
        feedback.read_feedback([path])


def test_feedback_trains_innocent_rows_and_enters_the_data_hash(tmp_path: Path) -> None:
    corpus = _write_tiny_corpus(tmp_path)
    # Two users' files under the same name: both count, each by its content.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shared = [
        _shared(tmp_path / "a", with_drafts=True),
        _shared(tmp_path / "b", with_drafts=False),
    ]
    meta = train_textcat(tmp_path / "model", corpus, feedback=shared)
    plain = data_digest(corpus)
    assert meta["data_sha256"]["all"] != plain["all"]
    assert len(meta["data_sha256"]["feedback"].split()) == 2
    assert meta["train_rows"] == len(feedback_rows(shared)) + 24
    assert meta["feedback"]["rows"] == 4 and meta["feedback"]["fitted_innocent"] == 1


def test_feedback_is_refused_for_the_safety_heads(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["safety", "--feedback", str(_shared(tmp_path, with_drafts=True))])


@pytest.mark.parametrize(
    ("draft", "rule"),
    [
        ("You never listen to me.", "you_always"),
        ("It's your fault we missed the train.", "your_fault"),
        ("why don't you just relax", "why_dont_you_just"),
        ("You are so lazy.", "you_are_label_1"),
    ],
)
def test_feedback_rule_ids_come_from_the_flagged_words_alone(draft: str, rule: str) -> None:
    analyzer = nlp.default_analyzer()
    # What a check keeps: the category and the flagged words, lower case.
    flags = [(p.category, p.text.lower()) for p in analyzer.analyze(draft).patterns]
    assert rule in analyzer.pattern_ids(flags)


def test_feedback_rule_ids_are_none_when_no_rule_names_the_words() -> None:
    analyzer = nlp.default_analyzer()
    assert analyzer.pattern_ids([("absolute", "the cat sat"), ("blame", "you never")]) == [
        None,
        None,  # "you never" is an always/never rule, not a blame one
    ]
