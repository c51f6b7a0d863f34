"""What each category's clause turns into (see nlp/rewrite/reading.py for the overall walk).

`flagged()` gets one clause and the pattern spans inside it, and adds to the Reading.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.rewrite import grammar, motives, needs, responses, transforms
from nlp.rewrite.absolutes import absolute
from nlp.rewrite.facts import Reading
from nlp.rewrite.grammar import Tok, new
from nlp.rewrite.transforms import (
    add_nouns,
    after,
    drop_phrases,
    guess,
    index,
    keep,
    neutral,
    norm_in,
    question_to_statement,
    strip_edges,
)

SARCASM = frozenset(
    {"parade", "want_a_medal", "thanks_a_lot", "really_impressive", "real_mature", "ok_genius",
     "like_youd_actually", "boo_hoo", "oh_poor_baby", "oh_poor_baby_2", "really_appreciate_it",
     "thanks_for_nothing", "bare_minimum"}
)  # fmt: skip
# Put-downs whose words still carry the fact ("you can't even boil pasta").
KEEPS_FACTS = frozenset({"great_job_forgetting", "must_be_nice", "you_cant_even"})
_DROP_BLAME = frozenset({"look_what_you_did", "on_you", "i_blame_you"})
_VAGUE = frozenset(
    {"this", "that", "it", "everything", "anything", "nothing", "so", "things", "stuff"}
)
_ANTONYMS = {"forget": "remember"}


def flagged(toks: list[Tok], hits: list[Span], reading: Reading) -> None:
    ids = {h.id_ for h in hits}
    cats = {h.label_ for h in hits}
    if "fixing" in cats:
        responses.fixing(toks, hits, reading)
    elif "defensiveness" in cats:
        responses.defensive(toks, ids, reading)
    elif "demand" in cats:
        _demand(toks, hits, reading)
    elif "labeling" in cats and _too_label_to(toks, hits, reading):
        return
    elif cats & {"labeling", "stonewalling"}:
        add_nouns(reading, toks)
    elif cats == {"contempt"}:
        if not _contempt(toks, ids, reading):
            add_nouns(reading, toks)
    else:
        # A put-down riding along ("… 🙄", "…, thanks a lot") goes; the complaint stays.
        put_downs = [h for h in hits if h.label_ == "contempt" and h.id_ not in KEEPS_FACTS]
        toks = [t for t in toks if not any(h.start <= t.i < h.end for h in put_downs)]
        cats -= {"contempt"}
        out: list[Tok] | None = toks
        if "blame" in cats:
            out = _blame(toks, hits, ids, reading)
        if out is not None and "mind_reading" in cats:
            out = motives.soften(out, ids)
        if out is not None and "absolute" in cats:
            out = absolute(out, ids, reading)
        if out is not None and _request(out, reading):
            return
        if out is None or not keep(reading, out):
            add_nouns(reading, toks)


def _too_label_to(toks: list[Tok], hits: list[Span], reading: Reading) -> bool:
    """ "you're too lazy to even rinse a cup" -> "you don't rinse a cup"."""
    label = next(h for h in hits if h.label_ == "labeling")
    rest = [t for t in toks if t.i >= label.end]
    if not any(t.norm == "too" and label.start <= t.i < label.end for t in toks):
        return False
    if len(rest) < 2 or rest[0].norm != "to":
        return False
    verbs = [t for t in rest[1:] if t.norm not in {"even", "just"}]
    return keep(reading, [new("you"), new("don't"), *verbs])


def _request(toks: list[Tok], reading: Reading) -> bool:
    """ "(for once) could you take the bins out" / "(for once) remember the receipt": an ask.

    The idiom "do the needful and" goes ("… and pay the electricity bill before the 5th").
    """
    toks = strip_edges(drop_phrases(toks, [("do", "the", "needful", "and")]))
    if (
        len(toks) > 2
        and toks[0].norm in {"could", "can", "will", "would"}
        and toks[1].norm == "you"
    ):
        vp = toks[2:]
    elif (
        len(toks) > 1
        and toks[0].tag == "VB"
        and toks[0].norm not in {"be", "do", "remember", "imagine", "try"}
    ):
        vp = toks
    else:
        return False
    # "Mate the kitchen is a tip": a finite verb later means it was never an order;
    # "stop being such a …" carries a label, never to be asked for.
    # "Love you loads": a verb with "you" as its object is said to the partner, not an order.
    if (
        any(t.tag in {"VBZ", "VBP", "VBD"} for t in vp[1:])
        or any(t.i in reading.banned for t in vp)
        or any(t.norm == "such" for t in vp)
        or (len(vp) > 1 and vp[1].norm in {"you", "u", "ya"})
    ):
        return False
    reading.requests.append(grammar.render(neutral(vp)).rstrip("?"))
    return True


def _subject_verb(subject: str, rest: list[Tok], past: bool) -> list[Tok]:
    """ "me" + "miss my train" -> "I missed my train"; "me" + "late" -> "I was late"."""
    rest = [t for t in rest if t.norm not in {"even"}]
    if not rest:
        return []
    first = rest[0]
    plural = subject == "we"
    if (
        grammar.is_verb(first.text)
        and first.tag in {"VB", "VBP", ""}
        and first.norm not in {"so", "late"}
    ):
        verb = grammar.past(first.text) if past else grammar.verb_lemma(first.text)
        return [new(subject), grammar.with_text(first, verb), *rest[1:]]
    be = ("were" if plural else "was") if past else "get"
    return [new(subject), new(be), *rest]


def _by_doing(toks: list[Tok]) -> list[Tok]:
    """ "… by hiding my keys" -> "… because you hid my keys"."""
    at = index(toks, norm_in("by"))
    if at < 0 or at + 1 >= len(toks) or not toks[at + 1].text.endswith("ing"):
        return toks
    verb = grammar.with_text(toks[at + 1], grammar.past(toks[at + 1].text))
    return [*toks[:at], new("because"), new("you"), verb, *toks[at + 2 :]]


def _blame(toks: list[Tok], hits: list[Span], ids: set[str], reading: Reading) -> list[Tok] | None:
    if ids & _DROP_BLAME:
        return None
    toks = question_to_statement(toks)
    span = next(h for h in hits if h.label_ == "blame")
    inside = [t for t in toks if span.start <= t.i < span.end]
    rest = [t for t in toks if t.i >= span.end or t.i == -1]
    if span.id_ == "your_fault":
        rest = rest[1:] if rest and rest[0].norm == "that" else rest
        if len(rest) > 1 and rest[0].norm == "for":
            negative = rest[1].norm == "not"
            verb_at = 2 if negative else 1
            if verb_at < len(rest):
                verb = rest[verb_at]
                text = grammar.verb_lemma(verb.text) if negative else grammar.past(verb.text)
                head = [new("you"), new("didn't")] if negative else [new("you")]
                return [*head, grammar.with_text(verb, text), *rest[verb_at + 1 :]]
        return rest or None
    if span.id_ in {"because_of_you", "thanks_to_you", "you_are_the_reason", "its_on_you"}:
        before = [
            t for t in toks if 0 <= t.i < span.start and t.norm not in {"it", "it's", "is", "'s"}
        ]
        rest = rest[1:] if rest and rest[0].norm in {"that", "why"} else rest
        return [*before, *rest] or None
    if span.id_ == "you_were_the_one":
        return [new("you"), *rest] if rest else None
    if span.id_ == "you_made_me":
        made = next((t for t in inside if grammar.verb_lemma(t.text) in {"make", "get"}), None)
        subject = "we" if any(t.norm == "us" for t in inside) else "I"
        past = made is not None and grammar.is_past(made.text, made.tag)
        return _by_doing(_subject_verb(subject, rest, past)) or None
    if span.id_ in {"you_ruined", "thanks_for_ruining"}:
        by = index(rest, norm_in("by"))
        thing = strip_edges(rest[:by] if by >= 0 else rest)
        if thing and not all(t.norm in _VAGUE for t in thing):
            reading.about.append(grammar.render(thing))
        if by >= 0 and len(rest) > by + 2:
            keep(reading, _by_doing(rest[by:])[1:])
        return None
    return toks


def _demand(toks: list[Tok], hits: list[Span], reading: Reading) -> None:
    span = next(h for h in hits if h.label_ == "demand")
    others = [h for h in hits if h.label_ != "demand" and h.start >= span.end]
    if span.id_ == "should_have":
        verb = next((t for t in toks if t.i == span.end - 1), None)
        if verb is None:
            return
        rest = strip_edges([t for t in toks if t.i >= span.end or t.i == -1])
        negative = any(t.norm == "not" and span.start <= t.i < span.end for t in toks)
        # "you should have called" -> "I wish you'd called": the reproach becomes a wish,
        # in the draft's own words.
        head = (
            [new("I"), new("wish"), new("you"), new("hadn't")]
            if negative
            else [new("I"), new("wish"), new("you'd")]
        )
        reading.wishes.append(grammar.render([*head, verb, *rest]))
        add_nouns(reading, toks)
        return
    start = span.end - 1
    cut = min((h.start for h in others), default=None)
    vp = [t for t in toks if t.i >= start and (cut is None or t.i < cut)]
    while vp and vp[-1].norm in {"like", "as", "for"}:
        vp = vp[:-1]
    vp = strip_edges(vp)
    if (
        not vp
        or any(h.label_ in {"labeling", "contempt"} for h in others)
        or any(t.i in reading.banned for t in vp)
    ):
        add_nouns(reading, toks)
        return
    if vp[0].norm == "not" and len(vp) > 1 and grammar.verb_lemma(vp[1].text) in _ANTONYMS:
        vp = [grammar.with_text(vp[1], _ANTONYMS[grammar.verb_lemma(vp[1].text)]), *vp[2:]]
    if vp[0].norm == "have" and any(t.norm == "explanation" for t in vp[:4]):
        vp = [new("explain"), *after(vp, "for")]
    vp = [
        grammar.with_text(vp[0], grammar.verb_lemma(vp[0].text)) if vp[0].norm != "not" else vp[0],
        *vp[1:],
    ]
    reading.requests.append(grammar.render(neutral(vp)))


def _contempt(toks: list[Tok], ids: set[str], reading: Reading) -> bool:
    """The few put-downs that still carry a fact: "great job forgetting the milk"."""
    if "great_job_forgetting" in ids:
        at = index(toks, lambda t: t.text.endswith("ing"))
        if at >= 0:
            verb = grammar.with_text(toks[at], grammar.past(toks[at].text))
            return keep(reading, [new("you"), verb, *toks[at + 1 :]])
    if "must_be_nice" in ids:
        rest = after(toks, "to")
        if rest:
            return keep(
                reading,
                [
                    new("you"),
                    grammar.with_text(rest[0], grammar.verb_lemma(rest[0].text)),
                    *rest[1:],
                ],
            )
    if "you_cant_even" in ids:
        return keep(reading, toks)
    return False


_LABEL_POS = frozenset({"ADJ", "NOUN", "PROPN", "PART"})
_CONSEQUENCE = frozenset({"'ll", "will", "wo", "gonna", "going"})
_ARTICLE_LEAD = frozenset({"you're", "ur", "are", "such", "what", "like"})
_LABEL_LEAD = frozenset({"you're", "ur", "are", "such", "so", "a", "an", "being", "too"})


def sentence_put_downs(span: Span) -> list[Token]:
    """In a whole sentence flagged as labeling or contempt, the words that carry the label.

    With no rule span to say where the label is, an adjective or noun right after "you're
    (so)", "such a" is taken as the label ("you're so selfish", "such a child").
    """
    if span.label_ not in {"labeling", "contempt"}:
        return []
    out: list[Token] = []
    for tok in span:
        if tok.i == span.start or tok.pos_ not in _LABEL_POS:
            continue
        before = span.doc[tok.i - 1].norm_
        # "a" leads a label only after "you're", "such", "what" or "like" ("drive like a
        # maniac"), never in "put a plate in the sink".
        article = before in {"a", "an"}
        labelled = not article or (tok.i >= 2 and span.doc[tok.i - 2].norm_ in _ARTICLE_LEAD)
        if (before in _LABEL_LEAD and labelled) or (out and out[-1].i == tok.i - 1):
            out.append(tok)
        elif tok.text in {"'s", "’s"} and out and out[-1].i == tok.i - 1:
            out.append(tok)  # "such a mummy's boy": the whole label goes
    return out


def sentence(toks: list[Tok], cats: set[str], reading: Reading) -> None:
    """A clause of a sentence flagged as a whole (no rule span): the same rules, generically.

    Absolutes are softened and questions turned into statements; a put-down, a label or a
    shut-down keeps only its things; a clause that stays concrete becomes an observation.
    """
    kept = [t for t in toks if t.i not in reading.banned]
    asked = any(t.text.startswith("?") for t in toks[-2:])
    # "You spent £200 on trainers and then tell me …?": a statement with a question mark, its
    # amount a fact a dropped jab would lose.
    stated = (
        bool(toks)
        and toks[0].norm in {"you", "i", "we"}
        and any(t.tag == "CD" or any(c.isdigit() for c in t.text) for t in toks)
    )
    rhetorical = asked and bool(toks) and toks[0].norm not in {"why"} and not stated
    stripped = strip_edges(kept)
    about_me = bool(stripped) and stripped[0].norm in {"i", "i'm", "we", "we're"}
    standing = {"labeling", "contempt", "defensiveness"}
    if about_me and not rhetorical and cats & standing and keep(reading, kept):
        return  # "I've asked about the boiler three times", "I worked 12 hours today"
    if rhetorical or cats & {
        "labeling",
        "contempt",
        "stonewalling",
        "fixing",
        "defensiveness",
        "threat",
    }:
        if "threat" in cats and any(t.norm in _CONSEQUENCE for t in kept):
            # "miss one more recital and I'll …": the condition is the need, what follows
            # the "and" is leverage, never the topic.
            at = index(kept, lambda t: t.norm in _CONSEQUENCE)
            joint = max((i for i in range(at) if kept[i].norm in {"and", "or", ","}), default=-1)
            if joint <= 0 and at >= 2 and kept[at - 1].norm in {"i", "we", "it", "that"}:
                joint = at - 1  # "if you wake the baby again I'll lose it": no "and"
            condition = kept[:joint] if joint > 0 else []
            need = needs.need_from_condition(condition, reading.banned) if condition else None
            if need is not None:
                reading.needs.append(need)
            reading.ultimatum = True
            reading.leverage.update(t.i for t in kept[max(joint, 0) :] if t.i >= 0)
            return
        if guess(kept):  # "I'm not your mother", "you act like …": no things from a jab
            reading.banned.update(t.i for t in kept if t.i >= 0)
        else:
            add_nouns(reading, kept)
        reading.ultimatum = reading.ultimatum or "threat" in cats
        return
    out: list[Tok] | None = absolute(question_to_statement(kept), set(), reading)
    if out is not None and "mind_reading" in cats:
        out = motives.soften(out, set())
    if out is not None and _request(out, reading):
        return
    if out is None or not keep(reading, out):
        if guess(kept):  # "you sound just like your father": no things from a jab
            reading.banned.update(t.i for t in kept if t.i >= 0)
        else:
            add_nouns(reading, transforms.without_seeming(kept))
