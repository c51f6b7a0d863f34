"""The fluency gate: every sentence Tend writes is parsed again before anyone sees it.

Rewrites are assembled from pieces of the draft, and a piece can come out wrong: a whole
clause glued in where a noun belongs ("since Maybe if you went …"), a doubled negation
("not to be not home"), a capital mid-sentence, a sentence with no verb, or one that ends on
"and". Such a sentence is rejected and the caller falls back to a simpler safe form.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from nlp import lexicon
from nlp.rewrite import grammar

Parse = Callable[[Iterable[str]], Iterable[Doc]]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")
_SUBORDINATORS = frozenset(
    {"if", "when", "since", "because", "maybe", "unless", "whether", "whenever", "although"}
)
# A clause opener right after one of these means a clause was glued in as a noun or object.
_HOSTS = frozenset({"when", "since", "about", "because", "that", "of", "with", "for", "as"})
_CLAUSE_OPENERS = frozenset({"when", "since", "because"})
_QUESTION_WORDS = frozenset({"why", "what", "who", "how", "whose"})
_BARE_COPULA = frozenset({"'s", "’s", "is", "was"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_BE = frozenset({"'re", "’re", "'m", "’m", "am", "is", "are", "was", "were"})
_CONTRACTED_BE = frozenset({"'re", "’re", "'m", "’m"})
_MODALS = frozenset({"could", "can", "would", "will", "should"})
_DANGLING = frozenset({"CCONJ", "SCONJ", "ADP", "DET"})
_ARTICLE_STOPS = frozenset({"a.", "an.", "the."})
_PARTICLE_ENDS = frozenset({"up", "out", "in", "on", "off", "down", "over", "back", "away", "by"})
_NEGATION_WINDOW = 4
_LIKE_AS = frozenset({"as", "if", "when", "because", "since"})
# The words whose check reads the token after them ("been", "like as").
_BEFORE_NEXT = frozenset({"been", "like", "as", "if"})
_TORN_CLITIC = re.compile(r"\w ['’](?:m|re|s|ve|ll|d)\b|\w n['’]t\b", re.IGNORECASE)
_LIST_MARKERS = re.compile(r"(?:^|(?<=\s))(?:\d{1,2}|[a-z])\)")
_GATE_PIPES = frozenset({"tok2vec", "tagger", "parser", "attribute_ruler"})
_MAX_REMEMBERED = 20_000


def sentences(text: str) -> list[str]:
    """Split Tend's own text into sentences (it always ends them with . ! or ?)."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def problems(doc: Doc) -> list[str]:
    """What is wrong with one parsed sentence; empty when it reads as English."""
    words = [t for t in doc if not t.is_punct and not t.is_space]
    found: list[str] = []
    if not words:
        return ["empty"]
    if not any(t.pos_ in {"VERB", "AUX"} or t.tag_.startswith("VB") for t in words):
        found.append("no verb")
    if _unbalanced(doc.text):
        found.append("bracket or quote cut in half")  # "for you ( and", "You said."
    if _TORN_CLITIC.search(doc.text):
        found.append("a contraction torn apart")  # "Could you feel I 'm crazy …?"
    for prev, tok in itertools.pairwise(words):
        if tok.text[:1].isupper() and not _may_be_capital(tok.text, tok.pos_):
            # "Revere Beach", "Ultimate Team": a name of two capitalised words, whatever the
            # tagger calls its first (the gate dropped "you took the Civic down to Revere
            # Beach Saturday", and the draft's event with it).
            after = tok.i + 1 < len(doc) and doc[tok.i + 1]
            if not (after and after.text[:1].isupper() and after.pos_ in {"PROPN", "NOUN"}):
                found.append(f"capital mid-sentence: {tok.text}")
        # The neighbours a check reads beyond the pair are looked at only when the pair
        # could fail it: each look builds a Token, and this runs on every sentence the gate
        # parses (session 15: 0.19 -> 0.09 CPU-s over a bench round's 1,346 gate sentences,
        # the same problems in the same order on 25,892 parsed texts).
        if prev.lower_ in _HOSTS and tok.lower_ in _SUBORDINATORS:
            found.append(f"clause glued in: {prev.text} {tok.text}")
        if (
            prev.lower_ in _CLAUSE_OPENERS
            and tok.lower_ in _QUESTION_WORDS
            and not _after_bracket(tok)  # the slot, "[what happened]"
        ):
            found.append(f"question glued in: {prev.text} {tok.text}")  # "when why do I …"
        fragment = tok.pos_ == "ADP" and tok.lower_ != "like"
        because_of = prev.lower_ == "because" and tok.lower_ == "of"
        if prev.lower_ in _CLAUSE_OPENERS and fragment and not because_of:
            found.append(f"fragment after {prev.text}: {tok.text}")  # "when in this house"
        if (
            prev.lower_ in _BE
            and tok.lower_ in {"do", "does", "did"}
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ in {"n't", "not"}
        ):
            found.append(f"two auxiliaries: {prev.text} {tok.text}")  # "you're don't on time"
        if prev.lower_ in _CONTRACTED_BE and tok.pos_ == "CCONJ":
            found.append(f"lost its complement: {prev.text} {tok.text}")  # "you're and you'd"
        if prev.lower_ == "you" and prev.i > 0 and _past(tok):
            before = doc[prev.i - 1].lower_
            if before in _MODALS:  # "Could you got"
                found.append(f"past after a modal: {before} {prev.text} {tok.text}")
        if prev.lower_ == "because" and tok.tag_ == "VBG":
            found.append(f"clause without its subject: {prev.text} {tok.text}")  # "because saying"
        if prev.lower_ in {"a", "an", "the"} and tok.pos_ in {"ADP", "CCONJ", "AUX", "VERB"}:
            found.append(f"article without a noun: {prev.text} {tok.text}")  # "about a in"
    for tok in words:
        # "I feel worn out when a gentle reminder that …": the clause after "when" lost its
        # verb and only a noun phrase is left to hang the subordinator on.
        # "the third time since Easter" is a preposition with its object, not a clause.
        if (
            tok.lower_ in _CLAUSE_OPENERS
            and tok.head.pos_ in {"NOUN", "PROPN", "NUM", "X"}
            and not any(c.dep_ == "pobj" for c in tok.children)
        ):
            found.append(f"fact without its verb: {tok.text} {tok.head.text}")
        # "it seems like as you think": two subordinators in a row.
        if tok.lower_ not in _BEFORE_NEXT or tok.i + 1 >= len(doc):
            continue
        nxt = tok.nbor()
        if tok.lower_ == "been" and (nxt.text == "," or nxt.pos_ == "CCONJ"):
            found.append(f"lost its verb: {tok.text}")  # "when you've been, I'm not …"
        if tok.lower_ in {"like", "as", "if"} and nxt.lower_ in _LIKE_AS:
            found.append(f"subordinators glued: {tok.text} {nxt.text}")
    found += _agreement(doc, words)
    negations = [i for i, t in enumerate(words) if t.lower_ in _NEGATIONS]
    if any(b - a <= _NEGATION_WINDOW for a, b in itertools.pairwise(negations)):
        found.append("double negation")
    last = words[-1]
    if last.pos_ == "AUX" and len(words) > 1 and words[-2].pos_ == "PRON" and last.text[:1] in "'’":
        found.append(f"dangling: {words[-2].text}{last.text}")  # "… because you're."
    if last.tag_ == "PRP$" and len(words) > 1:
        found.append(f"dangling: {last.text}")  # "… how my."
    if last.pos_ in _DANGLING and last.lower_ not in _PARTICLE_ENDS:
        found.append(f"dangling: {last.text}")
    elif last.lower_ in _ARTICLE_STOPS:
        found.append(f"dangling: {last.text}")  # "… you had a.": the tokenizer keeps "a."
    if last.lower_ in _BARE_COPULA and len(words) > 1 and words[-2].lower_ in {"it", "that"}:
        found.append(f"dangling: {words[-2].text}{last.text}")  # "… and it's."
    for tok in words[:-1]:
        # "you don't say sorry and in six years": a conjunction joining a clause to a fragment.
        if tok.pos_ != "CCONJ":
            continue
        rest = _to_break(list(doc[tok.i + 1 :]))
        # "on the carpet and on her coat": two places joined, not a clause and a fragment.
        places = tok.i > 0 and doc[tok.i - 1].dep_ == "pobj"
        joined = rest and rest[0].pos_ == "ADP"
        if joined and not places and not _has_verb(rest):
            found.append(f"fragment after {tok.text}")
    return found


def _after_bracket(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == "["


def _agreement(doc: Doc, words: list[Token]) -> list[str]:
    """Words that no longer agree with what is left around them once a clause was moved:
    an object pronoun made the subject ("Her doesn't seem to matter"), a "than" whose
    comparative was cut ("Could you scroll than talk …", from "you'd rather scroll than …"),
    a subject split from its verb by a comma ("You, can't keep anything …", from "Typical
    you, can't …"), and "their" left pointing at a "who" that became "you" ("You do that to
    their partner.", from "Who does that to their partner?")."""
    found: list[str] = []
    for k, tok in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (
            nxt is not None
            and tok.lower_ in _OBJECT_PRONOUNS
            and _finite(nxt)
            and _opens(doc, words, k)
        ):
            found.append(f"object pronoun as subject: {tok.text} {nxt.text}")
        if tok.lower_ == "than" and not any(_compares(t) for t in words[:k]):
            found.append("than with no comparative")
        if (
            nxt is not None
            and tok.lower_ in _SUBJECT_PRONOUNS
            and _finite(nxt)
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].text == ","
        ):
            found.append(f"subject cut from its verb: {tok.text}, {nxt.text}")
        if tok.lower_ in {"their", "themselves"} and _anyone(words, k):
            found.append(f"{tok.text} points at no one")
    return found


def _opens(doc: Doc, words: list[Token], k: int) -> bool:
    """Whether words[k] opens a clause: the first word, or one after a conjunction or a
    comma."""
    token = words[k]
    after_comma = token.i > 0 and doc[token.i - 1].text == ","
    return k == 0 or words[k - 1].pos_ in {"SCONJ", "CCONJ"} or after_comma


_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "us", "them"})
_SUBJECT_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})
_COMPARING = frozenset(
    {"more", "less", "fewer", "rather", "sooner", "other", "else", "different", "differently",
     "prefer", "prefers", "preferred", "otherwise"}
)  # fmt: skip
# "their partner", "their own": one of the couple, said in the third person.
_PARTNERS = lexicon.words("partner_nouns") | {"own"}


def _finite(token: Token) -> bool:
    return token.tag_ in {"VBZ", "VBP", "VBD", "MD"}


def _compares(token: Token) -> bool:
    return token.tag_ in {"JJR", "RBR"} or token.lower_ in _COMPARING


def _anyone(words: list[Token], at: int) -> bool:
    """ "their partner" / "themselves" in a clause about "you": the "who" it pointed at is gone."""
    about_you = any(t.lower_ == "you" and t.dep_.startswith("nsubj") for t in words[:at])
    named = words[at].lower_ == "themselves" or (
        at + 1 < len(words) and words[at + 1].lower_ in _PARTNERS
    )
    return about_you and named


def _past(token: Token) -> bool:
    """ "got" is past even where the tagger, after "Could you", called it a base form."""
    return token.tag_ in {"VBD", "VBN"} or (token.pos_ == "VERB" and grammar.is_past(token.text))


def _unbalanced(text: str) -> bool:
    """A bracket or a double quote opened and not closed, or closed and never opened; a
    list's "1)" or "b)" is no bracket."""
    depth = 0
    for char in _LIST_MARKERS.sub(" ", text):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return True
    curly = text.count("“") != text.count("”")
    return depth != 0 or text.count('"') % 2 == 1 or curly


def _to_break(tokens: list[Token]) -> list[Token]:
    """The tokens up to the next comma or sentence mark."""
    end = next((k for k, t in enumerate(tokens) if t.is_punct), len(tokens))
    return tokens[:end]


def _has_verb(tokens: Sequence[object]) -> bool:
    return any(getattr(t, "pos_", "") in {"VERB", "AUX"} for t in tokens)


def _may_be_capital(text: str, pos: str) -> bool:
    if text == "I" or text.startswith(("I'", "I’")):
        return True
    if text.isupper() and len(text) > 1:
        return True  # "TV", "OK"
    return pos in {"PROPN", "NOUN", "NUM", "X"} and text.lower() not in _SUBORDINATORS


def fluent(texts: Sequence[str], parse: Parse) -> list[bool]:
    """For each text, whether every sentence in it passes the gate.

    Sentences are parsed once each, in one batch. A `GateParse` remembers its verdicts,
    because most sentences Tend writes are its own fixed ones ("Could we talk about it
    tonight?"); any other parse function judges afresh.
    """
    pieces = [sentences(t) for t in texts]
    memory = parse.verdicts if isinstance(parse, GateParse) else {}
    # A local copy: another thread using the same Analyzer may clear the memory meanwhile.
    known = {s: memory.get(s) for group in pieces for s in group}
    fresh = [s for s, verdict in known.items() if verdict is None]
    # Often nothing is fresh (Tend's fixed sentences, a choice checked before), and an empty
    # `Language.pipe` still sets up a generator per component: about 60 µs a call, and a
    # rewrite makes up to three calls.
    if fresh:
        if len(memory) + len(fresh) > _MAX_REMEMBERED:
            memory.clear()
        for sentence, doc in zip(fresh, parse(fresh), strict=True):
            known[sentence] = memory[sentence] = not problems(doc)
    return [all(known[s] for s in group) for group in pieces]


@dataclass(eq=False)
class GateParse:
    """A pipeline's tagger and parser only (the gate needs tags, POS and sentences), with
    the verdicts given so far.

    The memory belongs to one pipeline, never to the module: a blank fallback pipeline has
    no parser and finds "no verb" everywhere, and its verdicts must not reach another
    Analyzer in the same process.
    """

    language: Language
    verdicts: dict[str, bool] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._skipped = [n for n in self.language.pipe_names if n not in _GATE_PIPES]

    def __call__(self, texts: Iterable[str]) -> Iterable[Doc]:
        return self.language.pipe(texts, disable=self._skipped)


def parser(language: Language) -> GateParse:
    """The gate's parse over `language`; keep it (as the Analyzer does) to reuse its verdicts."""
    return GateParse(language)


def explain(text: str, parse: Parse) -> list[str]:
    """Every problem in `text`, sentence by sentence (for tests and debugging)."""
    out: list[str] = []
    for sentence, doc in zip(sentences(text), parse(sentences(text)), strict=True):
        out += [f"{sentence!r}: {p}" for p in problems(doc)]
    return out
