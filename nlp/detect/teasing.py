"""Affectionate teasing: "you're so lazy today lol", "you goof, you always forget your keys 😂".

The rule, and why it is narrow. Laughter marks a line as play, and play works when the
trait is an endearing one; the same laugh after a put-down is a sneer ("you're pathetic
lol"). Tend only says how a draft *may* land, so a soft flag on a borderline draft costs
little, while an obvious tease flagged as an attack makes the bot look silly. So a
candidate is read as a tease, and dropped, only when every one of these holds:

1. its pattern line says `"tease": true` (labels and always/never/again, never contempt:
   insults and sarcasm stay flagged whatever follows them), and a label is a mild trait
   (lexicon `teasable`: "lazy", "dramatic", not "selfish" or "useless");
2. the laughter (lol, haha, 😂, 😜, jk …) comes after the words, in the same sentence:
   laughing at your own line marks play; a laugh before it ("lol you never …") scoffs;
3. the words up to the laugh name no cost to the writer, no "me/my/us/our/I/we" ("you
   never listen to me lol" is a complaint), and the draft holds no hurt or anger words
   anywhere (lexicon `hurt`: "you're so lazy lol and i'm exhausted" is not play);
4. nothing else in the draft is flagged: a tease inside a complaint is part of it.

The laughter list is this module's own: the safety gate's `JOKING` set decides whether a
threat of harm was a joke, and must not grow by accident.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.detect.context import Context

_LAUGH_WORDS = frozenset(
    {"lol", "lolol", "lool", "haha", "hahaha", "hahah", "hah", "hehe", "heh", "lmao", "lmfao",
     "rofl", "jk", "jks", "xd", "kidding"}
)  # fmt: skip
_LAUGH_EMOJI = frozenset("😂🤣😆😜😝😛😹😅")


def is_laugh(token: Token) -> bool:
    norm = token.norm_
    if norm in _LAUGH_WORDS or norm.startswith(("haha", "hehe", "lolol")):
        return True
    return any(char in _LAUGH_EMOJI for char in token.text)


def is_tease(ctx: Context, span: Span) -> bool:
    """Conditions 1–3 of the module docstring for one candidate (its line is teasable)."""
    if span.label_ == "labeling" and span[-1].norm_ not in lexicon.words("teasable"):
        return False
    sentence = ctx.sentence(span)
    laugh = next((t.i for t in ctx.doc[span.end : sentence.end] if is_laugh(t)), None)
    if laugh is None:
        return False
    mine, hurt = lexicon.words("first_person"), lexicon.words("hurt")
    if any(t.norm_ in mine for t in ctx.doc[ctx.clause_start(span.start) : laugh]):
        return False
    return not any(t.norm_ in hurt or t.text in hurt for t in ctx.doc)


def without_teases(ctx: Context, kept: list[Span], teasable: Iterable[str]) -> list[Span]:
    """The kept spans, or none when every one of them is a tease (condition 4)."""
    allowed = frozenset(teasable)
    if kept and all(s.id_ in allowed and is_tease(ctx, s) for s in kept):
        return []
    return kept
