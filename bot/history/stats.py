"""Counting a person's own patterns over time: day counts in, plain dataclasses out.

The storage layer counts per local day (`bot.history.days.HistoryCounts`); everything here
adds days up, so the /history handler, the weekly summary job and the tests all share one
definition of "this week". `bot.history.records` counts checks held in memory the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import nlp
from bot.history.days import DayCounts, HistoryCounts, Totals, week_start

# The analyzer's vocabulary, in its order (the order charts and summaries list them in).
CATEGORIES: tuple[str, ...] = nlp.CATEGORIES
_ORDER = {name: i for i, name in enumerate(CATEGORIES)}
TOP_PHRASES = 3


@dataclass(frozen=True, slots=True)
class PeriodStats:
    """Counts for the local days `start`..`end` (both inclusive).

    A draft counts at most once per category and once per phrase, so one heated draft that
    repeats itself does not swamp the picture: "came up 3 times" means "in 3 drafts".
    """

    start: date
    end: date
    checked: int = 0
    flagged: int = 0
    rewrites_used: int = 0
    nudges_done: int = 0
    categories: tuple[tuple[str, int], ...] = ()  # most frequent first
    phrases: tuple[tuple[str, int], ...] = ()  # normalised phrase, most frequent first

    @property
    def clean(self) -> int:
        return self.checked - self.flagged

    def category_count(self, category: str) -> int:
        return dict(self.categories).get(category, 0)

    def phrase_count(self, phrase: str) -> int:
        return dict(self.phrases).get(normalize_phrase(phrase), 0)


@dataclass(frozen=True, slots=True)
class Tally:
    """One category or phrase in this period and the one before."""

    key: str
    current: int
    previous: int

    @property
    def change(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class PeriodComparison:
    """A period (7 or 30 local days) next to the period of the same length just before it."""

    days: int
    current: PeriodStats
    previous: PeriodStats
    categories: tuple[Tally, ...]  # every category seen in either period, current-biggest first
    phrases: tuple[Tally, ...]  # top phrases of either period

    @property
    def comparable(self) -> bool:
        """Whether the period before had any drafts, so a change means something."""
        return self.previous.checked > 0

    @property
    def flagged_change(self) -> int:
        return self.current.flagged - self.previous.flagged


@dataclass(frozen=True, slots=True)
class HistorySummary:
    today: date  # the user's local date when the summary was made
    week: PeriodComparison
    month: PeriodComparison
    totals: Totals

    @property
    def is_empty(self) -> bool:
        return self.totals.checked == 0 and self.totals.nudges_done == 0


@dataclass(frozen=True, slots=True)
class WeekCounts:
    """One ISO week (Monday to Sunday, local time): drafts and per-category counts."""

    start: date
    checked: int = 0
    flagged: int = 0
    categories: tuple[tuple[str, int], ...] = ()  # vocabulary order, non-zero only

    @property
    def total_patterns(self) -> int:
        return sum(n for _, n in self.categories)

    def category_count(self, category: str) -> int:
        return dict(self.categories).get(category, 0)


_SPACES = re.compile(r"\s+")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_EDGE_PUNCTUATION = " \t\n\"'.,;:!?()[]{}-\u2013\u2014\u2026"


def normalize_phrase(phrase: str) -> str:
    """'  You NEVER…' and 'you never' are the same trigger phrase."""
    text = _SPACES.sub(" ", phrase.translate(_APOSTROPHES).lower())
    return text.strip(_EDGE_PUNCTUATION)


def _category_key(item: tuple[str, int]) -> tuple[int, int, str]:
    return (-item[1], _ORDER.get(item[0], len(_ORDER)), item[0])


def _sum_categories(days: tuple[DayCounts, ...]) -> Counter[str]:
    total: Counter[str] = Counter()
    for day in days:
        total.update(day.categories)
    return total


def _nonzero(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    return [(k, n) for k, n in counts.items() if n > 0]


def _period(history: HistoryCounts, first_back: int, last_back: int) -> PeriodStats:
    """The local days `first_back`..`last_back` days before today, added up."""
    first = history.today - timedelta(days=first_back)
    last = history.today - timedelta(days=last_back)
    days = history.between(first, last)
    categories = _nonzero(_sum_categories(days))
    phrases = _nonzero(history.phrases_between(first, last))
    return PeriodStats(
        start=first,
        end=last,
        checked=sum(d.checked for d in days),
        flagged=sum(d.flagged for d in days),
        rewrites_used=sum(d.rewrites_used for d in days),
        nudges_done=sum(d.nudges_done for d in days),
        categories=tuple(sorted(categories, key=_category_key)),
        phrases=tuple(sorted(phrases, key=lambda kv: (-kv[1], kv[0]))),
    )


def _compare(days: int, current: PeriodStats, previous: PeriodStats) -> PeriodComparison:
    cur, prev = dict(current.categories), dict(previous.categories)
    categories = [Tally(k, cur.get(k, 0), prev.get(k, 0)) for k in cur.keys() | prev.keys()]
    categories.sort(key=lambda t: (-t.current, -t.previous, _ORDER.get(t.key, len(_ORDER)), t.key))
    cur_p, prev_p = dict(current.phrases), dict(previous.phrases)
    top = [k for k, _ in current.phrases[:TOP_PHRASES]]
    top += [k for k, _ in previous.phrases[:TOP_PHRASES] if k not in top]
    phrases = [Tally(k, cur_p.get(k, 0), prev_p.get(k, 0)) for k in top]
    phrases.sort(key=lambda t: (-max(t.current, t.previous), -t.current, t.key))
    return PeriodComparison(days, current, previous, tuple(categories), tuple(phrases))


def summarize(history: HistoryCounts) -> HistorySummary:
    """Last 7 and 30 local days (today included), each next to the period before it, plus totals."""
    week = _compare(7, _period(history, 6, 0), _period(history, 13, 7))
    month = _compare(30, _period(history, 29, 0), _period(history, 59, 30))
    return HistorySummary(history.today, week, month, history.totals)


def weekly_counts(history: HistoryCounts, *, weeks: int = 12) -> list[WeekCounts]:
    """The last `weeks` ISO weeks in local time, oldest first; the current week is partial."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    this_monday = week_start(history.today)
    result = []
    for i in range(weeks):
        monday = this_monday - timedelta(weeks=weeks - 1 - i)
        days = history.between(monday, monday + timedelta(days=6))
        categories = _sum_categories(days)
        result.append(
            WeekCounts(
                monday,
                sum(d.checked for d in days),
                sum(d.flagged for d in days),
                _vocabulary_order(categories),
            )
        )
    return result


def _vocabulary_order(counter: Counter[str]) -> tuple[tuple[str, int], ...]:
    keys = sorted(counter, key=lambda k: (_ORDER.get(k, len(_ORDER)), k))
    return tuple((k, counter[k]) for k in keys if counter[k] > 0)
