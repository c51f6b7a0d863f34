"""Every user-facing nudge and /listen string: valid Telegram HTML, escaped input, no streaks."""

from __future__ import annotations

import re
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.nudges import texts
from bot.nudges.catalogue import THEMES, Nudge, default_catalogue
from bot.nudges.schedule import FREQUENCIES, Frequency

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2024, 7, 10, 18, 5, tzinfo=BERLIN)  # Wednesday
HOSTILE = "<b>bold</b> & <a href='x'>"
TAG = re.compile(r"<(/?)([a-z]+)>")
ENTITY = re.compile(r"&(?:lt|gt|amp|quot|#\d+);")


def assert_telegram_html(text: str) -> None:
    """Only <b> and <i>, properly nested; no stray < > &; within Telegram's length limit."""
    stack: list[str] = []
    for closing, tag in TAG.findall(text):
        assert tag in {"b", "i"}, f"tag <{tag}> in {text!r}"
        if closing:
            assert stack and stack.pop() == tag, f"unbalanced </{tag}> in {text!r}"
        else:
            stack.append(tag)
    assert not stack, f"unclosed {stack} in {text!r}"
    bare = ENTITY.sub("", TAG.sub("", text))
    assert not set("<>&") & set(bare), text
    assert 0 < len(text) <= 4096


CONSTANTS = {
    name: value
    for name, value in vars(texts).items()
    if name.isupper() and not name.startswith("_") and isinstance(value, str)
}
RENDERED = {
    "settings-on": texts.settings_screen(
        enabled=True,
        local_time=time(20),
        zone_name="America/New_York",
        frequency=Frequency.THREE_WEEKLY,
        next_local=NOW.replace(hour=20, minute=0),
        now_local=NOW,
        paused=False,
        done_count=12,
    ),
    "settings-off": texts.settings_screen(
        enabled=False,
        local_time=time(8, 5),
        zone_name=None,
        frequency=Frequency.DAILY,
        next_local=None,
        now_local=NOW,
        paused=False,
        done_count=0,
    ),
    "paused": texts.paused_ack(NOW.replace(day=18, hour=20), NOW),
    "paused-unknown-next": texts.paused_ack(None, NOW),
    "time-set": texts.time_set(time(7, 5)),
    "zone-set": texts.zone_set("America/Sao_Paulo", NOW),
    "frequency-set": texts.frequency_set(Frequency.THREE_WEEKLY),
    "daily-listen-on": texts.daily_listen_on(time(19, 30)),
    "turned-on": texts.turned_on(NOW.replace(hour=20), NOW),
    "reminder-set": texts.reminder_set(NOW.replace(day=11, hour=9), NOW),
    "reminder-in-past": texts.reminder_in_past(NOW.replace(hour=17)),
    "reminder-too-far": texts.reminder_too_far(7),
    "time-not-understood": texts.time_not_understood(HOSTILE),
    "time-out-of-range": texts.time_out_of_range(HOSTILE),
    "zone-not-understood": texts.zone_not_understood(HOSTILE, None),
    "zone-suggestion": texts.zone_not_understood(HOSTILE, "Berlin & <Co>"),
    "zone-abbreviation": texts.zone_abbreviation(HOSTILE, "New York"),
    "offset-out-of-range": texts.offset_out_of_range(HOSTILE),
    "reminder-not-understood": texts.reminder_not_understood(HOSTILE * 10),
    "done-first": texts.done_ack(1),
    "done-many": texts.done_ack(250),
    "nudge-hostile": texts.nudge_message(Nudge("x", "repair", HOSTILE)),
}
ALL_TEXTS = {**CONSTANTS, **RENDERED}


@pytest.mark.parametrize("text", ALL_TEXTS.values(), ids=ALL_TEXTS.keys())
def test_texts_are_telegram_html_and_never_bossy(text: str) -> None:
    assert_telegram_html(text)
    assert not re.search(r"\b(should|must|streak|failed|missed)\b", text, re.IGNORECASE)


@pytest.mark.parametrize("nudge", default_catalogue().nudges, ids=lambda n: n.key)
def test_nudge_message_shows_the_theme_and_the_text(nudge: Nudge) -> None:
    message = texts.nudge_message(nudge)
    assert_telegram_html(message)
    assert message == f"<b>{texts.THEME_TITLES[nudge.theme]}</b>\n{nudge.text}"


def test_texts_escape_and_shorten_what_the_user_typed() -> None:
    message = texts.reminder_not_understood(HOSTILE * 10)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;" in message
    assert "…" in message and HOSTILE * 2 not in message


def test_texts_cover_every_theme_and_frequency() -> None:
    assert set(texts.THEME_TITLES) == set(THEMES)
    assert set(texts.FREQUENCY_LABELS) == set(FREQUENCIES)
    assert all(texts.frequency_set(f).startswith("Got it: a nudge") for f in FREQUENCIES)


def test_nudge_buttons_read_as_specified() -> None:
    assert (texts.BUTTON_DONE, texts.BUTTON_ANOTHER, texts.BUTTON_PAUSE) == (
        "Done ✓",
        "Another idea",
        "Pause",
    )


@pytest.mark.parametrize("count", [1, 2, 7, 30, 31, 365, 1000])
def test_done_ack_count_only_grows(count: int) -> None:
    message = texts.done_ack(count)
    assert ("first" in message) if count == 1 else (str(count) in message)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (NOW.replace(hour=20, minute=30), "today at 20:30"),
        (NOW.replace(day=11, hour=8, minute=0), "tomorrow at 08:00"),
        (NOW.replace(day=15, hour=20, minute=0), "Mon 15 Jul at 20:00"),
        (NOW.replace(month=12, day=31, hour=23, minute=59), "Tue 31 Dec at 23:59"),
    ],
)
def test_when_names_the_day_in_plain_words(target: datetime, expected: str) -> None:
    assert texts.when(target, NOW) == expected


def test_settings_screen_shows_the_choices() -> None:
    screen = RENDERED["settings-on"]
    for fragment in (
        "<b>on</b>",
        "20:00",
        "America/New York",
        "Mon, Wed and Fri",
        "today at 20:00",
    ):
        assert fragment in screen
    assert "Small things done: 12" in screen
    off = RENDERED["settings-off"]
    assert "<b>off</b>" in off and "not set yet" in off and "Next nudge" not in off


def test_frequency_set_keeps_day_names_capitalised() -> None:
    assert RENDERED["frequency-set"] == "Got it: a nudge on Mon, Wed and Fri."


def test_zone_set_shows_the_local_clock_to_catch_a_wrong_pick() -> None:
    assert "It's 18:05 there now." in RENDERED["zone-set"]


def test_listen_card_covers_the_four_habits() -> None:
    card = texts.LISTEN_CARD.lower()
    for habit in (
        "reflect back",
        "validate",
        "do you want ideas, or just an ear",
        "hold the advice",
    ):
        assert habit in card
