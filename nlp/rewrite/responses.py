"""Clauses that answer the partner: deflection (own a part first) and advice (offer it later).

"i only yelled because you kept interrupting me" -> own "I yelled", observe "you kept
interrupting me"; "you should just quit" -> the idea "quitting", offered after asking.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span

from nlp.rewrite import grammar
from nlp.rewrite.absolutes import absolute
from nlp.rewrite.facts import Reading, reflection
from nlp.rewrite.grammar import Tok, new
from nlp.rewrite.transforms import add_nouns, after, index, keep, norm_in, strip_edges

_VAGUE = frozenset(
    {"this", "that", "it", "everything", "anything", "nothing", "so", "things", "stuff"}
)


def defensive(toks: list[Tok], ids: set[str], reading: Reading) -> None:
    if ids & {"only_because_you", "did_it_because_you"}:
        at = index(toks, norm_in("because", "since", "cos", "coz"))
        own = [t for t in toks[:at] if t.norm not in {"only", "just"}]
        if own:
            reading.owns.append(grammar.render(strip_edges(own)))
        right = absolute(toks[at + 1 :], set(), reading)
        if right:
            keep(reading, right)
        return
    if ids & {"not_my_fault", "now_my_fault", "how_is_it_my_fault"}:
        rest = after(toks, "fault", "fualt")
        rest = strip_edges(rest[1:] if rest[:1] and rest[0].norm == "that" else rest)
        if rest and rest[0].norm in {"you", "you're"}:
            keep(reading, absolute(rest, set(), reading) or [])
        elif rest:
            reading.owns.append(grammar.render(rest))
        return
    if "supposed_to_know" in ids:
        rest = after(toks, "know", "guess", "remember")
        reading.owns.append(grammar.render([new("I"), new("didn't"), new("know"), *rest]))
        return
    if "i_was_busy" in ids:
        reading.owns.append("I was busy")
        return
    if "not_everyone_can" in ids:
        rest = strip_edges(after(toks, "can", "has"))
        if rest:
            reading.owns.append(grammar.render([new("I"), new("can't"), new("always"), *rest]))
        return
    if ids & {"dont_blame_me", "you_blame_me"}:
        rest = strip_edges(after(toks, "for"))
        if rest and rest[-1].norm not in _VAGUE:
            reading.owns.append("about " + grammar.render(rest))
        return
    if ids & {"not_perfect_either", "youre_one_to_talk", "look_whos_talking", "you_started_it"}:
        return  # a dig back carries nothing to keep
    if ids & {"yeah_well_you", "what_about_you", "didnt_exactly", "you_do_it_too"}:
        you = index(toks, norm_in("you", "you're"))
        rest = (
            [t for t in toks[you:] if t.norm not in {"exactly", "too", "either"}]
            if you >= 0
            else []
        )
        tail = index(rest, norm_in("did", "do", "does"), 2)
        if tail > 0 and tail + 1 < len(rest) and rest[tail + 1].norm == "you":
            rest = rest[:tail]
        if rest and "you_do_it_too" not in ids:
            keep(reading, absolute(rest, set(), reading) or [])
        return
    add_nouns(reading, toks)


def fixing(toks: list[Tok], hits: list[Span], reading: Reading) -> None:
    span = next(h for h in hits if h.label_ == "fixing")
    before = [t for t in toks if 0 <= t.i < span.start]
    add_nouns(reading, before)
    condition = index(toks, norm_in("if"))
    mirrored = reflection(before) if condition < 0 else ""
    if mirrored:
        reading.reflections.append(mirrored)
    if condition >= 0:
        clause = strip_edges(toks[condition + 1 :])
        end = index(clause, lambda t: span.start <= t.i < span.end)
        clause = clause[:end] if end >= 0 else clause
        if clause:
            reading.reflections.append(grammar.render(_you_are(clause)))
        toks = toks[:condition] if condition > index(toks, lambda t: span.start <= t.i) else toks
    if span.id_ == "have_you_tried":
        start = span.end - 1
    elif span.id_ in {"just_ignore", "just_relax", "just_let_it_go"}:
        start = span.start + 1
    elif span.id_ in {"stop_worrying", "bright_side", "get_over_it", "heres_what_you"}:
        add_nouns(reading, toks)
        return
    else:
        start = span.end
    idea = strip_edges([t for t in toks if t.i >= start])
    idea = [t for t in idea if t.norm not in {"just"}]
    while idea and idea[-1].norm in {"something", "or"}:
        idea = idea[:-1]
    if not idea:
        return
    # "relax and have a drink" -> "relaxing and having a drink"
    out = [_as_gerund(idea[0])]
    for prev, tok in itertools.pairwise(idea):
        out.append(_as_gerund(tok) if prev.norm in {"and", "or"} and tok.tag == "VB" else tok)
    reading.ideas.append(grammar.render(out))


def _as_gerund(tok: Tok) -> Tok:
    if tok.tag == "VBG" or (
        tok.lower.endswith("ing") and grammar.verb_lemma(tok.lower) != tok.lower
    ):
        return tok
    return grammar.with_text(tok, grammar.gerund(tok.text))


def _you_are(clause: list[Tok]) -> list[Tok]:
    """ "ur exhausted" -> "you're exhausted" (a reflection, in the partner's own words)."""
    if clause and clause[0].norm == "you're" and clause[0].text != "you're":
        return [grammar.with_text(clause[0], "you're"), *clause[1:]]
    return clause
