"""The trained classifier: spaCy `textcat_multilabel` (bag of words, 1–2-grams) over the ten
categories plus "flagged", scored per sentence and per draft.

It reads lower-cased text (the corpus mixes every casing, and a bag of words learns nothing
useful from capitals). Training lives in `nlp.train` (`python -m nlp.train textcat`); this
module only loads a trained directory and scores with it. A model directory `textcat/` comes
with `textcat.json` beside it: labels, per-label thresholds (tuned by cross-validation on the
training split) and the sha256 of the data it was trained on.

`tend_textcat` puts it in the pipeline, after `tend_judge`: a finding is a rule match or a
sentence the model scores over the "flagged" threshold. The rules keep what they match (exact
spans, explanations, guards); the model speaks about sentences no rule span covers and no guard
cleared, and its finding covers the whole sentence (span id "model"), so the rewrite reads it
as a sentence flag.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.detect.judge import CLEARED_KEY, FINAL_KEY
from nlp.results import CATEGORIES, Category

if TYPE_CHECKING:
    from spacy.pipeline.textcat_multilabel import MultiLabel_TextCategorizer

FLAGGED = "flagged"
MODEL_SPAN_ID = "model"
"""Span id of a finding the model made where no rule matched (a whole sentence)."""
# A sentence with five labels explains nothing: the model's categories are its weak side.
MAX_CATEGORIES = 2
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
        # The memory zone keeps the model's string store from growing with every new word
        # a long-running bot sees.
        with self._nlp.memory_zone():
            docs = [self._nlp.make_doc(text.lower()) for text in texts]
            # thinc's n-gram layer fails on a batch that mixes empty and non-empty docs
            # (IndexError in ops.ngrams): empty ones are read in a batch of their own.
            empty = [n for n, doc in enumerate(docs) if not len(doc)]
            full = [n for n, doc in enumerate(docs) if len(doc)]
            scores: dict[int, dict[str, float]] = {}
            for group in (empty, full):
                read = self._textcat.pipe([docs[n] for n in group])
                scores.update((n, dict(doc.cats)) for n, doc in zip(group, read, strict=True))
            return [scores[n] for n in range(len(docs))]

    def labels_of(self, scores: Mapping[str, float]) -> frozenset[str]:
        return frozenset(k for k, v in scores.items() if v >= self.thresholds.get(k, 0.5))

    def sentence_ranges(self, text: str) -> list[tuple[int, int]]:
        """Sentences by punctuation and line breaks (no parser needed)."""
        with self._nlp.memory_zone():
            doc = self._sentencizer(self._nlp.make_doc(text))
            bounds = [(sent.start_char, sent.end_char) for sent in doc.sents]
        return _pieces(text, bounds)

    def __call__(self, text: str) -> TextcatResult:
        ranges = self.sentence_ranges(text)
        texts = [text[s:e] for s, e in ranges] if len(ranges) > 1 else [text]
        # The whole draft is scored too when it has several sentences (the thresholds were
        # tuned on the higher of the two), unless it is a pasted document: a bag of words over
        # pages says nothing its sentences don't, and costs as much again.
        whole = len(ranges) > 1 and len(text) <= _MAX_SENTENCE_CHARS
        scored = self.score_texts([text, *texts] if whole else texts)
        per_sentence = scored[1:] if whole else scored
        draft = scored[0] if whole or len(ranges) <= 1 else None
        return self._result(ranges, per_sentence, draft)

    def _result(
        self,
        ranges: Sequence[tuple[int, int]],
        per_sentence: Sequence[dict[str, float]],
        draft: Mapping[str, float] | None,
    ) -> TextcatResult:
        sentences = tuple(
            SentenceScores(s, e, scores, self.labels_of(scores))
            for (s, e), scores in zip(ranges, per_sentence, strict=False)
        )
        combined = {
            label: max([*([draft[label]] if draft else []), *(s.scores[label] for s in sentences)])
            for label in self.labels
        }
        return TextcatResult(combined, self.labels_of(combined), sentences)


def _pieces(text: str, bounds: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence ranges, a very long one cut at spaces, blank ones dropped."""
    out = []
    for sent_start, sent_end in bounds:
        start = sent_start
        # Very long "sentences" (no punctuation) are read in pieces: a bag of words over
        # a page says little about any one clause.
        while sent_end - start > _MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", start, start + _MAX_SENTENCE_CHARS)
            cut = cut if cut > start else start + _MAX_SENTENCE_CHARS
            out.append((start, cut))
            start = cut
        out.append((start, sent_end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def load_textcat(path: str | Path = DEFAULT_PATH) -> Textcat:
    """Load a trained classifier directory (and the `textcat.json` beside it)."""
    import spacy

    model_dir = Path(path)
    meta = json.loads(metadata_path(model_dir).read_text("utf-8"))
    nlp = spacy.load(model_dir)
    _warm_vocabulary(nlp)
    return Textcat(nlp, meta["thresholds"], meta)


def _warm_vocabulary(nlp: Language) -> None:
    """Make the model's own words permanent, outside any memory zone.

    Texts are scored inside `memory_zone()`, where a word the vocabulary does not hold yet
    is built afresh (its lexical attributes computed in Python) on every call and freed after
    it. The model knows its training words as strings only; as lexemes made once here they
    cost nothing per call (about 11,000 words: 0.13 s at load, 3 MB). Scores do not change:
    the classifier reads a word's hash, the same either way.

    Each word is also tokenized once here: the tokenizer caches how it splits a chunk only
    outside a memory zone, so inside one every word went through the prefix, suffix and
    infix rules again. With the words cached, `score_texts` costs about a quarter less
    (+0.1 s at load); the tokens are the same, the cache only remembers them.
    """
    for word in list(nlp.vocab.strings):
        if word and word == word.lower() and not any(c.isspace() for c in word):
            nlp.vocab[word]  # looking a word up makes its lexeme
            nlp.make_doc(word)


def flagged_sentences(result: TextcatResult) -> list[SentenceScores]:
    """The sentences that carry the model's flag: each one over the threshold on its own, or,
    when only the whole draft is, its highest-scoring sentence."""
    if not result.flagged or not result.sentences:
        return []
    over = [s for s in result.sentences if FLAGGED in s.labels]
    return over or [max(result.sentences, key=lambda s: s.scores[FLAGGED])]


def categories_of(scores: Mapping[str, float], thresholds: Mapping[str, float]) -> list[Category]:
    """The categories over their thresholds, most confident first, at most MAX_CATEGORIES;
    the closest one when none is over (a finding needs a category)."""
    margins = sorted(
        ((scores[c] - thresholds.get(c, 0.5), n, c) for n, c in enumerate(CATEGORIES)),
        key=lambda m: (-m[0], m[1]),
    )
    over = [c for margin, _, c in margins[:MAX_CATEGORIES] if margin >= 0]
    return over or [margins[0][2]]


class Scorer(Protocol):
    """What the finder needs of a classifier (a `Textcat`, or a fake in tests)."""

    @property
    def thresholds(self) -> Mapping[str, float]: ...

    def __call__(self, text: str) -> TextcatResult: ...


class TextcatFinder:
    """`tend_textcat`: adds a span per model-only sentence finding to `doc.spans["tend"]`."""

    def __init__(self, textcat: Scorer) -> None:
        self.textcat = textcat

    def __call__(self, doc: Doc) -> Doc:
        if doc._.tend_safety is not None or not doc.text.strip():
            return doc
        chosen = flagged_sentences(self.textcat(doc.text))
        if not chosen:
            return doc
        found = list(doc.spans.get(FINAL_KEY, []))
        taken = [(s.start_char, s.end_char) for s in found]
        taken += [(s.start_char, s.end_char) for s in doc.spans.get(CLEARED_KEY, [])]
        added = False
        for sentence in chosen:
            span = _sentence_span(doc, sentence.start, sentence.end)
            if span is None or any(a < span.end_char and span.start_char < b for a, b in taken):
                continue
            for category in categories_of(sentence.scores, self.textcat.thresholds):
                found.append(Span(doc, span.start, span.end, label=category, span_id=MODEL_SPAN_ID))
            added = True
        if added:
            doc.spans[FINAL_KEY] = sorted(found, key=lambda s: (s.start, s.end))
        return doc


def _sentence_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a character range, without the spaces at its edges."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first, last = span.start, span.end
    while first < last - 1 and doc[first].is_space:
        first += 1
    while last > first + 1 and doc[last - 1].is_space:
        last -= 1
    return doc[first:last]


@Language.factory("tend_textcat", default_config={"path": None})
def make_textcat_finder(nlp: Language, name: str, path: str | None) -> TextcatFinder:
    return TextcatFinder(load_textcat(path or DEFAULT_PATH))
