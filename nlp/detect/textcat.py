"""The trained classifier: spaCy `textcat_multilabel` (bag of words, 1–2-grams) over the ten
categories plus "flagged", scored per sentence and per draft.

It reads lower-cased text (the corpus mixes every casing, and a bag of words learns nothing
useful from capitals). Training lives in `nlp.train` (`python -m nlp.train textcat`); this
module only loads a trained directory and scores with it. A model directory `textcat/` comes
with `textcat.json` beside it: labels, per-label thresholds (tuned by cross-validation on the
training split) and the sha256 of the data it was trained on.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline.textcat_multilabel import MultiLabel_TextCategorizer

FLAGGED = "flagged"
DEFAULT_PATH = Path(__file__).parents[1] / "models" / "textcat"
_MAX_SENTENCE_CHARS = 2000


@dataclass(frozen=True, slots=True)
class SentenceScores:
    """One sentence of a draft: character range in the text given, and its label scores."""

    start: int
    end: int
    scores: Mapping[str, float]
    labels: frozenset[str]
    """The labels whose score reaches their threshold."""


@dataclass(frozen=True, slots=True)
class TextcatResult:
    """Scores for a whole draft and for each of its sentences."""

    scores: Mapping[str, float]
    """Per label: the higher of the whole-draft score and the best sentence score."""
    labels: frozenset[str]
    sentences: tuple[SentenceScores, ...]

    @property
    def flagged(self) -> bool:
        return FLAGGED in self.labels


def metadata_path(model_dir: Path) -> Path:
    """`textcat.json` beside the `textcat/` model directory."""
    return model_dir.with_name(model_dir.name + ".json")


class Textcat:
    """A loaded classifier. Call it on a draft; `score_texts` scores many texts in one batch.

    Not thread-safe (a spaCy pipeline is not): use it under the analyzer's lock.
    """

    def __init__(self, nlp: Language, thresholds: Mapping[str, float], meta: Mapping[str, Any]):
        self._nlp = nlp
        self._sentencizer = nlp.get_pipe("sentencizer")
        self._textcat = cast("MultiLabel_TextCategorizer", nlp.get_pipe("textcat_multilabel"))
        self.thresholds = dict(thresholds)
        self.labels: tuple[str, ...] = tuple(self._textcat.labels)
        self.meta = dict(meta)

    def score_texts(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Label scores for each text, read as one unit (a draft or a sentence)."""
        docs = [self._nlp.make_doc(text.lower()) for text in texts]
        return [dict(doc.cats) for doc in self._textcat.pipe(docs)]

    def labels_of(self, scores: Mapping[str, float]) -> frozenset[str]:
        return frozenset(k for k, v in scores.items() if v >= self.thresholds.get(k, 0.5))

    def sentence_ranges(self, text: str) -> list[tuple[int, int]]:
        """Sentences by punctuation and line breaks (no parser needed)."""
        doc = self._sentencizer(self._nlp.make_doc(text))
        out = []
        for sent in doc.sents:
            start = sent.start_char
            # Very long "sentences" (no punctuation) are read in pieces: a bag of words over
            # a page says little about any one clause.
            while sent.end_char - start > _MAX_SENTENCE_CHARS:
                cut = text.rfind(" ", start, start + _MAX_SENTENCE_CHARS)
                cut = cut if cut > start else start + _MAX_SENTENCE_CHARS
                out.append((start, cut))
                start = cut
            out.append((start, sent.end_char))
        return [(s, e) for s, e in out if text[s:e].strip()]

    def __call__(self, text: str) -> TextcatResult:
        ranges = self.sentence_ranges(text)
        texts = [text] + [text[s:e] for s, e in ranges] if len(ranges) > 1 else [text]
        scored = self.score_texts(texts)
        draft = scored[0]
        per_sentence = scored[1:] if len(ranges) > 1 else scored
        sentences = tuple(
            SentenceScores(s, e, scores, self.labels_of(scores))
            for (s, e), scores in zip(ranges, per_sentence, strict=False)
        )
        combined = {
            label: max([draft[label], *(s.scores[label] for s in sentences)])
            for label in self.labels
        }
        return TextcatResult(combined, self.labels_of(combined), sentences)


def load_textcat(path: str | Path = DEFAULT_PATH) -> Textcat:
    """Load a trained classifier directory (and the `textcat.json` beside it)."""
    import spacy

    model_dir = Path(path)
    meta = json.loads(metadata_path(model_dir).read_text("utf-8"))
    nlp = spacy.load(model_dir)
    return Textcat(nlp, meta["thresholds"], meta)
