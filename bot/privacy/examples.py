"""The "👎 Not blaming" examples a user may choose to give away, as the file they receive.

JSON Lines, one row per 👎 verdict (the format is documented in tests/data/FEEDBACK.md and
read by `python -m nlp.train textcat --feedback FILE`):

    {"schema": "tend-feedback/1", "verdict": "not_blaming", "week": "2026-W49",
     "flags": [{"category": "absolute", "pattern": "you_always", "words": "you never"}]}

plus `"draft"` only when the user keeps drafts and chose to include them. Built only from what a
check already keeps (categories, flagged words, the week): no user, chat or message ids, no
time finer than the ISO week. Pure: no database, no Telegram.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

FORMAT: Final = "tend-feedback/1"
VERDICT: Final = "not_blaming"
FILE_NAME: Final = "tend-not-blaming.jsonl"

Flag = tuple[str, str]  # (category, flagged words), as a check keeps them


@dataclass(frozen=True, slots=True)
class Disputed:
    """One check the user marked 👎: when (the week), what was flagged, the draft if kept."""

    week: str
    flags: tuple[Flag, ...]
    draft: str | None


def iso_week(at: datetime) -> str:
    """ "2026-W49": the finest time the file gives."""
    year, week, _ = at.isocalendar()
    return f"{year}-W{week:02d}"


def all_flags(disputed: Sequence[Disputed]) -> list[Flag]:
    """Each distinct (category, words) once, in order: what to name the rules of."""
    return list(dict.fromkeys(flag for item in disputed for flag in item.flags))


def feedback_file(
    disputed: Sequence[Disputed], rule_ids: Mapping[Flag, str | None], *, with_drafts: bool
) -> bytes:
    """The file's bytes. Drafts go in only `with_drafts`, and only those that were kept."""
    lines = []
    for item in disputed:
        row: dict[str, Any] = {
            "schema": FORMAT,
            "verdict": VERDICT,
            "week": item.week,
            "flags": [
                {"category": category, "pattern": rule_ids.get((category, words)), "words": words}
                for category, words in item.flags
            ],
        }
        if with_drafts and item.draft:
            row["draft"] = item.draft
        lines.append(json.dumps(row, ensure_ascii=False, sort_keys=True))
    return ("\n".join(lines) + "\n").encode() if lines else b""
