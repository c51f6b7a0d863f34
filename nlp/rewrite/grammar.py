"""Words for rewrites: texting spellings rendered properly, verbs inflected with lemminflect.

The small English model tags "forgot" as a present-tense verb with lemma "forgot", so verb
forms are always cross-checked with lemminflect rather than trusted from the tagger.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from lemminflect import getAllInflections, getAllLemmas, getInflection
from spacy.tokens import Token

from nlp import lexicon

NEGATED_AUX: dict[str, str] = {
    "do": "don't", "does": "doesn't", "did": "didn't", "will": "won't", "'ll": "won't",
    "would": "wouldn't", "'d": "wouldn't", "can": "can't", "could": "couldn't",
    "should": "shouldn't", "have": "haven't", "'ve": "haven't", "has": "hasn't",
    "had": "hadn't", "are": "aren't", "'re": "aren't", "is": "isn't", "'s": "isn't",
    "was": "wasn't", "were": "weren't", "am": "am not", "'m": "'m not", "must": "mustn't",
    "might": "might not",
}  # fmt: skip
# Contraction pieces the tokenizer splits off ("dont" -> "do" + "nt"), rendered properly.
_CLITICS = {
    "nt": "n't",
    "n’t": "n't",
    "re": "'re",
    "ve": "'ve",
    "ll": "'ll",
    "m": "'m",
    "d": "'d",
    "s": "'s",
}
_CLITIC_NORMS = {"not", "are", "have", "will", "am", "'d", "'s"}
_KEEP_CAPS = frozenset({"I", "OK", "TV", "ID", "UK", "US", "MOT", "DIY", "ASAP", "PM", "AM"})


@dataclass(frozen=True, slots=True)
class Tok:
    """One word of a rewrite: rendered text, the space after it, and what we know about it."""

    text: str
    ws: str = " "
    norm: str = ""
    tag: str = ""
    i: int = -1
    """Index of the source token in the Doc, or -1 for a word the rewrite added."""

    @property
    def lower(self) -> str:
        return self.text.lower()


def new(text: str, tag: str = "", ws: str = " ") -> Tok:
    return Tok(text, ws, text.lower(), tag)


def from_token(token: Token, render: dict[str, str]) -> Tok:
    """The token as a rewrite shows it: "u" -> "you", "dont" -> "don't", "NEVER" -> "never"."""
    text, lower, norm = token.text, token.lower_, token.norm_
    if lower == "its" and token.tag_ == "PRP$":
        text = "its"  # "the car needs its MOT": a possessive, not "it's"
    elif lower in render:
        text = render[lower] if norm not in {"you're", "your"} else norm
    elif lower in _CLITICS and token.i > 0 and not token.doc[token.i - 1].whitespace_:
        if norm in _CLITIC_NORMS or lower in {"nt", "n’t", "s", "d"}:
            text = _CLITICS[lower]
    elif text.isupper() and len(text) > 1 and text not in _KEEP_CAPS and not _acronym(lower):
        text = lower
    elif text[:1].isupper() and (_title_cased(token) or _sentence_capital(token)):
        text = lower  # "You Never Ask How My Day Was": capitals for show, not names
    if lower == "i":
        text = "I"
    elif text.isalpha() and text.islower() and not token.like_num and not token.is_stop:
        text = respelled(text)
    return Tok(text, token.whitespace_, norm, token.tag_, token.i)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_MIN_RESPELL = 4
_MIN_INSERT = 8


@functools.cache
def _acronym(lower: str) -> bool:
    """ "IVF", "WOF", "SH1", "GP": short capitals that are no word are a name for something,
    not shouting ("NAME", "WEEK" are words; "DONT", "UR" are texting, read as words)."""
    return len(lower) <= _ACRONYM_MAX and not known(lower) and lower not in render_table()


_ACRONYM_MAX = 4


@functools.cache
def known(word: str) -> bool:
    return bool(getAllLemmas(word)) or bool(getAllInflections(word))


@functools.cache
def respelled(word: str) -> str:
    """A typo put right when exactly one plain fix makes a known word ("watned" -> "wanted").

    Only two swapped letters or one missing letter, and only when the word as typed is
    unknown: names and slang that no single fix turns into a word stay as written.
    """
    if len(word) < _MIN_RESPELL or known(word) or word in render_table():
        return word
    # Not the last two letters: "alot" is texting for "a lot", never "alto".
    swaps = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 2)}
    # A missing letter only in long words: shorter ones the word list lacks are as often
    # words of their own ("vaping" is no "vamping", "dont" no "donut").
    inserts = (
        {word[:i] + c + word[i:] for i in range(1, len(word)) for c in _LETTERS}
        if len(word) >= _MIN_INSERT
        else set()
    )
    fixes = sorted(w for w in swaps | inserts if w != word and known(w))
    return fixes[0] if len(fixes) == 1 else word


def _sentence_capital(token: Token) -> bool:
    """A capital that only marks the start of a sentence ("The boxes …", "Stop …").

    Rewrites move such words mid-sentence, where the capital would be wrong; names keep it.
    """
    starts = token.i == 0 or bool(token.is_sent_start) or token.doc[token.i - 1].text in ".!?"
    return starts and token.pos_ != "PROPN" and token.text[1:].islower()


def _title_cased(token: Token) -> bool:
    """The token sits mid-sentence in a sentence typed with Every Word Capitalised."""
    sentence = token.sent if token.doc.has_annotation("SENT_START") else token.doc[:]
    if token.i == sentence.start:
        return False
    words = [t for t in sentence if t.is_alpha]
    capitals = sum(t.text[:1].isupper() for t in words)
    return len(words) >= 4 and capitals >= 0.8 * len(words)


@functools.cache
def render_table() -> dict[str, str]:
    """Texting spellings with a clear standard form (from texting.json's single-word norms)."""
    norms: dict[str, str] = lexicon.load_json("texting.json")["norms"]
    table = {k: v for k, v in norms.items() if " " not in v}
    table.update(
        {
            "ur": "your",
            "your": "your",
            "r": "are",
            "its": "it's",
            "teh": "the",
            "ud": "you'd",
            "ull": "you'll",
        }
    )
    return table


def render(toks: list[Tok]) -> str:
    """Join words; where a rewrite moved or added words, put a space between them."""
    parts: list[str] = []
    for tok, nxt in zip(toks, [*toks[1:], None], strict=True):
        ws = tok.ws
        if nxt is not None and not ws and not (tok.i >= 0 and nxt.i == tok.i + 1):
            attached = nxt.text[:1] in "'’,.!?;:" or nxt.text.startswith("n't")
            ws = "" if attached else " "
        parts.append(tok.text + ws)
    return "".join(parts).strip().replace("  ", " ")


def with_text(tok: Tok, text: str) -> Tok:
    return replace(tok, text=text)


@functools.cache
def verb_lemma(word: str) -> str:
    lemmas = getAllLemmas(word.lower()).get("VERB")
    return lemmas[0] if lemmas else word.lower()


@functools.cache
def inflect(lemma: str, tag: str) -> str:
    if lemma == "be":
        return {"VBD": "were", "VBN": "been", "VBG": "being", "VBZ": "is"}.get(tag, "are")
    forms = getInflection(lemma, tag)
    return forms[0] if forms else lemma


def gerund(word: str) -> str:
    return inflect(verb_lemma(word), "VBG")


def past(word: str) -> str:
    return inflect(verb_lemma(word), "VBD")


@functools.cache
def is_past(word: str, tag: str = "") -> bool:
    """True for a simple past form ("forgot", "listened"), whatever the tagger said."""
    lower = word.lower()
    if tag == "VBD" or lower in {"did", "was", "were", "had", "didn't", "wasn't", "weren't"}:
        return True
    if tag in {"VB", "VBP", "VBZ", "VBG"} and lower == verb_lemma(lower):
        return False
    lemma = verb_lemma(lower)
    return lemma != lower and lower in getInflection(lemma, "VBD")


@functools.cache
def is_verb(word: str) -> bool:
    return bool(getAllLemmas(word.lower()).get("VERB")) or bool(
        getAllInflections(word.lower(), upos="VERB")
    )


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


# The names of days and months, which are written with a capital.
CALENDAR = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
# "before i get home", "from sunday": the user's words kept as typed read as mistakes inside
# Tend's sentences (blind set 16). "may" and "march" are words too, and stay as written.
_LONE_I = re.compile(r"\bi\b(?![.\-]\w)")
_CALENDAR = re.compile(
    r"\b(?:" + "|".join(n for n in CALENDAR if n not in {"may", "march"}) + r")s?\b"
)


def orthography(text: str) -> str:
    """A lone "i" and lower-case day and month names capitalised; nothing else touched."""
    text = _LONE_I.sub("I", text)
    return _CALENDAR.sub(lambda m: m.group(0).capitalize(), text)


def starts_sentence(before: str | None) -> bool:
    """Whether text put after `before` (None: nothing before it) starts a sentence."""
    return before is None or before.rstrip()[-1:] in {".", "!", "?"}


def sentence(text: str, end: str = ".") -> str:
    """Capitalised, one closing mark, no dangling comma."""
    text = text.strip().rstrip(",;:-—").strip()
    if not text:
        return ""
    if text[-1] not in ".!?":
        text += end
    return capitalise(text)


def join(parts: list[str]) -> str:
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
