"""Compose suggestions: the flagged sentences rewritten, the clean ones kept as written.

The mode follows what the draft does: a complaint gets the "I've been feeling …" frame and a
small request; advice to someone who shared a feeling gets a reflection and a question;
deflection gets owning a part; shutting down gets a pause with a time to come back.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp import grammar, lexicon, texts
from nlp.facts import Observation, Reading
from nlp.reading import read

COMPLAINT = frozenset({"absolute", "blame", "mind_reading", "threat", "demand"})
_RUN_ON_BEFORE = frozenset({"again", "honestly", "tbh", "lol", "smh", "seriously", "anyway", "tho"})
_RUN_ON_SUBJECTS = frozenset({"you", "you're", "i", "i'm"})
MAX_OBSERVATIONS = 3


def units(doc: Doc) -> list[Span]:
    """Sentences, also split after an emoji and in run-ons ("… AGAIN you clearly …")."""
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
            if emoji_break or run_on:
                out.append(doc[start : token.i])
                start = token.i
        out.append(doc[start : sentence.end])
    return [u for u in out if len(u)]


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


def suggest(doc: Doc, spans: list[Span]) -> list[str]:
    """Two or three rewrites of the whole draft, best first (not yet checked for cleanliness)."""
    pieces = units(doc)
    flagged = [u for u in pieces if any(s.start < u.end and u.start < s.end for s in spans)]
    if not flagged:
        return []
    categories = {s.label_ for s in spans}
    chosen = mode(categories)
    # Sentences that belong to the flagged ones: "whatever. go to the match then" (a
    # dismissal after a shut-down), "what about you? you forgot my birthday" (the point
    # the deflection was making).
    belongs = {"pause": _dismissal, "own": _counterpoint}.get(chosen)
    if belongs is not None:
        flagged += [
            u for u in pieces if u not in flagged and _next_to(u, pieces, flagged) and belongs(u)
        ]
        flagged.sort(key=lambda u: u.start)
    reading = read(doc, flagged, spans)
    if chosen == "pause":
        reading.nouns[:0] = [t for u in flagged if (t := _dismissal_topic(u))]
    # A put-down with nothing concrete in it, next to a clean sentence that says what
    # happened ("are you stupid? the recycling goes in the blue bin"): the rewrite follows
    # that sentence and refers to it, instead of asking for the moment.
    context = next((u for u in pieces if u not in flagged and _states_fact(u)), None)
    lean_on = context if not reading.concrete and chosen == "complaint" else None
    if lean_on is not None:
        reading.topic_words[:0] = [t.norm_ for t in lean_on]
    if chosen == "fixing":
        blocks = _fixing(reading)
    elif chosen == "own":
        blocks = _own(reading, categories)
    elif chosen == "pause":
        blocks = _pause(reading)
    else:
        blocks = _complaint(reading, categories, lean_on is not None)
    return [_assemble(pieces, flagged, block, lean_on) for block in blocks]


def _next_to(unit: Span, pieces: list[Span], flagged: list[Span]) -> bool:
    i = pieces.index(unit)
    return (i > 0 and pieces[i - 1] in flagged) or (
        i + 1 < len(pieces) and pieces[i + 1] in flagged
    )


def _dismissal(unit: Span) -> bool:
    words = [t for t in unit if t.is_alpha]
    return bool(words) and (words[0].tag_ == "VB" or words[-1].lower_ == "then")


def _dismissal_topic(unit: Span) -> str:
    """ "sort out the dinner plans yourself" -> "the dinner plans"."""
    words = [t for t in unit if not t.is_punct]
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


def _assemble(pieces: list[Span], flagged: list[Span], block: str, after: Span | None) -> str:
    out: list[str] = []
    placed = False
    dropped = _stings(pieces, flagged)
    for i, unit in enumerate(pieces):
        if unit in flagged:
            if not placed and after is None:
                out.append(block)
                placed = True
            continue
        if unit in dropped:
            continue
        text = unit.text.strip()
        followed = not placed and (
            after is unit or (i + 1 < len(pieces) and pieces[i + 1] in flagged)
        )
        if followed and text and text[-1].isalnum():
            text += "."
        out.append(text)
        if after is unit and not placed:
            out.append(block)
            placed = True
    return " ".join(p for p in out if p)


def _stings(pieces: list[Span], flagged: list[Span]) -> list[Span]:
    """Fragments next to a flagged sentence or to such a fragment: "again.", "really impressive"."""
    dropped: list[Span] = []
    changed = True
    while changed:
        changed = False
        for unit in pieces:
            if unit in flagged or unit in dropped or not _fragment(unit):
                continue
            if _next_to(unit, pieces, [*flagged, *dropped]):
                dropped.append(unit)
                changed = True
    return dropped


def _fragment(unit: Span) -> bool:
    """ "again." / "really impressive 👏" next to a rewritten sentence adds only the sting."""
    words = [t for t in unit if t.is_alpha]
    return len(words) <= 2 and not any(t.tag_.startswith("VB") for t in words)


def feeling(reading: Reading, categories: set[str]) -> str:
    words = reading.topic_words + [w.lower() for n in reading.nouns for w in n.split()]
    labels = reading.words
    # A label names the hurt underneath it ("selfish" -> unimportant): it beats a topic.
    if "labeling" in categories:
        for word in labels:
            if word in texts.LABEL_FEELINGS:
                return texts.LABEL_FEELINGS[word]
    for word in words:
        for topic in texts.TOPICS:
            if word in topic.keys:
                return topic.feeling
    for word in labels:
        if word in texts.LABEL_FEELINGS:
            return texts.LABEL_FEELINGS[word]
    if reading.wishes:
        return texts.WISH_FEELING
    for category, word in texts.CATEGORY_FEELINGS.items():
        if category in categories:
            return word
    return texts.DEFAULT_TOPIC.feeling


def topic_request(reading: Reading) -> str:
    for word in reading.topic_words + [w.lower() for n in reading.nouns for w in n.split()]:
        for topic in texts.TOPICS:
            if word in topic.keys:
                return topic.request
    return texts.DEFAULT_TOPIC.request


def observation_phrase(reading: Reading, context: bool = False, said_elsewhere: str = "") -> str:
    """ " when you don't do the dishes" / " since …" / " about what happened with …" / slot.

    `context` says a clean sentence next to the rewrite already states what happened.
    """
    observations = reading.observations[:MAX_OBSERVATIONS]
    said = " ".join(o.text.lower() for o in observations) + " " + " ".join(reading.requests).lower()
    said += (
        " " + " ".join(reading.wishes).lower() + " " + " ".join(n for n, _ in reading.needs).lower()
    )
    said += " " + said_elsewhere.lower()
    things = [n for n in _unique(reading.about + reading.nouns) if n.lower() not in said]
    things = [n for n in things if not any(n != m and n.lower() in m.lower() for m in things)][:2]
    about = texts.CONNECT_ABOUT.format(grammar.join(things)) if things else ""
    if observations or about:
        return about + _connect(observations)
    if reading.requests or reading.needs or reading.wishes:
        return ""
    return texts.CONNECT_THIS if context else texts.CONNECT_SLOT


def _connect(observations: list[Observation]) -> str:
    if observations:
        body = grammar.join([o.text for o in observations])
        if not any(o.about_partner for o in observations) and not any(o.past for o in observations):
            return texts.CONNECT_FACT.format(body)
        if any(o.past for o in observations):
            return texts.CONNECT_PAST.format(body)
        return texts.CONNECT_PRESENT.format(body)
    return ""


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _need_sentence(reading: Reading) -> str:
    if not reading.needs:
        return texts.NEED_VAGUE if reading.ultimatum else ""
    phrase, negative = reading.needs[0]
    return (texts.NEED_NOT if negative else texts.NEED).format(phrase)


def _complaint(reading: Reading, categories: set[str], context: bool = False) -> list[str]:
    feel = feeling(reading, categories)
    obs = observation_phrase(reading, context)
    # Past moments read best as "I felt … when …" in the direct version.
    past = obs.startswith(texts.CONNECT_PAST.format("")) or (
        " since " in obs and not obs.startswith(texts.CONNECT_ABOUT.format(""))
    )
    direct_obs = obs.replace(" since ", " when ", 1) if past else obs
    if reading.requests:
        ask = reading.requests[0]
        gentle_req = texts.REQUEST_YOU.format(ask)
        direct_req = texts.REQUEST_YOU_DIRECT.format(ask)
        short_req = texts.REQUEST_YOU_SHORT.format(ask)
    else:
        ask = topic_request(reading)
        gentle_req = texts.REQUEST_WE.format(ask)
        direct_req = texts.REQUEST_WE_DIRECT.format(ask)
        short_req = texts.REQUEST_WE_SHORT
    need = _need_sentence(reading)
    wish = " ".join(grammar.sentence(w) for w in reading.wishes[:1])
    if wish:
        gentle_req, direct_req, short_req = (
            f"{wish} {r}" for r in (gentle_req, direct_req, short_req)
        )
    if need:
        gentle_req, direct_req, short_req = (
            f"{need} {texts.LIMIT}",
            f"{need} {direct_req}",
            f"{need} {texts.LIMIT_SHORT}",
        )
    direct = texts.DIRECT_PAST if past else texts.DIRECT
    return [
        texts.GENTLE.format(feeling=feel, observation=obs, request=gentle_req),
        direct.format(feeling=feel, observation=direct_obs, request_direct=direct_req),
        texts.SHORT.format(feeling=feel, observation=obs, request_short=short_req),
    ]


def _own(reading: Reading, categories: set[str]) -> list[str]:
    mine = [o for o in reading.observations if o.text.startswith("I ")]
    reading.observations = [o for o in reading.observations if o not in mine]
    owns = reading.owns + [o.text for o in mine]
    abouts = [o[len("about ") :] for o in owns if o.startswith("about ")]
    sorry = [o for o in owns if not o.startswith("about ")]
    if sorry:
        opening = texts.OWN_SORRY_THAT.format(", and ".join(sorry[:2]))
    elif abouts:
        opening = texts.OWN_SORRY_ABOUT.format(grammar.join(abouts[:2]))
    else:
        opening = texts.OWN_GENERIC
    also = ""
    if reading.observations or reading.nouns or reading.about:
        feel = feeling(reading, categories - {"defensiveness"})
        phrase = observation_phrase(reading, said_elsewhere=" ".join(owns))
        also = (
            " " + texts.OWN_ALSO.format(feeling=feel, observation=phrase) if phrase.strip() else ""
        )
    return [
        f"{opening}{also} {texts.OWN_CLOSE}",
        f"{texts.OWN_DIRECT} {opening}{also} {texts.OWN_DIRECT_CLOSE}".replace(
            f"{texts.OWN_DIRECT} {texts.OWN_GENERIC}", texts.OWN_DIRECT
        ),
        f"{opening}{also} {texts.OWN_SHORT.split('. ', 1)[1]}",
    ]


def _fixing(reading: Reading) -> list[str]:
    if reading.reflections:
        reflection = grammar.sentence(f"it sounds like {reading.reflections[0]}")
    else:
        reflection = texts.REFLECT.format(_reflection_word(reading))
        if reading.nouns:
            reflection = f"{texts.HEAR_ABOUT.format(reading.nouns[0])} {reflection}"
    idea = reading.ideas[0] if reading.ideas else ""
    offer = " " + texts.FIX_OFFER.format(idea) if idea else ""
    inline = texts.FIX_IDEA_INLINE.format(idea) if idea else ""
    short = texts.FIX_IDEA_SHORT.format(idea) if idea else ""
    return [
        f"{reflection} {texts.FIX_ASK}{offer}",
        f"{reflection} {texts.FIX_HERE.format(inline)}",
        f"{reflection} {texts.FIX_SHORT.format(short)}",
    ]


def _reflection_word(reading: Reading) -> str:
    for word in reading.words:
        if word in texts.REFLECTIONS:
            return texts.REFLECTIONS[word]
    return texts.DEFAULT_REFLECTION


def _pause(reading: Reading) -> list[str]:
    about = texts.PAUSE_ABOUT.format(reading.nouns[0]) if reading.nouns else ""
    return [
        texts.PAUSE.format(about=about),
        texts.PAUSE_FLOODED.format(about=about),
        texts.PAUSE_SHORT.format(about=about),
    ]


def label_words() -> frozenset[str]:
    return lexicon.words("labels") | lexicon.words("insults")
