"""Train the blame heads: `python -m nlp.train blame` (after `python -m nlp.train textcat`).

Eleven logistic heads over the sentence encoder ("flagged" and the ten categories). A draft
row is labelled with its draft's labels; the sentences of an innocent draft are innocent too,
so they are negatives of their own; the sentences of a blaming draft are not labelled (which
sentence blames is not written down). Only rows of the "train" split are fitted on, and the
thresholds come from 5-fold cross-validation grouped by template inside train (on the templates
the tuned encoder layers never saw, nlp/train/tune.py), scored the way
the analyzer runs: the rules first, then the model on the sentences no rule span covers
(nlp/detect/blame_model.py). The "test" split is read once, at the end, and printed beside the
cross-validated figures. Deterministic: same data, same heads.

Two views, one decision: the heads read meaning, the bag-of-words classifier
(nlp/detect/textcat.py) reads wording, and they make different mistakes. Per draft and per
sentence the score is the geometric mean of the two probabilities (`combined`), as the
safety model does; the classifier is cross-validated here on the same folds (fitted per fold
exactly as `python -m nlp.train textcat` fits it), so every threshold is chosen on scores of
rows neither view was fitted on. The thresholds also keep everyday talk quiet: at most
MAX_EVERYDAY_FLAGGED of the everyday rows (corpus_everyday.jsonl's innocent rows and
Topical-Chat's train rows) may be flagged by the model out of fold.
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
    SentenceRows,
    SentenceVerdict,
    combined,
    judge_sentences,
)
from nlp.encoder.files import GRAPH_SHA256
from nlp.encoder.heads import Heads
from nlp.results import CATEGORIES
from nlp.train import textcat
from nlp.train.data import DATA_DIR, data_sha256, read_rows
from nlp.train.tune import tuning_holds_out

CORPUS_FILES = textcat.FROZEN_TEST_FILES
# The blind round's rows (see nlp/train/textcat.py): train rows train; test rows are kept out.
BLIND_FILES = textcat.BLIND_FILES
# Everyday talk: written everyday rows, and public crowd-workers' chit-chat (tests/data/public).
EVERYDAY_FILES = ("corpus_everyday.jsonl", "public/topical_chat.jsonl")
# The team's first hand-written set: the rules were written from it, so it trains, never tests.
LEGACY_FILE = "drafts.jsonl"
# The read sets (nlp/train/textcat.py, READ_SET_FILES): blaming drafts, split by the template
# rule. Not trained on by default: fitted as draft-level positives they taught both views the
# facts around a jab as blame (bench/RESULTS.md, "Session 17"). `read_sets=True` fits their
# train templates (the heads only; test templates reported apart, counted towards the flagged
# threshold's recall, never its precision) for a trial.
READ_SET_FILES = textcat.READ_SET_FILES
C = 2.0
FOLDS = 5
# Out of fold, the model may flag at most this share of the everyday rows' innocent drafts
# (the product's target for everyday dialogue is 0.5% of turns, rules included).
MAX_EVERYDAY_FLAGGED = 0.003
# Which scores the shipped thresholds are for (BlameModel reads it from the heads' meta).
VIEWS = ("encoder", "textcat", "both")
SHIPPED_VIEW = "both"
# The combination (rules, then the model) must keep flagged precision at or above this on the
# cross-validated train rows; of the thresholds that do, the one with the best recall wins.
# Why not the 0.95: on these rows no threshold pair reaches it with more recall than
# the rules alone (0.93 gives recall 0.43; 0.90 gives 0.59 where the rules alone give 0.85
# precision and 0.37 recall), so 0.90 is the point that beats the rules on both counts.
PRECISION_FLOOR = 0.90
# ... and the model's own flags, alone, at the 0.95 (as the classifier's threshold is
# chosen, nlp/train/textcat.py): a model finding has no rule's exact words to show for it.
MODEL_PRECISION_FLOOR = 0.95


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    flagged: bool
    categories: tuple[str, ...]
    template: str
    split: str
    source: str = ""
    """The file it came from (its name)."""

    @property
    def everyday(self) -> bool:
        """An innocent everyday row (see MAX_EVERYDAY_FLAGGED)."""
        return not self.flagged and self.source in _EVERYDAY_NAMES

    @property
    def frozen(self) -> bool:
        """From the corpus whose test split is the frozen one."""
        return self.source in CORPUS_FILES

    @property
    def read_set(self) -> bool:
        """From a read set (blaming-only; see READ_SET_FILES)."""
        return self.source in textcat.READ_SET_NAMES


@dataclass(frozen=True, slots=True)
class Read:
    """One draft as the pipeline read it: embeddings, sentences and what the rules said."""

    rows: SentenceRows
    texts: tuple[str, ...]
    """The draft, then each sentence's text: what the classifier scores (matrix rows)."""
    rule_flagged: bool
    """Flagged by the rules (a pattern, or the safety rules stopping the draft)."""
    rule_categories: frozenset[str]

    @property
    def matrix(self) -> npt.NDArray[np.float32]:
        return self.rows.matrix


_EVERYDAY_NAMES = frozenset(Path(name).name for name in EVERYDAY_FILES)


def training_files(*, read_sets: bool = False) -> list[Path]:
    """The files the heads (and the encoder's tuned layers) are trained on; `read_sets`: see
    READ_SET_FILES."""
    names = (*CORPUS_FILES, *BLIND_FILES, *EVERYDAY_FILES, LEGACY_FILE)
    return [DATA_DIR / name for name in (*names, *(READ_SET_FILES if read_sets else ()))]


def file_rows(name: str) -> list[Row]:
    """The rows of one labelled file under tests/data (`name` relative to it)."""
    source = Path(name).name
    rows: list[Row] = []
    read_set = source in textcat.READ_SET_NAMES
    for r in read_rows(DATA_DIR / name):
        text, template, split = r["text"], r["template"], textcat.row_split(source, r)
        flagged = True if read_set else r["flagged"]
        rows.append(Row(text, flagged, tuple(r["categories"]), template, split, source))
        # Short everyday messages: the sentences of Topical-Chat's train turns, as the
        # classifier's training reads them (nlp/train/textcat.py `pieces`).
        if source == textcat.PUBLIC_NAME and split == "train" and not flagged:
            rows += [Row(p, False, (), template, split, source) for p in textcat.pieces(r)]
    return rows


def load_rows(*, read_sets: bool = False) -> list[Row]:
    """Every labelled row the heads train and report on (`read_sets`: see READ_SET_FILES)."""
    names = (*CORPUS_FILES, *BLIND_FILES, *EVERYDAY_FILES, *(READ_SET_FILES if read_sets else ()))
    rows = [row for name in names for row in file_rows(name)]
    for n, r in enumerate(read_rows(DATA_DIR / LEGACY_FILE)):
        rows.append(
            Row(
                r["text"], r["flagged"], tuple(r["categories"]), f"drafts-{n}", "train", LEGACY_FILE
            )
        )
    return rows


def feedback_rows(paths: Sequence[Path]) -> list[Row]:
    """👎 drafts users gave away, as innocent rows of the training split (their sentences are
    negatives too, as an innocent draft's are); words-only rows are not fitted
    (nlp/train/feedback.py)."""
    from nlp.train.feedback import innocent_drafts, read_feedback

    return [
        Row(v.draft, False, (), v.template, "train", "feedback")
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
            read = sentence_rows(doc)
            out.append(
                Read(
                    rows=read,
                    texts=(doc.text, *(doc[a:b].text for a, b in read.sentences)),
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
        labels = label_vector(rows[i])
        xs.append(reads[i].matrix[0])
        ys.append(labels)
        if not rows[i].flagged and len(reads[i].matrix) > 1:
            for vector in reads[i].matrix[1:]:
                xs.append(vector)
                ys.append([0] * len(LABELS))
    return np.vstack(xs), np.array(ys, dtype=np.int_)


def label_vector(row: Row) -> list[int]:
    """A draft's targets in LABELS order: flagged, then each category."""
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
        categories = set().union(*rows.rules)
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
            owned=rows.owned,
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


FLAG_GRID = (*(round(0.3 + 0.01 * n, 2) for n in range(70)), 0.995, 0.999)


def _model_reach(read: Read, scores: npt.NDArray[np.float32], *, use_rules: bool) -> float:
    """The highest "flagged" threshold at which the model still adds a finding to this draft
    (-1 when it cannot): what `judge_sentences` does, for every threshold at once."""
    rows = read.rows
    count = len(rows.sentences)
    if scores.shape[0] < 2 or not count:
        return -1.0
    covered = [bool(r) for r in rows.rules] if use_rules else [False] * count
    cleared = rows.cleared if use_rules else [False] * count
    sentences = scores[1:, 0]
    free = [not (a or b or c) for a, b, c in zip(covered, cleared, rows.owned, strict=True)]
    reach = max((float(sentences[n]) for n in range(count) if free[n]), default=-1.0)
    best = int(sentences.argmax())
    if free[best] and float(scores[0, 0]) > float(sentences[best]):
        reach = max(reach, float(scores[0, 0]))
    return reach


def _rules_flag(read: Read) -> bool:
    """Whether the rules flag the draft (the safety rules stop a draft without a pattern)."""
    return bool(read.rule_categories) or read.rule_flagged


def _choose_thresholds(
    reads: Sequence[Read], rows: Sequence[Row], oof: Sequence[npt.NDArray[np.float32]]
) -> tuple[dict[str, float], dict[str, Any]]:
    """Category thresholds: best F1 per category on the out-of-fold draft scores (the best
    row). Flagged: of the thresholds whose precision on the labelled drafts stays at the
    floors (rules and model together; the model alone) and whose model flags at most
    MAX_EVERYDAY_FLAGGED of the everyday rows, the best recall of rules and model together
    (to two places; then the fewest everyday flags)."""
    thresholds: dict[str, float] = {}
    best_rows = np.vstack([s.max(axis=0) for s in oof])
    for column, label in enumerate(LABELS):
        if label == FLAGGED:
            continue
        y = np.array([label in r.categories for r in rows])
        thresholds[label] = _best_f1(best_rows[:, column], y)
    truth = np.array([r.flagged for r in rows])
    judged = np.array([not r.source or r.source not in _EVERYDAY_NAMES for r in rows])
    # Precision only on rows of both kinds: the read sets only blame (see READ_SET_FILES).
    mixed = judged & np.array([not r.read_set for r in rows])
    everyday = np.array([r.everyday for r in rows])
    reach = np.array([_model_reach(r, s, use_rules=True) for r, s in zip(reads, oof, strict=True)])
    alone = np.array([_model_reach(r, s, use_rules=False) for r, s in zip(reads, oof, strict=True)])
    positives = int((truth & judged).sum())
    best: tuple[tuple[bool, float, float, float], float] | None = None
    rules = np.array([_rules_flag(r) for r in reads])
    for t in FLAG_GRID:
        flagged = rules | (reach >= t)
        tp = int((flagged & truth & judged).sum())
        fp = int((flagged & ~truth & judged).sum())
        mixed_tp = int((flagged & truth & mixed).sum())
        p = mixed_tp / (mixed_tp + fp) if mixed_tp + fp else 1.0
        r = tp / positives if positives else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        quiet = float((alone[everyday] >= t).mean()) <= MAX_EVERYDAY_FLAGGED
        own_tp = int(((alone >= t) & truth & mixed).sum())
        own_fp = int(((alone >= t) & ~truth & mixed).sum())
        own = own_tp / (own_tp + own_fp) if own_tp + own_fp else 1.0
        ok = p >= PRECISION_FLOOR and own >= MODEL_PRECISION_FLOOR and quiet
        key = (ok, round(r if ok else f1, 2), -float(flagged[everyday].mean()), r)
        if best is None or key > best[0]:
            best = (key, t)
    assert best is not None
    thresholds[FLAGGED] = best[1]
    return thresholds, {"constraints_met": best[0][0]}


def _best_f1(scores: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(-scores)
    ranked, truth = scores[order], y[order]
    tp = np.cumsum(truth)
    fp = np.cumsum(~truth)
    f1 = 2 * tp / (tp + fp + truth.sum())
    k = int(f1.argmax())
    return round(float(ranked[k]) - 1e-6, 6)


def _folds(rows: Sequence[Row], train_idx: Sequence[int]) -> list[tuple[list[int], list[int]]]:
    """(fit, score) row indices of each fold: 5 folds grouped by template."""
    from sklearn.model_selection import GroupKFold

    groups = np.array([rows[i].template for i in train_idx])
    placeholder = np.zeros((len(train_idx), 1))
    return [
        ([train_idx[i] for i in fit_at], [train_idx[i] for i in score_at])
        for fit_at, score_at in GroupKFold(n_splits=FOLDS).split(placeholder, groups=groups)
    ]


def cross_validate(
    reads: Sequence[Read], rows: Sequence[Row], train_idx: Sequence[int]
) -> dict[int, npt.NDArray[np.float32]]:
    """Out-of-fold heads scores for every train draft, by row index."""
    oof: dict[int, npt.NDArray[np.float32]] = {}
    for fit_at, score_at in _folds(rows, train_idx):
        x, y = _instances(reads, rows, fit_at)
        w, b = _fit(x, y)
        oof.update(zip(score_at, _scores(reads, score_at, w, b), strict=True))
    return oof


def _textcat_rows(rows: Sequence[Row], index: Sequence[int]) -> list[Any]:
    """The rows the classifier is fitted on (`python -m nlp.train textcat` reads the same
    files: not the legacy drafts, which the rules were written from, nor the read sets)."""
    from nlp.train import textcat

    return [
        textcat.Row(
            rows[i].text,
            frozenset(rows[i].categories) | ({FLAGGED} if rows[i].flagged else set()),
            rows[i].template,
        )
        for i in index
        if rows[i].source != LEGACY_FILE and not rows[i].read_set
    ]


def textcat_matrix(scorer: Any, read: Read) -> npt.NDArray[np.float32]:
    """The classifier's scores of a draft's rows (draft, then sentences), in LABELS order."""
    scored = scorer.score_texts(list(read.texts))
    return np.array([[s[label] for label in LABELS] for s in scored], dtype=np.float32)


def cross_validate_textcat(
    reads: Sequence[Read], rows: Sequence[Row], train_idx: Sequence[int]
) -> dict[int, npt.NDArray[np.float32]]:
    """Out-of-fold classifier scores for every train draft, on the same folds as the heads."""
    from nlp.detect.textcat import Textcat
    from nlp.train import textcat

    oof: dict[int, npt.NDArray[np.float32]] = {}
    for fit_at, score_at in _folds(rows, train_idx):
        scorer = Textcat(textcat.fit(_textcat_rows(rows, fit_at)), {}, {})
        for i in score_at:
            oof[i] = textcat_matrix(scorer, reads[i])
    return oof


def view_scores(
    view: str, meaning: npt.NDArray[np.float32], wording: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    if view == "encoder":
        return meaning
    if view == "textcat":
        return wording
    return np.asarray(combined(meaning, wording), dtype=np.float32)


def _report(
    reads: Sequence[Read],
    rows: Sequence[Row],
    scores: Sequence[Any],
    thresholds: dict[str, float],
) -> dict[str, Any]:
    judged = [n for n, r in enumerate(rows) if r.source not in _EVERYDAY_NAMES and not r.read_set]
    read_sets = [n for n, r in enumerate(rows) if r.read_set]
    everyday = [n for n, r in enumerate(rows) if r.everyday]
    out: dict[str, Any] = {}
    for name, rules, model in (
        ("rules", True, False),
        ("model", False, True),
        ("combined", True, True),
    ):
        outcomes = [
            decide(r, s, thresholds, use_rules=rules, use_model=model, respect_guards=True)
            for r, s in zip(reads, scores, strict=True)
        ]
        out[name] = figures([rows[n] for n in judged], [outcomes[n] for n in judged])
        out[name].pop("per_category") if name != "combined" else None
        if read_sets:
            # The read sets apart (blaming-only: recall and category recall).
            found = figures([rows[n] for n in read_sets], [outcomes[n] for n in read_sets])
            out[name]["read_sets"] = {k: found[k] for k in ("recall", "category_recall", "drafts")}
        if everyday:
            out[name]["everyday_flagged"] = round(
                sum(outcomes[n].flagged for n in everyday) / len(everyday), 4
            )
    out["everyday_rows"] = len(everyday)
    return out


def train(
    rows: Sequence[Row] | None = None,
    reads: Sequence[Read] | None = None,
    *,
    feedback: Sequence[Path] = (),
) -> tuple[Heads, dict[str, Any]]:
    from nlp.detect.textcat import DEFAULT_PATH, load_textcat

    rows = list(rows) if rows is not None else load_rows() + feedback_rows(feedback)
    reads = list(reads) if reads is not None else read_drafts([r.text for r in rows])
    train_idx = [i for i, r in enumerate(rows) if r.split == "train"]
    test_idx = [i for i, r in enumerate(rows) if r.split == "test"]
    # Thresholds and cross-validated figures come from the train templates the encoder's tuned
    # layers never saw (nlp/train/tune.py): the rest sit further from the boundary than any
    # new draft will. The heads are fitted on every train row.
    held_back = [i for i in train_idx if tuning_holds_out(rows[i].template)]
    train_rows = [rows[i] for i in held_back]
    train_reads = [reads[i] for i in held_back]
    meaning = cross_validate(reads, rows, train_idx)
    wording = cross_validate_textcat(reads, rows, train_idx)
    x, y = _instances(reads, rows, train_idx)
    w, b = _fit(x, y)
    shipped_textcat = load_textcat(DEFAULT_PATH)
    test_meaning = _scores(reads, test_idx, w, b)
    test_wording = [textcat_matrix(shipped_textcat, reads[i]) for i in test_idx]
    frozen = [n for n, i in enumerate(test_idx) if rows[i].frozen]
    read_sets_test = [n for n, i in enumerate(test_idx) if rows[i].read_set]
    everyday_test = [n for n, i in enumerate(test_idx) if rows[i].everyday]
    report: dict[str, Any] = {}
    chosen: dict[str, dict[str, float]] = {}
    for view in VIEWS:
        oof = [view_scores(view, meaning[i], wording[i]) for i in held_back]
        thresholds, notes = _choose_thresholds(train_reads, train_rows, oof)
        chosen[view] = thresholds
        test_scores = [
            view_scores(view, m, t) for m, t in zip(test_meaning, test_wording, strict=True)
        ]
        report[view] = {
            "thresholds": {FLAGGED: thresholds[FLAGGED]},
            **notes,
            "cv": _report(train_reads, train_rows, oof, thresholds),
            "test": _report(
                [reads[test_idx[n]] for n in frozen],
                [rows[test_idx[n]] for n in frozen],
                [test_scores[n] for n in frozen],
                thresholds,
            ),
            "everyday_test": _report(
                [reads[test_idx[n]] for n in everyday_test],
                [rows[test_idx[n]] for n in everyday_test],
                [test_scores[n] for n in everyday_test],
                thresholds,
            ),
            "read_sets_test": _report(
                [reads[test_idx[n]] for n in read_sets_test],
                [rows[test_idx[n]] for n in read_sets_test],
                [test_scores[n] for n in read_sets_test],
                thresholds,
            ),
        }
    thresholds = chosen[SHIPPED_VIEW]
    heads = Heads(
        labels=LABELS,
        weights=w,
        bias=b,
        thresholds={label: {"flag": thresholds[label]} for label in LABELS},
        data_sha256=data_sha256([*training_files(), *feedback]),
        encoder_sha256=GRAPH_SHA256,
        meta={
            "C": C,
            "precision_floor": PRECISION_FLOOR,
            "model_precision_floor": MODEL_PRECISION_FLOOR,
            "max_everyday_flagged": MAX_EVERYDAY_FLAGGED,
            "respect_guards": True,
            "view": SHIPPED_VIEW,
            "textcat_sha256": shipped_textcat.meta["data_sha256"]["all"],
            "rows": len(train_idx),
            "threshold_rows": len(held_back),
            "fitted": len(x),
        }
        | ({"feedback": _feedback_summary(feedback)} if feedback else {}),
    )
    return heads, report


def _feedback_summary(paths: Sequence[Path]) -> dict[str, Any]:
    from nlp.train.feedback import read_feedback, summary

    return summary(read_feedback(paths))


def main(out: Path = HEADS_FILE, *, feedback: Sequence[Path] = ()) -> dict[str, Any]:
    heads, report = train(feedback=feedback)
    out.write_text(heads.to_json() + "\n", encoding="utf-8")
    return report
