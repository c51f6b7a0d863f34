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
from nlp.rewrite.feelings import is_feeling_word

# The plain feeling the minimal edit opens with (texts.EDIT_FEELING_PLAIN).
_PLAIN_FEELING = re.compile(r"^I've been feeling (?P<feeling>[\w' -]+?)\.$")
# What only points, at the start or the end of the sentence: "so …", "oh …", "… like it's
# nothing", "… again", "… as usual".
_LEAD = re.compile(r"^(?:(?:oh|so|wait|and|but|well|yeah|yes|ok|okay|right|wow)\b[,.!]*\s*)+", re.I)
# "I did notice you left the old pipe …": what was noticed is what happened.
_NOTICED = re.compile(r"^I (?:did |just |have |'ve )?notice[d]?(?: that)?\s+(?=(?:you|u)\b)", re.I)
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


_ABOUT_IT = re.compile(r"^I've been feeling (?P<feeling>[\w' -]+?) about it\.$")


def restated(before: str, sentence: str, last: str) -> tuple[str, bool] | None:
    """A flagged sentence that says what happened, with a feeling of the suggestion's own:
    the text, and whether it takes the place of `before` (the feeling said right before it)
    or of `last` (Tend's closing "I've been feeling X about it.", which then goes); None when
    no frame fits. Whether the result reads clean and fluent is for the caller to check."""
    plain = _PLAIN_FEELING.match(before.strip())
    if plain is not None:
        framed = in_frame(before, sentence) or as_asked(_bare(plain["feeling"], sentence), sentence)
        return (framed, True) if framed else None
    framed = after_own_feeling(before, sentence)
    if framed is not None:
        return framed, True
    closing = _ABOUT_IT.match(last.strip())
    if closing is None or own_feeling_said(before):
        return None
    feeling = closing["feeling"]
    framed = _as_cause(feeling, sentence) or as_asked(feeling, sentence)
    return (framed, False) if framed else None


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
# "you want to help but I didn't ask you to redo my CV": the feeling is not about the first
# half, and "I feel frustrated when you want to help" said it was.
_CONTRAST = re.compile(r"\b(?:but|though|although)\b", re.IGNORECASE)
_REASON = re.compile(r"\b(?:because|cos|coz|cause|'cause|bc)\b", re.IGNORECASE)
_SINGLE_QUOTED = re.compile(r"(?:^|\s)['‘][^'’]+['’](?:\s|$|[,.!?])")


def in_frame(feeling_sentence: str, sentence: str) -> str | None:
    """ "I've been feeling hurt." + "It's … at 4pm like it's nothing." -> "I feel hurt when
    it's … at 4pm.": the sentence, less what only points, as the feeling's cause; None when
    the sentence before is not the plain feeling or nothing is left."""
    found = _PLAIN_FEELING.match(feeling_sentence.strip())
    return _as_cause(found.group("feeling"), sentence) if found is not None else None


def _as_cause(feeling: str, sentence: str) -> str | None:
    """`in_frame` with the feeling's words given ("frustrated", "hurt about the cake")."""
    clause = plain_clause(sentence)
    if not clause or clause.split()[0].lower() not in _EVENT_OPENERS:
        return None
    if _REASON.search(clause) or _CONTRAST.search(clause):
        return None
    words = clause.split()
    feeling = _bare(feeling, clause)
    if _GOING_ON.match(clause) and feeling in FEEL_THAT:
        # "you're bailing on my sister's birthday dinner": what is going on takes "that"
        # ("I feel frustrated when you're bailing …" read as odd, set 24's reading).
        return f"I feel {feeling} that {clause}."
    past = any(grammar.is_past(w.strip(",")) for w in words[:6])
    verb = "felt" if past else "feel"
    return f"I {verb} {feeling} when {clause}."


# What is going on now: "you're bailing", "you are still at the pub".
_GOING_ON = re.compile(r"^(?:you're|youre|you are|ur|u r) (?:still |just |now )?\w+ing\b", re.I)
# Feelings that take a "that" clause ("frustrated that …"); "unheard that …" does not read.
FEEL_THAT = frozenset(
    {"frustrated", "upset", "hurt", "sad", "disappointed", "annoyed", "angry", "worried",
     "gutted", "embarrassed", "anxious", "stressed", "exhausted", "heartbroken"}
)  # fmt: skip


_DETERMINER = re.compile(r"^(?:your|ur|the|my|our|his|her|their|a|an)\s+", re.IGNORECASE)


def _bare(feeling: str, clause: str) -> str:
    """ "frustrated about your 45 mins" -> "frustrated" when the clause names it ("I feel
    frustrated about your 45 mins when you're 45 mins late" said it twice); what the
    clause does not say stays ("frustrated about the vape in your gym bag when you swore …")."""
    word, _, about = feeling.partition(" about ")
    if about and bare_phrase(about) in clause.lower():
        return word
    return feeling


def bare_phrase(phrase: str) -> str:
    """ "your 45 mins" -> "45 mins": lower case, without its determiner, to find a thing
    named in a sentence that says it its own way ("you're 45 mins late")."""
    return _DETERMINER.sub("", phrase.lower())


# The user's own report of asking or telling the partner ("I asked you this morning to pick up
# the cake …"), perhaps after a fact of theirs ("I'm 34 weeks pregnant and I asked you …").
# Read alone the model takes it for blame; it is what happened (blind sets 22 and 23: "I
# asked you to put the car seat in before the weekend" left out, "It's still in the box"
# kept, pointing at nothing).
_ASKED = re.compile(
    r"^(?:(?P<head>.+?),?\s+(?P<conj>and|but|so)\s+)?(?P<report>I (?:asked|told|reminded|"
    r"messaged|texted|called|rang|begged|showed) (?:you|u)\b.+)$",
    re.IGNORECASE,
)
_PARTNER_ANSWERS = re.compile(r"\band (?:you|u)\b", re.IGNORECASE)
# The user's own feeling, said alone: "I'm really frustrated.", "I'm so hurt!".
_OWN_FEELING = re.compile(
    r"^I(?:'?m| am) (?:(?:really|so|just|honestly|pretty|actually|very|quite|feeling|a bit)\s+)*"
    r"(?P<feeling>[a-z]+)\s*[.!]*$",
    re.IGNORECASE,
)


def as_asked(feeling: str, sentence: str) -> str | None:
    """ "I asked you to put the car seat in before the weekend." -> "I've been feeling
    frustrated since I asked you to put the car seat in before the weekend."; with the
    partner's answer in it ("… and you texted at 5:20 asking 'which cake?'") the feeling is
    the answer's: "I felt frustrated when I asked you …". A fact before the report stays
    first, as a sentence of its own ("I'm 34 weeks pregnant. I've been feeling …"). None
    when the sentence is no such report, or gives a reason or asks."""
    clause = _SYMBOLS.sub("", sentence.strip()).rstrip(" .!\u2026").strip()
    found = _ASKED.match(clause)
    if found is None or any(c in clause for c in "?!()[]") or _REASON.search(clause):
        return None
    report = _TAIL.sub("", found["report"]).strip(" ,;:-")
    if len(report.split()) < _MIN_CLAUSE + 1:
        return None
    if _PARTNER_ANSWERS.search(report):
        said = f"I felt {feeling} when {report}"
    else:
        said = f"I've been feeling {feeling} since {report}"
    head = (found["head"] or "").strip(" ,")
    if not head:
        return f"{said}."
    # A sentence of its own: after "…, but" the feeling read as the user's stance to the
    # model ("Priya, I am not trying to fight, but I felt …" came back flagged).
    return f"{head}. {said}."


def own_feeling_said(sentence: str) -> bool:
    """Whether the sentence is only the user's own feeling: "I'm really frustrated."."""
    found = _OWN_FEELING.match(sentence.strip())
    return found is not None and is_feeling_word(found["feeling"].lower())


def after_own_feeling(feeling_sentence: str, sentence: str) -> str | None:
    """ "I'm really frustrated." + "I asked you this morning to …" -> "I'm really frustrated:
    I asked you this morning to …": the user's feeling and what happened in one sentence,
    in their words; None unless the first is only their feeling and the second says what
    happened (an event, or their asking)."""
    if not own_feeling_said(feeling_sentence):
        return None
    clause = plain_clause(sentence)
    if not clause or clause.split()[0].lower() not in _EVENT_OPENERS:
        found = _ASKED.match(sentence.strip().rstrip(" .!\u2026"))
        if found is None or found["head"] or _REASON.search(sentence):
            return None
        clause = _TAIL.sub("", found["report"]).strip(" ,;:-")
    elif _REASON.search(clause):
        return None
    return f"{feeling_sentence.strip().rstrip('.! ')}: {clause}."


def plain_clause(sentence: str) -> str:
    """The sentence as a clause, less what only points ("so …", "… like it's nothing",
    "literally", "??", emoji), lower-cased at a plain opener; "" when under three words
    are left, or when it still asks or quotes."""
    clause = _NOTICED.sub("", _LEAD.sub("", sentence.strip()))
    clause = _SYMBOLS.sub("", clause).rstrip(" .!?\u2026").strip()
    clause = _TAIL.sub("", clause)
    clause = _POINTERS.sub("", clause).strip(" ,;:-")
    words = clause.split()
    quoted = any(c in clause for c in '"“”') or _SINGLE_QUOTED.search(clause)
    # A bracket or a "!" inside splits the sentence when it is parsed ("… stag weekend
    # (£640!!) without saying a word."): the part after it read alone as blame.
    inside = any(c in clause for c in "?!()[]")
    if len(words) < _MIN_CLAUSE or inside or quoted:
        return ""
    if words[0].lower() in _OPENERS:
        clause = words[0].lower() + clause[len(words[0]) :]
    if words[0].lower() == "its" and len(words) > 1 and words[1][:1].isdigit():
        clause = "it's" + clause[len(words[0]) :]  # "its 11:40 and …": texting for "it's"
    return clause


_MIN_CLAUSE = 3
# Emoji and other pictographs: "?? 🙃🙃".
_SYMBOLS = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F]+")
