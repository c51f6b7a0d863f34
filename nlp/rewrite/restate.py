"""A flagged sentence that says what happened, restated in the feeling's frame, not dropped.

When the learned model reads a sentence of the first suggestion alone as blame, the analyzer
tries the suggestion without it. Blind readers marked what that often cost: the sentence was
the one that said what happened ("It's the third day of Ramadan and you're eating crisps
right in front of me at 4pm like it's nothing."), and what was left ("I've been feeling
hurt. I'm not asking you to fast. …") had nothing for "it" to point at. Read as the cause
of the feeling said right before it ("I feel hurt when it's the third day of Ramadan and
you're eating crisps right in front of me at 4pm."), the same facts are no longer blame to
the model; the sentence goes only when that fails too.
"""

from __future__ import annotations

import re

from nlp.rewrite import grammar

# The plain feeling the minimal edit opens with (texts.EDIT_FEELING_PLAIN).
_PLAIN_FEELING = re.compile(r"^I've been feeling (?P<feeling>[\w' -]+?)\.$")
# What only points, at the start or the end of the sentence: "so …", "oh …", "… like it's
# nothing", "… again", "… as usual".
_LEAD = re.compile(r"^(?:(?:oh|so|wait|and|but|well|yeah|yes|ok|okay|right|wow)\b[,.!]*\s*)+", re.I)
_TAIL = re.compile(
    r"[,\s]*\b(?:like (?:it'?s|its|it is|that'?s) (?:nothing|normal|fine)|like (?:i|it) "
    r"(?:don'?t|doesn'?t) (?:matter|exist)|as usual|as always|again|every single time|"
    r"for the \w+ time)\W*$",
    re.IGNORECASE,
)
_POINTERS = re.compile(r"\b(?:literally|even|actually|seriously|honestly|really)\s+", re.I)
_FACT_WORDS = re.compile(r"[A-Za-z0-9£$€₹₦'’]+")
_MIN_NEW_WORDS = 2
_OPENERS = frozenset(
    {"it's", "its", "it", "you", "you're", "you've", "your", "the", "there", "there's", "we",
     "we're", "this", "that", "my", "our", "he", "she", "they", "his", "her", "their"}
)  # fmt: skip
_COMMON = frozenset(
    {"the", "a", "an", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with",
     "you", "your", "you're", "i", "me", "my", "it", "it's", "is", "are", "was", "were", "be",
     "that", "this", "have", "has", "had", "do", "did", "not", "just", "like", "again", "all"}
)  # fmt: skip


def carries_facts(sentence: str, rest: str) -> bool:
    """Whether a sentence holds what happened and the rest of the suggestion does not: a
    number, a name (a capital past the first word) or a day, and words of its own."""
    words = _FACT_WORDS.findall(sentence)
    hard = any(any(c.isdigit() for c in w) for w in words) or any(
        (w[:1].isupper() and w != "I" and not w.startswith("I'")) or w.lower() in _DAYS
        for w in words[1:]
    )
    seen = {w.lower() for w in _FACT_WORDS.findall(rest)}
    new = {w.lower() for w in words} - seen - _COMMON
    return hard and len(new) >= _MIN_NEW_WORDS


_DAYS = frozenset(
    {"today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "morning", "weekend", "birthday", "anniversary"}
)  # fmt: skip
# Only what happened takes the frame: the partner's act or a state of things, never the
# user's stance ("I'm not the one who …", "I'm done making dinner …") nor a reason given
# ("… because you can't be bothered"), which in the frame read as blame.
_EVENT_OPENERS = frozenset(
    {"you", "you've", "you're", "your", "it's", "its", "the", "there's", "there", "we", "our",
     "my", "we're", "we've", "u", "ur"}
)  # fmt: skip
_REASON = re.compile(r"\b(?:because|cos|coz|cause|'cause|bc)\b", re.IGNORECASE)
_SINGLE_QUOTED = re.compile(r"(?:^|\s)['‘][^'’]+['’](?:\s|$|[,.!?])")


def in_frame(feeling_sentence: str, sentence: str) -> str | None:
    """ "I've been feeling hurt." + "It's … at 4pm like it's nothing." -> "I feel hurt when
    it's … at 4pm.": the sentence, less what only points, as the feeling's cause; None when
    the sentence before is not the plain feeling or nothing is left."""
    found = _PLAIN_FEELING.match(feeling_sentence.strip())
    clause = plain_clause(sentence)
    if found is None or not clause or clause.split()[0].lower() not in _EVENT_OPENERS:
        return None
    if _REASON.search(clause):
        return None
    words = clause.split()
    past = any(grammar.is_past(w.strip(",")) for w in words[:6])
    verb = "felt" if past else "feel"
    return f"I {verb} {found.group('feeling')} when {clause}."


def plain_clause(sentence: str) -> str:
    """The sentence as a clause, less what only points ("so …", "… like it's nothing",
    "literally", "??", emoji), lower-cased at a plain opener; "" when under three words
    are left, or when it still asks or quotes."""
    clause = _LEAD.sub("", sentence.strip())
    clause = _SYMBOLS.sub("", clause).rstrip(" .!?\u2026").strip()
    clause = _TAIL.sub("", clause)
    clause = _POINTERS.sub("", clause).strip(" ,;:-")
    words = clause.split()
    quoted = any(c in clause for c in '"“”') or _SINGLE_QUOTED.search(clause)
    if len(words) < _MIN_CLAUSE or "?" in clause or quoted:
        return ""
    if words[0].lower() in _OPENERS:
        clause = words[0].lower() + clause[len(words[0]) :]
    return clause


_MIN_CLAUSE = 3
# Emoji and other pictographs: "?? 🙃🙃".
_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+")
