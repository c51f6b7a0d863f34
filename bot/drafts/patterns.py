"""What each pattern is called, and the longer "Why?" card for it."""

from __future__ import annotations

from collections.abc import Sequence

from nlp import vocabulary

# Category names, severity, headlines and "Why?" cards live in nlp/patterns/categories.json.
LABELS: dict[str, str] = {c.id: c.label for c in vocabulary.categories()}
# Most serious first: the headline of a reply names the first one present.
SEVERITY: tuple[str, ...] = tuple(
    c.id for c in sorted(vocabulary.categories(), key=lambda c: c.severity)
)
HEADLINES: dict[str, str] = {c.id: c.headline for c in vocabulary.categories()}
WHY: dict[str, str] = {c.id: c.why for c in vocabulary.categories()}


def label(category: str) -> str:
    """A friendly name for a category (falls back to the raw name for unknown ones)."""
    return vocabulary.label(category)


def most_serious(categories: Sequence[str]) -> str:
    """The category that decides the headline."""
    present = set(categories)
    return next((c for c in SEVERITY if c in present), categories[0] if categories else "absolute")
