"""The category vocabulary, read from `nlp/patterns/categories.json`: one place for nlp/ and bot/.

Each category has its id, what a reply calls it, how /history counts it, how serious it is,
the reply headline, the line under a flagged phrase and the longer "Why?" card. The ids are
also the `Category` type in nlp/results.py (a test holds the two together).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from nlp import lexicon
from nlp.results import Category

FILE = "categories.json"


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """One category of blaming phrasing and every word Tend says about it."""

    id: Category
    label: str
    """What a reply calls it: "always/never", "a label"."""
    plural: str
    """How /history counts it: "always/never", "labels"."""
    severity: int
    """1 is the most serious; a reply's headline names the most serious category present."""
    headline: str
    explanation: str
    """The line under a flagged phrase; "{word}" stands for the flagged word where it appears."""
    why: str
    """The longer "Why?" card, as Telegram HTML."""

    @property
    def pattern_file(self) -> str:
        return f"{self.id}.jsonl"


@functools.cache
def categories() -> tuple[CategoryInfo, ...]:
    """Every category, in the file's order (the order of `nlp.CATEGORIES`)."""
    rows = lexicon.load_json(FILE)["categories"]
    return tuple(CategoryInfo(**row) for row in rows)


@functools.cache
def by_id() -> Mapping[str, CategoryInfo]:
    return MappingProxyType({c.id: c for c in categories()})


def info(category: str) -> CategoryInfo | None:
    """The category's entry, or None for an id this version does not know (old records)."""
    return by_id().get(category)


def label(category: str) -> str:
    """A friendly name; an unknown id still reads fine ("new_kind" -> "new kind")."""
    entry = info(category)
    return entry.label if entry else category.replace("_", " ")


def plural(category: str) -> str:
    entry = info(category)
    return entry.plural if entry else category.replace("_", " ")


def most_serious(present: Iterable[str]) -> CategoryInfo:
    """The most serious known category among `present` (always/never when none is known)."""
    known = [c for c in (info(p) for p in present) if c is not None]
    if not known:
        return by_id()["absolute"]
    return min(known, key=lambda c: c.severity)
