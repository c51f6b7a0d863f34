"""Embeddings for training, made by the same pipeline and encoder the analyzer runs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from nlp.encoder.component import stacked
from nlp.encoder.runtime import Embeddings


@dataclass(frozen=True, slots=True)
class Embedded:
    """Per text: row 0 is the whole text, then one row per sentence (when it has several);
    `words` holds each row's word count (nlp.safety.model.word_counts)."""

    rows: list[Embeddings]
    words: list[list[int]]

    def drafts(self) -> Embeddings:
        return np.vstack([r[0] for r in self.rows])


def embed_texts(texts: Sequence[str]) -> Embedded:
    from nlp.detect.pipeline import build
    from nlp.safety.model import word_counts
    from nlp.surface import view

    nlp, _ = build(allow_fallback=False)
    keep = [
        name
        for name in nlp.pipe_names
        if name in {"tok2vec", "parser", "senter", "tend_texting", "tend_encoder"}
    ]
    rows: list[Embeddings] = []
    words: list[list[int]] = []
    with nlp.select_pipes(enable=keep):
        for doc in nlp.pipe([view(t).text for t in texts], batch_size=64):
            matrix, ranges = stacked(doc)
            rows.append(matrix)
            words.append(word_counts(doc, ranges))
    return Embedded(rows, words)
