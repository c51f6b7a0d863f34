"""The bag-of-words classifier: training is deterministic, the model matches its data, it loads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.detect.textcat import DEFAULT_PATH, FLAGGED, load_textcat, metadata_path
from nlp.train.textcat import (
    CORPUS_FILES,
    DATA_DIR,
    LABELS,
    data_digest,
    fit,
    read_rows,
    train_textcat,
)

_TINY = [
    ("you never listen to me", True, ["absolute"]),
    ("you always forget the bins", True, ["absolute"]),
    ("you are so lazy", True, ["labeling"]),
    ("if you go out tonight we are done", True, ["threat"]),
    ("thanks for dinner, it was lovely", False, []),
    ("can you pick up milk on the way home", False, []),
    ("i love how you always make me laugh", False, []),
    ("the train is late again", False, []),
]


def _write_tiny_corpus(folder: Path) -> list[Path]:
    path = folder / "tiny.jsonl"
    lines = [
        json.dumps(
            {"text": t, "flagged": f, "categories": c, "template": f"t{i % 5}", "split": "train"}
        )
        for i, (t, f, c) in enumerate(_TINY * 3)
    ]
    held_out = {"text": "held out", "flagged": True, "categories": [], "template": "x"}
    lines.append(json.dumps({**held_out, "split": "test"}))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return [path]


def test_textcat_reads_only_the_training_split(tmp_path: Path) -> None:
    rows = read_rows(_write_tiny_corpus(tmp_path))
    assert len(rows) == len(_TINY) * 3
    assert all(row.text != "held out" for row in rows)
    assert rows[0].labels == {"absolute", FLAGGED}


def test_textcat_training_is_deterministic(tmp_path: Path) -> None:
    rows = read_rows(_write_tiny_corpus(tmp_path))
    first, second = fit(rows, epochs=2), fit(rows, epochs=2)
    text = "you never help"
    assert first(text).cats == second(text).cats


def test_textcat_trains_writes_and_loads(tmp_path: Path) -> None:
    paths = _write_tiny_corpus(tmp_path)
    out = tmp_path / "model" / "textcat"
    meta = train_textcat(out, paths)
    written = json.loads(metadata_path(out).read_text("utf-8"))
    assert written == meta
    assert written["data_sha256"] == data_digest(paths)
    assert set(written["thresholds"]) == set(LABELS)
    model = load_textcat(out)
    draft = "thanks for dinner. you never listen to me!"
    result = model(draft)
    assert set(result.scores) == set(LABELS)
    assert [draft[s.start : s.end] for s in result.sentences] == [
        "thanks for dinner.",
        "you never listen to me!",
    ]
    assert result.labels == model.labels_of(result.scores)


@pytest.mark.skipif(not DEFAULT_PATH.is_dir(), reason="no committed classifier")
def test_textcat_committed_model_matches_its_training_data() -> None:
    meta = json.loads(metadata_path(DEFAULT_PATH).read_text("utf-8"))
    assert meta["data_sha256"] == data_digest([DATA_DIR / name for name in CORPUS_FILES]), (
        "the corpus changed since the classifier was trained: run `python -m nlp.train textcat`"
    )
