"""The ask inside an ultimatum: "if you don't stop gaming, I'm moving out" -> "stop gaming".

The condition becomes a need ("I need you to …" / "I need you not to …"); the consequence, the
leverage, is left out of the rewrite.
"""

from __future__ import annotations

from nlp.rewrite import grammar
from nlp.rewrite.grammar import Tok, new
from nlp.rewrite.transforms import _BE, _VAGUE, drop_phrases, strip_edges


def need_from_condition(toks: list[Tok], banned: set[int]) -> tuple[str, bool] | None:
    """The ask inside an ultimatum's condition: "if you don't stop gaming" -> "stop gaming"."""
    markers = {"if", "either", "unless", "keep"}
    at = max((i for i, t in enumerate(toks) if t.norm in markers), default=-1)
    # "either you get a job or …", "clear out the garage or …" ask for something;
    # "if you miss the recital …", "you go on that trip and …" ask for something not to happen.
    # "unless you start paying your half" asks for exactly that: "I need you to start paying".
    positive = any(t.norm in {"or", "either", "unless"} for t in toks)
    keep_going = at >= 0 and toks[at].norm == "keep"
    toks = toks[at + 1 :] if at >= 0 and not keep_going else toks[max(at, 0) :]
    toks = [t for t in toks if t.norm not in {"ever"}]
    while toks and toks[-1].norm in {
        "and",
        "or",
        "then",
        ",",
        "i",
        "swear",
        "do",
        "not",
        "you",
        "can",
    }:
        toks = toks[:-1]
    again = any(t.norm in {"again"} for t in toks) or _has(toks, ("one", "more", "time"))
    toks = strip_edges(toks)
    if toks and toks[0].norm == "keep" and not (len(toks) > 1 and toks[1].text.endswith("ing")):
        return None  # "keep this up and …"
    toks = drop_phrases([t for t in toks if t.norm != "again"], [("one", "more", "time")])
    if not toks or any(t.i in banned for t in toks):
        return None
    if toks[0].norm == "keep" and len(toks) > 1 and toks[1].text.endswith("ing"):
        return _vp(toks[1:], prefix="stop"), False
    if (
        len(toks) >= 3
        and toks[0].norm in {"you're", "you", "u"}
        and (toks[0].norm == "you're" or toks[1].norm in _BE)
        and toks[1 if toks[0].norm == "you're" else 2].norm == "not"
    ):
        # "if you're not home by 10" -> the need is the positive: "be home by 10".
        rest = toks[2 if toks[0].norm == "you're" else 3 :]
        return (grammar.render([new("be"), *rest]), False) if rest else None
    if toks[0].norm in {"you", "u"}:
        toks = toks[1:]
    if (
        len(toks) >= 2
        and toks[0].norm in {"do", "does", "did", "will", "can"}
        and toks[1].norm == "not"
    ):
        return _vp(toks[2:]), False
    if toks and toks[0].norm in _BE:
        toks = [new("be"), *toks[1:]]
    toks = _another(toks)
    if not toks or all(t.norm in _VAGUE | {"do", "up", "say", "be"} for t in toks):
        return None
    if not (toks[0].tag.startswith("VB") or grammar.is_verb(toks[0].text)):
        return None
    if again:
        return _vp(toks, prefix="stop"), False
    return _vp(toks), not positive


def _another(toks: list[Tok]) -> list[Tok]:
    for i in range(len(toks) - 1):
        if toks[i].norm == "one" and toks[i + 1].norm == "more":
            return [*toks[:i], new("another"), *toks[i + 2 :]]
    return toks


def _has(toks: list[Tok], phrase: tuple[str, ...]) -> bool:
    norms = [t.norm for t in toks]
    return any(tuple(norms[i : i + len(phrase)]) == phrase for i in range(len(norms)))


def _vp(toks: list[Tok], prefix: str = "") -> str:
    toks = strip_edges(toks)
    if not toks:
        return ""
    verb = grammar.verb_lemma(toks[0].text) if toks[0].norm != "not" else toks[0].text
    if prefix:
        first = grammar.with_text(toks[0], grammar.gerund(verb))
        return f"{prefix} {grammar.render([first, *toks[1:]])}"
    return grammar.render([grammar.with_text(toks[0], verb), *toks[1:]])
