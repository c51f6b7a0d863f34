"""`tend_safety`: the gate that runs before any coaching.

Two sources, either one is enough: the rules in safety.jsonl (exact phrases, guards for
idioms such as "this traffic is killing me") and the learned heads over the draft's sentence
embeddings (nlp/safety/model.py), which reach phrasings no rule lists.

Two levels. A clear disclosure of thoughts of self-harm ("crisis") or of violence, threats,
coercion or fear of a partner ("violence") sets `doc._.tend_safety`: no rewrite, the bot answers
with support. A possible one sets `doc._.tend_check_in`: coaching goes on, with one gentle
line. Possible means: a rule line labelled `crisis_possible`/`violence_possible` ("walking on
eggshells"), a clear phrase with a laugh after it in the same sentence ("I'll kill myself lol
if you make me watch that again"), or a learned score between the two thresholds; a learned
crisis score between them becomes clear when the draft names a plan, a violence score when it
names harm the way screening asks about it (cues.py).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.detect.context import Context, is_joking
from nlp.detect.judge import CANDIDATES_KEY, active_guards, checks_by_id, guarded, run_checks
from nlp.results import CheckIn, SafetyConcern, SafetyKind
from nlp.safety.cues import names_a_plan, names_harm
from nlp.safety.model import MODEL_HITS, ModelHit

SAFETY_KEY = "tend_safety_candidates"
# A sentence the coach rules read as an ultimatum ("keep drinking like this and I'm gone") or
# as refusing to talk ("not doing this tonight.") is about the relationship, not about living:
# a learned crisis score on it alone asks gently (a check-in) instead of replacing the
# coaching. The rules' own crisis phrases and violence are unaffected (a threat of harm is
# violence whatever else it is).
LEAVING_NOT_LIVING = frozenset({"threat", "stonewalling"})
SAFETY_FILE = "safety.jsonl"
# The more urgent concern is reported when a draft holds both.
_PRIORITY: dict[SafetyKind, int] = {"crisis": 0, "violence": 1}
_LABELS: dict[str, tuple[SafetyKind, bool]] = {
    "crisis": ("crisis", True),
    "violence": ("violence", True),
    "crisis_possible": ("crisis", False),
    "violence_possible": ("violence", False),
}

for _name in ("tend_safety", "tend_check_in"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class Safety:
    """Sets `doc._.tend_safety` (clear) or `doc._.tend_check_in` (possible), or neither."""

    def __init__(self) -> None:
        self._checks = checks_by_id([SAFETY_FILE])

    def __call__(self, doc: Doc) -> Doc:
        doc._.tend_safety = None
        doc._.tend_check_in = None
        clear: list[tuple[int, int, SafetyKind, Span]] = []
        possible: list[tuple[int, int, SafetyKind]] = []
        candidates = list(doc.spans[SAFETY_KEY]) if SAFETY_KEY in doc.spans else []
        guards: list[Span] = []
        if candidates:
            # Sentences and quotes are read around a rule's candidates only; building them
            # for a Doc without any (1,061 of the bench's 1,200 drafts, and every one of its
            # suggestion re-checks) was about 2% of `analyze`.
            ctx = Context(doc)
            guards = active_guards(ctx, candidates, self._checks)
            for kind, is_clear, span in self._rule_hits(ctx, candidates, guards):
                if is_clear and not _laugh_after(span, ctx.sentence(span)):
                    clear.append((_PRIORITY[kind], span.start, kind, span))
                else:
                    possible.append((_PRIORITY[kind], span.start, kind))
        hits: tuple[ModelHit, ...] = doc._.get(MODEL_HITS) or ()
        coached = (
            [s for s in doc.spans.get(CANDIDATES_KEY, ()) if s.label_ in LEAVING_NOT_LIVING]
            if hits
            else []
        )
        for hit in hits:
            span = doc[hit.start : hit.end]
            # A guard is the rules saying "this is an idiom" ("he hit me with a great idea"):
            # the learned score does not overrule it.
            if any(g.start < span.end and span.start < g.end for g in guards):
                continue
            leaving = hit.kind == "crisis" and any(
                c.start < span.end and span.start < c.end for c in coached
            )
            joking = is_joking(span)
            if hit.clear and not leaving and not joking:
                clear.append((_PRIORITY[hit.kind], span.start, hit.kind, span))
            elif not joking and _cued(hit, doc.text):
                # A possible score beside a means, a step or affairs put in order (crisis), or
                # beside harm named the way screening asks about it (violence; cues.py): the
                # score and the cue together are a clear disclosure.
                clear.append((_PRIORITY[hit.kind], span.start, hit.kind, span))
            else:
                possible.append((_PRIORITY[hit.kind], span.start, hit.kind))
        if clear:
            _, _, kind, best = min(clear, key=lambda item: item[:2])
            doc._.tend_safety = SafetyConcern(
                kind=kind, text=best.text, start=best.start_char, end=best.end_char
            )
        elif possible:
            doc._.tend_check_in = CheckIn(kind=min(possible)[2])
        return doc

    def _rule_hits(
        self, ctx: Context, candidates: list[Span], guards: list[Span]
    ) -> list[tuple[SafetyKind, bool, Span]]:
        found: list[tuple[SafetyKind, bool, Span]] = []
        for span in candidates:
            if span.label_ not in _LABELS or ctx.is_quoted(span) or guarded(span, guards):
                continue
            kept = run_checks(ctx, span, self._checks)
            if kept is not None:
                kind, is_clear = _LABELS[span.label_]
                found.append((kind, is_clear, kept))
        return found


def _cued(hit: ModelHit, text: str) -> bool:
    return names_a_plan(text) if hit.kind == "crisis" else names_harm(text)


def _laugh_after(span: Span, sentence: Span) -> bool:
    """A laugh after the words, in the same sentence, marks hyperbole ("I'll kill myself lol
    if you make me watch that again"); a laugh before them belongs to something else
    ("you're so lazy lol he hit me last night")."""
    return is_joking(sentence.doc[span.end : sentence.end])


@Language.factory("tend_safety")
def make_safety(nlp: Language, name: str) -> Safety:
    return Safety()
