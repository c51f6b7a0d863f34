"""Folding the user's concrete moment into a rewrite that carried a "[what happened]" slot."""

from __future__ import annotations

import re
from datetime import timedelta

import nlp

MAX_ANSWER_CHARS = 200
# A plain message answers the question only this soon after it (and only as the very next
# message); a reply to the rewrite answers it for as long as the question is kept.
ANSWER_WINDOW = timedelta(minutes=2)
# A question older than this is abandoned, even for a reply.
SLOT_TTL = timedelta(minutes=30)
MAX_PLAIN_ANSWER_WORDS = 16
# How a moment begins ("on Sunday", "when you left", "last night"): with one of these, a
# sentence that mentions the partner is still an answer, not a new draft.
_MOMENT_OPENERS = re.compile(
    r"(?:on|at|in|during|after|before|since|when|while|last|yesterday|today|tonight|this|that"
    r"|the|earlier|this morning|every|each)\b",
    re.IGNORECASE,
)
_ADDRESSING = re.compile(r"\b(?:you|your|you're|youre|u|ur|yours)\b", re.IGNORECASE)
# Words that tie a folded moment to the sentence; an answer starting with a preposition of
# its own would double it ("since on my birthday").
_JOINERS = {"since", "about", "after", "before"}
_LEADING_PREPOSITION = re.compile(r"(?:on|at|in|from|about|since)\s+", re.IGNORECASE)


def looks_like_a_moment(answer: str) -> bool:
    """A short answer with at least two words ("on Sunday"); "ok" or "👍" is not a moment."""
    return len(answer) <= MAX_ANSWER_CHARS and len(re.findall(r"\w+", answer)) >= 2


def reads_as_a_draft(answer: str) -> bool:
    """A message to the partner rather than a moment: a question, a long sentence, or one that
    speaks to "you" without starting like a moment ("I'm done, can you do the laundry?")."""
    text = answer.strip()
    if "?" in text or len(re.findall(r"\w+", text)) > MAX_PLAIN_ANSWER_WORDS:
        return True
    return _ADDRESSING.search(text) is not None and not _MOMENT_OPENERS.match(text)


def fill(suggestion: str, answer: str) -> str:
    """Put the user's words in the slot so the sentence still reads: "since on my birthday,
    when you forgot" becomes "since my birthday, when you forgot"."""
    moment = answer.strip().rstrip(".!?…").strip()
    if moment[:1].isupper() and not moment.startswith(("I ", "I'")):
        moment = moment[0].lower() + moment[1:]
    before, _, _ = suggestion.partition(nlp.SLOT)
    joiner = before.rstrip().rsplit(" ", 1)[-1].lower() if before.strip() else ""
    if joiner in _JOINERS:
        moment = _LEADING_PREPOSITION.sub("", moment, count=1)
    if joiner in {"since", "when"} and moment.lower().startswith("when "):
        moment = moment[5:]
    return suggestion.replace(nlp.SLOT, moment, 1)
