"""Read the flagged sentences of a draft into the facts a rewrite keeps.

Each clause of a flagged sentence becomes one of: an observation ("you don't do the dishes"),
a fact ("the laundry has been sitting there"), a request ("take the bins out"), a need (from
an ultimatum), something to own (defensiveness), an idea (fixing), or nothing (a label or a
put-down), in which case its noun phrases are kept so the concrete things survive.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp import categories, grammar, lexicon, transforms
from nlp.facts import SUBJECTS, Reading, noun_phrases
from nlp.grammar import Tok
from nlp.judge import CANDIDATES_KEY

_SPLIT_BEFORE = frozenset({"and", "but", "so", "because", "though", "tho", "although", "then"})
_PUNCT_BREAK = frozenset({",", ";", ":", "-", "—", "–", "…", "...", "(", ")"})


def split_clauses(unit: Span) -> list[list[Token]]:
    clauses: list[list[Token]] = [[]]
    for token in unit:
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.norm_ in _PUNCT_BREAK:
            clauses.append([])
            continue
        starts = token.norm_ in _SPLIT_BEFORE and nxt is not None and nxt.norm_ in SUBJECTS
        if (starts or token.norm_ == "because") and clauses[-1]:
            clauses.append([])
        clauses[-1].append(token)
    return [c for c in clauses if any(grammar.is_verb(t.text) or t.is_alpha for t in c)]


def read(doc: Doc, units: list[Span], spans: list[Span]) -> Reading:
    reading = Reading()
    render = grammar.render_table()
    candidates = list(doc.spans[CANDIDATES_KEY]) if CANDIDATES_KEY in doc.spans else []
    for unit in units:
        reading.words.extend(t.norm_ for t in unit)
        inside = [s for s in spans if s.start < unit.end and unit.start < s.end]
        handled: set[int] = set()
        for span in (s for s in inside if s.label_ == "threat"):
            handled.update(_read_threat(doc, unit, span, candidates, render, reading))
        for clause in split_clauses(unit):
            clause = [t for t in clause if t.i not in handled]
            if not clause:
                continue
            hits = [s for s in inside if s.label_ != "threat" and s.start <= clause[-1].i and clause[0].i < s.end]
            toks = [grammar.from_token(t, render) for t in clause]
            if hits:
                categories.flagged(toks, hits, reading)
            else:
                context(toks, reading)
    return reading


def context(toks: list[Tok], reading: Reading) -> None:
    """A clean clause inside a flagged sentence: keep it as a fact when it states one."""
    because = bool(toks) and toks[0].norm == "because"
    toks = transforms.strip_edges(toks[1:] if because else toks)
    if not toks:
        return
    if because:
        # A cause joins the observation before it, unless it guesses at a motive.
        motive = {"want", "wanted", "care", "cared", "think", "thought", "like", "liked"}
        if reading.observations and not motive & {t.norm for t in toks}:
            last = reading.observations[-1]
            text = f"{last.text} because {grammar.render(toks)}"
            reading.observations[-1] = type(last)(text, last.past, last.about_partner)
        return
    first, last = toks[0], toks[-1]
    evaluative = first.norm in {"it", "it's", "that", "that's", "this"} and len(toks) <= 4
    question = last.text.endswith("?") or first.norm in {"what", "why", "how", "who"}
    imperative = first.tag == "VB" or (not first.tag and first.norm in lexicon.words("advice_verbs"))
    if evaluative or question or imperative or not _has_content(toks):
        reading.nouns.extend(noun_phrases(toks))
        return
    reading.observations.append(transforms.observation(toks))


def _has_content(toks: list[Tok]) -> bool:
    words = [t for t in toks if t.text[:1].isalnum()]
    return len(words) >= 3 and any(t.norm not in transforms.FILLERS for t in words[1:])


def _read_threat(
    doc: Doc, unit: Span, span: Span, candidates: list[Span], render: dict[str, str], reading: Reading
) -> set[int]:
    """"if you don't stop gaming all night I'm moving out" -> need "stop gaming all night"."""
    cut = min(
        (c.start for c in candidates if c.label_ == "threat" and c.end == span.end and c.start >= span.start),
        default=span.start,
    )
    start = unit.start
    condition = [grammar.from_token(t, render) for t in doc[start:cut]]
    need = transforms.need_from_condition(condition)
    if need is None:
        reading.nouns.extend(noun_phrases(condition))
    else:
        reading.needs.append(need)
    return set(range(start, span.end))
