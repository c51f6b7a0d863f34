"""Train the sting head: `python -m nlp.train stings` -> nlp/detect/sting_heads.json.

Which sentences of a flagged draft a rewrite must not keep as written. The minimal edit
(nlp/rewrite/minimal.py) keeps every sentence the rules and the blame model pass, and blind
readers found the stings those miss kept word for word ("We launch on the 14th, brilliant.",
"You do this every single evening and then wonder why …"): the blame model, trained on whole
drafts, scores a sentence that tells what happened in a complaint as high as its jab (on the
rewrite rows below, AUC 0.59 at telling them apart). This head is trained on that question.

Labels come from the rewrite rows' own annotations, written with each draft before any run: a
sentence holding one of the row's `forbid` words is a sting; one holding a `keep` word and no
`forbid` word tells what happened. Sentences with neither are not labelled. A sentence's row
is the encoder's reading of it inside its draft (as the analyzer has it, `sentence_rows`).

Rows: the rewrite set's train split, its dev file, and the fresh rewrite sets 2-12 (written
blind, read by the team since). The rewrite set's frozen test split, the first fresh set
(`fresh` in tests/rewrite_scores.py) and the newest blind sets stay out: they measure.
The threshold comes from 5-fold cross-validation grouped by draft: the lowest at which at most
MAX_FACTS_TAKEN of the fact sentences would be taken for stings. Deterministic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.detect.stings import HEADS_FILE, LABEL, LEVEL
from nlp.encoder.files import GRAPH_SHA256
from nlp.encoder.heads import Heads
from nlp.train.data import DATA_DIR, data_sha256, read_rows

REWRITE_SET = "rewrites.jsonl"
READ_FILES = ("rewrites_dev.jsonl", *(f"fresh_rewrites_{n}.jsonl" for n in range(2, 13)))
C = 1.0
FOLDS = 5
# A fact sentence taken for a sting can be left out of the rewrite and lose what it told; out
# of fold, at most this share of them may be. Blind readers failed a kept sting more often
# than a lost fact (set 12: blame left in 19 of 34 flagged drafts, facts lost in 9), so the
# share is not the smallest: on fresh sets 2-12, with a head trained without them and the
# first design (every stinging sentence read as part of the complaint), 5% (threshold 0.79)
# kept 17 fewer stings for 4 lost facts, 8% (about 0.70) 33 fewer for 14.
MAX_FACTS_TAKEN = 0.08
_CANDIDATES = tuple(round(t, 2) for t in np.arange(0.50, 0.96, 0.01))


@dataclass(frozen=True, slots=True)
class Example:
    vector: npt.NDArray[np.float32]
    sting: bool
    draft: str
    """The draft's file and template: the cross-validation groups."""


def training_files() -> list[Path]:
    return [DATA_DIR / name for name in (REWRITE_SET, *READ_FILES)]


def training_rows(files: Sequence[Path] | None = None) -> list[dict[str, Any]]:
    """The labelled drafts: the rewrite set's train split and every row of the read files."""
    rows: list[dict[str, Any]] = []
    for path in files or training_files():
        for row in read_rows(path):
            if path.name != REWRITE_SET or row["split"] == "train":
                rows.append({**row, "file": path.name})
    return rows


def examples(rows: Sequence[dict[str, Any]]) -> list[Example]:
    """Each labelled sentence of each draft the safety check lets through, read in context."""
    from nlp.detect.blame_model import sentence_rows
    from nlp.detect.pipeline import build
    from nlp.surface import view

    nlp, _ = build(allow_fallback=False, learned_blame=True)
    out: list[Example] = []
    docs = nlp.pipe([view(row["text"]).text for row in rows], batch_size=64)
    for row, doc in zip(rows, docs, strict=True):
        if doc._.tend_safety is not None:
            continue  # never reworded
        read = sentence_rows(doc)
        forbid = [w.lower() for w in row["forbid"]]
        keep = [w.lower() for w in row["keep"]]
        for vector, (start, end) in zip(read.matrix[1:], read.sentences, strict=True):
            text = doc[start:end].text.lower()
            sting = any(w in text for w in forbid)
            if sting or any(w in text for w in keep):
                out.append(Example(vector, sting, f"{row['file']}:{row['template']}"))
    return out


def fit(x: npt.NDArray[np.float32], y: npt.NDArray[np.int_]) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=C, max_iter=5000)
    model.fit(x, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def out_of_fold(found: Sequence[Example]) -> npt.NDArray[np.float64]:
    from sklearn.model_selection import GroupKFold

    x = np.vstack([e.vector for e in found])
    y = np.array([int(e.sting) for e in found])
    scores = np.zeros(len(found))
    for train, held in GroupKFold(FOLDS).split(x, y, [e.draft for e in found]):
        w, b = fit(x[train], y[train])
        scores[held] = 1.0 / (1.0 + np.exp(-(x[held] @ w + b)))
    return scores


def threshold(scores: npt.NDArray[np.float64], stings: npt.NDArray[np.bool_]) -> float:
    """The lowest candidate at which at most MAX_FACTS_TAKEN of the fact sentences score."""
    facts = scores[~stings]
    return next(float(t) for t in _CANDIDATES if float(np.mean(facts >= t)) <= MAX_FACTS_TAKEN)


def main(out: Path = HEADS_FILE, files: Sequence[Path] | None = None) -> dict[str, Any]:
    paths = list(files or training_files())
    found = examples(training_rows(paths))
    stings = np.array([e.sting for e in found])
    scores = out_of_fold(found)
    chosen = threshold(scores, stings)
    taken = scores >= chosen
    report = {
        "sentences": len(found),
        "stings": int(stings.sum()),
        "threshold": chosen,
        "cv_stings_found": round(float(taken[stings].mean()), 3),
        "cv_facts_taken": round(float(taken[~stings].mean()), 3),
    }
    x = np.vstack([e.vector for e in found])
    w, b = fit(x, stings.astype(np.int_))
    heads = Heads(
        labels=(LABEL,),
        weights=w[None, :],
        bias=np.array([b], dtype=np.float32),
        thresholds={LABEL: {LEVEL: chosen}},
        data_sha256=data_sha256(paths),
        encoder_sha256=GRAPH_SHA256,
        meta={"C": C, "max_facts_taken": MAX_FACTS_TAKEN, "report": report},
    )
    out.write_text(heads.to_json() + "\n", encoding="utf-8")
    return report
