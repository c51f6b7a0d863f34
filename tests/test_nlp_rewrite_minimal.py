"""The first suggestion as a small edit of the draft (nlp/rewrite/minimal.py), by failure kind.

Each kind comes from a first suggestion a person rated as failing (tests/data/
fresh_rewrites_ratings.jsonl): negation turned around, times dropped, sarcasm read literally,
a jab kept, a clause glued in without its verb. The examples are that kind, not those drafts.
Drafts the rules do not flag take the classifier's path (a whole-draft sentence flag, with
the category each case names), as in tests/rewrite_scores.py; learned blame is off here, so
the edit is pinned for the flags each case gives. What the learned model's own flags do to
a rewrite is tested in tests/test_nlp_rewrites.py.
"""

from __future__ import annotations

import re

import pytest
from rewrite_scores import generated, suggestions

import nlp
from nlp.rewrite import fluency, grammar, jabs, restate
from nlp.rewrite.minimal import _plain


@pytest.fixture(scope="module")
def analyzer() -> nlp.Analyzer:
    return nlp.Analyzer(learned_blame=False)


def first(analyzer: nlp.Analyzer, draft: str, category: str = "blame") -> str:
    offered = suggestions(analyzer, {"text": draft, "categories": [category]})
    assert offered, draft
    return offered[0]


# (draft, category, words the first suggestion must have, a pattern it must not have)
NEGATION_KEPT = [
    # "not once" before the subject: the "not" goes to the verb, never away.
    ("Not once you helped my mother in the kitchen.", "absolute", "didn't help", r"you helped"),
    ("Not once did you ask how I was.", "absolute", "didn't ask how I was", r"you asked"),
    # an inverted auxiliary after "never" keeps its negation.
    ("Never once have you said sorry.", "absolute", "haven't said sorry", r"you have said"),
    ("You haven't called once this week.", "absolute", "haven't called", r"you have called"),
    ("You never listened to me at the party.", "absolute", "didn't listen", r"you listened"),
    # "unless you X" asks for X, never for not-X.
    (
        "Unless you start paying your half of the rent, you can find somewhere else to live.",
        "threat",
        "I need you to start paying your half of the rent",
        r"not to start",
    ),
    ("Unless you stop shouting, I'm leaving.", "threat", "I need you to stop shouting", r"not to"),
    # "if you're not home by 10": the need is the positive.
    ("If you're not home by 10 don't bother coming back.", "threat", "be home by 10", r"not to"),
]


@pytest.mark.parametrize(("draft", "category", "kept", "inverted"), NEGATION_KEPT)
def test_minimal_edit_never_inverts_negation(
    draft: str, category: str, kept: str, inverted: str, analyzer: nlp.Analyzer
) -> None:
    suggestion = first(analyzer, draft, category)
    assert kept in suggestion, f"{draft!r}\n-> {suggestion!r}"
    assert not re.search(inverted, suggestion), f"{draft!r}\n-> {suggestion!r} (inverted)"


# (draft, category, the user's words the first suggestion keeps as written)
KEPT_AS_WRITTEN = [
    # times and dates, even as a sentence of their own
    ("You said you'd fix the shower in two weeks. That was October.", "blame", "That was October."),
    (
        "The boxes have been in the hallway since we moved in. In March.",
        "blame",
        "the boxes have been in the hallway since we moved in. In March.",
    ),
    # the user's own account, every word a fact
    (
        "I did the big shop, carried 8 bags up three flights and you didn't get off the couch.",
        "blame",
        "I did the big shop, carried 8 bags up three flights and you didn't get off the couch.",
    ),
    # the sentence naming their feeling, said once
    (
        "I feel like a lodger in my own home. You haven't asked me a single question all week.",
        "blame",
        "I feel like a lodger in my own home. You haven't asked me a single question all week.",
    ),
    # a plain question, when the jabs around it go
    ("Did you pay the gas bill? No? Shocking. What do you actually do all day?", "contempt",
     "Did you pay the gas bill?"),
    # a run-on's facts, all of them, in one sentence
    (
        "so basically you told me you'd be back by six and then it was nine and you didn't text",
        "blame",
        "you told me you'd be back by six, it was nine and you didn't text",
    ),
    # sarcastic thanks for a deed: the deed is the fact
    (
        "Cheers for leaving me to sort the bins out while you were down the pub.",
        "contempt",
        "you left me to sort the bins out while you were down the pub",
    ),
    # a state asked about as a question is a fact
    ("WHY IS THERE WET WASHING IN THE MACHINE FROM YESTERDAY", "blame",
     "there's wet washing in the machine from yesterday"),
    # what a guess at a motive says was missed
    (
        "If you cared even a little you'd have called when the flight got cancelled.",
        "mind_reading",
        "I wish you'd called when the flight got cancelled.",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "category", "kept"), KEPT_AS_WRITTEN)
def test_minimal_edit_keeps_the_users_words(
    draft: str, category: str, kept: str, analyzer: nlp.Analyzer
) -> None:
    suggestion = first(analyzer, draft, category)
    # The user's words, as written; only the first letter may change case.
    assert kept in suggestion or kept[0].swapcase() + kept[1:] in suggestion, (
        f"{draft!r}\n-> {suggestion!r}"
    )


# (draft, category, what the first suggestion must not keep)
JABS_DROPPED = [
    ("You've left the immersion on all day again. We're not made of money, are we?", "absolute",
     "are we"),
    ("My sister's husband cooks every night. Just saying.", "contempt", "Just saying"),
    ("Great, another weekend of watching you play FIFA. Living the dream.", "contempt", "dream"),
    (
        "I was humiliated when you told everyone at the barbecue about my job interview. "
        "Why would you do that?",
        "blame",
        "would you do that",
    ),
    ("Honestly, you're a nightmare. Your mum rang three times and you couldn't be bothered to "
     "pick up.", "labeling", "bothered"),
    ("Honestly, you're a nightmare. Your mum rang three times and you couldn't be bothered to "
     "pick up.", "labeling", "nightmare"),
    ("You forgot the school pickup. Are you kidding me right now?", "blame", "kidding"),
    ("Oh sorry, I forgot you're the only one who's ever had a hard day.", "contempt",
     "I forgot you're"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "category", "jab"), JABS_DROPPED)
def test_minimal_edit_drops_jabs_and_sarcasm(
    draft: str, category: str, jab: str, analyzer: nlp.Analyzer
) -> None:
    suggestion = first(analyzer, draft, category)
    assert jab.lower() not in suggestion.lower(), f"{draft!r}\n-> {suggestion!r}"


def test_minimal_edit_keeps_an_aside_last_as_its_own_sentence(analyzer: nlp.Analyzer) -> None:
    suggestion = first(analyzer, "hey! you never help with the kids. anyway, dinner at 7?")
    assert suggestion.endswith(". Anyway, dinner at 7?"), suggestion


@pytest.mark.parametrize(
    "draft",
    [
        "you never do the dishes",
        "You always forget my birthday.",
        "hey! you never help with the kids. anyway, dinner at 7?",
        "u missed jo's party AGAIN. thats twice now. she's gonna stop asking us and honestly "
        "ur such a flake",
        "Dishes from Tuesday. Still. Seriously?",
        "you literally never do the dishes unless i ask like 3 times",
        "Oh wow, you remembered to buy milk. Alert the press.",
    ],
)
def test_the_first_suggestion_asks_nothing_the_draft_did_not(
    draft: str, analyzer: nlp.Analyzer
) -> None:
    """Tend's own asks ("Could we talk about it tonight?", a topic's "share the dishes …")
    were what blind readers marked invented most often; the user adds an ask with "Make it
    mine". Only the draft's own ask is said."""
    from nlp.rewrite.frames import without_tends_ask

    suggestion = first(analyzer, draft)
    assert suggestion == without_tends_ask(suggestion), suggestion
    assert "Could we" not in suggestion and "I'd like us to" not in suggestion, suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        "If you actually cared you would have called me back.",  # a motive, not an act
        "I'd really appreciate it if you could ring the plumber on Monday.",  # an ask
        "It would mean a lot if you stopped at the bakery on the way home.",
        "if you'd rather go to your mum's on Sunday just say",
        "If you want the car tomorrow, I'll take the bus.",  # no would-clause
    ],
)
def test_a_condition_that_asks_or_guesses_is_no_act(sentence: str, analyzer: nlp.Analyzer) -> None:
    doc = analyzer._nlp(sentence)
    assert jabs.counterfactual_act(doc[:]) is None


def test_minimal_edit_says_the_feeling_once(analyzer: nlp.Analyzer) -> None:
    suggestion = first(analyzer, "I feel taken for granted when you never thank me")
    assert suggestion.count("taken for granted") == 1, suggestion


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause glued in as a noun phrase: the subordinator hangs on a noun
        "I feel worn out when a gentle reminder that the recycling doesn't take itself out.",
        "I felt unheard when things you said you'd do this week.",
        # two subordinators in a row
        "It seems like as you think it does.",
        # a fact cut short: a possessive or a pronoun and its verb left at the end
        "I've been feeling tired since you didn't ask how my.",
        "I feel worried when I'm handling all of it because you're.",
        "I'll tell her you had a.",  # the tokenizer keeps "a." as one word
        # a quote, a bracket or a contraction torn apart
        "I felt hurt when you said \"I'll do it.",
        "I've been feeling hurt about the bills (and.",
        "I felt unheard when you told me in March).",
        "Could you feel I 'm crazy for having feelings?",
    ],
)
def test_fluency_gate_rejects_garbled_but_grammatical_text(
    sentence: str, analyzer: nlp.Analyzer
) -> None:
    assert fluency.explain(sentence, analyzer._nlp.pipe), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "I feel unsupported when my parents visit.",
        "I felt hurt when you said you'd fix the shower in two weeks.",
        "I've been feeling worn out about it.",
        "There's wet washing in the machine from yesterday.",
        "I felt unheard when you told me you'd be back by six, it was nine and you didn't text.",
    ],
)
def test_fluency_gate_accepts_the_minimal_edits_sentences(
    sentence: str, analyzer: nlp.Analyzer
) -> None:
    assert not fluency.explain(sentence, analyzer._nlp.pipe), sentence


# (draft, category, words the first suggestion has, words it must not have)
LIGHT_EDITS = [
    # a kept sentence loses only its emphasis and its typos
    ("I always have to be the one to apologise first. Always.", "blame",
     "I have to be the one to apologise first", "always"),
    ("I have the twins all day every day and you come home and go striaght to the gym.",
     "blame", "go straight to the gym", "striaght"),
    # a verbless fragment stays with the sentence it belongs to
    ("omg u literally never text back when ur out w ur mates. like 6 hrs nothing", "absolute",
     "mates — like 6 hrs nothing.", "mates. like"),
    # a label goes, the topic it was about stays
    ("You're so tight with money it's embarrassing. It's a birthday card, not a car.",
     "labeling", "about money", "tight"),
    # put-down idioms and the martyr's verdict go
    ("You're taking the mick now. That's the third Saturday you've spent at the allotment.",
     "contempt", "That's the third Saturday you've spent at the allotment.", "mick"),
    ("I can't keep being the only adult in this house. You said you'd book the vet.", "blame",
     "said you'd book the vet", "only adult"),
    # a promise alone is not what the feeling is about: it follows the facts instead
    ("You promised you'd fix the gate on Saturday. It's still hanging off.", "blame",
     "promised you'd fix the gate on Saturday", "when you promised"),
    ("We agreed on £300 for the party. You spent £520 and never asked me.", "blame",
     "We agreed on £300 for the party", "when we agreed"),
    # a mock concession is sarcasm: nothing of it is read literally
    ("No no, you relax, I'll just do everything like always.", "contempt", "I've been feeling",
     "you relax"),
    # a rhetorical question about a simple act is said as the wish it hides
    ("would it kill you to call", "contempt", "It would mean a lot to me if you'd call.",
     "kill"),
    ("is it really that hard to reply to a text?", "contempt",
     "It would mean a lot to me if you'd reply to a text.", "that hard"),
    ("You left the lights on again. Would it kill you to switch them off when you leave a room?",
     "contempt", "if you'd switch them off when you leave a room.", "kill"),
    ("i cooked all day. is it too much to ask for a thank you??", "contempt",
     "I'd really appreciate a thank you.", "too much"),
    # Set 10's blind reading (issue 15, session 13), by class; drafts written for this test:
    # praise granted before the "but" is no cause of the feeling, mock thanks taken back reads
    # as not done, and the flagged sentence that tells what happened is kept.
    ("mate you're a legend and I mean that, but the recycling's been by the door since "
     "Friday and you've walked past it twice.", "blame", "the recycling", "legend"),
    ("Thanks so much for picking up the kids at 3. Oh wait, you didn't, the school rang me.",
     "blame", "didn't pick up the kids", "you picked up"),
]  # fmt: skip


@pytest.mark.parametrize(("draft", "category", "has", "lacks"), LIGHT_EDITS)
def test_minimal_edit_edits_lightly(
    draft: str, category: str, has: str, lacks: str, analyzer: nlp.Analyzer
) -> None:
    suggestion = first(analyzer, draft, category)
    assert has in suggestion, f"{draft!r}\n-> {suggestion!r}"
    assert lacks.lower() not in suggestion.lower(), f"{draft!r}\n-> {suggestion!r}"
    written = " ".join(generated(draft, suggestion))
    assert not written or not fluency.explain(written, analyzer._nlp.pipe), suggestion
    assert not analyzer.analyze(suggestion).flagged, f"{suggestion!r} flagged again"


# Kinds a blind reading of unseen drafts still failed (bench/RESULTS.md, session 5): each
# case is (draft, category, words the first suggestion keeps, words it must not have).
UNSEEN_KINDS = {
    # a jab with no marker the rules know: a form of address, a pointed "is there a reason"
    "unmarked_jab": [
        ("You parked across the drive again, ya muppet. I was late for my shift.", "blame",
         "late for my shift", "muppet"),
        ("You forgot to put the bins out on Thursday, genius.", "blame", "the bins", "genius"),
        ("Is there a reason you can't text me when you're staying late at the office?",
         "contempt", "staying late at the office", "is there a reason"),
        ("Who ate the last yoghurt? You, that's who.", "contempt", "the last yoghurt",
         "that's who"),
    ],
    # quotes and brackets: kept whole, never cut in half
    "quotes": [
        # a jab in brackets goes; the sentence around it stays
        ("You spent the whole of the wedding on your phone (messaging who, exactly?).",
         "blame", "the whole of the wedding on your phone", "exactly"),
        ('You said "I\'ll call the landlord" (twice!) and the tap still drips.', "blame",
         '"I\'ll call the landlord" (twice!)', "You said."),
        ("Your 'quick look' at the football took the whole evening.", "contempt",
         "quick look at the football took the whole evening", "'quick look'"),
    ],
    # sarcasm with no marker the rules know: never read literally
    "unmarked_sarcasm": [
        ("Real smooth, telling my sister her new haircut was a mistake at her own party.",
         "contempt", "you told my sister her new haircut", "smooth"),
        ("Sure, use my laptop for your game, it's not like I have a presentation at 10.",
         "contempt", "I have a presentation at 10", "not like"),
        ("Which part of 'no' did you not understand when you bought the puppy?", "contempt",
         "you bought the puppy", "which part"),
        ("I don't know what's worse, that you lost the ring or that you lied about it.",
         "contempt", "you lost the ring and you lied about it", "what's worse"),
        ("Oh perfect, you've 'organised' the shed, which means I can't find the drill.",
         "contempt", "I can't find the drill", "perfect"),
        ("Apparently the recycling sorts itself now. The bin is overflowing.", "contempt",
         "overflowing", "sorts itself"),
        ("Nice of you to finally answer. I rang at 4 and at 6.", "contempt", "at 4 and at 6",
         "nice of you"),
        ("Funny how you always have time for the pub but not for my dad's birthday.", "contempt",
         "my dad's birthday", "funny how"),
        ("Real mature, slamming the door when I asked about the phone bill.", "contempt",
         "the phone bill", "mature"),
    ],
    # a word joined by a hyphen or a list kept whole, not read as a break
    "pieces": [
        # a dismissal's topic ends at the comma ("about the bike i 'm done talking" before)
        ("whatever. sell the bike, i'm done talking", "stonewalling", "about the bike.",
         "'m done"),
        # an ask that is a put-down, or that does not come out as English, is left out: the
        # edit is never lost for it; a verb after "make me" is no order, and "I feel like …"
        # says the feeling already
        ("You make me feel like I'm stupid for asking about money.", "blame",
         "I feel like I'm stupid for asking about money.", "Could you feel"),
        ("The party is at your sister's at 7 on Saturday. Try not to sulk this time.",
         "demand", "at 7 on Saturday", "try not to"),
        ("You borrowed my car... again... and brought it back on empty.", "absolute",
         "and brought it back on empty", "car. and"),
        ("You said the parking fine was paid in May. I found the reminder. It wasn't.",
         "blame", "It wasn't.", "[what happened]"),
        ("Cool, so you've booked your brother's stag for our anniversary weekend.", "contempt",
         "our anniversary weekend", "Cool"),
        ("You booked a two-week holiday without asking and now I can't get the time off.",
         "blame", "two-week holiday", "two- "),
        ("You said you'd do three things: 1) fix the gate 2) ring the vet. Nothing done.",
         "contempt", "fix the gate", "Could you fix the gate 2"),
    ],
    # the fact inside a rhetorical question is kept when the jab goes
    "fact_in_jab": [
        ("Oh don't worry about me, I'll just get the bus home at 1am, it's fine.", "contempt",
         "get the bus home at 1am", "worry about me"),
        ("Any chance you could stop parking in my space? I was late twice this week.",
         "contempt", "Could you stop parking in my space?", "any chance"),
        ("Well done for finally fixing the gate. Took you four months.", "contempt",
         "It took you four months.", "well done"),
        ("Nobody asked you to repaint the hallway, Picasso.", "contempt",
         "you repainted the hallway without me asking", "Picasso"),
        ("- you said you'd renew the insurance\n- you didn't\n- the car isn't covered", "blame",
         "You didn't.", "•"),
        ("Is there any reason the recycling is still in the hall when collection was at 8?",
         "contempt", "I feel", "any reason"),
        ("Honestly who schedules a boiler service on Christmas Eve??", "contempt",
         "a boiler service on Christmas Eve", "who"),
        ("Thank you SO much for finishing the last of my birthday wine.", "contempt",
         "you finished the last of my birthday wine", "thank you"),
        ("I told you I work late on Thursdays, remember?", "blame", "Thursdays", "remember"),
        ("You put £80 on the credit card for a game and then tell me to budget?", "blame",
         "£80", "budget?"),
        ("You got 6 nights away this year and I got 1? Lovely.", "blame", "6 nights",
         "Lovely"),
        ("Why does the bin get taken out by me every Tuesday at 7 when you live here too?",
         "contempt", "every Tuesday at 7", "Why"),
        ("Is it physically impossible for you to hang the towels up?", "contempt",
         "hang the towels up", "impossible"),
        ("Thanks so much for telling your boss about our IVF before I was ready.", "contempt",
         "told your boss about our IVF", "Thanks"),
        ("Look who finally noticed I exist. Took you till Sunday to text back.", "contempt",
         "It took you till Sunday to text back.", "Look who"),
        ("Who leaves the oven on for 3 hours and goes out?", "contempt", "3 hours", "Who"),
        ("Remind me who said they'd collect the parcel by Friday?", "contempt", "by Friday",
         "Remind me"),
        ("Wonder who drank the last of the milk at 2am.", "contempt", "2am", "Wonder"),
    ],
    # the feeling: where the draft names none, never a vivid one its words do not carry
    "feeling": [
        ("You left the car with no petrol and I missed my train.", "blame", "I",
         "lonely"),
        ("The cat gets more cuddles from you than I do.", "blame", "the cat", "worried"),
        ("You took the garage key to work and I couldn't get the bikes out.", "blame",
         "the garage key", "lonely"),
    ],
    # session 9's blind reading: the feeling hung on a clause that is no cause, a name read
    # into the clause, a threat or a sting kept as written, a piece starting on "and"
    "no_cause": [
        ("Love you loads, honestly. But the recycling has been by the door since Monday and "
         "you walked past it twice.", "blame", "you walked past it twice", "love you"),
        ("Stop leaving the iron plugged in. You'll set the flat on fire one day.", "demand",
         "Could you stop leaving the iron plugged in?", "on fire"),
        # "you're gonna" / "ur gonna" forecast the partner as "you'll" does
        ("You're gonna burn the house down one day. You left the hob on again.", "blame",
         "when you left the hob on", "burn the house"),
        ("ur gonna forget your own head. you left the keys in the door again", "blame",
         "when you left the keys in the door", "own head"),
    ],
    "name_first": [
        ("Dev you borrowed my car on Friday and brought it back with the tank empty.",
         "blame", "when you borrowed my car on Friday", "when dev"),
    ],
    "threat_kept": [
        ("I swear if you leave your boots on the sofa one more time I'm binning them.",
         "threat", "Could you please not leave your boots on the sofa?", "binning"),
        ("if you don't ring the landlord about the boiler by friday, i will.", "threat",
         "Could you ring the landlord about the boiler by Friday?", "i will"),
        ("Pay me back the £40 by Sunday or I'm telling your brother.", "threat",
         "Could you pay me back the £40 by Sunday?", "brother"),
        ("if you shout at me again in front of the kids, I'm leaving", "threat",
         "Could you please not shout at me in front of the kids?", "leaving"),
    ],
    "sting_kept": [
        ("You said you'd be home at 6 and walked in at 9. I'm not stupid.", "blame",
         "You said you'd be home at 6 and walked in at 9.", "stupid"),
        ("I can't believe you booked the dentist for the morning of my exam.", "blame",
         "You booked the dentist for the morning of my exam.", "believe"),
        ("You walked in at midnight like nothing happened.", "blame", "at midnight",
         "nothing happened"),
        ("Brilliant, you're up. The dog has been sick on the landing since 6.", "contempt",
         "The dog has been sick on the landing since 6.", "brilliant"),
        ("ur basically never home before 10. the kids asked where you were.", "absolute",
         "you're not home before 10", "basically"),
    ],
    # session 10's blind reading: a sentence beside the complaint with nothing concrete in it
    # that only points (a question that asks nothing, a put-down order, a verdict)
    "bare_jab": [
        ("You left the car on empty again. Would it be that hard to fill it up?", "blame",
         "on empty", "that hard"),
        ("You booked the plumber for the day of my exam. Maybe look at yourself first.",
         "blame", "the day of my exam", "yourself"),
        ("You forgot the deadbolt again last night. It's not hard, Jen.", "blame",
         "the deadbolt", "not hard"),
        ("You wanted the dog, remember? So you walk him at 7.", "blame", "wanted the dog",
         "remember"),
    ],
    # blind sets 16 and 17 (session 15): "ur" before a noun ending in -ly or -ed is "your";
    # a conjunction whose clause was left out goes with it; a lone "i" and day names get
    # their capitals. Drafts written for this test.
    "texting_words": [
        ("my gym top is pink now bc someone washed it with ur red socks. cool", "contempt",
         "when my gym top is pink now because someone washed it with your red socks",
         "you're red"),
        ("ur sister rang again about the wedding. you never tell me anything that involves "
         "ur family", "absolute", "involves your family", "you're family"),
        ("u missed jo's party AGAIN. thats twice now. she's gonna stop asking us and honestly "
         "ur such a flake", "labeling", "stop asking us.", "us and"),
        ("the plumber comes wednesday and i need u home by 9. ur always out when i need u",
         "absolute", "comes Wednesday and I need", "always"),
    ],
    # blind set 18: the opening put-down went, and what it was about with it ("It's
    # Tuesdays 7-10" was left about nothing); now the feeling carries it. Written for this test.
    "put_down_topic": [
        ("You're so dramatic about my pottery class. It's Mondays 6-8 and it has been for two "
         "years.", "labeling", "I've been feeling frustrated about my pottery class. It's "
         "Mondays 6-8", "dramatic"),
        ("Why do you always leave the porch light on all night? The electric was £190 last "
         "month.", "absolute", "about the porch light. The electric was £190", "always"),
    ],
    # blind set 17: the user asked already, in their own words; a second ask of Tend's
    # ("Could we talk tonight?") beside it was read as invented. Drafts written for this test.
    "own_ask": [
        ("The bins rota needs sorting. You never do the food waste. Can we sit down on Sunday "
         "and split it?", "absolute", "Can we sit down on Sunday and split it?", "talk"),
        ("The car insurance renews on the 3rd and it's gone up to £940. You always leave this "
         "stuff to me. I'd like us to compare quotes together on Saturday morning.", "absolute",
         "I'd like us to compare quotes together on Saturday morning.", "could we"),
    ],
    # blame told through a condition: what was done or not, and what came of it, as facts
    "condition": [
        ("we'd be at the party by now if you hadn't spent 40 minutes on your hair", "blame",
         "you spent 40 minutes on your hair, and we're not at the party yet", "if you"),
        ("the plants wouldn't be dead if you'd watered them while I was in Leeds", "blame",
         "you didn't water them while I was in Leeds, and the plants are dead", "wouldn't"),
    ],
    # a threat on a thing not done in time: the ask is the thing done, the consequence goes
    "undone": [
        ("If the rent isn't in the joint account by Monday I'm calling your dad.", "threat",
         "Could you make sure the rent is in the joint account by Monday?", "your dad"),
        ("if the bins aren't out by 8 tonight I'm done asking", "demand",
         "Could you make sure the bins are out by 8 tonight?", "done asking"),
    ],
    # "either … or …": the first choice is the ask, the other goes. Written for this test.
    "either": [
        ("Either you ring the estate agent by Thursday or I'm cancelling the viewing myself.",
         "threat", "Could you ring the estate agent by Thursday?", "cancelling"),
        ("Either the drum kit is out of the spare room by the 10th or it's going on eBay.",
         "threat", "Could you make sure the drum kit is out of the spare room by the 10th?",
         "eBay"),
    ],
    # an act done again, then what follows: "please not" the act
    "again_and": [
        ("Leave the back gate open again and don't bother looking for the dog.", "threat",
         "Could you please not leave the back gate open?", "bother"),
    ],
    # where the partner is to be, held over a threat: the ask is to be there
    "be_there": [
        ("if ur not back by 7 for Mia's bath im putting her to bed myself and ur sleeping "
         "downstairs", "threat", "Could you be back by 7 for Mia's bath?", "downstairs"),
    ],
    # a verdict on the partner's ways is a sting, its clause no order
    "verdict_lead": [
        ("You booked the Airbnb in Whitby without checking my rota. Typical you, plan "
         "everything and tell me last.", "blame", "the Airbnb in Whitby", "Could you plan"),
    ],
    # what has gone on up to now: "that", not "when"
    "so_far": [
        ("you've been on your phone through every dinner this week, honestly", "blame",
         "I feel frustrated that you've been on your phone", "when you've"),
    ],
    # another person's partner held up beside the complaint: the comparison is the sting
    "comparison": [
        ("Priya's husband cooks for her every night. You haven't made dinner once since the "
         "2nd of March.", "absolute", "since the 2nd of March", "Priya"),
    ],
    # the user's report of asking, flagged read alone, kept whole with the feeling as its
    # cause (blind sets 22-23 lost it and kept "It's still in the box"). Written for this test.
    "asked_report": [
        ("I'm on nights all week and I asked you on Sunday to ring the council about the "
         "parking permit. It still hasn't been done. That's on you.", "blame",
         "I asked you on Sunday to ring the council about the parking permit", "on you"),
        ("I'm really upset. I texted you at 4 to grab nappies from Boots on the way back and "
         "you walked in at 7 with nothing. You never listen to a word I say.", "blame",
         "I texted you at 4 to grab nappies from Boots", "never"),
    ],
    # thanks that is meant stays thanks, never "I felt frustrated when you …"
    "sincere_thanks": [
        ("Thanks for sorting the car insurance, I really appreciate it. I did notice you left "
         "the paperwork all over the kitchen table, which I spilt coffee on at 7 this "
         "morning. Would it kill you to put things away?", "blame",
         "Thanks for sorting the car insurance", "when you sorted"),
    ],
    # "so we're just not going to talk about X??": the question it hides is the ask
    "not_talking": [
        ("so we're just not going to talk about the £250 parking fine then?? ok", "defensiveness",
         "Could we talk about the £250 parking fine", "[what"),
    ],
    # a thing alone and when: the ask, plainly; what only presses goes
    "bare_chore": [
        ("Hoovering. Before your mum arrives at 3. I'm not saying it twice.", "demand",
         "Could you take care of the hoovering before your mum arrives at 3?", "twice"),
        ("bins. tonight. not tomorrow, TONIGHT.", "demand",
         "Could you take care of the bins tonight, not tomorrow?", "tomorrow, tonight"),
        ("Litter tray. Tonight. It stinks out the whole landing and the cat won't go near "
         "it. You never do it.", "demand", "the cat won't go near it", "never"),
    ],
    # the only flag is a mark with no words: the sentence is what happened
    "mark_only": [
        ("why are you like this. it was ONE text asking if you got home safe 🙄", "contempt",
         "It was one text asking if you got home safe.", "like this"),
    ],
}  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "draft", "category", "kept", "lacks"),
    [(kind, *case) for kind, cases in UNSEEN_KINDS.items() for case in cases],
)
def test_minimal_edit_on_the_kinds_unseen_drafts_failed(
    kind: str, draft: str, category: str, kept: str, lacks: str, analyzer: nlp.Analyzer
) -> None:
    suggestion = first(analyzer, draft, category)
    assert kept in suggestion, f"[{kind}] {draft!r}\n-> {suggestion!r}"
    assert lacks.lower() not in suggestion.lower(), f"[{kind}] {draft!r}\n-> {suggestion!r}"
    written = " ".join(generated(draft, suggestion))
    assert not written or not fluency.explain(written, analyzer._nlp.pipe), suggestion
    assert not analyzer.analyze(suggestion).flagged, f"[{kind}] {suggestion!r} flagged again"


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("so you told Dev we'd host Christmas without asking me?? 🙄",
         "you told Dev we'd host Christmas without asking me"),
        ("It's our first weekend off in a month and you're on the PS5 like it's nothing.",
         "it's our first weekend off in a month and you're on the PS5"),
        ("You said 'five minutes' at 9.", ""),  # a quote stays the user's, or goes
        ("Really?", ""),
    ],
)  # fmt: skip
def test_restate_plain_clause(sentence: str, clause: str) -> None:
    assert restate.plain_clause(sentence) == clause


@pytest.mark.parametrize(
    ("before", "sentence", "framed"),
    [
        ("I've been feeling hurt.", "So you sold my bike on Saturday??",
         "I felt hurt when you sold my bike on Saturday."),
        ("I've been feeling lonely.", "It's our anniversary and you're at the pub again.",
         "I feel lonely when it's our anniversary and you're at the pub."),
        # The user's stance or a reason given is no cause of the feeling.
        ("I've been feeling hurt.", "I'm not the one who forgot Mia's recital.", None),
        ("I've been feeling hurt.", "It was late because you can't be bothered.", None),
        # Only right after the plain feeling.
        ("I felt hurt when you left.", "You sold my bike on Saturday.", None),
        # What the clause names is not said twice; what it does not name stays.
        ("I've been feeling frustrated about your 20 mins.",
         "ur 20 mins late and the film's started",
         "I feel frustrated when ur 20 mins late and the film's started."),
        ("I've been feeling hurt about the vape.", "You swore on Sunday you'd quit.",
         "I felt hurt about the vape when you swore on Sunday you'd quit."),
        # What is going on now takes "that"; texting "its" before a time is "it's".
        ("I've been feeling frustrated.", "so you're skipping my work do on Friday",
         "I feel frustrated that you're skipping my work do on Friday."),
        ("I've been feeling worried.", "its 2am and you're not home",
         "I feel worried when it's 2am and you're not home."),
        # A contrast inside: the feeling is not about its first half.
        ("I've been feeling frustrated.", "You want to help but I didn't ask you to redo my CV.",
         None),
        # A bracket or "!" splits the sentence when parsed: left alone.
        ("I've been feeling hurt.", "You spent the rent (£640!!) on Friday.", None),
    ],
)  # fmt: skip
def test_restate_in_frame(before: str, sentence: str, framed: str | None) -> None:
    assert restate.in_frame(before, sentence) == framed


@pytest.mark.parametrize(
    ("before", "sentence", "last", "framed"),
    [
        # The user's report of asking, after Tend's plain feeling: "since".
        ("I've been feeling frustrated.", "I asked you on Monday to book the vet.", "",
         ("I've been feeling frustrated since I asked you on Monday to book the vet.", True)),
        # ... with the partner's answer in it: "when", in the past.
        ("I've been feeling hurt.", "I texted you at 6 and you replied at 11 with 'k'.", "",
         ("I felt hurt when I texted you at 6 and you replied at 11 with 'k'.", True)),
        # The user's own feeling said alone, then what happened: one sentence, their words.
        ("I'm so hurt.", "You told your mum about the IVF on Friday.", "",
         ("I'm so hurt: you told your mum about the IVF on Friday.", True)),
        # First in the suggestion: Tend's closing feeling comes with it, and goes.
        ("", "I'm 30 weeks pregnant and I asked you to fit the cot on Sunday.",
         "I've been feeling worried about it.",
         ("I'm 30 weeks pregnant. I've been feeling worried since I asked you to fit the cot "
          "on Sunday.", False)),
        # A reason given is no report of what happened.
        ("I've been feeling hurt.", "I asked you on Monday because you never listen.", "", None),
        # "worn" alone is no feeling ("worn out" is).
        ("I'm worn.", "You left the bins out on Friday.", "", None),
    ],
)  # fmt: skip
def test_restated(before: str, sentence: str, last: str, framed: tuple[str, bool] | None) -> None:
    assert restate.restated(before, sentence, last) == framed


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("ur 45 mins late and the table's gone", "you're 45 mins late and the table's gone"),
        ("ur late again", "you're late again"),
        # "late" before a person is one who has died: never "you're".
        ("your late mum would have hated this", "your late mum would have hated this"),
    ],
)
def test_texting_your_late(said: str, plain: str) -> None:
    table = grammar.render_table()
    assert _plain(" ".join(table.get(w, w) for w in said.split())) == plain
