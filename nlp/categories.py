"""What each category's clause turns into (see nlp/reading.py for the overall walk).

`flagged()` gets one clause and the pattern spans inside it, and adds to the Reading.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span

from nlp import grammar
from nlp.facts import Reading, noun_phrases, reflection
from nlp.grammar import Tok, new
from nlp.transforms import (
    _drop_phrases,
    absolute,
    index,
    norm_in,
    observation,
    question_to_statement,
    strip_edges,
)

_DROP_MIND = frozenset(
    {"expect_me", "forgot_i_exist", "dont_want_me", "want_me_to_fail",
     "want_me_to_feel_bad", "doing_it_to", "couldnt_care_less", "dont_give_a", "think_its_funny",
     "think_youre_better"}
)  # fmt: skip
SARCASM = frozenset(
    {"parade", "want_a_medal", "thanks_a_lot", "really_impressive", "real_mature", "ok_genius",
     "like_youd_actually", "boo_hoo", "oh_poor_baby", "oh_poor_baby_2", "really_appreciate_it",
     "thanks_for_nothing", "bare_minimum"}
)  # fmt: skip
# Put-downs whose words still carry the fact ("you can't even boil pasta").
KEEPS_FACTS = frozenset({"great_job_forgetting", "must_be_nice", "you_cant_even"})
_DROP_BLAME = frozenset({"look_what_you_did", "on_you", "i_blame_you"})
_PRONOUNS = frozenset(
    {"me", "us", "you", "yourself", "myself", "it", "this", "that", "anyone", "everyone"}
)
_VAGUE = frozenset(
    {"this", "that", "it", "everything", "anything", "nothing", "so", "things", "stuff"}
)
_ANTONYMS = {"forget": "remember"}


def flagged(toks: list[Tok], hits: list[Span], reading: Reading) -> None:
    ids = {h.id_ for h in hits}
    cats = {h.label_ for h in hits}
    if "fixing" in cats:
        _fixing(toks, hits, reading)
    elif "defensiveness" in cats:
        _defensive(toks, ids, reading)
    elif "demand" in cats:
        _demand(toks, hits, reading)
    elif "labeling" in cats and _too_label_to(toks, hits, reading):
        return
    elif cats & {"labeling", "stonewalling"}:
        _nouns(reading, toks)
    elif cats == {"contempt"}:
        if not _contempt(toks, ids, reading):
            _nouns(reading, toks)
    else:
        # A put-down riding along ("… 🙄", "…, thanks a lot") goes; the complaint stays.
        put_downs = [h for h in hits if h.label_ == "contempt" and h.id_ not in KEEPS_FACTS]
        toks = [t for t in toks if not any(h.start <= t.i < h.end for h in put_downs)]
        cats -= {"contempt"}
        out: list[Tok] | None = toks
        if "blame" in cats:
            out = _blame(toks, hits, ids, reading)
        if out is not None and "mind_reading" in cats:
            out = _mind(out, ids)
        if out is not None and "absolute" in cats:
            out = absolute(out, ids, reading)
        if out is not None and _request(out, reading):
            return
        if out is None or not keep(reading, out):
            _nouns(reading, toks)


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
    """ "(for once) could you take the bins out" / "(for once) remember the receipt": an ask."""
    toks = strip_edges(toks)
    if (
        len(toks) > 2
        and toks[0].norm in {"could", "can", "will", "would"}
        and toks[1].norm == "you"
    ):
        vp = toks[2:]
    elif toks and toks[0].tag == "VB" and toks[0].norm not in {"be"}:
        vp = toks
    else:
        return False
    reading.requests.append(grammar.render(vp).rstrip("?"))
    return True


def keep(reading: Reading, toks: list[Tok]) -> bool:
    """Add the clause as an observation unless nothing concrete is left in it."""
    toks = strip_edges(toks)
    if any(t.i in reading.banned for t in toks):
        return False
    content = [t for t in toks if t.text[:1].isalnum() and t.norm not in {"you", "i", "we", "me"}]
    light = _VAGUE | {
        "do",
        "did",
        "does",
        "not",
        "n't",
        "are",
        "is",
        "be",
        "have",
        "'re",
        "'s",
        "say",
        "said",
        "don't",
        "didn't",
        "can't",
        "'m",
        "am",
        "was",
        "were",
        "came",
        "come",
        "went",
        "go",
        "got",
        "get",
        "made",
        "make",
        "done",
    }
    if not content or all(t.norm in light or t.lower in light for t in content):
        return False
    reading.observations.append(observation(toks))
    return True


def _nouns(reading: Reading, toks: list[Tok]) -> None:
    reading.nouns.extend(noun_phrases(toks, reading.unnamed))


def _after(toks: list[Tok], *words: str) -> list[Tok]:
    at = index(toks, norm_in(*words))
    return toks[at + 1 :] if at >= 0 else []


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
    if span.id_ in {"because_of_you", "thanks_to_you", "you_are_the_reason"}:
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


def _mind(toks: list[Tok], ids: set[str]) -> list[Tok] | None:
    if "if_you_loved_me" in ids:
        # "if you loved me you wouldn't be gaming tonight" -> "you're gaming tonight".
        at = index(toks, norm_in("would", "'d"))
        rest = toks[at + 1 :] if at >= 0 else []
        rest = rest[1:] if rest[:1] and rest[0].norm == "not" else []
        if rest[:1] and rest[0].norm == "be":
            return [new("you're"), *rest[1:]]
        return [new("you"), *rest] if rest else None
    if ids & _DROP_MIND:
        return None
    toks = [
        t
        for t in toks
        if t.norm not in {"obviously", "clearly", "apparently", "deliberately", "intentionally"}
    ]
    toks = _drop_purpose(toks)
    if "dont_care" in ids or "do_you_even_care" in ids:
        rest = _after(
            toks,
            "care",
            "cared",
            "cares",
            "love",
            "respect",
            "value",
            "appreciate",
            "loved",
            "respected",
        )
        rest = _drop_phrases(
            [t for t in rest if t.norm not in {"anymore", "even"}], [("at", "all")]
        )
        if rest and rest[0].norm == "that":
            return rest[1:] or None
        if rest and rest[0].norm in {"how", "what", "where", "when", "why", "if", "whether"}:
            return None
        if rest and rest[0].norm in {"about", "for"}:
            rest = rest[1:]
        return _seems(rest, "doesn't seem to matter", "don't seem to matter")
    if "only_care" in ids:
        return _seems(_after(toks, "about", "for"), "seems to come first", "seem to come first")
    if "just_want" in ids:
        rest = _after(toks, "want", "wants", "wanted", "wan")
        if rest[:2] and rest[0].norm == "me" and len(rest) > 2 and rest[1].norm == "to":
            verb = grammar.with_text(rest[2], grammar.gerund(rest[2].text))
            return [new("I"), new("end"), new("up"), verb, *rest[3:]]
        if rest[:1] and rest[0].norm in {"an", "a"}:
            rest = _after(rest, "to")
        elif rest[:1] and rest[0].norm == "to":
            rest = rest[1:]
        else:
            return None
        return [new("you"), *rest] if rest else None
    if "rather" in ids:
        rest = _after(toks, "rather", "prefer")
        if not rest or any(t.norm in {"than", "anywhere"} for t in rest):
            return None
        base = "are" if rest[0].norm == "be" else grammar.verb_lemma(rest[0].text)
        return [new("you"), grammar.with_text(rest[0], base), *rest[1:]]
    if "think_your_x_is_more" in ids:
        return [new("it"), new("seems"), new("like"), *_after(toks, "think", "thinks", "thought")]
    if "only_did_it" in ids:
        you = index(toks, norm_in("you"))
        toks = [t for t in toks[max(you, 0) :] if t.norm != "only"]
        purpose = index(toks, norm_in("so", "to"), 2)
        toks = toks[:purpose] if purpose > 0 and toks[purpose].norm == "so" else toks
        return [grammar.with_text(t, "when") if t.norm == "because" else t for t in toks]
    if "obviously" in ids or "obviously_you" in ids:
        at = index(toks, norm_in("want", "wants", "think", "like", "care", "know"))
        if 0 <= at <= 4:
            return [new("it"), new("seems"), new("like"), *toks]
    return toks


def _drop_purpose(toks: list[Tok]) -> list[Tok]:
    """ "… on purpose so I'd clean it" / "… to upset me" / "…, didn't you": the motive goes."""
    at = index(toks, lambda t: t.norm == "purpose")
    if at < 0:
        return toks
    head = toks[: at - 1] if at > 0 and toks[at - 1].norm == "on" else toks[:at]
    return head


def _seems(rest: list[Tok], singular: str, plural: str) -> list[Tok] | None:
    rest = strip_edges(rest)
    if not rest or rest[0].norm in _PRONOUNS or all(t.norm in _PRONOUNS for t in rest):
        return None
    head = rest[-1]
    phrase = (
        plural
        if head.tag == "NNS" or (head.lower.endswith("s") and not head.lower.endswith("ss"))
        else singular
    )
    return [*rest, *(new(w) for w in phrase.split())]


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
        _nouns(reading, toks)
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
        _nouns(reading, toks)
        return
    if vp[0].norm == "not" and len(vp) > 1 and grammar.verb_lemma(vp[1].text) in _ANTONYMS:
        vp = [grammar.with_text(vp[1], _ANTONYMS[grammar.verb_lemma(vp[1].text)]), *vp[2:]]
    if vp[0].norm == "have" and any(t.norm == "explanation" for t in vp[:4]):
        vp = [new("explain"), *_after(vp, "for")]
    vp = [
        grammar.with_text(vp[0], grammar.verb_lemma(vp[0].text)) if vp[0].norm != "not" else vp[0],
        *vp[1:],
    ]
    reading.requests.append(grammar.render(vp))


def _contempt(toks: list[Tok], ids: set[str], reading: Reading) -> bool:
    """The few put-downs that still carry a fact: "great job forgetting the milk"."""
    if "great_job_forgetting" in ids:
        at = index(toks, lambda t: t.text.endswith("ing"))
        if at >= 0:
            verb = grammar.with_text(toks[at], grammar.past(toks[at].text))
            return keep(reading, [new("you"), verb, *toks[at + 1 :]])
    if "must_be_nice" in ids:
        rest = _after(toks, "to")
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


def _defensive(toks: list[Tok], ids: set[str], reading: Reading) -> None:
    if ids & {"only_because_you", "did_it_because_you"}:
        at = index(toks, norm_in("because", "since", "cos", "coz"))
        own = [t for t in toks[:at] if t.norm not in {"only", "just"}]
        if own:
            reading.owns.append(grammar.render(strip_edges(own)))
        right = absolute(toks[at + 1 :], set(), reading)
        if right:
            keep(reading, right)
        return
    if ids & {"not_my_fault", "now_my_fault", "how_is_it_my_fault"}:
        rest = _after(toks, "fault", "fualt")
        rest = strip_edges(rest[1:] if rest[:1] and rest[0].norm == "that" else rest)
        if rest and rest[0].norm in {"you", "you're"}:
            keep(reading, absolute(rest, set(), reading) or [])
        elif rest:
            reading.owns.append(grammar.render(rest))
        return
    if "supposed_to_know" in ids:
        rest = _after(toks, "know", "guess", "remember")
        reading.owns.append(grammar.render([new("I"), new("didn't"), new("know"), *rest]))
        return
    if "i_was_busy" in ids:
        reading.owns.append("I was busy")
        return
    if "not_everyone_can" in ids:
        rest = strip_edges(_after(toks, "can", "has"))
        if rest:
            reading.owns.append(grammar.render([new("I"), new("can't"), new("always"), *rest]))
        return
    if ids & {"dont_blame_me", "you_blame_me"}:
        rest = strip_edges(_after(toks, "for"))
        if rest and rest[-1].norm not in _VAGUE:
            reading.owns.append("about " + grammar.render(rest))
        return
    if ids & {"not_perfect_either", "youre_one_to_talk", "look_whos_talking", "you_started_it"}:
        return  # a dig back carries nothing to keep
    if ids & {"yeah_well_you", "what_about_you", "didnt_exactly", "you_do_it_too"}:
        you = index(toks, norm_in("you", "you're"))
        rest = (
            [t for t in toks[you:] if t.norm not in {"exactly", "too", "either"}]
            if you >= 0
            else []
        )
        tail = index(rest, norm_in("did", "do", "does"), 2)
        if tail > 0 and tail + 1 < len(rest) and rest[tail + 1].norm == "you":
            rest = rest[:tail]
        if rest and "you_do_it_too" not in ids:
            keep(reading, absolute(rest, set(), reading) or [])
        return
    _nouns(reading, toks)


def _fixing(toks: list[Tok], hits: list[Span], reading: Reading) -> None:
    span = next(h for h in hits if h.label_ == "fixing")
    before = [t for t in toks if 0 <= t.i < span.start]
    _nouns(reading, before)
    condition = index(toks, norm_in("if"))
    mirrored = reflection(before) if condition < 0 else ""
    if mirrored:
        reading.reflections.append(mirrored)
    if condition >= 0:
        clause = strip_edges(toks[condition + 1 :])
        end = index(clause, lambda t: span.start <= t.i < span.end)
        clause = clause[:end] if end >= 0 else clause
        if clause:
            reading.reflections.append(grammar.render(_you_are(clause)))
        toks = toks[:condition] if condition > index(toks, lambda t: span.start <= t.i) else toks
    if span.id_ == "have_you_tried":
        start = span.end - 1
    elif span.id_ in {"just_ignore", "just_relax", "just_let_it_go"}:
        start = span.start + 1
    elif span.id_ in {"stop_worrying", "bright_side", "get_over_it", "heres_what_you"}:
        _nouns(reading, toks)
        return
    else:
        start = span.end
    idea = strip_edges([t for t in toks if t.i >= start])
    idea = [t for t in idea if t.norm not in {"just"}]
    while idea and idea[-1].norm in {"something", "or"}:
        idea = idea[:-1]
    if not idea:
        return
    # "relax and have a drink" -> "relaxing and having a drink"
    out = [_as_gerund(idea[0])]
    for prev, tok in itertools.pairwise(idea):
        out.append(_as_gerund(tok) if prev.norm in {"and", "or"} and tok.tag == "VB" else tok)
    reading.ideas.append(grammar.render(out))


def _as_gerund(tok: Tok) -> Tok:
    if tok.tag == "VBG" or (
        tok.lower.endswith("ing") and grammar.verb_lemma(tok.lower) != tok.lower
    ):
        return tok
    return grammar.with_text(tok, grammar.gerund(tok.text))


def _you_are(clause: list[Tok]) -> list[Tok]:
    """ "ur exhausted" -> "you're exhausted" (a reflection, in the partner's own words)."""
    if clause and clause[0].norm == "you're" and clause[0].text != "you're":
        return [grammar.with_text(clause[0], "you're"), *clause[1:]]
    return clause
