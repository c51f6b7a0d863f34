"""`tend_encoder`: embed each draft, and each of its sentences, with the sentence encoder.

Sets `doc._.tend_embedding` (the whole draft, 384 floats, unit length) and
`doc._.tend_sentences`: one `EmbeddedSentence` per sentence, so a learned check can point at
the sentence it is about. A one-sentence draft is embedded once. `pipe` hands the encoder
a whole batch of drafts at once (it runs them one by one: see `Encoder.embed`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from nlp.encoder.runtime import Embeddings, Encoder

# A draft is rarely more than a few sentences; a pasted essay is read in its first sentences
# by the model (the rules still read all of it), so cost stays bounded.
MAX_SENTENCES = 24
_MIN_SENTENCE_CHARS = 3

for _name in ("tend_embedding", "tend_sentences"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass(frozen=True, slots=True)
class EmbeddedSentence:
    """A sentence of the draft (token offsets into the Doc) and its embedding."""

    start: int
    end: int
    vector: Embeddings


class EncoderComponent:
    """Fills the embedding extensions; needs sentence boundaries (parser or sentencizer)."""

    def __init__(self, encoder: Encoder, batch_size: int = 1) -> None:
        self._encoder = encoder
        self._batch_size = batch_size

    def __call__(self, doc: Doc) -> Doc:
        self._embed([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        stream = iter(docs)
        while batch := list(islice(stream, batch_size)):
            self._embed(batch)
            yield from batch

    def _embed(self, docs: list[Doc]) -> None:
        texts: list[str] = []
        plans: list[tuple[int, list[tuple[int, int, int]]]] = []
        for doc in docs:
            whole = len(texts)
            texts.append(doc.text)
            sentences = [s for s in doc.sents if len(s.text.strip()) >= _MIN_SENTENCE_CHARS][
                :MAX_SENTENCES
            ]
            parts: list[tuple[int, int, int]] = []
            if len(sentences) <= 1:
                parts = [(s.start, s.end, whole) for s in sentences]
            else:
                for s in sentences:
                    parts.append((s.start, s.end, len(texts)))
                    texts.append(s.text)
            plans.append((whole, parts))
        vectors = self._encoder.embed(texts, batch_size=self._batch_size)
        for doc, (whole, parts) in zip(docs, plans, strict=True):
            doc._.tend_embedding = vectors[whole]
            doc._.tend_sentences = tuple(
                EmbeddedSentence(start, end, vectors[row]) for start, end, row in parts
            )


@Language.factory("tend_encoder", default_config={"directory": None, "threads": 1})
def make_encoder(nlp: Language, name: str, directory: str | None, threads: int) -> EncoderComponent:
    return EncoderComponent(Encoder(Path(directory) if directory else None, threads=threads))


def stacked(doc: Doc) -> tuple[Embeddings, tuple[tuple[int, int], ...]]:
    """The draft's embedding and its sentences' as one matrix (draft first), with the
    token range each row covers; empty when the encoder did not run on this Doc."""
    if doc._.tend_embedding is None:
        return np.zeros((0, 0), dtype=np.float32), ()
    sentences: tuple[EmbeddedSentence, ...] = doc._.tend_sentences or ()
    rows = [doc._.tend_embedding, *(s.vector for s in sentences)]
    ranges = ((0, len(doc)), *((s.start, s.end) for s in sentences))
    return np.vstack(rows).astype(np.float32), ranges
