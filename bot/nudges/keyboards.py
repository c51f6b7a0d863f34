"""Keyboards for nudges, the /nudges settings screen and the /listen card.

Callback data all start with "n:"; bot/nudges/handlers.py and bot/listen/handlers.py parse them
and check that the pressed message belongs to the presser.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.listen.service import ListenView
from bot.nudges import texts
from bot.nudges.schedule import FREQUENCIES
from bot.nudges.service import NudgeView

# The /listen card's callback data; every other "n:" press is a nudge or /nudges button. The two
# patterns never both match, so the order handlers are registered in does not matter.
_LISTEN_DATA: Final = r"(?:remind|listen:.*)"
LISTEN_PATTERN: Final = rf"^n:{_LISTEN_DATA}$"
NUDGES_PATTERN: Final = rf"^n:(?!{_LISTEN_DATA}$)"


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


def nudge_keyboard(delivery_id: int) -> InlineKeyboardMarkup:
    """The buttons under a nudge: Done ✓, Another idea, Pause."""
    return InlineKeyboardMarkup(
        [
            [_button(texts.BUTTON_DONE, f"n:done:{delivery_id}")],
            [
                _button(texts.BUTTON_ANOTHER, f"n:more:{delivery_id}"),
                _button(texts.BUTTON_PAUSE, f"n:pause:{delivery_id}"),
            ],
        ]
    )


def settings_keyboard(view: NudgeView, now: datetime) -> InlineKeyboardMarkup:
    """The buttons under the /nudges settings screen (on/off, time, zone, how often, pause)."""
    switch = (
        _button(texts.BUTTON_TURN_OFF, "n:off")
        if view.enabled
        else _button(texts.BUTTON_TURN_ON, "n:on")
    )
    rows = [
        [switch],
        [_button(texts.BUTTON_TIME, "n:time"), _button(texts.BUTTON_ZONE, "n:zone")],
        [_button(texts.BUTTON_FREQUENCY, "n:freq")],
    ]
    if view.enabled and view.paused(now):
        rows.append([_button(texts.BUTTON_RESUME, "n:resume")])
    elif view.enabled:
        rows.append([_button(texts.BUTTON_PAUSE_WEEK, "n:pause")])
    return InlineKeyboardMarkup(rows)


def frequency_keyboard() -> InlineKeyboardMarkup:
    """One button per frequency (daily, weekdays, Mon/Wed/Fri)."""
    return InlineKeyboardMarkup(
        [[_button(texts.FREQUENCY_LABELS[f], f"n:f:{f}")] for f in FREQUENCIES]
    )


def listen_keyboard(view: ListenView) -> InlineKeyboardMarkup:
    """The buttons under the /listen card: remind me before a talk; daily reminder on/off."""
    rows = [[_button(texts.BUTTON_REMIND_BEFORE_TALK, "n:remind")]]
    if view.daily_time is None:
        rows.append([_button(texts.BUTTON_DAILY_LISTEN_ON, "n:listen:on")])
    else:
        change = texts.BUTTON_DAILY_LISTEN_TIME.format(time=texts.clock(view.daily_time))
        rows.append([_button(change, "n:listen:time")])
        rows.append([_button(texts.BUTTON_DAILY_LISTEN_OFF, "n:listen:off")])
    return InlineKeyboardMarkup(rows)
