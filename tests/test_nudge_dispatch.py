"""The nudge and listen dispatchers: exactly once across workers, crashes and Telegram errors.

Sends go to fakes owned here (no Telegram), except the last tests, which send the real
messages through PTB to the Bot API stand-in so the Bot API spec checks them too.
"""

from __future__ import annotations

import asyncio
import html
import re
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from pydantic import SecretStr
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError, TimedOut

from bot.app import build_application, running
from bot.basics import texts as core_texts
from bot.clock import FakeClock
from bot.config import Settings
from bot.context import TendApp
from bot.db import repository as repo
from bot.db.models import NudgeDelivery, NudgeSettings, Reminder, ReminderKind, User
from bot.listen import job as listen_dispatch
from bot.listen import service as listen
from bot.nudges import job as nudge_dispatch
from bot.nudges import plans as nudge_plans
from bot.nudges import texts
from bot.outbox import BATCH, CLAIM_TTL, CONCURRENCY, Message, Tally
from bot.telegram import scheduled
from standin import StandIn
from standin.users import SimUser
from standin.views import BotMessage

Sessions = async_sessionmaker[AsyncSession]
GRACE = timedelta(hours=2)


class Crash(Exception):
    """Stands in for the process dying in the middle of a batch."""


class FakeSender:
    """Records each send; fails for chosen chats, or crashes at the n-th call."""

    def __init__(self, clock: FakeClock, *, crash_at: int | None = None) -> None:
        self.clock = clock
        self.crash_at = crash_at
        self.failures: dict[int, TelegramError] = {}
        self.calls = 0
        self.sent: list[int] = []  # delivery (or reminder) ids
        self.advance_each = timedelta(0)  # a slow Telegram: the clock moves with every send

    async def __call__(self, item: Message) -> int:
        self.calls += 1
        call = self.calls  # read before yielding: concurrent sends bump the counter meanwhile
        await asyncio.sleep(0)  # let other workers interleave
        if call == self.crash_at:
            raise Crash
        if (error := self.failures.get(item.chat_id)) is not None:
            raise error
        self.sent.append(item.row_id)
        self.clock.advance(self.advance_each)
        return 500 + len(self.sent)


async def seed_due(sessions: Sessions, clock: FakeClock, count: int) -> list[int]:
    """`count` users with nudges on (UTC, 11:59) whose nudge became due a minute ago."""
    due = clock.now() - timedelta(minutes=1)
    user_ids = list(range(1, count + 1))
    async with sessions.begin() as session:
        for start in range(0, count, 2000):
            chunk = user_ids[start : start + 2000]
            await session.execute(
                insert(User),
                [{"id": u, "chat_id": u, "created_at": due, "time_zone": "Etc/UTC"} for u in chunk],
            )
            await session.execute(
                insert(NudgeSettings),
                [
                    {"user_id": u, "enabled": True, "local_time": time(11, 59), "next_due_at": due}
                    for u in chunk
                ],
            )
    return user_ids


async def run(
    sessions: Sessions,
    clock: FakeClock,
    send: FakeSender,
    *,
    worker: str = "w1",
    batch: int = BATCH,
    concurrency: int = CONCURRENCY,
) -> Tally:
    return await nudge_dispatch.dispatch(
        sessions,
        clock=clock,
        worker_id=worker,
        grace=GRACE,
        send=scheduled.told_apart(send),
        batch=batch,
        concurrency=concurrency,
    )


async def delivery_states(sessions: Sessions) -> list[tuple[int, bool, bool, int | None]]:
    """(user, sent, skipped, message id) for every delivery, by user."""
    async with sessions() as session:
        rows = await session.execute(
            select(
                NudgeDelivery.user_id,
                NudgeDelivery.sent_at.is_not(None),
                NudgeDelivery.skipped,
                NudgeDelivery.message_id,
            ).order_by(NudgeDelivery.user_id)
        )
        return [(u, bool(sent), skipped, m) for u, sent, skipped, m in rows.all()]


async def test_dispatch_sends_each_due_nudge_and_marks_it_with_the_message_id(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 3)
    sender = FakeSender(clock)
    tally = await run(sessionmaker, clock, sender)
    assert tally == Tally(sent=3)
    states = await delivery_states(sessionmaker)
    assert [(u, sent, skipped) for u, sent, skipped, _ in states] == [
        (1, True, False),
        (2, True, False),
        (3, True, False),
    ]
    assert sorted(m for *_, m in states if m is not None) == [501, 502, 503]
    assert await run(sessionmaker, clock, sender) == Tally()  # nothing twice


@pytest.mark.parametrize(
    ("error", "outcome", "blocked"),
    [
        (Forbidden("Forbidden: bot was blocked by the user"), Tally(blocked=1), True),
        (BadRequest("Bad Request: chat not found"), Tally(skipped=1), False),
    ],
)
async def test_dispatch_permanent_errors_skip_and_403_stops_the_users_nudges(
    sessionmaker: Sessions,
    clock: FakeClock,
    error: TelegramError,
    outcome: Tally,
    blocked: bool,
) -> None:
    await seed_due(sessionmaker, clock, 1)
    sender = FakeSender(clock)
    sender.failures[1] = error
    assert await run(sessionmaker, clock, sender) == outcome
    assert await delivery_states(sessionmaker) == [(1, False, True, None)]
    async with sessionmaker() as session:
        user = await repo.get_user(session, user_id=1)
    assert user is not None
    assert (user.blocked_at is not None) is blocked
    sender.failures.clear()
    clock.advance(days=1)
    tomorrow = await run(sessionmaker, clock, sender)
    assert tomorrow == (Tally() if blocked else Tally(sent=1))


@pytest.mark.parametrize(
    "error", [NetworkError("connection reset"), TimedOut(), TelegramError("Bad Gateway")], ids=type
)
async def test_dispatch_retryable_error_releases_and_next_tick_sends_once(
    sessionmaker: Sessions, clock: FakeClock, error: TelegramError
) -> None:
    await seed_due(sessionmaker, clock, 3)
    sender = FakeSender(clock)
    sender.failures[2] = error
    first = await run(sessionmaker, clock, sender)
    assert first == Tally(sent=2, released=1)
    sender.failures.clear()
    clock.advance(seconds=20)
    assert await run(sessionmaker, clock, sender) == Tally(sent=1)
    assert sorted(Counter(sender.sent).values()) == [1, 1, 1]


async def test_dispatch_claim_of_a_dead_worker_is_sent_once_after_the_ttl(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 5)
    # Worker "dead" plans and claims everything, then the process is gone.
    await nudge_plans.plan_due(sessionmaker, now=clock.now(), grace=GRACE, limit=100)
    async with sessionmaker.begin() as session:
        claimed = await repo.claim_sends(
            session,
            repo.NUDGE_QUEUE,
            now=clock.now(),
            limit=100,
            worker_id="dead",
            claim_ttl=CLAIM_TTL,
        )
    assert len(claimed) == 5
    sender = FakeSender(clock)
    assert await run(sessionmaker, clock, sender, worker="w2") == Tally()
    clock.advance(CLAIM_TTL)
    assert await run(sessionmaker, clock, sender, worker="w2") == Tally(sent=5)
    assert sorted(Counter(sender.sent).values()) == [1] * 5


async def test_dispatch_restart_mid_batch_loses_nothing_and_sends_nothing_twice(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    user_ids = await seed_due(sessionmaker, clock, 50)
    sender = FakeSender(clock, crash_at=7)
    with pytest.raises(Crash):
        await run(sessionmaker, clock, sender, batch=20, concurrency=4)
    before = len(sender.sent)
    assert 0 < before < 50
    # A new process starts at once: the crashed send is still claimed, the rest goes out.
    restarted = await run(sessionmaker, clock, sender, worker="w1-restarted")
    assert restarted.sent == 50 - before - 1
    # The send that died half-way may have reached the user: it is never repeated, even
    # after its claim expires (at most once), and every other nudge went out exactly once.
    clock.advance(CLAIM_TTL)
    assert await run(sessionmaker, clock, sender, worker="w1-restarted") == Tally()
    assert sorted(Counter(sender.sent).values()) == [1] * 49
    states = await delivery_states(sessionmaker)
    assert sum(1 for _, sent, *_ in states if not sent) == 1
    assert sorted(u for u, *_ in states) == sorted(user_ids)


async def test_dispatch_hands_back_claims_it_cannot_send_in_time(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 4)
    sender = FakeSender(clock)
    sender.advance_each = CLAIM_TTL / 2  # the first send alone takes half the claim's life
    first = await run(sessionmaker, clock, sender, concurrency=1)
    assert first == Tally(sent=1, released=3)
    sender.advance_each = timedelta(0)
    assert await run(sessionmaker, clock, sender, worker="w2") == Tally(sent=3)
    assert sorted(Counter(sender.sent).values()) == [1] * 4


async def test_dispatch_skips_a_planned_nudge_claimed_after_the_grace_period(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await seed_due(sessionmaker, clock, 1)
    await nudge_plans.plan_due(sessionmaker, now=clock.now(), grace=GRACE, limit=10)
    clock.advance(GRACE + timedelta(minutes=1))  # the process was down before sending it
    sender = FakeSender(clock)
    assert await run(sessionmaker, clock, sender) == Tally(skipped=1)
    assert sender.calls == 0


@pytest.mark.parametrize(
    ("db_url", "count"),
    [
        ("sqlite", 1_000),
        pytest.param("postgres", 10_000, marks=[pytest.mark.postgres, pytest.mark.slow]),
    ],
    indirect=["db_url"],
)
async def test_dispatch_two_workers_at_once_send_each_nudge_exactly_once(
    sessionmaker: Sessions,
    other_sessionmaker: Sessions,
    clock: FakeClock,
    db_url: str,
    count: int,
) -> None:
    user_ids = await seed_due(sessionmaker, clock, count)
    sender = FakeSender(clock)
    tallies = await asyncio.gather(
        run(sessionmaker, clock, sender, worker="w1"),
        run(other_sessionmaker, clock, sender, worker="w2"),
    )
    assert sum(t.sent for t in tallies) == count
    assert set(Counter(sender.sent).values()) == {1}
    if db_url.startswith("postgresql"):
        # SKIP LOCKED lets both work side by side (SQLite's single writer lock is not fair,
        # so there one worker may well do everything).
        assert all(t.sent > 0 for t in tallies), tallies
    states = await delivery_states(sessionmaker)
    assert [(u, sent) for u, sent, *_ in states] == [(u, True) for u in user_ids]


# --- Listen reminders -------------------------------------------------------------------------


async def _reminder(
    sessions: Sessions, clock: FakeClock, kind: ReminderKind, due: datetime
) -> None:
    async with sessions.begin() as session:
        await repo.get_or_create_user(session, user_id=1, chat_id=1, now=clock.now())
        await repo.add_reminder(session, user_id=1, kind=kind, due_at=due, now=clock.now())


async def run_reminders(sessions: Sessions, clock: FakeClock, sender: FakeSender) -> Tally:
    return await listen_dispatch.dispatch(
        sessions, clock=clock, worker_id="w1", grace=GRACE, send=scheduled.told_apart(sender)
    )


@pytest.mark.parametrize(("late", "outcome"), [(29, Tally(sent=1)), (31, Tally(skipped=1))])
async def test_listen_dispatch_one_time_reminder_allows_30_minutes(
    sessionmaker: Sessions, clock: FakeClock, late: int, outcome: Tally
) -> None:
    await _reminder(sessionmaker, clock, ReminderKind.LISTEN_ONCE, clock.now())
    clock.advance(minutes=late)
    assert await run_reminders(sessionmaker, clock, FakeSender(clock)) == outcome


async def test_listen_dispatch_leaves_weekly_summaries_to_their_sender(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _reminder(sessionmaker, clock, ReminderKind.WEEKLY_SUMMARY, clock.now())
    assert await run_reminders(sessionmaker, clock, FakeSender(clock)) == Tally()
    async with sessionmaker() as session:
        claimed = await session.scalar(select(func.count()).where(Reminder.claimed_by.is_not(None)))
    assert claimed == 0


async def test_listen_dispatch_403_ends_the_daily_chain_until_listen_is_opened(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await listen.set_daily(sessionmaker, now=clock.now(), user_id=1, chat_id=1, at=time(13))
    sender = FakeSender(clock)
    sender.failures[1] = Forbidden("Forbidden: bot was blocked by the user")
    clock.set(datetime(2026, 11, 25, 13, tzinfo=UTC))
    assert await run_reminders(sessionmaker, clock, sender) == Tally(blocked=1)
    async with sessionmaker() as session:
        assert await repo.pending_reminders(session, user_id=1) == []
    # The user is back and opens /listen: the daily reminder is queued again.
    await listen.get_view(sessionmaker, now=clock.now(), user_id=1, chat_id=1)
    async with sessionmaker() as session:
        [pending] = await repo.pending_reminders(session, user_id=1)
    assert pending.due_at == datetime(2026, 11, 26, 13, tzinfo=UTC)


async def test_listen_dispatch_retryable_error_releases_for_the_next_tick(
    sessionmaker: Sessions, clock: FakeClock
) -> None:
    await _reminder(sessionmaker, clock, ReminderKind.LISTEN_ONCE, clock.now())
    sender = FakeSender(clock)
    sender.failures[1] = TimedOut()
    assert await run_reminders(sessionmaker, clock, sender) == Tally(released=1)
    sender.failures.clear()
    assert await run_reminders(sessionmaker, clock, sender) == Tally(sent=1)


# --- Through PTB and the real handlers, with the Bot API stand-in as Telegram ------------------


@pytest_asyncio.fixture
async def app(
    api: StandIn, engine: AsyncEngine, clock: FakeClock, tmp_path: Path
) -> AsyncIterator[TendApp]:
    """The application in-process, started as production starts it, with the test's clock and
    without the timed jobs (tests tick them by hand)."""
    settings = Settings(
        telegram_bot_token=SecretStr(api.token),
        telegram_base_url=api.base_url,
        data_dir=tmp_path,
        database_url=engine.url.render_as_string(hide_password=False),
        rate_limiter=False,
        analyzer_workers=0,
    )
    async with running(build_application(settings, clock=clock, jobs=False)) as application:
        assert application.updater is not None
        await application.updater.start_polling(timeout=1, poll_interval=0.0)
        yield application


async def _command(user: SimUser, text: str, *, reply_to: BotMessage | None = None) -> BotMessage:
    await user.send(text, reply_to=reply_to)
    return await user.wait_for_reply()


async def _settings(app: TendApp, user: SimUser) -> NudgeSettings:
    async with app.bot_data.sessionmaker() as session:
        settings = await repo.get_nudge_settings(session, user_id=user.id)
    assert settings is not None
    return settings


async def test_nudges_screen_turn_on_asks_the_zone_and_the_answer_switches_on(
    app: TendApp, api: StandIn
) -> None:
    alice = api.user("Alice")
    screen = await _command(alice, "/nudges")
    assert "Status: off" in screen.text and "Time zone: not set yet" in screen.text
    assert screen.button_labels[0] == texts.BUTTON_TURN_ON
    await alice.press(screen, texts.BUTTON_TURN_ON)
    question = await alice.wait_for_reply()
    assert question.reply_markup == {
        "force_reply": True,
        "input_field_placeholder": "Chicago",
        "selective": True,
    }
    wrong = await _command(alice, "Middle Earth", reply_to=question)
    assert "I don't know the time zone “Middle Earth”" in wrong.text
    asked_again = await alice.wait_for_reply()  # asked again, so the next try is an answer
    assert asked_again.text == question.text
    done = await _command(alice, "berlin", reply_to=asked_again)
    assert done.text.startswith("Time zone set to Europe/Berlin. It's 13:00 there now.")
    # "Turn on" asked for the zone: the answer says that nudges are now on, and when.
    assert "Nudges are on at 20:00. The next one comes today at 20:00." in done.text
    assert "Status: on" in done.text and "Next nudge: today at 20:00" in done.text
    settings = await _settings(app, alice)
    assert (settings.enabled, settings.next_due_at) == (
        True,
        datetime(2026, 11, 25, 19, tzinfo=UTC),
    )


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("/nudges 21:15", "Got it: nudges at 21:15."),
        ("/nudges 25:00", "“25:00” isn't on the clock."),
        ("/nudges time", "What time suits you?"),
        ("/nudges zone Tokio", "Did you mean Tokyo?"),
        ("/nudges EST", "can mean more than one place"),
        ("/nudges UTC+2", "Time zone set to UTC+02:00."),
        ("/nudges weekdays", "Got it: a nudge on weekdays."),
        ("/nudges off", texts.TURNED_OFF),
        ("/nudges on", "One thing first: which time zone are you in?"),
        ("/nudges how often", texts.ASK_FREQUENCY),
    ],
)
async def test_nudges_command_arguments_get_a_friendly_answer(
    app: TendApp, api: StandIn, command: str, says: str
) -> None:
    answer = await _command(api.user("Bob"), command)
    assert _plain(says) in answer.text


async def test_nudge_buttons_done_another_and_pause_act_for_the_presser(
    app: TendApp, api: StandIn, clock: FakeClock
) -> None:
    carol = api.user("Carol")
    await _command(carol, "/nudges zone Berlin")
    await _command(carol, "/nudges on")
    clock.set(datetime(2026, 11, 25, 19, tzinfo=UTC))
    tally = await nudge_dispatch.dispatch(
        app.bot_data.sessionmaker,
        clock=clock,
        worker_id="test",
        grace=GRACE,
        send=scheduled.telegram_sender(app.bot),
    )
    assert tally == Tally(sent=1)
    nudge = await carol.wait_for_reply()
    assert nudge.button_labels == [texts.BUTTON_DONE, texts.BUTTON_ANOTHER, texts.BUTTON_PAUSE]
    assert all(len(data.encode()) <= 64 for row in nudge.buttons for _, data in row if data)

    assert (await carol.press(nudge, texts.BUTTON_DONE)).text == texts.done_ack(1)
    assert (await carol.press(nudge, texts.BUTTON_DONE)).text == texts.done_ack(1)
    await carol.press(nudge, texts.BUTTON_ANOTHER)
    other = await carol.wait_for_edit(nudge)
    assert other.text != nudge.text and other.buttons == nudge.buttons
    await carol.press(other, texts.BUTTON_PAUSE)
    paused = await carol.wait_for_reply()
    assert paused.text.startswith("Paused for a week. The next nudge comes Wed 2 Dec at 20:00.")

    # A press by someone else (a forged callback) is refused and changes nothing.
    dave = api.user("Dave")
    refused = await carol._press(dave.data, nudge, texts.BUTTON_DONE, 10.0)
    assert (refused.text, refused.show_alert) == (core_texts.NOT_YOURS, True)
    async with app.bot_data.sessionmaker() as session:
        done = await session.scalar(select(func.count()).where(NudgeDelivery.done_at.is_not(None)))
    assert done == 1


async def test_start_offer_opens_the_settings_screen(app: TendApp, api: StandIn) -> None:
    erin = api.user("Erin")
    await erin.send("/start")
    await erin.wait_for_reply()
    offer = await erin.wait_for_reply()
    await erin.press(offer, "Set up daily nudges")
    screen = await erin.wait_for_edit(offer)
    assert screen.text.startswith("Daily nudges") and texts.BUTTON_TURN_ON in screen.button_labels


async def test_listen_card_sets_a_reminder_and_the_daily_switch(
    app: TendApp, api: StandIn, clock: FakeClock
) -> None:
    fay = api.user("Fay")
    card = await _command(fay, "/listen")
    assert card.text.startswith("Listening without fixing")
    await fay.press(card, texts.BUTTON_REMIND_BEFORE_TALK)
    zone = await fay.wait_for_reply()  # "20:30" means nothing until Tend knows the zone
    assert zone.text == _plain(texts.ASK_ZONE)
    await _command(fay, "Berlin", reply_to=zone)
    await fay.press(card, texts.BUTTON_REMIND_BEFORE_TALK)
    question = await fay.wait_for_reply()
    assert question.text == _plain(texts.ASK_REMINDER_TIME)
    assert (
        await _command(fay, "20:30", reply_to=question)
    ).text == "I'll remind you today at 20:30."
    await fay.press(card, texts.BUTTON_DAILY_LISTEN_ON)
    pick = await fay.wait_for_reply()  # the time is the user's to pick, on the card
    assert pick.text == _plain(texts.ASK_DAILY_LISTEN_TIME)
    on = await _command(fay, "6pm", reply_to=pick)
    assert on.text.startswith("Daily listening reminder is on, at 18:00.")
    assert texts.BUTTON_DAILY_LISTEN_OFF in on.button_labels
    assert "Daily reminder: 18:00 · change" in on.button_labels
    closed = await fay.wait_for_edit(card)  # the older card: no stale buttons left
    assert closed.buttons == [] and "further down" in closed.text
    async with app.bot_data.sessionmaker() as session:
        pending = await repo.pending_reminders(session, user_id=fay.id)
    assert [(r.kind, r.due_at) for r in pending] == [
        (ReminderKind.LISTEN_DAILY, datetime(2026, 11, 25, 17, tzinfo=UTC)),
        (ReminderKind.LISTEN_ONCE, datetime(2026, 11, 25, 19, 30, tzinfo=UTC)),
    ]
    for due, message in [(17, texts.DAILY_LISTEN_MESSAGE), (19.5, texts.REMINDER_MESSAGE)]:
        clock.set(datetime(2026, 11, 25, tzinfo=UTC) + timedelta(hours=due))
        tally = await listen_dispatch.dispatch(
            app.bot_data.sessionmaker,
            clock=clock,
            worker_id="test",
            grace=GRACE,
            send=scheduled.telegram_sender(app.bot),
        )
        assert tally == Tally(sent=1)
        assert (await fay.wait_for_reply()).text == _plain(message)


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", text))
