"""Read the flagged sentences of a draft into the facts a rewrite keeps.

Each clause of a flagged sentence becomes one of: an observation ("you don't do the dishes"),
a fact ("the laundry has been sitting there"), a request ("take the bins out"), a need (from
an ultimatum), something to own (defensiveness), an idea (fixing), or nothing (a label or a
put-down), in which case its noun phrases are kept so the concrete things survive.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Span, Token

from nlp.detect.judge import CANDIDATES_KEY, FINAL_KEY, SOFT_KEY
from nlp.detect.spans import SpanIndex, unit_finder
from nlp.rewrite import categories, grammar, needs, transforms
from nlp.rewrite.facts import SUBJECTS, Observation, Reading, noun_phrases, reflection
from nlp.rewrite.grammar import Tok

_SPLIT_BEFORE = frozenset({"and", "but", "so", "because", "though", "tho", "although", "then"})
_PUNCT_BREAK = frozenset({",", ";", ":", "-", "—", "–", "…", "...", "(", ")"})
_FEELING_LEAD = frozenset(
    {"still", "so", "really", "bit", "a", "annoyed", "upset", "mad", "hurt", "angry", "sad",
     "frustrated", "disappointed", "that", "pissed", "gutted"}
)  # fmt: skip
_FEELING_WORDS = frozenset(
    {"annoyed", "upset", "mad", "hurt", "angry", "sad", "frustrated", "disappointed", "gutted"}
)
_MOTIVE = frozenset({"want", "wanted", "care", "cared", "think", "thought", "like", "liked"})
SENTENCE = "sentence"
"""Span id of a whole sentence flagged without a rule span (see rewrite.SentenceFlag)."""
# Hypotheticals are not facts: "maybe if you went to bed earlier you wouldn't …".
_HYPOTHETICAL = frozenset({"if", "unless"})
# Categories whose own rules read an "if" ("if you're tired, just …", "if you loved me …").
_READS_CONDITIONS = frozenset({"fixing", "demand", "mind_reading"})


def split_clauses(unit: Span, spans: list[Span] = ()) -> list[list[Token]]:  # type: ignore[assignment]
    clauses: list[list[Token]] = [[]]
    doc = unit.doc
    inside = {i for s in spans for i in range(s.start + 1, s.end)}
    for token in unit:
        nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.norm_ in _PUNCT_BREAK and not _joins_a_word(token):
            clauses.append([])
            continue
        starts = token.norm_ in _SPLIT_BEFORE and nxt is not None and nxt.norm_ in SUBJECTS
        # "you did that you always …": a second clause with no punctuation before it.
        run_on = (
            token.norm_ in {"you", "you're"}
            and len(clauses[-1]) >= 2
            and clauses[-1][-1].norm_ in {"that", "this", "it"}
            and grammar.is_verb(clauses[-1][-2].text)
        )
        if (starts or run_on or token.norm_ == "because") and clauses[-1] and token.i not in inside:
            clauses.append([])
        clauses[-1].append(token)
    return [c for c in clauses if any(t.is_alpha for t in c)]


def _joins_a_word(token: Token) -> bool:
    """The hyphen in "one-bed", "mid-sentence": part of the word, not a break."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    joined = before is not None and not before.whitespace_ and not token.whitespace_
    return token.text == "-" and joined and token.i + 1 < len(token.doc)


def read(
    doc: Doc,
    units: list[Span],
    spans: list[Span],
    sarcastic: Sequence[Span] = (),
    skip: Collection[int] = (),
) -> Reading:
    """`sarcastic`: clean units read as sarcasm (their things are kept, not their claims);
    `skip`: token indices the rewrite says in its own frame ("I'm exhausted")."""
    reading = Reading()
    render = grammar.render_table()
    candidates = list(doc.spans[CANDIDATES_KEY]) if CANDIDATES_KEY in doc.spans else []
    soft = list(doc.spans[SOFT_KEY]) if SOFT_KEY in doc.spans else list(spans)
    hits_all = _merge(spans, soft)
    # A whole flagged sentence has no exact span: only its label words are banned.
    exact = [s for s in hits_all if s.id_ != SENTENCE]
    reading.banned = {
        i
        for s in exact
        if s.label_ == "labeling"
        or (s.label_ == "contempt" and s.id_ not in categories.KEEPS_FACTS)
        for i in range(s.start, s.end)
    }
    reading.banned |= {
        t.i for s in hits_all if s.id_ == SENTENCE for t in categories.sentence_put_downs(s)
    }
    reading.banned |= {t.i for unit in units for t in [*_such_a(unit), *vocatives(unit)]}
    # An ultimatum's condition names the issue ("one more night at the pub"): not unnamed.
    reading.unnamed = {i for s in exact if s.label_ != "threat" for i in range(s.start, s.end)}
    handled: set[int] = set()
    unit_at = unit_finder(sorted(units, key=lambda u: u.start))
    for span in (s for s in spans if s.label_ == "threat" and s.id_ != SENTENCE):
        unit = unit_at(span.start)
        if unit is not None:
            handled.update(_read_threat(doc, unit, span, candidates, render, reading))
    # The rules' own verdict, and the spans the caller reads with (the edit reads a rule span
    # as a whole-sentence flag): a hit found in neither is one a guard or the context let by.
    final = {(s.start, s.end) for s in [*spans, *doc.spans.get(FINAL_KEY, [])]}
    hit_index = SpanIndex(hits_all)
    for unit in units:
        reading.words.extend(t.norm_ for t in unit)
        reading.topic_words.extend(t.norm_ for t in unit if t.i not in reading.unnamed)
        inside = hit_index.overlapping(unit.start, unit.end)
        # Sarcasm ("wow you actually remembered …, should I throw a parade") turns the clean
        # clauses around it upside down: keep their things, not their claims.
        reading.sarcastic = unit in sarcastic or any(s.id_ in categories.SARCASM for s in inside)
        for clause in split_clauses(unit, inside):
            clause = [t for t in clause if t.i not in handled and t.i not in skip]
            if not clause:
                continue
            first, last = clause[0].i, clause[-1].i
            hits = [
                s
                for s in inside
                if (s.label_ != "threat" or s.id_ == SENTENCE) and s.start <= last and first < s.end
            ]
            toks = [grammar.from_token(t, render) for t in clause]
            hypothetical = any(t.norm in _HYPOTHETICAL for t in toks) or toks[0].norm == "maybe"
            if hypothetical and not {h.label_ for h in hits} & _READS_CONDITIONS:
                # Only whole noun phrases ("the car"), never a bare word ("to bed" -> "bed").
                phrases = noun_phrases(toks, reading.unnamed | reading.banned)
                reading.nouns.extend(p for p in phrases if " " in p)
                continue
            if hits and all(h.id_ == SENTENCE for h in hits):
                categories.sentence(toks, {h.label_ for h in hits}, reading)
            elif hits:
                whole = {h.label_ for h in hits if h.id_ == SENTENCE}
                hits = [h for h in hits if h.id_ != SENTENCE]
                before = _said(reading)
                categories.flagged(toks, hits, reading)
                # "You didn't call me back yesterday.", flagged as a whole, also holds a
                # shut-down's words a guard let through ("call me"): read by that rule alone
                # it kept nothing, and the rewrite asked for the moment the draft names.
                soft_only = not any((h.start, h.end) in final for h in hits)
                if whole and soft_only and _said(reading) == before:
                    categories.sentence(toks, whole, reading)
            else:
                context(toks, reading)
    # An ultimatum's consequence ("… I'll tell her why") and a jab left out ("I'm not your
    # mother") say nothing about the topic.
    left_out = reading.unnamed | reading.leverage | reading.banned
    reading.topic_words = [t.norm_ for unit in units for t in unit if t.i not in left_out]
    return reading


def _said(reading: Reading) -> tuple[int, ...]:
    """How much the reading holds so far: a clause that added nothing leaves it the same."""
    parts = (reading.observations, reading.nouns, reading.requests, reading.needs, reading.about)
    return tuple(len(p) for p in parts)


def _such_a(unit: Span) -> list[Token]:
    """ "stop being such a mummy's boy": the label after "such a" is never a thing to keep,
    even when the rules flagged something else in the sentence ("for once")."""
    out: list[Token] = []
    doc = unit.doc
    for tok in unit:
        lead = tok.i >= unit.start + 2 and doc[tok.i - 2].norm_ == "such"
        after_article = lead and doc[tok.i - 1].norm_ in {"a", "an"}
        chained = bool(out) and out[-1].i == tok.i - 1
        if tok.pos_ in {"ADJ", "NOUN", "PROPN", "PART"} and (after_article or chained):
            out.append(tok)
    return out


# Names the partner is called by that only sting ("…, genius", "…, ya numpty", "your
# highness, …"): no rule needs to know the word; the comma and the place say it.
_VOCATIVES = frozenset(
    {"genius", "mate", "einstein", "sherlock", "princess", "champ", "sunshine", "pal", "buddy",
     "highness", "majesty", "hero", "smartass", "smartypants", "missy"}
)  # fmt: skip
_CALLED_BY = frozenset({"ya", "ye", "you", "u", "yer"})
_VOCATIVE_ADJ_MAX = 2
_LEAD_MAX = 5


def vocatives(unit: Span) -> list[Token]:
    """The words of a jab said as a form of address at either end of the sentence, set off by
    a comma: "…, ya numpty." / "…, you absolute muppet." / "…, genius." / "Oh sure, your
    highness, I'll …". Affection ("babe", "love") is never one."""
    toks = [t for t in unit if not t.is_space]
    while toks and toks[-1].is_punct and toks[-1].text != ",":
        toks = toks[:-1]
    out: list[Token] = []
    # At the end: ", ya big eejit" / ", genius"
    comma = max((k for k, t in enumerate(toks) if t.text == ","), default=-1)
    tail = toks[comma + 1 :] if comma >= 0 else []
    words = [t.lower_ for t in tail]
    called = bool(words) and words[0] in _CALLED_BY and 2 <= len(words) <= 2 + _VOCATIVE_ADJ_MAX
    named = bool(words) and words[-1] in _VOCATIVES and (len(words) == 1 or words[0] == "your")
    if (called and tail[-1].pos_ in {"NOUN", "PROPN", "ADJ"}) or named:
        out += [toks[comma], *tail]
    # After an opener: "Oh sure, your highness, I'll …"
    for k, tok in enumerate(toks[:-1]):
        owner = toks[k - 1].lower_ if k else ""
        addressed = toks[k + 1].text == "," and k <= _LEAD_MAX and owner != "my"
        if tok.lower_ in _VOCATIVES and addressed:
            lead = k - 1 if k and toks[k - 1].lower_ in {"your", "ya", "you"} else k
            out += toks[lead : k + 2]
    return out


def _merge(final: list[Span], soft: list[Span]) -> list[Span]:
    seen = {(s.start, s.end, s.label_) for s in final}
    return [*final, *(s for s in soft if (s.start, s.end, s.label_) not in seen)]


def context(toks: list[Tok], reading: Reading) -> None:
    """A clean clause inside a flagged sentence: keep it as a fact when it states one."""
    because = bool(toks) and toks[0].norm == "because"
    asked = any(t.text == "?" for t in toks[-2:])
    toks = _strip_feeling(transforms.strip_edges(toks[1:] if because else toks))
    toks = transforms.drop_tired_of(toks)
    if not toks:
        return
    if because:
        # A cause joins the observation before it, unless it guesses at a motive.
        if reading.observations and not _MOTIVE & {t.norm for t in toks}:
            before = reading.observations[-1]
            text = f"{before.text} because {grammar.render(toks)}"
            reading.observations[-1] = Observation(text, before.past, before.about_partner)
        return
    # Read before the guess check: "i know ur nervous about the interview" guesses, but
    # the feeling it names is what a reply to advice reflects, with its topic.
    mirrored = reflection(transforms.without_seeming(toks))
    if mirrored:
        reading.reflections.append(mirrored)
    if transforms.guess(toks) or _verdict_of_others(toks):
        # "you act like you're ashamed of me", "my therapist agrees": nothing to keep.
        reading.banned.update(t.i for t in toks if t.i >= 0)
        return
    toks = transforms.without_seeming(toks)
    first, last = toks[0], toks[-1]
    evaluative = first.norm in {"it", "it's", "that", "that's", "this"} and len(toks) <= 4
    question = (
        asked or last.text.endswith("?") or first.norm in {"what", "why", "how", "who", "did", "do"}
    )
    imperative = first.tag == "VB"
    reading.nouns.extend(noun_phrases(toks, reading.unnamed))
    if not (evaluative or question or imperative or reading.sarcastic or not _has_content(toks)):
        reading.observations.append(transforms.observation(toks))


def _verdict_of_others(toks: list[Tok]) -> bool:
    """ "my therapist agrees", "everyone says so": other people's verdict, brought in."""
    words = [t.norm for t in toks if t.text[:1].isalnum()]
    return bool(words) and (
        words[-1] in {"agrees", "agree", "agreed"} or words[-2:] in (["says", "so"], ["said", "so"])
    )


def _strip_feeling(toks: list[Tok]) -> list[Tok]:
    """ "still annoyed you ignored me" -> "you ignored me": the frame names the feeling."""
    n = 0
    while n < len(toks) and toks[n].norm in _FEELING_LEAD:
        n += 1
    has_feeling = any(t.norm in _FEELING_WORDS for t in toks[:n])
    return toks[n:] if has_feeling and n < len(toks) else toks


def _has_content(toks: list[Tok]) -> bool:
    words = [t for t in toks if t.text[:1].isalnum() or t.text[:1] in "'’"]
    tagged = any(t.tag for t in words)
    verb = any(t.tag.startswith(("VB", "MD")) if tagged else grammar.is_verb(t.text) for t in words)
    if len(words) < 3 or not verb:
        return False
    if words[0].norm in {"you", "we"}:
        return True  # what the partner did: "you hung up on me"
    if any(t.tag for t in words):
        return bool(noun_phrases(toks)) or any(t.tag.startswith(("NN", "CD")) for t in words)
    return any(t.norm not in transforms.FILLERS and not grammar.is_verb(t.text) for t in words[1:])


def _read_threat(
    doc: Doc,
    unit: Span,
    span: Span,
    candidates: list[Span],
    render: dict[str, str],
    reading: Reading,
) -> set[int]:
    """ "if you don't stop gaming all night I'm moving out" -> need "stop gaming all night"."""
    cut = min(
        (
            c.start
            for c in candidates
            if c.label_ == "threat" and c.end == span.end and c.start >= span.start
        ),
        default=span.start,
    )
    condition = [grammar.from_token(t, render) for t in doc[unit.start : cut]]
    need = needs.need_from_condition(condition, reading.banned)
    if need is None:
        reading.nouns.extend(noun_phrases(condition, reading.unnamed))
    else:
        reading.needs.append(need)
    # The consequence runs to the end of its clause ("… i'm moving back to my parents").
    end = span.end
    while end < len(doc) and doc[end].norm_ not in {",", ";", ".", "!", "?", "and", "but"}:
        end += 1
    reading.ultimatum = True
    reading.leverage.update(range(cut, end))
    return set(range(unit.start, end))
