"""`Encoder`: text in, unit-length 384-d sentence embeddings out (onnxruntime + tokenizers).

`embed(texts)` gives one vector per text. `read(text, spans)` gives a draft's vector and one per
sentence (character spans) from a single pass: each sentence's vector is the mean of the last
layer's states over its own word pieces, read in the context of the whole draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from nlp.encoder.files import (
    GRAPH_FILE,
    TOKENIZER_FILE,
    EncoderIntegrityError,
    EncoderMissingError,
    check_built,
    encoder_dir,
)

DIMENSIONS = 384
# The model was trained on 128 word pieces: `embed` truncates there; `read` reads a longer
# draft in windows of whole sentences of at most 128 pieces, one pass per window.
MAX_PIECES = 128
_WINDOW = MAX_PIECES - 2  # room for [CLS] and [SEP]
# A pasted essay is read by the model in its first pieces only (the rules read all of it),
# so the cost of one draft stays bounded.
MAX_DRAFT_PIECES = 8 * _WINDOW
Embeddings = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Reading:
    """One draft read once: its vector, and one per requested sentence (None when the
    sentence lies beyond what the model reads, or holds no word piece)."""

    draft: Embeddings
    sentences: tuple[Embeddings | None, ...]


class Encoder:
    """One onnxruntime session over the verified int8 graph.

    Single-threaded on purpose: Tend scales by analyzer processes, and one thread per process
    keeps a busy neighbour from halving everyone's latency. Not thread-safe (the Analyzer
    holds a lock around it).
    """

    def __init__(self, directory: Path | None = None, *, threads: int = 1) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        directory = directory or encoder_dir()
        check = check_built(directory)
        if check.missing:
            raise EncoderMissingError(check.describe() + " (run scripts/setup)")
        if not check.ok:
            raise EncoderIntegrityError(check.describe())
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(
            str(directory / GRAPH_FILE), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(MAX_PIECES)
        self._whole = Tokenizer.from_file(str(directory / TOKENIZER_FILE))
        self._whole.no_padding()
        self._whole.no_truncation()
        self.runs = 0
        """Graph runs so far (tests and benchmarks read it)."""

    def embed(self, texts: Sequence[str], *, batch_size: int = 1) -> Embeddings:
        """One row per text, in order. Texts are grouped by length so padding stays small.

        One text per run by default: the int8 graph quantises its activations with a scale
        taken from the whole input, so a text embedded in a batch comes out slightly
        different (cosine about 0.99) depending on its neighbours, and the same draft could
        be judged differently alone and in a batch. Batches of 8 or 32 were no faster here
        (bench/RESULTS.md, "Safety").
        """
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return out
        encodings = self._tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for lo in range(0, len(order), batch_size):
            rows = order[lo : lo + batch_size]
            width = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, i in enumerate(rows):
                pieces = encodings[i].ids
                ids[r, : len(pieces)] = pieces
                mask[r, : len(pieces)] = 1
            (vectors,) = self._session.run(
                ["embedding"], {"input_ids": ids, "attention_mask": mask}
            )
            self.runs += 1
            out[rows] = vectors
        return out

    def read(self, text: str, spans: Sequence[tuple[int, int]]) -> Reading:
        """The draft's vector and one per character span (its sentences), from one pass.

        A draft of at most 128 pieces is one run, and its vector is exactly `embed([text])`'s.
        A longer one is cut into windows at sentence starts (a sentence longer than a window
        is cut inside), each read once; its vector is then the mean over every window.
        """
        encoding = self._whole.encode(text)
        cls, sep = encoding.ids[0], encoding.ids[-1]
        pieces = np.asarray(encoding.ids[1:-1][:MAX_DRAFT_PIECES], dtype=np.int64)
        starts = np.asarray([o[0] for o in encoding.offsets[1:-1][: len(pieces)]], dtype=np.int64)
        states = np.zeros((len(pieces), DIMENSIONS), dtype=np.float32)
        if len(pieces) <= _WINDOW:
            draft, states[:] = self._run(cls, pieces, sep)
        else:
            cuts = np.searchsorted(starts, [start for start, _ in spans])
            total = np.zeros(DIMENSIONS, dtype=np.float32)
            for lo, hi in _windows(len(pieces), sorted(set(cuts.tolist()))):
                _, window = self._run(cls, pieces[lo:hi], sep, all_states=True)
                states[lo:hi] = window[1:-1]
                total += window.sum(axis=0)
            draft = _unit(total)
        sentences: list[Embeddings | None] = []
        for start, end in spans:
            inside = (starts >= start) & (starts < end)
            sentences.append(_unit(states[inside].sum(axis=0)) if inside.any() else None)
        return Reading(draft, tuple(sentences))

    def _run(
        self, cls: int, pieces: npt.NDArray[np.int64], sep: int, *, all_states: bool = False
    ) -> tuple[Embeddings, Embeddings]:
        """One graph run: the pooled vector, and the states of the pieces between [CLS] and
        [SEP] (or of every position, [CLS] and [SEP] included, with `all_states`)."""
        ids = np.concatenate([[cls], pieces, [sep]]).reshape(1, -1)
        vector, states = self._session.run(
            ["embedding", "token_states"], {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        )
        self.runs += 1
        return vector[0], states[0] if all_states else states[0, 1:-1]


def _windows(length: int, cuts: Sequence[int]) -> list[tuple[int, int]]:
    """Piece ranges of at most one window each, cut at sentence starts where possible."""
    windows: list[tuple[int, int]] = []
    lo = 0
    while lo < length:
        hi = min(length, lo + _WINDOW)
        if hi < length:
            inside = [c for c in cuts if lo < c <= hi]
            hi = inside[-1] if inside else hi
        windows.append((lo, hi))
        lo = hi
    return windows


def _unit(vector: Embeddings) -> Embeddings:
    norm = float(np.linalg.norm(vector))
    unit: Embeddings = (vector / max(norm, 1e-12)).astype(np.float32)
    return unit
