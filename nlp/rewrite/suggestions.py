"""Compose suggestions: the flagged sentences rewritten, the clean ones kept as written.

The mode follows what the draft does: a complaint gets the "I've been feeling …" frame and a
small request; advice to someone who shared a feeling gets a reflection and a question;
deflection gets owning a part; shutting down gets a pause with a time to come back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from nlp.detect.spans import SpanIndex
from nlp.results import Category, Mine
from nlp.rewrite import categories as category_rules
from nlp.rewrite import fluency, frames, grammar, jabs, mine, minimal, texts
from nlp.rewrite.asides import only_a_put_down, only_points, stings_by_form
from nlp.rewrite.facts import Reading, noun_phrases
from nlp.rewrite.feelings import own_feeling
from nlp.rewrite.reading import SENTENCE, read

COMPLAINT = frozenset({"absolute", "blame", "mind_reading", "threat", "demand"})
_RUN_ON_BEFORE = frozenset({"again", "honestly", "tbh", "lol", "smh", "seriously", "anyway", "tho"})
_RUN_ON_SUBJECTS = frozenset({"you", "you're", "i", "i'm"})
# Patterns that only add emphasis to the sentence before them: "you left the door open.
# Every. Single. Time." is one complaint, and the rewrite reads it as one.
_EMPHASIS_ONLY = frozenset({"again_emphatic", "every_single_time_spaced"})
_TELLS_MIN = 6


def units(doc: Doc) -> list[Span]:
    """Sentences, also split after an emoji, in run-ons ("… AGAIN you clearly …") and after a
    question mark the parser ran on from."""
    out: list[Span] = []
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    for sentence in sentences:
        start = sentence.start
        for token in sentence:
            if token.i == start:
                continue
            prev = doc[token.i - 1]
            emoji_break = _is_symbol(prev) and token.is_alpha
            run_on = prev.norm_ in _RUN_ON_BEFORE and token.norm_ in _RUN_ON_SUBJECTS
            # "… and I got 1? Lovely.": a break the parser missed after a question mark.
            asked = set(prev.text) <= {"?", "!"} and token.is_alpha and token.text[0].isupper()
            # "- you didn't\n- the car isn't covered": each line of a list is its own piece.
            new_line = "\n" in prev.text_with_ws and token.text in _BULLETS
            if emoji_break or run_on or asked or new_line:
                out.append(doc[start : token.i])
                start = token.i
        out.append(doc[start : sentence.end])
    return _held_together([u for u in out if len(u)])


_BULLETS = frozenset({"-", "•", "*", "·", "▪", "–", "—"})
_LIST_MARKER = re.compile(r"(?:^|\s)(?:\d{1,2}|[a-z])\)$")


def _held_together(pieces: list[Span]) -> list[Span]:
    """The parser ends sentences inside brackets, quotes and lists ('You said "I'll sort the
    boiler" (' / 'in March)'; '1) call the plumber 2)' / 'book the vet'): a piece that leaves
    a bracket or a quote open, or ends on a list marker or a colon, runs on into the next,
    so nothing Tend keeps or drops is cut in half. A piece that goes on in lower case after a
    closing bracket, a quote or an ellipsis ("(in March)" / "and it's still broken", "on your
    legs..." / "again..." / "and left it") is the same sentence."""
    out: list[Span] = []
    for piece in pieces:
        closed = bool(out) and out[-1].text.rstrip().endswith((")", '"', "”", "...", "…"))
        if out and (_open(out[-1].text) or (closed and piece.text[:1].islower())):
            out[-1] = piece.doc[out[-1].start : piece.end]
        else:
            out.append(piece)
    return out


def _open(text: str) -> bool:
    text = text.rstrip()
    unclosed = text.count("(") > text.count(")") or text.count('"') % 2 == 1
    curly = text.count("“") > text.count("”")
    hyphen = len(text) > 1 and text.endswith("-") and text[-2].isalnum()  # "mid-" / "sentence"
    return unclosed or curly or hyphen or text.endswith(":") or bool(_LIST_MARKER.search(text))


def _is_symbol(token: object) -> bool:
    text = getattr(token, "text", "")
    return (
        bool(text)
        and not any(c.isalnum() for c in text)
        and text not in {".", ",", "!", "?", "'", '"'}
    )


def mode(categories: set[str]) -> str:
    if "fixing" in categories and not categories & {"absolute", "blame", "mind_reading", "threat"}:
        return "fixing"
    if "defensiveness" in categories:
        return "own"
    if "stonewalling" in categories and not categories & COMPLAINT:
        return "pause"
    return "complaint"


@dataclass(frozen=True, slots=True)
class SentenceFlag:
    """A flagged sentence with no rule span (a classifier's verdict): character offsets."""

    start: int
    end: int
    category: Category


@dataclass(frozen=True, slots=True)
class Rewrite:
    """Suggestions (best first, not yet checked for cleanliness; after the gate, plain spare
    forms follow the three) and the "Make it mine" choices."""

    suggestions: list[str]
    mine: Mine | None


_EXCLAIMS = frozenset({"so", "how", "what", "real", "really", "such", "very", "totally"})
_EXCLAIM_MAX = 6
_NOTHING_MAX = 4
_DISMISSALS = frozenset({"fine", "sure", "typical", "whatever", "wow"})
_RHETORICAL = frozenset({"am", "whose", "how", "seriously", "really", "happy", "oh"})
_RHETORICAL_IF_POINTED = frozenset({"do", "does", "did", "is", "are", "what", "who", "can", "why"})
_POINTED = frozenset(
    {"even", "ever", "anything", "supposed", "that", "all", "actually", "care", "still"}
)
_SARCASM_OPENERS = frozenset(
    {
        "wow",
        "oh",
        "great",
        "congrats",
        "congratulations",
        "bravo",
        "well",
        "nice",
        "amazing",
        "fine",
        "sure",
        "typical",
        "whatever",
        "cheers",
        "thanks",
    }
)


def suggest(doc: Doc, spans: list[Span]) -> list[str]:
    """Two or three rewrites of the whole draft, best first, without the fluency gate."""
    return rewrite(doc, spans).suggestions


def sentence_spans(doc: Doc, flags: Sequence[SentenceFlag]) -> list[Span]:
    """Spans covering the units each flag touches, labelled with its category."""
    out: list[Span] = []
    for flag in flags:
        for unit in units(doc):
            if unit.start_char < flag.end and flag.start < unit.end_char:
                out.append(Span(doc, unit.start, unit.end, label=flag.category, span_id=SENTENCE))
    return out


def rewrite(
    doc: Doc,
    spans: list[Span],
    parse: fluency.Parse | None = None,
    sentence_flags: Sequence[SentenceFlag] = (),
    stings: Callable[[], Sequence[tuple[int, int]]] | None = None,
) -> Rewrite:
    """Rewrites of the whole draft, best first, and the choices for "Make it mine".

    `spans` are rule spans; `sentence_flags` are whole sentences flagged with a category and
    no exact span (a classifier's verdict). `stings` gives the character ranges of sentences
    no flag covers that a complaint's rewrite still must not keep as written
    (nlp/detect/stings.py). It is called only when some sentence could be left out, as
    reading them can take an encoder pass. With `parse` (the pipeline, or anything that
    parses a batch of texts), every sentence Tend wrote passes the fluency gate
    (nlp/rewrite/fluency.py), or a plain safe form takes its place.
    """
    spans = [*spans, *sentence_spans(doc, sentence_flags)]
    pieces = units(doc)
    index = SpanIndex(spans)
    flagged = [u for u in pieces if index.any_overlap(u.start, u.end)]
    if not flagged:
        return Rewrite([], None)
    categories = {s.label_ for s in spans}
    # The approach follows the rules' categories when there are any. A classifier's category
    # for a whole sentence is its closest guess ("defensiveness" for "You haven't asked me a
    # single question all week."), and the wrong approach answers a complaint with an
    # apology ("I can see my part in this") or a pause: on its word alone, a complaint,
    # or advice when that is all it saw.
    named = {s.label_ for s in spans if s.id_ != SENTENCE}
    chosen = mode(named) if named else ("fixing" if categories == {"fixing"} else "complaint")
    sarcastic: list[Span] = []
    feeling = own_feeling(doc) if chosen in {"complaint", "own"} else None
    stinging: set[int] = set()
    if chosen == "complaint" and stings is not None:
        # Only a complaint keeps the user's other sentences as written (advice, an apology
        # and a pause are answered in frames of their own). A stinging sentence is left out
        # when it tells nothing concrete ("Grand, lie to me so, sure what's new."); one with a
        # number or a name in it stays as written, as before: read as part of the complaint
        # it came back as the same jab or lost its facts, and moved the feeling Tend picks
        # (blind sets 13 and 14). A sentence where the user names a feeling, an aside and
        # their own ask always stay.
        candidates = [
            u
            for u in pieces
            if u not in flagged
            and _opens_a_sentence(u)  # a clause left out mid-sentence glued the rest on
            and any(t.is_alpha for t in u)
            and not _counts_or_names(u)
            and own_feeling(u) is None  # "I get it but I'm struggling." is theirs
            and not minimal.aside(u.text)  # "anyway, dinner at 7?" is a new subject
            # "Can you check it before you go out?", "I'd like us to …": their ask
            and not minimal.asks_for_something(u.text)
        ]
        found = stings() if candidates else ()
        stinging = {u.start for u in candidates if _stung_by(u, found)}
        if not _tells_something(u for u in pieces if u.start not in stinging):
            # As with a side sting: left out only beside a sentence that says what happened;
            # alone ("You're overthinking it. Just text her …") it is what the draft says.
            stinging = set()
    own_unit: list[Span] = []
    if chosen == "complaint":
        flagged += _emphasised(pieces, flagged, index)
        # The sentence where the user names their feeling joins the rewrite, which keeps
        # the feeling in their words ("I'm exhausted." + "you never help").
        if feeling is not None:
            own_unit = [u for u in pieces if u not in flagged and u.start <= feeling.start < u.end]
            flagged += own_unit
        sarcastic = _sarcastic_neighbours(pieces, flagged, spans)
        sarcastic += _rhetorical_neighbours(pieces, [*flagged, *sarcastic])
        flagged += sarcastic
        flagged.sort(key=lambda u: u.start)
    # Sentences that belong to the flagged ones: "whatever. go to the match then" (a
    # dismissal after a shut-down), "what about you? you forgot my birthday" (the point
    # the deflection was making).
    belongs = {"pause": _dismissal, "own": _counterpoint}.get(chosen)
    if belongs is not None:
        near = _neighbours(pieces, flagged)
        flagged += [u for u in pieces if u.start in near and belongs(u)]
        flagged.sort(key=lambda u: u.start)
    # A sneering lead is no part of what happened: "I love how you forget the list" is read
    # as "you forget the list" (the minimal edit drops it the same way).
    # A stock sting flagged beside the complaint ("I mean it this time.") says nothing the
    # frames could build on: read, it came back as a reason ("… because I mean it this time").
    read_units = [u for u in flagged if not stings_by_form(u)] or flagged
    plain_units = [jabs.without_sneer(u) for u in read_units]
    reading = read(doc, plain_units, spans, sarcastic, feeling.said if feeling else ())
    if feeling is not None:
        reading.feeling = feeling.words
    reading.implied = frames.implied_feeling(doc.text)
    reading.things = _things(flagged, reading, reading.leverage)
    if chosen == "pause":
        reading.nouns[:0] = [t for u in flagged if (t := _dismissal_topic(u))]
    # A put-down with nothing concrete in it, next to a clean sentence that says what
    # happened ("are you stupid? the recycling goes in the blue bin"): the rewrite follows
    # that sentence and refers to it, instead of asking for the moment.
    taken = {u.start for u in flagged}
    # Every other sentence is read too: one that only points at the partner ("is the hook
    # invisible to you or something") is left out of every suggestion, never kept as written.
    pointing = {u.start for u in pieces if u.start not in taken and only_points(u)} | stinging
    # "Wicked nice of you, babe.", "You knew.": a sting only beside a sentence that says
    # what happened; alone ("don't pretend. you knew.") it is the complaint.
    side = {u.start for u in pieces if u.start not in taken and stings_by_form(u, side=True)}
    if _tells_something(u for u in pieces if u.start not in pointing | side):
        pointing |= side
    # "Am I invisible or what?": the user's feeling, asked as a jab. The edit says the
    # feeling in its frame ("I feel invisible when …"), not their sentence.
    pointing |= {u.start for u in own_unit if only_a_put_down(u)}
    context = next((u for u in pieces if u.start not in taken | pointing and _states_fact(u)), None)
    lean_on = context if not reading.concrete and chosen == "complaint" else None
    if lean_on is not None:
        reading.topic_words[:0] = [t.norm_ for t in lean_on]
    if chosen == "fixing":
        blocks = frames.fixing(reading)
    elif chosen == "own":
        blocks = frames.own(reading)
    elif chosen == "pause":
        blocks = frames.pause(reading)
    else:
        blocks = frames.complaint(reading, lean_on is not None)
    offer = (
        mine.options(reading, categories, chosen, lean_on is not None)
        if chosen != "fixing"
        else None
    )
    chosen_mine = offer.mine if offer is not None else None
    spare: list[str] = []
    if parse is not None:
        blocks, spare, chosen_mine = _gate(blocks, offer, frames.safe(reading), parse)
    written = [_assemble(pieces, flagged, block, lean_on, pointing) for block in blocks]
    if chosen == "complaint":
        at, said = (feeling.said.start, feeling.said) if feeling is not None else (None, range(0))
        edit = _minimal(doc, pieces, flagged, own_unit, at, said, spans, reading, parse, pointing)
        if edit is not None:
            # The user's own message, lightly edited, leads; the composed frames that
            # differ in approach (direct, a question) follow.
            written = [edit, *(w for w in written[1:] if w != edit)]
        elif written and not reading.ultimatum:
            # No edit of their own message: the gentle frame leads, without an ask the draft
            # never made ("handle it as a team", "Could we talk tonight?"), which blind
            # readers marked invented. An ultimatum's frame says what the draft asks ("I
            # need you to be home by 10"); the user's own ask ("Could you …?") stays.
            plain = frames.without_tends_ask(written[0])
            written = [plain, *(w for w in written[1:] if w != plain)]
    # The plain forms follow as spares: when a suggestion comes back flagged, one of them
    # (the draft's own topic, no slot) stands in before any slot-only fallback.
    spares = [_assemble(pieces, flagged, form, lean_on, pointing) for form in spare]
    shown = [*written, *(s for s in spares if s not in written)]
    return Rewrite(list(dict.fromkeys(grammar.orthography(s) for s in shown)), chosen_mine)


def _tells_something(units: Iterable[Span]) -> bool:
    """Whether some unit is long enough to say what happened, beside which a sting can go."""
    return any(sum(t.is_alpha for t in u) >= _TELLS_MIN for u in units)


def _stung_by(unit: Span, stings: Sequence[tuple[int, int]]) -> bool:
    return any(unit.start_char < end and start < unit.end_char for start, end in stings)


def _opens_a_sentence(unit: Span) -> bool:
    """Whether the unit is a sentence as written: first in the draft or after . ! ? or a
    line break ("and I'd like them to feel like our time." is the end of one)."""
    if unit.start == 0:
        return True
    before = unit.doc[unit.start - 1]
    return before.text[-1:] in {".", "!", "?", "…"} or "\n" in before.text + before.whitespace_


def _counts_or_names(unit: Span) -> bool:
    """A number or a name in it ("you lost your bank card twice in June"): a fact a
    rewrite keeps."""
    return any(
        t.like_num or any(c.isdigit() for c in t.text) or (t.pos_ == "PROPN" and t.i > unit.start)
        for t in unit
    )


def _minimal(
    doc: Doc,
    pieces: list[Span],
    flagged: list[Span],
    own_unit: list[Span],
    feeling_at: int | None,
    said: range,
    spans: list[Span],
    reading: Reading,
    parse: fluency.Parse | None,
    pointing: set[int],
) -> str | None:
    """The minimal edit of the draft (nlp/rewrite/minimal.py), when it passes the gate."""
    hot = {u.start for u in flagged if u not in own_unit}
    own = {u.start for u in own_unit}
    if feeling_at is not None:
        own |= {u.start for u in pieces if u.start <= feeling_at < u.end}
    check = (lambda texts: fluency.fluent(texts, parse)) if parse is not None else None
    edit = minimal.first(
        doc,
        pieces,
        hot,
        _stings(pieces, hot) | pointing,
        spans,
        reading,
        frames.feeling(reading),
        own,
        said,
        check,
    )
    return edit.text if edit is not None else None


def _gate(
    blocks: list[str], offer: mine.Offer | None, safe: list[str], parse: fluency.Parse
) -> tuple[list[str], list[str], Mine | None]:
    """Blocks that fail the fluency gate give way to safe forms, in order; the safe forms
    left over come back as spares.

    One parse batch for the suggestions, the safe forms and the "Make it mine" choices.
    """
    verdicts = fluency.fluent([*blocks, *safe, *mine.probes(offer)], parse)
    block_ok = verdicts[: len(blocks)]
    spare = [form for form, ok in zip(safe, verdicts[len(blocks) :], strict=False) if ok]
    out: list[str] = []
    for block, ok in zip(blocks, block_ok, strict=True):
        if ok:
            out.append(block)
        elif spare:
            out.append(spare.pop(0))
    return out, spare, mine.gated(offer, lambda texts: fluency.fluent(texts, parse))


def _things(flagged: list[Span], reading: Reading, consequences: set[int]) -> list[str]:
    """Concrete noun phrases of the flagged sentences, never from a label or a put-down."""
    render = grammar.render_table()
    out: list[str] = [*reading.about]
    for unit in flagged:
        # An ultimatum's consequence ("… sleeping on the couch") is leverage, not the topic.
        toks = [grammar.from_token(t, render) for t in unit if t.i not in consequences]
        out += noun_phrases(toks, reading.banned | reading.unnamed)
    out += reading.nouns
    return [p for p in dict.fromkeys(out) if p[:1].isalnum() and _concrete(p)]


def _concrete(phrase: str) -> bool:
    """ "the dishwasher", "your mom's birthday"; not "bed" alone or "a week"."""
    words = phrase.lower().split()
    if frames.span_of_time(phrase):
        return False
    return len(words) > 1 or any(words[0] in topic.keys for topic in texts.TOPICS)


def _sarcastic_neighbours(pieces: list[Span], flagged: list[Span], spans: list[Span]) -> list[Span]:
    """Clean sentences next to a complaint that are sarcastic or dismissive themselves
    ("Wow, you actually did the dishes.", "Fine, go to the pub."): read for their things,
    never kept as the opener."""
    mocking = any(s.id_ in category_rules.SARCASM or s.label_ == "contempt" for s in spans)
    near = _neighbours(pieces, flagged)
    out: list[Span] = []
    for unit in pieces:
        if unit.start not in near:
            continue
        words = [t.lower_ for t in unit if t.is_alpha]
        if not words:
            continue
        sarcastic = mocking and (words[0] in _SARCASM_OPENERS or "actually" in words)
        if sarcastic or words[0] in _DISMISSALS:
            out.append(unit)
    return out


def _rhetorical_neighbours(pieces: list[Span], flagged: list[Span]) -> list[Span]:
    """Questions next to a complaint that are jabs, not questions ("Do you even live here?",
    "Am I that disgusting to you?"): read for their things, never kept as written."""
    near = _neighbours(pieces, flagged)
    out: list[Span] = []
    for unit in pieces:
        if unit.start not in near:
            continue
        words = [t.norm_ for t in unit if t.is_alpha]
        if not unit.text.rstrip(" !").endswith("?") and words[:1] != ["am"]:
            continue
        if not words or not {"you", "i", "me", "you're", "your", "my"} & set(words):
            continue
        pointed = bool(_POINTED & set(words))
        if words[0] in _RHETORICAL or (words[0] in _RHETORICAL_IF_POINTED and pointed):
            out.append(unit)
    return out


def _emphasised(pieces: list[Span], flagged: list[Span], spans: SpanIndex[Span]) -> list[Span]:
    """Clean sentences about the partner that an emphasis-only sentence right after points at."""
    out: list[Span] = []
    taken = {u.start for u in flagged}
    for i, unit in enumerate(pieces):
        if i == 0 or unit.start not in taken:
            continue
        inside = spans.overlapping(unit.start, unit.end)
        if any(s.id_ not in _EMPHASIS_ONLY for s in inside):
            continue
        before = pieces[i - 1]
        if before.start not in taken and _counterpoint(before):
            out.append(before)
    return out


def _neighbours(pieces: list[Span], chosen: list[Span]) -> set[int]:
    """Starts of the pieces not in `chosen` with a chosen piece right before or after them.

    Pieces are told apart by their start token: units never overlap.
    """
    taken = {u.start for u in chosen}
    out: set[int] = set()
    for i, unit in enumerate(pieces):
        if unit.start in taken:
            continue
        before = i > 0 and pieces[i - 1].start in taken
        after = i + 1 < len(pieces) and pieces[i + 1].start in taken
        if before or after:
            out.add(unit.start)
    return out


def _dismissal(unit: Span) -> bool:
    """ "go to the match then", "sort it out yourself", "i'll do it myself"."""
    words = [t for t in unit if t.is_alpha]
    if not words:
        return False
    return words[0].tag_ == "VB" or words[-1].lower_ in {"then", "myself", "yourself"}


def _dismissal_topic(unit: Span) -> str:
    """ "sort out the dinner plans yourself" -> "the dinner plans"."""
    # "buy the car, i'm done arguing": the topic ends at the comma.
    end = next((t.i for t in unit if t.is_punct and t.i > unit.start), unit.end)
    words = [t for t in unit if not t.is_punct and t.i < end]
    if not words or words[0].tag_ != "VB":
        return ""
    rest = words[1:]
    while rest and rest[0].lower_ in {"out", "up", "to", "on", "off"}:
        rest = rest[1:]
    while rest and rest[-1].lower_ in {"then", "yourself", "already", "now", "lol"}:
        rest = rest[:-1]
    if not rest or rest[0].lower_ not in {"the", "your", "my", "our", "that", "this", "a"}:
        return ""
    return " ".join(t.text if t.lower_ != "ur" else "your" for t in rest)


def _counterpoint(unit: Span) -> bool:
    words = [t for t in unit if t.is_alpha]
    return bool(words) and words[0].norm_ in {"you", "you're"}


def _states_fact(unit: Span) -> bool:
    words = [t for t in unit if t.is_alpha]
    return (
        len(words) >= 4
        and any(t.tag_.startswith("NN") for t in words)
        and not unit.text.rstrip().endswith("?")
    )


def _assemble(
    pieces: list[Span], flagged: list[Span], block: str, after: Span | None, pointing: set[int]
) -> str:
    out: list[str] = []
    placed = False
    taken = {u.start for u in flagged}
    dropped = _stings(pieces, taken) | pointing
    for i, unit in enumerate(pieces):
        if unit.start in taken:
            if not placed and after is None:
                out.append(block)
                placed = True
            continue
        if unit.start in dropped:
            continue
        text = unit.text.strip()
        followed = not placed and (
            after is unit or (i + 1 < len(pieces) and pieces[i + 1].start in taken)
        )
        if followed and text and text[-1].isalnum():
            text += "."
        out.append(text)
        if after is unit and not placed:
            out.append(block)
            placed = True
    # "You don't owe her anything It's honestly that simple.": the user's sentence with no
    # full stop of its own gets one when another sentence (a capital) follows it; "Okay I
    # hear you" + "but she's …" are one sentence cut in two.
    out = [p for p in out if p]
    stopped = [
        t + "." if k + 1 < len(out) and t[-1].isalnum() and out[k + 1][:1].isupper() else t
        for k, t in enumerate(out)
    ]
    # Their sentence that starts one of the suggestion's gets a capital ("anyway, dinner at
    # 7?" after Tend's sentence): blind readers marked lower-case starts as broken.
    capitals = [
        grammar.capitalise(t) if grammar.starts_sentence(stopped[k - 1] if k else None) else t
        for k, t in enumerate(stopped)
    ]
    return " ".join(_ask_last(capitals, block))


def _ask_last(out: list[str], block: str) -> list[str]:
    """The draft's own statements that follow the block go before its closing ask: "I felt
    hurt when you said you'd be home at 6. It's 8:30. Could we talk about it tonight?", not
    "… tonight? It's 8:30." A question of theirs after it stays last, as they wrote it."""
    if block not in out:
        return out
    at = out.index(block)
    after = out[at + 1 :]
    pieces = fluency.sentences(block)
    if not after or len(pieces) < 2 or not pieces[-1].endswith("?"):
        return out
    # Only whole sentences: "done", "love that for us" stay where the user put them.
    statements = [t for t in after if _statement(t) and len(t.split()) > 1]
    if len(statements) != len(after):
        return out
    return [*out[:at], " ".join(pieces[:-1]), *after, pieces[-1]]


def _statement(text: str) -> bool:
    """Ends with a full stop or "!", and no "?" among its last marks ("… does that?!")."""
    marks = text.rstrip()[len(text.rstrip().rstrip(".!?")) :]
    return bool(marks) and "?" not in marks


def _stings(pieces: list[Span], flagged: set[int]) -> set[int]:
    """Fragments next to a flagged sentence or to such a fragment: "again.", "really impressive".

    Returns their starts. A run of fragments is dropped up to the next whole sentence, on
    either side of each flagged piece: one walk outwards from each.
    """
    dropped: set[int] = set()
    for i, unit in enumerate(pieces):
        if unit.start not in flagged:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(pieces) and pieces[j].start not in flagged:
                if pieces[j].start in dropped or not _fragment(pieces[j]):
                    break
                dropped.add(pieces[j].start)
                j += step
    return dropped


def _fragment(unit: Span) -> bool:
    """ "again." / "really impressive 👏" / "So embarrassing for me." next to a rewritten
    sentence adds only the sting."""
    words = [t for t in unit if t.is_alpha]
    if any(t.tag_.startswith(("VB", "MD")) for t in words):
        return False
    if any(any(c.isdigit() for c in t.text) for t in unit):
        return False  # "It's 8:30.": two words, and the fact the complaint turns on
    exclaims = bool(words) and words[0].lower_ in _EXCLAIMS and len(words) <= _EXCLAIM_MAX
    # "Not a card, nothing.": a count of what was missed, said for the sting.
    nothing = bool(words) and words[0].lower_ in {"not", "no", "nothing", "zero"}
    return len(words) <= 2 or exclaims or (nothing and len(words) <= _NOTHING_MAX)
