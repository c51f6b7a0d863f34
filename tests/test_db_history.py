from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.insights import CheckRecord, count_history, local_midnights, normalize_phrase

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


async def _done(sessions: Sessions, *done: datetime, user_id: int = 1) -> None:
    """Nudges marked done at these instants (one per stored local date, as in the bot)."""
    async with sessions.begin() as session:
        for i, at in enumerate(done):
            delivery = await repo.add_nudge_delivery(
                session,
                user_id=user_id,
                nudge_key=f"n{i}",
                local_date=date(2026, 1, 1) + timedelta(days=i),
                due_at=at - timedelta(hours=1),
                next_due_at=None,
            )
            assert delivery is not None
            await repo.claim_due_nudges(
                session, now=at, limit=1, worker_id="w", claim_ttl=timedelta(minutes=1)
            )
            await repo.mark_nudge_sent(
                session, delivery_id=delivery, worker_id="w", now=at, message_id=i + 1
            )
            await repo.mark_nudge_done(session, delivery_id=delivery, user_id=user_id, now=at)


START = NOW - timedelta(days=3)
BOUNDS = [START, START + timedelta(days=1), START + timedelta(days=2), NOW]
TINY = timedelta(microseconds=1)


async def test_checks_by_bucket_counts_each_half_open_bucket(sessionmaker: Sessions) -> None:
    blame = Found("blame", "your fault")
    ids = await _history(
        sessionmaker,
        [
            (START - TINY, [blame]),  # before the first bucket
            (START, [blame]),  # first instant of bucket 0
            (BOUNDS[1] - TINY, []),  # last instant of bucket 0
            (BOUNDS[1], [blame]),
            (NOW, [blame]),  # the last bound is exclusive
        ],
    )
    await _history(sessionmaker, [(START, [blame])], user_id=2)  # someone else's
    async with sessionmaker.begin() as session:
        await repo.set_suggestion_taken(session, check_id=ids[1], user_id=1, index=0)
    async with sessionmaker() as session:
        counts = await repo.checks_by_bucket(session, user_id=1, bounds=BOUNDS)
    assert counts == [
        repo.CheckCounts(checks=2, flagged=1, rewrites_used=1),
        repo.CheckCounts(checks=1, flagged=1, rewrites_used=0),
        repo.CheckCounts(checks=0, flagged=0, rewrites_used=0),
    ]


async def test_checks_by_bucket_equal_bounds_make_an_empty_bucket(sessionmaker: Sessions) -> None:
    # A local day skipped by a date-line move (Samoa, 30 Dec 2011) starts and ends at once.
    bounds = [BOUNDS[0], BOUNDS[1], BOUNDS[1], BOUNDS[2]]
    await _history(sessionmaker, [(BOUNDS[1] - TINY, []), (BOUNDS[1], []), (BOUNDS[1], [])])
    async with sessionmaker() as session:
        counts = await repo.checks_by_bucket(session, user_id=1, bounds=bounds)
    assert [c.checks for c in counts] == [1, 0, 2]


async def test_checks_by_bucket_needs_one_bucket(sessionmaker: Sessions) -> None:
    async with sessionmaker() as session:
        with pytest.raises(ValueError, match="bounds"):
            await repo.checks_by_bucket(session, user_id=1, bounds=[NOW])


async def test_categories_by_bucket_counts_drafts_and_flagged_drafts(
    sessionmaker: Sessions,
) -> None:
    never, always, lazy = (
        Found("absolute", "you never"),
        Found("absolute", "you always"),
        Found("labeling", "lazy"),
    )
    await _history(sessionmaker, [(START, [never, always, lazy]), (BOUNDS[1] - TINY, [never])])
    await _history(sessionmaker, [(START, [lazy])], user_id=2)
    async with sessionmaker.begin() as session:
        # Not flagged, yet with findings: counts among all drafts, not among flagged ones.
        await repo.record_check(
            session, user_id=1, chat_id=1, now=BOUNDS[1], flagged=False, patterns=[always]
        )
        await repo.record_check(
            session, user_id=1, chat_id=1, now=BOUNDS[1], flagged=True, patterns=[lazy, never]
        )
    async with sessionmaker() as session:
        counts = await repo.categories_by_bucket(session, user_id=1, bounds=BOUNDS)
    assert counts == [
        repo.CategoryCounts(
            drafts={"absolute": 2, "labeling": 1}, flagged={"absolute": 2, "labeling": 1}
        ),
        repo.CategoryCounts(
            drafts={"absolute": 2, "labeling": 1}, flagged={"absolute": 1, "labeling": 1}
        ),
        repo.CategoryCounts(drafts={}, flagged={}),
    ]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            normalize_phrase,
            [{"you're so lazy": 2}, {"you never": 1, "whatever": 2}, {}],
        ),
        (
            str,  # the stored spellings, as they are
            [
                {"you\u2019re so lazy": 1, "you're so lazy!": 1, "you're so lazy": 1},
                {"you never": 1, "...": 1, "whatever": 2},
                {},
            ],
        ),
    ],
    ids=["normalized", "stored"],
)
async def test_phrases_by_bucket_counts_a_draft_once_per_phrase(
    sessionmaker: Sessions, key: Callable[[str], str], expected: list[dict[str, int]]
) -> None:
    def found(*phrases: str) -> list[Found]:
        return [Found("labeling", p) for p in phrases]

    await _history(
        sessionmaker,
        [
            # Two spellings of one phrase in one draft: one draft.
            (START, found("You\u2019re so  lazy", "you're so lazy!")),
            (START + timedelta(hours=1), found("you're so lazy")),
            (BOUNDS[1], found("You never", "you never", "...")),  # "..." normalizes to nothing
            (BOUNDS[1], found("whatever")),
            (BOUNDS[2] - TINY, found("Whatever")),
            (NOW, found("whatever")),  # outside
        ],
    )
    async with sessionmaker() as session:
        counts = await repo.phrases_by_bucket(session, user_id=1, bounds=BOUNDS, key=key)
    assert counts == expected


async def test_nudges_done_by_bucket_counts_presses(sessionmaker: Sessions) -> None:
    await _history(sessionmaker, [])
    await _done(sessionmaker, START - TINY, START, BOUNDS[1] - TINY, BOUNDS[2], NOW)
    async with sessionmaker() as session:
        counts = await repo.nudges_done_by_bucket(session, user_id=1, bounds=BOUNDS)
    assert counts == [2, 0, 1]


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        ("America/New_York", date(2026, 11, 1), 25),  # clocks go back at 02:00
        ("Europe/Berlin", date(2026, 3, 29), 23),  # clocks go forward at 02:00
        ("America/St_Johns", date(2026, 3, 8), 23),  # UTC-03:30 -> -02:30
        ("America/Santiago", date(2026, 9, 6), 23),  # midnight itself is skipped
        ("America/Santiago", date(2026, 4, 4), 25),  # 23:00-24:00 happens twice
        ("Australia/Lord_Howe", date(2026, 4, 5), 24.5),  # a half-hour change
        ("Pacific/Kiritimati", date(2026, 11, 24), 24),  # UTC+14
        ("Pacific/Pago_Pago", date(2026, 11, 24), 24),  # UTC-11
    ],
)
async def test_buckets_count_local_days_across_daylight_saving(
    sessionmaker: Sessions, zone: str, day: date, hours: float
) -> None:
    tz = ZoneInfo(zone)
    bounds = local_midnights(day - timedelta(days=1), day + timedelta(days=1), tz)
    assert bounds[2] - bounds[1] == timedelta(hours=hours)
    contempt = Found("contempt", "whatever")
    at = [
        bounds[1] - TINY,  # the day before
        bounds[1],  # the first instant of the day
        datetime.combine(day, time(12), tz).astimezone(UTC),
        bounds[2] - TINY,  # its last instant
        bounds[2],  # the next day
        bounds[2] + timedelta(hours=23),
    ]
    await _history(sessionmaker, [(t, [contempt]) for t in at])
    await _done(sessionmaker, *at[1:4])
    async with sessionmaker() as session:
        checks = await repo.checks_by_bucket(session, user_id=1, bounds=bounds)
        categories = await repo.categories_by_bucket(session, user_id=1, bounds=bounds)
        done = await repo.nudges_done_by_bucket(session, user_id=1, bounds=bounds)
    assert [c.checks for c in checks] == [1, 3, 2]
    assert [c.drafts for c in categories] == [{"contempt": 1}, {"contempt": 3}, {"contempt": 2}]
    assert done == [0, 3, 0]
    # The same days as the Python counting, which reads every record's local day.
    now = bounds[-1] - TINY
    python = count_history([CheckRecord(t, True, ("contempt",)) for t in at], [], now=now, tz=tz)
    assert [d.checked for d in python.days[-3:]] == [1, 3, 2]
