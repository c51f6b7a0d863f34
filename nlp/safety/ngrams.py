"""Character n-gram logistic heads: the second learned view of a draft, beside the encoder.

The encoder reads meaning and misses wording ("tested whether the banister would hold my
weight" embeds near DIY talk); character n-grams within words read wording, spelling
variants and texting shortcuts, and miss meaning. Cross-validated on the train split, their
mean reached more clear disclosures at the same near-miss alarm rate than either alone
(bench/RESULTS.md, "Safety"). The features are TF-IDF over character 2- to 5-grams inside
word boundaries (the same as scikit-learn's `char_wb`, sublinear tf, smooth idf, L2 norm),
written out here so the bot needs no scikit-learn.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

NGRAM_RANGE = (2, 5)
_SPACES = re.compile(r"\s\s+")


def words(text: str) -> list[str]:
    return _SPACES.sub(" ", text.lower()).split()


def word_ngrams(word: str) -> list[str]:
    """The n-grams of one word padded with one space each side (a short word once)."""
    low, high = NGRAM_RANGE
    padded = f" {word} "
    grams: list[str] = []
    for n in range(low, high + 1):
        grams.extend(padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
        if len(padded) <= n:  # a short word counts once, as itself
            break
    return grams


def char_ngrams(text: str) -> list[str]:
    """The n-grams of each word of `text` (scikit-learn's `char_wb` analyzer)."""
    return [gram for word in words(text) for gram in word_ngrams(word)]


# Words seen at run time, each with its known n-grams' columns: drafts repeat their words, so
# most of a draft's features are a dictionary lookup per word. Bounded by clearing when full.
_WORD_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class NgramHeads:
    """Logistic heads over TF-IDF character n-grams, one per label."""

    labels: tuple[str, ...]
    vocabulary: Mapping[str, int]
    idf: npt.NDArray[np.float64]
    weights: npt.NDArray[np.float64]
    """(labels, features)"""
    bias: npt.NDArray[np.float64]
    data_sha256: str
    _columns: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)

    def word_columns(self, word: str) -> tuple[int, ...]:
        """The vocabulary columns of the n-grams of one word (cached)."""
        found = self._columns.get(word)
        if found is None:
            if len(self._columns) >= _WORD_CACHE_SIZE:
                self._columns.clear()
            vocabulary = self.vocabulary
            found = tuple(
                column for gram in word_ngrams(word) if (column := vocabulary.get(gram)) is not None
            )
            self._columns[word] = found
        return found

    def features(self, text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
        """The sparse TF-IDF row of `text`: feature indices and L2-normalised values."""
        counts = Counter(column for word in words(text) for column in self.word_columns(word))
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
        values = tf * self.idf[columns]
        return columns, values / math.sqrt(float(values @ values))

    def scores(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """Probabilities, one row per text, one column per label."""
        out = np.zeros((len(texts), len(self.labels)))
        for row, text in enumerate(texts):
            index, values = self.features(text)
            logits = self.weights[:, index] @ values + self.bias
            out[row] = 1.0 / (1.0 + np.exp(-logits))
        return out

    def to_json(self) -> str:
        ordered = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        return json.dumps(
            {
                "labels": list(self.labels),
                "ngram_range": list(NGRAM_RANGE),
                "vocabulary": ordered,
                "idf": [round(float(x), 6) for x in self.idf],
                "weights": [[round(float(x), 6) for x in row] for row in self.weights],
                "bias": [round(float(x), 6) for x in self.bias],
                "data_sha256": self.data_sha256,
            },
            separators=(",", ":"),
        )


def load_ngram_heads(path: Path) -> NgramHeads:
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if tuple(raw["ngram_range"]) != NGRAM_RANGE:
        raise ValueError(f"{path}: trained with n-grams {raw['ngram_range']}, not {NGRAM_RANGE}")
    return NgramHeads(
        labels=tuple(raw["labels"]),
        vocabulary={gram: i for i, gram in enumerate(raw["vocabulary"])},
        idf=np.asarray(raw["idf"], dtype=np.float64),
        weights=np.asarray(raw["weights"], dtype=np.float64),
        bias=np.asarray(raw["bias"], dtype=np.float64),
        data_sha256=raw["data_sha256"],
    )
