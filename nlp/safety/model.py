"""`tend_safety_model`: the learned half of the safety gate.

Two views of each draft, trained together by `python -m nlp.train safety`: logistic heads over
the encoder's embeddings of the draft and of each of its sentences (heads.json), and logistic
heads over the draft's character n-grams (heads.ngrams.json, see ngrams.py). Per kind, the
score is the geometric mean of the best sentence's encoder probability and the n-gram
probability (the encoder pass is skipped when the n-grams alone show it cannot reach a
threshold); it becomes a `ModelHit` on that sentence when it reaches the "possible"
threshold, "clear" when it reaches the "clear" threshold. The gate (gate.py) combines these
with the rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from nlp.encoder.component import stacked
from nlp.encoder.heads import Heads, load_heads
from nlp.results import SAFETY_KINDS, SafetyKind
from nlp.safety.ngrams import NgramHeads, load_ngram_heads

HEADS_FILE = Path(__file__).with_name("heads.json")


def ngrams_file(heads_file: Path) -> Path:
    """The n-gram heads trained together with `heads_file` ("heads.json" -> "heads.ngrams.json")."""
    return heads_file.with_name(heads_file.stem + ".ngrams.json")


MODEL_HITS = "tend_safety_model"
# A sentence of one or two words ("goodnight.", "love you x") is too little for the encoder to
# read on its own: its vector swings with the few pieces it has, and "goodnight." after "not
# doing this tonight." scored as a farewell. Such a sentence is judged only within the draft's
# own row. Training scores drafts the same way (nlp/train/safety.py).
MIN_SENTENCE_WORDS = 3


def readable_rows(words: Sequence[int]) -> list[int]:
    """Which rows of a draft's stacked embeddings the heads may point at, given each row's
    word count (row 0 is the whole draft): its sentences of at least MIN_SENTENCE_WORDS words,
    or the draft itself when it has one sentence or none long enough."""
    sentences = [row for row in range(1, len(words)) if words[row] >= MIN_SENTENCE_WORDS]
    return sentences or [0]


def word_counts(doc: Doc, ranges: Sequence[tuple[int, int]]) -> list[int]:
    """Words (alphabetic tokens) in each row's token range."""
    return [sum(token.is_alpha for token in doc[start:end]) for start, end in ranges]


def combined(meaning: Any, wording: Any) -> Any:
    """One score from the encoder's and the n-grams' probabilities (floats or arrays): their
    geometric mean. Why not the arithmetic mean: cross-validated on the train split, both
    reach the same disclosures at the same near-miss alarm rate (bench/RESULTS.md, "Safety"),
    but with the geometric mean a low n-gram score alone rules a draft out (`reachable`),
    so the encoder runs on about one draft in six instead of two in three."""
    return np.sqrt(meaning * wording)


def reachable(wording: float, threshold: float) -> bool:
    """Whether some encoder probability (at most 1) could lift `wording` to `threshold`."""
    return bool(combined(1.0, wording) >= threshold)


if not Doc.has_extension(MODEL_HITS):
    Doc.set_extension(MODEL_HITS, default=None)


@dataclass(frozen=True, slots=True)
class ModelHit:
    """A sentence (token range) the heads scored at or above a threshold."""

    kind: SafetyKind
    clear: bool
    score: float
    start: int
    end: int


class SafetyModel:
    """Sets `doc._.tend_safety_model` to a tuple of ModelHit (empty when nothing scored)."""

    def __init__(self, heads: Heads, ngrams: NgramHeads) -> None:
        unknown = set(heads.labels) - set(SAFETY_KINDS)
        if unknown:
            raise ValueError(f"safety heads name unknown kinds: {sorted(unknown)}")
        if ngrams.labels != heads.labels or ngrams.data_sha256 != heads.data_sha256:
            raise ValueError("the encoder and n-gram safety heads were not trained together")
        self.heads = heads
        self.ngrams = ngrams

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(MODEL_HITS, self.hits(doc))
        return doc

    def hits(self, doc: Doc, *, read_always: bool = False) -> tuple[ModelHit, ...]:
        """The hits; `read_always` runs the encoder even when it cannot matter (tests check
        that skipping it never changes the answer)."""
        wording = self.ngrams.scores([doc.text])[0]
        # The encoder's probability is at most 1, so the score is at most combined(1, wording):
        # when that is below the "possible" threshold for every kind, no encoder reading can
        # raise a hit, and the encoder pass (several times a spaCy parse) is skipped. The
        # verdict is exactly the one the pass would have given; most everyday drafts stop here.
        if not read_always and not any(
            reachable(float(wording[column]), self.heads.threshold(label, "possible"))
            for column, label in enumerate(self.heads.labels)
        ):
            return ()
        matrix, ranges = stacked(doc)
        if not ranges:
            return ()
        scores = self.heads.scores(matrix)
        # With several sentences, point at the sentence; the draft row only breaks ties.
        rows = readable_rows(word_counts(doc, ranges))
        found: list[ModelHit] = []
        for column, label in enumerate(self.heads.labels):
            kind = cast(SafetyKind, label)
            row = rows[int(scores[rows, column].argmax())]
            meaning = max(float(scores[row, column]), float(scores[0, column]))
            best = float(combined(meaning, float(wording[column])))
            if best < self.heads.threshold(label, "possible"):
                continue
            start, end = ranges[row]
            found.append(
                ModelHit(kind, best >= self.heads.threshold(label, "clear"), best, start, end)
            )
        return tuple(found)


@Language.factory("tend_safety_model", default_config={"heads": None})
def make_safety_model(nlp: Language, name: str, heads: str | None) -> SafetyModel:
    path = Path(heads) if heads else HEADS_FILE
    return SafetyModel(load_heads(path), load_ngram_heads(ngrams_file(path)))
