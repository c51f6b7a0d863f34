"""Checks for emphasis and repetition: "AGAIN", "again.", "Every. Single. Time."

"Again" turns a slip into a pattern, the way "always" does, but it is everywhere in
harmless text too ("the cat is on your pillow again", "see you again soon"). So these
checks keep it only where it rides on a complaint about the partner: a lapse verb in the
same clause ("you forgot … again"), or emphasis (capitals in a draft that is not all
capitals, or a sentence of its own) right after something that went wrong. All lexical,
like every check (see nlp/detect/context.py).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from nlp import lexicon
from nlp.detect.context import DISCOURSE, Context, is_wordlike


def _near(ctx: Context, span: Span) -> list[Span]:
    """The span's sentence and the one before it: "you cancelled. Every. Single. Time."."""
    sentence = ctx.sentence(span)
    before = ctx.previous_sentence(sentence)
    return [sentence] if before is None else [before, sentence]


def _whole_message(ctx: Context, span: Span) -> bool:
    """Nothing but these words (and "ugh", "lol" …): a reply aimed at the partner."""
    return all(
        t.norm_ in DISCOURSE for t in ctx.doc if is_wordlike(t) and not span.start <= t.i < span.end
    )


def partner_near(ctx: Context, span: Span) -> Span | None:
    """ "you" in this sentence or the one before, or the words make up the whole draft."""
    if any(ctx.has_partner(s) for s in _near(ctx, span)) or _whole_message(ctx, span):
        return span
    return None


def after_lapse(ctx: Context, span: Span) -> Span | None:
    """ "AGAIN" generalises what was just said, which must be about the partner and have
    gone wrong: the words before it in its sentence, or the sentence before when it stands
    alone ("we missed the train because of you. AGAIN."). Not "… AGAIN and you …": the
    partner only comes in after it."""
    sentence = ctx.sentence(span)
    before = ctx.doc[sentence.start : span.start]
    if all(t.norm_ in DISCOURSE for t in before if is_wordlike(t)):
        previous = ctx.previous_sentence(sentence)
        if previous is None:
            return None
        before = previous
    lapses = lexicon.words("lapses")
    went_wrong = ctx.score(before) < 0 or any(t.norm_ in lapses for t in before)
    return span if went_wrong and ctx.has_partner(before) else None


def negative_near(ctx: Context, span: Span) -> Span | None:
    """ "You didn't answer once. Thanks a lot.": the sarcasm refers to the sentence before."""
    return span if any(ctx.score(s) < 0 for s in _near(ctx, span)) else None


def emphatic(ctx: Context, span: Span) -> Span | None:
    """Capitals, or a sentence of its own: "AGAIN", "again.", "… again?!".

    The analyzer lower-cases a draft written all in capitals, so capitals here stand out.
    """
    text = span.text
    if len(text) > 1 and text.isupper():
        return span
    sentence = ctx.sentence(span)
    others = [t for t in sentence if is_wordlike(t) and not span.start <= t.i < span.end]
    return span if all(t.norm_ in DISCOURSE for t in others) else None


def same_clause(ctx: Context, span: Span) -> Span | None:
    """ "you forgot the milk again", not "you forgot the milk, i'll go again tomorrow"."""
    return span if ctx.same_clause(span) else None


def on_again(ctx: Context, span: Span) -> Span | None:
    """Point at the word that does the generalising: "you forgot our anniversary *again*"."""
    at = max((t.i for t in span if t.norm_ == "again"), default=None)
    return span if at is None else ctx.doc[at : at + 1]


CHECKS: dict[str, Callable[[Context, Span], Span | None]] = {
    "partner_near": partner_near,
    "after_lapse": after_lapse,
    "negative_near": negative_near,
    "emphatic": emphatic,
    "same_clause": same_clause,
    "on_again": on_again,
}
