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

Session 13 widened both again from the train rows still given only a check-in (the closings
set's train split included): a time set for the act, means gathered unseen, a return not
planned, what the children should be told (crisis); an order breached, blows named by their
marks, a child hiding, knives hidden, threats of a window or petrol, children taken abroad,
papers held over someone, locked in from outside, cameras, numbers changed after blocking
(violence). Counted in bench/RESULTS.md, "Session 13".
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
    # A rope, a blade or a razor for a named ordinary use ("a rope for the tree swing", "blades
    # for my craft knife", "new razor is lethal") is no means (session 13, train near-misses).
    r"rope(?! for (?:the|a|my|our) )",
    r"beam",
    r"loft hatch",
    r"blades?(?! for )",
    r"(?<!new )(?<!electric )razors?(?! burn)",
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
    r"life insurance (?:pays|covers|would)",
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
    # Session 13, from the train rows still given only a check-in: a time set for the act
    # ("it ends tonight", "while you're at your sister's"), means gathered unseen ("three
    # chemists so they wouldn't ask"), a return not planned, a goodbye's "or ever again", what
    # the kids should be told, a funeral wish, peace made with it, doses raised on purpose.
    r"(?:do it|doing it|end it|ends|ending it|finish it|finishing it|letting go|go through with it)"
    r" (?:tonight|tonite|tomorrow|this weekend|on \w+day|while (?:you'?re|ur|you are))",
    r"(?:i'?m|im|i am) (?:finishing|ending) (?:it|this|things)",
    r"whatever happens tonite",
    r"(?:got|have|bought) what i need",
    r"so (?:they|nobody|no one|no-one) (?:wouldn'?t|wouldnt|won'?t|would not) (?:ask|notice)",
    r"(?:different|three|four|several) (?:chemists|pharmacies)",
    r"not planning on (?:the return|coming back|seeing|being)",
    r"won'?t make it to anything",
    r"or ever again",
    r"won'?t have to (?:wait|be) (?:\w+ )?(?:long|much longer|any longer)",
    r"(?:once|when) i'?m out of it",
    r"(?:don'?t|dont) let \w+ blame (?:himself|herself|themselves|yourself)",
    r"(?:don'?t|dont) tell (?:them|the kids) what i did",
    r"if i go i want",
    r"made (?:my )?peace with (?:it|that)",
    r"more than the dose",
    r"(?:vodka|wine|whisky|gin|booze) with (?:my|the|all my) (?:tablets|pills|meds)",
    r"stretch of (?:the )?(?:line|track|tracks|railway)",
    r"last time (?:you'?ll|youll|you will) hear from me",
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
    # Session 13, from the train rows still given only a check-in (the same screening): an
    # order breached, blows and their marks named by their effects, a child hiding, knives
    # hidden, threats of a window, a table or petrol, children taken abroad, papers held over
    # someone, locked in, every pound accounted for, cameras, a "no" ignored, numbers changed
    # after blocking, a new partner threatened, pinned against something.
    r"(?:not (?:meant|supposed|allowed) to come within|within \d+ (?:metres|meters|feet|yards) of)",
    r"told (?:the |my )?\w+(?: \w+){0,3} (?:i|it was) (?:\w+ )?"
    r"(?:fell|tripped|bit|came off|walked into)",
    r"from the (?:slap|punch|kick|shove|headbutt)",
    r"(?:bent|twisted|yanked) (?:it|my \w+) back",
    r"saying no makes",
    r"i know (?:which room|where) you sleep",
    r"going through the (?:coffee table|window|wall|door)",
    r"through (?:that|the) window",
    r"teeth up off",
    r"see what happens to you",
    r"pour (?:the )?(?:petrol|something|acid|bleach)",
    r"concealer (?:for|on|over) my (?:eye|neck|arm|arms|cheek|jaw|lip)",
    r"cover (?:up )?where (?:you|u|he|she)",
    r"bruises on both",
    r"lip split",
    r"(?:your|ur|his|her) hands were the last",
    r"wasn'?t the one holding",
    r"(?:boot|foot|fist|knee) (?:in|into) my (?:stomach|face|ribs|back|belly)",
    r"marks on my (?:neck|throat|arms|wrists)",
    r"(?:pulled|dragged|hauled) me (?:out|across|down|up|by)",
    r"so (?:you|u|he|she) (?:wouldn'?t|wouldnt|won'?t|wont) find (?:it|out)",
    r"(?:slept|sleeping|sleep) in the car",
    r"go quiet and hope",
    r"hides? (?:under|in) (?:the|his|her|my) (?:bed|wardrobe|cupboard)",
    r"hide with the (?:baby|kids|children)",
    r"hurt (?:mummy|mommy|mum|mom|daddy|dad) again",
    r"(?:hid|hidden|put|locked) (?:all )?the (?:kitchen )?knives"
    r" (?:from|in the boot|in my car|before (?:you|u|he|she)|(?:\w+ ){0,5}(?:again|otherwise))",
    r"no one (?:would )?(?:wanted|want|would want) to look at me",
    r"never see (?:them|the kids|the girls|the boys|my kids|the children) again",
    r"to show me what (?:you|u|he|she) could do",
    r"deported",
    r"(?:visa|papers) (?:is|are) through (?:you|u|him|her)",
    r"holds? it over me",
    r"cleaning (?:that|the|his|your|ur) gun",
    r"(?:wage|wages|salary|pay) goes? (?:in|into) (?:your|ur|his|her) account",
    r"(?:locked|deadlocked) (?:from|on) the outside",
    r"account for every (?:pound|penny|cent|dollar|rand|rupee|shilling)",
    r"receipt for every",
    r"made me cancel",
    r"ripped (?:the|my) (?:top|dress|shirt|clothes)",
    r"so i (?:can'?t|cant|cannot) go anywhere",
    r"prove where i am",
    r"camera in the (?:smoke alarm|vent|bathroom|bedroom)",
    r"(?:you|u) (?:just )?carried on",
    r"took it off without",
    r"we broke up in",
    r"at my (?:bedroom )?window at",
    r"new number pops up",
    r"number (?:you'?ve|youve|you have) messaged me from",
    r"watch (?:herself|himself|yourself|your back) walking",
    r"(?:pic|photo|picture) of (?:her|his|my|your) (?:own )?front door",
    r"(?:touch|lay a finger on) me (?:again|one more time) and",
    r"know where your (?:\w+ )?works",
    r"(?:had|pinned|pushed|shoved) me (?:up )?against the",
    r"tell everyone what i sent",
    r"lashing out",
    r"took my (?:m-pesa|money|wages|bank card|cards)",
    r"say i (?:slipped|fell)",
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
