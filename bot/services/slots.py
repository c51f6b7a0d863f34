"""Folding the user's concrete moment into a rewrite that carried a "[what happened]" slot."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import nlp
from bot.db import repository as repo
from bot.services.users import Sessions

MAX_ANSWER_CHARS = 200
# A question older than this is abandoned: the next message is a new draft, not an answer.
SLOT_TTL = timedelta(minutes=30)


def looks_like_a_moment(answer: str) -> bool:
    """A short answer with at least two words ("on Sunday"); "ok" or "👍" is not a moment."""
    return len(answer) <= MAX_ANSWER_CHARS and len(re.findall(r"\w+", answer)) >= 2


def fill(suggestion: str, answer: str) -> str:
    """Put the user's words in the slot, as a clause ("when …" stays readable)."""
    moment = answer.strip().rstrip(".!?…").strip()
    if moment[:1].isupper() and not moment.startswith(("I ", "I'")):
        moment = moment[0].lower() + moment[1:]
    return suggestion.replace(nlp.SLOT, moment, 1)


async def fill_pending(
    sessions: Sessions, *, now: datetime, user_id: int, answer: str
) -> str | None:
    """The completed rewrite if a slot question was waiting (and is now answered), else None."""
    async with sessions.begin() as session:
        pending = await repo.take_pending_slot(session, user_id=user_id)
    if pending is None or now - pending.created_at > SLOT_TTL or not answer.strip():
        return None
    return fill(pending.suggestion, answer)
