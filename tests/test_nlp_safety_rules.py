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
from nlp.results import SafetyKind
from nlp.safety.gate import SAFETY_KEY
from nlp.safety.model import MODEL_HITS, ModelHit
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


def gated(analyzer: nlp.Analyzer, draft: str, kind: SafetyKind, *, clear: bool) -> tuple[str, Doc]:
    """The gate's level for `draft` given one learned hit of `kind` over the whole draft (a
    fake score: over the clear threshold, or between the two), with no rule candidates."""
    nlp_ = analyzer._nlp
    doc = nlp_(view(draft).text)
    doc._.set(MODEL_HITS, (ModelHit(kind, clear, 0.99 if clear else 0.5, 0, len(doc)),))
    doc.spans[SAFETY_KEY] = []
    nlp_.get_pipe("tend_safety")(doc)
    got = (
        "clear" if doc._.tend_safety is not None else "check-in" if doc._.tend_check_in else "none"
    )
    return got, doc


CRISIS = {
    # The speaker's wish, or the partner's; "part of me" is still the speaker.
    "want_to_die": [
        "part of me wants to die",
        "he keeps saying he wants to die",
        "i just wanna die tbh",
        # A capital opening a clause may be any word, so it is never read as someone's name.
        "Everything hurts. Just want to die",
    ],
    "my_noose": [
        "I've made a noose",
        "you bought a noose?",
    ],
    # "end it now / soon" is no meeting ending early; dying as the only way out.
    "end_it_now": [
        "i just want to end it now",
        "thinking about ending it on the motorway",
        "i can't see a way out of this except dying",
    ],
    # Hurting oneself that goes on, is hidden or quiets a feeling is no accident, even "with"
    # something; and "cutting my wrists" is never "cutting my costs".
    "self_injury": [
        "i've been cutting my wrists",
        "I started cutting my thighs last month",
        "i've been burning myself with the hair straighteners where nobody looks",
        "He doesn't know that after our rows I burn myself with the iron.",
        "been cutting my arms with a blade, hiding it with sleeves",
    ],
    "nobody_would_notice": [
        "nobody would even notice if i was gone",
        "no one would miss me",
    ],
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

CRISIS_S12 = {
    # Probes written in session 12 before any run; each had no verdict at all on main.
    "drive_into_the_river": [
        "if I drove into the river on the way home would anyone even be surprised",
    ],
    "burn_after_a_row": [
        "I burnt my arm with the lighter again after we argued, I didn't tell you",
    ],
}

CRISIS_S13 = {
    # Session 13: a note meant to be read after, a means got "to end it", a place to fall
    # from, gas shut in, burning held "till it blisters", a cut gone too deep. Written for
    # this test before any run; each had no clear verdict on main from the rules.
    "final_note": [
        "by the time you see this I'll be gone",
        "please don't blame yourself for what I'm going to do",
        "if you don't hear from me by morning I went through with it",
    ],
    "means_got": [
        "I bought a rope to end it",
        "been keeping the tablets the doctor gave me to end things",
    ],
    "method": [
        "I'm standing on the edge of the multi-storey. I'm going to jump",
        "I've sealed the doors and turned the gas on. It's easier this way",
        "I keep holding my arm against the iron till it burns",
        "cut too deep this time and the blood won't stop",
    ],
    "wish": ["I've wanted to be dead for years"],
}

VIOLENCE = {
    # Coercive control as screening asks about it (session 12): wages, medicine, papers and
    # food held back, sex while asleep, a court order breached. Written for this test.
    "control": [
        "you take all my wages and give me a tenner for the week",
        "you've hidden my inhaler again and I'm wheezing",
        "he confiscated my visa and my ID when we landed",
        "one call from me and I'll get you deported",
        "you locked the fridge again and I'm hungry",
        "he says I don't eat until I apologise",
        "I woke up and he was already on me",
        "you're breaching the order every time you ring",
        # A question that says what was done is still a disclosure.
        "why did you take my passport",
    ],
    # Kept from leaving by what the partner did.
    "so_i_cant_leave": [
        "you took my car keys so i cant leave",
        "you locked the door so I couldn't leave",
    ],
    # Blows named by their verb: the partner slams, throttles, knees, stamps on the writer.
    "hit_me": [
        "you slammed me into the wardrobe",
        "he throttled me",
        "she kneed me in the stomach",
        "he stamped on me when i was on the floor",
    ],
    "degradation": [
        "he makes me beg for money for the bus",
        "my husband makes me kneel and apologise",
    ],
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


@pytest.mark.parametrize(
    ("draft", "kind"),
    _cases(CRISIS, "crisis")
    + _cases(CRISIS_S12, "crisis")
    + _cases(CRISIS_S13, "crisis")
    + _cases(VIOLENCE, "violence"),
)
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
    # a retirement choice, not money taken (a blind rewrite set's draft, 2026-12-07)
    "If you take the pension at 60 as you plan, we lose roughly £3,000 a year.",
    "I hope I don't wake up the baby",
    "I'm sick of living in this flat",
    "he said he'd run me to the station",
    "thinking about jumping into the pool later",
    "I covered the bruise on my knee with a plaster",
    "the tracking app on my phone says you're 5 min away",
    "save your pills for later, you'll need them",
    "she put her hands around my neck and kissed me",
    "can you check my phone for the code",
    # Widened guards (2026-12-06 evening): a break-up in texting shorthand, going somewhere,
    # a treat overdone, embarrassment in the past tense, a court case, a skipped chore.
    "ok im gonna end it w him this wknd, be there after?",
    "no reason to keep going up there if the cafe's shut",
    "i think i overdosed on chocolate at your mum's",
    "I wanted to die of embarrassment when the projector died",
    "the landlord is threatening to take us to court over the deposit",
    "nobody would notice if I skipped the gym this once",
    # "so I couldn't go / call / get out" is everyday cause and effect; being kept from leaving
    # is told by what the partner did (hid my phone, blocked the door), which other rules read.
    "work ran late so I couldn't call you",
    "it was raining so I couldn't leave",
    "the car was blocking the driveway so i couldn't get out",
    "you parked me in again so I couldn't get out this morning",
    # A jump for sport, someone else's fall in the news, a noose in a film or for a swing.
    "bungee jump off the bridge is booked for your birthday! dont panic",
    "The roads were closed because someone jumped off the bridge this morning. Horrible.",
    "the bit where he ties the noose in the film was so intense",
    "my sister wants to die of embarrassment",
    # Ending a meeting or a game, on a high note.
    "let's end it there for today, good meeting",
    "we should end it on a high note",
    "no way to get there except the bus",
    # Everyday senses of the same verbs, and affection.
    "you smothered me with kisses this morning",
    "you slammed the door again, the baby woke up",
    # Accidents: the kitchen, the iron, a finger; a cut that is a budget or a haircut.
    "burnt myself with the kettle again, clumsy me",
    "ouch, burnt myself with the iron",
    "I cut my hand on a tin opening the beans",
    "cut my finger chopping onions since I was rushing",
    "cutting my hours at work since the baby came",
    # An accident that goes on is still an accident when an activity says how it happened
    # ("with" something and "since" is read as a sign: "cutting myself with the new knives
    # since we got them" is the price, a miss the other way being worse).
    "I've been cutting myself shaving all week with this new razor",
    "I've been cutting my hands on the brambles since we started gardening",
    "i'm cutting my own fringe tonight",
    # A yes/no question asks for a favour or a fact (session 12; the first was an alarm).
    "did you take my keys? can't find them",
    "can you lock the fridge door properly, it keeps popping open",
    "can you take my pills to the pharmacy for a refill",
    "I woke up and you were already on your phone lol",
    "the lawyer says they breached the contract",
    "my brother crashed into a tree last night, he's ok",
    # The shapes of session 13's final-note and method rules in everyday use (written for
    # this test before any run).
    "by the time you read this I'll already be gone to work, dinner's in the fridge",
    "don't blame yourself for what happened to the dog, he was 16",
    "went through with it! booked the tattoo",
    "It's time to end things with Dan. I've decided.",
    "I got a solicitor to end things between us properly",
    "we're on the bridge now, ready to jump into the river for the charity swim!",
    "I'll be on the ledge of the climbing wall, going to jump to the next hold",
    "he went too deep into the conspiracy stuff, blood pressure through the roof",
    "the gas is on for the BBQ, bring the sausages",
    "no more pain after today's op, the physio says",
    "I won't get to say this again before you leave: good luck at the interview!",
    # News of someone else's act (session 13).
    "a teenager who took an overdose was on the radio this morning, awful",
    "there was a man who jumped off the bridge in town, it's all over the news",
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
        # "murder me" alone is the same hyperbole as "kill me" (issue 13's spilled beer).
        ("HE'S GOING TO MURDER ME, I SCRATCHED THE CAR", "violence"),
        # A plan without its object ("do it") could be anything; ask rather than alarm.
        ("i've worked out exactly how i'm going to do it", "crisis"),
        # Said to the partner about sex or affection, "making me beg" is a complaint; said of
        # him or her, it is control (the clear rule "he_makes_me_beg").
        ("why do you always make me beg for a cuddle", "violence"),
        # Someone else's wish (a name, a pet) or a noose that is nobody's: a gentle line.
        ("the vet says Rex wants to die in that cone", "crisis"),
        ("I think Sam wants to die", "crisis"),
        ("the museum had the actual noose from the last hanging", "crisis"),
        # Kept from calling for help by what the partner did: ask, gently.
        ("you had my phone so I couldn't call anyone", "violence"),
        ("she hid the landline so i couldnt call the police", "violence"),
        # A goodbye with no more in it may be a break-up; ask, gently.
        ("this is the last time you'll hear from me", "crisis"),
        # Said in a goodbye they are grave; said of a film or a party they are not (session 13).
        ("the gas is on and the windows are shut. i just wanted you to know", "crisis"),
        ("No more pain after today. Love you always.", "crisis"),
        ("thanks for loving me. I won't get to say it again.", "crisis"),
        ("don't be sad when you hear what I did", "crisis"),
        # Watching, following and leverage that may be control (session 12): ask, gently.
        ("found a tiny camera behind the bathroom mirror. I know it was you", "violence"),
        ("your van was outside my work again today", "violence"),
        ("i know where your sister works. think about that", "violence"),
        ("remember my visa is through you, you keep saying it", "violence"),
        ("since the wedding my whole salary goes into his account", "violence"),
        ("you texting every ten minutes asking who I'm with", "violence"),
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


@pytest.mark.parametrize(
    ("draft", "kind", "wanted"),
    [
        # The coach rules read these sentences as an ultimatum or as refusing to talk.
        ("keep lying to me like this and i'm gone", "crisis", "check-in"),
        ("not doing this again tonight. night.", "crisis", "check-in"),
        # A threat of harm is violence whatever else the coach rules see in it.
        ("do that again and i'll smash your face in", "violence", "clear"),
        # Nothing the coach rules read: the learned score stands.
        ("i have the pills counted out for tonight", "crisis", "clear"),
    ],
)
def test_safety_gate_learned_crisis_on_an_ultimatum_asks_gently(
    draft: str, kind: SafetyKind, wanted: str, analyzer: nlp.Analyzer
) -> None:
    """A learned crisis score alone does not replace the coaching of a sentence the coach rules
    read as an ultimatum ("... and I'm gone") or a refusal to talk: it becomes a check-in.
    The learned hit is given here (a fake score over the clear threshold on the whole draft),
    so the test pins the gate, not the heads."""
    got, doc = gated(analyzer, draft, kind, clear=True)
    assert got == wanted, f"{draft!r}: wanted {wanted}, got {describe(doc)}"


@pytest.mark.parametrize(
    ("draft", "kind", "wanted"),
    [
        # A possible crisis score beside a named means, a step or affairs put in order: clear.
        ("been counting my lithium and reading what amount is too much", "crisis", "clear"),
        ("the passwords are in the blue notebook, you'll need them", "crisis", "clear"),
        ("worked out which beam in the loft is strong enough", "crisis", "clear"),
        ("no loose ends for you to chase after i'm gone", "crisis", "clear"),
        ("the plasters aren't from brambles, i cut myself again", "crisis", "clear"),
        # The same score with no plan named stays a gentle line.
        ("i keep thinking everyone would be fine without me", "crisis", "check-in"),
        # A laugh marks hyperbole, plan or not.
        ("lol i'll jump off the multi-storey if they play that song again", "crisis", "check-in"),
        # Session 12's plan cues: a time set, means taken, a goodbye said properly, a one-way
        # trip. Written for this test, not copied from any data file.
        (
            "the pills are all out on the dresser now, whatever happens tonight happens",
            "crisis",
            "clear",
        ),
        ("i've had the plan worked out since easter", "crisis", "clear"),
        ("6 more days and then nobody has to deal with me", "crisis", "clear"),
        ("wrote a letter for you, it's in the drawer with the car stuff", "crisis", "clear"),
        ("bought a one-way ticket north and i won't be found this time", "crisis", "clear"),
        # Ordinary words beside the same score stay a gentle line.
        ("had an awful week and i just want to sleep for a year", "crisis", "check-in"),
        ("I'm going to bed early tonight, I feel done in", "crisis", "check-in"),
        # A possible violence score beside harm named the way screening asks about it: an
        # injury hidden or explained away, hands at the neck, a "no" not heard, fear, a threat
        # with a next time, money or keys taken. Written for this test.
        (
            "told my manager i walked into a cupboard. wore the polo neck so nobody sees",
            "violence",
            "clear",
        ),
        ("there are finger marks on my arm and you know i didn't fall", "violence", "clear"),
        (
            "your hands round my throat last night. i still can't swallow properly",
            "violence",
            "clear",
        ),
        ("i asked you to stop and you kept going anyway", "violence", "clear"),
        ("the kids are terrified of you when you've had a drink", "violence", "clear"),
        ("you said next time it won't be the wall you punch", "violence", "clear"),
        # Session 13's cues, written for this test: a time set for the act, means gathered
        # unseen, what the children should be told; an order breached, a blow named by its
        # mark, a child hiding, knives hidden, a threat of a window.
        ("it's all sorted. i'm doing it tomorrow while you're at work", "crisis", "clear"),
        ("went to two different chemists so nobody would notice", "crisis", "clear"),
        ("just don't tell the kids what i did, say it was an accident", "crisis", "clear"),
        ("he's not supposed to come within 200 metres of the house", "violence", "clear"),
        ("wore extra concealer to cover where you caught me on friday", "violence", "clear"),
        ("our son hides under his bed when your key turns in the door", "violence", "clear"),
        ("i've hidden the kitchen knives in the shed again", "violence", "clear"),
        ("say that again and you're going through the window", "violence", "clear"),
        # A means named for an ordinary use is no plan (session 13): a gentle line at most.
        ("got a rope for the boat trailer, the old one snapped", "crisis", "check-in"),
        ("ordered blades for the mower, it's chewing the grass", "crisis", "check-in"),
        ("this new razor is savage, three nicks already", "crisis", "check-in"),
        # Keys hidden are a common complaint ("you made me late by hiding my keys"): no cue.
        ("you hid my car keys again so i missed my shift", "violence", "check-in"),
        ("since you changed the pin i cant even see my own account", "violence", "clear"),
        # The same score without such a sign stays a gentle line; a cue in a joke stays one.
        ("you went mad at me in front of everyone at the party", "violence", "check-in"),
        ("my hands are round my throat to keep warm, this wind 😂", "violence", "check-in"),
    ],
)
def test_safety_gate_possible_score_with_a_cue_named_is_clear(
    draft: str, kind: SafetyKind, wanted: str, analyzer: nlp.Analyzer
) -> None:
    """The learned hit is given (a fake score between the two thresholds over the whole
    draft), so the test pins the gate and the cues (nlp/safety/cues.py): a plan for crisis,
    harm named the way screening asks about it for violence; not the heads."""
    got, doc = gated(analyzer, draft, kind, clear=False)
    assert got == wanted, f"{draft!r}: wanted {wanted}, got {describe(doc)}"


@pytest.mark.parametrize(
    ("draft", "wanted"),
    [
        # A guard is the rules saying "this is not it", and it overrules a learned score: a cut
        # from gardening, shaving or a budget keeps its guard ...
        ("I've been cutting my hands on the brambles since we started gardening", "none"),
        ("I've been cutting myself shaving all week with this new razor", "none"),
        ("cutting my hours at work since the baby came", "none"),
        # ... and a cut to the wrists, or one that is hidden, does not: the score stands.
        ("i keep cutting my wrists", "clear"),
        # Someone hurt at sport: the learned score raised the abuse reply (session 12's
        # probes); "hit by a ball" is no blow, a bat in someone's hand still is.
        ("he got hit by a cricket ball and his eye's swollen shut poor lad", "none"),
        ("he hit me with a cricket bat last night", "clear"),
        ("I've been burning myself with the iron where nobody can see", "clear"),
    ],
)
def test_safety_guards_overrule_a_learned_score_only_where_they_should(
    draft: str, wanted: str, analyzer: nlp.Analyzer
) -> None:
    """The rules as they run (guards included), and one learned crisis hit over the clear
    threshold on the whole draft (a fake score), so the test pins the guards, not the heads."""
    nlp_ = analyzer._nlp
    doc = nlp_(view(draft).text)
    doc._.set(MODEL_HITS, (ModelHit("crisis", True, 0.99, 0, len(doc)),))
    nlp_.get_pipe("tend_safety")(doc)
    got = "clear" if doc._.tend_safety is not None else "none"
    assert got == wanted, f"{draft!r}: wanted {wanted}, got {describe(doc)}"


@pytest.mark.parametrize(
    "draft",
    [
        "On the bridge now, be there in 5",
        "can you pick up my tablets from Boots on your way home",
        "goodbye forever long hair",
        "the drop-off is at 3, not 4",
        "we should clear the garden hose before the frost",
        "wearing sunglasses at the beach, the glare is mad",
        "I'm terrified of the exam on Friday",
        "the tracker says your parcel comes tomorrow",
        "we both know the dishwasher is on its last legs",
        "I'm going to sleep in the car on the drive down, you take the wheel",
        "the knives in the drawer need sharpening, I put the kitchen knives in the sink",
        "we broke up in 2019 and we're still friends, he's coming to the party",
    ],
)
def test_safety_cues_alone_never_alarm(draft: str, analyzer: nlp.Analyzer) -> None:
    """A cue is only the second half: with no learned crisis score it changes nothing."""
    analysis = analyzer.analyze(draft)
    assert analysis.safety is None, f"{draft!r}: {analysis.safety}"
