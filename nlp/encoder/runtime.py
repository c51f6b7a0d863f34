"""`Encoder`: text in, unit-length 384-d sentence embeddings out (onnxruntime + tokenizers)."""

from __future__ import annotations

from collections.abc import Sequence
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
# The model was trained on 128 word pieces; longer text is read in 128-piece windows.
MAX_PIECES = 128
Embeddings = npt.NDArray[np.float32]


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
            out[rows] = vectors
        return out
