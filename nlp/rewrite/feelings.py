"""The user's own feeling words: "I'm exhausted", "it's like I'm not even there".

A rewrite keeps the feeling the user named instead of choosing one for them; Tend picks a
feeling only when the draft names none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp.rewrite import grammar

# One word, or the first word of a two-word feeling ("worn out", "let down").
_FEELINGS = frozenset(
    {"exhausted", "tired", "lonely", "hurt", "sad", "frustrated", "overwhelmed", "drained",
     "invisible", "ignored", "unappreciated", "stressed", "anxious", "worried", "scared",
     "angry", "upset", "disappointed", "embarrassed", "humiliated", "neglected", "alone",
     "unloved", "unimportant", "unheard", "unwanted", "rejected", "helpless", "hopeless",
     "miserable", "lost", "confused", "jealous", "insecure", "afraid", "nervous", "resentful",
     "betrayed", "abandoned", "powerless", "trapped", "torn", "heartbroken", "crushed",
     "devastated", "gutted", "annoyed", "irritated", "furious", "worn", "fed", "let",
     "taken", "left", "stretched", "burnt", "burned", "run", "unsupported", "disrespected",
     "unseen", "exasperated", "empty", "down", "low", "useless", "stupid", "small", "sick",
     "knackered", "shattered", "frazzled", "fuming", "livid", "cheesed", "hacked", "pissed",
     "struggling", "mortified", "ashamed"}
)  # fmt: skip
_SECOND = {
    "worn": "out",
    "fed": "up",
    "let": "down",
    "left": "out",
    "burnt": "out",
    "burned": "out",
    "run": "down",
    "stretched": "thin",
    "taken": "for",
    "cheesed": "off",
    "hacked": "off",
}
_OPTIONAL_SECOND = {
    "stressed": "out",
    "freaked": "out",
    "shut": "out",
    "sick": "to",
    "pissed": "off",
}
_SELF = frozenset({"i", "i'm", "im"})
# Feelings said as a picture: "I'm drowning here" -> "like I'm drowning".
_METAPHORS = frozenset({"drowning", "suffocating", "sinking"})
_LEAD = frozenset(
    {"'m", "am", "m", "was", "feel", "feeling", "felt", "been", "'ve", "have", "get", "getting",
     "so", "really", "just", "completely", "totally", "very", "pretty", "kind", "kinda", "of",
     "a", "bit", "little", "honestly", "actually", "quite", "such", "becoming", "starting", "to",
     "always", "tbh", "literally", "genuinely", "absolutely", "utterly", "finding", "find",
     "found", "it"}
)  # fmt: skip
# "finding it": "I'm finding it lonely when we can't talk at dinner" names the feeling
# (blind set 18: Tend picked one of its own beside it).
_LIKE_STOP = frozenset({"when", "because", "and", "but", "so", "since", "cause", "cuz", "if"})
_LIKE_MAX = 8
_PLACES = frozenset({"in", "at", "around"})
_PLACE_MAX = 4
# Words that tie the feeling to what caused it: they go with it ("I'm gutted that …").
_JOINS = frozenset({"that", "when", "because", "cause", "cuz", "and", "since", "about", "how"})


@dataclass(frozen=True, slots=True)
class OwnFeeling:
    """The feeling as the user said it, and the sentence it is in (token offsets)."""

    words: str
    start: int
    end: int
    said: range
    """Tokens of "I'm so exhausted (that)": the rewrite's frame says them instead."""


def is_feeling_word(word: str) -> bool:
    """Whether a lower-case word is one of the feeling words a user names (one word ones;
    the first word of a two-word feeling is not one alone: "worn", "fed")."""
    return word in _FEELINGS and word not in _SECOND


def own_feeling(doc: Doc | Span) -> OwnFeeling | None:
    """The first feeling the writer names about themselves, or None."""
    tokens = list(doc)
    for i, tok in enumerate(tokens):
        if tok.lower_ not in _SELF and not (tok.lower_ == "it" and _next_is(tokens, i, "'s")):
            continue
        found = _after_self(tokens, i)
        if found is not None:
            words, end = _with_place(tokens, *found)
            sentence = tok.sent if tok.doc.has_annotation("SENT_START") else tok.doc[:]
            while i < end < len(tokens) and tokens[end].lower_ in _JOINS:
                end += 1
            first = tokens[i].i
            return OwnFeeling(words, sentence.start, sentence.end, range(first, first + end - i))
    return None


def _with_place(tokens: list[Token], words: str, end: int) -> tuple[str, int]:
    """ "I'm invisible in this house": the place belongs to the feeling and stays with it."""
    if end >= len(tokens) or tokens[end].lower_ not in _PLACES or end == 0:
        return words, end
    stop = end + 1
    while (
        stop < len(tokens)
        and stop - end <= _PLACE_MAX
        and not (tokens[stop].is_punct or tokens[stop].pos_ in {"CCONJ", "SCONJ"})
    ):
        stop += 1
    place = tokens[end:stop]
    if len(place) < 2 or not any(t.pos_ in {"NOUN", "PROPN"} for t in place):
        return words, end
    render = grammar.render_table()
    return f"{words} {grammar.render([grammar.from_token(t, render) for t in place])}", stop


def _next_is(tokens: list[Token], i: int, norm: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].norm_ == norm


def _after_self(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """The feeling after "I'm …" and the index just past it."""
    j = i + 1
    negated = False
    while j < len(tokens) and (tokens[j].lower_ in _LEAD or tokens[j].norm_ in {"is", "'s"}):
        j += 1
    for k in range(i + 1, j):
        negated = negated or tokens[k].norm_ in {"not", "never"}
    if j >= len(tokens) or negated or tokens[j].norm_ in {"not", "never", "n't"}:
        return None
    word = tokens[j].lower_
    if word == "like":
        return _like_clause(tokens, j)
    if word in _METAPHORS:
        return f"like I'm {word}", j + 1
    if word not in _FEELINGS:
        return None
    if word == "sick" and j + 2 < len(tokens) and tokens[j + 1].lower_ == "of":
        if tokens[j + 2].lower_ in {"it", "this", "that"}:
            return f"sick of {tokens[j + 2].lower_}", j + 3
        return None  # "I'm sick of you …" names no feeling a frame can carry
    optional = _OPTIONAL_SECOND.get(word)
    if optional is not None and j + 1 < len(tokens) and tokens[j + 1].lower_ == optional:
        return f"{word} {optional}", j + 2
    second = _SECOND.get(word)
    if second is not None:
        if j + 1 >= len(tokens) or tokens[j + 1].lower_ != second:
            return None
        if word == "taken":
            tail = [t.lower_ for t in tokens[j + 1 : j + 3]]
            return ("taken for granted", j + 3) if tail == ["for", "granted"] else None
        return f"{word} {second}", j + 2
    # "I'm tired of you …" names the feeling; "I'm down to …", "I'm lost in …" do not.
    if word in {"down", "low", "lost", "small", "stupid", "empty", "run"} and j > i + 1:
        previous = tokens[j - 1].lower_
        if previous not in {"feel", "feeling", "felt"}:
            return None
    if word in {"tired", "sick"} and j + 1 < len(tokens) and tokens[j + 1].lower_ == "of":
        return word, i  # "I'm so tired of you not helping": the reading drops the lead itself
    return word, j + 1


def _like_clause(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """ "I feel like I'm not even there" -> "like I'm not even there" (never a guess at them)."""
    rest: list[Token] = []
    for tok in tokens[j + 1 : j + 1 + _LIKE_MAX]:
        if tok.is_punct or tok.lower_ in _LIKE_STOP:
            break
        rest.append(tok)
    lead = _SELF | {"i'm", "nobody", "no", "nothing", "a", "an"}
    if len(rest) < 2 or rest[0].lower_ not in lead:
        return None
    if any(t.norm_ in {"you", "you're", "your"} for t in rest):
        return None
    render = grammar.render_table()
    words = "like " + grammar.render([grammar.from_token(t, render) for t in rest])
    return words, j + 1 + len(rest)
