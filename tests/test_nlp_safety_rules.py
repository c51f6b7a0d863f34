"""The safety rules alone (nlp/patterns/safety.jsonl), without the learned heads.

The drafts here were written for these tests, not taken from tests/data: one group per
family of clinical phrasing (C-SSRS levels for self-harm, partner-violence screening), and
the everyday English that once raised a false alarm (issue 13).
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import nlp
from nlp.detect.pipeline import run_rules
from nlp.surface import view


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.default_analyzer()


def rules(analyzer: nlp.Analyzer, draft: str) -> Doc:
    return run_rules(analyzer._nlp, view(draft).text)


def describe(doc: Doc) -> str:
    concern, check_in = doc._.tend_safety, doc._.tend_check_in
    clear = f"clear {concern.kind} on {concern.text!r}" if concern else "no clear concern"
    possible = f"check-in {check_in.kind}" if check_in else "no check-in"
    return f"{clear}, {possible}"


CRISIS = {
    "wish_dead": [
        "some days i honestly wish i was dead",
        "I wish I could just disappear forever and not exist",
        "i keep wishing i'd never been born",
    ],
    "passive": [
        "tbh i'd be fine if i didn't wake up tomorrow",
        "every night I hope I don't wake up in the morning",
        "I'm just a burden to everyone, you included",
        "everyone would be better off if i wasn't here",
        "you'd all be better off without me around",
        "there's no point in going on anymore",
        "i don't see the point in carrying on",
        "I won't be around much longer so it doesn't matter",
        "i wont be a problem for you for much longer",
    ],
    "active": [
        "i've been thinking about killing myself again",
        "I keep having thoughts of ending my life",
        "been having thoughts of suicide all week",
    ],
    "method": [
        "i looked up how many of my sleeping pills it would take",
        "I keep thinking about driving my car into a tree on the motorway",
        "i've been thinking about jumping from the multi storey car park",
        "i bought a rope today and I know what it's for",
    ],
    "intent_plan": [
        "I've decided I'm going to kill myself this weekend",
        "I have a plan for how to end my life",
    ],
    "preparatory": [
        "i've been saving up my pills for weeks",
        "I've been stockpiling my sleeping tablets",
        "i've started giving my things away to my sister",
        "I wrote goodbye letters to mum and the kids last night",
        "been researching the most painless way to go",
    ],
}

VIOLENCE = {
    "marks": [
        "he gave me a black eye on saturday",
        "she split my lip when she slapped me",
        "i've got bruises all over my arms from him",
        "I had to cover the marks on my neck with make-up before work",
        "i wear long sleeves so nobody sees the bruises he leaves",
    ],
    "strangulation": [
        "he held me by the throat against the fridge",
        "he put his hands around my neck last night",
        "she choked me until i couldn't breathe",
        "he squeezed my throat and i thought i was going to pass out",
    ],
    "threats": [
        "he said he'll kill me if i ever leave",
        "he told me next time it will be much worse",
        "she says i'll end up dead if i tell anyone",
    ],
    "fear": [
        "I'm terrified of him when he drinks",
        "i flinch every time he raises his voice",
        "i'm scared of what he'll do when he finds out",
    ],
    "monitoring": [
        "he tracks my location on his phone all day",
        "he put a tracker on my car",
        "she goes through my phone every night while I sleep",
        "he makes me share my location 24/7",
    ],
    "coercion": [
        "he controls all the money and gives me an allowance",
        "he took my passport and my car keys",
        "he won't let me see my friends or my family anymore",
        "she's cut me off from all my friends",
        "he threatens to take the kids if i leave",
        "he pressures me into sex when i say no",
    ],
    "user_threats": [
        "if you do that again i'll smash your face in",
        "I swear I'm going to hurt you",
        "come near me again and I will kill you",
    ],
}


def _cases(families: dict[str, list[str]], kind: str) -> list[object]:
    return [
        pytest.param(draft, kind, id=f"{kind}-{family}-{n}")
        for family, drafts in families.items()
        for n, draft in enumerate(drafts)
    ]


@pytest.mark.parametrize(("draft", "kind"), _cases(CRISIS, "crisis") + _cases(VIOLENCE, "violence"))
def test_safety_rules_find_clear_disclosures(draft: str, kind: str, analyzer: nlp.Analyzer) -> None:
    doc = rules(analyzer, draft)
    concern = doc._.tend_safety
    assert concern is not None and concern.kind == kind, (
        f"{draft!r}: wanted clear {kind}, got {describe(doc)}"
    )


# Everyday English that once raised the crisis or abuse reply, and polite English of that shape.
EVERYDAY = [
    "I'm afraid she's out",
    "I'm afraid he's not in right now, can I take a message?",
    "I'm afraid she's away from her desk",
    "I'm afraid he's busy until three",
    "you want to throw me out over this?",
    "I broke my leg skiing",
    "she broke her arm falling off her bike",
    "she's gonna kill me, I spilled beer all over her sofa",
    "mum's going to kill me when she sees the car",
    "I want to end it with him",
    "i think i'm going to end it with her this weekend",
    "I'll kill myself lol if you make me watch that again",
    "my leg is killing me after that run",
    "i'm saving up for a holiday",
    "giving away my old clothes to the charity shop",
    "writing goodbye cards for Sarah's leaving do",
    "the app tracks my location when I run",
    "I checked my phone and saw your message",
    "I won't be around much this week, work trip",
    "i got a black eye playing hockey lol",
    "I choked on a crisp and couldn't breathe for a second",
    "you choked me up with that speech",
    "I can't breathe, I'm laughing so hard",
    "I'm going to hit the gym later",
    "he took my car to the garage",
    "I hope I don't wake up the baby",
    "I'm sick of living in this flat",
    "he said he'd run me to the station",
    "thinking about jumping into the pool later",
    "I covered the bruise on my knee with a plaster",
    "the tracking app on my phone says you're 5 min away",
    "save your pills for later, you'll need them",
    "she put her hands around my neck and kissed me",
    "can you check my phone for the code",
]


@pytest.mark.parametrize("draft", EVERYDAY)
def test_safety_rules_do_not_alarm_on_everyday_english(draft: str, analyzer: nlp.Analyzer) -> None:
    doc = rules(analyzer, draft)
    assert doc._.tend_safety is None, f"{draft!r}: wanted no clear concern, got {describe(doc)}"


@pytest.mark.parametrize(
    ("draft", "kind"),
    [
        ("I'm tired of walking on eggshells around you", "violence"),
        ("she's gonna kill me, I spilled beer on her rug", "violence"),
        ("I'll kill myself lol if you make me watch that again", "crisis"),
        ("I can't do this anymore", "crisis"),
        # A plan without its object ("do it") could be anything; ask rather than alarm.
        ("i've worked out exactly how i'm going to do it", "crisis"),
    ],
)
def test_safety_rules_check_in_on_possible_disclosures(
    draft: str, kind: str, analyzer: nlp.Analyzer
) -> None:
    doc = rules(analyzer, draft)
    check_in = doc._.tend_check_in
    assert doc._.tend_safety is None and check_in is not None and check_in.kind == kind, (
        f"{draft!r}: wanted a {kind} check-in, got {describe(doc)}"
    )
