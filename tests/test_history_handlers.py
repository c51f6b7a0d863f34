"""/history through the real handlers: the application in-process, the Bot API stand-in as
Telegram, a fake clock, and the test databases (SQLite and PostgreSQL).

The application starts as production starts it (`bot.app.running`), with the test's clock;
drafts are seeded straight into the database.
"""

from __future__ import annotations

import re
import struct
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
import pytest_asyncio
from bot_database import record_check
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import InlineKeyboardMarkup

from bot.app import build_application, running
from bot.clock import FakeClock
from bot.config import Settings
from bot.context import TendApp
from bot.db import repository as repo
from bot.db.models import ReminderKind
from bot.history import job as weekly
from bot.history import texts as t
from bot.history.handlers import PATTERN, hint_keyboard, menu_keyboard, picker_keyboard
from bot.history.settings import HistorySettings
from bot.outbox import Tally
from bot.telegram import scheduled
from standin import StandIn
from standin.users import SimUser
from standin.views import BotMessage

Sessions = async_sessionmaker[AsyncSession]
SETTINGS = HistorySettings("UTC", False, 6, time(19), True, False)
ACTIONS = re.compile(r"h:(w:(on|off|pick|menu|d:[0-6]|t:[0-2]\d[0-5]\d)|t:(on|off):[mh])")


class Found:
    """Stands in for nlp.Pattern: storage reads `category` and `text`."""

    def __init__(self, category: str, text: str) -> None:
        self.category, self.text = category, text


NEVER = Found("absolute", "you never")
SNEER = Found("contempt", "pathetic")


# Keyboards --------------------------------------------------------------------------------------


def _data(markup: InlineKeyboardMarkup) -> list[str]:
    return [str(b.callback_data) for row in markup.inline_keyboard for b in row]


@pytest.mark.parametrize(
    "markup",
    [
        menu_keyboard(SETTINGS),
        menu_keyboard(HistorySettings("UTC", True, 0, time(8), False, True)),
        picker_keyboard(SETTINGS),
        hint_keyboard(True),
        hint_keyboard(False),
    ],
    ids=["menu-off", "menu-on", "picker", "hint", "hint-stopped"],
)
def test_history_keyboards_carry_short_actions_without_ids(markup: InlineKeyboardMarkup) -> None:
    data = _data(markup)
    assert data
    for item in data:
        assert re.match(PATTERN, item) and len(item.encode()) <= 64
        assert ACTIONS.fullmatch(item), item  # an action and a choice: never an id


def test_menu_keyboard_offers_the_therapy_switch_only_after_a_hint() -> None:
    assert [b.text for row in menu_keyboard(SETTINGS).inline_keyboard for b in row] == [
        t.BUTTON_WEEKLY_ON
    ]
    seen = HistorySettings("UTC", True, 4, time(20), True, True)
    labels = [b.text for row in menu_keyboard(seen).inline_keyboard for b in row]
    assert labels == ["Weekly: Fri 20:00 · change", t.BUTTON_WEEKLY_OFF, t.BUTTON_THERAPY_OFF]


def test_picker_keyboard_ticks_the_choice_only_while_on() -> None:
    def ticked(settings: HistorySettings) -> list[str]:
        rows = picker_keyboard(settings).inline_keyboard
        return [b.text for row in rows for b in row if b.text.startswith(t.CHOSEN_MARK)]

    assert ticked(SETTINGS) == []
    assert ticked(HistorySettings("UTC", True, 6, time(19), True, False)) == ["✓ Sun", "✓ 19:00"]


# Through the stand-in ---------------------------------------------------------------------------


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


def _sessions(app: TendApp) -> Sessions:
    return app.bot_data.sessionmaker


async def _seed(app: TendApp, user: SimUser, *checks: tuple[datetime, list[Found]]) -> None:
    async with _sessions(app).begin() as session:
        for when, found in checks:
            await record_check(
                session, user_id=user.id, chat_id=user.id, now=when, flagged=True, patterns=found
            )


async def _command(user: SimUser, text: str) -> BotMessage:
    await user.send(text)
    return await user.wait_for_reply()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def test_history_empty_then_text_chart_and_weekly_picker(
    app: TendApp, api: StandIn, clock: FakeClock
) -> None:
    alice = api.user("Alice")
    empty = await _command(alice, "/history")
    assert "Nothing here yet" in empty.text
    assert empty.button_labels == [t.BUTTON_WEEKLY_ON]
    assert [m.photo for m in alice.transcript if m.photo] == []

    now = clock.now()
    await _seed(app, alice, *((now - timedelta(days=d), [NEVER]) for d in (0, 2, 9, 20)))
    summary = await _command(alice, "/history")
    assert t.HISTORY_TITLE in summary.text and "2 drafts checked: 2 flagged" in summary.text
    chart = await alice.wait_for_reply()
    assert chart.photo is not None and _png_size(chart.photo.data) == (1080, 1080)
    assert chart.text.startswith(t.CAPTION_WEEKS)

    answer = await alice.press(summary, t.BUTTON_WEEKLY_ON)
    assert answer.text == t.weekly_on(6, time(19), "UTC")
    picker = await alice.wait_for_edit(summary)
    assert {"✓ Sun", "✓ 19:00"} <= set(picker.button_labels)
    assert picker.text == summary.text  # only the buttons change

    await alice.press(picker, "Fri")
    picker = await alice.wait_for_edit(picker)
    assert (await alice.press(picker, "20:00")).text == t.weekly_on(4, time(20), "UTC")
    picker = await alice.wait_for_edit(picker)
    await alice.press(picker, t.BUTTON_PICKER_DONE)
    menu = await alice.wait_for_edit(picker)
    assert menu.button_labels == ["Weekly: Fri 20:00 · change", t.BUTTON_WEEKLY_OFF]
    async with _sessions(app).begin() as session:
        pending = await repo.pending_reminders(
            session, user_id=alice.id, kind=ReminderKind.WEEKLY_SUMMARY
        )
    assert [r.due_at for r in pending] == [datetime(2026, 11, 27, 20, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("/history weekly sun 25:00", "isn't on the clock"),
        ("/history weekly mon tue", "One day a week"),
        ("/history weekly sunday 7pm", "Weekly summary on: Sundays at 19:00 (UTC time)."),
        ("/history weekly off", t.WEEKLY_OFF),
        ("/history weekly", "on the day and at the time you pick (UTC time)"),
        ("/history please", "/history on its own shows your drafts over time."),
    ],
)
async def test_history_command_arguments_get_a_friendly_answer(
    app: TendApp, api: StandIn, command: str, says: str
) -> None:
    answer = await _command(api.user("Bob"), command)
    assert says in answer.text


async def test_history_therapy_hint_comes_once_and_can_be_stopped(
    app: TendApp, api: StandIn, clock: FakeClock
) -> None:
    carol = api.user("Carol")
    await _command(carol, "/history")  # first contact creates the user
    now = clock.now()
    await _seed(app, carol, *((now - timedelta(days=d), [SNEER]) for d in range(0, 28, 3)))

    await _command(carol, "/history")
    await carol.wait_for_reply()  # the chart
    hint = await carol.wait_for_reply()
    assert "couples therapist" in hint.text
    assert hint.button_labels == [t.THERAPY_STOP_BUTTON]
    answer = await carol.press(hint, t.THERAPY_STOP_BUTTON)
    assert answer.text == t.THERAPY_STOPPED
    assert (await carol.wait_for_edit(hint)).button_labels == [t.THERAPY_RESUME_BUTTON]

    again = await _command(carol, "/history")
    assert again.button_labels[-1] == t.BUTTON_THERAPY_ON
    await carol.wait_for_reply()  # the chart, and no second hint
    await api.wait_idle()
    assert sum("couples therapist" in m.text for m in carol.transcript) == 1


async def test_weekly_summary_goes_out_through_the_bot_api(
    app: TendApp, api: StandIn, clock: FakeClock
) -> None:
    dan = api.user("Dan")
    await _command(dan, "/history weekly wed 19:00")
    await _seed(app, dan, (clock.now(), [NEVER]))
    clock.set(datetime(2026, 11, 25, 19, 0, 30, tzinfo=UTC))
    tally = await weekly.dispatch(
        _sessions(app),
        clock=clock,
        worker_id="test",
        grace=timedelta(hours=2),
        send=scheduled.telegram_sender(app.bot),
    )
    assert tally == Tally(sent=1)
    summary = await dan.wait_for_reply()
    assert summary.text.startswith(t.WEEKLY_TITLE)
    assert "1 draft checked: 1 flagged, 0 clean." in summary.text
