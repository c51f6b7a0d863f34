"""Train the bag-of-words classifier (`nlp/detect/textcat.py`) from the labelled corpus.

Deterministic: a fixed seed, a fixed order, no dropout. Only rows with `split == "train"`
are read; the test split stays unseen here (bench/textcat.py reports on it). Thresholds come
from 5-fold cross-validation inside the training split, folds by template, so variants of one
draft never sit on both sides of a fold.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from nlp.detect.textcat import FLAGGED, Textcat, metadata_path
from nlp.results import CATEGORIES
from nlp.train.data import split_of

if TYPE_CHECKING:
    from spacy.language import Language

LABELS: tuple[str, ...] = (*CATEGORIES, FLAGGED)
DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
# The frozen test split is the test rows of the first three (issue 14's corpus, set aside
# before any training); corpus_everyday.jsonl adds everyday talk, generic "you" instructions
# and advice said to anyone, which the model flagged in everyday dialogue; Topical-Chat
# (tests/data/public/) adds real crowd-workers' chit-chat, the everyday talk the written
# corpus lacks (its test split by conversation is reported, never fitted).
FROZEN_TEST_FILES = ("corpus_blaming_a.jsonl", "corpus_blaming_b.jsonl", "corpus_innocent.jsonl")
# A blind round (2026-12-06, late): four writers who never saw the rules, the models or any
# test row wrote these in their own words; their train rows train, their test rows (split by
# template, set aside before any training) are a second frozen set, reported apart.
BLIND_FILES = tuple(f"corpus_blind_{writer}.jsonl" for writer in "abcd")
# A second blind round (session 8), three more writers under the same rules (older and formal
# writers and non-UK/US Englishes; young people's texting; the implicit forms and their
# innocent look-alikes). Measured only, never trained on (yet): trained on, it taught the
# models that short fragments blame and doubled their flags on everyday dialogue
# (bench/RESULTS.md, "Session 8"); kept unseen, it is a second set nobody tuned on.
UNSEEN_BLIND_FILES = tuple(f"corpus_blind_{writer}.jsonl" for writer in "efg")
# Short everyday turns (session 9): three writers who opened no code or data wrote mostly
# innocent one-to-fifteen-word turns of service talk, small talk and instructions, most not
# between partners, a fifth blaming partner texts in the same shapes. Measured only: trained
# on (with blind round 2), the models' everyday threshold rose and recall fell 2-6 points on
# every blind set (bench/RESULTS.md, "Session 9"). Their train rows were read for the
# instruction check (nlp/detect/advice.py); their test rows were not.
SHORT_FILES = tuple(f"corpus_short_{writer}.jsonl" for writer in "hij")
EVERYDAY_FILE = "corpus_everyday.jsonl"
PUBLIC_EVERYDAY_FILE = "public/topical_chat.jsonl"
# The read sets (session 17): 1,200 blaming drafts that writers who never saw the code wrote
# for the rewrite readings (tests/data/fresh_rewrites*.jsonl, not their _ab/_ratings files).
# Every row blames; their own `split` names the reading ("fresh23"), so here a row's split is
# the repository's rule over its template (`split_of`); bench/textcat.py reports both halves.
# Measured, not trained on: in session 17's trial (nlp/train/blame.py `read_sets=True`) their
# train templates were fitted as whole blaming drafts, and the classifier, then the heads,
# learnt the facts around a jab as blame, since a draft's label covers every sentence ("I was
# stuck at home all day" 0.60 -> 0.80; "You said you'd be home by 7." flagged in Tend's own
# suggestion), and rewrites left those facts out (bench/RESULTS.md, "Session 17"). Their test
# templates are never fitted nor used for thresholds. Blaming-only, they never count towards
# a threshold's precision (`tune_thresholds`): rows of one class would raise it without the
# model getting any better at telling blame from talk.
READ_SET_FILES = ("fresh_rewrites.jsonl", *(f"fresh_rewrites_{n}.jsonl" for n in range(2, 24)))
READ_SET_NAMES = frozenset(READ_SET_FILES)
CORPUS_FILES = (*FROZEN_TEST_FILES, *BLIND_FILES, EVERYDAY_FILE, PUBLIC_EVERYDAY_FILE)
EVERYDAY_FILES = frozenset(Path(name).name for name in (EVERYDAY_FILE, PUBLIC_EVERYDAY_FILE))
PUBLIC_NAME = Path(PUBLIC_EVERYDAY_FILE).name
SEED = 14
EPOCHS = 12
BATCH_SIZE = 16
FOLDS = 5
# Hashed feature table: ~20k distinct 1–2-grams in the corpus; 2^16 rows keep collisions rare
# and the model at ~3 MB.
TABLE_ROWS = 1 << 16
# "flagged" is the decision users see: prefer precision, then as much recall as it allows.
MIN_FLAGGED_PRECISION = 0.95
# ... and stay quiet on everyday talk: at most this share of the everyday rows (the everyday
# file's innocent rows and Topical-Chat's train rows) flagged out of fold. The product's target
# for everyday dialogue is 0.5% of turns, and the rules flag some turns of their own, so the
# model gets a little over half of it. The corpus is half blaming; everyday messages almost
# never are, so precision on the corpus alone sets a threshold that flags far too much of them.
MAX_EVERYDAY_FLAGGED = 0.003
_GRID = (
    *(round(0.05 * i, 2) for i in range(1, 19)),
    *(0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.993, 0.995, 0.997, 0.998, 0.999),
)


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    labels: frozenset[str]
    template: str
    everyday: bool = False
    """From an everyday file (see MAX_EVERYDAY_FLAGGED)."""
    read_set: bool = False
    """From a read set (READ_SET_FILES): blaming-only."""


def row_split(name: str, item: dict[str, Any]) -> str:
    """A row's split: its own, or for a read set's row the rule over its template."""
    return split_of(str(item["template"])) if name in READ_SET_NAMES else str(item["split"])


def read_rows(paths: Iterable[Path], split: str = "train") -> list[Row]:
    rows = []
    for path in paths:
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if row_split(path.name, item) != split:
                continue
            read_set = path.name in READ_SET_NAMES
            flagged = True if read_set else item["flagged"]
            labels = set(item["categories"]) | ({FLAGGED} if flagged else set())
            everyday = path.name in EVERYDAY_FILES
            rows.append(Row(item["text"], frozenset(labels), item["template"], everyday, read_set))
            if split == "train" and path.name == PUBLIC_NAME and not labels:
                rows += [Row(piece, frozenset(), item["template"], True) for piece in pieces(item)]
    return rows


def pieces(item: dict[str, Any]) -> list[str]:
    """The sentences of a multi-sentence everyday turn, each read as a message of its own.

    Why: real messages are often one short sentence ("OK.", "Really?", "lol"), and the
    corpus's one-word replies are mostly stonewalling; without short innocent messages a
    model learns that short means blame. Topical-Chat's turns are long, so their sentences
    stand in for the short ones (train split only; the test split is read as turns).
    """
    doc = _sentencizer()(str(item["text"]))
    found = [s.text.strip() for s in doc.sents]
    found = [text for text in dict.fromkeys(found) if text]
    return found if len(found) > 1 else []


@cache
def _sentencizer() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def data_digest(paths: Iterable[Path]) -> dict[str, str]:
    """sha256 of each training file, by name, plus "all": one digest over them in name order."""
    files = sorted(paths, key=lambda p: p.name)
    digests = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    combined = hashlib.sha256("".join(f"{n}:{d}\n" for n, d in digests.items()).encode())
    return {**digests, "all": combined.hexdigest()}


def feedback_rows(paths: Sequence[Path]) -> list[Row]:
    """👎 drafts users gave away, as innocent rows of the training split; rows with only the
    flagged words are not fitted (why: nlp/train/feedback.py)."""
    from nlp.train.feedback import innocent_drafts, read_feedback

    return [
        Row(v.draft, frozenset(), v.template)
        for v in innocent_drafts(read_feedback(paths))
        if v.draft is not None
    ]


def feedback_digest(digest: dict[str, str], paths: Sequence[Path]) -> dict[str, str]:
    """`digest` (of the corpus) widened to the feedback files, in the order given: users'
    files often share a name, so they are listed by content, and "all" covers them too."""
    if not paths:
        return digest
    hashes = [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    combined = hashlib.sha256(f"{digest['all']}\n{' '.join(hashes)}".encode()).hexdigest()
    return {**digest, "feedback": " ".join(hashes), "all": combined}


def fit(rows: Sequence[Row], *, seed: int = SEED, epochs: int = EPOCHS) -> Language:
    """A blank English pipeline (sentencizer + textcat_multilabel) trained on `rows`."""
    import spacy
    from spacy.pipeline.textcat_multilabel import MultiLabel_TextCategorizer
    from spacy.training import Example
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    textcat = nlp.add_pipe(
        "textcat_multilabel",
        config={
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": False,
                "ngram_size": 2,
                "no_output_layer": False,
                "length": TABLE_ROWS,
            }
        },
    )
    for label in LABELS:
        cast(MultiLabel_TextCategorizer, textcat).add_label(label)
    examples = [
        Example.from_dict(
            nlp.make_doc(row.text.lower()),
            {"cats": {label: float(label in row.labels) for label in LABELS}},
        )
        for row in rows
    ]
    optimizer = nlp.initialize(lambda: examples)
    order = random.Random(seed)
    for _ in range(epochs):
        order.shuffle(examples)
        for at in range(0, len(examples), BATCH_SIZE):
            nlp.update(examples[at : at + BATCH_SIZE], sgd=optimizer, drop=0.0)
    return nlp


def folds_by_template(rows: Sequence[Row], folds: int = FOLDS) -> list[int]:
    """Fold number of each row: templates dealt round-robin in sorted order."""
    templates = sorted({row.template for row in rows})
    shuffled = random.Random(SEED).sample(templates, len(templates))
    fold_of = {template: i % folds for i, template in enumerate(shuffled)}
    return [fold_of[row.template] for row in rows]


def out_of_fold_scores(rows: Sequence[Row], folds: int = FOLDS) -> list[dict[str, float]]:
    """Each row scored by a model trained on the other folds (draft + sentence maximum)."""
    fold = folds_by_template(rows, folds)
    scores: list[dict[str, float] | None] = [None] * len(rows)
    for k in range(folds):
        train = [row for row, f in zip(rows, fold, strict=True) if f != k]
        model = Textcat(fit(train), {}, {})
        for i, row in enumerate(rows):
            if fold[i] == k:
                scores[i] = dict(model(row.text).scores)
    return [s for s in scores if s is not None]


def tune_thresholds(rows: Sequence[Row], scores: Sequence[dict[str, float]]) -> dict[str, float]:
    """Per label: the threshold with the best F1 ("flagged": best recall at high precision
    that keeps the everyday rows quiet)."""
    thresholds = {}
    for label in LABELS:
        truth = [label in row.labels for row in rows]
        values = [s[label] for s in scores]

        def rate(t: float, truth: list[bool] = truth, values: list[float] = values) -> Counts:
            return Counts.of(truth, [v >= t for v in values])

        best: Callable[[float], tuple[float, float]]
        if label == FLAGGED:
            everyday = [v for row, v in zip(rows, values, strict=True) if _plain(row)]
            # Precision on the rows of both kinds (the read sets only blame: see READ_SET_FILES).
            mixed = [
                (t, v) for row, t, v in zip(rows, truth, values, strict=True) if not row.read_set
            ]

            def best(
                t: float, everyday: list[float] = everyday, mixed: list[tuple[bool, float]] = mixed
            ) -> tuple[float, float]:
                c = rate(t)
                precision = Counts.of([m for m, _ in mixed], [v >= t for _, v in mixed]).precision
                quiet = sum(v >= t for v in everyday) <= MAX_EVERYDAY_FLAGGED * len(everyday)
                enough = precision >= MIN_FLAGGED_PRECISION and quiet
                return (float(enough), c.recall if enough else t)

        else:

            def best(t: float) -> tuple[float, float]:
                return (rate(t).f1, t)

        thresholds[label] = max(_GRID, key=best)
    return thresholds


def _plain(row: Row) -> bool:
    """An innocent everyday row."""
    return row.everyday and FLAGGED not in row.labels


@dataclass(frozen=True, slots=True)
class Counts:
    tp: int
    fp: int
    fn: int

    @classmethod
    def of(cls, truth: Sequence[bool], guess: Sequence[bool]) -> Counts:
        pairs = list(zip(truth, guess, strict=True))
        return cls(
            sum(t and g for t, g in pairs),
            sum(g and not t for t, g in pairs),
            sum(t and not g for t, g in pairs),
        )

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def train_textcat(
    out_dir: Path,
    data_paths: Sequence[Path] | None = None,
    *,
    seed: int = SEED,
    feedback: Sequence[Path] = (),
) -> dict[str, Any]:
    """Cross-validate thresholds, train on the whole training split, write the model.

    `feedback`: files of 👎 examples users gave away (nlp/train/feedback.py), read into the
    training split only. Writes `out_dir` (a spaCy pipeline directory) and `textcat.json`
    beside it; returns what went into that JSON.
    """
    paths = list(data_paths or [DATA_DIR / name for name in CORPUS_FILES])
    rows = read_rows(paths) + feedback_rows(feedback)
    scores = out_of_fold_scores(rows)
    thresholds = tune_thresholds(rows, scores)
    cv = {
        label: _summary(
            Counts.of(
                [label in r.labels for r in rows], [s[label] >= thresholds[label] for s in scores]
            )
        )
        for label in LABELS
    }
    if any(r.read_set for r in rows):
        # "flagged" as before the read sets (their rows apart), and the read sets' recall.
        parts = {
            FLAGGED: [(r, s) for r, s in zip(rows, scores, strict=True) if not r.read_set],
            "read_sets_flagged": [(r, s) for r, s in zip(rows, scores, strict=True) if r.read_set],
        }
        for key, pairs in parts.items():
            cv[key] = _summary(
                Counts.of(
                    [FLAGGED in r.labels for r, _ in pairs],
                    [s[FLAGGED] >= thresholds[FLAGGED] for _, s in pairs],
                )
            )
    plain = [s[FLAGGED] for row, s in zip(rows, scores, strict=True) if _plain(row)]
    cv["everyday_flagged"] = {
        "share": round(sum(v >= thresholds[FLAGGED] for v in plain) / max(len(plain), 1), 4),
        "n": len(plain),
    }
    nlp = fit(rows, seed=seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    _sort_punctuation(out_dir / "sentencizer.json")
    meta: dict[str, Any] = {
        "labels": list(LABELS),
        "thresholds": thresholds,
        "seed": seed,
        "epochs": EPOCHS,
        "train_rows": len(rows),
        "data_sha256": feedback_digest(data_digest(paths), feedback),
        "cross_validation": cv,
    }
    if feedback:
        from nlp.train.feedback import read_feedback, summary

        meta["feedback"] = summary(read_feedback(feedback))
    metadata_path(out_dir).write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", "utf-8")
    return meta


def _summary(counts: Counts) -> dict[str, float]:
    return {
        "precision": round(counts.precision, 3),
        "recall": round(counts.recall, 3),
        "n": counts.tp + counts.fn,
    }


def _sort_punctuation(path: Path) -> None:
    """spaCy writes the sentencizer's punctuation set in hash order, which changes from run to
    run; sorted, the same data gives the same files (the set it loads back is the same)."""
    settings = json.loads(path.read_text(encoding="utf-8"))
    settings["punct_chars"] = sorted(settings["punct_chars"])
    path.write_text(json.dumps(settings, indent=2) + "\n", encoding="utf-8")
