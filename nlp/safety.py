"""`tend_safety`: the gate that runs before any coaching.

A draft that discloses thoughts of self-harm ("crisis") or violence, threats of harm,
coercion or fear of a partner ("violence") gets no rewrite; the bot answers with support
instead. The gate holds when the same text also blames, and ignores idioms ("this traffic
is killing me") through the guard patterns in safety.jsonl.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from nlp.context import Context
from nlp.judge import active_guards, checks_by_id, guarded, run_checks
from nlp.results import SafetyConcern

SAFETY_KEY = "tend_safety_candidates"
SAFETY_FILE = "safety.jsonl"
# The more urgent concern is reported when a draft holds both.
_PRIORITY = {"crisis": 0, "violence": 1}

if not Doc.has_extension("tend_safety"):
    Doc.set_extension("tend_safety", default=None)


class Safety:
    """Sets `doc._.tend_safety` to a SafetyConcern, or leaves it None."""

    def __init__(self) -> None:
        self._checks = checks_by_id([SAFETY_FILE])

    def __call__(self, doc: Doc) -> Doc:
        doc._.tend_safety = None
        candidates = list(doc.spans[SAFETY_KEY]) if SAFETY_KEY in doc.spans else []
        if not candidates:
            return doc
        ctx = Context(doc)
        guards = active_guards(ctx, candidates, self._checks)
        found = []
        for span in candidates:
            if span.label_ not in _PRIORITY or ctx.is_quoted(span) or guarded(span, guards):
                continue
            kept = run_checks(ctx, span, self._checks)
            if kept is not None:
                found.append((_PRIORITY[span.label_], kept.start, span.label_, kept))
        if found:
            _, _, label, best = min(found, key=lambda item: item[:2])
            doc._.tend_safety = SafetyConcern(
                kind="crisis" if label == "crisis" else "violence",
                text=best.text,
                start=best.start_char,
                end=best.end_char,
            )
        return doc


@Language.factory("tend_safety")
def make_safety(nlp: Language, name: str) -> Safety:
    return Safety()
