"""/history: load what it shows, and remember a therapy hint when one is shown.

The rest of the feature lives in the modules next to this one (import each name from the
module that defines it):

* `history_counts`: the reads, a user's history as counts per local day (SQL aggregates);
* `history_settings`: the switches /history shows;
* `weekly_schedule` and `weekly_summary`: when the weekly summary goes out, and sending it.

Counting lives in `bot.history` (one definition of "this week" for everything).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.db.models import User
from bot.history.counts import load_counts
from bot.history.days import CHART_WEEKS, HistoryCounts
from bot.history.settings import HistorySettings, settings_of
from bot.history.stats import HistorySummary, WeekCounts, summarize, weekly_counts
from bot.history.therapy import should_suggest_therapy
from bot.users.service import Sessions
from bot.users.zones import user_zone


@dataclass(frozen=True, slots=True)
class HistoryView:
    """What /history sends: the summary, the chart's weeks, the switches, and the hint flag."""

    summary: HistorySummary
    weeks: list[WeekCounts]  # the chart's 12 local weeks, oldest first
    settings: HistorySettings
    therapy_hint: bool  # send the hint now; it is already recorded as shown


async def load_history(
    sessions: Sessions, *, now: datetime, user_id: int, chat_id: int
) -> HistoryView:
    """Everything /history shows. When the therapy hint is due it is recorded as shown here,
    before sending, so a failed send errs towards one hint fewer rather than one too many."""
    async with sessions.begin() as session:
        user = await repo.get_or_create_user(session, user_id=user_id, chat_id=chat_id, now=now)
        tz = user_zone(user.time_zone)
        counts = await load_counts(session, user_id=user_id, now=now, tz=tz)
        weeks = weekly_counts(counts, weeks=CHART_WEEKS)
        hint = await _claim_therapy_hint(session, user=user, counts=counts, now=now)
        return HistoryView(summarize(counts), weeks, settings_of(user), hint)


async def _claim_therapy_hint(
    session: AsyncSession, *, user: User, counts: HistoryCounts, now: datetime
) -> bool:
    def due() -> bool:
        return should_suggest_therapy(
            counts, now=now, last_hint_at=user.last_therapy_hint_at, enabled=user.therapy_hints
        )

    if not due():
        return False
    # Rare path: lock the row and decide again, so two /history at once show one hint.
    await session.refresh(user, with_for_update=True)
    if not due():
        return False
    user.last_therapy_hint_at = now
    await session.flush()
    return True
