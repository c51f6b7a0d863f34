"""/history, the therapy hint and the weekly summary, against SQLite and PostgreSQL."""

from __future__ import annotations

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from bot_database import record_check
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.error import Forbidden, TelegramError, TimedOut

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import NudgeDelivery, ReminderKind
from bot.history import job as weekly
from bot.history import service as history
from bot.history import settings as history_settings
from bot.history import texts as t
from bot.history import weekly_schedule
from bot.history.counts import load_counts
from bot.history.days import history_days, local_midnight
from bot.history.records import CheckRecord, NudgeDoneRecord, count_history
from bot.history.stats import summarize, weekly_counts
from bot.history.weekly_schedule import WeeklyArgsError, WeeklyRequest
from bot.nudges import service as nudges
from bot.outbox import Message, Tally
from bot.telegram import scheduled
from bot.users.timezones import parse_timezone

Sessions = async_sessionmaker[AsyncSession]
TTL = timedelta(minutes=5)
GRACE = timedelta(hours=2)
WEEKLY = ReminderKind.WEEKLY_SUMMARY
USER = 7


@dataclass(frozen=True)
class Found:
    """Stands in for nlp.Pattern: storage reads `category` and `text`."""

    category: str
    text: str


NEVER = Found("absolute", "you never")
ALWAYS = Found("absolute", "you always")
BLAME = Found("blame", "your fault")
SNEER = Found("contempt", "pathetic")


async def _user(sessions: Sessions, clock: FakeClock, zone: str = "UTC", **values: object) -> None:
    async with sessions.begin() as session:
        await repo.get_or_create_user(session, user_id=USER, chat_id=USER, now=clock.now())
        await repo.update_user(session, user_id=USER, time_zone=zone, **values)  # type: ignore[arg-type]


async def _checks(sessions: Sessions, *checks: tuple[datetime, list[Found], int | None]) -> None:
    """Record checks at given instants: (when, patterns found, rewrite taken)."""
    async with sessions.begin() as session:
        for when, found, taken in checks:
            check_id = await record_check(
                session, user_id=USER, chat_id=USER, now=when, flagged=bool(found), patterns=found
            )
            if taken is not None:
                await repo.set_suggestion_taken(
                    session, check_id=check_id, user_id=USER, index=taken
                )


async def _nudges_done(sessions: Sessions, *done: datetime) -> None:
    async with sessions.begin() as session:
        for when in done:
            local = when.date()
            session.add(
                NudgeDelivery(
                    user_id=USER,
                    nudge_key="k",
                    local_date=local,
                    due_at=when,
                    sent_at=when,
                    done_at=when,
                )
            )


async def _load(sessions: Sessions, clock: FakeClock) -> history.HistoryView:
    return await history.load_history(sessions, now=clock.now(), user_id=USER, chat_id=USER)


async def _pending(sessions: Sessions) -> list[datetime]:
    async with sessions.begin() as session:
        return [r.due_at for r in await repo.pending_reminders(session, user_id=USER, kind=WEEKLY)]


# /history --------------------------------------------------------------------------------------


async def test_load_history_new_user_is_empty_with_default_settings(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    view = await _load(sessionmaker, clock)
    assert view.summary.is_empty
    assert len(view.weeks) == 12 and all(w.checked == 0 for w in view.weeks)
    assert view.therapy_hint is False
    assert view.settings == history_settings.HistorySettings(
        time_zone="UTC",
        weekly_summary=False,
        weekday=6,
        local_time=time(19, 0),
        therapy_hints=True,
        therapy_hint_seen=False,
    )


async def test_load_history_one_day_counts_drafts_not_occurrences(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    now = clock.now()
    await _checks(
        sessionmaker,
        (now - timedelta(hours=3), [NEVER, ALWAYS, BLAME], 0),
        (now - timedelta(hours=2), [NEVER], None),
        (now - timedelta(hours=1), [], None),
    )
    week = (await _load(sessionmaker, clock)).summary.week.current
    assert (week.checked, week.flagged, week.clean, week.rewrites_used) == (3, 2, 1, 1)
    assert week.categories == (("absolute", 2), ("blame", 1))  # two drafts, not three phrases
    assert week.phrase_count("you never") == 2


async def test_load_history_months_of_data_match_the_pure_summary(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    """The SQL day counts plus SQL totals say exactly what summarize() says over everything."""
    zone = ZoneInfo("America/Los_Angeles")
    await _user(sessionmaker, clock, zone="America/Los_Angeles")
    rng = random.Random(7)
    start = clock.now() - timedelta(days=200)
    checks: list[tuple[datetime, list[Found], int | None]] = []
    for hour in range(0, 200 * 24, 9):
        when = start + timedelta(hours=hour, minutes=rng.randrange(60))
        found = rng.sample([NEVER, ALWAYS, BLAME, SNEER], k=rng.choice([0, 0, 1, 2]))
        checks.append((when, found, rng.choice([None, None, 0, 1]) if found else None))
    done = [start + timedelta(days=d, hours=20) for d in range(0, 200, 3)]
    await _checks(sessionmaker, *checks)
    await _nudges_done(sessionmaker, *done)

    view = await _load(sessionmaker, clock)

    records = [
        CheckRecord(w, bool(f), tuple(p.category for p in f), tuple(p.text for p in f), taken)
        for w, f, taken in checks
    ]
    nudges = [NudgeDoneRecord(d) for d in done]
    counts = count_history(records, nudges, now=clock.now(), tz=zone)
    assert view.summary == summarize(counts)
    assert view.weeks == weekly_counts(counts, weeks=12)
    assert view.summary.totals.checked == len(checks)
    assert view.summary.totals.since == start.astimezone(zone).date()


@pytest.mark.parametrize(
    ("zone", "today"),
    [("Pacific/Kiritimati", date(2026, 11, 26)), ("UTC+05:30", date(2026, 11, 25))],
)
async def test_load_history_counts_weeks_in_the_users_local_time(
    sessionmaker: Sessions, clock: FakeClock, zone: str, today: date
) -> None:
    # Sunday 22 Nov 19:00 UTC is already Monday 23 Nov in Kiritimati (UTC+14): this week there,
    # last week in UTC. In India (UTC+05:30) it is Monday 00:30, also this week.
    await _user(sessionmaker, clock, zone=zone)
    await _checks(sessionmaker, (datetime(2026, 11, 22, 19, tzinfo=UTC), [NEVER], None))
    view = await _load(sessionmaker, clock)
    assert view.summary.today == today
    assert view.weeks[-1].start == date(2026, 11, 23)
    assert (view.weeks[-1].checked, view.weeks[-2].checked) == (1, 0)


async def test_load_history_unknown_stored_zone_falls_back_to_utc(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock, zone="Mars/Olympus_Mons")
    await _checks(sessionmaker, (datetime(2026, 11, 22, 19, tzinfo=UTC), [NEVER], None))
    view = await _load(sessionmaker, clock)
    assert (view.weeks[-1].checked, view.weeks[-2].checked) == (0, 1)


async def test_load_history_totals_include_checks_older_than_the_window(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    old = clock.now() - timedelta(days=400)
    await _checks(sessionmaker, (old, [BLAME], 0), (clock.now(), [], None))
    summary = (await _load(sessionmaker, clock)).summary
    assert summary.month.current.checked == 1
    totals = summary.totals
    assert (totals.checked, totals.flagged, totals.rewrites_used) == (2, 1, 1)
    assert totals.since == old.date()


PHRASINGS = ["You never", "you never!", "you\u2019re so lazy", "You're so lazy", "...", "whatever"]


@pytest.mark.parametrize(
    ("zone", "today"),
    [
        ("America/St_Johns", date(2026, 11, 10)),  # UTC-03:30, clocks went back on 1 Nov
        ("Pacific/Kiritimati", date(2026, 11, 25)),  # UTC+14
        ("Europe/Berlin", date(2026, 4, 12)),  # a 23-hour day on 29 Mar
        ("America/Santiago", date(2026, 9, 20)),  # 6 Sep began at 01:00
    ],
)
async def test_load_counts_equal_counting_every_check(
    sessionmaker: Sessions, zone: str, today: date
) -> None:
    """The SQL day counts are exactly the Python counting of the same checks, in any zone."""
    tz = ZoneInfo(zone)
    now = local_midnight(today, tz) + timedelta(hours=15)
    rng = random.Random(zone)
    first, _ = history_days(today)

    def instant() -> datetime:
        midnight = local_midnight(
            first + timedelta(days=rng.randint(-20, (today - first).days)), tz
        )
        at = midnight + rng.choice([timedelta(0), -timedelta(microseconds=1), timedelta(hours=11)])
        return min(at, now)

    records: list[CheckRecord] = []
    rows: list[tuple[datetime, list[Found], int | None]] = []
    for _ in range(150):
        found = [
            Found(rng.choice(["absolute", "contempt", "blame"]), rng.choice(PHRASINGS))
            for _ in range(rng.choice([0, 1, 2, 3]))
        ]
        taken = rng.choice([None, 0]) if found else None
        at = instant()
        rows.append((at, found, taken))
        records.append(
            CheckRecord(
                at,
                bool(found),
                tuple(f.category for f in found),
                tuple(f.text for f in found),
                taken,
            )
        )
    unflagged = instant()  # findings on a draft not flagged: among all drafts, not flagged ones
    done = sorted({instant() for _ in range(20)})
    await _user(sessionmaker, FakeClock(now), zone=zone)
    await _checks(sessionmaker, *rows)
    async with sessionmaker.begin() as session:
        await record_check(
            session, user_id=USER, chat_id=USER, now=unflagged, flagged=False, patterns=[SNEER]
        )
        for i, at in enumerate(done):
            session.add(
                NudgeDelivery(
                    user_id=USER,
                    nudge_key="k",
                    local_date=date(2026, 1, 1) + timedelta(days=i),
                    due_at=at,
                    sent_at=at,
                    done_at=at,
                )
            )
    records.append(CheckRecord(unflagged, False, (SNEER.category,), (SNEER.text,)))

    async with sessionmaker() as session:
        counts = await load_counts(session, user_id=USER, now=now, tz=tz)

    assert counts == count_history(records, [NudgeDoneRecord(d) for d in done], now=now, tz=tz)


# Therapy hint ---------------------------------------------------------------------------------


async def _contempt_every_week(sessions: Sessions, clock: FakeClock) -> None:
    now = clock.now()
    await _checks(sessions, *((now - timedelta(days=d), [SNEER], None) for d in range(0, 28, 3)))


async def test_load_history_therapy_hint_at_most_once_a_month(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    await _contempt_every_week(sessionmaker, clock)
    first = await _load(sessionmaker, clock)
    assert first.therapy_hint and first.settings.therapy_hint_seen
    async with sessionmaker() as session:
        user = await repo.get_user(session, user_id=USER)
        assert user is not None and user.last_therapy_hint_at == clock.now()

    clock.advance(days=29)
    await _contempt_every_week(sessionmaker, clock)
    assert not (await _load(sessionmaker, clock)).therapy_hint
    clock.advance(days=1)
    assert (await _load(sessionmaker, clock)).therapy_hint


async def test_load_history_no_therapy_hint_when_switched_off_or_no_pattern(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    await _checks(sessionmaker, (clock.now(), [SNEER], None))
    assert not (await _load(sessionmaker, clock)).therapy_hint  # one flag is not a pattern
    await _contempt_every_week(sessionmaker, clock)
    settings = await history_settings.set_therapy_hints(
        sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, enabled=False
    )
    assert (settings.therapy_hints, settings.therapy_hint_seen) == (False, True)
    assert not (await _load(sessionmaker, clock)).therapy_hint
    settings = await history_settings.set_therapy_hints(
        sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, enabled=True
    )
    assert settings.therapy_hints
    assert (await _load(sessionmaker, clock)).therapy_hint


# Weekly summary settings ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["sun", "19:00"], WeeklyRequest(True, 6, time(19))),
        (["Sundays", "at", "7", "pm"], WeeklyRequest(True, 6, time(19))),
        (["8:30am", "tu"], WeeklyRequest(True, 1, time(8, 30))),
        (["weds"], WeeklyRequest(True, 2, None)),
        (["thurs,", "noon"], WeeklyRequest(True, 3, time(12))),
        (["21:15"], WeeklyRequest(True, None, time(21, 15))),
        (["on"], WeeklyRequest(True)),
        (["OFF"], WeeklyRequest(False)),
    ],
)
def test_parse_weekly_args_reads_day_and_time(words: list[str], expected: WeeklyRequest) -> None:
    assert weekly_schedule.parse_weekly_args(words) == expected


@pytest.mark.parametrize(
    ("words", "says"),
    [
        (["sun", "mon"], "One day a week"),
        (["sun", "25:00"], "isn't on the clock"),
        (["sun", "<b>soon</b>"], "&lt;b&gt;soon&lt;/b&gt;"),  # echoed back, escaped
        (["s", "7pm"], "couldn't read"),  # "s" could be Saturday or Sunday
        (["at"], "/history weekly sun 19:00"),
    ],
)
def test_parse_weekly_args_explains_what_it_could_not_read(words: list[str], says: str) -> None:
    with pytest.raises(WeeklyArgsError) as caught:
        weekly_schedule.parse_weekly_args(words)
    assert says in caught.value.user_message
    assert "/history weekly" in caught.value.user_message


@pytest.mark.parametrize(
    ("zone", "after", "weekday", "at", "expected"),
    [
        # Wednesday noon UTC; Sunday 19:00 in Berlin (CET, UTC+1) is 18:00 UTC.
        ("Europe/Berlin", datetime(2026, 11, 25, 12), 6, time(19), datetime(2026, 11, 29, 18)),
        # Later the same day, and exactly at the time (strictly after: next week).
        ("UTC", datetime(2026, 11, 25, 12), 2, time(19), datetime(2026, 11, 25, 19)),
        ("UTC", datetime(2026, 11, 25, 19), 2, time(19), datetime(2026, 12, 2, 19)),
        # Kiritimati (UTC+14): its Thursday 08:00 is Wednesday 18:00 UTC.
        ("Pacific/Kiritimati", datetime(2026, 11, 25, 12), 3, time(8), datetime(2026, 11, 25, 18)),
        # 02:30 does not exist in Berlin on 29 Mar 2026: the summary comes when the gap ends.
        ("Europe/Berlin", datetime(2026, 3, 27), 6, time(2, 30), datetime(2026, 3, 29, 1)),
        # Summer time: Sunday 19:00 in Berlin (CEST, UTC+2) is 17:00 UTC.
        ("Europe/Berlin", datetime(2026, 6, 1), 6, time(19), datetime(2026, 6, 7, 17)),
    ],
)
def test_next_weekly_at_keeps_the_local_wall_time(
    zone: str, after: datetime, weekday: int, at: time, expected: datetime
) -> None:
    due = weekly_schedule.next_weekly_at(
        weekday=weekday, local_time=at, tz=ZoneInfo(zone), after=after.replace(tzinfo=UTC)
    )
    assert due == expected.replace(tzinfo=UTC)


async def test_set_weekly_summary_keeps_exactly_one_pending_summary(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock, zone="Europe/Berlin")

    async def ask(request: WeeklyRequest) -> history_settings.HistorySettings:
        return await weekly_schedule.set_weekly_summary(
            sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, request=request
        )

    settings = await ask(WeeklyRequest(True))
    assert (settings.weekly_summary, settings.weekday, settings.local_time) == (True, 6, time(19))
    assert await _pending(sessionmaker) == [datetime(2026, 11, 29, 18, tzinfo=UTC)]

    settings = await ask(WeeklyRequest(True, weekday=4))
    assert (settings.weekday, settings.local_time) == (4, time(19))
    assert await _pending(sessionmaker) == [datetime(2026, 11, 27, 18, tzinfo=UTC)]

    await ask(WeeklyRequest(True, local_time=time(8)))
    assert await _pending(sessionmaker) == [datetime(2026, 11, 27, 7, tzinfo=UTC)]

    settings = await ask(WeeklyRequest(False))
    assert settings.weekly_summary is False and settings.weekday == 4
    assert await _pending(sessionmaker) == []


async def test_weekly_summary_follows_a_time_zone_set_in_nudges(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock, zone="Europe/Berlin")
    await weekly_schedule.set_weekly_summary(
        sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, request=WeeklyRequest(True)
    )
    assert await _pending(sessionmaker) == [datetime(2026, 11, 29, 18, tzinfo=UTC)]
    # Sunday 19:00 stays Sunday 19:00 where the user now is: 00:00 UTC on Monday.
    await nudges.set_zone(
        sessionmaker,
        now=clock.now(),
        user_id=USER,
        chat_id=USER,
        zone=parse_timezone("America/New_York"),
    )
    assert await _pending(sessionmaker) == [datetime(2026, 11, 30, 0, tzinfo=UTC)]


# Weekly summary delivery ----------------------------------------------------------------------


async def _weekly_on(sessions: Sessions, clock: FakeClock) -> datetime:
    """Weekly summary on Sundays 19:00 UTC; returns when the first one is due."""
    await _user(sessions, clock)
    await weekly_schedule.set_weekly_summary(
        sessions, now=clock.now(), user_id=USER, chat_id=USER, request=WeeklyRequest(True)
    )
    [due] = await _pending(sessions)
    return due


class Summaries:
    """The weekly summaries' Telegram: records what is sent, or fails with `error`; `during`
    runs while a message is on its way (the user changing settings meanwhile)."""

    def __init__(self) -> None:
        self.sent: list[Message] = []
        self.error: TelegramError | None = None
        self.during: Callable[[], Awaitable[None]] | None = None

    async def __call__(self, message: Message) -> int:
        if self.during is not None:
            await self.during()
        if self.error is not None:
            raise self.error
        self.sent.append(message)
        return 90 + len(self.sent)


async def _dispatch(
    sessions: Sessions, clock: FakeClock, send: Summaries, worker: str = "w"
) -> Tally:
    """One tick of the weekly summaries' outbox, as production runs it."""
    return await weekly.dispatch(
        sessions,
        clock=clock,
        worker_id=worker,
        grace=GRACE,
        send=scheduled.told_apart(send),
        claim_ttl=TTL,
    )


async def test_weekly_dispatch_writes_the_week_and_chains_the_next(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    due_at = await _weekly_on(sessionmaker, clock)
    await _checks(sessionmaker, (clock.now(), [NEVER], None), (clock.now(), [], None))
    telegram = Summaries()
    assert await _dispatch(sessionmaker, clock, telegram) == Tally()  # not due yet

    clock.set(due_at + timedelta(seconds=30))
    assert await _dispatch(sessionmaker, clock, telegram) == Tally(sent=1)
    [sent] = telegram.sent
    assert (sent.user_id, sent.chat_id) == (USER, USER)
    assert t.WEEKLY_TITLE in sent.text and "2 drafts checked: 1 flagged, 1 clean." in sent.text
    assert await _pending(sessionmaker) == [due_at + timedelta(weeks=1)]
    assert await _dispatch(sessionmaker, clock, telegram, worker="other") == Tally()


async def test_weekly_dispatch_leaves_other_reminder_kinds_alone(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _user(sessionmaker, clock)
    async with sessionmaker.begin() as session:
        await repo.add_reminder(
            session,
            user_id=USER,
            kind=ReminderKind.LISTEN_ONCE,
            due_at=clock.now(),
            now=clock.now(),
        )
    assert await _dispatch(sessionmaker, clock, Summaries()) == Tally()
    async with sessionmaker() as session:
        [listen] = await repo.pending_reminders(session, user_id=USER)
    assert listen.kind is ReminderKind.LISTEN_ONCE and listen.claimed_by is None


@pytest.mark.parametrize(
    ("late", "blocked", "tally", "chained"),
    [
        (timedelta(hours=3), False, Tally(skipped=1), datetime(2026, 12, 6, 19, tzinfo=UTC)),
        (timedelta(0), True, Tally(skipped=1), datetime(2026, 12, 6, 19, tzinfo=UTC)),
        # Down for over a week: the missed one is skipped, this week's (due 1 h ago) still goes.
        (
            timedelta(weeks=1, hours=1),
            False,
            Tally(sent=1, skipped=1),
            datetime(2026, 12, 13, 19, tzinfo=UTC),
        ),
    ],
    ids=["too-late", "blocked", "long-outage"],
)
async def test_weekly_dispatch_skips_but_keeps_the_rhythm(
    sessionmaker: Sessions,
    clock: FakeClock,
    late: timedelta,
    blocked: bool,
    tally: Tally,
    chained: datetime,
) -> None:
    due_at = await _weekly_on(sessionmaker, clock)
    if blocked:
        async with sessionmaker.begin() as session:
            await repo.mark_blocked(session, user_id=USER, now=clock.now())
    clock.set(due_at + late)
    telegram = Summaries()
    assert await _dispatch(sessionmaker, clock, telegram) == tally
    assert len(telegram.sent) == tally.sent
    assert await _pending(sessionmaker) == [chained]


async def test_weekly_dispatch_drops_a_summary_switched_off_since(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    due_at = await _weekly_on(sessionmaker, clock)
    async with sessionmaker.begin() as session:  # off, without the service tidying up
        await repo.update_user(session, user_id=USER, weekly_summary=False)
    clock.set(due_at)
    telegram = Summaries()
    assert await _dispatch(sessionmaker, clock, telegram) == Tally(skipped=1)
    assert telegram.sent == []
    assert await _pending(sessionmaker) == []


async def test_weekly_dispatch_sent_after_settings_changed_does_not_double_the_chain(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    due_at = await _weekly_on(sessionmaker, clock)
    clock.set(due_at)
    telegram = Summaries()

    async def move_to_mondays() -> None:
        await weekly_schedule.set_weekly_summary(
            sessionmaker,
            now=clock.now(),
            user_id=USER,
            chat_id=USER,
            request=WeeklyRequest(True, weekday=0),
        )

    telegram.during = move_to_mondays
    # Sent, but its row was replaced meanwhile: the mark finds no claim and chains nothing.
    assert await _dispatch(sessionmaker, clock, telegram) == Tally(sent=1, lost=1)
    assert await _pending(sessionmaker) == [datetime(2026, 11, 30, 19, tzinfo=UTC)]


async def test_weekly_dispatch_403_marks_blocked_and_chains(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    due_at = await _weekly_on(sessionmaker, clock)
    clock.set(due_at)
    telegram = Summaries()
    telegram.error = Forbidden("Forbidden: bot was blocked by the user")
    assert await _dispatch(sessionmaker, clock, telegram) == Tally(blocked=1)
    async with sessionmaker() as session:
        user = await repo.get_user(session, user_id=USER)
        assert user is not None and user.blocked_at == clock.now()
    assert await _pending(sessionmaker) == [due_at + timedelta(weeks=1)]


async def test_weekly_dispatch_passing_failure_gives_the_claim_back(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    due_at = await _weekly_on(sessionmaker, clock)
    clock.set(due_at)
    telegram = Summaries()
    telegram.error = TimedOut()
    assert await _dispatch(sessionmaker, clock, telegram) == Tally(released=1)
    telegram.error = None
    assert await _dispatch(sessionmaker, clock, telegram, worker="other") == Tally(sent=1)
