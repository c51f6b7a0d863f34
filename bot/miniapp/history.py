"""The Mini App's history: the chart's 12 weeks, each with what a tap on it shows.

The counts are /history's own (`load_counts` and `weekly_counts`, one definition of a local
week); only the phrases are read per week here, with the same repository query /history uses
per span. Flagged words only: a draft's text never leaves the database through this page.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.db import repository as repo
from bot.history.counts import load_counts
from bot.history.days import CHART_WEEKS, local_midnight
from bot.history.stats import TOP_PHRASES, normalize_phrase, weekly_counts
from bot.users.service import Sessions
from bot.users.zones import user_zone

WEEK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class WeekDetail:
    """One local ISO week: the bar, and what a tap on it shows."""

    start: date
    checked: int
    flagged: int
    categories: tuple[tuple[str, int], ...]  # most frequent first
    phrases: tuple[tuple[str, int], ...]  # the most used flagged phrases, most frequent first
    nudges_done: int

    @property
    def flagged_share(self) -> float | None:
        """Flagged drafts as a share of checked ones; None for a week without drafts."""
        return self.flagged / self.checked if self.checked else None


async def load_weeks(sessions: Sessions, *, now: datetime, user_id: int) -> list[WeekDetail]:
    """The last CHART_WEEKS local weeks, oldest first (the current one is partial)."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=now)
        tz = user_zone(user.time_zone)
        counts = await load_counts(session, user_id=user_id, now=now, tz=tz)
        weeks = weekly_counts(counts, weeks=CHART_WEEKS)
        bounds = [local_midnight(w.start, tz) for w in weeks]
        bounds.append(local_midnight(weeks[-1].start + WEEK, tz))
        phrases = await repo.phrases_by_bucket(
            session, user_id=user_id, bounds=bounds, key=normalize_phrase
        )
    details = []
    for week, found in zip(weeks, phrases, strict=True):
        days = counts.between(week.start, week.start + timedelta(days=6))
        top = Counter(found).most_common()
        top.sort(key=lambda kv: (-kv[1], kv[0]))
        details.append(
            WeekDetail(
                start=week.start,
                checked=week.checked,
                flagged=week.flagged,
                categories=tuple(sorted(week.categories, key=lambda kv: -kv[1])),
                phrases=tuple(top[:TOP_PHRASES]),
                nudges_done=sum(d.nudges_done for d in days),
            )
        )
    return details
