from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo

Sessions = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # Wednesday


@dataclass(frozen=True)
class Found:
    category: str
    text: str


async def _history(
    sessions: Sessions, checks: list[tuple[datetime, list[Found]]], *, user_id: int = 1
) -> list[int]:
    async with sessions.begin() as session:
        await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=NOW)
        return [
            await repo.record_check(
                session,
                user_id=user_id,
                chat_id=user_id,
                now=at,
                flagged=bool(found),
                patterns=found,
            )
            for at, found in checks
        ]


async def test_period_summary_counts_one_period_half_open(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    start, end = NOW - timedelta(days=7), NOW
    never, lazy, blame = (
        Found("absolute", "you never"),
        Found("labeling", "lazy"),
        Found("blame", "your fault"),
    )
    ids = await _history(
        sessionmaker,
        [
            (start - timedelta(microseconds=1), [never]),  # just before: not counted
            (start, [never, lazy]),
            (start + timedelta(days=1), [never]),
            (start + timedelta(days=2), []),
            (end - timedelta(microseconds=1), [blame, never]),
            (end, [lazy]),  # end is exclusive
        ],
    )
    await _history(sessionmaker, [(start + timedelta(days=1), [lazy])], user_id=2)
    async with sessionmaker.begin() as session:
        await repo.set_suggestion_taken(session, check_id=ids[1], user_id=1, index=0)
        await repo.set_suggestion_taken(session, check_id=ids[4], user_id=1, index=1)
        first = await repo.add_nudge_delivery(
            session,
            user_id=1,
            nudge_key="k1",
            local_date=date(2026, 11, 20),
            due_at=start,
            next_due_at=None,
        )
        assert first is not None
        await repo.claim_due_nudges(
            session, now=end, limit=5, worker_id="w", claim_ttl=timedelta(minutes=5)
        )
        await repo.mark_nudge_sent(
            session, delivery_id=first, worker_id="w", now=start, message_id=1
        )
        await repo.mark_nudge_done(
            session, delivery_id=first, user_id=1, now=start + timedelta(hours=1)
        )
    async with sessionmaker() as session:
        summary = await repo.period_summary(session, user_id=1, start=start, end=end)
        ever = await repo.period_summary(
            session, user_id=1, start=None, end=end + timedelta(days=1)
        )
        first_at = await repo.first_check_at(session, user_id=1)
    assert (summary.counts.checks, summary.counts.flagged, summary.counts.clean) == (4, 3, 1)
    assert summary.counts.rewrites_used == 2
    assert summary.categories == {"absolute": 3, "labeling": 1, "blame": 1}
    assert summary.top_phrases == [("you never", 3), ("lazy", 1), ("your fault", 1)]
    assert summary.nudges_done == 1
    assert (ever.counts.checks, ever.categories["absolute"]) == (6, 4)
    assert first_at == start - timedelta(microseconds=1)


async def test_period_summary_top_phrases_limit_and_tie_order(sessionmaker: Sessions) -> None:
    phrases = ["b", "a", "c", "a", "d", "b", "a"]
    await _history(
        sessionmaker,
        [(NOW - timedelta(hours=i + 1), [Found("blame", p)]) for i, p in enumerate(phrases)],
    )
    async with sessionmaker() as session:
        top = await repo.top_phrases(session, user_id=1, start=None, end=NOW, limit=3)
    assert top == [("a", 3), ("b", 2), ("c", 1)]


async def test_history_of_a_new_user_is_empty(sessionmaker: Sessions) -> None:
    await _history(sessionmaker, [])
    async with sessionmaker() as session:
        summary = await repo.period_summary(session, user_id=1, start=None, end=NOW)
        weeks = await repo.weekly_counts(session, user_id=1, now=NOW, time_zone="UTC")
        first_at = await repo.first_check_at(session, user_id=1)
    assert (summary.counts, summary.categories, summary.top_phrases, summary.nudges_done) == (
        repo.CheckCounts(checks=0, flagged=0, rewrites_used=0),
        {},
        [],
        0,
    )
    assert first_at is None
    assert len(weeks) == 12
    assert all(w.checks == w.flagged == 0 and w.categories == {} for w in weeks)


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"])
async def test_weekly_counts_use_the_users_local_weeks(sessionmaker: Sessions, zone: str) -> None:
    tz = ZoneInfo(zone)
    monday = date(2026, 11, 23)  # the current local week starts here for NOW in all three zones

    def local(day: date, hour: int, minute: int) -> datetime:
        return datetime.combine(day, time(hour, minute), tz).astimezone(UTC)

    contempt = Found("contempt", "whatever")
    await _history(
        sessionmaker,
        [
            (local(monday, 0, 0), [contempt]),  # first instant of this week
            (local(monday - timedelta(days=1), 23, 59), [contempt, Found("blame", "you")]),
            (local(monday - timedelta(days=7), 0, 0), []),
            (local(monday - timedelta(weeks=11), 0, 0), [contempt]),  # oldest week shown
            (
                local(monday - timedelta(weeks=11), 0, 0) - timedelta(seconds=1),
                [contempt],
            ),  # too old
        ],
    )
    async with sessionmaker() as session:
        weeks = await repo.weekly_counts(session, user_id=1, now=NOW, time_zone=zone)
    assert [w.week_start for w in weeks] == [monday - timedelta(weeks=11 - i) for i in range(12)]
    assert (weeks[-1].checks, weeks[-1].flagged, weeks[-1].categories) == (1, 1, {"contempt": 1})
    assert (weeks[-2].checks, weeks[-2].flagged) == (2, 1)
    assert weeks[-2].categories == {"contempt": 1, "blame": 1}
    assert (weeks[0].checks, weeks[0].categories) == (1, {"contempt": 1})
    assert sum(w.checks for w in weeks) == 4


@pytest.mark.parametrize(
    ("zone", "now", "hours"),
    [
        # The week of 2026-03-29 (EU clocks go forward) has 167 hours, 2026-10-25's has 169.
        ("Europe/Berlin", datetime(2026, 3, 27, 12, tzinfo=UTC), 167),
        ("Europe/Berlin", datetime(2026, 10, 24, 12, tzinfo=UTC), 169),
        ("America/New_York", datetime(2026, 3, 5, 12, tzinfo=UTC), 167),  # US: 2026-03-08
        ("UTC", datetime(2026, 3, 27, 12, tzinfo=UTC), 168),
    ],
)
def test_local_week_starts_follow_daylight_saving(zone: str, now: datetime, hours: int) -> None:
    starts = repo.local_week_starts(now=now, time_zone=zone, weeks=1)
    assert len(starts) == 2
    assert all(s.tzinfo is UTC for s in starts)
    local = [s.astimezone(ZoneInfo(zone)) for s in starts]
    assert all(d.weekday() == 0 and (d.hour, d.minute) == (0, 0) for d in local)
    assert starts[1] - starts[0] == timedelta(hours=hours)
    assert starts[0] <= now < starts[1]


async def test_counts_take_a_draft_once_per_category_and_phrase(sessionmaker: Sessions) -> None:
    never, always = Found("absolute", "you never"), Found("absolute", "you always")
    await _history(
        sessionmaker,
        [(NOW - timedelta(hours=2), [never, never, always]), (NOW - timedelta(hours=1), [never])],
    )
    async with sessionmaker() as session:
        summary = await repo.period_summary(session, user_id=1, start=None, end=NOW)
        [week] = await repo.weekly_counts(session, user_id=1, now=NOW, time_zone="UTC", weeks=1)
    assert summary.categories == {"absolute": 2}
    assert summary.top_phrases == [("you never", 2), ("you always", 1)]
    assert week.categories == {"absolute": 2}


async def test_check_history_rows_for_python_side_statistics(sessionmaker: Sessions) -> None:
    start = NOW - timedelta(days=30)
    ids = await _history(
        sessionmaker,
        [
            (start - timedelta(seconds=1), [Found("blame", "your fault")]),
            (start + timedelta(days=2), [Found("labeling", "Lazy"), Found("absolute", "never")]),
            (start + timedelta(days=1), []),
            (start + timedelta(days=3), [Found("absolute", "never"), Found("absolute", "never")]),
        ],
    )
    async with sessionmaker.begin() as session:
        await repo.set_suggestion_taken(session, check_id=ids[1], user_id=1, index=2)
        for day in (1, 3):
            delivery = await repo.add_nudge_delivery(
                session,
                user_id=1,
                nudge_key=f"n{day}",
                local_date=date(2026, 11, day),
                due_at=start,
                next_due_at=None,
            )
            assert delivery is not None
            await repo.claim_due_nudges(
                session, now=NOW, limit=5, worker_id="w", claim_ttl=timedelta(minutes=1)
            )
            await repo.mark_nudge_sent(
                session, delivery_id=delivery, worker_id="w", now=start, message_id=day
            )
            done_at = start + timedelta(days=5 - day)  # the later nudge was done earlier
            await repo.mark_nudge_done(session, delivery_id=delivery, user_id=1, now=done_at)
    async with sessionmaker() as session:
        rows = await repo.check_history(session, user_id=1, start=start, end=NOW)
        done = await repo.nudge_done_times(session, user_id=1, start=start, end=NOW)
    assert rows == [
        repo.CheckHistory(start + timedelta(days=1), False, None, (), ()),
        repo.CheckHistory(
            start + timedelta(days=2), True, 2, ("absolute", "labeling"), ("lazy", "never")
        ),
        repo.CheckHistory(start + timedelta(days=3), True, None, ("absolute",), ("never",)),
    ]
    assert done == [start + timedelta(days=2), start + timedelta(days=4)]
