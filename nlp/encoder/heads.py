"""Logistic heads over sentence embeddings: a small JSON file, not a pickle.

A heads file holds, per label, a weight vector and a bias (`p = sigmoid(w . x + b)`), the
thresholds chosen at training time, the sha256 of the data it was trained on and of the
encoder graph it expects (a test fails when either changed and the heads were not retrained).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from nlp.encoder.runtime import Embeddings


@dataclass(frozen=True, slots=True)
class Heads:
    """Scores for a fixed list of labels."""

    labels: tuple[str, ...]
    weights: npt.NDArray[np.float32]
    """(labels, 384)"""
    bias: npt.NDArray[np.float32]
    thresholds: Mapping[str, Mapping[str, float]]
    """label -> level name -> probability at or above which that level holds"""
    data_sha256: str
    encoder_sha256: str
    meta: Mapping[str, Any]

    def scores(self, embeddings: Embeddings) -> npt.NDArray[np.float32]:
        """Probabilities, one row per embedding and one column per label."""
        if embeddings.size == 0:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        logits = embeddings @ self.weights.T + self.bias
        probabilities: npt.NDArray[np.float32] = (1.0 / (1.0 + np.exp(-logits))).astype(np.float32)
        return probabilities

    def threshold(self, label: str, level: str) -> float:
        return float(self.thresholds[label][level])

    def to_json(self) -> str:
        return json.dumps(
            {
                "labels": list(self.labels),
                "weights": [[round(float(x), 7) for x in row] for row in self.weights],
                "bias": [round(float(x), 7) for x in self.bias],
                "thresholds": {k: dict(v) for k, v in self.thresholds.items()},
                "data_sha256": self.data_sha256,
                "encoder_sha256": self.encoder_sha256,
                "meta": dict(self.meta),
            },
            indent=1,
        )


def load_heads(path: Path) -> Heads:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Heads(
        labels=tuple(raw["labels"]),
        weights=np.asarray(raw["weights"], dtype=np.float32),
        bias=np.asarray(raw["bias"], dtype=np.float32),
        thresholds=raw["thresholds"],
        data_sha256=raw["data_sha256"],
        encoder_sha256=raw["encoder_sha256"],
        meta=raw.get("meta", {}),
    )
