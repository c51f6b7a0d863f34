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
from nlp.detect import advice, emphasis, good_news
from nlp.detect.context import DISCOURSE, SPEAKER_WORDS, Context, is_joking, is_wordlike

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
_NOT_CAUSATIVE = frozenset(
    {"a", "an", "the", "some", "my", "your", "our", "this", "that", "breakfast", "lunch", "dinner",
     "coffee", "tea", "food", "cake", "something", "one", "toast", "soup", "pancakes", "there",
     "here", "home", "tickets", "seats"}
)  # fmt: skip
# A clause that goes on about a thing: "for once the train was on time".
_WORLD_OPENERS = frozenset({"the", "it", "it's", "its", "this", "that", "everything", "everyone"})
_CONTRASTS = frozenset({"but", "though", "although", "except", "yet", "however"})
_CONTINUES_STANDALONE = frozenset(
    {"you", "i", "i'm", "go", "do", "buy", "then", "talking", "arguing", "discussing",
     "here", "fine", "ok", "whatever", "get", "leave", "just", "forget", "im", "u"}
)  # fmt: skip


# Words a sentence next to it needs before it can tell praise from complaint (see `praise`).
_SAYS_SOMETHING = 3
# Affection, not praise of what the partner did: "love you. you always …" can open a complaint.
_AFFECTION = frozenset(
    {"love", "loved", "loves", "loving", "adore", "miss", "hug", "hugs", "cuddle", "xoxo", "xx",
     "❤", "❤️", "♥", "♥️", "😍", "🥰", "😘", "💕", "💖", "💗", "💞", "💓", "💘", "💝", "😙", "😚",
     "dear", "sweetheart"}
)  # fmt: skip


def praise(ctx: Context, span: Span) -> Span | None:
    """Drop "you always make the best coffee", "you never let me down": praise, not a complaint."""
    whole = sentence = ctx.sentence(span)
    # Affection before "but" sets up the complaint, it does not soften it ("love you but you
    # never listen"): only the words after the last contrast before the span count.
    contrasts = [t.i for t in ctx.doc[sentence.start : span.start] if _is_contrast(t)]
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
    if ctx.score(rest) > 0:
        return None
    if any(ctx.score([t]) < 0 for t in rest):
        return span
    if contrasts:
        # A "but" after affection sets up a complaint ("love you but you always …"); after a
        # preface ("not sure I say it enough but you always look after us") it sets up
        # praise, and the next sentence says which, as below.
        before = ctx.doc[whole.start : contrasts[-1]]
        affection = any(t.norm_ in _AFFECTION or t.text in _AFFECTION for t in before)
        return None if not affection and _praises(ctx, ctx.next_sentence(sentence)) else span
    # Nothing good or bad in the sentence itself: the next one says which it was ("You
    # always go above and beyond. That was so thoughtful." against "… It's exhausting."), or
    # the one before ("You are the best. You always come through."). A bare "Great!!" next
    # to it is sarcasm, not praise: the sentence must say something. Affection before it
    # ("I love you. You always leave the door open.") sets up a complaint as "but" does, so
    # it does not count from the sentence before, and praise before only carries over to the
    # partner's own act ("you always …"), not to "every time …", which often turns on it.
    if _praises(ctx, ctx.next_sentence(sentence)):
        return None
    if not ctx.has_partner(span):
        return span
    return None if _praises(ctx, ctx.previous_sentence(sentence), _AFFECTION) else span


def _is_contrast(token: Token) -> bool:
    """ "but", "yet you never …"; not the "yet" of "your best drive yet,"."""
    if token.norm_ not in _CONTRASTS:
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.norm_ != "yet" or (nxt is not None and is_wordlike(nxt))


def _praises(ctx: Context, sentence: Span | None, ignore: frozenset[str] = frozenset()) -> bool:
    """A sentence that says something, with good words (not counting `ignore`) and no bad."""
    if sentence is None or sum(is_wordlike(t) for t in sentence) < _SAYS_SOMETHING:
        return False
    evidence = [ctx.score([t]) for t in sentence if t.norm_ not in ignore and t.text not in ignore]
    return sum(evidence) > 0 and min(evidence) >= 0


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


# "you're", "you are", "ur": what comes next is said of the partner.
_YOU_ARE = frozenset({"you're", "youre", "ur", "u're"})
_ARE = frozenset({"'re", "are", "re", "r", "were"})


def not_the_partner(ctx: Context, span: Span) -> Span | None:
    """For a guard: "a football player that never fumbled" tells of someone; "you're the only
    person that never cleans up" says it of the partner, and "the one thing that always
    annoys me about you" of the couple. Active unless "you're" (skipping fillers) comes
    right before the noun phrase or the rest of its clause names the speaker or partner."""
    rest = ctx.doc[span.end : ctx.clause_end(span.end - 1)]
    if ctx.has_partner(rest) or any(t.norm_ in SPEAKER_WORDS for t in rest):
        return None
    filler = lexicon.words("filler") | DISCOURSE
    before = [t for t in ctx.doc[ctx.clause_start(span.start) : span.start] if is_wordlike(t)]
    while before and before[-1].norm_ in filler:
        before.pop()
    if not before:
        return span
    last = before[-1]
    if last.norm_ in _YOU_ARE or last.lower_ in _YOU_ARE:
        return None
    said_of_you = (
        last.norm_ in _ARE and len(before) > 1 and before[-2].norm_ in lexicon.words("you")
    )
    return None if said_of_you else span


def about_the_world_after(ctx: Context, span: Span) -> Span | None:
    """For a guard: "don't you think it's funny that the shop shut the day it opened?" asks an
    opinion about the world; "do you think it's okay that I pay for everything?" and "…
    that you never call" are about the couple. Active when words follow in the sentence and
    none of them is the speaker or the partner."""
    after = [t for t in ctx.doc[span.end : ctx.sentence(span).end] if is_wordlike(t)]
    if not after or ctx.has_partner(ctx.doc[span.end : ctx.sentence(span).end]):
        return None
    return None if any(t.norm_ in SPEAKER_WORDS for t in after) else span


def not_self(ctx: Context, span: Span) -> Span | None:
    """ "for once I'm early" is about me, "for once the train was on time" about the world;
    "for once remember the receipt" is not."""
    start, end = ctx.clause_start(span.start), ctx.clause_end(span.start)
    clause = ctx.doc[start:end]
    if ctx.has_partner(clause):
        return span
    mine = any(t.norm_ in {"i", "i'm", "me", "my"} for t in clause)
    following = next((t for t in ctx.doc[span.end : end] if is_wordlike(t)), None)
    world = following is not None and following.norm_ in _WORLD_OPENERS
    return None if mine or world else span


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


def causative(ctx: Context, span: Span) -> Span | None:
    """ "you made me cry" blames; "you made me breakfast" is a kindness."""
    if span.end >= len(ctx.doc):
        return None
    following = [t for t in ctx.doc[span.end : span.end + 2] if t.norm_ not in {"so", "really"}]
    if not following or following[0].norm_ in _NOT_CAUSATIVE or not is_wordlike(following[0]):
        return None
    return span


def negated(ctx: Context, span: Span) -> Span | None:
    """ "you can't even …" scoffs; "you can even get a card online" tells."""
    return span if any(t.norm_ in {"not", "cannot"} for t in span) else None


def not_joking(ctx: Context, span: Span) -> Span | None:
    return None if is_joking(ctx.sentence(span)) else span


# Whose wish or plan it is: the speaker's ("I want to die", "part of me wants to die") or the
# partner's ("he keeps saying he wants to die", "you bought a noose?") is a disclosure; a
# named someone's, a relative's or a pet's ("the vet says Rex wants to die in that cone", "my
# sister wants to die of embarrassment") is worth a gentle word, not the support reply. Read
# lexically, like every check (the analyzer checks its own suggestions without a parse): the
# nearest person word before the words in their clause says whose it is. Only a word that
# names someone else lowers the level: a pronoun may be the partner, a capital at the start of
# a clause may be any word ("Just want to die"), and a missed disclosure costs more.
_PARTNER_WORDS = frozenset(
    {"you", "u", "ya", "your", "ur", "he", "him", "his", "she", "her", "they", "them", "their",
     "husband", "wife", "boyfriend", "girlfriend", "partner", "ex", "hubby", "wifey", "fiance",
     "fiancé", "fiancee", "fiancée", "bf", "gf"}
)  # fmt: skip
_THE_COUPLE = _PARTNER_WORDS | {
    "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "myself", "we", "us", "our"
}  # fmt: skip


def partner_before(ctx: Context, span: Span) -> Span | None:
    """ "you took my keys so I can't leave" is what someone did; "work ran late so I couldn't
    leave" is not: a partner word before the words, in their sentence, outside quotes."""
    sentence = ctx.sentence(span)
    before = ctx.doc[sentence.start : span.start]
    named = any(t.norm_ in _PARTNER_WORDS and t.i not in ctx.quoted for t in before)
    return span if named else None


# An auxiliary that opens a yes/no question: "did you take my keys?" asks, while "why did you
# take my passport" and "you took my passport" tell what was done.
_ASKING_AUX = frozenset({"did", "can", "could", "will", "would", "do", "does", "have", "has"})
_WH = frozenset({"why", "how", "what", "when", "where", "who"})


def not_asked(ctx: Context, span: Span) -> Span | None:
    """ "you took my keys" is what someone did; "did you take my keys? can't find them" and
    "can you lock the fridge" ask a favour or a fact. Drops the words when an auxiliary just
    before them opens a yes/no question (no why/how/what before it)."""
    start = span.start
    if start == 0 or ctx.doc[start - 1].norm_ not in _ASKING_AUX:
        return span
    before = ctx.doc[start - 2].norm_ if start >= 2 else ""
    return span if before in _WH else None


def _whose(ctx: Context, span: Span) -> Token | None:
    """The nearest word before `span`, in its clause, that says whose the words are."""
    start = ctx.clause_start(span.start)
    others, mine = lexicon.words("third_person"), lexicon.words("first_person")
    for token in reversed(ctx.doc[start : span.start]):
        norm = token.norm_
        if norm in _THE_COUPLE or norm in others:
            return token
        if token.is_title and token.i > start and norm not in mine:
            return token  # a name in mid-clause: "the vet says Rex wants to die"
    return None


def about_the_couple(ctx: Context, span: Span) -> Span | None:
    """The wish or plan is not said of someone named as another person or a pet."""
    whose = _whose(ctx, span)
    return span if whose is None or whose.norm_ in _THE_COUPLE else None


def about_someone_else(ctx: Context, span: Span) -> Span | None:
    """Someone else's (a name, a relative, a pet): the twin of `about_the_couple`."""
    return None if about_the_couple(ctx, span) is not None else span


# Signs that hurting oneself is not an accident ("burnt myself with the kettle" is one; "I've
# been cutting myself with a blade since exams, hiding it with full sleeves" is not): it is
# hidden ("nobody", "sleeves", "hide") or it quiets a feeling ("when I panic", "after our
# rows", "the only thing that shuts my head up"). Clinicians ask about exactly these. Read in
# the sentence and the one after it, where such a reason is often given.
_HIDDEN_OR_SOOTHING = frozenset(
    {"nobody", "noone", "sleeves", "sleeve", "hide", "hiding", "hid", "hidden", "secret",
     "panic", "panicking", "numb", "cope", "coping", "row", "rows", "fight", "fights",
     "argument", "arguments", "argued", "rowed", "fought", "shuts", "deserve", "punish",
     "punishing"}
)  # fmt: skip
# That it goes on or started is a sign too when the hurt is done "with" something ("I've been
# cutting myself with a blade") or to the arms, wrists or thighs, not when an activity says
# how it happened ("I've been cutting myself shaving all week").
_GOES_ON = frozenset({"been", "started", "since"})


def _signs_near(ctx: Context, span: Span, signs: frozenset[str]) -> bool:
    return any(t.norm_ in signs for t in ctx.with_next_sentence(span))


def not_self_injury(ctx: Context, span: Span) -> Span | None:
    """Keep the accident guard only when nothing near it says the hurt is self-inflicted."""
    signs = _HIDDEN_OR_SOOTHING | (_GOES_ON if span[-1].norm_ == "with" else frozenset())
    return None if _signs_near(ctx, span, signs) else span


def self_injury(ctx: Context, span: Span) -> Span | None:
    """ "been cutting my arms", or hurt hidden or soothing near it."""
    return span if _signs_near(ctx, span, _HIDDEN_OR_SOOTHING | _GOES_ON) else None


def hidden_or_soothing(ctx: Context, span: Span) -> Span | None:
    """ "cutting my hands … hiding it with sleeves", not "been cutting my hands on brambles"."""
    return span if _signs_near(ctx, span, _HIDDEN_OR_SOOTHING) else None


# Where people who hurt themselves most often cut or burn: arms, wrists and thighs, which the
# kitchen, the garden or the razor seldom reach. Hands, legs or skin often are ("cutting my
# hands on the brambles"), so for them the hurt must be hidden or soothing too.
_SITES = frozenset(
    {"arm", "arms", "forearm", "forearms", "wrist", "wrists", "thigh", "thighs"}
)  # fmt: skip
_BODY = frozenset({"leg", "legs", "hip", "hips", "stomach", "belly", "skin", "hand", "hands"})


def no_body_part_next(ctx: Context, span: Span) -> Span | None:
    """ "cutting my costs" (the guard holds), not "cutting my arms" (it must not), nor
    "cutting my hands … hiding it with sleeves"."""
    after = {t.norm_ for t in ctx.doc[span.end : span.end + 2]}
    if after & _SITES or (after & _BODY and _signs_near(ctx, span, _HIDDEN_OR_SOOTHING)):
        return None
    return span


def said_of_the_act(ctx: Context, span: Span) -> Span | None:
    """ "that's so selfish", "it's just lazy of you": the word judges what was done; not "it's
    lazy journalism" (it names a thing) or "so lazy of the council" (someone else)."""
    doc = ctx.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return None
    if after is not None and after.lower_ == "of":
        whom = doc[span.end + 1] if span.end + 1 < len(doc) else None
        return span if whom is not None and whom.norm_ in {"you", "u", "ya"} else None
    return span


CHECKS: dict[str, Check] = {
    "praise": praise,
    "positive": positive,
    "negative": negative,
    "negative_rest": negative_rest,
    "negative_text": negative_text,
    "partner": partner,
    "partner_text": partner_text,
    "not_the_partner": not_the_partner,
    "about_the_world_after": about_the_world_after,
    "not_self": not_self,
    "clause_start": clause_start,
    "standalone": standalone,
    "alone": alone,
    "condition": condition,
    "vbn": vbn,
    "causative": causative,
    "not_joking": not_joking,
    "said_of_the_act": said_of_the_act,
    "about_the_couple": about_the_couple,
    "about_someone_else": about_someone_else,
    "not_self_injury": not_self_injury,
    "self_injury": self_injury,
    "hidden_or_soothing": hidden_or_soothing,
    "no_body_part_next": no_body_part_next,
    "partner_before": partner_before,
    "not_asked": not_asked,
    "negated": negated,
    **emphasis.CHECKS,
    **advice.CHECKS,
    **good_news.CHECKS,
}
