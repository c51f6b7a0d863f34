"""What /history and the weekly summary read: a user's history as counts per local day.

A handful of aggregate queries, none of which returns a row per check: per local day the
drafts checked, flagged and rewritten, the drafts per category (all, and flagged only) and the
nudges done; drafts per phrase over the summary's spans (`phrase_spans`); and, in one
statement, the lifetime totals and the first check. About 80 local days are read (the chart's
12 weeks and the summary's 60 days); older checks only ever reach the totals, so years of
history are never loaded.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import repository as repo
from bot.history.days import (
    DayCounts,
    HistoryCounts,
    PhraseCounts,
    Totals,
    history_days,
    local_midnights,
    local_today,
    phrase_spans,
)
from bot.history.stats import normalize_phrase


async def load_counts(
    session: AsyncSession, *, user_id: int, now: datetime, tz: tzinfo
) -> HistoryCounts:
    """The user's counts for the local days `history_days` names, in the zone `tz`."""
    today = local_today(now, tz)
    first, last = history_days(today)
    bounds = local_midnights(first, last, tz)  # day i is [bounds[i], bounds[i + 1])
    end = bounds[-1]
    checks = await repo.checks_by_bucket(session, user_id=user_id, bounds=bounds)
    categories = await repo.categories_by_bucket(session, user_id=user_id, bounds=bounds)
    nudges = await repo.nudges_done_by_bucket(session, user_id=user_id, bounds=bounds)
    spans = phrase_spans(today)
    # The spans are consecutive local days ending today: their bounds are some of the days'.
    span_bounds = [bounds[(start - first).days] for start, _ in spans] + [end]
    phrases = await repo.phrases_by_bucket(
        session, user_id=user_id, bounds=span_bounds, key=normalize_phrase
    )
    lifetime = await repo.lifetime_totals(session, user_id=user_id, end=end)
    first_at = lifetime.first_check_at
    days = tuple(
        DayCounts(
            first + timedelta(days=i),
            counted.checks,
            counted.flagged,
            counted.rewrites_used,
            done,
            found.drafts,
            found.flagged,
        )
        for i, (counted, found, done) in enumerate(zip(checks, categories, nudges, strict=True))
    )
    return HistoryCounts(
        today=today,
        days=days,
        phrases=tuple(
            PhraseCounts(start, stop, drafts)
            for (start, stop), drafts in zip(spans, phrases, strict=True)
        ),
        totals=Totals(
            checked=lifetime.counts.checks,
            flagged=lifetime.counts.flagged,
            rewrites_used=lifetime.counts.rewrites_used,
            nudges_done=lifetime.nudges_done,
            since=first_at.astimezone(tz).date() if first_at is not None else None,
        ),
    )
