"""`Analyzer`: one loaded pipeline, turned into `Analysis` results.

Importing this module is cheap; spaCy and the model load when an Analyzer is built.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from nlp.results import Analysis, Category, ModelInfo, Pattern
from nlp.rewrite import texts
from nlp.surface import View, view

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from nlp.detect.blame_model import BlameModel
    from nlp.detect.stings import StingReader
    from nlp.encoder.runtime import Encoder

log = logging.getLogger(__name__)

MAX_SUGGESTIONS = 3
# Above this many characters a draft is read lightly: tokenizer, Tend's rules (safety's too)
# and the classifier, no parse, no encoder, no rewrite. A parse alone costs about 3.9 CPU-s per
# 100k characters here, and Telegram caps a message at 4,096, so only pasted documents get here.
LIGHT_READING_CHARS = 10_000
_SURROGATE = re.compile("[\ud800-\udfff]")
# How many suggestions learned blame reads before the rules alone decide (see `_learned_clean`):
# the edit, the edit less its flagged sentences, the edit with an invitation to talk.
_MODEL_READS = 3
# A sentence of a suggestion is the user's own when it shares this many words with the draft.
_SHARED_WORDS = 4
# A suggestion less its flagged sentences is offered only when this many sentences are left.
# One since the edit lost Tend's own ask (session 16): "I felt frustrated when you lied about
# the £300." is a whole suggestion once a stinging sentence after it goes.
_KEPT_SENTENCES = 1
_WORD = re.compile(r"[a-z0-9']+")
# Tend's suggestions are plain sentences ending in . ! or ?: no parse needed to split them.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_ABSOLUTE_SKIP = frozenset(
    {"you", "you're", "it", "it's", "we", "i", "are", "'re", "is", "'s", "do", "did"}
)
# Words that generalise, for quoting a model-flagged sentence under "absolute".
_GENERALISING = frozenset({"never", "every", "everything", "nothing", "ever", "usual", "again"})
_QUOTED_WORDS = 4


class Analyzer:
    """Finds blaming patterns in a draft and proposes first-person rewrites.

    Build one per process (loading takes about a second) and share it: calls are serialised
    with a lock, because a spaCy pipeline and its memory zones are not thread-safe. For
    parallelism, give each worker process its own Analyzer; results are picklable.

    `model` names an installed spaCy package or a model directory (default: the hash-pinned
    en_core_web_sm re-upload, then an official en_core_web_sm). With `allow_fallback`, a
    missing model means a blank English pipeline with the same rules, logged as a warning;
    without it, ModelNotFoundError. Files that differ from the official release always raise
    ModelIntegrityError. `learned_blame` runs learned blame detection beside the rules (the
    encoder's heads and the bag-of-words classifier together, nlp/detect/blame_model.py),
    `textcat` the classifier alone; learned blame is on by default and the classifier alone
    off, see nlp/detect/pipeline.build.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        allow_fallback: bool = True,
        batch_size: int = 64,
        learned_blame: bool = True,
        textcat: bool = False,
    ) -> None:
        from nlp.detect.pipeline import build
        from nlp.rewrite import fluency

        self._nlp: Language
        self._nlp, self._info = build(
            model, allow_fallback=allow_fallback, learned_blame=learned_blame, textcat=textcat
        )
        self._gate = fluency.parser(self._nlp)  # its verdicts are this pipeline's own
        self._stings = _sting_reader(self._nlp)
        self._batch_size = batch_size
        self._lock = threading.Lock()
        log.info("nlp: %s", self._info.describe())

    @property
    def info(self) -> ModelInfo:
        """Which pipeline and model are in use (and whether it is the blank fallback)."""
        return self._info

    def analyze(self, text: str) -> Analysis:
        """Analyse one draft. Never raises on odd input; empty text is simply not flagged.

        Markup and shouting are read through (see nlp/surface.py); offsets in the result
        always point into `text` as given.
        """
        seen = view(_checked(text))
        with self._lock, self._nlp.memory_zone():
            if len(seen.text) > LIGHT_READING_CHARS:
                return self._light_result(seen, text)
            return self._result(self._nlp(seen.text), text, seen)

    def analyze_many(self, drafts: Sequence[str]) -> list[Analysis]:
        """Analyse many drafts in order with `nlp.pipe` (batched: higher throughput)."""
        views = [view(_checked(text)) for text in drafts]
        short = [n for n, v in enumerate(views) if len(v.text) <= LIGHT_READING_CHARS]
        results: list[Analysis | None] = [None] * len(drafts)
        with self._lock, self._nlp.memory_zone():
            docs = self._nlp.pipe([views[n].text for n in short], batch_size=self._batch_size)
            for n, doc in zip(short, docs, strict=True):
                results[n] = self._result(doc, drafts[n], views[n])
            for n, seen in enumerate(views):
                if results[n] is None:
                    results[n] = self._light_result(seen, drafts[n])
        return [r for r in results if r is not None]

    def _light_result(self, seen: View, original: str) -> Analysis:
        """A very long draft, read without the parse (see LIGHT_READING_CHARS)."""
        from nlp.detect.pipeline import run_rules

        doc = run_rules(self._nlp, seen.text)
        if "tend_textcat" in self._nlp.pipe_names:
            doc = self._nlp.get_pipe("tend_textcat")(doc)
        return replace(self._result(doc, original, seen, rewrite=False), read_lightly=True)

    def _result(self, doc: Doc, original: str, seen: View, *, rewrite: bool = True) -> Analysis:
        from nlp.detect.judge import FINAL_KEY
        from nlp.detect.textcat import MODEL_SPAN_ID
        from nlp.rewrite.suggestions import SentenceFlag
        from nlp.rewrite.suggestions import rewrite as compose

        if doc._.tend_safety is not None:
            concern = doc._.tend_safety
            start, end = seen.original(concern.start, concern.end)
            concern = replace(concern, text=original[start:end], start=start, end=end)
            return Analysis(flagged=True, patterns=(), suggestions=(), safety=concern)
        check_in = doc._.tend_check_in
        spans = list(doc.spans[FINAL_KEY]) if FINAL_KEY in doc.spans else []
        if not spans:
            return Analysis(
                flagged=False, patterns=(), suggestions=(), safety=None, check_in=check_in
            )
        patterns = tuple(_pattern(span, original, seen) for span in spans)
        if not rewrite:
            return Analysis(
                flagged=True, patterns=patterns, suggestions=(), safety=None, check_in=check_in
            )
        # A model's finding is a whole sentence with no exact words: the rewrite reads it as a
        # sentence flag, not as the span of a rule it would look up by id.
        rules = [s for s in spans if s.id_ != MODEL_SPAN_ID]
        flags = [
            SentenceFlag(s.start_char, s.end_char, s.label_)
            for s in spans
            if s.id_ == MODEL_SPAN_ID
        ]
        written = compose(
            doc,
            rules,
            parse=self._gate,
            sentence_flags=flags,
            stings=lambda: self._stinging(doc, spans),
        )
        candidates = list(written.suggestions)
        repaired = self._without_flagged_sentences(doc.text, candidates[:1])
        if repaired:
            # The first suggestion with the sentences the model flags read alone left out,
            # tried right after it: when the whole is not clean, the user's own edited
            # message minus a sentence beats a composed frame, which blind readers marked as
            # inventing an ask ("I'd like us to agree on how we both handle the dog").
            candidates.insert(1, repaired)
        softened: list[str] = []
        if candidates and "?" not in candidates[0]:
            # The first suggestion asks only what the draft asks. When it still reads as an
            # accusation (the learned check), an invitation to talk after it is the gentler
            # start-up, tried before any composed frame: without it, about one edit in
            # fourteen gave way to a frame that kept fewer facts (bench/RESULTS.md, session 16).
            # It is a stand-in for the first suggestion, never an alternative of its own.
            softened = [f"{candidates[0]} {texts.EDIT_ASK}"]
            candidates.insert(2 if repaired else 1, softened[0])
        return Analysis(
            flagged=True,
            patterns=patterns,
            suggestions=self._without_tends_ask(
                self._clean(candidates, first_only=softened), candidates[:1]
            ),
            safety=None,
            check_in=check_in,
            mine=written.mine,
        )

    def _stinging(self, doc: Doc, spans: Sequence[Span]) -> list[tuple[int, int]]:
        """Character ranges of the draft's sentences that sting and carry no flag, for the
        rewrite only (nlp/detect/stings.py). Nothing is shown for them."""
        if self._stings is None:
            return []
        sentences = [doc[start:end] for start, end in self._stings.sentences(doc)]
        return [
            (sentence.start_char, sentence.end_char)
            for sentence in sentences
            if not any(s.start < sentence.end and sentence.start < s.end for s in spans)
        ]

    def _clean(self, candidates: Sequence[str], first_only: Sequence[str] = ()) -> tuple[str, ...]:
        """Keep the suggestions that come back clean, topped up with slot-only fallbacks.

        The rules run on the tokenizer alone (no parse): all candidates go through in one
        Doc, one per paragraph; the rules never look across a blank line. With learned blame,
        the model then reads the first candidates the rules passed as drafts (no parse
        either): a suggestion Tend would flag if the user sent it back is not offered first
        (bench/RESULTS.md, "Blame, on by default; rewrites with learned blame").
        """
        from nlp.detect.pipeline import flagged_ranges

        unique = [c for c in dict.fromkeys(candidates) if c.strip()]
        dirty = flagged_ranges(self._nlp, unique)
        kept = [text for text, bad in zip(unique, dirty, strict=True) if not bad]
        kept = self._learned_clean(kept)
        # `first_only`: offered only as the first suggestion (the model read it there).
        kept = [text for n, text in enumerate(kept) if n == 0 or text not in first_only]
        for fallback in texts.SAFE_FALLBACKS:
            if len(kept) < 2 and fallback not in kept:
                kept.append(fallback)
        return tuple(kept[:MAX_SUGGESTIONS])

    def _without_tends_ask(self, shown: tuple[str, ...], first: Sequence[str]) -> tuple[str, ...]:
        """The suggestion shown first without an ask Tend made up, when it is an alternative
        that took the first place (the edit came back flagged) and reads clean without it.

        The first suggestion says only what the draft asks (nlp/rewrite/minimal.py); a
        composed alternative opens with an ask of its own ("I'd like us to work out
        together …"), which blind readers marked as invented when it was shown first.
        """
        from nlp.rewrite.frames import without_tends_ask

        if not shown or list(shown[:1]) == list(first):
            return shown
        plain = without_tends_ask(shown[0])
        # The edit itself (the first candidate, already read and passed over) is not re-read.
        if plain == shown[0] or plain in first or self._clean([plain])[:1] != (plain,):
            return shown
        return (plain, *shown[1:])

    def _learned(self) -> tuple[BlameModel, Encoder] | None:
        """Learned blame and the encoder it reads with, when the pipeline has them."""
        from nlp.encoder.component import EncoderComponent

        if "tend_blame_model" not in self._nlp.pipe_names:
            return None
        model = cast("BlameModel", self._nlp.get_pipe("tend_blame_model"))
        return model, cast("EncoderComponent", self._nlp.get_pipe("tend_encoder")).encoder

    def _learned_clean(self, candidates: list[str]) -> list[str]:
        """The candidates the learned blame model would not flag, each read as a draft."""
        learned = self._learned()
        if not candidates or learned is None:
            return candidates
        model, encoder = learned
        # The suggestion shown first is the one read: each read can take an encoder pass
        # (about a parse), and reading every candidate put p99 over 25 ms. The first three
        # candidates (the edit, the edit less the sentences the model flags, the edit with an
        # invitation to talk) are tried; the ones after them are checked by the rules only.
        for n, candidate in enumerate(candidates[:_MODEL_READS]):
            if not model.flags_as_draft(candidate, _sentences(candidate), encoder):
                return candidates[n:]
        return candidates[_MODEL_READS:]

    def _without_flagged_sentences(self, draft: str, first: Sequence[str]) -> str | None:
        """`first` (one suggestion or none) without its sentences the learned model flags
        read alone, when one of the draft's own sentences (or most of its words) is left."""
        if not first:
            return None
        sentences = [s.strip() for s in _SENTENCE_END.split(first[0]) if s.strip()]
        if len(sentences) < _KEPT_SENTENCES + 1:
            # Nothing to repair: leaving out a flagged sentence would leave nothing.
            return None
        flagged = self._flagged_alone(sentences)
        if not flagged:
            return None
        kept: list[str] = []
        closing_said = False
        for sentence in sentences:
            if sentence not in flagged:
                if not (closing_said and sentence is sentences[-1]):
                    kept.append(sentence)
                continue
            before = kept[-1] if kept else ""
            framed = self._restated(before, sentence, sentences)
            if framed is None:
                continue
            text, replaces_before = framed
            if replaces_before:
                kept[-1] = text  # the feeling and what happened, one sentence
            else:
                # The closing "I've been feeling X about it." is said here, with its cause.
                kept.append(text)
                closing_said = True
        words = set(_WORD.findall(draft.lower()))
        theirs = [s for s in kept if len(set(_WORD.findall(s.lower())) & words) >= _SHARED_WORDS]
        return " ".join(kept) if theirs and len(kept) >= _KEPT_SENTENCES else None

    def _restated(
        self, before: str, sentence: str, sentences: Sequence[str]
    ) -> tuple[str, bool] | None:
        """A flagged sentence that holds facts the rest lacks, said as the cause of the
        feeling right before it or of the closing one (nlp/rewrite/restate.py), when that
        reads clean and fluent: the text, and whether it replaces the sentence before."""
        from nlp.detect.pipeline import flagged_ranges
        from nlp.rewrite import fluency, restate

        rest = " ".join(s for s in sentences if s != sentence)
        if not restate.carries_facts(sentence, rest):
            return None
        found = restate.restated(before, sentence, sentences[-1])
        if found is None or flagged_ranges(self._nlp, [found[0]])[0]:
            return None
        framed = found[0]
        if self._flagged_alone([framed]) or not fluency.fluent([framed], self._gate)[0]:
            return None
        return found

    def _flagged_alone(self, sentences: Sequence[str]) -> set[str]:
        """The sentences the learned blame model flags, each read alone (none when off)."""
        unique = list(dict.fromkeys(s.strip() for s in sentences if s.strip()))
        learned = self._learned()
        if not unique or learned is None:
            return set()
        model, encoder = learned
        verdicts = model.flags_alone(unique, encoder)
        return {s for s, bad in zip(unique, verdicts, strict=True) if bad}

    def pattern_ids(self, flags: Sequence[tuple[str, str]]) -> list[str | None]:
        """The rule id behind each (category, flagged words) pair, or None (see `rule_id`).

        Reads the words alone, with the rules only: a check keeps only its categories and
        flagged words, and this names their rule without storing anything more.
        """
        from nlp.detect.pipeline import rule_id

        with self._lock, self._nlp.memory_zone():
            return [
                rule_id(self._nlp, view(_checked(words)).text, category)
                for category, words in flags
            ]


def _sting_reader(nlp: Language) -> StingReader | None:
    """The sting head, when the pipeline has the encoder it reads."""
    from nlp.detect.stings import load_sting_reader

    return load_sting_reader() if "tend_encoder" in nlp.pipe_names else None


def _sentences(text: str) -> list[tuple[int, int]]:
    """Character ranges of a suggestion's sentences (Tend ends each with . ! or ?)."""
    out, start = [], 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        out.append((start, end))
        start = end
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in out]


def _checked(text: str) -> str:
    """The text spaCy can take: lone surrogates (unencodable) become U+FFFD, one for one."""
    if not isinstance(text, str):
        raise TypeError(f"analyze() takes a str, not {type(text).__name__}")
    return _SURROGATE.sub("\ufffd", text)


def _pattern(span: Span, original: str, seen: View) -> Pattern:
    from nlp.detect.textcat import MODEL_SPAN_ID

    category: Category = span.label_  # type: ignore[assignment]
    explanation = texts.EXPLANATIONS[category]
    if category == "absolute":
        explanation = explanation.format(word=_absolute_word(span).capitalize())
    start, end = seen.original(span.start_char, span.end_char)
    learned = span.id_ == MODEL_SPAN_ID
    return Pattern(category, original[start:end], start, end, explanation, learned)


def _absolute_word(span: Span) -> str:
    """The generalising words of an "absolute" span. A rule span is those words already; a
    sentence the model flagged is searched for one ("never", "every time"), else it is
    quoted by its first words."""
    from nlp import lexicon
    from nlp.detect.textcat import MODEL_SPAN_ID

    if span.id_ == MODEL_SPAN_ID:
        general = lexicon.words("always") | _GENERALISING
        found = [t.text for t in span if t.norm_ in general]
        if found:
            return found[0]
        words = [t.text for t in span if not t.is_punct and not t.is_space]
        return " ".join(words[:_QUOTED_WORDS]) + ("…" if len(words) > _QUOTED_WORDS else "")
    words = [t.text for t in span if t.norm_ not in _ABSOLUTE_SKIP and not t.is_punct]
    return " ".join(words) or span.text
