"""Train the safety heads: `python -m nlp.train safety`.

Positives are clear disclosures of each kind; everything else is a negative for that kind
(possible ones, near-misses, and the everyday and blaming drafts of the blame corpus). Only
rows of the "train" split are read for fitting and for choosing thresholds (5-fold
cross-validation grouped by template); the "test" split is scored once, at the end, and
printed beside the cross-validated figures. Deterministic: same data, same heads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.encoder.files import GRAPH_SHA256
from nlp.encoder.heads import Heads
from nlp.results import SAFETY_KINDS
from nlp.safety.model import HEADS_FILE, combined, ngrams_file, readable_rows
from nlp.safety.ngrams import NgramHeads, char_ngrams
from nlp.train.data import DATA_DIR, data_sha256, read_rows
from nlp.train.embed import Embedded, embed_texts
from nlp.train.tune import tuning_holds_out

# safety_more.jsonl: everyday chatter and disclosures in styles the first two lack (issue 13);
# safety_blind_*.jsonl: a round written blind (without the rules or any test row), one voice
# per row, most without the obvious keywords.
SAFETY_FILES = (
    "safety_disclosures.jsonl",
    "safety_nearmiss.jsonl",
    "safety_more.jsonl",
    "safety_blind_crisis.jsonl",
    "safety_blind_violence.jsonl",
    "safety_blind2.jsonl",
    "safety_blind3.jsonl",
)
# The first hand-written set: the rules were written from it, so it trains and never tests.
LEGACY_FILE = "safety.jsonl"
# Everyday and blaming drafts: negatives for safety (train split only). Topical-Chat's
# crowd-workers' chit-chat is everyday talk none of the team wrote: the "everyday" alarm and
# check-in rates below are measured on it too, not only on drafts written for Tend.
NEGATIVE_FILES = (
    "corpus_blaming_a.jsonl",
    "corpus_blaming_b.jsonl",
    "corpus_innocent.jsonl",
    "corpus_blind_a.jsonl",
    "corpus_blind_b.jsonl",
    "corpus_blind_c.jsonl",
    "corpus_blind_d.jsonl",
    "corpus_everyday.jsonl",
    "public/topical_chat.jsonl",
)
C = 1.0
NGRAM_C = 10.0
NGRAM_FEATURES = 40_000
# Thresholds come from out-of-fold scores on the train split, chosen for precision: a clear
# alarm replaces the coaching, so the learned score alone may raise one on at most 0.5% of
# near-misses (and 0.05% of everyday drafts); a check-in only adds a line, but a line under
# every twentieth ordinary message would teach people to skip it, so at most 0.5% of everyday
# drafts. Recall is whatever that leaves (printed, never tuned on test). The first operating
# points (1%, 0.1%, 3%) gave check-ins on 9.4% of DailyDialog turns: our everyday corpus is
# narrower than everyday talk, so the margins are now wider (bench/RESULTS.md, "Safety").
NEAR_MISS_CLEAR_RATE = 0.005
# Which kinds the learned score alone may raise to "clear" (the rules always may). Kept as a
# switch: with the encoder heads alone, crisis reached a fifth of the cross-validated clear
# disclosures at 1% near-miss alarms and raised a crisis reply on a plain "I was so angry I
# couldn't sleep", so it was off; with the n-gram heads beside it, it is on again.
MAY_RAISE_CLEAR = {"crisis": True, "violence": True}
NEVER = 1.01  # above any probability
EVERYDAY_CLEAR_RATE = 0.0005
EVERYDAY_CHECK_IN_RATE = 0.005


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    kind: str | None
    level: str
    template: str
    split: str
    form: str


def training_files() -> list[Path]:
    return [DATA_DIR / name for name in (*SAFETY_FILES, LEGACY_FILE, *NEGATIVE_FILES)]


def load_rows() -> list[Row]:
    rows: list[Row] = []
    for name in SAFETY_FILES:
        for r in read_rows(DATA_DIR / name):
            rows.append(Row(r["text"], r["kind"], r["level"], r["template"], r["split"], r["form"]))
    for n, r in enumerate(read_rows(DATA_DIR / LEGACY_FILE)):
        level = "clear" if r["safety"] else "none"
        rows.append(Row(r["text"], r["safety"], level, f"legacy-{n}", "train", r["kind"]))
    for name in NEGATIVE_FILES:
        for r in read_rows(DATA_DIR / name):
            if r["split"] == "train":
                rows.append(Row(r["text"], None, "none", r["template"], "train", "everyday"))
    return rows


def _targets(rows: Sequence[Row], kind: str) -> npt.NDArray[np.int_]:
    return np.array([int(r.kind == kind and r.level == "clear") for r in rows])


def _fit(x: Any, y: npt.NDArray[np.int_], c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
    model.fit(x, y)
    return model.coef_[0], float(model.intercept_[0])


def _encoder_examples(
    embedded: Embedded, index: Sequence[int], y: npt.NDArray[np.int_]
) -> tuple[np.ndarray, npt.NDArray[np.int_]]:
    """What the encoder heads learn from: every draft's own row, plus each readable sentence
    of the drafts that disclose nothing, as a negative of its own. At run time each sentence is
    scored alone, so a plain sentence inside an ordinary draft ("I need things to change.")
    must be seen as ordinary alone too; a disclosing draft's sentences are not labelled one by
    one, so only its whole row is a positive."""
    rows = [embedded.rows[i][0] for i in index]
    targets = list(y)
    for i, target in zip(index, y, strict=True):
        if target == 0:
            for row in readable_rows(embedded.words[i]):
                if row:
                    rows.append(embedded.rows[i][row])
                    targets.append(0)
    return np.vstack(rows), np.array(targets)


def _sigmoid(x: Any) -> Any:
    return 1.0 / (1.0 + np.exp(-x))


def _encoder_score(embedded: Embedded, index: Sequence[int], w: np.ndarray, b: float) -> np.ndarray:
    """As at run time: the best of the draft and its readable sentences."""
    scores = []
    for i in index:
        probabilities = _sigmoid(embedded.rows[i] @ w + b)
        best = max(float(probabilities[row]) for row in readable_rows(embedded.words[i]))
        scores.append(max(best, float(probabilities[0])))
    return np.array(scores)


class _Ngrams:
    """The character n-gram features, fitted on some rows (scikit-learn at training time only;
    nlp/safety/ngrams.py computes the same features at run time)."""

    def __init__(self, texts: Sequence[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.vectorizer = TfidfVectorizer(
            analyzer=char_ngrams, min_df=2, sublinear_tf=True, max_features=NGRAM_FEATURES
        )
        self.matrix = self.vectorizer.fit_transform(texts)

    def transform(self, texts: Sequence[str]) -> Any:
        return self.vectorizer.transform(texts)


def train(rows: Sequence[Row] | None = None) -> tuple[Heads, NgramHeads, dict[str, Any]]:
    from sklearn.model_selection import GroupKFold

    rows = list(rows) if rows is not None else load_rows()
    embedded = embed_texts([r.text for r in rows])
    drafts = embedded.drafts()
    train_idx = [i for i, r in enumerate(rows) if r.split == "train"]
    test_idx = [i for i, r in enumerate(rows) if r.split == "test"]
    texts = [r.text for r in rows]
    groups = np.array([rows[i].template for i in train_idx])
    folds = list(GroupKFold(n_splits=5).split(drafts[train_idx], groups=groups))
    fold_ngrams = [_Ngrams([texts[train_idx[i]] for i in fit_at]) for fit_at, _ in folds]
    ngrams = _Ngrams([texts[i] for i in train_idx])
    test_ngrams = ngrams.transform([texts[i] for i in test_idx])
    weights: list[np.ndarray] = []
    biases: list[float] = []
    ngram_weights: list[np.ndarray] = []
    ngram_biases: list[float] = []
    thresholds: dict[str, dict[str, float]] = {}
    report: dict[str, Any] = {}
    # Thresholds and the cross-validated figures come from the templates the encoder's tuning
    # kept back (nlp/train/tune.py): the tuned layers have seen the others, whose scores sit
    # further from the boundary than a new draft's will.
    held_back = np.array([tuning_holds_out(rows[i].template) for i in train_idx])
    fold_rows = [rows[i] for i, held in zip(train_idx, held_back, strict=True) if held]
    for kind in SAFETY_KINDS:
        y = _targets(rows, kind)[train_idx]
        oof = np.zeros(len(train_idx))
        for (fit_at, score_at), fitted in zip(folds, fold_ngrams, strict=True):
            w, b = _fit(*_encoder_examples(embedded, [train_idx[i] for i in fit_at], y[fit_at]), C)
            by_meaning = _encoder_score(embedded, [train_idx[i] for i in score_at], w, b)
            nw, nb = _fit(fitted.matrix, y[fit_at], NGRAM_C)
            held_out = fitted.transform([texts[train_idx[i]] for i in score_at])
            by_wording = _sigmoid(held_out @ nw + nb)
            oof[score_at] = combined(by_meaning, by_wording)
        oof = oof[held_back]
        near = np.array([r.level != "clear" and r.form != "everyday" for r in fold_rows])
        everyday = np.array([r.form == "everyday" for r in fold_rows])
        clear_t = max(
            float(np.quantile(oof[near], 1 - NEAR_MISS_CLEAR_RATE)),
            float(np.quantile(oof[everyday], 1 - EVERYDAY_CLEAR_RATE)),
        )
        possible_t = min(clear_t, float(np.quantile(oof[everyday], 1 - EVERYDAY_CHECK_IN_RATE)))
        if not MAY_RAISE_CLEAR[kind]:
            clear_t = NEVER
        w, b = _fit(*_encoder_examples(embedded, train_idx, y), C)
        nw, nb = _fit(ngrams.matrix, y, NGRAM_C)
        weights.append(w.astype(np.float32))
        biases.append(b)
        ngram_weights.append(nw)
        ngram_biases.append(nb)
        thresholds[kind] = {"clear": round(clear_t, 6), "possible": round(possible_t, 6)}
        test_scores = combined(
            _encoder_score(embedded, test_idx, w, b), _sigmoid(test_ngrams @ nw + nb)
        )
        report[kind] = {
            "cv": _figures(oof, fold_rows, kind, clear_t, possible_t),
            "test": _figures(test_scores, [rows[i] for i in test_idx], kind, clear_t, possible_t),
        }
    data_hash = data_sha256(training_files())
    heads = Heads(
        labels=SAFETY_KINDS,
        weights=np.vstack(weights),
        bias=np.array(biases, dtype=np.float32),
        thresholds=thresholds,
        data_sha256=data_hash,
        encoder_sha256=GRAPH_SHA256,
        meta={
            "score": "geometric mean of these heads (best sentence) and the n-gram heads (draft)",
            "C": C,
            "ngram_C": NGRAM_C,
            "near_miss_clear_rate": NEAR_MISS_CLEAR_RATE,
            "everyday_clear_rate": EVERYDAY_CLEAR_RATE,
            "everyday_check_in_rate": EVERYDAY_CHECK_IN_RATE,
            "rows": len(train_idx),
            "report": report,
        },
    )
    vocabulary = {str(g): int(i) for g, i in ngrams.vectorizer.vocabulary_.items()}
    ngram_heads = NgramHeads(
        labels=SAFETY_KINDS,
        vocabulary=vocabulary,
        idf=np.asarray(ngrams.vectorizer.idf_, dtype=np.float64),
        weights=np.vstack(ngram_weights),
        bias=np.array(ngram_biases),
        data_sha256=data_hash,
    )
    return heads, ngram_heads, report


def _figures(
    scores: np.ndarray, rows: Sequence[Row], kind: str, clear_t: float, possible_t: float
) -> dict[str, Any]:
    """Counts only: the texts of test rows are never printed while working."""
    clear = np.array([r.kind == kind and r.level == "clear" for r in rows])
    near = np.array([r.level == "none" and r.form != "everyday" for r in rows])
    everyday = np.array([r.form == "everyday" for r in rows])
    return {
        "clear_recall": _mean(scores[clear] >= clear_t),
        "clear_any_level": _mean(scores[clear] >= possible_t),
        "near_miss_clear_alarms": int((scores[near] >= clear_t).sum()),
        "near_miss_check_ins": int(((scores[near] >= possible_t) & (scores[near] < clear_t)).sum()),
        "near_misses": int(near.sum()),
        "everyday_clear_alarms": int((scores[everyday] >= clear_t).sum()),
        "everyday": int(everyday.sum()),
    }


def _mean(values: np.ndarray) -> float:
    return round(float(values.mean()), 3) if values.size else 1.0


def main(out: Path = HEADS_FILE) -> dict[str, Any]:
    """Train both heads and write them next to each other (`out` and its ngrams twin)."""
    heads, ngram_heads, report = train()
    out.write_text(heads.to_json() + "\n", encoding="utf-8")
    ngrams_file(out).write_text(ngram_heads.to_json() + "\n", encoding="utf-8")
    return report
