"""`tend_texting`: give texting spellings the norm of the word they stand for.

"u never", "ya never" and "you never" all get `norm_ == "you"`, so every pattern is written
once. Only `token.norm_` changes; the text and offsets stay exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from nlp import lexicon

# "ur" is "you're" before these endings ("ur leaving", "ur literally"), "your" before a noun.
_YOU_ARE_SUFFIXES = ("ing", "ly")
_NOUNS_ENDING_ING = frozenset(
    {"thing", "morning", "evening", "wedding", "ring", "king", "ceiling", "building", "clothing"}
)
# "ur family", "ur belly": nouns, not "you're familly" (a blind reader's "you're family").
_NOUNS_ENDING_LY = frozenset(
    {"family", "belly", "bully", "ally", "rally", "jelly", "lily", "holly", "reply", "supply",
     "assembly", "anomaly", "monopoly", "folly", "fly", "butterfly", "daily", "weekly",
     "monthly"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Context:
    norm: str
    prev: frozenset[str]
    next: frozenset[str]
    otherwise: str | None


def add_special_cases(nlp: Language) -> None:
    """Split tokens the tokenizer keeps whole ("u.", "shoulda", "DONT") so patterns see them."""
    _add_shouted_contractions(nlp)
    for orth, pieces in lexicon.load_json("texting.json")["special_cases"].items():
        attrs: list[dict[str, Any]] = []
        for piece in pieces:
            attr: dict[str, Any] = {"ORTH": piece[0]}
            if len(piece) > 1:
                attr["NORM"] = piece[1]
            attrs.append(attr)
        _tokenizer(nlp).add_special_case(orth, attrs)
        _tokenizer(nlp).add_special_case(orth.capitalize(), _capitalised(attrs))


def _add_shouted_contractions(nlp: Language) -> None:
    # spaCy splits "dont" and "Dont" but keeps "DONT" and "I'M" whole; shouting is common
    # in exactly the drafts Tend sees, so every lower-case contraction gets an upper-case twin.
    exceptions = nlp.Defaults.tokenizer_exceptions
    for key, pieces in exceptions.items():
        shouted = key.upper()
        if len(pieces) < 2 or not key.islower() or shouted in exceptions:
            continue
        if not all(char.isalpha() or char in "'’" for char in key):
            continue
        _tokenizer(nlp).add_special_case(
            shouted,
            [{"ORTH": p[ORTH].upper(), "NORM": p.get(NORM, p[ORTH].lower())} for p in pieces],
        )


def _tokenizer(nlp: Language) -> Tokenizer:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError("tend_texting needs spaCy's rule-based Tokenizer")
    return tokenizer


def _capitalised(attrs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first = dict(attrs[0], ORTH=attrs[0]["ORTH"].capitalize())
    first.setdefault("NORM", attrs[0]["ORTH"])
    return [first, *attrs[1:]]


class Texting:
    """Sets `token.norm_` from texting.json; context rules look one token either side."""

    def __init__(self, nlp: Language) -> None:
        table = lexicon.load_json("texting.json")
        self._norms: dict[str, str] = table["norms"]
        self._context = {
            spelling: _Context(
                norm=rule["norm"],
                prev=_expand(rule.get("prev", ())),
                next=_expand(rule.get("next", ())),
                otherwise=rule.get("otherwise"),
            )
            for spelling, rule in table["context"].items()
        }
        # Norm strings are interned now, outside any memory zone, so setting them later
        # never adds transient strings to the shared StringStore.
        for value in [*self._norms.values(), *(c.norm for c in self._context.values())]:
            nlp.vocab.strings.add(value)
        for rule in self._context.values():
            if rule.otherwise:
                nlp.vocab.strings.add(rule.otherwise)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            lower = token.lower_
            norm = self._norms.get(lower)
            if norm is not None:
                token.norm_ = norm
                continue
            rule = self._context.get(lower)
            if rule is None:
                continue
            prev = doc[token.i - 1].lower_ if token.i > 0 else ""
            nxt = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if prev in rule.prev or nxt in rule.next or _looks_you_are(lower, nxt):
                token.norm_ = rule.norm
            elif rule.otherwise is not None:
                token.norm_ = rule.otherwise
        return doc


def _looks_you_are(spelling: str, nxt: str) -> bool:
    if spelling != "ur" or nxt in _NOUNS_ENDING_ING | _NOUNS_ENDING_LY or len(nxt) < 4:
        return False
    return nxt.endswith(_YOU_ARE_SUFFIXES) and not nxt.endswith("ings")


def _expand(items: Any) -> frozenset[str]:
    out: set[str] = set()
    for item in items:
        out.update(lexicon.expand_alternatives(item))
    return frozenset(out)


@Language.factory("tend_texting")
def make_texting(nlp: Language, name: str) -> Texting:
    return Texting(nlp)
