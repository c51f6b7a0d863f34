"""`tend_encoder`: embed each draft, and each of its sentences, with the sentence encoder.

`stacked(doc)` gives the draft's embedding (384 floats, unit length) and one per sentence, so a
learned check can point at the sentence it is about. They come from ONE encoder pass over the
draft: each sentence's vector is pooled from the last layer over its own word pieces
(`Encoder.read`), not from a pass of its own.

The pass runs when a check first asks for the rows, not when the component runs: the encoder
costs several times a spaCy parse, and a check that can tell from cheaper evidence that the
meaning cannot change its verdict skips it (the safety model does: nlp/safety/model.py). The
component only hands each Doc the encoder; the rows are kept on the Doc once made
(`doc._.tend_embedding`, `doc._.tend_sentences`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from nlp.encoder.runtime import Embeddings, Encoder

# A draft is rarely more than a few sentences; a pasted essay is read in its first sentences
# by the model (the rules still read all of it).
MAX_SENTENCES = 24
_MIN_SENTENCE_CHARS = 3

for _name in ("tend_encoder", "tend_embedding", "tend_sentences"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True, slots=True)
class EmbeddedSentence:
    """A sentence of the draft (token offsets into the Doc) and its embedding."""

    start: int
    end: int
    vector: Embeddings


class EncoderComponent:
    """Lets `stacked` embed the Doc; needs sentence boundaries (parser or sentencizer)."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def __call__(self, doc: Doc) -> Doc:
        doc._.tend_encoder = self.encoder
        doc._.tend_embedding = None
        doc._.tend_sentences = None
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("tend_encoder", default_config={"directory": None, "threads": 1})
def make_encoder(nlp: Language, name: str, directory: str | None, threads: int) -> EncoderComponent:
    return EncoderComponent(Encoder(Path(directory) if directory else None, threads=threads))


def embed(doc: Doc) -> bool:
    """Fill the Doc's embedding rows with one encoder pass (once); False when the encoder
    did not run on this Doc's pipeline."""
    if doc._.tend_embedding is not None:
        return True
    encoder: Encoder | None = doc._.tend_encoder
    if encoder is None:
        return False
    sentences = [s for s in doc.sents if len(s.text.strip()) >= _MIN_SENTENCE_CHARS][:MAX_SENTENCES]
    several = len(sentences) > 1
    reading = encoder.read(
        doc.text, [(s.start_char, s.end_char) for s in sentences] if several else []
    )
    doc._.tend_embedding = reading.draft
    if several:
        doc._.tend_sentences = tuple(
            EmbeddedSentence(s.start, s.end, vector)
            for s, vector in zip(sentences, reading.sentences, strict=True)
            if vector is not None
        )
    else:
        # A one-sentence draft is its own sentence: the draft row stands for it.
        doc._.tend_sentences = tuple(
            EmbeddedSentence(s.start, s.end, reading.draft) for s in sentences
        )
    return True


def stacked(doc: Doc) -> tuple[Embeddings, tuple[tuple[int, int], ...]]:
    """The draft's embedding and its sentences' as one matrix (draft first), with the
    token range each row covers; empty when the encoder did not run on this Doc. Runs the
    encoder pass on first use."""
    if not embed(doc):
        return np.zeros((0, 0), dtype=np.float32), ()
    sentences: tuple[EmbeddedSentence, ...] = doc._.tend_sentences or ()
    rows = [doc._.tend_embedding, *(s.vector for s in sentences)]
    ranges = ((0, len(doc)), *((s.start, s.end) for s in sentences))
    return np.vstack(rows).astype(np.float32), ranges
