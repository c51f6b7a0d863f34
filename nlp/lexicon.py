"""Load the data files in `nlp/patterns/` and compile the compact pattern syntax.

A pattern line is JSON: `{"label": ..., "id": ..., "pattern": ...}`, optionally with
`"checks"` (context rules, nlp/detect/checks.py), `"tease": true` (may be read as a tease,
nlp/detect/teasing.py) and `"soft": false` (see nlp/detect/judge.py). `pattern` is either a
list of spaCy token dicts, or a string of space-separated items, each matched against
`token.norm_` (lower case, texting spellings already normalised by `tend_texting`):

    word          the word itself           a|b|c      any of these
    @name         any word of a lexicon     ~verb      every inflection of a verb (lemminflect)
    !a|b          any token but these       _          any token
    ^a|b          the word as typed, lower-cased (token.lower_), for when the norm merges
                  forms the rule must tell apart ("did" has the norm "do")
    =?            a literal that looks like syntax (here "?")
    /ing$/        a regular expression on the norm

and an item may end in `?`, `*`, `+` or `{m,n}` (spaCy's OP). So
`"@you @aux? @filler{0,2} always|never"` matches "you always", "u literally never", "you've never".
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any

_OP = re.compile(r"(\?|\*|\+|\{\d*,?\d*\})$")


@functools.cache
def load_json(name: str) -> Any:
    """One JSON data file from nlp/patterns/ (cached: the files never change at run time)."""
    return json.loads(resources.files("nlp.patterns").joinpath(name).read_text(encoding="utf-8"))


def load_jsonl(name: str) -> list[dict[str, Any]]:
    text = resources.files("nlp.patterns").joinpath(name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@functools.cache
def words(name: str) -> frozenset[str]:
    """A lexicon list from lexicon.json, as a set of lower-case words."""
    values = load_json("lexicon.json")[name]
    return frozenset(str(v).lower() for v in values)


@functools.cache
def inflections(lemma: str) -> tuple[str, ...]:
    """The base form and every verb inflection of `lemma`."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    table = getAllInflections(lemma, upos="VERB") or getAllInflectionsOOV(lemma, upos="VERB")
    forms = {lemma, *(form for group in table.values() for form in group)}
    return tuple(sorted(forms))


def expand_alternatives(item: str) -> list[str]:
    """`a|@list|~verb` -> the sorted words it stands for."""
    out: set[str] = set()
    for alt in item.split("|"):
        if alt.startswith("@"):
            out.update(words(alt[1:]))
        elif alt.startswith("~"):
            out.update(inflections(alt[1:]))
        else:
            out.add(alt.lower())
    return sorted(out)


def compile_item(item: str) -> dict[str, Any]:
    """One item of the compact syntax -> one spaCy token pattern."""
    op_match = _OP.search(item) if len(item) > 2 or not item.startswith("=") else None
    op = op_match.group(1) if op_match else None
    core = item[: op_match.start()] if op_match else item
    token: dict[str, Any]
    if core.startswith("="):
        token = {"NORM": core[1:].lower()}
    elif len(core) > 2 and core.startswith("/") and core.endswith("/"):
        token = {"NORM": {"REGEX": core[1:-1]}}
    elif core == "_":
        token = {}
    elif core.startswith("^") and len(core) > 1:
        alternatives = expand_alternatives(core[1:])
        token = {"LOWER": {"IN": alternatives}}
    elif core.startswith("!"):
        token = {"NORM": {"NOT_IN": expand_alternatives(core[1:])}}
    else:
        alternatives = expand_alternatives(core)
        token = (
            {"NORM": alternatives[0]} if len(alternatives) == 1 else {"NORM": {"IN": alternatives}}
        )
    if op:
        token["OP"] = op
    return token


def compile_pattern(pattern: str | list[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(pattern, list):
        return pattern
    return [compile_item(item) for item in pattern.split()]


def ruler_patterns(name: str) -> list[dict[str, Any]]:
    """A JSONL pattern file compiled into SpanRuler patterns (label, id, token pattern)."""
    return [
        {
            "label": entry["label"],
            "id": entry.get("id", ""),
            "pattern": compile_pattern(entry["pattern"]),
        }
        for entry in load_jsonl(name)
    ]
