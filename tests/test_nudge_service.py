"""Nudge and listen services driven by a fake clock, end to end through the dispatcher.

Expected instants are written out in UTC by hand (not computed with next_due), so the tests
check the schedule rather than repeat it. Every test runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import NudgeDelivery, ReminderKind
from bot.listen import service as listen
from bot.listen.job import dispatch as dispatch_reminders
from bot.listen.reminder_time import ReminderParseError
from bot.nudges import service as nudges
from bot.nudges.job import dispatch
from bot.nudges.schedule import Frequency
from bot.outbox import Message, Tally
from bot.users import zones
from bot.users.timezones import parse_timezone

Sessions = async_sessionmaker[AsyncSession]
GRACE = timedelta(hours=2)
USER = 7


def utc(month: int, day: int, hour: int, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


class Recorder:
    """A sender that records what went out and when (the fake clock's time)."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.sent: list[tuple[datetime, Message]] = []
        self.reminders: list[tuple[datetime, Message]] = []

    async def __call__(self, nudge: Message) -> int:
        self.sent.append((self.clock.now(), nudge))
        return len(self.sent)

    async def remind(self, reminder: Message) -> int:
        self.reminders.append((self.clock.now(), reminder))
        return 1000 + len(self.reminders)

    @property
    def times(self) -> list[datetime]:
        return [at for at, _ in self.sent]


async def run(sessions: Sessions, clock: FakeClock, sender: Recorder) -> Tally:
    return await dispatch(
        sessions, clock=clock, worker_id="w1", grace=GRACE, send=sender, rng=random.Random(1)
    )


async def set_up(
    sessions: Sessions,
    clock: FakeClock,
    *,
    zone: str = "Europe/Berlin",
    at: time = time(20, 0),
    frequency: Frequency = Frequency.DAILY,
) -> nudges.NudgeView:
    ids = {"user_id": USER, "chat_id": USER}
    await nudges.set_zone(
        sessions, now=clock.now(), user_id=USER, chat_id=USER, zone=parse_timezone(zone)
    )
    await nudges.set_time(sessions, now=clock.now(), local_time=at, **ids)
    await nudges.set_frequency(sessions, now=clock.now(), frequency=frequency, **ids)
    return await nudges.turn_on(sessions, now=clock.now(), **ids)


async def deliveries(sessions: Sessions) -> list[NudgeDelivery]:
    async with sessions() as session:
        stmt = select(NudgeDelivery).order_by(NudgeDelivery.due_at)
        return list((await session.scalars(stmt)).all())


# --- Settings -------------------------------------------------------------------------------


async def test_get_view_new_user_is_off_without_zone(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    view = await nudges.get_view(sessionmaker, now=clock.now(), user_id=USER, chat_id=USER)
    assert (view.enabled, view.zone_name, view.next_due_at, view.done_count) == (
        False,
        None,
        None,
        0,
    )
    assert "not set yet" in view.screen(clock.now())


async def test_set_zone_utc_counts_as_chosen_and_shows_as_utc(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    view = await set_up(sessionmaker, clock, zone="utc")
    assert view.zone_name == "UTC"
    assert view.next_due_at == utc(11, 25, 20)


@pytest.mark.parametrize(
    ("zone", "at", "expected"),
    [
        ("Europe/Berlin", time(20, 0), utc(11, 25, 19)),
        ("Europe/Berlin", time(12, 30), utc(11, 26, 11, 30)),  # 13:00 local now: tomorrow
        ("Asia/Kolkata", time(20, 0), utc(11, 25, 14, 30)),  # 17:30 there now
        ("Pacific/Auckland", time(7, 0), utc(11, 25, 18)),  # already Thursday 01:00 there
        ("UTC-03:30", time(9, 0), utc(11, 25, 12, 30)),
    ],
)
async def test_turn_on_stores_next_local_time_in_utc(
    sessionmaker: Sessions, clock: FakeClock, zone: str, at: time, expected: datetime
) -> None:
    view = await set_up(sessionmaker, clock, zone=zone, at=at)
    assert view.next_due_at == expected
    async with sessionmaker() as session:
        stored = await repo.get_nudge_settings(session, user_id=USER)
    assert stored is not None
    assert stored.next_due_at == expected


async def test_set_zone_keeps_local_time(sessionmaker: Sessions, clock: FakeClock) -> None:
    await set_up(sessionmaker, clock, zone="Europe/Berlin")
    view = await nudges.set_zone(
        sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, zone=parse_timezone("New York")
    )
    assert view.next_due_at == utc(11, 26, 1)  # 20:00 EST


async def test_turn_off_and_pause_and_resume(sessionmaker: Sessions, clock: FakeClock) -> None:
    ids = {"user_id": USER, "chat_id": USER}
    now = clock.now()
    await set_up(sessionmaker, clock)
    off = await nudges.turn_off(sessionmaker, now=now, **ids)
    assert (off.enabled, off.next_due_at) == (False, None)
    await nudges.turn_on(sessionmaker, now=now, **ids)
    paused = await nudges.pause_week(sessionmaker, now=now, **ids)
    assert paused.paused(now)
    assert paused.next_due_at == utc(12, 2, 19)  # first 20:00 after seven days
    resumed = await nudges.resume(sessionmaker, now=now, **ids)
    assert (resumed.paused_until, resumed.next_due_at) == (None, utc(11, 25, 19))


# --- Time-driven: DST, day boundary, grace, pause, frequencies -------------------------------


@pytest.mark.parametrize(
    ("zone", "at", "start", "expected", "never"),
    [
        # Spring forward: 20:00 stays 20:00 local, so one hour earlier in UTC.
        ("Europe/Berlin", time(20), utc(3, 28, 12), [utc(3, 28, 19), utc(3, 29, 18)], []),
        # Fall back in New York: 20:00 EDT, then 20:00 EST.
        ("America/New_York", time(20), utc(10, 31, 12), [utc(11, 1, 0), utc(11, 2, 1)], []),
        # A time inside the spring gap fires when the gap ends (03:00 CEST = 01:00 UTC).
        ("Europe/Berlin", time(2, 30), utc(3, 27, 12), [utc(3, 28, 1, 30), utc(3, 29, 1)], []),
        # A time that exists twice fires at the first one only (not again at 01:30 UTC).
        (
            "Europe/Berlin",
            time(2, 30),
            utc(10, 24, 12),
            [utc(10, 25, 0, 30), utc(10, 26, 1, 30)],
            [utc(10, 25, 1, 30)],
        ),
        # Southern hemisphere: Sydney moves to AEDT on 4 October.
        ("Australia/Sydney", time(8), utc(10, 2, 12), [utc(10, 2, 22), utc(10, 3, 21)], []),
    ],
)
async def test_dispatch_keeps_local_time_across_dst(
    sessionmaker: Sessions,
    clock: FakeClock,
    zone: str,
    at: time,
    start: datetime,
    expected: list[datetime],
    never: list[datetime],
) -> None:
    clock.set(start)
    sender = Recorder(clock)
    await set_up(sessionmaker, clock, zone=zone, at=at)
    for moment in sorted([*expected, *never]):
        clock.set(moment - timedelta(minutes=1))
        assert await run(sessionmaker, clock, sender) == Tally()  # nothing due early
        clock.set(moment)
        await run(sessionmaker, clock, sender)
    assert sender.times == expected


async def test_dispatch_uses_the_local_date_across_the_utc_day_boundary(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    sender = Recorder(clock)
    view = await set_up(sessionmaker, clock, zone="America/Los_Angeles", at=time(23, 30))
    assert view.next_due_at == utc(11, 26, 7, 30)
    clock.set(utc(11, 26, 7, 30))
    await run(sessionmaker, clock, sender)
    [delivery] = await deliveries(sessionmaker)
    assert delivery.local_date == date(2026, 11, 25)  # still Wednesday in Los Angeles


async def test_set_time_later_after_todays_nudge_waits_for_tomorrow(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    sender = Recorder(clock)
    await set_up(sessionmaker, clock, zone="Europe/Berlin", at=time(14))
    clock.set(utc(11, 25, 13))
    await run(sessionmaker, clock, sender)
    view = await nudges.set_time(
        sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, local_time=time(21)
    )
    assert view.next_due_at == utc(11, 26, 20)  # not 21:00 today: one nudge a day
    clock.set(utc(11, 25, 20))
    await run(sessionmaker, clock, sender)
    assert sender.times == [utc(11, 25, 13)]


@pytest.mark.parametrize(
    ("down_until", "expected"),
    [
        (utc(11, 25, 19), [utc(11, 25, 19)]),  # on time
        (utc(11, 25, 20, 59), [utc(11, 25, 20, 59)]),  # late but inside the grace period
        (utc(11, 25, 21, 1), []),  # missed by more than grace: skipped, not sent at night
        # Down from before yesterday's nudge until 30 minutes after today's: yesterday's is
        # skipped, today's still goes out, and only one.
        (utc(11, 26, 19, 30), [utc(11, 26, 19, 30)]),
    ],
)
async def test_dispatch_after_downtime_sends_within_grace_and_skips_older(
    sessionmaker: Sessions, clock: FakeClock, down_until: datetime, expected: list[datetime]
) -> None:
    sender = Recorder(clock)
    await set_up(sessionmaker, clock)  # 20:00 Berlin = 19:00 UTC
    clock.set(down_until)
    await run(sessionmaker, clock, sender)
    assert sender.times == expected
    async with sessionmaker() as session:
        settings = await repo.get_nudge_settings(session, user_id=USER)
    assert settings is not None
    assert settings.next_due_at == utc(down_until.month, down_until.day + 1, 19)


async def test_dispatch_pause_skips_a_week_then_resumes(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    sender = Recorder(clock)
    await set_up(sessionmaker, clock)
    await nudges.pause_week(sessionmaker, now=clock.now(), user_id=USER, chat_id=USER)
    for day in range(8):
        clock.set(utc(11, 25, 19) + timedelta(days=day))
        await run(sessionmaker, clock, sender)
    assert sender.times == [utc(12, 2, 19)]


@pytest.mark.parametrize(
    ("frequency", "weekdays"),
    [
        ("daily", [0, 1, 2, 3, 4, 5, 6] * 2),
        ("weekdays", [0, 1, 2, 3, 4] * 2),
        ("three_weekly", [0, 2, 4] * 2),
    ],
)
async def test_dispatch_follows_frequency(
    sessionmaker: Sessions, clock: FakeClock, frequency: Frequency, weekdays: list[int]
) -> None:
    clock.set(utc(11, 29, 12))  # a Sunday, before its nudge time
    sender = Recorder(clock)
    await set_up(sessionmaker, clock, frequency=frequency)
    for day in range(1, 15):  # Monday 30 November to Sunday 13 December
        clock.set(utc(11, 29, 19) + timedelta(days=day))
        await run(sessionmaker, clock, sender)
    assert [at.weekday() for at in sender.times] == weekdays


async def test_dispatch_never_repeats_a_nudge_within_30_days(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    sender = Recorder(clock)
    await set_up(sessionmaker, clock)
    for day in range(70):
        clock.set(utc(11, 25, 19) + timedelta(days=day))
        await run(sessionmaker, clock, sender)
    keys = [d.nudge_key for d in await deliveries(sessionmaker)]
    assert len(keys) == len(sender.sent) == 70
    for index, key in enumerate(keys):
        assert key not in keys[max(0, index - 29) : index], f"day {index} repeats {key}"


# --- Buttons under a nudge -------------------------------------------------------------------


async def _one_sent(sessions: Sessions, clock: FakeClock) -> NudgeDelivery:
    await set_up(sessions, clock)
    clock.set(utc(11, 25, 19))
    await run(sessions, clock, Recorder(clock))
    [delivery] = await deliveries(sessions)
    return delivery


async def test_mark_done_counts_once_and_only_for_the_owner(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    delivery = await _one_sent(sessionmaker, clock)
    now, delivery_id = clock.now(), delivery.id
    stranger = await nudges.mark_done(
        sessionmaker, now=now, user_id=USER + 1, delivery_id=delivery_id
    )
    assert stranger is None
    for _ in range(2):  # a second press counts nothing more
        total = await nudges.mark_done(sessionmaker, now=now, user_id=USER, delivery_id=delivery_id)
        assert total == 1
    view = await nudges.get_view(sessionmaker, now=clock.now(), user_id=USER, chat_id=USER)
    assert view.done_count == 1


async def test_another_idea_swaps_to_an_unseen_nudge_for_the_owner_only(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    delivery = await _one_sent(sessionmaker, clock)
    now, delivery_id, rng = clock.now(), delivery.id, random.Random(3)
    for user_id in (USER + 1, USER):
        owns = await nudges.owns_delivery(sessionmaker, user_id=user_id, delivery_id=delivery_id)
        assert owns is (user_id == USER)
    stranger = await nudges.another_idea(
        sessionmaker, now=now, user_id=USER + 1, delivery_id=delivery_id, rng=rng
    )
    assert stranger is None
    swapped = await nudges.another_idea(
        sessionmaker, now=now, user_id=USER, delivery_id=delivery_id, rng=rng
    )
    assert swapped is not None
    assert swapped.key != delivery.nudge_key
    [stored] = await deliveries(sessionmaker)
    assert stored.nudge_key == swapped.key


async def test_another_idea_never_brings_back_a_nudge_passed_on(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    delivery = await _one_sent(sessionmaker, clock)
    shown, rng = [delivery.nudge_key], random.Random(5)
    for _ in range(20):
        swapped = await nudges.another_idea(
            sessionmaker, now=clock.now(), user_id=USER, delivery_id=delivery.id, rng=rng
        )
        assert swapped is not None
        shown.append(swapped.key)
    assert len(set(shown)) == len(shown), shown
    # The next days' nudges avoid them too: each was seen, so each counts as given.
    clock.advance(timedelta(days=1))
    await run(sessionmaker, clock, Recorder(clock))
    latest = max(await deliveries(sessionmaker), key=lambda d: d.due_at)
    assert latest.nudge_key not in shown


# --- Listen reminders ------------------------------------------------------------------------


async def test_remind_once_reads_local_time_and_refuses_nonsense(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await set_up(sessionmaker, clock)  # Berlin, 13:00 local
    ids = {"user_id": USER, "chat_id": USER}
    now = clock.now()
    reminder = await listen.remind_once(sessionmaker, now=now, text="20:30", **ids)
    assert reminder.due_at == utc(11, 25, 19, 30)
    assert reminder.confirmation(clock.now()) == "I'll remind you today at 20:30."
    with pytest.raises(ReminderParseError):
        await listen.remind_once(sessionmaker, now=now, text="whenever", **ids)
    async with sessionmaker() as session:
        pending = await repo.pending_reminders(session, user_id=USER)
    assert [(r.kind, r.due_at) for r in pending] == [
        (ReminderKind.LISTEN_ONCE, utc(11, 25, 19, 30))
    ]


async def test_daily_listen_reminder_follows_zone_and_chains(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    ids = {"user_id": USER, "chat_id": USER}
    await set_up(sessionmaker, clock)
    view = await listen.set_daily(sessionmaker, now=clock.now(), at=time(18), **ids)
    assert view.daily_time == time(18)
    zone = parse_timezone("Asia/Tokyo")
    await nudges.set_zone(sessionmaker, now=clock.now(), user_id=USER, chat_id=USER, zone=zone)
    async with sessionmaker() as session:
        [pending] = await repo.pending_reminders(session, user_id=USER)
    assert pending.due_at == utc(11, 26, 9)  # 18:00 in Tokyo
    sender = Recorder(clock)
    for moment in (utc(11, 26, 9), utc(11, 27, 9)):
        clock.set(moment)
        await dispatch_reminders(
            sessionmaker, clock=clock, worker_id="w1", grace=GRACE, send=sender.remind
        )
    assert [at for at, _ in sender.reminders] == [utc(11, 26, 9), utc(11, 27, 9)]
    await listen.set_daily(sessionmaker, now=clock.now(), at=None, **ids)
    async with sessionmaker() as session:
        assert await repo.pending_reminders(session, user_id=USER) == []


def test_zone_helpers_round_trip() -> None:
    assert zones.stored_zone_name(parse_timezone("UTC")) == zones.CHOSEN_UTC
    assert zones.shown_zone_name(zones.CHOSEN_UTC) == "UTC"
    assert zones.shown_zone_name(zones.UNSET_ZONE) is None
    assert zones.user_zone("Not/AZone") == UTC
    assert zones.user_zone("Europe/Berlin") == ZoneInfo("Europe/Berlin")
