"""Folding the user's concrete moment into a rewrite that carried a "[what happened]" slot."""

from __future__ import annotations

import re
from datetime import timedelta

import nlp

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
