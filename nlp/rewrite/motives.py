"""Mind reading: the guess about a motive goes, the behaviour behind it stays.

"you just want to sit on the couch all weekend" -> "you sit on the couch all weekend";
"you don't care about my feelings" -> "my feelings don't seem to matter".
"""

from __future__ import annotations

from nlp.rewrite import grammar
from nlp.rewrite.grammar import Tok, new
from nlp.rewrite.transforms import after, drop_phrases, index, norm_in, strip_edges

_DROP = frozenset(
    {"expect_me", "forgot_i_exist", "dont_want_me", "want_me_to_fail",
     "want_me_to_feel_bad", "doing_it_to", "couldnt_care_less", "dont_give_a", "think_its_funny",
     "think_youre_better"}
)  # fmt: skip
_INNER = frozenset(
    {
        "feelings",
        "love",
        "loves",
        "hate",
        "hates",
        "prefer",
        "prefers",
        "rather",
        "fancy",
        "fancies",
    }
)
_PRONOUNS = frozenset(
    {"me", "us", "you", "yourself", "myself", "it", "this", "that", "anyone", "everyone",
     "her", "him", "them"}
)  # fmt: skip
# "her", "him", "them": an object pronoun made the subject reads "her doesn't seem to matter".


def soften(toks: list[Tok], ids: set[str]) -> list[Tok] | None:
    if "if_you_loved_me" in ids:
        # "if you loved me you wouldn't be gaming tonight" -> "you're gaming tonight".
        at = index(toks, norm_in("would", "'d"))
        rest = toks[at + 1 :] if at >= 0 else []
        rest = rest[1:] if rest[:1] and rest[0].norm == "not" else []
        if rest[:1] and rest[0].norm == "be":
            return [new("you're"), *rest[1:]]
        return [new("you"), *rest] if rest else None
    if "and_expect_me" in ids:
        # "you watch football all weekend and expect me to keep the kids quiet" ->
        # "you watch football all weekend and I end up keeping the kids quiet"
        at = index(toks, norm_in("expect", "expects", "expected", "expecting"))
        rest = toks[at + 1 :]
        if at < 1 or len(rest) < 3 or rest[1].norm != "to":
            return None
        verb = grammar.with_text(rest[2], grammar.gerund(rest[2].text))
        return [*toks[:at], new("I"), new("end"), new("up"), verb, *rest[3:]]
    if "dont_matter_to_you" in ids:
        # "my job doesn't matter to you" -> "my job doesn't seem to matter"
        at = index(toks, norm_in("do", "does", "did", "not", "never"))
        subject = [t for t in toks[: max(at, 0)] if t.norm not in {"i", "clearly", "obviously"}]
        return _seems(subject, "doesn't seem to matter", "don't seem to matter")
    if ids & _DROP:
        return None
    toks = [
        t
        for t in toks
        if t.norm not in {"obviously", "clearly", "apparently", "deliberately", "intentionally"}
    ]
    toks = _drop_purpose(toks)
    if "dont_care" in ids or "do_you_even_care" in ids:
        rest = after(
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
        rest = drop_phrases([t for t in rest if t.norm not in {"anymore", "even"}], [("at", "all")])
        if rest and rest[0].norm == "that":
            return rest[1:] or None
        if rest and rest[0].norm in {"how", "what", "where", "when", "why", "if", "whether"}:
            return None
        if rest and rest[0].norm in {"about", "for"}:
            rest = rest[1:]
        return _seems(rest, "doesn't seem to matter", "don't seem to matter")
    if "only_care" in ids:
        return _seems(after(toks, "about", "for"), "seems to come first", "seem to come first")
    if "just_want" in ids:
        rest = after(toks, "want", "wants", "wanted", "wan")
        if rest[:2] and rest[0].norm == "me" and len(rest) > 2 and rest[1].norm == "to":
            verb = grammar.with_text(rest[2], grammar.gerund(rest[2].text))
            return [new("I"), new("end"), new("up"), verb, *rest[3:]]
        if rest[:1] and rest[0].norm in {"an", "a"}:
            rest = after(rest, "to")
        elif rest[:1] and rest[0].norm == "to":
            rest = rest[1:]
        else:
            return None
        return [new("you"), *rest] if rest else None
    if "rather" in ids:
        rest = after(toks, "rather", "prefer")
        if not rest or any(t.norm in {"than", "anywhere"} for t in rest):
            return None
        if rest[0].norm == "be":
            return None  # "you'd rather be with her" is a guess at a wish, not "you are with her"
        return [new("you"), grammar.with_text(rest[0], grammar.verb_lemma(rest[0].text)), *rest[1:]]
    if "think_your_x_is_more" in ids:
        return [new("it"), new("seems"), new("like"), *after(toks, "think", "thinks", "thought")]
    if "only_did_it" in ids:
        you = index(toks, norm_in("you"))
        toks = [t for t in toks[max(you, 0) :] if t.norm != "only"]
        purpose = index(toks, norm_in("so", "to"), 2)
        toks = toks[:purpose] if purpose > 0 and toks[purpose].norm == "so" else toks
        return [grammar.with_text(t, "when") if t.norm == "because" else t for t in toks]
    if "obviously" in ids or "obviously_you" in ids:
        if any(t.norm in _INNER for t in toks):
            return None  # "you obviously still have feelings for her": a guess, not a fact
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
