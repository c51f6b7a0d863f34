"""Tend's coaching engine: find phrasing that lands as an attack, propose a kinder rewrite.

    import nlp
    a = nlp.analyze("You never listen to me.")
    a.flagged, a.patterns, a.suggestions, a.safety, a.check_in

Pure text analysis (spaCy, lemminflect, stdlib). Importing is cheap; the pipeline loads on the
first `analyze()` (or when you build an `Analyzer`) and is reused.
"""

from __future__ import annotations

import threading

from nlp.analyzer import Analyzer
from nlp.mine import compose as compose_mine
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
from nlp.texts import SLOT

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
