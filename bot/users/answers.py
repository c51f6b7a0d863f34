"""Answers typed the way people type them: a plain message (not a reply) shortly after Tend
asked for a time or a time zone, that reads as that answer ("Chicago", "8:30pm"), is the
answer — never a draft to check.

A reply to the question is handled by the question's own module (nudges, listen). Only a
text that could be an answer costs a database read here; any other draft goes straight on.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from telegram import Message, Update
from telegram.ext import MessageHandler, filters

from bot.context import TendContext
from bot.drafts import handlers as drafts
from bot.listen import handlers as listen
from bot.listen.reminder_time import parse_reminder
from bot.nudges import handlers as nudges
from bot.telegram.types import CallbackHandlers
from bot.users import conversation
from bot.users.timezones import InputError, names_a_zone, parse_time

# Answers are short: a longer text is a draft without any parsing (the draft path stays cheap).
MAX_ANSWER_WORDS = 4
# A word or two with no one addressed: an attempt at a place ("Chicgo", "CST"), not a draft.
_PLACE_ATTEMPT = re.compile(r"[^\W\d_][\w .'’/+-]{0,30}")
_ADDRESSING = re.compile(r"\b(?:you|your|you're|u|ur|i|i'm|me|my|we|us)\b", re.IGNORECASE)


def _is_time(text: str) -> bool:
    try:
        parse_time(text)
    except InputError:
        return False
    return True


def _is_zone(text: str) -> bool:
    return names_a_zone(text)


def _is_reminder(text: str) -> bool:
    try:
        parse_reminder(text, now=datetime.now(UTC), tz=UTC)
    except InputError:
        return False
    return True


def _tries_a_place(text: str) -> bool:
    words = text.split()
    return (
        len(words) <= 3
        and _PLACE_ATTEMPT.fullmatch(text.strip()) is not None
        and not _ADDRESSING.search(text)
    )


def answers(question: str, text: str) -> bool:
    """Whether `text` reads as the answer to Tend's `question` (a QUESTION_KEYS value)."""
    if question in {"time", "listen_daily"}:
        return _is_time(text)
    if question in {"zone", "zone_on"}:
        return _is_zone(text) or _tries_a_place(text)
    if question == "reminder":
        return _is_reminder(text)
    return False


class ReadsAsAnswer(filters.MessageFilter):
    """A plain text that would answer one of Tend's questions (no database needed to tell)."""

    def filter(self, message: Message) -> bool:
        text = (message.text or "").strip()
        if not text or len(text) > 40 or message.reply_to_message is not None:
            return False
        if len(text.split()) > MAX_ANSWER_WORDS:
            return False
        return _is_time(text) or _is_zone(text) or _tries_a_place(text) or _is_reminder(text)


async def on_maybe_answer(update: Update, ctx: TendContext) -> None:
    """The answer to Tend's open question if it reads as one; otherwise a draft as usual."""
    message, user = update.message, update.effective_user
    if message is None or message.text is None or user is None:
        return
    tend = ctx.tend
    question = await conversation.open_question(
        tend.sessionmaker, now=tend.clock.now(), user_id=user.id
    )
    if question is None or not answers(question, message.text.strip()):
        await drafts.on_draft(update, ctx)
        return
    await conversation.close_question(tend.sessionmaker, user_id=user.id)
    text = message.text.strip()
    if not await nudges.answer_question(update, ctx, question, text):
        await listen.answer_question(update, ctx, question, text)


MESSAGES: CallbackHandlers = [
    MessageHandler(nudges.PRIVATE_ANSWER & ReadsAsAnswer(), on_maybe_answer),
]
