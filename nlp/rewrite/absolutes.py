"""Rewrites for always/never/again: keep what happened, drop the rule it was turned into.

"you never do the dishes" -> "you don't do the dishes"; "all you ever do is play video
games" -> "you spend so much time playing video games"; "why is it always me who has to
ring the landlord" -> "I end up ringing the landlord".
"""

from __future__ import annotations

from nlp.rewrite import grammar
from nlp.rewrite.facts import Reading
from nlp.rewrite.grammar import Tok, new
from nlp.rewrite.transforms import (
    drop_phrases,
    index,
    negate,
    negated,
    norm_in,
    question_to_statement,
)

_ALWAYS = frozenset({"always", "constantly", "forever", "continually", "perpetually"})
# Patterns whose words are emphasis only: nothing of the clause they sit in is kept.
_EMPHASIS = frozenset({"every_single_time_spaced"})
_EMPHASIS_WORDS = frozenset({"every", "each", "single", "time", "again"})


def absolute(toks: list[Tok], ids: set[str], reading: Reading) -> list[Tok] | None:
    if ids and ids <= _EMPHASIS:
        rest = [t for t in toks if t.norm not in _EMPHASIS_WORDS and t.text[:1].isalnum()]
        return rest or None
    if ids & {"always_me_who", "always_falls_on_me"}:
        return _falls_on_me(toks)
    toks = question_to_statement(toks)
    if "all_you_do" in ids:
        at = index(toks, norm_in("is", ":"))
        rest = toks[at + 1 :] if at >= 0 else []
        if rest:
            verb = grammar.with_text(rest[0], grammar.gerund(rest[0].text))
            return [new("you"), new("spend"), new("so"), new("much"), new("time"), verb, *rest[1:]]
        return None
    if "every_time" in ids or "everytime" in ids:
        toks = _every_time(toks)
    if "not_once" in ids:
        toks = _not_once(toks)
    if "not_x_once" in ids:
        # "you didn't answer once" -> "you didn't answer"
        toks = [t for t in toks if t.norm != "once"]
    toks = [t for t in toks if t.norm not in _ALWAYS]
    toks = _never_inverted(toks)
    at = index(toks, norm_in("never"))
    while at >= 0:
        toks = negate(toks, at)
        at = index(toks, norm_in("never"))
    return drop_phrases(
        toks, [("for", "once"), ("all", "the", "time"), ("like", "always"), ("as", "usual")]
    )


def _every_time(toks: list[Tok]) -> list[Tok]:
    at = index(toks, norm_in("every", "each", "everytime", "whenever"))
    end = at + 1
    while end < len(toks) and toks[end].norm in {"single", "time"}:
        end += 1
    if at < 0:
        return toks
    if at > 0 and end < len(toks) and toks[end].norm in {"i", "i'm", "we", "you", "you're"}:
        # "you shrug every time I bring them up" -> "you shrug when I bring them up"
        return [*toks[:at], new("when"), *toks[end:]]
    if at > 0 or end >= len(toks):
        # "you interrupt me every time": the phrase only adds the absolute.
        return toks[:at] + toks[end:]
    rest = toks[end:]
    seen_verb = False
    for i, tok in enumerate(rest):
        if i and seen_verb and tok.norm in {"you", "i", "we", "u"}:
            return [*toks[:at], *rest[:i], new("and"), *rest[i:]]
        seen_verb = seen_verb or tok.tag.startswith("VB") or grammar.is_verb(tok.text)
    return toks[:at] + rest


def _not_once(toks: list[Tok]) -> list[Tok]:
    at = index(toks, norm_in("not"))
    if at < 0 or at + 1 >= len(toks) or toks[at + 1].norm != "once":
        return toks
    you = index(toks, norm_in("you"), at)
    if you > at + 2 and toks[you - 1].norm in grammar.NEGATED_AUX:
        moved = toks[at + 2 : you - 1]
        return [*toks[:at], toks[you], negated(toks[you - 1]), *toks[you + 1 :], *moved]
    if at > 0 and toks[at - 1].norm in grammar.NEGATED_AUX:
        return [*toks[: at - 1], negated(toks[at - 1]), *toks[at + 2 :]]
    rest = toks[at + 2 :]
    if len(rest) >= 2 and rest[0].norm in _SUBJECTS and _verb_like(rest[1]):
        # "Not once you helped my mother" keeps its "not": "you never helped" is negated
        # by the "never" loop below ("you didn't help"), never turned into "you helped".
        return [*toks[:at], rest[0], new("never"), *rest[1:]]
    return toks[:at] + rest


_SUBJECTS = frozenset({"you", "u", "i", "we", "he", "she", "they"})


def _never_inverted(toks: list[Tok]) -> list[Tok]:
    """ "Never once have you said sorry" -> "you haven't said sorry": the inverted auxiliary
    carries the negation back to its place, never dropped with "never"."""
    at = index(toks, norm_in("never"))
    if at < 0:
        return toks
    aux_at = at + 1 + (at + 1 < len(toks) and toks[at + 1].norm == "once")
    if aux_at + 1 >= len(toks):
        return toks
    aux, subject = toks[aux_at], toks[aux_at + 1]
    if aux.norm not in grammar.NEGATED_AUX or subject.norm not in _SUBJECTS:
        return toks
    return [*toks[:at], subject, negated(aux), *toks[aux_at + 2 :]]


def _verb_like(tok: Tok) -> bool:
    return tok.tag.startswith(("VB", "MD")) or grammar.is_verb(tok.text)


def _falls_on_me(toks: list[Tok]) -> list[Tok] | None:
    """ "why is it always me who has to ring the landlord" -> "I end up ringing the landlord"."""
    at = index(toks, norm_in("who", "that", "to"))
    rest = toks[at + 1 :] if at >= 0 else []
    if rest and rest[0].norm in {"has", "have", "'s"} and len(rest) > 1 and rest[1].norm == "to":
        rest = rest[2:]
    elif rest and rest[0].norm in {"to", "gets", "get", "ends", "end"}:
        rest = rest[1:]
    rest = [t for t in rest if t.text[:1].isalnum() or t.text[:1] in "'’"]
    if not rest or not grammar.is_verb(rest[0].text):
        return None
    verb = grammar.with_text(rest[0], grammar.gerund(grammar.verb_lemma(rest[0].text)))
    return [new("I"), new("end"), new("up"), verb, *rest[1:]]
