"""Train the blame heads: `python -m nlp.train blame`.

Eleven logistic heads over the sentence encoder ("flagged" and the ten categories). A draft
row is labelled with its draft's labels; the sentences of an innocent draft are innocent too,
so they are negatives of their own; the sentences of a blaming draft are not labelled (which
sentence blames is not written down). Only rows of the "train" split are fitted on, and the
thresholds come from 5-fold cross-validation grouped by template inside train, scored the way
the analyzer runs: the rules first, then the model on the sentences no rule span covers
(nlp/detect/blame_model.py). The "test" split is read once, at the end, and printed beside the
cross-validated figures. Deterministic: same data, same heads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.detect.blame_model import (
    FLAGGED,
    HEADS_FILE,
    LABELS,
    VETO,
    SentenceRows,
    SentenceVerdict,
    judge_sentences,
    vetoed,
)
from nlp.encoder.files import GRAPH_SHA256
from nlp.encoder.heads import Heads
from nlp.results import CATEGORIES
from nlp.train.data import DATA_DIR, data_sha256, read_rows

CORPUS_FILES = ("corpus_blaming_a.jsonl", "corpus_blaming_b.jsonl", "corpus_innocent.jsonl")
# The team's first hand-written set: the rules were written from it, so it trains, never tests.
LEGACY_FILE = "drafts.jsonl"
C = 2.0
FOLDS = 5
# The combination (rules, then the model) must keep flagged precision at or above this on the
# cross-validated train rows; of the thresholds that do, the one with the best recall wins.
# Why not the 0.95: on these rows no threshold pair reaches it with more recall than
# the rules alone (0.93 gives recall 0.43; 0.90 gives 0.59 where the rules alone give 0.85
# precision and 0.37 recall), so 0.90 is the point that beats the rules on both counts.
PRECISION_FLOOR = 0.90


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    flagged: bool
    categories: tuple[str, ...]
    template: str
    split: str


@dataclass(frozen=True, slots=True)
class Read:
    """One draft as the pipeline read it: embeddings, sentences and what the rules said."""

    rows: SentenceRows
    rule_flagged: bool
    """Flagged by the rules (a pattern, or the safety rules stopping the draft)."""
    rule_categories: frozenset[str]

    @property
    def matrix(self) -> npt.NDArray[np.float32]:
        return self.rows.matrix


def training_files() -> list[Path]:
    return [DATA_DIR / name for name in (*CORPUS_FILES, LEGACY_FILE)]


def load_rows() -> list[Row]:
    rows: list[Row] = []
    for name in CORPUS_FILES:
        for r in read_rows(DATA_DIR / name):
            rows.append(
                Row(r["text"], r["flagged"], tuple(r["categories"]), r["template"], r["split"])
            )
    for n, r in enumerate(read_rows(DATA_DIR / LEGACY_FILE)):
        rows.append(Row(r["text"], r["flagged"], tuple(r["categories"]), f"drafts-{n}", "train"))
    return rows


def feedback_rows(paths: Sequence[Path]) -> list[Row]:
    """👎 drafts users gave away, as innocent rows of the training split (their sentences are
    negatives too, as an innocent draft's are); words-only rows are not fitted
    (nlp/train/feedback.py)."""
    from nlp.train.feedback import innocent_drafts, read_feedback

    return [
        Row(v.draft, False, (), v.template, "train")
        for v in innocent_drafts(read_feedback(paths))
        if v.draft is not None
    ]


def read_drafts(texts: Sequence[str]) -> list[Read]:
    """Run the pipeline over the texts as the analyzer would, without the blame model, and
    without the learned safety check: it is trained on its own, and its verdicts must not
    move the blame rows (a draft it stops is never coached, whatever the blame model says)."""
    from nlp.detect.blame_model import sentence_rows
    from nlp.detect.judge import FINAL_KEY
    from nlp.detect.pipeline import build
    from nlp.surface import view

    nlp, _ = build(allow_fallback=False, learned_blame=True)
    disabled = [n for n in nlp.pipe_names if n in {"tend_blame_model", "tend_safety_model"}]
    out: list[Read] = []
    with nlp.select_pipes(disable=disabled):
        for doc in nlp.pipe([view(t).text for t in texts], batch_size=64):
            rule_spans = list(doc.spans.get(FINAL_KEY, []))
            out.append(
                Read(
                    rows=sentence_rows(doc),
                    rule_flagged=doc._.tend_safety is not None or bool(rule_spans),
                    rule_categories=frozenset(s.label_ for s in rule_spans),
                )
            )
    return out


def _instances(
    reads: Sequence[Read], rows: Sequence[Row], index: Sequence[int]
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.int_]]:
    """The fitting rows: every draft, plus each sentence of a multi-sentence innocent draft."""
    xs: list[npt.NDArray[np.float32]] = []
    ys: list[list[int]] = []
    for i in index:
        labels = _labels(rows[i])
        xs.append(reads[i].matrix[0])
        ys.append(labels)
        if not rows[i].flagged and len(reads[i].matrix) > 1:
            for vector in reads[i].matrix[1:]:
                xs.append(vector)
                ys.append([0] * len(LABELS))
    return np.vstack(xs), np.array(ys, dtype=np.int_)


def _labels(row: Row) -> list[int]:
    return [int(row.flagged)] + [int(c in row.categories) for c in CATEGORIES]


def _fit(x: npt.NDArray[np.float32], y: npt.NDArray[np.int_]) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    weights, biases = [], []
    for column in range(y.shape[1]):
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000)
        model.fit(x, y[:, column])
        weights.append(model.coef_[0])
        biases.append(model.intercept_[0])
    return np.vstack(weights).astype(np.float32), np.array(biases, dtype=np.float32)


def _scores(
    reads: Sequence[Read], index: Sequence[int], w: np.ndarray, b: np.ndarray
) -> list[npt.NDArray[np.float32]]:
    """Per draft, the heads' probabilities for each row (draft, then sentences)."""
    out = []
    for i in index:
        logits = reads[i].matrix @ w.T + b
        out.append((1.0 / (1.0 + np.exp(-logits))).astype(np.float32))
    return out


@dataclass(frozen=True, slots=True)
class Outcome:
    flagged: bool
    categories: frozenset[str]


def decide(
    read: Read,
    scores: npt.NDArray[np.float32],
    thresholds: dict[str, float],
    *,
    use_rules: bool,
    use_model: bool,
    respect_guards: bool,
) -> Outcome:
    """What the analyzer would report for this draft (flagged, categories)."""
    rows = read.rows
    count = len(rows.sentences)
    flagged, categories = False, set()
    if use_rules:
        dropped = vetoed(scores, thresholds) if use_model else [False] * count
        kept = [r for r, out in zip(rows.rules, dropped, strict=True) if not out]
        categories = set().union(*kept)
        outside = read.rule_categories - set().union(*rows.rules)
        categories |= outside
        # The safety rules stop a draft without a pattern; that counts as flagged here.
        flagged = bool(categories) or (read.rule_flagged and not read.rule_categories)
    if use_model:
        verdicts: list[SentenceVerdict] = judge_sentences(
            scores,
            thresholds,
            covered=[bool(r) for r in rows.rules] if use_rules else [False] * count,
            cleared=rows.cleared if (use_rules and respect_guards) else [False] * count,
        )
        for verdict in verdicts:
            flagged = True
            categories.update(verdict.categories)
    return Outcome(flagged, frozenset(categories))


def figures(rows: Sequence[Row], outcomes: Sequence[Outcome]) -> dict[str, Any]:
    tp = sum(r.flagged and o.flagged for r, o in zip(rows, outcomes, strict=True))
    fp = sum((not r.flagged) and o.flagged for r, o in zip(rows, outcomes, strict=True))
    positives = sum(r.flagged for r in rows)
    per_category: dict[str, float] = {}
    hit_total = want_total = 0
    for category in CATEGORIES:
        wanted = [o for r, o in zip(rows, outcomes, strict=True) if category in r.categories]
        hits = sum(category in o.categories for o in wanted)
        if wanted:
            per_category[category] = round(hits / len(wanted), 3)
        hit_total += hits
        want_total += len(wanted)
    return {
        "precision": round(tp / (tp + fp), 3) if tp + fp else 1.0,
        "recall": round(tp / positives, 3) if positives else 1.0,
        "category_recall": round(hit_total / want_total, 3) if want_total else 1.0,
        "false_alarms": fp,
        "drafts": len(rows),
        "per_category": per_category,
    }


VETO_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
FLAG_GRID = tuple(round(0.5 + 0.01 * n, 2) for n in range(50))


def _choose_thresholds(
    reads: Sequence[Read],
    rows: Sequence[Row],
    oof: Sequence[npt.NDArray[np.float32]],
    respect_guards: bool,
    *,
    veto: bool = True,
) -> dict[str, float]:
    """Category thresholds: best F1 per category on the out-of-fold draft scores (the best
    row). Flagged and veto: the pair with the best recall of the combination whose precision
    stays at the floor (the best F1 when no pair does)."""
    thresholds: dict[str, float] = {}
    best_rows = np.vstack([s.max(axis=0) for s in oof])
    for column, label in enumerate(LABELS):
        if label == FLAGGED:
            continue
        y = np.array([label in r.categories for r in rows])
        thresholds[label] = _best_f1(best_rows[:, column], y)
    best: tuple[tuple[bool, float], float, float] | None = None
    for v in VETO_GRID if veto else (0.0,):
        for t in FLAG_GRID:
            if t < v:
                continue
            trial = {**thresholds, FLAGGED: t, VETO: v}
            outcomes = [
                decide(r, s, trial, use_rules=True, use_model=True, respect_guards=respect_guards)
                for r, s in zip(reads, oof, strict=True)
            ]
            f = figures(rows, outcomes)
            p, r = f["precision"], f["recall"]
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            key = (p >= PRECISION_FLOOR, r if p >= PRECISION_FLOOR else f1)
            if best is None or key > best[0]:
                best = (key, t, v)
    assert best is not None
    thresholds[FLAGGED], thresholds[VETO] = best[1], best[2]
    return thresholds


def _best_f1(scores: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(-scores)
    ranked, truth = scores[order], y[order]
    tp = np.cumsum(truth)
    fp = np.cumsum(~truth)
    f1 = 2 * tp / (tp + fp + truth.sum())
    k = int(f1.argmax())
    return round(float(ranked[k]) - 1e-6, 6)


def cross_validate(
    reads: Sequence[Read], rows: Sequence[Row], train_idx: Sequence[int]
) -> list[npt.NDArray[np.float32]]:
    """Out-of-fold scores for every train draft (5 folds grouped by template)."""
    from sklearn.model_selection import GroupKFold

    groups = np.array([rows[i].template for i in train_idx])
    oof: list[Any] = [None] * len(train_idx)
    placeholder = np.zeros((len(train_idx), 1))
    for fit_at, score_at in GroupKFold(n_splits=FOLDS).split(placeholder, groups=groups):
        x, y = _instances(reads, rows, [train_idx[i] for i in fit_at])
        w, b = _fit(x, y)
        for i, s in zip(
            score_at, _scores(reads, [train_idx[i] for i in score_at], w, b), strict=True
        ):
            oof[i] = s
    return oof


def _report(
    reads: Sequence[Read],
    rows: Sequence[Row],
    scores: Sequence[Any],
    thresholds: dict[str, float],
    respect_guards: bool,
) -> dict[str, Any]:
    out = {}
    for name, rules, model in (
        ("rules", True, False),
        ("model", False, True),
        ("combined", True, True),
    ):
        outcomes = [
            decide(
                r, s, thresholds, use_rules=rules, use_model=model, respect_guards=respect_guards
            )
            for r, s in zip(reads, scores, strict=True)
        ]
        out[name] = figures(rows, outcomes)
    return out


def train(
    rows: Sequence[Row] | None = None,
    reads: Sequence[Read] | None = None,
    *,
    feedback: Sequence[Path] = (),
) -> tuple[Heads, dict[str, Any]]:
    rows = list(rows) if rows is not None else load_rows() + feedback_rows(feedback)
    reads = list(reads) if reads is not None else read_drafts([r.text for r in rows])
    train_idx = [i for i, r in enumerate(rows) if r.split == "train"]
    test_idx = [i for i, r in enumerate(rows) if r.split == "test"]
    train_rows = [rows[i] for i in train_idx]
    train_reads = [reads[i] for i in train_idx]
    oof = cross_validate(reads, rows, train_idx)
    choices = {}
    for respect_guards in (True, False):
        thresholds = _choose_thresholds(train_reads, train_rows, oof, respect_guards)
        cv = _report(train_reads, train_rows, oof, thresholds, respect_guards)
        choices[respect_guards] = (thresholds, cv)
    # Keep the guards' word unless ignoring it buys recall at the same precision floor.
    respect_guards = (
        choices[False][1]["combined"]["recall"] <= choices[True][1]["combined"]["recall"]
    )
    thresholds, cv = choices[respect_guards]
    x, y = _instances(reads, rows, train_idx)
    w, b = _fit(x, y)
    test_scores = _scores(reads, test_idx, w, b)
    test = _report(
        [reads[i] for i in test_idx],
        [rows[i] for i in test_idx],
        test_scores,
        thresholds,
        respect_guards,
    )
    heads = Heads(
        labels=LABELS,
        weights=w,
        bias=b,
        thresholds={
            label: {"flag": thresholds[label]}
            | ({VETO: thresholds[VETO]} if label == FLAGGED else {})
            for label in LABELS
        },
        data_sha256=data_sha256([*training_files(), *feedback]),
        encoder_sha256=GRAPH_SHA256,
        meta={
            "C": C,
            "precision_floor": PRECISION_FLOOR,
            "respect_guards": respect_guards,
            "rows": len(train_idx),
            "fitted": len(x),
        }
        | ({"feedback": _feedback_summary(feedback)} if feedback else {}),
    )
    report = {
        "respect_guards": respect_guards,
        "cv_guards_respected": choices[True][1],
        "cv_guards_ignored": choices[False][1],
        "test": test,
        "thresholds": thresholds,
    }
    return heads, report


def _feedback_summary(paths: Sequence[Path]) -> dict[str, Any]:
    from nlp.train.feedback import read_feedback, summary

    return summary(read_feedback(paths))


def main(out: Path = HEADS_FILE, *, feedback: Sequence[Path] = ()) -> dict[str, Any]:
    heads, report = train(feedback=feedback)
    out.write_text(heads.to_json() + "\n", encoding="utf-8")
    return report
