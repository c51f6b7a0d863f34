"""The user's own feeling words: "I'm exhausted", "it's like I'm not even there".

A rewrite keeps the feeling the user named instead of choosing one for them; Tend picks a
feeling only when the draft names none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from nlp import grammar

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
     "unseen", "exasperated", "empty", "down", "low", "useless", "stupid", "small"}
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
}
_SELF = frozenset({"i", "i'm", "im"})
_LEAD = frozenset(
    {"'m", "am", "m", "was", "feel", "feeling", "felt", "been", "'ve", "have", "get", "getting",
     "so", "really", "just", "completely", "totally", "very", "pretty", "kind", "kinda", "of",
     "a", "bit", "little", "honestly", "actually", "quite", "such", "becoming", "starting", "to",
     "always", "tbh", "literally", "genuinely", "absolutely", "utterly"}
)  # fmt: skip
_LIKE_STOP = frozenset({"when", "because", "and", "but", "so", "since", "cause", "cuz", "if"})
_LIKE_MAX = 8


@dataclass(frozen=True, slots=True)
class OwnFeeling:
    """The feeling as the user said it, and the sentence it is in (token offsets)."""

    words: str
    start: int
    end: int


def own_feeling(doc: Doc | Span) -> OwnFeeling | None:
    """The first feeling the writer names about themselves, or None."""
    tokens = list(doc)
    for i, tok in enumerate(tokens):
        if tok.lower_ not in _SELF and not (tok.lower_ == "it" and _next_is(tokens, i, "'s")):
            continue
        found = _after_self(tokens, i)
        if found is not None:
            sentence = tok.sent if tok.doc.has_annotation("SENT_START") else tok.doc[:]
            return OwnFeeling(found, sentence.start, sentence.end)
    return None


def _next_is(tokens: list[Token], i: int, norm: str) -> bool:
    return i + 1 < len(tokens) and tokens[i + 1].norm_ == norm


def _after_self(tokens: list[Token], i: int) -> str | None:
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
    if word not in _FEELINGS:
        return None
    second = _SECOND.get(word)
    if second is not None:
        if j + 1 >= len(tokens) or tokens[j + 1].lower_ != second:
            return None
        if word == "taken":
            tail = [t.lower_ for t in tokens[j + 1 : j + 3]]
            return "taken for granted" if tail == ["for", "granted"] else None
        return f"{word} {second}"
    # "I'm tired of you …" names the feeling; "I'm down to …", "I'm lost in …" do not.
    if word in {"down", "low", "lost", "small", "stupid", "empty", "run"} and j > i + 1:
        previous = tokens[j - 1].lower_
        if previous not in {"feel", "feeling", "felt"}:
            return None
    return word


def _like_clause(tokens: list[Token], j: int) -> str | None:
    """ "I feel like I'm not even there" -> "like I'm not even there" (never a guess at them)."""
    rest: list[Token] = []
    for tok in tokens[j + 1 : j + 1 + _LIKE_MAX]:
        if tok.is_punct or tok.lower_ in _LIKE_STOP:
            break
        rest.append(tok)
    if len(rest) < 2 or rest[0].lower_ not in _SELF | {"i'm", "nobody", "no", "nothing"}:
        return None
    if any(t.norm_ in {"you", "you're", "your"} for t in rest):
        return None
    render = grammar.render_table()
    return "like " + grammar.render([grammar.from_token(t, render) for t in rest])
