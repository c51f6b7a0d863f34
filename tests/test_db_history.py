"""Repository reads for /history: totals over a period, and counts per bucket (local day)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from bot_database import record_check
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import repository as repo
from bot.history.days import local_midnights
from bot.history.records import CheckRecord, count_history
from bot.history.stats import normalize_phrase

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
            await record_check(
                session,
                user_id=user_id,
                chat_id=user_id,
                now=at,
                flagged=bool(found),
                patterns=found,
            )
            for at, found in checks
        ]


async def _done(sessions: Sessions, *done: datetime, user_id: int = 1) -> None:
    """Nudges sent and marked done at these instants (one per local date, as in the bot)."""
    async with sessions.begin() as session:
        for i, at in enumerate(done):
            [delivery] = await repo.add_nudge_deliveries(
                session,
                deliveries=[
                    {
                        "user_id": user_id,
                        "nudge_key": f"n{i}",
                        "local_date": date(2026, 1, 1) + timedelta(days=i),
                        "due_at": at - timedelta(hours=1),
                    }
                ],
                moves=[],
            )
            await repo.claim_sends(
                session,
                repo.NUDGE_QUEUE,
                now=at,
                limit=1,
                worker_id="w",
                claim_ttl=timedelta(minutes=1),
            )
            await repo.mark_sent(
                session, repo.NUDGE_QUEUE, row_id=delivery, worker_id="w", now=at, message_id=i + 1
            )
            await repo.mark_nudge_done(session, delivery_id=delivery, user_id=user_id, now=at)


START = NOW - timedelta(days=3)
BOUNDS = [START, START + timedelta(days=1), START + timedelta(days=2), NOW]
TINY = timedelta(microseconds=1)
BLAME = Found("blame", "your fault")


async def test_lifetime_totals_end_is_exclusive_and_only_the_users_own(
    sessionmaker: Sessions,
) -> None:
    start, end = NOW - timedelta(days=7), NOW
    ids = await _history(
        sessionmaker,
        [
            (start - TINY, [BLAME]),
            (start, [BLAME]),
            (start + timedelta(days=1), []),
            (end - TINY, [BLAME]),
            (end, [BLAME]),  # end is exclusive
        ],
    )
    await _history(sessionmaker, [(start, [BLAME])], user_id=2)  # someone else's
    async with sessionmaker.begin() as session:
        await repo.set_suggestion_taken(session, check_id=ids[1], user_id=1, index=0)
        await repo.set_suggestion_taken(session, check_id=ids[3], user_id=1, index=1)
    async with sessionmaker() as session:
        ever = (await repo.lifetime_totals(session, user_id=1, end=end)).counts
    assert ever == repo.CheckCounts(checks=4, flagged=3, rewrites_used=2)
    assert ever.clean == 1


async def test_nudges_done_count_a_half_open_period(sessionmaker: Sessions) -> None:
    start, end = NOW - timedelta(days=7), NOW
    await _history(sessionmaker, [])
    await _history(sessionmaker, [], user_id=2)
    await _done(sessionmaker, start - TINY, start, end - TINY, end)
    await _done(sessionmaker, start, user_id=2)
    async with sessionmaker.begin() as session:
        # Planned and never pressed: not done.
        assert await repo.add_nudge_deliveries(
            session,
            deliveries=[
                {"user_id": 1, "nudge_key": "open", "local_date": date(2026, 6, 1), "due_at": start}
            ],
            moves=[],
        )
    async with sessionmaker() as session:
        period = await repo.nudges_done(session, user_id=1, start=start, end=end)
        ever = await repo.nudges_done(session, user_id=1, start=None, end=end)
    assert (period, ever) == (2, 3)


async def test_lifetime_totals_count_everything_before_end_in_one_read(
    sessionmaker: Sessions,
) -> None:
    first = NOW - timedelta(days=400)
    ids = await _history(sessionmaker, [(first, [BLAME]), (NOW - TINY, []), (NOW, [BLAME])])
    await _history(sessionmaker, [(first - TINY, [BLAME])], user_id=2)  # someone else's
    async with sessionmaker.begin() as session:
        await repo.set_suggestion_taken(session, check_id=ids[0], user_id=1, index=2)
    await _done(sessionmaker, first, NOW - TINY, NOW)
    await _done(sessionmaker, first - TINY, user_id=2)
    async with sessionmaker() as session:
        totals = await repo.lifetime_totals(session, user_id=1, end=NOW)
        done = await repo.nudges_done(session, user_id=1, start=None, end=NOW)
    assert totals == repo.LifetimeTotals(
        counts=repo.CheckCounts(checks=2, flagged=1, rewrites_used=1),
        nudges_done=2,
        first_check_at=first,
    )
    assert totals.nudges_done == done


async def test_history_of_a_new_user_is_empty(sessionmaker: Sessions) -> None:
    await _history(sessionmaker, [])
    # Someone else's history, inside every window below, must not show.
    await _history(sessionmaker, [(START, [BLAME]), (BOUNDS[1], [BLAME])], user_id=2)
    await _done(sessionmaker, START, user_id=2)
    async with sessionmaker() as session:
        totals = await repo.lifetime_totals(session, user_id=1, end=NOW)
        done = await repo.nudges_done(session, user_id=1, start=None, end=NOW)
        checks = await repo.checks_by_bucket(session, user_id=1, bounds=BOUNDS)
        categories = await repo.categories_by_bucket(session, user_id=1, bounds=BOUNDS)
        phrases = await repo.phrases_by_bucket(session, user_id=1, bounds=BOUNDS)
        nudges = await repo.nudges_done_by_bucket(session, user_id=1, bounds=BOUNDS)
    nothing = repo.CheckCounts(checks=0, flagged=0, rewrites_used=0)
    assert totals == repo.LifetimeTotals(counts=nothing, nudges_done=0, first_check_at=None)
    assert done == 0
    assert checks == [nothing] * 3
    assert categories == [repo.CategoryCounts(drafts={}, flagged={})] * 3
    assert phrases == [{}] * 3
    assert nudges == [0] * 3


async def test_checks_by_bucket_counts_each_half_open_bucket(sessionmaker: Sessions) -> None:
    ids = await _history(
        sessionmaker,
        [
            (START - TINY, [BLAME]),  # before the first bucket
            (START, [BLAME]),  # first instant of bucket 0
            (BOUNDS[1] - TINY, []),  # last instant of bucket 0
            (BOUNDS[1], [BLAME]),
            (NOW, [BLAME]),  # the last bound is exclusive
        ],
    )
    await _history(sessionmaker, [(START, [BLAME])], user_id=2)  # someone else's
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
        await record_check(
            session, user_id=1, chat_id=1, now=BOUNDS[1], flagged=False, patterns=[always]
        )
        await record_check(
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
