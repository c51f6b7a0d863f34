"""Signs of a plan in a draft: what lifts a learned "possible" crisis score to a clear one.

Screening for suicide risk (the C-SSRS among others) grades thoughts by what comes with
them: a method named, steps taken towards it, affairs put in order, self-harm. The learned
heads read the thought ("I keep picturing the quiet after I'm gone") but their clear
threshold is set for precision on everyday talk, so many disclosures that name their means
("I've been counting my lithium") got only the gentle check-in. These cues are the other
half: alone they mean nothing ("the drop from the climbing wall"), beside a learned crisis
score on the same draft they make it clear.

Chosen from the TRAIN rows only (2026-12-06): on them, 73 of the 378 clear crisis disclosures
that had only a check-in became clear, and none of 12,070 near-misses and everyday drafts
did. The frozen test splits are reported in bench/RESULTS.md, never fitted. Each cue is a
word or phrase rare in everyday partner texts (a bare "bridge", "tablets" or "goodbye" is
not: "On the bridge now, be there in 5").

Session 12 widened both sides the same way, from the train rows only (every safety file's
train split, round 4's and the departures set's included, which no longer measure rules on
that split): more of the C-SSRS's plan, intent and preparation (a time set, means taken,
goodbyes said properly, a letter left, a one-way trip), and `names_harm`, the same idea for
partner violence from its screening questions (the Danger Assessment, HITS): injuries hidden
or explained away, hands at the neck and breath stopped, a "no" that was not heard, flinching,
threats with a "next time", money, a door key and a phone taken (keys hidden are left out:
"you made me late by hiding my keys" is a complaint). On the train rows: 45 of 91 crisis
and 32 of 76 violence disclosures that had only a check-in became clear; no near-miss or
everyday draft did, nor any labelled "possible". Test splits: bench/RESULTS.md.
"""

from __future__ import annotations

import re

_CUES = (
    # Means named.
    r"paracetamol",
    r"overdos\w*",
    r"lithium",
    r"noose",
    r"ligature",
    r"rope",
    r"beam",
    r"loft hatch",
    r"blades?",
    r"razors?",
    r"shotgun",
    r"guns?",
    r"hose",
    r"exhaust",
    r"charcoal",
    r"engine running",
    r"with it running",
    # Heights and places looked into.
    r"the edge",
    r"the drop",
    r"high enough",
    r"strong enough",
    r"multi[- ]?stor(?:e)?y",
    r"ledge",
    r"yellow line",
    r"train line",
    r"\d+(?:th|st|nd|rd) floor",
    # Affairs put in order.
    r"life insurance",
    r"pays out",
    r"solicitor",
    r"my will",
    r"passwords?",
    r"loose ends",
    r"(?:after|when|once) (?:i'?m|i am) gone",
    r"won'?t be around",
    # Means gathered, ways researched.
    r"stockpil\w+",
    r"(?:saving|saved|putting|put|counted|collecting|collected|hoarding)"
    r" (?:up |out |aside |by )?(?:my |the |all )?(?:tablets|pills|meds)",
    r"(?:tablets|pills|meds) (?:saved|put aside|put by|counted)",
    r"took them all",
    r"hurts? (?:the )?least",
    r"how long it takes",
    r"finds? me",
    r"scheduled",
    # Self-harm.
    r"cut(?:ting)? (?:myself|again)",
    r"burn(?:ing|t)? myself",
    r"knuckles",
    r"my (?:thighs|wrists?)",
    # A time set, intent said plainly.
    r"whatever happens (?:happens|tonight)",
    r"(?:got|have|had|made|still got) (?:a |the |my )?plan",
    r"i do have one",
    r"(?:i'?m|im|i am) (?:going|gonna|goin) (?:to |2 )?(?:do it|end it|finish)",
    r"finish what i started",
    r"countdown",
    r"counting down",
    r"(?:\d+|two|three|nine) (?:more )?(?:days|weeks)\.? (?:then|and then)",
    r"giving it (?:till|until)",
    r"not (?:going to|gonna) be (?:here|alive|around)",
    # Goodbyes and what is left behind.
    r"goodbye properly",
    r"(?:a |my )?proper goodbye",
    r"my goodbye",
    r"goodbye to \w+ properly",
    r"final message",
    r"by the time you read this",
    r"(?:a )?letter (?:for|to) (?:you|the kids)",
    r"insurance money",
    r"(?:my|made (?:the |my )?) arrangements",
    # Means taken or at hand, places gone to.
    r"whole (?:box|packet|bottle|strip)",
    r"swallowed",
    r"rat poison",
    r"weed ?killer",
    r"sleeping (?:pills|tablets)",
    r"(?:turned|put) the gas on",
    r"taped the door",
    r"hairdryer",
    r"roof of",
    r"the terrace",
    r"(?:train|railway) tracks",
    r"the tracks",
    r"swim out",
    r"(?:with )?no coat",
    r"without a coat",
    r"not coming back",
    r"won'?t be found",
    r"one[- ]way",
    # Self-harm hidden or worse than before.
    r"(?:till|until) they blister",
    r"i make them",
    r"cut deeper",
    r"stitches",
)
_PATTERN = re.compile(r"\b(?:" + "|".join(_CUES) + r")\b", re.IGNORECASE)

_HARM_CUES = (
    # An injury hidden or explained away.
    r"so (?:nobody|no one|no-one) (?:sees|would see|can see|notices|would notice)",
    r"(?:wearing )?a scarf in",
    r"sunglasses",
    r"told (?:the |my |everyone|people|them|her|him)\w*(?: \w+)?"
    r" (?:i|it was|the bruises were|that i) (?:\w+ )?"
    r"(?:fell|tripped|bit|came off|walked into|from|the telly|an accident|clumsy|made it up)",
    r"thinks? i had an? (?:\w+ )?accident",
    r"you know i didn'?t",
    r"we both know",
    # Hands at the neck, breath stopped, a body left on the floor.
    r"(?:your|ur|his|her) (?:fingers|thumbs?|hands?) (?:on|round|around) my (?:neck|throat)",
    r"(?:thumb|finger) ?marks",
    r"squeez(?:e|ed|ing) my (?:neck|throat|jaw)",
    r"you squeezing",
    r"(?:couldn'?t|can'?t|could not) breathe (?:with|and (?:you|u))",
    r"on the floor bleeding",
    # Fear, and a "no" that was not heard.
    r"flinch(?:es|ed)? (?:whenever|every time|when) (?:you|u)",
    r"(?:told|asked) (?:you|u) to stop and (?:you|u)",
    r"(?:you|u) (?:didn'?t|wouldn'?t|did not) stop",
    r"didn'?t say yes",
    r"terrified of",
    r"(?:scared|afraid) of (?:what )?(?:you|him|u)\b",
    # Threats with a next time, a weapon shown.
    r"next time it (?:won'?t|wont|will not) (?:miss|be the (?:wall|door|table|plate|mug|cup))",
    r"next time it(?:'ll| will| would) be me",
    r"next time (?:you'?ll|ull|he'?ll) (?:bring|finish)",
    r"how easy it would be",
    r"in the ground",
    # Control: money, keys, phone, whereabouts.
    r"(?:can'?t|cannot|cant) (?:even )?(?:see|get into|access) my (?:own )?"
    r"(?:account|bank|money|payslips)",
    r"took the key with",
    r"sim card",
    r"(?:little|hidden|secret|tiny) tracker",
    r"tracker (?:\w+ )?(?:on|in|under|inside) my",
    r"(?:check|checks|checking) (?:it|my phone|my messages) every",
)
_HARM = re.compile(r"\b(?:" + "|".join(_HARM_CUES) + r")\b", re.IGNORECASE)


def names_a_plan(text: str) -> bool:
    """Whether `text` names a means, a step towards it, affairs put in order or self-harm."""
    return _PATTERN.search(text.replace("\u2019", "'")) is not None


def names_harm(text: str) -> bool:
    """Whether `text` names harm by a partner the way screening asks about it: an injury
    hidden or explained away, the neck or breath, fear, a "no" not heard, a threat with a
    next time, money, a door key or a phone taken, a tracker hidden on them."""
    return _HARM.search(text.replace("\u2019", "'")) is not None
