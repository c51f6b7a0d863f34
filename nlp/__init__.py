"""Tend's coaching engine: find phrasing that lands as an attack, propose a kinder rewrite.

    import nlp
    a = nlp.analyze("You never listen to me.")
    a.flagged, a.patterns, a.suggestions, a.safety, a.check_in

Pure text analysis (spaCy, lemminflect, stdlib). Importing is cheap; the pipeline loads on the
first `analyze()` (or when you build an `Analyzer`) and is reused.

Laid out by job: `detect/` (the spaCy pipeline, rules, guards, the trained classifiers),
`rewrite/` (flagged sentences into first-person suggestions), `safety/`, `encoder/` and
`train/`. At the top: this API, `analyzer`, `results`, `model`, and the three modules every job
reads: `lexicon` (the pattern data and its syntax: detection, safety and the rewrites' word
lists), `surface` (the normalised view of a draft that all of them read, with offsets back) and
`vocabulary` (the categories, for nlp/ and bot/ alike; public as `nlp.vocabulary`).
Outside nlp/, import only `nlp` and `nlp.results`.
"""

from __future__ import annotations

import threading

from nlp import vocabulary
from nlp.analyzer import Analyzer
from nlp.results import (
    CATEGORIES,
    Analysis,
    Ask,
    Category,
    CheckIn,
    Mine,
    ModelInfo,
    Pattern,
    SafetyConcern,
)
from nlp.rewrite.mine import compose as compose_mine
from nlp.rewrite.texts import SLOT

__all__ = [
    "CATEGORIES",
    "SLOT",
    "Analysis",
    "Analyzer",
    "Ask",
    "Category",
    "CheckIn",
    "Mine",
    "ModelInfo",
    "Pattern",
    "SafetyConcern",
    "analyze",
    "compose_mine",
    "default_analyzer",
    "vocabulary",
]

_default: Analyzer | None = None
_default_lock = threading.Lock()


def default_analyzer() -> Analyzer:
    """The process-wide Analyzer behind `analyze()`, built on first use."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Analyzer()
        return _default


def analyze(text: str) -> Analysis:
    """Analyse one draft with the default Analyzer (see `Analyzer` for the details)."""
    return default_analyzer().analyze(text)
