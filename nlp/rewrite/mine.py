""" "Make it mine": the user picks a feeling and an ask; Tend composes the I-statement.

`options()` reads what a draft offers (its feeling word, what happened, the asks that fit its
topic and category); `compose()` is pure, so a bot can call it at every tap without spaCy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from nlp.results import Ask, Mine
from nlp.rewrite import texts

if TYPE_CHECKING:
    from nlp.rewrite.facts import Reading

MAX_ASKS = 5
_UNKNOWN = (texts.CONNECT_SLOT, texts.CONNECT_THIS)
_TOGETHER_TOPICS = frozenset({"listening", "attention"})


@dataclass(frozen=True, slots=True)
class Offer:
    """Choices before the fluency gate: `observations` in order of preference."""

    mine: Mine
    observations: tuple[str, ...]
    frame_feeling: str
    """The feeling the suggestions use: probes in the same words share their parse."""


def compose(mine: Mine, feeling: int, ask: int) -> str:
    """The I-statement for the user's two picks (indices into `mine.feelings`, `mine.asks`)."""
    return texts.MINE_FRAME.format(
        feeling=mine.feelings[feeling % len(mine.feelings)],
        observation=mine.observation,
        ask=mine.asks[ask % len(mine.asks)].sentence,
    )


def options(reading: Reading, categories: set[str], mode: str, context: bool) -> Offer:
    """The feelings, asks and observation a flagged draft offers."""
    # Imported here: `compose` must stay importable without spaCy (the bot calls it).
    from nlp.rewrite import frames

    own = reading.feeling
    feelings = tuple(dict.fromkeys([own, *texts.MINE_FEELINGS] if own else texts.MINE_FEELINGS))
    observation = frames.observation_phrase(reading, context)
    about = frames.topic(reading)
    candidates = [observation] if observation not in _UNKNOWN else []
    if about:
        candidates.append(texts.CONNECT_ABOUT.format(about))
    candidates.append("")
    mine = Mine(
        feelings=feelings,
        asks=_asks(reading, categories, mode),
        observation=candidates[0],
        own_feeling=bool(own),
    )
    return Offer(mine, tuple(dict.fromkeys(candidates)), frames.feeling(reading))


def _asks(reading: Reading, categories: set[str], mode: str) -> tuple[Ask, ...]:
    from nlp.rewrite import frames

    asks: list[tuple[str, str]] = []
    if reading.needs:
        phrase, negative = reading.needs[0]
        label, sentence = texts.MINE_NEED_NOT if negative else texts.MINE_NEED
        asks.append((label, sentence.format(phrase)))
    if reading.requests:
        label, sentence = texts.MINE_REQUEST
        asks.append(
            (_label(label.format(reading.requests[0])), sentence.format(reading.requests[0]))
        )
    if mode == "pause" or "stonewalling" in categories:
        asks.append(texts.MINE_PAUSE)
    if mode == "own":
        asks.append(texts.MINE_START_AGAIN)
    if "mind_reading" in categories:
        asks.append(texts.MINE_TELL)
    topic = _topic_name(reading)
    request = frames.topic_request(reading)
    if topic and request != texts.DEFAULT_TOPIC.request:
        label, sentence = texts.MINE_TOPIC
        asks.append((label, sentence.format(request)))
    if topic in _TOGETHER_TOPICS:
        asks.append(texts.MINE_TIME)
    asks.append(texts.MINE_TALK)
    asks = asks[: MAX_ASKS - 1]
    asks.append(texts.MINE_HEARD)
    return tuple(Ask(label, sentence) for label, sentence in dict.fromkeys(asks))


def _topic_name(reading: Reading) -> str:
    for word in reading.topic_words + [w.lower() for n in reading.nouns for w in n.split()]:
        for topic in texts.TOPICS:
            if word in topic.keys:
                return topic.name
    return ""


def _label(text: str) -> str:
    if len(text) <= texts.MINE_LABEL_MAX:
        return text
    return text[: texts.MINE_LABEL_MAX - 1].rsplit(" ", 1)[0] + "…"


def probes(offer: Offer | None) -> list[str]:
    """What the gate must pass for the first choice: the observation framed, then each ask.

    The framed observation repeats the gentle suggestion's first sentence word for word, so
    checking it with the suggestions costs no extra parse.
    """
    if offer is None:
        return []
    first = texts.MINE_FRAME.format(
        feeling=offer.frame_feeling, observation=offer.observations[0], ask=texts.MINE_TALK[1]
    )
    return [first, *(a.sentence for a in offer.mine.asks)]


def gated(offer: Offer | None, check: Callable[[list[str]], list[bool]]) -> Mine | None:
    """The choices that pass the fluency gate (`check`): the first fluent observation, in
    order of preference, and the fluent asks."""
    if offer is None:
        return None
    mine = offer.mine
    framed = [
        texts.MINE_FRAME.format(feeling=offer.frame_feeling, observation=o, ask=texts.MINE_TALK[1])
        for o in offer.observations
    ]
    verdicts = check(probes(offer))
    asks = tuple(a for a, ok in zip(mine.asks, verdicts[1:], strict=True) if ok)
    observation = offer.observations[0] if verdicts[0] else None
    for candidate, text in zip(offer.observations[1:], framed[1:], strict=True):
        if observation is not None:
            break
        if check([text])[0]:
            observation = candidate
    feelings, own = mine.feelings, mine.own_feeling
    if observation is None and own:
        # Even the bare frame failed: the user's phrase does not fit it; offer the list.
        feelings, own = feelings[1:], False
    return replace(
        mine,
        feelings=feelings,
        own_feeling=own,
        observation=observation or "",
        asks=asks or (Ask(*texts.MINE_HEARD),),
    )
