"""Lexical context around a candidate match: sentences, clauses, quotes, polarity.

Every rule here reads only token text and norms, never tags or the parse. That keeps
detection identical with the trained model and with the blank fallback, and lets the
analyzer re-check its own suggestions with the tokenizer alone: a suggestion that is clean
here is clean in the full pipeline too.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from nlp import lexicon

SENTENCE_END = frozenset({".", "!", "?", "…", "...", ";", "\n", "\n\n"})
CLAUSE_BREAK = SENTENCE_END | {",", ":", "-", "—", "–", "but", "though", "tho", "although"}
DISCOURSE = frozenset(
    {
        "ok", "okay", "k", "kk", "fine", "oh", "ugh", "just", "so", "and", "well", "yeah", "yes",
        "no", "nah", "lol", "omg", "god", "seriously", "honestly", "wow", "sure", "alright",
        "then", "also", "look", "listen", "babe", "dude", "man", "now", "please", "never mind",
        "yep", "yea", "ya", "whatever", "but", "like", "anyway", "btw", "hmm", "ah", "bro",
    }
)  # fmt: skip
# The speaker's own words, as token norms: a clause with one of them is about the speaker.
SPEAKER_WORDS = frozenset(
    {"i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "myself", "we", "us", "our"}
)
JOKING = frozenset({"lol", "haha", "hahaha", "lmao", "lmfao", "jk", "😂", "🤣", "😆", "😜", "rofl"})
_WORDLIKE = re.compile(r"\w", re.UNICODE)
_OPEN_QUOTES = frozenset({'"', "“", "'", "‘", "«", "„"})
_CLOSE_QUOTES = frozenset({'"', "”", "'", "’", "»", "“"})


@functools.cache
def _partner() -> frozenset[str]:
    return lexicon.words("you") | {"your", "yours", "yourself", "ur", "u"}


def is_wordlike(token: Token) -> bool:
    return bool(_WORDLIKE.search(token.text))


def quoted_tokens(doc: Doc) -> frozenset[int]:
    """Indices of tokens inside quotation marks ('you never listen', “grow up”).

    An apostrophe only opens a quote after a space or line start and only closes one before
    a space, punctuation or the end, so "mom's" and "kids' toys" are left alone.
    """
    text = doc.text
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    for i, char in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if opened is None and char in _OPEN_QUOTES and (before.isspace() or before in "(:[,"):
            if not after.isspace():
                opened = i
        elif (
            opened is not None
            and char in _CLOSE_QUOTES
            and not before.isspace()
            and (after.isspace() or not after.isalnum())
        ):
            ranges.append((opened, i + 1))
            opened = None
    if not ranges:
        return frozenset()
    # Offsets as plain lists: a Token object per token costs more than the search itself.
    starts: list[int] = doc.to_array("IDX").tolist()
    lengths: list[int] = doc.to_array("LENGTH").tolist()
    inside: set[int] = set()
    for start, end in ranges:
        i = bisect_left(starts, start)
        while i < len(starts) and starts[i] + lengths[i] <= end:
            inside.add(i)
            i += 1
    return frozenset(inside)


class Context:
    """Sentence and clause boundaries (punctuation-based) plus quote marks, for one Doc."""

    def __init__(self, doc: Doc, positive_phrases: Iterable[Span] = ()) -> None:
        self.doc = doc
        self.quoted = quoted_tokens(doc)
        # Phrases such as "made my day" count once, at their first token, as good words.
        self._positive_at = frozenset(span.start for span in positive_phrases)
        self._sentence: list[int] = []
        self._clause: list[int] = []
        # First token of each sentence and clause (by id), so lookups need no walk: a long
        # draft with no punctuation is one sentence, and walking it per span is quadratic.
        self._sentence_starts: list[int] = [0]
        self._clause_starts: list[int] = [0]
        sentence = clause = 0
        for token in doc:
            norm = token.norm_
            if norm in CLAUSE_BREAK and token.i > 0 and norm not in SENTENCE_END:
                clause += 1
                self._clause_starts.append(token.i)
            self._sentence.append(sentence)
            self._clause.append(clause)
            if _ends_sentence(token) and not _ends_sentence_next(token):
                sentence += 1
                clause += 1
                self._sentence_starts.append(token.i + 1)
                self._clause_starts.append(token.i + 1)
        self._sentence_starts.append(len(doc))
        self._clause_starts.append(len(doc))

    def sentence(self, span: Span) -> Span:
        sid = self._sentence[span.start]
        start = self._sentence_starts[sid]
        end = max(span.end, self._sentence_starts[sid + 1])
        return self.doc[start:end]

    def next_sentence(self, sentence: Span) -> Span | None:
        """The sentence just after `sentence`, or None at the end of the draft."""
        if sentence.end >= len(self.doc):
            return None
        return self.sentence(self.doc[sentence.end : sentence.end + 1])

    def with_next_sentence(self, span: Span) -> list[Token]:
        """The span's sentence and the one after it, where a reason or a reply often follows
        ("I'm done!! tax return submitted", "… after our rows. It's the only thing that helps")."""
        sentence = self.sentence(span)
        following = self.next_sentence(sentence)
        return list(sentence) + (list(following) if following is not None else [])

    def previous_sentence(self, sentence: Span) -> Span | None:
        """The sentence just before `sentence`, or None at the start of the draft."""
        if sentence.start == 0:
            return None
        return self.sentence(self.doc[sentence.start - 1 : sentence.start])

    def same_clause(self, span: Span) -> bool:
        """No clause break ("," "but" "." …) between the span's first and last token."""
        return self._clause[span.start] == self._clause[span.end - 1]

    def clause_end(self, index: int) -> int:
        if index >= len(self.doc):
            return index
        return max(index, self._clause_starts[self._clause[index] + 1])

    def clause_start(self, index: int) -> int:
        return min(index, self._clause_starts[self._clause[index]])

    def has_partner(self, tokens: Span | Doc, *, exclude: Span | None = None) -> bool:
        """A "you"/"your" outside quotes (and outside `exclude`)."""
        partner = _partner()
        for token in tokens:
            if exclude is not None and exclude.start <= token.i < exclude.end:
                continue
            if token.i not in self.quoted and (token.norm_ in partner or token.lower_ in partner):
                return True
        return False

    def is_quoted(self, span: Span) -> bool:
        return all(i in self.quoted for i in range(span.start, span.end))

    def is_reported(self, span: Span) -> bool:
        """Reported speech by someone else: "they say you never forget how to ride a bike"."""
        sentence = self.sentence(span)
        third, reporting = lexicon.words("third_person"), lexicon.words("reporting")
        seen_third = reported = False
        for token in self.doc[sentence.start : span.start]:
            # A name mid-sentence is someone else; "I" is written with a capital too.
            named = token.is_title and token.i > sentence.start and token.norm_ != "i"
            if reported and token.norm_ in _NEW_SUBJECTS:
                # "coach just called me he's sitting there alone you always do this": a new
                # clause after the reporting verb ends what was reported, unless another
                # reporting verb follows ("mum said she thinks you never listen").
                reported = False
            if token.norm_ in third or named:
                seen_third = True
            elif seen_third and token.norm_ in reporting:
                reported = True
            elif token.norm_ in _partner() or token.norm_ in {"i", "we"}:
                seen_third = False
        return reported

    def score(self, tokens: Iterable[Token]) -> int:
        """Positive minus negative evidence (words, emoji and phrases from the lexicon)."""
        positive, negative = lexicon.words("positive"), lexicon.words("negative")
        total = 0
        for token in tokens:
            key = token.norm_
            if token.i in self._positive_at or key in positive or token.text in positive:
                total += 1
            elif key in negative or token.text in negative:
                total -= 1
        return total


_NEW_SUBJECTS = frozenset({"he", "she", "they"})


def _ends_sentence(token: Token) -> bool:
    return token.norm_ in SENTENCE_END or "\n" in token.text


def _ends_sentence_next(token: Token) -> bool:
    """The next token ends the sentence too: "!!", "?!" and "!" before a line break are one
    ending, so the sentence after "You always go above and beyond!!" is the next one with
    words in it, not a lone "!"."""
    doc = token.doc
    return token.i + 1 < len(doc) and _ends_sentence(doc[token.i + 1])


def is_joking(tokens: Span) -> bool:
    return any(t.norm_ in JOKING or t.text in JOKING for t in tokens)
