"""The model's attribute ruler, matched by looking words up instead of with spaCy's Matcher.

en_core_web_sm's `attribute_ruler` turns tags into POS and morphology and fixes a few words
("ai n't", "gon na", "y' all") with 179 patterns, run through a Matcher after every parse:
the draft's, and each sentence the fluency gate parses. The Matcher starts a state for every
pattern at every token: 8.7 s over 26,469 texts (tests/data, shouted, a bench round's gate
sentences) where this lookup takes 1.3 s, about 6% of `analyze` (bench/analyzer.py's ratio
3.06-3.09 -> 2.83). Each of those patterns is one or two tokens of plain tests (TAG, LOWER,
DEP or IS_SPACE: a value, an `IN` or `NOT_IN` list, or a `REGEX`), so the same matches come
from looking each token's lower-case form and tag up in tables built once. They are applied
as the ruler's own `set_annotations` applies them, with spaCy's `set_token_attrs`, without
the `Span` it builds per match to find the token. A ruler with any other kind of pattern
keeps its Matcher and its `set_annotations`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the lookup reads, in the column order of `Doc.to_array`.
_COLUMNS = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMN_OF = {name: n for n, name in enumerate(_COLUMNS)}
_TAG_COLUMN, _LOWER_COLUMN = _COLUMN_OF["TAG"], _COLUMN_OF["LOWER"]

# One test on one token: the column it reads and whether a value there passes. A REGEX test
# needs the string, which the StringStore gives back for the value's hash.
Test = tuple[int, Callable[[int], bool]]
# (attribute ruler id, match id, start, end): the form `AttributeRuler.match` returns.
Match = tuple[int, int, int, int]
_MAX_REMEMBERED = 20_000


@dataclass(frozen=True, slots=True)
class _Pattern:
    rule: int
    """The ruler's attribute id: index into its `attrs`, and the sort key of its matches."""
    match_id: int
    tokens: tuple[tuple[Test, ...], ...]


class AttributeLookup:
    """The matches of an attribute ruler's patterns in a Doc, as its Matcher would give them."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self._ruler = ruler
        strings = ruler.vocab.strings
        # Each pattern is filed under the values its first token must have (its lower-case
        # form, else its tag); the few that name neither are tried at every token.
        self._by_lower: dict[int, list[_Pattern]] = {}
        self._by_tag: dict[int, list[_Pattern]] = {}
        self._anywhere: list[_Pattern] = []
        # A token's attribute values decide which patterns can start on it; most tokens of a
        # draft are common words, so that answer is kept per value tuple (hashes: valid in
        # every memory zone).
        self._opening: dict[tuple[int, ...], tuple[_Pattern, ...]] = {}
        for rule, tokens in _patterns(ruler):
            # The Matcher's key for a rule is its id as a string (`AttributeRuler.add`).
            pattern = _Pattern(rule, strings.add(str(rule)), _tokens(tokens, strings))
            keys = _values(tokens[0], "LOWER")
            table = self._by_lower
            if keys is None:
                keys, table = _values(tokens[0], "TAG"), self._by_tag
            if keys is None:
                self._anywhere.append(pattern)
                continue
            for key in keys:
                table.setdefault(key, []).append(pattern)

    def match(self, doc: Doc) -> list[Match]:
        """Every (rule, match id, start, end) the ruler's Matcher finds, sorted as
        `AttributeRuler.match` sorts them (later rules are applied last and win)."""
        rows: list[list[int]] = doc.to_array(list(_COLUMNS.values())).tolist()
        found: set[Match] = set()
        for start, row in enumerate(rows):
            key = tuple(row)
            opening = self._opening.get(key)
            if opening is None:
                opening = self._opening_at(row)
                if len(self._opening) >= _MAX_REMEMBERED:
                    self._opening.clear()
                self._opening[key] = opening
            for pattern in opening:
                end = start + len(pattern.tokens)
                if end > len(rows):
                    continue
                rest = enumerate(pattern.tokens[1:], start + 1)
                if all(test(rows[at][column]) for at, tests in rest for column, test in tests):
                    found.add((pattern.rule, pattern.match_id, start, end))
        return sorted(found)

    def set_annotations(self, doc: Doc, matches: list[Match]) -> None:
        """What `AttributeRuler.set_annotations` does: each match's attributes set on its
        token at the rule's index, in order. The ruler builds a `Span` per match to find that
        token, and nearly every token of every parse has a match (its tag's POS); here the
        token is found by arithmetic: 0.50 -> 0.15 s over 8,851 parsed texts (tests/data,
        shouted, a bench round's gate sentences), the same attributes on every token. A
        match shorter than its rule's index goes to the ruler's own, which raises its error."""
        attrs, indices = self._ruler.attrs, self._ruler.indices
        for match in matches:
            rule, _, start, end = match
            index = indices[rule]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                AttributeRuler.set_annotations(self._ruler, doc, [match])  # type: ignore[no-untyped-call]
            set_token_attrs(doc[at], attrs[rule])

    def _opening_at(self, row: list[int]) -> tuple[_Pattern, ...]:
        """The patterns whose first token passes on a token with these attribute values."""
        tried = [
            *self._by_lower.get(row[_LOWER_COLUMN], ()),
            *self._by_tag.get(row[_TAG_COLUMN], ()),
            *self._anywhere,
        ]
        return tuple(p for p in tried if all(test(row[column]) for column, test in p.tokens[0]))


def use_lookup(ruler: object) -> bool:
    """Have `ruler` (a pipeline's attribute ruler) find its matches with an AttributeLookup;
    False, and the Matcher kept, when it is no AttributeRuler or one of its patterns is of a
    kind the lookup does not read."""
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        lookup = AttributeLookup(ruler)
    except _Unsupported:
        return False
    # An instance attribute: `AttributeRuler.__call__` calls `self.match`, and this ruler
    # alone (the pipeline's, not the class) changes how it finds the same matches.
    setattr(ruler, "match", lookup.match)  # noqa: B010
    setattr(ruler, "set_annotations", lookup.set_annotations)  # noqa: B010
    return True


class _Unsupported(ValueError):
    """A pattern the lookup cannot read exactly as the Matcher does."""


def _patterns(ruler: AttributeRuler) -> Iterator[tuple[int, list[dict[str, object]]]]:
    """(rule, token tests) for every pattern of every rule of `ruler`."""
    for rule, entry in enumerate(ruler.patterns):
        for tokens in cast("list[list[dict[str, object]]]", entry["patterns"]):
            yield rule, tokens


def _values(token: dict[str, object], name: str) -> list[int] | None:
    """The hashes `token`'s test on `name` accepts, when it is a value or an IN list."""
    value = token.get(name)
    if isinstance(value, str):
        return [get_string_id(value)]
    if isinstance(value, dict) and set(value) == {"IN"}:
        return [get_string_id(v) for v in value["IN"]]
    return None


def _tokens(tokens: list[dict[str, object]], strings: StringStore) -> tuple[tuple[Test, ...], ...]:
    if not tokens:
        raise _Unsupported("an empty pattern")
    return tuple(tuple(_test(name, value, strings) for name, value in t.items()) for t in tokens)


def _test(name: str, value: object, strings: StringStore) -> Test:
    """One token test, read as the Matcher reads it: strings compared by hash, IN and NOT_IN as
    a set of hashes, REGEX searched in the string, IS_SPACE as the flag's 0 or 1."""
    if name not in _COLUMNS:
        raise _Unsupported(f"a test on {name}")  # OP, other attributes: the Matcher's own
    column = _COLUMN_OF[name]
    if name == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(f"IS_SPACE {value!r}")
        return column, int(value).__eq__
    if isinstance(value, str):
        return column, get_string_id(value).__eq__
    if isinstance(value, dict) and len(value) == 1:
        ((operator, operand),) = value.items()
        if operator in {"IN", "NOT_IN"} and isinstance(operand, list):
            accepted = frozenset(get_string_id(v) for v in operand)
            if operator == "NOT_IN":
                return column, lambda key: key not in accepted
            return column, accepted.__contains__
        if operator == "REGEX" and isinstance(operand, str):
            regex = re.compile(operand)
            return column, lambda key: regex.search(strings[key]) is not None
    raise _Unsupported(f"{name} {value!r}")
