"""The other sentences of a flagged draft, read for blame by their form, not kept by default.

Blind readers found the first suggestion's blame mostly in sentences no rule flags, kept as
written beside the rewritten complaint: "is the hook invisible to you or something", "your
job is more important than us", "it's like talking to a wall". Each says how the writer reads
the partner, not what happened, so the suggestion leaves it out; the feeling it carries is
already said in the rewritten complaint.

The learned blame model was tried as the reader first, at a lower threshold for sentences
inside a flagged draft: on the rewrite set's train rows its sentence scores did not tell
these sentences from the plain facts around them ("Your mother rang." scored higher than
"You hate everything I like."), so the form is read here instead.

A sentence that holds a number, a time or a name is never left out for its form alone: the
facts of a draft matter as much as its blame (a trial that dropped side sentences lost "home
all day" and "twice now").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.rewrite import grammar, jabs
from nlp.rewrite.reading import split_clauses

# Questions typed without a question mark still open like one: "is the hook invisible to you
# or something", "are your arms broken or what".
_ASKING_VERBS = frozenset(
    {"is", "are", "am", "was", "were", "r", "do", "does", "did", "have", "has", "can", "could",
     "will", "would", "should"}
)  # fmt: skip
_ASKED_ABOUT = frozenset(
    {"i", "you", "u", "ur", "your", "my", "the", "this", "that", "it", "we", "he", "she", "they"}
)  # fmt: skip
# "Could you …", "Can you …", "Will you …": a question that asks for something stays.
_ASKS_FOR = frozenset({"can", "could", "will", "would"})
# In a question beside a complaint these only point: "Is your phone just for decoration?",
# "Do you even know where the bins go?".
_POINTING = frozenset(
    {"just", "even", "actually", "seriously", "really", "honestly", "ever", "literally"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# "that boring", "so busy": the tags a degree word asks about (the parser often reads
# "that" before them as a subject).
_DEGREE_OF = frozenset({"JJ", "JJR", "VBG", "VBN", "RB"})
_ABOUT_US = jabs.PARTNER | {"your", "ur", "i", "am"}
# "… or something", "… or what": the tail that turns a sentence about us into a jab.
_MOCK_TAIL = re.compile(r"\bor (?:something|what|anything|sth|smth|summat)\W*$", re.IGNORECASE)
# "Do you think electricity is free?": asking what the partner thinks, beside a complaint,
# tells them.
_DO_YOU_THINK = re.compile(r"^(?:do|d'|did) ?(?:you|u) (?:really |honestly )?think\b", re.I)
# The partner's priorities, said for them: a verdict on what they value, not what they did.
_PRIORITIES = re.compile(
    r"\b(?:more|less) important(?: to (?:you|u))? than\b"
    r"|\bmatters? (?:more|less)(?: to (?:you|u))? than\b"
    r"|\bmeans? (?:nothing|more) to (?:you|u)\b"
    r"|\b(?:not|never) (?:a|your) priority\b"
    r"|\b(?:you|u)(?:'d| would) rather\b"
    r"|\b(?:always )?comes? (?:first|before (?:me|us))\b"
    r"|\b(?:chose|choose|chooses|pick|picked|picks|put|puts) [^.!?]{1,40}? "
    r"(?:over|before|ahead of) (?:me|us)\b"
    r"|\bwhere i stand\b"
    r"|\b(?:i|we) (?:don'?t|do not) (?:even )?(?:matter|exist)\b",
    re.IGNORECASE,
)
# Put-downs said as idioms and stock dismissals: nothing that happened is in them.
_DISMISSALS = re.compile(
    r"\blike (?:talking to|living with|dealing with|being married to) (?:a|an)\b"
    r"|^must be (?:nice|lovely|great|fun)(?: (?:being|to be) (?:you|u))?\W*$"
    r"|\bnot (?:exactly )?rocket science\b"
    r"|\bnot (?:like (?:it'?s|its|it is) )?(?:that |so |exactly )?(?:hard|difficult)\W*$"
    r"|^it only (?:counts|matters)\b"
    r"|^as if\b"
    r"|^(?:i )?guess (?:i'm|im|i am|i don'?t|we're|we are)\b"
    r"|^so much for\b"
    r"|\b(?:heard|seen) it all before\b"
    r"|\b(?:you|u) (?:should|can|could) [^.!?]{1,40} then\W*$"
    r"|^(?:i )?(?:honestly |just )?can'?t believe (?:you|u|this|it|that)\W*$",
    re.IGNORECASE,
)
# The partner's character summed up: "You hate everything I like", "you never think about
# anyone but yourself", "You sound exactly like your father". A present-tense rule about
# them, or a likeness, where what happened is a single act.
_SUMMED_UP = re.compile(
    r"\b(?:you|u)(?: (?:never|always|just|don'?t|do not))? (?:\w+ )?(?:about )?"
    r"(?:everything|nothing|anything|anyone|everyone|anybody|everybody|nobody)\b"
    r"|\b(?:you|u)(?:'re| are| sound| act| behave| look)(?: exactly| just)? like "
    r"(?:your|ur|a|an)\b",
    re.IGNORECASE,
)
# A lone word of mock cheer beside the complaint ("You applied. Great."). A list of its own,
# not minimal.py's sarcastic openers: those hold "oh", "k", "thx", which alone beside a
# complaint may be a real reply, and lack "awesome", "charming", "marvellous".
_MOCK_CHEER = frozenset(
    {"great", "brilliant", "lovely", "perfect", "wonderful", "fantastic", "nice", "cool",
     "classic", "typical", "whatever", "sure", "fine", "wow", "thanks", "cheers", "super",
     "amazing", "awesome", "charming", "marvellous"}
)  # fmt: skip
_MOCK_CHEER_MAX = 2
# Stings a blind reader found kept beside the rewritten complaint (fresh_rewrites sets 2-10),
# by form, each a shape many drafts share: a challenge ("if you want X, just say it", "have
# the guts to"), being done or not being a fool ("I'm done being the bad guy", "I'm not
# stupid", "I am not your employee"), an excuse refused before it is made ("busy isn't gonna
# cut it", "spare me that"), sarcastic hope, praise or thanks ("Hope Ultimate Team was worth
# it", "Wicked nice of you", "Lovely to be consulted", "Really appreciate it", "clap clap"),
# expectation given up ("I should not expect anything"), trust withdrawn ("I can't trust you
# with anything"), a knowing verdict ("You knew.", "You know good and well …"), a verdict on
# effort ("really shows how much effort you put in"), "it isn't complicated", "I mean it this
# time". They say how the writer reads the partner, never what happened; a name in them
# ("Ultimate Team") points back at a fact the draft says elsewhere, so only a number keeps one.
_STOCK_STINGS = re.compile(
    r"^if (?:you|u) (?:still |really |just |actually )?(?:want|wanna|would rather|'d rather|prefer)"
    r"\b[^.!?]*\b(?:say (?:it|so)|tell me|admit it|be honest|have the guts)\b"
    r"|\bhave the (?:guts|decency|balls|nerve) to\b"
    r"|^(?:and )?(?:i'?m|im|i am) (?:so |just |officially )?(?:done|finished|through|tired of) "
    r"(?:being|playing|with being)\b"
    r"|^(?:and )?(?:i'?m|im|i am) not (?:a |an |your )?(?:stupid|idiot|fool|moron|blind|thick|dumb"
    r"|mind ?reader|child|kid)\b"
    r"|^(?:and )?(?:i'?m|im|i am) not (?:your|ur) \w+\W*(?:\w+\W*)?$"
    r"|\b(?:isn'?t|is not|aren'?t|are not|ain'?t|won'?t|will not|not) (?:gonna |going to )?"
    r"(?:cut it|fly|wash)\b"
    r"|^if (?:you|u) [^.!?]{1,40}, (?:just |then )?(?:say (?:it|so)|tell me|admit it)\W*$"
    r"|^don'?t (?:come crying|come running|bother pretending)\b"
    r"|^(?:i )?hope [^.!?]{1,40}\b(?:was|is|were) worth it\b"
    r"|\bclap,? clap\b"
    r"|\bi (?:should(?:n'?t| not)|shouldn'?t) (?:expect|have expected|be surprised)\b"
    r"|\bi (?:can'?t|cannot|can not) (?:trust|rely on|count on|depend on) (?:you|u)\b"
    r"[^.!?]*\b(?:anything|anymore|any more)\b"
    r"|^(?:and )?(?:you|u) know (?:full|good and|damn|perfectly) well\b"
    r"|\b(?:shows|says) (?:(?:me|it all|exactly) )?how (?:much|little) "
    r"(?:effort|you care|thought)\b"
    r"|^(?:it|this|that)(?:'s|s| is)? (?:not|n'?t|isn'?t) (?:that |so |exactly )?"
    r"(?:complicated|hard|difficult)(?:,? \w+)?\W*$"
    r"|^would it (?:kill|hurt) (?:you|u)\b"
    r"|^are (?:you|u) waiting for\b"
    r"|^funny how\b"
    r"|\bmake of (?:that|it) what (?:you|u) will\b"
    r"|\blook at yourself\b|\blook in (?:a|the) mirror\b"
    r"|^(?:and )?i (?:suppose|guess) (?:i'?m|im|i am) (?:just |not |only |clearly )"
    r"|\b(?:don'?t|do not) (?:even )?know why i (?:even )?bother\b"
    r"|\b(?:more interesting|more important|better company|more fun) than (?:me|us)\W*$"
    r"|\bmade (?:that|it) (?:very |perfectly |abundantly |crystal )?clear\b"
    r"|^(?:that|it) is (?:very |perfectly )?clear(?: to me)?(?: now)?\W*$"
    r"|\bnot the one (?:being|who'?s being) (?:difficult|unreasonable|dramatic|the problem)\b"
    r"|\bthe only one (?:in this relationship|trying|who (?:cares|tries|bothers))\b"
    r"|\bcarrying (?:this|the) (?:whole )?relationship\b"
    r"|^pick a (?:priority|side)\W*$"
    r"|\b(?:couldn'?t|can'?t) (?:even )?manage (?:that|it)\W*$"
    r"|^i (?:mean|meant) it(?: this time)?(?:,? \w+)?\W*$"
    r"|\b(?:doesn'?t|don'?t|does not|do not) (?:count|matter) (?:for|to) (?:you|u)\b",
    re.IGNORECASE,
)


_STING_MAX_WORDS = 12


# Stings only beside a complaint: alone, or as the flagged sentence, they are the complaint
# ("don't pretend. you knew.", "nice of u to finally show up", "spare me the excuses about
# my family"), and leaving them out left nothing but the slot (seen on train rows).
_SIDE_STINGS = re.compile(
    r"^(?:\w+ )?(?:nice|good|kind|sweet|lovely|thoughtful|decent) of (?:you|u)\b"
    r"|^(?:lovely|nice|great|good|wonderful) to be (?:consulted|asked|told|included|informed|"
    r"considered)\b"
    r"|^(?:(?:really|so|i) )*appreciate (?:it|that)\W*$"
    r"|^(?:so )?spare me\b"
    r"|^(?:and )?(?:you|u) (?:knew|know)(?: it| that| full well| good and well)?\W*$",
    re.IGNORECASE,
)


# Another person's partner held up beside the complaint ("Steph's boyfriend drove four hours
# to surprise her", "My coworker's husband sent her flowers for their SECOND anniversary"):
# the comparison is the sting, and its facts are another couple's. Blind readers marked it
# kept as blame left in (set 21).
_COMPARED = re.compile(
    r"^(?:(?:well|so|and|but|meanwhile|honestly|just saying|fun fact),? )?(?:my |your |our )?"
    r"[a-z]+'s (?:husband|wife|boyfriend|girlfriend|partner|fianc[ée]e?|bf|gf|hubby|missus)\b",
    re.IGNORECASE,
)


def compares(unit: Span) -> bool:
    """Whether the sentence holds another person's partner up to the user's (`_COMPARED`)."""
    return _COMPARED.search(_text(unit)) is not None


def stings_by_form(unit: Span, side: bool = False) -> bool:
    """Whether a sentence is one of the stock stings above, with no number in it: left out
    of a suggestion, flagged or not, whatever time or name it mentions. `side`: the
    sentence sits beside the complaint (not flagged itself), where `_SIDE_STINGS` count too."""
    text = _text(unit)
    if side and compares(unit):
        return True  # whatever its numbers: they are another couple's
    if any(c.isdigit() for c in text) or len(_words(unit)) > _STING_MAX_WORDS:
        return False  # a long sentence ending on a sting tells what happened before it
    if side and _SIDE_STINGS.search(text):
        return True
    return _STOCK_STINGS.search(text) is not None


def only_points(unit: Span) -> bool:
    """Whether a sentence the rules left alone only points at the partner: a question that
    asks nothing, a verdict on their priorities or character, a stock put-down; one clause,
    with no number, time or name in it; or a stock sting (`stings_by_form`)."""
    if stings_by_form(unit):
        return True
    if not _one_bare_clause(unit):
        return False
    text = _text(unit)
    verdict = _PRIORITIES.search(text) or _SUMMED_UP.search(text)
    sting = jabs.says_the_opposite(unit) or jabs.only_a_sting(unit)
    # A sting the edit already leaves out is left out of every suggestion.
    return bool(verdict) or sting or only_a_put_down(unit)


def only_a_put_down(unit: Span) -> bool:
    """Whether a sentence, flagged or not, is only a put-down: a question that asks nothing,
    a stock dismissal or idiom ("it's like living with a teenager"), a word of mock cheer;
    one clause, with no number, time or name in it. Unlike a verdict on priorities ("your
    job is more important than us"), which in a flagged sentence is often the complaint
    itself and names its topic, these never say what happened."""
    if stings_by_form(unit):
        return True
    if not _one_bare_clause(unit):
        return False
    text = _text(unit)
    lower = [t.lower_ for t in _words(unit)]
    if _MOCK_TAIL.search(text) and _ABOUT_US & set(lower):
        return True
    if _DISMISSALS.search(text):
        return True
    if len(lower) <= _MOCK_CHEER_MAX and lower[0] in _MOCK_CHEER:
        return True
    return _asks_nothing(unit, text, lower)


def _one_bare_clause(unit: Span) -> bool:
    """One clause with no number, time or name: "Amma calls you every day and you drop
    everything" makes its point on what happened, and leaving it out would lose that."""
    if not _words(unit) or _dated_or_named(unit):
        return False
    # "Honestly, it's like …": a clause needs a subject of its own to count.
    clauses = [c for c in split_clauses(unit) if any(t.dep_ in _SUBJECT_DEPS for t in c)]
    return len(clauses) <= 1


def _words(unit: Span) -> list[Token]:
    return [t for t in unit if t.is_alpha or t.text[:1] in "'’"]


def _text(unit: Span) -> str:
    return unit.text.strip().replace("’", "'")


def _asks_nothing(unit: Span, text: str, lower: list[str]) -> bool:
    """A question, with or without its mark, that only points: "Is your phone just for
    decoration?", "do u even live here", "Do you think electricity is free?"."""
    asked = text.rstrip(" !").endswith("?") or (
        len(lower) >= 3 and lower[0] in _ASKING_VERBS and lower[1] in _ASKED_ABOUT
    )
    if not asked or len(lower) < 3:
        return False
    if _DO_YOU_THINK.match(text):
        return True
    if lower[1] == "it":
        return False  # "Is it so hard to hold my hand in public?": the act is the ask
    if lower[0] in _ASKS_FOR and lower[1] in {"we", "us"}:
        return False  # "Can we just drop it for now?": asking for something together
    if lower[0] in _ASKS_FOR and lower[1] in {"you", "u"} and not _POINTING & set(lower):
        return False  # "Could you text me next time?"
    # "is my life that boring to you", "are you so busy": a degree asked about is a verdict.
    degree = any(
        t.lower_ in {"that", "so"}
        and t.i > unit.start + 1
        and t.i + 1 < unit.end
        and t.nbor().tag_ in _DEGREE_OF
        for t in unit
    )
    return lower[0] in _ASKING_VERBS and (degree or bool(_POINTING & set(lower)))


def _dated_or_named(unit: Span) -> bool:
    """A number, a time word or a name (not a name said to the partner at the end, ", Jen")."""
    return any(_fact(t, unit) for t in unit)


def _fact(token: Token, unit: Span) -> bool:
    if any(c.isdigit() for c in token.text) or jabs.says_when(token):
        return True
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    if token.i == unit.start:
        # The first word is capitalised anyway: a name only when it is no plain word
        # ("Amma", not "Guess").
        return not grammar.known(token.lower_)
    return token.nbor(-1).text != ","
