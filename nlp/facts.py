"""The facts a rewrite keeps from a draft: what nlp/reading.py collects, nlp/rewrite.py uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp import grammar, lexicon
from nlp.grammar import Tok

SUBJECTS = frozenset(
    {"you", "you're", "i", "we", "he", "she", "they", "it", "it's", "there", "this", "that", "u"}
)
_VAGUE_NOUNS = frozenset(
    {"anything", "everything", "something", "nothing", "anyone", "everyone", "someone", "thing",
     "things", "stuff", "way", "time", "times", "day", "lot", "bit", "one", "guy", "idea", "ideas",
     "excuse", "brain", "life", "point", "sense", "mind", "deal", "problem", "guess"}
)  # fmt: skip
_PREPOSITIONS = frozenset({"with", "about", "on", "for", "at", "to", "over", "from"})
_DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "his", "her", "their", "that", "this"})


@dataclass(frozen=True, slots=True)
class Observation:
    text: str
    past: bool
    about_partner: bool


@dataclass
class Reading:
    """What the flagged part of a draft says, ready to be put into Tend's frames."""

    observations: list[Observation] = field(default_factory=list)
    nouns: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    needs: list[tuple[str, bool]] = field(default_factory=list)
    """(verb phrase, negative): "stop lying to me" / (True) "miss another pickup"."""
    owns: list[str] = field(default_factory=list)
    ideas: list[str] = field(default_factory=list)
    reflections: list[str] = field(default_factory=list)
    about: list[str] = field(default_factory=list)
    """What the complaint is about when the draft names it ("you ruined my birthday dinner")."""
    words: list[str] = field(default_factory=list)
    """Norms of every word in the flagged sentences, for choosing a feeling."""
    banned: set[int] = field(default_factory=set)
    """Token indices inside labels and put-downs: never carried into a rewrite."""

    @property
    def concrete(self) -> bool:
        return bool(self.observations or self.nouns or self.requests or self.needs)


def noun_phrases(toks: list[Tok], banned: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """Concrete noun phrases ("the dishes", "your mom's birthday", "with money" -> "money").

    Words inside labels and put-downs (`banned` token indices) are never kept.
    """
    out: list[str] = []
    i = 0
    while i < len(toks):
        determiner = toks[i].norm in _DETERMINERS or toks[i].tag == "PRP$"
        bare = toks[i].norm in _PREPOSITIONS and i + 1 < len(toks) and _noun(toks[i + 1])
        if not (determiner or bare):
            i += 1
            continue
        start = i if determiner else i + 1
        j = i + 1
        while j < len(toks) and j - i <= 4 and _np_word(toks[j]):
            j += 1
        words = toks[start:j] if not determiner else toks[i + 1 : j]
        clean = not any(w.i in banned for w in toks[start:j])
        if words and words[-1].norm not in _VAGUE_NOUNS and clean and _noun(words[-1]):
            out.append(grammar.render(toks[start:j]).rstrip(",.!?"))
        i = max(j, i + 1)
    return out


def _noun(tok: Tok) -> bool:
    if tok.tag:
        return tok.tag.startswith("NN")
    return tok.text[:1].isalpha() and tok.norm not in lexicon.words("filler") and not grammar.is_verb(tok.text)


def _np_word(tok: Tok) -> bool:
    if not tok.text[:1].isalnum() or tok.norm in SUBJECTS | _DETERMINERS:
        return False
    if tok.tag:
        return tok.tag.startswith(("NN", "JJ", "CD", "POS", "VBG")) or tok.tag == "HYPH"
    return not grammar.is_verb(tok.text) or tok.text.endswith("ing")
