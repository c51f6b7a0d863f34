"""Context rules a pattern line can ask for with `"checks": [...]`: code where data can't say it.

A check takes the candidate span and returns the span to keep (sometimes widened), or None
to drop it. All of them are lexical; see nlp/detect/context.py for why.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lemminflect import getAllLemmas, getInflection
from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.detect import emphasis
from nlp.detect.context import DISCOURSE, Context, is_joking, is_wordlike

Check = Callable[[Context, Span], Span | None]

NEVER_WORDS = frozenset({"never", "not", "n't", "nt", "once"})
# "never fail to …", "never stop …" are praise only when what follows is good.
FLIP_VERBS = frozenset({"stop", "stops", "cease", "ceases", "fail", "fails", "tire", "tires"})
SKIP = frozenset(
    {"even", "ever", "once", "really", "just", "actually", "so", "to", "me", "a", "an"}
)
CONDITIONS = frozenset(
    {"if", "unless", "or", "either", "keep", "more", "again", "swear", "otherwise", "else", "until",
     "warning", "chance", "next", "last"}
)  # fmt: skip
# "and" joins a condition only after an imperative: "do it again and …", "keep this up and …".
_IMPERATIVE_BEFORE_AND = frozenset({"do", "say", "go", "try", "keep", "miss", "skip", "cancel"})
_NAGGING = frozenset({"again", "now", "already", "times", "told", "asked", "seriously", "!", "ffs"})
_NOT_CAUSATIVE = frozenset(
    {"a", "an", "the", "some", "my", "your", "our", "this", "that", "breakfast", "lunch", "dinner",
     "coffee", "tea", "food", "cake", "something", "one", "toast", "soup", "pancakes"}
)  # fmt: skip
_LOGISTICS_VERBS = frozenset(
    {"bring", "sign", "renew", "collect", "show", "fill", "print", "pack", "charge", "register",
     "confirm", "wear"}
)  # fmt: skip
# Verbs of handling a thing or a procedure: "you have to push it in", "you need to book first".
# With them, "you have to …" says how something works, not what the partner owes.
_PROCEDURE_VERBS = _LOGISTICS_VERBS | frozenset(
    {"push", "press", "hold", "turn", "twist", "pull", "lift", "plug", "unplug", "switch", "tap",
     "scan", "swipe", "click", "enter", "type", "insert", "jiggle", "shake", "stir", "preheat",
     "soak", "book", "queue", "follow", "pay", "reboot", "restart", "reset", "update", "install",
     "download", "log", "fold", "peel", "cut", "fit", "initial", "present", "validate", "apply",
     "submit", "declare", "check", "board", "transfer"}
)  # fmt: skip
# What makes "you have to …" an instruction: a goal it serves ("… to open it", "if you want
# …", "or it won't"), steps ("first", "then") or what a situation will require ("you'll need
# to"). Lexical like every check.
_GOAL_OR_STEP = frozenset(
    {"if", "first", "then", "otherwise", "before", "after", "once", "when", "whenever", "unless",
     "or", "so", "next", "until"}
)  # fmt: skip
_FUTURE = frozenset({"'ll", "will", "ll"})
# What makes it pressure on the partner instead: their conduct, the speaker, or nagging.
# Verbs of conduct itself keep the flag whatever the sentence around them says.
_CONDUCT_VERBS = frozenset(
    {"stop", "start", "quit", "learn", "grow", "listen", "respect", "apologise", "apologize",
     "understand", "change", "realise", "realize", "care", "calm", "chill", "relax", "help",
     "try", "be", "think", "man", "step"}
)  # fmt: skip
# Everyday verbs a demand often uses ("you need to clean up", "… take the bins out"): a demand
# unless a goal, a step or the future makes it an instruction.
_CHORE_VERBS = frozenset(
    {"get", "talk", "tell", "answer", "reply", "text", "call", "pick", "clean", "tidy", "sort",
     "deal", "figure", "make", "do", "put", "take", "give", "let", "leave", "spend", "save",
     "come", "go", "pull", "cut"}
)  # fmt: skip
_CONTRASTS = frozenset({"but", "though", "although", "except", "yet", "however"})
_SPEAKER = frozenset({"me", "us", "my", "our", "myself", "ourselves", "i", "we"})
_PRESSURE = _NAGGING | frozenset({"ever", "never", "always", "else", "yourself"})
_CONTINUES_STANDALONE = frozenset(
    {"you", "i", "i'm", "go", "do", "buy", "then", "talking", "arguing", "discussing",
     "here", "fine", "ok", "whatever", "get", "leave", "just", "forget", "im", "u"}
)  # fmt: skip


def praise(ctx: Context, span: Span) -> Span | None:
    """Drop "you always make the best coffee", "you never let me down": praise, not a complaint."""
    sentence = ctx.sentence(span)
    # Affection before "but" sets up the complaint, it does not soften it ("love you but you
    # never listen"): only the words after the last contrast before the span count.
    contrasts = [t.i for t in ctx.doc[sentence.start : span.start] if t.norm_ in _CONTRASTS]
    if contrasts:
        sentence = ctx.doc[contrasts[-1] + 1 : sentence.end]
    clause_end = ctx.clause_end(span.end - 1) if span.end < len(ctx.doc) else span.end
    if any(t.norm_ in NEVER_WORDS for t in span):
        after = [t for t in ctx.doc[span.end : clause_end] if t.norm_ not in SKIP]
        verb = next((t for t in after if is_wordlike(t)), None)
        if verb is not None and verb.norm_ in lexicon.words("negative_verbs"):
            return None
        if verb is not None and verb.norm_ in FLIP_VERBS:
            return None if ctx.score(after[1:]) > 0 else span
        # Good words inside the negated clause are complaints ("you never help");
        # good words elsewhere in the sentence make it praise ("…, love you").
        outside = [t for t in sentence if not span.start <= t.i < clause_end]
        return None if ctx.score(outside) > 0 else span
    rest = [t for t in sentence if not span.start <= t.i < span.end]
    return None if ctx.score(rest) > 0 else span


def positive(ctx: Context, span: Span) -> Span | None:
    """For guards: active only when the sentence carries good words."""
    return span if ctx.score(ctx.sentence(span)) > 0 else None


def negative(ctx: Context, span: Span) -> Span | None:
    """Keep sarcasm markers ("thanks a lot") only next to something that went wrong."""
    return span if ctx.score(ctx.sentence(span)) < 0 else None


def negative_rest(ctx: Context, span: Span) -> Span | None:
    """Like `negative`, not counting the span's own words ("thanks for the support 🙄")."""
    rest = [t for t in ctx.sentence(span) if not span.start <= t.i < span.end]
    return span if ctx.score(rest) < 0 else None


def negative_text(ctx: Context, span: Span) -> Span | None:
    """Like `negative`, over the whole draft: "what about you? you forgot my birthday"."""
    return span if ctx.score(ctx.doc[:]) < 0 else None


def partner(ctx: Context, span: Span) -> Span | None:
    return span if ctx.has_partner(ctx.sentence(span)) else None


def partner_text(ctx: Context, span: Span) -> Span | None:
    return span if ctx.has_partner(ctx.doc, exclude=span) else None


def not_self(ctx: Context, span: Span) -> Span | None:
    """ "for once I'm early" is about me; "for once remember the receipt" is not."""
    start, end = ctx.clause_start(span.start), ctx.clause_end(span.start)
    clause = ctx.doc[start:end]
    mine = any(t.norm_ in {"i", "i'm", "me", "my"} for t in clause)
    return None if mine and not ctx.has_partner(clause) else span


def _prev_ok(ctx: Context, index: int) -> bool:
    if index == 0:
        return True
    prev = ctx.doc[index - 1]
    return not is_wordlike(prev) or prev.norm_ in DISCOURSE or prev.norm_ in {"and", "it", "nvm"}


def clause_start(ctx: Context, span: Span) -> Span | None:
    """ "forget it" / "grow up" as an utterance of their own, not "I forget it every time"."""
    return span if _prev_ok(ctx, span.start) else None


def standalone(ctx: Context, span: Span) -> Span | None:
    """ "whatever." / "i'm done" closing a turn, not "whatever works" or "i'm done with work"."""
    if span.end < len(ctx.doc):
        nxt = ctx.doc[span.end]
        if is_wordlike(nxt) and nxt.norm_ not in _CONTINUES_STANDALONE:
            return None
        if nxt.norm_ in {"you", "u"} and not _says(ctx, span.end + 1):
            return None
    return span


def _says(ctx: Context, index: int) -> bool:
    return index < len(ctx.doc) and ctx.doc[index].norm_ in {"say", "said", "says"}


def alone(ctx: Context, span: Span) -> Span | None:
    """A one-word sentence ("Pathetic.") rather than a word inside a longer thought."""
    sentence = ctx.sentence(span)
    others = [t for t in sentence if is_wordlike(t) and not span.start <= t.i < span.end]
    return span if all(t.norm_ in DISCOURSE for t in others) else None


def condition(ctx: Context, span: Span) -> Span | None:
    """A consequence ("we're done") is an ultimatum only with a condition before it.

    The span widens to start at the condition, so the pattern shows the whole ultimatum.
    """
    sentence = ctx.sentence(span)
    for token in ctx.doc[sentence.start : span.start]:
        if token.i in ctx.quoted:
            continue
        norm = token.norm_
        if norm in CONDITIONS or (norm == "and" and _imperative_before(ctx, sentence, token.i)):
            start = token.i
            if norm in {"more", "again", "last", "next"} and start > sentence.start:
                start = max(sentence.start, start - 1)
            return ctx.doc[start : span.end]
    return None


def _imperative_before(ctx: Context, sentence: Span, index: int) -> bool:
    return any(t.norm_ in _IMPERATIVE_BEFORE_AND for t in ctx.doc[sentence.start : index])


def vbn(ctx: Context, span: Span) -> Span | None:
    """ "you should have told me" (a reproach), not "you should have a parcel today"."""
    word = span[-1].lower_
    return span if word == "been" or _is_participle(word) else None


@functools.cache
def _is_participle(word: str) -> bool:
    return any(word in getInflection(lemma, "VBN") for lemma in getAllLemmas(word).get("VERB", ()))


def logistics(ctx: Context, span: Span) -> Span | None:
    """ "you need to bring your ID, they just emailed" passes on information, not an order."""
    if span[-1].norm_ not in _LOGISTICS_VERBS:
        return span
    nagging = any(t.norm_ in _NAGGING for t in ctx.sentence(span))
    return span if nagging else None


def instruction(ctx: Context, span: Span) -> Span | None:
    """ "you have to push it in to start it", "you'll need to book first", "you'd better check
    his pulse if he doesn't come round": how something works or what a situation needs, said
    to anyone. Kept as a demand when the sentence is about the partner's conduct towards the
    speaker ("you need to start helping me"), nags ("again", "now", "!") or names no goal or
    step and no handling of a thing."""
    if logistics(ctx, span) is None:
        return None
    sentence = ctx.sentence(span)
    after = [t for t in ctx.doc[span.end : sentence.end] if is_wordlike(t)]
    words = {t.norm_ for t in sentence}
    if words & _PRESSURE or any(t.norm_ in _SPEAKER for t in after) or "!" in sentence.text:
        return span
    if "for once" in sentence.text.lower():
        return span
    verb = span[-1].norm_
    if verb in _CONDUCT_VERBS:
        return span
    if verb in _PROCEDURE_VERBS and verb not in _CHORE_VERBS:
        return None
    future = any(t.norm_ in _FUTURE for t in span)
    goal = any(t.norm_ in _GOAL_OR_STEP for t in after) or _purpose(after)
    goal = goal or any(t.norm_ in {"first", "then"} for t in ctx.doc[sentence.start : span.start])
    return None if goal or future else span


def _purpose(after: list[Token]) -> bool:
    """A purpose clause after the verb's object: "… the button to start it"."""
    return any(t.norm_ in {"to", "so"} for t in after[1:])


def causative(ctx: Context, span: Span) -> Span | None:
    """ "you made me cry" blames; "you made me breakfast" is a kindness."""
    if span.end >= len(ctx.doc):
        return None
    following = [t for t in ctx.doc[span.end : span.end + 2] if t.norm_ not in {"so", "really"}]
    if not following or following[0].norm_ in _NOT_CAUSATIVE or not is_wordlike(following[0]):
        return None
    return span


def not_joking(ctx: Context, span: Span) -> Span | None:
    return None if is_joking(ctx.sentence(span)) else span


CHECKS: dict[str, Check] = {
    "praise": praise,
    "positive": positive,
    "negative": negative,
    "negative_rest": negative_rest,
    "negative_text": negative_text,
    "partner": partner,
    "partner_text": partner_text,
    "not_self": not_self,
    "clause_start": clause_start,
    "standalone": standalone,
    "alone": alone,
    "condition": condition,
    "vbn": vbn,
    "logistics": logistics,
    "instruction": instruction,
    "causative": causative,
    "not_joking": not_joking,
    **emphasis.CHECKS,
}
