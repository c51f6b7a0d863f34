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
)
_PATTERN = re.compile(r"\b(?:" + "|".join(_CUES) + r")\b", re.IGNORECASE)


def names_a_plan(text: str) -> bool:
    """Whether `text` names a means, a step towards it, affairs put in order or self-harm."""
    return _PATTERN.search(text.replace("\u2019", "'")) is not None
