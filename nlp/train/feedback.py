"""👎 examples users gave away (the file /privacy's "Share my 👎 examples" sends them), read
for training: `python -m nlp.train textcat --feedback FILE...`.

The format is in tests/data/FEEDBACK.md. Each row is one "👎 Not blaming" verdict on a flagged
draft: its flags (category, rule id, flagged words) and, only if the user kept drafts and
chose to include them, the draft.

How the models use them:
- A row with its draft is an innocent training example, like the corpus's innocent traps:
  the user's verdict is on the whole draft ("not blaming"), so every label is false. Train
  split only: feedback never reaches a test split or a threshold test.
- A row with only the flagged words is not fitted. Two or three words cut from their draft
  ("you never") carry none of what made the draft innocent, and the same words open
  thousands of blaming rows: labelled innocent, they would teach the classifier to miss real
  blame. They are counted by rule instead (`disputed`), in the training report, so whoever
  trains sees which rules people dispute most: that is where a guard or a check belongs
  (nlp/patterns/guards.jsonl), which the rules can scope to a context and a bag of words
  cannot.
Both kinds go into the data hash the model carries.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from nlp.results import CATEGORIES

FORMAT: Final = "tend-feedback/1"
VERDICTS: Final = frozenset({"not_blaming"})


@dataclass(frozen=True, slots=True)
class Flag:
    category: str
    pattern: str | None
    """The rule's id; None when a learned model raised the flag or no rule names it."""
    words: str


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: str
    week: str
    flags: tuple[Flag, ...]
    draft: str | None

    @property
    def template(self) -> str:
        """Groups repeats of one draft in cross-validation folds (as corpus templates do)."""
        text = self.draft or ""
        return "feedback-" + hashlib.sha256(text.encode()).hexdigest()[:16]


class FeedbackError(ValueError):
    """A row that is not a feedback row this version can read (names the file and line)."""


def read_feedback(paths: Iterable[Path]) -> list[Verdict]:
    """Every verdict in the files, in order. Raises FeedbackError on a row it cannot read."""
    verdicts = []
    for path in paths:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                verdicts.append(_verdict(json.loads(line)))
            except (ValueError, KeyError, TypeError) as exc:
                raise FeedbackError(f"{path.name}:{number}: {exc}") from exc
    return verdicts


def _verdict(row: Any) -> Verdict:
    if not isinstance(row, dict) or row.get("schema") != FORMAT:
        raise ValueError(f"not a {FORMAT} row")
    if row["verdict"] not in VERDICTS:
        raise ValueError(f"unknown verdict {row['verdict']!r}")
    flags = tuple(
        Flag(str(f["category"]), None if f["pattern"] is None else str(f["pattern"]), f["words"])
        for f in row["flags"]
    )
    if not flags or any(f.category not in CATEGORIES for f in flags):
        raise ValueError("flags must name known categories")
    draft = row.get("draft")
    if draft is not None and not (isinstance(draft, str) and draft.strip()):
        raise ValueError("draft must be text")
    return Verdict(str(row["verdict"]), str(row["week"]), flags, draft)


def innocent_drafts(verdicts: Sequence[Verdict]) -> list[Verdict]:
    """The verdicts that train: those that carry their draft."""
    return [v for v in verdicts if v.draft is not None]


def summary(verdicts: Sequence[Verdict]) -> dict[str, Any]:
    """For the training report: rows read, rows fitted, and disputes counted by rule."""
    disputed = Counter(f"{f.category}/{f.pattern or 'model'}" for v in verdicts for f in v.flags)
    fitted = len(innocent_drafts(verdicts))
    return {
        "rows": len(verdicts),
        "fitted_innocent": fitted,
        "words_only": len(verdicts) - fitted,
        "disputed": dict(sorted(disputed.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
