"""Checks for good news said with words that usually blame (issue 14).

"thanks to you" and "because of you" blame when what follows went wrong ("thanks to you we
missed the ferry") and give credit when it went well ("thanks to you I finally passed",
"because of you I've actually got a pension"). "I'm done" shuts a talk down, or announces a
finished task ("I'm done!! tax return submitted 🎉"). "Just breathe" brushes a feeling
aside, or calms someone who asked for help ("just breathe, you've got this"). All lexical,
like every check (see nlp/detect/context.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.detect.context import SPEAKER_WORDS, Context, is_wordlike

# Said to calm someone, not to wave them off: "you've got this", "it'll be fine", "I'm here".
# Norm sequences; "be" is the word itself, so "it's fine" (often a brush-off) is not one.
_REASSURANCES: tuple[tuple[str, ...], ...] = (
    ("got", "this"),
    ("be", "fine"),
    ("be", "ok"),
    ("be", "okay"),
    ("be", "alright"),
    ("be", "all", "right"),
    ("am", "here"),
    ("here", "for", "you"),
    ("here", "with", "you"),
    ("proud", "of", "you"),
)


_WOULD = frozenset({"would", "'d", "d"})
_FIX_WORKS = frozenset(
    {"help", "helps", "helped", "helping", "helpful", "work", "works", "worked", "better", "best"}
)
_COURTESIES = frozenset({"thank", "thanks", "thx", "cheers"})


def credit(ctx: Context, span: Span) -> Span | None:
    """ "thanks to you I actually finished the 10k", "because of you I didn't have to worry",
    "PASSED MY TEST!! THANKS TO YOU": something went well, in the sentence or the one before,
    and nothing there went wrong."""
    sentence = ctx.sentence(span)
    before = ctx.previous_sentence(sentence)
    rest = [t for t in sentence if not span.start <= t.i < span.end]
    near = rest + (list(before) if before is not None else [])
    if ctx.score(near) < 0:
        return span
    return None if _success(near) or _relief(rest) else span


def finished_task(ctx: Context, span: Span) -> Span | None:
    """ "I'm done!! tax return submitted 🎉": a task finished, said to nobody in particular.
    Kept when the partner is named or anything went wrong nearby ("I'm done. not talking
    about her again 🙄")."""
    near = ctx.with_next_sentence(span)
    if _thanked(ctx, span) and ctx.score(near) >= 0:
        return None  # before the partner test: "thank you" names no one
    if ctx.has_partner(ctx.doc):
        return span
    if _worn_out(ctx, span):
        return None
    if ctx.score(near) < 0:
        return span
    return None if _success(near) else span


def _thanked(ctx: Context, span: Span) -> bool:
    """ "I'm done, thank you. Could I have the bill?": a plate or a turn finished, and thanks
    straight after it; shutting a partner out is not said with thanks ("please" is: "I'm done.
    Please go."), and "I'm done talking, thanks" is not a finished turn."""
    following = next((t for t in ctx.doc[span.end :] if is_wordlike(t)), None)
    return following is not None and following.norm_ in _COURTESIES


def _worn_out(ctx: Context, span: Span) -> bool:
    """ "Today was full on, I am totally done", "Twelve hour shift. I'm so done, bed": worn
    out by a day, said to nobody in particular. A long day is often a bad one, so bad words
    do not keep the flag here; words of a row or of having had enough ("again", "anymore",
    "this") do ("Another fight today. I'm done."). Going to bed is not one of its words:
    "I'm done. Going to bed." walks out of a talk."""
    sentence = ctx.sentence(span)
    before = ctx.previous_sentence(sentence)
    near = list(sentence) + ctx.with_next_sentence(span)
    near += list(before) if before is not None else []
    norms = {t.norm_ for t in near}
    return bool(norms & lexicon.words("long_day")) and not norms & lexicon.words("had_enough")


def reassured(ctx: Context, span: Span) -> Span | None:
    """For a guard: "just breathe, love. it's going to be fine" calms; "just relax, you're
    overreacting" does not. Active when the sentence or the next one reassures and nothing
    in them went wrong."""
    near = ctx.with_next_sentence(span)
    if ctx.score(near) < 0:
        return None
    return span if _reassures(near) else None


def encouraged(ctx: Context, span: Span) -> Span | None:
    """ "you should just go for it, you'd be great", "why don't you just come with us? It'll be
    fun", "stop worrying about the interview, you'll be brilliant": advice said to lift
    someone, not to wave a feeling away; and "you should have come, it was great fun": what
    they missed, not a reproach. Dropped when what follows the advice's clause (to
    the end of the next sentence) reassures or only praises, and does not name the speaker
    ("… it would be great for us" asks for something)."""
    sentence = ctx.sentence(span)
    after = list(ctx.doc[ctx.clause_end(span.end - 1) : sentence.end])
    following = ctx.next_sentence(sentence)
    after += list(following) if following is not None else []
    if any(t.norm_ in SPEAKER_WORDS for t in after) or _wished(after):
        return span
    # That the fix would help is the fixing itself ("have you tried meditating? might help
    # with the anxiety"), not praise.
    evidence = [ctx.score([t]) for t in after if t.norm_ not in _FIX_WORKS]
    if not evidence or min(evidence) < 0:
        return span
    return None if _reassures(after) or sum(evidence) > 0 else span


def _wished(tokens: Sequence[Token]) -> bool:
    """ "… it would have been nice", "I wish you had": what they did not do, a reproach; not
    "you'd be great", which looks ahead."""
    norms = [t.norm_ for t in tokens]
    return "wish" in norms or any(
        a in _WOULD and b in {"have", "'ve", "ve", "of"} for a, b in pairwise(norms)
    )


def _success(tokens: Sequence[Token]) -> bool:
    successes = lexicon.words("successes")
    return any(t.norm_ in successes or t.text in successes for t in tokens)


def _relief(tokens: Sequence[Token]) -> bool:
    """ "I didn't have to think about it", "we never need to worry"."""
    norms = [t.norm_ for t in tokens]
    return any(
        norms[i] in {"not", "never"} and norms[i + 1] in {"have", "need"} and norms[i + 2] == "to"
        for i in range(len(norms) - 2)
    )


def _reassures(tokens: Sequence[Token]) -> bool:
    words = [t.norm_ for t in tokens]
    for phrase in _REASSURANCES:
        size = len(phrase)
        if any(tuple(words[i : i + size]) == phrase for i in range(len(words) - size + 1)):
            return True
    return False


CHECKS: dict[str, Callable[[Context, Span], Span | None]] = {
    "credit": credit,
    "finished_task": finished_task,
    "reassured": reassured,
    "encouraged": encouraged,
}
