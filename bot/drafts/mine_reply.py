""" "Make it mine": the two questions and the composed message (pure formatting)."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

import nlp
from bot.drafts import callbacks

ASK_FEELING = "<b>What are you feeling?</b>\nPick the word closest to it."
ASK_FEELING_OWN = "<b>What are you feeling?</b>\nYour own word is first."
ASK_HELP = "<b>What would help?</b>\nFeeling: <i>{feeling}</i>"
RESULT = (
    "<b>In your words:</b>\n\n<pre>{text}</pre>\n\n"
    "<i>Change anything you like before you send it.</i>"
)
BUTTON_RESTART = "↺ Start over"
UNAVAILABLE = "This one is advice for them: the suggestions above fit it better."
FEELINGS_PER_ROW = 3


def feeling_question(check_id: int, mine: nlp.Mine) -> tuple[str, InlineKeyboardMarkup]:
    """The first question: the feelings, the user's own word first."""
    buttons = [
        InlineKeyboardButton(word, callback_data=callbacks.mine(check_id, i))
        for i, word in enumerate(mine.feelings)
    ]
    rows = [buttons[i : i + FEELINGS_PER_ROW] for i in range(0, len(buttons), FEELINGS_PER_ROW)]
    text = ASK_FEELING_OWN if mine.own_feeling else ASK_FEELING
    return text, InlineKeyboardMarkup(rows)


def ask_question(check_id: int, mine: nlp.Mine, feeling: int) -> tuple[str, InlineKeyboardMarkup]:
    """The second question: the asks that fit the draft, "just to be heard" last."""
    rows = [
        [InlineKeyboardButton(ask.label, callback_data=callbacks.mine(check_id, feeling, i))]
        for i, ask in enumerate(mine.asks)
    ]
    word = mine.feelings[feeling % len(mine.feelings)]
    return ASK_HELP.format(feeling=html.escape(word, quote=False)), InlineKeyboardMarkup(rows)


def result(check_id: int, composed: str) -> tuple[str, InlineKeyboardMarkup]:
    """The composed message to copy, with a way to choose again."""
    restart = InlineKeyboardButton(BUTTON_RESTART, callback_data=callbacks.mine_restart(check_id))
    text = RESULT.format(text=html.escape(composed, quote=False))
    return text, InlineKeyboardMarkup([[restart]])
