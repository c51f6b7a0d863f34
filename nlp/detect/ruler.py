"""`tend_ruler`: the pattern files, matched with spaCy Matchers gated by an anchor word.

spaCy's Matcher tries every pattern at every token, so a few hundred patterns cost more than
the tagger and parser together. Each pattern here has an anchor: the set of words one of its
required tokens must be ("fault", "never|always", …). Patterns with the same anchor share a
Matcher, which only runs when its anchor occurs, and only on the window of tokens around each
occurrence that a match could reach. The matches are exactly those of a full-Doc Matcher.
Before a Matcher runs on a window, the words its patterns require (a NORM or LOWER every
match must contain) are looked up in the window: when each pattern misses one, no match can
lie there and the Matcher is not called. Results land in `doc.spans[spans_key]` with the
pattern's label and id, as a SpanRuler would put them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import LOWER, NORM
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from nlp import lexicon

# Words so frequent that anchoring on them saves little; used only when nothing rarer exists.
# The auxiliaries and connectives came with the wider safety rules, whose anchors would
# otherwise be "'ll", "will" or "with": 1.8 ms of Matcher runs per draft instead of 1.0.
_COMMON = frozenset(
    {"you", "you're", "i", "not", "the", "a", "an", "to", "and", "it", "is", "are", "be", "do",
     "my", "your", "me", "so", "just", "of", "for", "that", "this", "on", "in", "we", "'s", "'re",
     "'d", "'ll", "will", "would", "could", "can", "about", "with", "if", "he", "she", "him",
     "her", "they", "was", "have", "had", "at", "up", "out", "all", "what", "when", "like"}
)  # fmt: skip
_OPTIONAL = frozenset({"?", "*"})


def max_length(pattern: list[dict[str, Any]]) -> int | None:
    """The most tokens a match can cover, or None when unbounded ("*", "+")."""
    total = 0
    for token in pattern:
        op = str(token.get("OP", "1"))
        if op in {"*", "+"}:
            return None
        if op.startswith("{"):
            upper = op.strip("{}").split(",")[-1]
            if not upper:
                return None
            total += int(upper)
        else:
            total += 1
    return total


def _must_be(pattern: list[dict[str, Any]]) -> Iterator[tuple[str, frozenset[str]]]:
    """(NORM or LOWER, the words it may be) for each token every match contains whose word
    is fixed: a value or an IN list. Optional and negated tokens, and other tests ("NOT_IN",
    "REGEX"), fix nothing."""
    for token in pattern:
        op = str(token.get("OP", "1"))
        if op in _OPTIONAL or op == "!" or op.startswith(("{0", "{,")):
            continue
        for name in ("NORM", "LOWER"):
            value = token.get(name)
            if isinstance(value, str):
                yield name, frozenset({value})
            elif isinstance(value, dict) and set(value) == {"IN"}:
                yield name, frozenset(value["IN"])


def required(pattern: list[dict[str, Any]]) -> tuple[tuple[int, frozenset[int]], ...]:
    """For each token a match must contain, the words it must be: (NORM or LOWER, the words
    as string hashes). A token with neither, or with another test ("NOT_IN", "REGEX"),
    requires nothing here."""
    attrs = {"NORM": NORM, "LOWER": LOWER}
    return tuple(
        (attrs[name], frozenset(get_string_id(word) for word in words))
        for name, words in _must_be(pattern)
    )


def anchor(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """The most selective set of words some required token must be, or None (always run)."""
    best: frozenset[str] | None = None
    best_key: tuple[int, int] = (2, 1 << 30)
    for name, words in _must_be(pattern):
        if name != "NORM":
            continue
        key = (1 if words & _COMMON else 0, len(words))
        if key < best_key:
            best, best_key = words, key
    return best


def _group_by_anchor(
    anchored: list[tuple[frozenset[str] | None, dict[str, Any]]],
) -> dict[frozenset[str] | None, list[dict[str, Any]]]:
    """Patterns with the same anchor share a Matcher.

    Why not merge every group whose anchors overlap: merging is transitive, and on the safety
    rules it welded 153 patterns under one anchor of hundreds of words that nearly every
    text contains, so all of them ran on almost every draft and every suggestion re-check
    (bench/RESULTS.md, "Blame, two views"). Small groups cost a few more Matcher calls, each
    over fewer patterns and narrower windows: the whole analyze went from 2.68x to 2.08x a
    parse, and a 100k-character draft from 1.42 to 0.61 CPU-s, with the same matches.
    """
    out: dict[frozenset[str] | None, list[dict[str, Any]]] = {}
    for words, entry in anchored:
        out.setdefault(words, []).append(entry)
    return out


# Per pattern of a Matcher, what `required` gives; None when some pattern requires nothing
# (the Matcher must always run).
Needs = tuple[tuple[tuple[int, frozenset[int]], ...], ...] | None


class Ruler:
    """Candidate spans from pattern files, labelled and with the pattern id as span id."""

    def __init__(self, nlp: Language, files: Iterable[str], spans_key: str) -> None:
        self.spans_key = spans_key
        entries = [entry for name in files for entry in lexicon.ruler_patterns(name)]
        groups = _group_by_anchor([(anchor(e["pattern"]), e) for e in entries])
        self._always: list[tuple[Needs, Matcher]] = []
        # (anchor words as NORM hashes, the form `Doc.to_array` gives them in; widest match;
        # the words its patterns need; matcher). Widest None means "run on the whole Doc".
        self._gated: list[tuple[frozenset[int], int | None, Needs, Matcher]] = []
        for words, members in groups.items():
            matcher = Matcher(nlp.vocab, validate=True)
            lengths = [max_length(entry["pattern"]) for entry in members]
            for entry in members:
                # One key per label and id: the key string carries both back out.
                matcher.add(f"{entry['label']}|{entry['id']}", [entry["pattern"]])
            needs = tuple(required(entry["pattern"]) for entry in members)
            gate = None if not all(needs) else needs
            if words is None:
                self._always.append((gate, matcher))
            else:
                widest = None if None in lengths else max(int(n) for n in lengths if n is not None)
                anchors = frozenset(get_string_id(word) for word in words)
                self._gated.append((anchors, widest, gate, matcher))
        # word -> the gated groups it can open
        self._index: dict[int, list[int]] = {}
        for number, (anchors, _, _, _) in enumerate(self._gated):
            for word in anchors:
                self._index.setdefault(word, []).append(number)

    def __call__(self, doc: Doc) -> Doc:
        # Token by token, building a Token object for each norm cost more than the index.
        table = doc.to_array([NORM, LOWER])
        columns = {NORM: table[:, 0].tolist(), LOWER: table[:, 1].tolist()}
        at: dict[int, list[int]] = {}
        for i, norm in enumerate(columns[NORM]):
            at.setdefault(norm, []).append(i)
        whole: dict[int, set[int]] = {}
        found: set[tuple[int, int, int]] = set()
        touched = sorted({number for word in at for number in self._index.get(word, ())})
        for number in touched:
            words, widest, needs, matcher = self._gated[number]
            if not _possible(needs, columns, 0, len(doc), whole):
                continue
            hits = sorted(i for word in words if word in at for i in at[word])
            for start, end in _windows(hits, widest, len(doc)):
                # A Matcher call costs 10-40 µs even on a few tokens; most windows of the
                # common anchors ("i", "you", "talk") lack the rest of every pattern.
                if _possible(needs, columns, start, end, {}):
                    found.update(
                        (key, s + start, e + start) for key, s, e in matcher(doc[start:end])
                    )
        for needs, matcher in self._always:
            if _possible(needs, columns, 0, len(doc), whole):
                found.update(matcher(doc))
        strings = doc.vocab.strings
        spans = []
        for key, start, end in sorted(found, key=lambda m: (m[1], m[2], m[0])):
            label, _, pattern_id = strings[key].partition("|")
            spans.append(Span(doc, start, end, label=label, span_id=pattern_id))
        doc.spans[self.spans_key] = spans
        return doc


def _possible(
    needs: Needs, columns: dict[int, list[int]], start: int, end: int, seen: dict[int, set[int]]
) -> bool:
    """Whether some pattern finds every word it requires among tokens start..end (`seen`
    caches the values of each attribute there). False means no match can lie there."""
    if needs is None:
        return True
    for pattern in needs:
        for attr, words in pattern:
            present = seen.get(attr)
            if present is None:
                present = seen[attr] = set(columns[attr][start:end])
            if words.isdisjoint(present):
                break
        else:
            return True
    return False


def _windows(hits: list[int], widest: int | None, length: int) -> list[tuple[int, int]]:
    """Token ranges around each anchor that any match through it must lie within, merged."""
    if widest is None:
        return [(0, length)]
    out: list[tuple[int, int]] = []
    for i in hits:
        start, end = max(0, i - widest + 1), min(length, i + widest)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


@Language.factory("tend_ruler", default_config={"files": [], "spans_key": "tend_candidates"})
def make_ruler(nlp: Language, name: str, files: list[str], spans_key: str) -> Ruler:
    return Ruler(nlp, files, spans_key)
