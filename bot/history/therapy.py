"""When to mention couples therapy: rarely, gently, and only when the same patterns persist.

The rule, over the last four *rolling* weeks in the user's local time (week 0 is today and the
six local days before it, week 1 the seven days before that, and so on; 28 local days in all):

* **Contempt keeps coming back**: in each of the 4 weeks, contempt was noticed in at least
  2 flagged drafts ("more than once a week").
* **The same pattern every week**: each of the 4 weeks has at least 3 flagged drafts, and at
  least one category (the same one) appears in every one of those weeks.

A flagged draft now and then is Tend doing its job, not a sign of anything, so one flag a week
is deliberately not enough; contempt gets the lower bar because it is the pattern that wears
relationships down fastest. Rolling weeks (not calendar weeks) mean the rule never waits for a
Monday and a half-finished week never counts as a quiet one.

Even then the hint is shown only if the user has not switched it off and the last hint was at
least 30 days ago (a `last_hint_at` in the future, from clock skew, also counts as recent).
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from enum import StrEnum

from bot.history import texts
from bot.history.days import HistoryCounts

WEEKS = 4
CONTEMPT_PER_WEEK = 2
FLAGGED_PER_WEEK = 3
COOLDOWN = timedelta(days=30)


class Persistence(StrEnum):
    """Why the hint is due (useful in logs; the user sees the same gentle text either way)."""

    CONTEMPT = "contempt"
    SAME_PATTERN = "same_pattern"


def _rolling_weeks(history: HistoryCounts) -> list[tuple[int, Counter[str]]]:
    """(flagged drafts, flagged drafts per category) for each rolling week, newest first."""
    weeks: list[tuple[int, Counter[str]]] = []
    for k in range(WEEKS):
        last = history.today - timedelta(days=7 * k)
        days = history.between(last - timedelta(days=6), last)
        categories: Counter[str] = Counter()
        for day in days:
            categories.update(day.flagged_categories)
        weeks.append((sum(d.flagged for d in days), categories))
    return weeks


def persistent_pattern(history: HistoryCounts) -> Persistence | None:
    """Which persistence rule (see the module docstring) the last 4 weeks meet, if any."""
    weeks = _rolling_weeks(history)
    if all(cats["contempt"] >= CONTEMPT_PER_WEEK for _, cats in weeks):
        return Persistence.CONTEMPT
    if all(flagged >= FLAGGED_PER_WEEK for flagged, _ in weeks):
        every_week = set.intersection(*({k for k, n in cats.items() if n > 0} for _, cats in weeks))
        if every_week:
            return Persistence.SAME_PATTERN
    return None


def should_suggest_therapy(
    history: HistoryCounts,
    *,
    now: datetime,
    last_hint_at: datetime | None,
    enabled: bool,
) -> bool:
    """True when a pattern persists, hints are on, and none was shown in the last 30 days."""
    if not enabled:
        return False
    if last_hint_at is not None and now - last_hint_at < COOLDOWN:
        return False
    return persistent_pattern(history) is not None


def therapy_hint_text() -> str:
    """The hint itself (Telegram HTML); send it with a `THERAPY_STOP_BUTTON` button."""
    return texts.THERAPY_HINT


THERAPY_STOP_BUTTON = texts.THERAPY_STOP_BUTTON
