"""`tend_judge`: turn raw pattern matches into the patterns Tend reports.

The span ruler proposes candidates from the pattern files; the judge drops those inside
quotes or reported speech, those covered by a guard (idioms, praise), and those whose
`checks` fail, then keeps one span per category and place.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp import lexicon, vocabulary
from nlp.detect.checks import CHECKS
from nlp.detect.context import Context
from nlp.detect.spans import SpanIndex
from nlp.detect.teasing import without_teases
from nlp.results import CATEGORIES

CANDIDATES_KEY = "tend_candidates"
FINAL_KEY = "tend"
# Candidates outside quotes and guards, before the context checks: phrases that would be
# flagged in another context ("you'd rather …" next to "love"), so rewrites soften them too.
SOFT_KEY = "tend_soft"
# Candidates a guard switched off (praise, idioms, "you're right"): the learned check reads
# these so it does not flag again what a guard explicitly cleared.
CLEARED_KEY = "tend_cleared"
COACH_FILES = (*(c.pattern_file for c in vocabulary.categories()), "guards.jsonl")
# When both match the same words, the first reading wins: "you just need to relax" is
# advice, not an order.
SUPPRESSES = {("fixing", "demand")}


def checks_by_id(files: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Pattern id -> the checks its pattern line asks for."""
    table: dict[str, tuple[str, ...]] = {}
    for name in files:
        for entry in lexicon.load_jsonl(name):
            unknown = set(entry.get("checks", ())) - CHECKS.keys()
            if unknown:
                raise ValueError(f"{name}: {entry.get('id')}: unknown checks {sorted(unknown)}")
            table[entry["id"]] = tuple(entry.get("checks", ()))
    return table


def flagged_ids(files: Iterable[str], field: str, default: bool) -> frozenset[str]:
    """Ids of the pattern lines whose `field` is true (`default` when a line leaves it out).

    `"tease": true`: the line may be read as a tease (nlp/detect/teasing.py). `"soft": false`: a
    candidate that fails its checks is ordinary text ("again", "thanks a lot"), not a
    phrase rewrites should still soften.
    """
    return frozenset(
        entry["id"]
        for name in files
        for entry in lexicon.load_jsonl(name)
        if entry.get(field, default)
    )


def run_checks(ctx: Context, span: Span, checks: Mapping[str, tuple[str, ...]]) -> Span | None:
    result: Span | None = span
    for name in checks.get(span.id_, ()):
        if result is None:
            break
        result = CHECKS[name](ctx, result)
    return result


def active_guards(
    ctx: Context, spans: Iterable[Span], checks: Mapping[str, tuple[str, ...]]
) -> list[Span]:
    return [
        g for g in spans if g.label_.startswith("guard") and run_checks(ctx, g, checks) is not None
    ]


def guarded(span: Span, guards: Iterable[Span] | SpanIndex[Span]) -> bool:
    near = guards.overlapping(span.start, span.end) if isinstance(guards, SpanIndex) else guards
    for guard in near:
        scope = guard.label_.partition(".")[2]
        if (
            (not scope or scope == span.label_)
            and guard.start < span.end
            and span.start < guard.end
        ):
            return True
    return False


class Judge:
    """Keeps the candidates that survive quotes, guards and checks in `doc.spans["tend"]`."""

    def __init__(
        self,
        checks: Mapping[str, tuple[str, ...]],
        teasable: Iterable[str] = (),
        hard: Iterable[str] = (),
    ) -> None:
        self._checks = dict(checks)
        self._teasable = frozenset(teasable)
        # Ids whose candidates only count once their checks pass (`"soft": false`).
        self._hard = frozenset(hard)

    def __call__(self, doc: Doc) -> Doc:
        candidates = list(doc.spans[CANDIDATES_KEY]) if CANDIDATES_KEY in doc.spans else []
        if doc._.tend_safety is not None or not candidates:
            doc.spans[FINAL_KEY] = []
            doc.spans[SOFT_KEY] = []
            doc.spans[CLEARED_KEY] = []
            return doc
        ctx = Context(doc, [s for s in candidates if s.label_ == "positive"])
        guards = SpanIndex(active_guards(ctx, candidates, self._checks))
        kept: list[Span] = []
        soft: list[Span] = []
        cleared: list[Span] = []
        for span in candidates:
            if span.label_ not in CATEGORIES or ctx.is_quoted(span) or ctx.is_reported(span):
                continue
            if guarded(span, guards):
                cleared.append(span)
                continue
            result = run_checks(ctx, span, self._checks)
            if result is not None or span.id_ not in self._hard:
                soft.append(span)
            if result is not None:
                kept.append(
                    Span(doc, result.start, result.end, label=span.label_, span_id=span.id_)
                )
        doc.spans[FINAL_KEY] = _resolve(without_teases(ctx, kept, self._teasable))
        doc.spans[SOFT_KEY] = soft
        doc.spans[CLEARED_KEY] = cleared
        return doc


def _resolve(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for category in CATEGORIES:
        same = [s for s in spans if s.label_ == category]
        if not same:
            continue
        winners = SpanIndex(s for s in spans if (s.label_, category) in SUPPRESSES)
        out.extend(s for s in filter_spans(same) if not winners.any_overlap(s.start, s.end))
    return sorted(out, key=lambda s: (s.start, s.end))


@Language.factory("tend_judge")
def make_judge(nlp: Language, name: str) -> Judge:
    checks = checks_by_id(COACH_FILES)
    return Judge(
        checks,
        teasable=flagged_ids(COACH_FILES, "tease", default=False),
        hard=set(checks) - flagged_ids(COACH_FILES, "soft", default=True),
    )
