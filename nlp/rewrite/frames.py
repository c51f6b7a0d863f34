"""The frames a rewrite is poured into, one set per mode (see nlp/rewrite/texts.py for the wording).

complaint: "I've been feeling …" + observation + a small request; own: a part owned first;
fixing: a reflection + ideas or an ear; pause: a break with a time to come back.
"""

from __future__ import annotations

import re

from nlp.rewrite import fluency, grammar, texts
from nlp.rewrite.facts import Observation, Reading

MAX_OBSERVATIONS = 3
_TIME_WORDS = frozenset(
    {"week", "weeks", "day", "days", "month", "months", "year", "years", "hour", "hours",
     "minute", "minutes", "night", "nights", "time", "while", "second", "moment", "weekend"}
)  # fmt: skip
_DEFINITE = frozenset({"the", "my", "your", "our", "this", "that", "these", "those", "his", "her"})
_ATTACHED = frozenset({"on", "of", "in", "at", "for", "with", "from", "about"})


def feeling(reading: Reading) -> str:
    """The user's own feeling word, the one their words say outright ("you clearly don't
    care": unimportant), or the plain one.

    Blind readers marked a feeling Tend guessed from the topic, a label or the category as
    invented on a third to a half of first suggestions ("worn out" for tripping over shoes,
    "worried" for a lasagna left uneaten, "unimportant" for an empty tank; sets 12–16: 73 of
    170 picked that way), and "frustrated" on 2 of 70, both for another reason. A complaint
    says the writer is frustrated; anything more is theirs to say ("Make it mine").
    """
    return reading.feeling or reading.implied or texts.PLAIN_FEELING


_IMPLIED = tuple(
    (feeling, re.compile(pattern, re.IGNORECASE)) for feeling, pattern in texts.IMPLIED_FEELINGS
)


def implied_feeling(text: str) -> str:
    """The feeling the earliest of the draft's implying phrases says, or ""."""
    found = [(m.start(), feeling) for feeling, pattern in _IMPLIED if (m := pattern.search(text))]
    return min(found)[1] if found else ""


def topic_request(reading: Reading) -> str:
    """The topic's request, built around the draft's own noun phrase when it names one."""
    for word in reading.topic_words + [w.lower() for n in reading.nouns for w in n.split()]:
        for topic in texts.TOPICS:
            if word in topic.keys:
                phrase = _phrase_with(reading.things, word)
                fits = not topic.about_keys or word in topic.about_keys
                # "look at the bills", "share your laundry"; never "look at money".
                first = phrase.split(" ", 1)[0].lower()
                definite = first in _DEFINITE or first.endswith(("'s", "’s"))
                if phrase and topic.request_about and fits and definite:
                    return topic.request_about.format(phrase)
                return topic.request
    return texts.DEFAULT_TOPIC.request


def topic(reading: Reading) -> str:
    """The draft's own words for what it is about ("the dishwasher"), or ""."""
    for word in reading.topic_words:
        for entry in texts.TOPICS:
            if word in entry.keys and (phrase := _phrase_with(reading.things, word)):
                return phrase
    return reading.things[0] if reading.things else ""


def asks_by_topic(text: str) -> bool:
    """Whether `text` carries a topic's own ask ("share the bins in a way that feels fair to
    both of us", "handle it as a team"): blind readers marked each such ask, on drafts that
    never asked it, as invented."""
    for entry in texts.TOPICS:
        head, _, tail = entry.request_about.partition("{0}")
        if entry.request in text or (entry.request_about and head in text and tail in text):
            return True
    return False


def without_tends_ask(text: str) -> str:
    """`text` without the asks Tend made up: its plain one ("Could we talk tonight?") and
    a topic's ("share the bins in a way that feels fair to both of us"). Blind readers marked
    each as invented on drafts that never asked it. Unchanged when nothing else would be
    left."""
    pieces = fluency.sentences(text)
    kept = [s for s in pieces if s not in _TENDS_ASKS and not asks_by_topic(s)]
    return " ".join(kept) if kept else text


_TENDS_ASKS = frozenset(
    {texts.EDIT_ASK, texts.REQUEST_WE_SOON, texts.REQUEST_WE.format(texts.DEFAULT_TOPIC.request)}
)


def things(reading: Reading) -> str:
    """The draft's own concrete things, two at most, whole ("a plate in the sink", "your ex
    and the party"): what the plain form is about when no edit of the draft reads."""
    found = [t for t in _unique(reading.things) if not span_of_time(t)]
    found = [t for t in found if not any(t != o and t.lower() in o.lower() for o in found)]
    return grammar.join(found[:2])


def _phrase_with(phrases: list[str], word: str) -> str:
    """The phrase holding `word`, without what hangs after it ("our money on takeout")."""
    phrase = next((p for p in phrases if word in p.lower().split()), "")
    words = phrase.split()
    at = next((i for i, w in enumerate(words) if w.lower() == word), -1)
    cut = next((i for i in range(at + 1, len(words)) if words[i].lower() in _ATTACHED), len(words))
    return " ".join(words[:cut])


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
    things = [
        n
        for n in _unique(reading.about + reading.nouns)
        if n.lower() not in said and not span_of_time(n)
    ]
    things = [n for n in things if not any(n != m and n.lower() in m.lower() for m in things)][:2]
    about = texts.CONNECT_ABOUT.format(grammar.join(things)) if things else ""
    if observations or about:
        return about + _connect(observations)
    if reading.requests or reading.needs or reading.wishes:
        return ""
    if context:
        return texts.CONNECT_THIS
    # The slot only when the draft has no facts at all: its own things come first.
    things = [t for t in reading.things if t.lower() not in said and not span_of_time(t)]
    return texts.CONNECT_ABOUT.format(grammar.join(things[:2])) if things else texts.CONNECT_SLOT


def _connect(observations: list[Observation]) -> str:
    if observations:
        body = grammar.join([o.text for o in observations])
        if not any(o.about_partner for o in observations) and not any(o.past for o in observations):
            return texts.CONNECT_FACT.format(body)
        if any(o.past for o in observations):
            return texts.CONNECT_PAST.format(body)
        return texts.CONNECT_PRESENT.format(body)
    return ""


def span_of_time(phrase: str) -> bool:
    """ "a week", "this month", "the 18th": when, not what; never what a feeling is about
    ("frustrated about your flight lands and the 18th" read as garbled to a blind reader)."""
    words = phrase.lower().split()
    if len(words) == 2 and words[0] == "the" and _ORDINAL.match(words[1]):
        return True
    return (
        len(words) == 2
        and words[0] in {"a", "an", "this", "that", "one"}
        and (words[1] in _TIME_WORDS)
    )


_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _need_sentence(reading: Reading) -> str:
    if not reading.needs:
        return texts.NEED_VAGUE if reading.ultimatum else ""
    phrase, negative = reading.needs[0]
    return (texts.NEED_NOT if negative else texts.NEED).format(phrase)


def complaint(reading: Reading, context: bool = False) -> list[str]:
    """Gentle (feeling, then a request), direct (the ask first) and a question (their side)."""
    feel = feeling(reading)
    obs = observation_phrase(reading, context)
    # Past moments read best as "I felt … when …" in the direct version.
    past = obs.startswith(texts.CONNECT_PAST.format("")) or (
        " since " in obs and not obs.startswith(texts.CONNECT_ABOUT.format(""))
    )
    # Only Tend's connector turns into "when", never a "since" of the user's own ("how my
    # mum is doing since her operation").
    since, when = texts.CONNECT_PAST.format(""), texts.CONNECT_PRESENT.format("")
    direct_obs = obs
    if obs.startswith(since):
        direct_obs = when + obs[len(since) :]
    elif past and obs.startswith(texts.CONNECT_ABOUT.format("")) and since in obs:
        direct_obs = obs.replace(since, when, 1)  # " about the car since you …"
    if reading.requests:
        ask = reading.requests[0]
        gentle_req = texts.REQUEST_YOU.format(ask)
        direct_req = texts.REQUEST_YOU_DIRECT.format(ask)
    else:
        ask = topic_request(reading)
        gentle_req = texts.REQUEST_WE.format(ask)
        generic = ask == texts.DEFAULT_TOPIC.request
        # "I'd like us to talk about it when …" before saying what "it" is reads wrong.
        direct_req = texts.REQUEST_WE_SOON if generic else texts.REQUEST_WE_DIRECT.format(ask)
    need = _need_sentence(reading)
    wish = " ".join(grammar.sentence(w) for w in reading.wishes[:1])
    if wish:
        gentle_req, direct_req = (f"{wish} {r}" for r in (gentle_req, direct_req))
    if need:
        gentle_req, direct_req = f"{need} {texts.LIMIT}", need
    direct = texts.DIRECT_PAST if past else texts.DIRECT
    about = topic(reading)
    if need == texts.NEED_VAGUE and obs.strip() and texts.SLOT not in obs:
        vague = texts.NEED_VAGUE_FELT.format(feeling=feel, observation=obs)
        question = f"{vague} {texts.NEED_QUESTION}"
    elif need:
        question = f"{need} {texts.NEED_QUESTION}"
    elif reading.requests:
        question = texts.QUESTION_ASK.format(feeling=feel, observation=obs, ask=reading.requests[0])
    elif wish:
        question = texts.QUESTION_WISH.format(feeling=feel, observation=obs, wish=wish)
    elif about and about.lower() not in obs.lower():
        question = texts.QUESTION_ABOUT.format(about=about, feeling=feel, observation=obs)
    else:
        question = texts.QUESTION_OPEN.format(feeling=feel, observation=obs)
    return [
        texts.GENTLE.format(feeling=feel, observation=obs, request=gentle_req),
        direct.format(feeling=feel, observation=direct_obs, request_direct=direct_req),
        question,
    ]


def safe(reading: Reading) -> list[str]:
    """Plain forms that always read well: fixed words around the feeling and the topic."""
    feel = feeling(reading)
    about = topic(reading)
    both = things(reading)
    forms = [texts.SAFE_TOPIC.format(feeling=feel, topic=both)] if both and both != about else []
    forms += [texts.SAFE_TOPIC.format(feeling=feel, topic=about)] if about else []
    if about:
        forms.append(texts.QUESTION.format(feeling=feel, observation=f" about {about}"))
    forms.append(texts.SAFE_PLAIN.format(feeling=feel))
    if reading.feeling:
        # The user's own words might not fit the frame: Tend's word for it always does.
        reading_feeling, reading.feeling = reading.feeling, ""
        forms.append(texts.SAFE_PLAIN.format(feeling=feeling(reading)))
        reading.feeling = reading_feeling
    return forms


def own(reading: Reading) -> list[str]:
    mine = [o for o in reading.observations if o.text.startswith(("I ", "I'"))]
    reading.observations = [o for o in reading.observations if o not in mine]
    # "I work 50 hours a week", "I worked 12 hours today": facts to stand by, not things
    # to be sorry for; only what the patterns found to own ("I yelled") gets an apology.
    facts = [o.text for o in mine]
    owns = list(reading.owns)
    if facts and not owns:
        fact = f"{grammar.sentence(facts[0])} {texts.OWN_FACT}"
        return [
            f"{fact} {texts.OWN_CLOSE}",
            f"{texts.OWN_DIRECT_FACT} {fact}",
            f"{grammar.sentence(facts[0])} {texts.OWN_FACT_SHORT}",
        ]
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
        feel = feeling(reading)
        phrase = observation_phrase(reading, said_elsewhere=" ".join(owns))
        also = (
            " " + texts.OWN_ALSO.format(feeling=feel, observation=phrase)
            if phrase.strip() and texts.SLOT not in phrase
            else ""
        )
    return [
        f"{opening}{also} {texts.OWN_CLOSE}",
        f"{texts.OWN_DIRECT} {opening}{also} {texts.OWN_DIRECT_CLOSE}".replace(
            f"{texts.OWN_DIRECT} {texts.OWN_GENERIC}", texts.OWN_DIRECT
        ),
        f"{opening}{also} {texts.OWN_SHORT.split('. ', 1)[1]}",
    ]


def fixing(reading: Reading) -> list[str]:
    if reading.reflections:
        reflection = grammar.sentence(f"it sounds like {reading.reflections[0]}")
    else:
        reflection = texts.REFLECT.format(_reflection_word(reading))
        named = [n for n in reading.nouns if not _INDEFINITE.match(n)]
        trouble = (named or reading.nouns or [""])[0]
        if trouble:
            reflection = f"{texts.HEAR_ABOUT.format(trouble)} {reflection}"
    idea = reading.ideas[0] if reading.ideas else ""
    offer = " " + texts.FIX_OFFER.format(idea) if idea else ""
    inline = texts.FIX_IDEA_INLINE.format(idea) if idea else ""
    short = texts.FIX_IDEA_SHORT.format(idea) if idea else ""
    return [
        f"{reflection} {texts.FIX_ASK}{offer}",
        f"{reflection} {texts.FIX_HERE.format(inline)}",
        f"{reflection} {texts.FIX_SHORT.format(short)}",
    ]


# What the partner's trouble is names it: "your boss", "the train". A noun with "a" is
# often the advice's own word ("I hear you about a normal person.", "… about a thought." read
# as nonsense to blind readers): one is used only when the draft names nothing else.
_INDEFINITE = re.compile(r"^(?:a|an|some|any)\s", re.IGNORECASE)


def _reflection_word(reading: Reading) -> str:
    for word in reading.words:
        if word in texts.REFLECTIONS:
            return texts.REFLECTIONS[word]
    return texts.DEFAULT_REFLECTION


def pause(reading: Reading) -> list[str]:
    about = texts.PAUSE_ABOUT.format(reading.nouns[0]) if reading.nouns else ""
    return [
        texts.PAUSE.format(about=about),
        texts.PAUSE_FLOODED.format(about=about),
        texts.PAUSE_SHORT.format(about=about),
    ]
