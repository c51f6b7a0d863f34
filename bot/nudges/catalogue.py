"""The nudge catalogue (data in nudges.json) and the choice of a user's next nudge."""

from __future__ import annotations

import functools
import json
import random
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from importlib import resources
from types import MappingProxyType
from typing import Any, Final

THEMES: Final = (
    "ten_minutes",
    "phones_down",
    "appreciation",
    "greeting",
    "curious_question",
    "name_a_feeling",
    "repair",
    "positive_moments",
)
# No nudge goes to the same user twice within this window.
REPEAT_WINDOW: Final = timedelta(days=30)
# Themes of this many most recent nudges are avoided while another theme still has a fresh nudge,
# so a user sees variety without a fixed rotation they could predict.
RECENT_THEMES: Final = 3
MAX_TEXT_LENGTH: Final = 200
_KEY_PATTERN: Final = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# The text is sent as Telegram HTML; keeping these out of the data means it needs no escaping.
_HTML_SPECIAL: Final = frozenset("<>&")


class CatalogueError(ValueError):
    """The nudge data is malformed (a packaging or editing mistake, never a user error)."""


@dataclass(frozen=True, slots=True)
class Nudge:
    """One small, concrete idea for connection. `key` is stored in history: it never changes."""

    key: str
    theme: str
    text: str


@dataclass(frozen=True, slots=True)
class Catalogue:
    """Every active nudge, in file order, plus the keys that were retired and must not return."""

    nudges: tuple[Nudge, ...]
    retired_keys: frozenset[str] = frozenset()
    _by_key: Mapping[str, Nudge] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", MappingProxyType({n.key: n for n in self.nudges}))

    def get(self, key: str) -> Nudge | None:
        """The nudge with this key, or None (e.g. a retired key found in old history)."""
        return self._by_key.get(key)

    def in_theme(self, theme: str) -> tuple[Nudge, ...]:
        return tuple(n for n in self.nudges if n.theme == theme)


def parse_catalogue(raw: str | bytes) -> Catalogue:
    """A Catalogue from the JSON text of nudges.json, checking every rule the data must keep."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"nudge data is not valid JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("nudges"), list):
        raise CatalogueError("nudge data needs a 'nudges' list")
    retired = data.get("retired_keys", [])
    if not isinstance(retired, list) or not all(isinstance(k, str) for k in retired):
        raise CatalogueError("'retired_keys' must be a list of strings")
    nudges = tuple(_parse_nudge(item, index) for index, item in enumerate(data["nudges"]))
    if not nudges:
        raise CatalogueError("nudge data has no nudges")
    seen: set[str] = set()
    for nudge in nudges:
        if nudge.key in seen:
            raise CatalogueError(f"duplicate nudge key {nudge.key!r}")
        if nudge.key in retired:
            raise CatalogueError(f"nudge key {nudge.key!r} was retired and cannot be reused")
        seen.add(nudge.key)
    return Catalogue(nudges=nudges, retired_keys=frozenset(retired))


@functools.cache
def default_catalogue() -> Catalogue:
    """The catalogue shipped with Tend, read from the package once and then shared."""
    raw = resources.files("bot.nudges").joinpath("nudges.json").read_text(encoding="utf-8")
    return parse_catalogue(raw)


def pick_nudge(
    recent: Mapping[str, datetime],
    now: datetime,
    rng: random.Random,
    theme: str | None = None,
    exclude: Collection[str] = (),
    *,
    catalogue: Catalogue | None = None,
) -> Nudge:
    """Choose the next nudge for one user.

    `recent` maps nudge key -> when it was last sent to this user. A nudge sent within
    REPEAT_WINDOW is never chosen while any other is available; that rule outranks `theme`, which
    is a wish, not a filter. Without a theme, themes of the user's last few nudges are avoided.
    Keys in `exclude` (e.g. the nudge on screen when "Another idea" is pressed) are never chosen.
    If every allowed nudge is inside the window, the least recently sent one is returned.
    Same inputs and same rng state give the same nudge.
    """
    if now.tzinfo is None:
        raise ValueError("now must be a timezone-aware datetime")
    if theme is not None and theme not in THEMES:
        raise ValueError(f"unknown nudge theme: {theme!r}")
    cat = catalogue if catalogue is not None else default_catalogue()
    pool = [n for n in cat.nudges if n.key not in exclude]
    if not pool:
        raise LookupError("every nudge is excluded")
    cutoff = now - REPEAT_WINDOW
    fresh = [n for n in pool if n.key not in recent or recent[n.key] <= cutoff]
    if not fresh:
        return min(pool, key=lambda n: (recent[n.key], n.key))
    if theme is not None:
        wished = [n for n in fresh if n.theme == theme]
        if wished:
            return rng.choice(wished)
    avoid = _recent_themes(recent, cat, cutoff)
    themes = sorted({n.theme for n in fresh}, key=THEMES.index)
    chosen = rng.choice([t for t in themes if t not in avoid] or themes)
    return rng.choice([n for n in fresh if n.theme == chosen])


def _recent_themes(recent: Mapping[str, datetime], cat: Catalogue, cutoff: datetime) -> set[str]:
    """Themes of the user's RECENT_THEMES most recent nudges inside the repeat window."""
    last_used: dict[str, datetime] = {}
    for key, sent in recent.items():
        nudge = cat.get(key)
        if nudge is not None and sent > cutoff:
            previous = last_used.get(nudge.theme)
            last_used[nudge.theme] = sent if previous is None else max(previous, sent)
    newest_first = sorted(last_used, key=lambda t: last_used[t], reverse=True)
    return set(newest_first[:RECENT_THEMES])


def _parse_nudge(item: Any, index: int) -> Nudge:
    if not isinstance(item, dict) or set(item) != {"key", "theme", "text"}:
        raise CatalogueError(f"nudge #{index} needs exactly 'key', 'theme' and 'text'")
    key, theme, text = item["key"], item["theme"], item["text"]
    if not isinstance(key, str) or not _KEY_PATTERN.fullmatch(key):
        raise CatalogueError(f"nudge #{index}: key must be lowercase words joined by '-'")
    if theme not in THEMES:
        raise CatalogueError(f"nudge {key!r}: unknown theme {theme!r}")
    if not isinstance(text, str) or not text.strip() or text != text.strip():
        raise CatalogueError(f"nudge {key!r}: text must be non-empty and trimmed")
    if len(text) > MAX_TEXT_LENGTH or "\n" in text:
        raise CatalogueError(f"nudge {key!r}: text must be one short line")
    if _HTML_SPECIAL.intersection(text):
        raise CatalogueError(f"nudge {key!r}: text must not contain <, > or &")
    return Nudge(key=key, theme=theme, text=text)
