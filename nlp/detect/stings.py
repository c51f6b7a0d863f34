"""Sentences of a flagged draft that a rewrite must not keep as written.

A logistic head over the encoder's reading of each sentence in its draft (trained by
`python -m nlp.train stings`, nlp/train/stings.py, on the rewrite rows' own keep and forbid
words). It is no flag: nothing is shown to the user for it. A complaint's rewrite leaves a
stinging sentence out instead of keeping it word for word, when it tells nothing concrete
(nlp/rewrite/suggestions.py): blind readers found side digs ("honestly just tell me if you
don't want to see me", "Grand, lie to me so") kept in suggestions the rules and the blame
model passed.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from nlp.detect.blame_model import sentence_rows
from nlp.encoder.heads import Heads, load_heads

HEADS_FILE = Path(__file__).with_name("sting_heads.json")
LABEL = "sting"
LEVEL = "rewrite"


class StingReader:
    """Which sentences of a Doc sting (token ranges), from the encoder rows it already has."""

    def __init__(self, heads: Heads) -> None:
        if heads.labels != (LABEL,):
            raise ValueError(f"sting heads have labels {heads.labels}, expected {(LABEL,)}")
        self.heads = heads
        self.threshold = heads.threshold(LABEL, LEVEL)

    def sentences(self, doc: Doc) -> list[tuple[int, int]]:
        """The sentences over the threshold, except those where the user owns a feeling or a
        need: their words are kept (issue 15). Reads the encoder pass, running it if the
        Doc has none yet (a flagged draft usually has one: the blame model read it)."""
        read = sentence_rows(doc)
        if not read.sentences:
            return []
        scores = self.heads.scores(read.matrix[1:])[:, 0]
        return [
            sentence
            for sentence, score, owned in zip(read.sentences, scores, read.owned, strict=True)
            if score >= self.threshold and not owned
        ]


def load_sting_reader(path: Path = HEADS_FILE) -> StingReader:
    return StingReader(load_heads(path))
