"""Writer "a" blame corpus round: writes corpus_blind_a.jsonl next to this script.

Every text is a literal below; templates are numbered in order of appearance so the
output is deterministic. Split follows the shared hash rule on the template id.
"""

from __future__ import annotations

import collections
import json
import pathlib
import sys

from safety_blind import CATEGORIES, split_of, texts_elsewhere, write_jsonl

PREFIX = "bb5a-"
HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "corpus_blind_a.jsonl"
OTHER = [HERE / "corpus_blind_b.jsonl"]

STYLES = {
    "lowercase_texting",
    "typos",
    "abbreviations",
    "emoji",
    "all_caps",
    "formal",
    "british",
    "american",
    "australian",
    "indian_english",
    "long_multi_sentence",
    "one_word_or_fragment",
    "voice_to_text",
    "polite_hedged",
    "angry_punctuation",
}

Row = tuple[str, str, str] | tuple[str, str, str, list[str]]
TEMPLATES: list[tuple[bool, list[str], str, list[Row]]] = []


def B(cats: str, form: str, *rows: Row) -> None:
    """A blaming template: cats space-separated; a row may add its own cats as a 4th item."""
    TEMPLATES.append((True, cats.split(), form, list(rows)))


def N(form: str, *rows: Row) -> None:
    """An innocent template."""
    TEMPLATES.append((False, [], form, list(rows)))


# ---------------------------------------------------------------- blaming: rhetorical_question
B(
    "contempt blame",
    "rhetorical_question",
    (
        "is it physically impossible to put a plate IN the dishwasher instead of on top of it",
        "dishes",
        "lowercase_texting",
    ),
    (
        "Is it physically impossible to hang a wet towel up rather than leave it on the bed?",
        "laundry",
        "british",
    ),
    ("is it physically impossible for u to close a cupboard door", "chores", "abbreviations"),
)
B(
    "contempt blame",
    "rhetorical_question",
    (
        "how many times does the litter tray have to overflow before somebody notices. rhetorical question obviously",
        "pets",
        "lowercase_texting",
    ),
    (
        "How many more times does the dog have to wee on the rug before someone other than me walks her??",
        "pets",
        "angry_punctuation",
    ),
    (
        "how many reminders does a grown adult need to book one doctors appointment",
        "doctor",
        "typos",
    ),
)
B(
    "blame contempt",
    "rhetorical_question",
    (
        "Got the landlord's email about the deposit, forwarding now. Also, who exactly did you think was going to pack the kitchen, the removal fairies?",
        "moving",
        "long_multi_sentence",
    ),
    ("who did u think was gonna pay the electric, the tooth fairy?? 🙄", "money", "emoji"),
)
B(
    "contempt",
    "rhetorical_question",
    (
        "Do you actually enjoy hearing the kids scream or is the headphones thing a coincidence",
        "kids",
        "american",
    ),
    (
        "do you actually hear the baby monitor or does it just not register once your headset is on",
        "gaming",
        "lowercase_texting",
    ),
    (
        "Do you genuinely not hear your alarm, or is the snooze button just your favourite hobby now?",
        "sleep",
        "british",
    ),
)
B(
    "blame mind_reading",
    "rhetorical_question",
    (
        "what part of 'we're saving for the flat' made you think a new bike was fine",
        "budget",
        "lowercase_texting",
    ),
    ("Which part of 'my mum is coming at six' did you not understand?", "in_laws", "formal"),
    ("wat part of 'dont post pics of the kids' was confusing", "social_media", "typos"),
)
B(
    "contempt absolute",
    "rhetorical_question",
    ("would it actually kill you to text back once in a while", "phones", "lowercase_texting"),
    (
        "Would it kill ya to put the seat back after you drive the car, mate? Every time.",
        "driving",
        "australian",
    ),
    ("would it kill u to wipe the stove after ur famous stir fry", "cooking", "abbreviations"),
)
B(
    "blame",
    "rhetorical_question",
    (
        "Running about 10 late, traffic on the bridge. Out of curiosity why am I the one who always has to ring the school when the kids are sick?",
        "school_run",
        "american",
        ["blame", "absolute"],
    ),
    (
        "why is it me who has to remember every single birthday on your side of the family",
        "birthdays",
        "lowercase_texting",
        ["blame", "absolute"],
    ),
)
B(
    "contempt blame",
    "rhetorical_question",
    (
        "did you seriously just open another energy drink at 11pm and then ask why you can't sleep",
        "sleep",
        "lowercase_texting",
    ),
    (
        "did u seriously light up on the balcony right after the doctor appointment lol what was the point of going",
        "smoking",
        "abbreviations",
    ),
)
B(
    "mind_reading contempt",
    "rhetorical_question",
    (
        "Does our anniversary mean anything to you or is it just another Tuesday in your calendar?",
        "anniversaries",
        "polite_hedged",
    ),
    (
        "does me being in bed next to u mean anything or is ur phone just more interesting",
        "intimacy",
        "typos",
    ),
    (
        "Does it matter to you at all that I've been sleeping in the spare room because of your snoring?",
        "snoring",
        "formal",
    ),
)
B(
    "contempt",
    "rhetorical_question",
    (
        "Have you ever once looked at the recycling bin and thought, maybe I could take this out?",
        "recycling",
        "british",
        ["contempt", "absolute"],
    ),
    (
        "have u ever in ur life checked if the thermostat was on 26 before leaving for work",
        "thermostat",
        "abbreviations",
        ["contempt", "absolute"],
    ),
)
B(
    "blame contempt",
    "rhetorical_question",
    (
        "Three parcels on the doorstep again. Are we running a warehouse now or are you going to tell me what all this is?",
        "online_shopping",
        "british",
        ["contempt", "absolute"],
    ),
    (
        "another box from that app?? are we opening a shop or what",
        "online_shopping",
        "lowercase_texting",
    ),
)
B(
    "contempt blame",
    "rhetorical_question",
    (
        "where r the keys. no wait let me guess, in the jacket u wore yesterday that's now in the wash",
        "lost_keys",
        "abbreviations",
    ),
    (
        "Where are the car keys?? Let me guess. Your gym bag. Again.",
        "lost_keys",
        "angry_punctuation",
        ["contempt", "blame", "absolute"],
    ),
)
B(
    "contempt",
    "rhetorical_question",
    (
        "so is your mate staying one more night or are we just adding him to the lease at this point",
        "houseguests",
        "lowercase_texting",
    ),
    (
        "Is your cousin ever actually leaving or should I start charging rent",
        "houseguests",
        "american",
    ),
    (
        "how long exactly is ur brother 'visiting' for because its been 3 weeks",
        "houseguests",
        "typos",
    ),
)
B(
    "blame",
    "rhetorical_question",
    (
        "What is the point of me making a weekly budget if the card gets used for takeaway four nights out of seven?",
        "budget",
        "formal",
    ),
    (
        "whats the point of the gym membership if the only exercise it gets is the direct debit",
        "exercise",
        "lowercase_texting",
        ["contempt", "blame"],
    ),
)
B(
    "contempt mind_reading",
    "rhetorical_question",
    ("who are you even texting at 1am that's so funny", "jealousy", "lowercase_texting"),
    ("Who is 'Jess gym' and why does she need to message you at midnight?", "jealousy", "american"),
)
B(
    "blame contempt",
    "rhetorical_question",
    (
        "ok so when r u planning to tell ur boss u have a family?? asking for the kids",
        "work_hours",
        "abbreviations",
    ),
    (
        "Quick one: does your company know you have a wife, or should I email HR and introduce myself",
        "work_hours",
        "american",
    ),
)
# ---------------------------------------------------------------- blaming: sarcasm
B(
    "contempt",
    "sarcasm",
    (
        "the dishes have now been 'soaking' long enough to qualify as a science project. congrats",
        "dishes",
        "lowercase_texting",
    ),
    (
        "That lasagne pan has been soaking since Sunday. I think it's developed its own personality at this point.",
        "dishes",
        "british",
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "Loved hearing about our weekend plans from your sister's Instagram story. Very efficient communication.",
        "social_media",
        "british",
    ),
    (
        "so glad i get to find out whats going on in my own house via ur facebook",
        "social_media",
        "lowercase_texting",
    ),
)
B(
    "contempt absolute",
    "sarcasm",
    (
        "Mark the calendar, the laundry basket has been emptied by someone who isn't me. Historic day",
        "laundry",
        "american",
    ),
    ("someone call the news, u actually cooked dinner 📸📸", "cooking", "emoji"),
    ("alert the media the bathroom bin got emptied and it wasnt me", "chores", "lowercase_texting"),
)
B(
    "contempt",
    "sarcasm",
    (
        "don't worry about the kids' dentist thing, i'll just add it to my other eleven jobs, i clearly have loads of free time",
        "kids",
        "lowercase_texting",
        ["contempt", "blame"],
    ),
    (
        "No no you relax, I'll do the school run AND the shop AND your mum's prescription, I love it, it's my hobby",
        "school_run",
        "british",
        ["contempt", "blame"],
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "cool cool so the vet bill is £300 and the dog ate your sock, which you left on the floor. good system",
        "pets",
        "lowercase_texting",
        ["contempt", "blame"],
    ),
    (
        "Great news, the cat's thrown up on your gaming chair. Apparently she also thinks you spend too long in it",
        "gaming",
        "british",
    ),
)
B(
    "contempt",
    "sarcasm",
    ("nice of u to join us, dinner was at 7 but sure 9:40 works too", "cooking", "abbreviations"),
    (
        "Glad the pub could spare you for an hour. The kids say hi, they remember you vaguely",
        "drinking",
        "british",
        ["contempt", "blame"],
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "Your snoring last night was truly inspiring, the neighbours probably recorded it for an album",
        "snoring",
        "american",
    ),
    (
        "congrats on the snoring, I think you broke your personal best, I got about 40 min of sleep",
        "snoring",
        "lowercase_texting",
        ["contempt", "blame"],
    ),
)
B(
    "contempt mind_reading",
    "sarcasm",
    (
        "I can see the budget spreadsheet I made is being treated as light reading. Very inspiring. Anyway, rent's due Friday.",
        "budget",
        "formal",
    ),
    ("love that the budget is more of a vibe than a plan for u", "budget", "lowercase_texting"),
)
B(
    "contempt",
    "sarcasm",
    (
        "Thermostat on 27 and the back door wide open. Heating the whole street are we? Generous.",
        "thermostat",
        "british",
    ),
    ("heating the garden again i see. birds must be loving it", "thermostat", "lowercase_texting"),
)
B(
    "contempt",
    "sarcasm",
    (
        "ah yes the classic strategy, park across two spaces so nobody can dent the car. including the neighbours who live here",
        "parking",
        "lowercase_texting",
    ),
    (
        "Another lovely note from number 12 about your parking. You're really becoming a local celebrity",
        "parking",
        "british",
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "Just checking that the 'one drink' is still going strong at hour four 🍻🙃",
        "drinking",
        "emoji",
    ),
    ("hows the 'quick pint' going, three hours in", "drinking", "lowercase_texting"),
    ("how's the one cigarette a day plan going, saw the new pack btw", "smoking", "typos"),
)
B(
    "contempt",
    "sarcasm",
    (
        "sure take ANOTHER work call at the dinner table, the lasagne doesnt mind going cold, neither do i",
        "work_hours",
        "lowercase_texting",
    ),
    (
        "Oh absolutely, take the call during the school play, Maya can do her solo again next year for you",
        "work_hours",
        "american",
        ["contempt", "blame"],
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "thrilling to watch you scroll for 45 minutes in bed. really romantic stuff, thank you",
        "intimacy",
        "lowercase_texting",
        ["contempt", "blame"],
    ),
    ("Such a fun date night, me and the back of your phone had a great chat", "phones", "british"),
)
B(
    "contempt",
    "sarcasm",
    (
        "loving the new recycling system where everything goes in the general bin and i fish it out after",
        "recycling",
        "lowercase_texting",
        ["contempt", "blame"],
    ),
    (
        "Brilliant sorting of the recycling again. Pizza box with half a pizza in it, truly a work of art.",
        "recycling",
        "british",
        ["contempt", "absolute"],
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "You must have an incredible memory to forget our anniversary two years running.",
        "anniversaries",
        "formal",
        ["contempt", "absolute"],
    ),
    (
        "amazing how u remember every fifa stat from 2009 but not my birthday",
        "birthdays",
        "abbreviations",
        ["contempt", "blame"],
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "Bought ANOTHER drill?? Good, now we have three drills and a shelf that's been on the floor since March.",
        "diy_repairs",
        "angry_punctuation",
    ),
    (
        "the shelf you put up is holding on beautifully. to the floor, mostly",
        "diy_repairs",
        "lowercase_texting",
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "so the coffee machine descaled itself? what a clever machine. funny how it waited for me to do it",
        "coffee",
        "lowercase_texting",
        ["contempt", "blame"],
    ),
    (
        "Last of the coffee used, empty bag put back in the cupboard. A bold move, I respect it.",
        "coffee",
        "british",
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "ohh so your password sharing is fine but me watching one episode ahead is a crime. noted",
        "streaming",
        "lowercase_texting",
        ["contempt", "defensiveness"],
    ),
    (
        "Loved finding out how our show ends from the 'continue watching' bar. Thanks so much for waiting like you promised.",
        "streaming",
        "american",
    ),
)
# ---------------------------------------------------------------- blaming: comparison_noun
B(
    "labeling contempt",
    "comparison_noun",
    ("three kids in this house and only two of them are under ten", "kids", "lowercase_texting"),
    (
        "Honestly some days it feels like I have three children and one of them has a beard and a PlayStation",
        "gaming",
        "british",
    ),
)
B(
    "labeling",
    "comparison_noun",
    (
        "Picked up the dry cleaning. Funny, Priya's husband does the whole week's ironing and still makes it to football.",
        "laundry",
        "british",
    ),
    ("my sister's bf actually cooks on weekdays, just saying", "cooking", "lowercase_texting"),
    (
        "Reena's husband takes the kids every Saturday so she can rest. Just mentioning.",
        "kids",
        "indian_english",
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    (
        "living with you is like living with a lodger who doesn't pay rent",
        "chores",
        "lowercase_texting",
    ),
    (
        "Sharing a flat with you is like having a flatmate from uni, except the flatmate at least bought loo roll.",
        "chores",
        "british",
    ),
)
B(
    "labeling",
    "comparison_noun",
    ("I married a man and somehow ended up with a roommate who nods", "intimacy", "american"),
    (
        "some days i feel like im married to a housemate, we just pass each other in the hall",
        "intimacy",
        "lowercase_texting",
        ["labeling", "blame"],
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    ("ur driving like a learner who's just discovered the horn", "driving", "abbreviations"),
    (
        "Next time can the rally driver let me out before the roundabout, I'd like to see the kids grow up.",
        "driving",
        "british",
    ),
)
B(
    "labeling",
    "comparison_noun",
    ("Even my dad, who thinks emails are a fad, replies faster than you.", "phones", "british"),
    ("my 80 yr old nan texts back quicker than u do fr", "phones", "abbreviations"),
)
B(
    "labeling contempt",
    "comparison_noun",
    (
        "Our dog has better table manners than you at your mum's. And he licks his own feet.",
        "in_laws",
        "american",
    ),
    (
        "the cat has a more regular sleep schedule than you and she's nocturnal",
        "sleep",
        "lowercase_texting",
    ),
)
B(
    "labeling",
    "comparison_noun",
    (
        "You're turning into your father, sat in that chair with the remote and the grunting.",
        "in_laws",
        "british",
    ),
    (
        "ur becoming ur mum with the guilt trips honestly",
        "in_laws",
        "abbreviations",
        ["labeling", "contempt"],
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    (
        "Tell the accountant of the year that the overdraft fee came in again",
        "money",
        "american",
        ["labeling", "contempt", "absolute"],
    ),
    (
        "Mr financial genius bought a second air fryer. We now own two air fryers.",
        "online_shopping",
        "lowercase_texting",
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    (
        "Had a lovely chat with your mates at the party. Well, watched you have one. I was basically the coat rack.",
        "friends",
        "british",
        ["labeling", "blame"],
    ),
    ("at ur friends' parties i'm basically furniture", "friends", "lowercase_texting", ["blame"]),
)
B(
    "labeling",
    "comparison_noun",
    (
        "Other people's partners plan a surprise for their birthday. I got a card from the petrol station.",
        "birthdays",
        "formal",
        ["labeling", "contempt"],
    ),
    (
        "every other wife at work got flowers on the anniversary. i got a 'happy anniversary m8' text",
        "anniversaries",
        "lowercase_texting",
        ["labeling", "contempt"],
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    (
        "pls tell the gym influencer his protein tubs are taking over the whole kitchen",
        "exercise",
        "abbreviations",
    ),
    (
        "The marathon man left his sweaty kit on the sofa again. Congrats on the 5k.",
        "exercise",
        "british",
        ["labeling", "contempt", "absolute"],
    ),
)
B(
    "labeling",
    "comparison_noun",
    (
        "My ex at least asked before inviting people to stay. Your lot just turn up with a suitcase.",
        "houseguests",
        "british",
        ["labeling", "blame"],
    ),
    (
        "your ex must have been a saint to put up with the drumming",
        "music",
        "lowercase_texting",
        ["labeling", "contempt"],
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    (
        "is the DJ in our living room done now? some of us have work at 7",
        "music",
        "lowercase_texting",
    ),
    (
        "Can the headliner turn the speaker down, the baby is asleep and so is everyone else in the postcode",
        "music",
        "british",
    ),
)
B(
    "labeling",
    "comparison_noun",
    (
        "Honestly the bloke from the garage fixed the tap in ten minutes. The one we've been 'getting round to' for a year.",
        "diy_repairs",
        "british",
        ["labeling", "blame"],
    ),
    (
        "the handyman did the shelf in 20 min. 20!! took u 6 months to not do it",
        "diy_repairs",
        "typos",
        ["labeling", "contempt"],
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    ("It's like living with a chimney. The whole flat smells.", "smoking", "british"),
    ("kissing you after a smoke is like licking an ashtray ngl", "smoking", "abbreviations"),
)
# ---------------------------------------------------------------- blaming: conditional_blame
B(
    "blame",
    "conditional_blame",
    ("we'd have the deposit by now if the takeaways stopped", "money", "lowercase_texting"),
    (
        "We would have had enough for Portugal if a certain someone hadn't 'invested' in crypto.",
        "holidays",
        "british",
        ["blame", "contempt"],
    ),
    (
        "wed be fine this month if u stuck to the grocery limit even once",
        "budget",
        "typos",
        ["blame", "absolute"],
    ),
)
B(
    "blame",
    "conditional_blame",
    ("If you'd booked the vet when I asked, she wouldn't be limping now.", "pets", "american"),
    ("if u had booked the GP when i said we wouldnt be in A&E rn", "doctor", "abbreviations"),
)
B(
    "blame",
    "conditional_blame",
    (
        "The kids would be in bed by 8 if someone didn't wind them up with tickle fights at 7:55",
        "kids",
        "american",
    ),
    (
        "the baby would actually sleep if somebody didn't turn the telly up to 40 every night",
        "sleep",
        "lowercase_texting",
        ["blame", "absolute"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Maybe if you put your phone down for one meal, you'd know what's going on with your own daughter.",
        "phones",
        "formal",
    ),
    (
        "maybe if u looked up from the screen once u'd notice i had my hair done",
        "phones",
        "abbreviations",
        ["blame", "absolute"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "It'd be a lot easier to be in the mood if I wasn't also everyone's cleaner, cook and alarm clock",
        "sex",
        "lowercase_texting",
    ),
    (
        "Perhaps I would feel more like it if I didn't spend all evening picking up after you.",
        "sex",
        "formal",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Grandma's visit went fine. Would've been nicer if you'd been there instead of on the golf course, but fine.",
        "in_laws",
        "american",
    ),
    (
        "yeah party was nice. wouldve been even nicer if my wife didnt leave at 9 for 'a headache'",
        "friends",
        "lowercase_texting",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "we wouldn't be late for literally everything if you got up when the first alarm went",
        "school_run",
        "lowercase_texting",
        ["blame", "absolute"],
    ),
    (
        "We wouldn't keep missing the first bell if the car had petrol in it the night before.",
        "school_run",
        "british",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Had you checked the boarding time like I asked, we would be on the plane, not in this queue.",
        "holidays",
        "formal",
    ),
    (
        "if uve actually printed the tickets we'd be on the ferry instead of sat here",
        "holidays",
        "typos",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "If the move had been planned a bit earlier by the person who said 'leave it to me', we wouldn't be sleeping on the floor tonight.",
        "moving",
        "british",
        ["blame", "contempt"],
    ),
    (
        "if someone had labelled the boxes like they promised i wouldnt be opening 12 boxes to find a kettle",
        "moving",
        "lowercase_texting",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "if u came to bed at a normal time u wouldnt be a zombie every morning",
        "gaming",
        "abbreviations",
        ["blame", "fixing"],
    ),
    (
        "If you didn't play until 3am, you might actually make the 9am meeting.",
        "gaming",
        "american",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "I wouldn't have to check your phone if you stopped being so secretive about it",
        "jealousy",
        "lowercase_texting",
        ["blame", "defensiveness"],
    ),
    (
        "If you didn't act weird every time she messages, I wouldn't ask.",
        "jealousy",
        "american",
        ["blame", "defensiveness"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Doctor said your blood pressure would probably be fine if the wine stopped at one glass. His words. Well, mostly.",
        "health",
        "british",
    ),
    (
        "ur back wouldnt hurt if u stopped lifting the whole gym by urself every morning",
        "exercise",
        "abbreviations",
        ["blame", "fixing"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "the car would still have a wing mirror if somebody checked the right side once in a while",
        "driving",
        "lowercase_texting",
        ["blame", "absolute"],
    ),
    (
        "We wouldn't have the parking ticket if you'd read the sign I pointed at",
        "parking",
        "american",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Locked out again. Wouldn't happen if keys lived on the hook like we agreed",
        "lost_keys",
        "british",
        ["blame", "absolute"],
    ),
    (
        "wouldnt need a locksmith if u didnt take both sets to work",
        "lost_keys",
        "lowercase_texting",
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "The bill would be half this if the heating wasn't running while you're at the pub.",
        "thermostat",
        "british",
    ),
    (
        "gas bill wouldnt be 300 if u didnt crank it to 28 every nite",
        "thermostat",
        "typos",
        ["blame", "absolute"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Honestly the coffee machine would still work if someone had descaled it even once this year.",
        "coffee",
        "american",
        ["blame", "absolute"],
    ),
    (
        "the milk wouldnt go off if it got put back in the fridge after ur 4th coffee",
        "coffee",
        "lowercase_texting",
    ),
)
# ---------------------------------------------------------------- blaming: bare_order
B(
    "demand",
    "bare_order",
    ("bins. tonight. not 'in a bit'", "chores", "lowercase_texting"),
    ("Recycling. Out. Tonight. Collection is 6am.", "recycling", "british"),
    ("DISHES. NOW.", "dishes", "all_caps"),
)
B(
    "demand",
    "bare_order",
    ("phone away at dinner, I mean it", "phones", "lowercase_texting"),
    ("Put the phone down and look at me when I'm talking.", "phones", "american"),
)
B(
    "demand",
    "bare_order",
    (
        "Bought the nappies and the formula, receipt's in the bag. Wash your bottles before you come to bed, not tomorrow.",
        "kids",
        "british",
    ),
    (
        "picked up ur prescription, its on the side. take it tonight and dont argue",
        "health",
        "lowercase_texting",
    ),
)
B(
    "demand",
    "bare_order",
    ("Turn. The. Music. Down.", "music", "one_word_or_fragment"),
    ("headphones. it's midnight.", "gaming", "lowercase_texting"),
)
B(
    "demand",
    "bare_order",
    (
        "Call your mother back today, I'm not doing it for you again.",
        "in_laws",
        "american",
        ["demand", "absolute"],
    ),
    (
        "ring ur mum back. ive had 3 voicemails from her asking if ur alive",
        "in_laws",
        "abbreviations",
    ),
)
B(
    "demand",
    "bare_order",
    ("Sort out the car insurance before Friday. Not my job this time.", "driving", "british"),
    (
        "u are booking the MOT this week. end of discussion",
        "driving",
        "abbreviations",
        ["demand", "stonewalling"],
    ),
)
B(
    "demand",
    "bare_order",
    (
        "Take your wet gym kit out of the bag. It's been in there since Sunday and the hallway smells like a changing room.",
        "exercise",
        "british",
    ),
    ("get ur trainers off the kitchen table", "exercise", "lowercase_texting"),
)
B(
    "demand",
    "bare_order",
    (
        "you are coming to the parents evening on thursday, put it in the calendar now",
        "school_run",
        "lowercase_texting",
    ),
    ("Tomorrow's drop-off is yours. Be at the gate by 8:40.", "school_run", "american"),
)
B(
    "demand",
    "bare_order",
    ("Laptop shut by 7. No more 'one last email'.", "work_hours", "british"),
    ("log off. now. its 9pm", "work_hours", "lowercase_texting"),
)
B(
    "demand",
    "bare_order",
    ("Delete that photo of me off your story. Now please.", "social_media", "british"),
    ("TAKE THE PIC DOWN", "social_media", "all_caps"),
)
B(
    "demand",
    "bare_order",
    (
        "make the dentist appointment today. I've asked three times",
        "doctor",
        "lowercase_texting",
        ["demand", "absolute"],
    ),
    (
        "Get that mole looked at this week, I'm not asking again",
        "doctor",
        "american",
        ["demand", "threat"],
    ),
)
B(
    "demand",
    "bare_order",
    ("Move the car off the neighbours' drive before they come home.", "parking", "british"),
    ("move ur car its blocking the bins AGAIN", "parking", "typos", ["demand", "absolute"]),
)
B(
    "demand",
    "bare_order",
    ("no more parcels this month. cancel the basket", "online_shopping", "lowercase_texting"),
    ("Send it back. We do not need a fourth lamp.", "online_shopping", "american"),
)
B(
    "demand",
    "bare_order",
    ("Your friend needs to be gone by Sunday. Tell him tonight.", "houseguests", "british"),
    (
        "tell ur sister shes leaving friday. not negotiable",
        "houseguests",
        "lowercase_texting",
        ["demand", "stonewalling"],
    ),
)
B(
    "demand",
    "bare_order",
    (
        "Feed the dog before you leave. And walk her. Properly, not to the corner.",
        "pets",
        "british",
    ),
    ("walk the dog. shes been crossing her legs since 3", "pets", "lowercase_texting"),
)
B(
    "demand",
    "bare_order",
    ("smoke outside. not the window, OUTSIDE", "smoking", "lowercase_texting"),
    (
        "No smoking in the car with the baby seat in it. Ever.",
        "smoking",
        "formal",
        ["demand", "absolute"],
    ),
)
B(
    "demand",
    "bare_order",
    ("Heating off when you leave. Every day.", "thermostat", "british", ["demand", "absolute"]),
    ("put the thermostat back to 20 and leave it", "thermostat", "lowercase_texting"),
)
# ---------------------------------------------------------------- blaming: consequence_threat
B(
    "threat",
    "consequence_threat",
    (
        "leave the dishes one more night and they're going in your side of the bed",
        "dishes",
        "lowercase_texting",
    ),
    (
        "One more dirty sock on the floor and it's going in the bin, not the wash.",
        "laundry",
        "british",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Miss the school concert for work again and you can explain it to her yourself, I'm done covering.",
        "work_hours",
        "american",
        ["threat", "absolute"],
    ),
    (
        "skip her bday party for a work trip and dont expect me to make excuses for u",
        "birthdays",
        "lowercase_texting",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Come home drunk again tonight and you're sleeping at your brother's.",
        "drinking",
        "british",
        ["threat", "absolute"],
    ),
    (
        "if u come home wasted again dont bother with the key",
        "drinking",
        "abbreviations",
        ["threat", "absolute"],
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Keep spending like this and the joint account is getting closed. Your call.",
        "money",
        "british",
    ),
    (
        "one more impulse buy and im taking my name off the card",
        "online_shopping",
        "lowercase_texting",
    ),
)
B(
    "threat",
    "consequence_threat",
    ("Bring her up one more time and see how the rest of the evening goes", "jealousy", "american"),
    ("keep liking his pics and see what happens", "social_media", "lowercase_texting"),
)
B(
    "threat",
    "consequence_threat",
    (
        "Post one more photo of the kids without asking and I'm changing all the passwords.",
        "social_media",
        "british",
    ),
    (
        "another pic of my face on ur insta without asking and ur blocked",
        "social_media",
        "abbreviations",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "That console goes in the loft the next time the kids see you up at 2am.",
        "gaming",
        "british",
    ),
    ("next time i find u gaming at 3 the xbox is going on ebay", "gaming", "lowercase_texting"),
)
B(
    "threat",
    "consequence_threat",
    (
        "Tell your mother she can come for Christmas, but if she starts on my cooking again I'm going to my sister's and you can host.",
        "in_laws",
        "long_multi_sentence",
    ),
    (
        "ok ur parents can come sunday but one comment about the weight and we're leaving",
        "in_laws",
        "lowercase_texting",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Keep ignoring the doctor and don't come crying to me when it gets worse.",
        "health",
        "american",
        ["threat", "contempt"],
    ),
    (
        "fine skip the physio. but dont moan to me about ur knee again",
        "health",
        "lowercase_texting",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Smoke in the house once more and I'm taking the baby to my mum's for the week",
        "smoking",
        "british",
    ),
    ("smell it on u one more time and im out", "smoking", "lowercase_texting"),
)
B(
    "threat",
    "consequence_threat",
    (
        "Drive like that with the kids in the car again and you won't be driving them anywhere.",
        "driving",
        "formal",
    ),
    (
        "speed like that again w me in the car and im getting out at the next light",
        "driving",
        "abbreviations",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Cancel on my friends one more time and I'm going to start making plans without you, full stop.",
        "friends",
        "american",
    ),
    (
        "flake on dinner with sam again and ur not invited to the next one",
        "friends",
        "lowercase_texting",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Book the holiday by Friday or I'm booking it with my sister instead.",
        "holidays",
        "british",
        ["threat", "demand"],
    ),
    (
        "book the cottage by tonight or im going alone",
        "holidays",
        "lowercase_texting",
        ["threat", "demand"],
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Keep snoring like that and you're on the sofa for good, I'm not joking this time",
        "snoring",
        "lowercase_texting",
    ),
    (
        "Either you see someone about the snoring or the spare room becomes your room.",
        "snoring",
        "formal",
        ["threat", "demand"],
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Lose the spare key again and you're paying for the locksmith, not me",
        "lost_keys",
        "american",
    ),
    ("next time u lose the keys ur sleeping in the car", "lost_keys", "abbreviations"),
)
B(
    "threat",
    "consequence_threat",
    (
        "If your mate is still on the sofa on Monday, I'm changing the wifi password and the locks. In that order.",
        "houseguests",
        "british",
    ),
    ("he's got till sunday or his stuff goes on the lawn", "houseguests", "lowercase_texting"),
)
B(
    "threat",
    "consequence_threat",
    (
        "use the last of the coffee again without telling me and ur buying every bag for a month ☕️😤",
        "coffee",
        "emoji",
    ),
    (
        "Change my profile on the TV again and I'm cancelling the subscription.",
        "streaming",
        "american",
    ),
)
# ---------------------------------------------------------------- blaming: bare_advice
B(
    "fixing",
    "bare_advice",
    ("just go to bed earlier then", "sleep", "lowercase_texting"),
    ("Just stop having coffee after lunch then, problem solved.", "coffee", "british"),
    ("then just dont drink coffee after 3?? simple", "sleep", "typos"),
)
B(
    "fixing",
    "bare_advice",
    (
        "tell your boss no then. it's not rocket science",
        "work_hours",
        "lowercase_texting",
        ["fixing", "contempt"],
    ),
    ("Just quit if you hate it so much.", "work_hours", "american"),
)
B(
    "fixing",
    "bare_advice",
    (
        "Sorry about your day love. Have you thought about just not replying to her messages?",
        "friends",
        "british",
    ),
    ("ugh sorry. just mute the group chat then, easy", "friends", "lowercase_texting"),
)
B(
    "fixing",
    "bare_advice",
    ("just tell ur mum ur not coming. done", "in_laws", "abbreviations"),
    ("If your dad annoys you that much, just stop going round on Sundays.", "in_laws", "british"),
)
B(
    "fixing",
    "bare_advice",
    (
        "Eat less bread and walk more, that's literally all the doctor is going to tell you anyway.",
        "health",
        "american",
        ["fixing", "contempt"],
    ),
    ("just do 10k steps a day, my app says thats all u need", "exercise", "abbreviations"),
)
B(
    "fixing",
    "bare_advice",
    (
        "if the kids wont listen just take the ipad off them. not that complicated",
        "kids",
        "lowercase_texting",
        ["fixing", "contempt"],
    ),
    (
        "Then be stricter with them. You're too soft, that's the whole problem.",
        "kids",
        "british",
        ["fixing", "labeling"],
    ),
)
B(
    "fixing",
    "bare_advice",
    ("stop checking ur bank app then if it stresses u out", "money", "abbreviations"),
    (
        "Just cancel the subscriptions you don't use and stop worrying about it.",
        "budget",
        "american",
    ),
)
B(
    "fixing",
    "bare_advice",
    (
        "Just leave earlier then, the traffic's the same every day.",
        "driving",
        "british",
        ["fixing", "absolute"],
    ),
    ("take the train if the motorway stresses u that much", "driving", "lowercase_texting"),
)
B(
    "fixing",
    "bare_advice",
    (
        "get one of those nose strip things and stop moaning that you're tired",
        "snoring",
        "lowercase_texting",
        ["fixing", "contempt"],
    ),
    ("Buy earplugs. That's what I did.", "snoring", "american"),
)
B(
    "fixing",
    "bare_advice",
    ("just delete the app if the comments upset u so much", "social_media", "lowercase_texting"),
    ("Simple solution: stop reading the comments.", "social_media", "formal"),
)
B(
    "fixing",
    "bare_advice",
    (
        "Re your mum's lodger drama: just tell her to move out. You're overthinking it.",
        "houseguests",
        "british",
        ["fixing", "mind_reading"],
    ),
    ("just tell ur cousin to leave, ur an adult", "houseguests", "abbreviations"),
)
B(
    "fixing",
    "bare_advice",
    (
        "Just use the bathroom scales less then. You're obsessed.",
        "exercise",
        "british",
        ["fixing", "labeling"],
    ),
    ("then stop weighing urself every morning lol", "exercise", "lowercase_texting"),
)
B(
    "fixing",
    "bare_advice",
    ("its a dog, just get a trainer and stop stressing", "pets", "lowercase_texting"),
    (
        "Honestly just crate him at night and he'll get over it, you baby him.",
        "pets",
        "american",
        ["fixing", "labeling"],
    ),
)
B(
    "fixing",
    "bare_advice",
    (
        "sounds like u just need to stop playing online if the kids online wind u up",
        "gaming",
        "abbreviations",
    ),
    (
        "You need to get off the headset if it makes you this angry.",
        "gaming",
        "british",
        ["fixing", "demand"],
    ),
)
B(
    "fixing",
    "bare_advice",
    ("just go to a different gp if that one doesnt listen", "doctor", "lowercase_texting"),
    ("Just ask for the tablets. They'll give you whatever you ask for.", "doctor", "british"),
)
B(
    "fixing",
    "bare_advice",
    (
        "Then just throw half of it out. We've got way too much stuff, that's why the packing is taking forever.",
        "moving",
        "american",
        ["fixing", "blame"],
    ),
    ("just bin whatever doesnt fit in the van tbh", "moving", "abbreviations"),
)
B(
    "fixing",
    "bare_advice",
    (
        "Put a jumper on and stop complaining it's cold. You're in a t-shirt in December.",
        "thermostat",
        "british",
        ["fixing", "contempt"],
    ),
    ("wear a jumper then 🤷‍♀️", "thermostat", "emoji"),
)
# ---------------------------------------------------------------- blaming: affection_then_complaint
B(
    "absolute",
    "affection_then_complaint",
    (
        "love you loads but you never ever put the lid back on anything",
        "chores",
        "lowercase_texting",
    ),
    ("Love you to bits, but you have never once refilled the soap dispenser.", "chores", "british"),
    ("luv u but u NEVER replace the loo roll", "chores", "abbreviations"),
)
B(
    "mind_reading",
    "affection_then_complaint",
    (
        "You know I adore you, but you clearly don't care about anything I plan for us.",
        "anniversaries",
        "polite_hedged",
    ),
    ("babe ilysm but u obviously dont care about my friends", "friends", "abbreviations"),
)
B(
    "blame",
    "affection_then_complaint",
    (
        "Thanks for the flowers, they're gorgeous ❤️ shame I had to remind you it was our anniversary though",
        "anniversaries",
        "emoji",
        ["blame", "contempt"],
    ),
    (
        "the necklace is lovely thank u. would've been lovelier on the actual day instead of 3 days later",
        "birthdays",
        "lowercase_texting",
        ["blame", "contempt"],
    ),
)
B(
    "absolute blame",
    "affection_then_complaint",
    (
        "You're a great dad, honestly, but it's always me doing bedtime and I'm exhausted.",
        "kids",
        "american",
    ),
    (
        "ur an amazing mum but im always the one who ends up doing the school run",
        "school_run",
        "abbreviations",
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "Dinner was amazing thank you!! Kitchen looks like a bomb hit it though, as always 😅",
        "cooking",
        "emoji",
        ["absolute", "contempt"],
    ),
    (
        "Lovely curry, really. Every pan we own is now dirty, as per usual.",
        "cooking",
        "british",
        ["absolute", "contempt"],
    ),
)
B(
    "mind_reading",
    "affection_then_complaint",
    (
        "I love you and I know you're busy, but it feels like you only want me when the lights are off.",
        "sex",
        "polite_hedged",
        ["mind_reading", "blame"],
    ),
    (
        "love u but ur only affectionate when u want something",
        "intimacy",
        "lowercase_texting",
        ["mind_reading", "absolute"],
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "Miss you already 😘 Also for the 100th time, your wet towel is not a bedspread.",
        "laundry",
        "emoji",
        ["absolute", "contempt"],
    ),
    (
        "miss u lots. pls for the millionth time rinse the sink after u shave",
        "chores",
        "lowercase_texting",
    ),
)
B(
    "labeling",
    "affection_then_complaint",
    (
        "You're my favourite person, but you are the messiest human I've ever met.",
        "chores",
        "british",
    ),
    (
        "love u, ur also an absolute slob, both true",
        "chores",
        "lowercase_texting",
        ["labeling", "contempt"],
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "Sweetheart I know you mean well but you're always on that phone when we finally get time together",
        "phones",
        "american",
    ),
    ("i know ur trying hun but ur always on ur phone when im talking", "phones", "typos"),
)
B(
    "blame",
    "affection_then_complaint",
    (
        "Had a nice evening, thank you. Just wish you hadn't spent half of it talking to your ex on the balcony.",
        "jealousy",
        "british",
        ["blame", "contempt"],
    ),
    (
        "fun night ily. still weird that u went outside to take her call tho",
        "jealousy",
        "lowercase_texting",
        ["blame", "mind_reading"],
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "love that u want to get fit babe, but ur never home anymore, it's always the gym",
        "exercise",
        "abbreviations",
        ["absolute", "blame"],
    ),
    (
        "Proud of you for the training, genuinely, but we never do anything together now.",
        "exercise",
        "polite_hedged",
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "You're the best cuddle partner but the snoring, every single night, it has to be sorted",
        "snoring",
        "lowercase_texting",
        ["absolute", "demand"],
    ),
    (
        "Best husband in the world. Worst snorer in the world. Every night. Please see someone.",
        "snoring",
        "british",
        ["absolute", "demand"],
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "love you but you never take me anywhere nice anymore, it's always your parents' or the pub",
        "holidays",
        "lowercase_texting",
    ),
    (
        "I love our little home but we never go away together, you always find a reason not to.",
        "holidays",
        "polite_hedged",
        ["absolute", "blame"],
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "Miss u ❤️ pls actually pick up when i call this time, u never do on work trips",
        "work_hours",
        "emoji",
    ),
    (
        "Love you. Please remember to call the kids tonight — you forgot the last three nights.",
        "work_hours",
        "american",
        ["blame", "absolute"],
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "I adore the dog as much as you do but it's always me picking up after him in the rain",
        "pets",
        "lowercase_texting",
        ["absolute", "blame"],
    ),
    (
        "You're so sweet with the cat. Shame you never notice the litter tray.",
        "pets",
        "british",
        ["absolute", "contempt"],
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "great playlist babe but every night at 1am?? the neighbours and i need sleep",
        "music",
        "lowercase_texting",
        ["absolute", "blame"],
    ),
    (
        "Love your singing, honestly, but not every single morning at 6 in the shower",
        "music",
        "american",
    ),
)
B(
    "absolute",
    "affection_then_complaint",
    (
        "thanks for fixing the hinge ❤️ now if the other 14 jobs on the list ever get done that'd be a miracle",
        "diy_repairs",
        "emoji",
        ["absolute", "contempt"],
    ),
    (
        "Appreciate you sorting the fence. The bathroom tap has been dripping for two years though, just saying.",
        "diy_repairs",
        "british",
        ["blame"],
    ),
)
# ---------------------------------------------------------------- blaming: explicit_keyword (unusual wording)
B(
    "absolute",
    "explicit_keyword",
    (
        "not once in six years have you remembered bin day without me saying",
        "chores",
        "lowercase_texting",
    ),
    ("Not one single time since we moved in have you cleaned the oven.", "cooking", "british"),
)
B(
    "blame",
    "explicit_keyword",
    (
        "We're late for your mum's because somebody needed a 40 minute shower. That's all on you.",
        "in_laws",
        "american",
    ),
    ("missed the ferry and thats 100% on u and ur 'quick coffee'", "holidays", "abbreviations"),
)
B(
    "blame contempt",
    "explicit_keyword",
    ("Cheers to you and your 'shortcut', we're now 40 min from anywhere", "driving", "british"),
    (
        "big thanks to u and ur shortcut, we're officially lost in a field",
        "driving",
        "lowercase_texting",
    ),
)
B(
    "labeling",
    "explicit_keyword",
    (
        "selfish much?? you ate the last of the birthday cake i bought for MY mum",
        "birthdays",
        "angry_punctuation",
        ["labeling", "contempt"],
    ),
    (
        "bit selfish innit, finishing the milk and leaving the carton in the fridge",
        "coffee",
        "british",
    ),
)
B(
    "mind_reading",
    "explicit_keyword",
    (
        "clearly my stuff comes last on ur list of things to care about",
        "moving",
        "lowercase_texting",
    ),
    (
        "It's obvious you couldn't care less how I feel about your mother staying.",
        "in_laws",
        "formal",
    ),
)
B(
    "labeling",
    "explicit_keyword",
    (
        "lazy lazy lazy. three days and the laundry is still in the machine",
        "laundry",
        "lowercase_texting",
        ["labeling", "contempt"],
    ),
    (
        "Lazybones, the washing's been sat in the drum since Friday and it stinks now",
        "laundry",
        "british",
        ["labeling", "blame"],
    ),
)
B(
    "blame",
    "explicit_keyword",
    ("ur the reason we're skint this month, just so u know", "money", "abbreviations"),
    (
        "You're the reason the card got declined at the till. Embarrassing.",
        "money",
        "american",
        ["blame", "contempt"],
    ),
)
B(
    "absolute",
    "explicit_keyword",
    (
        "forever and always its me on nappy duty at 3am",
        "kids",
        "lowercase_texting",
        ["absolute", "blame"],
    ),
    (
        "Each and every night I'm the one up with the baby. Each and every night.",
        "sleep",
        "formal",
        ["absolute", "blame"],
    ),
)
B(
    "mind_reading",
    "explicit_keyword",
    ("you just love being right more than you love me", "friends", "lowercase_texting"),
    (
        "You'd rather win an argument than have a wife.",
        "friends",
        "american",
        ["mind_reading", "contempt"],
    ),
)
B(
    "labeling contempt",
    "explicit_keyword",
    ("Honestly you're such a kid about the doctor. A 38 year old kid.", "doctor", "british"),
    ("ur such a baby about needles omg its a blood test", "doctor", "abbreviations"),
)
B(
    "blame",
    "explicit_keyword",
    (
        "thanks to your late night 'one more game' i'm on four hours sleep. again.",
        "gaming",
        "lowercase_texting",
        ["blame", "absolute"],
    ),
    (
        "Thanks to your snoring I slept in the bath. The BATH.",
        "snoring",
        "angry_punctuation",
        ["blame", "contempt"],
    ),
)
B(
    "absolute",
    "explicit_keyword",
    (
        "every flipping time we go out you end up smashed",
        "drinking",
        "british",
        ["absolute", "blame"],
    ),
    (
        "EVERY. SINGLE. PARTY. u end up sick in someones bathroom",
        "drinking",
        "all_caps",
        ["absolute", "contempt"],
    ),
)
B(
    "labeling",
    "explicit_keyword",
    (
        "Jealous much? It was a colleague saying happy birthday, calm down.",
        "jealousy",
        "british",
        ["labeling", "contempt"],
    ),
    ("ur so possessive its actually exhausting", "jealousy", "lowercase_texting"),
)
B(
    "mind_reading",
    "explicit_keyword",
    ("You only started running to get away from me, admit it.", "exercise", "american"),
    (
        "u only offer to cook when ur mates are round so u look good",
        "cooking",
        "abbreviations",
        ["mind_reading", "contempt"],
    ),
)
B(
    "blame",
    "explicit_keyword",
    (
        "the cat's sick because you keep feeding her ham under the table. you did this",
        "pets",
        "lowercase_texting",
    ),
    (
        "It's your fault the dog won't sleep in his bed now, you let him on ours.",
        "pets",
        "american",
    ),
)
B(
    "labeling contempt",
    "explicit_keyword",
    ("ur a walking ashtray lately", "smoking", "abbreviations"),
    ("You're turning into a proper smoker again and it's grim.", "smoking", "british"),
)
# ---------------------------------------------------------------- blaming: mixed voices, logistics around one blaming line
B(
    "contempt blame",
    "rhetorical_question",
    (
        "ok so i got the chicken and the rice and the kids are at mine till 6 but quick question why is the sink still full of your porridge pot from monday",
        "dishes",
        "voice_to_text",
    ),
    (
        "hey just leaving work now traffic looks bad anyway can you tell me why theres a pile of washing on the stairs that ive stepped over for four days",
        "laundry",
        "voice_to_text",
        ["contempt", "blame", "absolute"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Mum says hi and the plumber is coming Thursday between 8 and 12. We'd not need him at all if the hair didn't go down the plughole every morning, but fine.",
        "chores",
        "long_multi_sentence",
    ),
    (
        "Parcel for you at the post office, slip is on the fridge. Also the doctor's receptionist rang, apparently you missed another appointment, which is why your prescription ran out. Dinner at 7.",
        "doctor",
        "long_multi_sentence",
        ["blame", "absolute"],
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "Yeah nah mate, love coming home to the esky full of empties on the kitchen bench, real classy",
        "drinking",
        "australian",
    ),
    (
        "Reckon the ute's parked across the whole driveway for a reason, ay? Can't get the pram out. Legend.",
        "parking",
        "australian",
        ["contempt", "blame"],
    ),
)
B(
    "demand",
    "bare_order",
    (
        "Please do the needful and call the electrician today itself, I have told you three times already.",
        "diy_repairs",
        "indian_english",
        ["demand", "absolute"],
    ),
    (
        "Mummy is coming tomorrow morning, you clean the guest room today itself. No excuses.",
        "houseguests",
        "indian_english",
    ),
)
B(
    "blame",
    "explicit_keyword",
    (
        "Because of you only we missed the train yesterday, now my parents are upset with me.",
        "in_laws",
        "indian_english",
    ),
    (
        "You only told everyone about the baby before we decided, now my whole family is calling me. Thanks a lot.",
        "social_media",
        "indian_english",
        ["blame", "contempt"],
    ),
)
B(
    "stonewalling",
    "shutdown",
    (
        "whatever. do the holiday with ur mates then",
        "holidays",
        "one_word_or_fragment",
        ["stonewalling", "contempt"],
    ),
    ("k. enjoy ur game", "gaming", "one_word_or_fragment", ["stonewalling", "contempt"]),
    (
        "Fine. Forget the anniversary dinner.",
        "anniversaries",
        "one_word_or_fragment",
        ["stonewalling"],
    ),
)
B(
    "contempt",
    "rhetorical_question",
    ("SERIOUSLY?? ANOTHER NEW GAME???", "gaming", "all_caps"),
    (
        "ARE YOU KIDDING ME, THE STREAMING BILL DOUBLED AGAIN??",
        "streaming",
        "all_caps",
        ["contempt", "blame", "absolute"],
    ),
)
B(
    "contempt mind_reading",
    "sarcasm",
    (
        "Oh cool so you just decided we're having your mates over on the one weekend I'm off!!! Brilliant planning!!!",
        "friends",
        "angry_punctuation",
    ),
    (
        "so the recycling bin is full of beer cans AGAIN?! and the bottles just go next to it now?!",
        "recycling",
        "angry_punctuation",
        ["contempt", "absolute"],
    ),
)
B(
    "mind_reading",
    "affection_then_complaint",
    (
        "I hope this doesn't come out wrong, and I really do love you, but it sometimes feels like you don't actually want to be touched by me anymore.",
        "intimacy",
        "polite_hedged",
        ["mind_reading"],
    ),
    (
        "Sorry to bring it up again, sweetheart, but I think you'd honestly rather sleep than be with me.",
        "sex",
        "polite_hedged",
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "so the plan is we have sex on my birthday and like... christmas? 🙃",
        "sex",
        "emoji",
        ["contempt", "blame"],
    ),
    (
        "date night = u asleep on the sofa by 9 😂😂 very sexy",
        "sex",
        "emoji",
        ["contempt", "labeling"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "we wouldnt be paying for four streaming apps if someone cancelled the free trials like they said they would",
        "streaming",
        "lowercase_texting",
    ),
    (
        "If you hadn't shared the password with your whole office, we wouldn't have got kicked off mid-episode.",
        "streaming",
        "american",
    ),
)
B(
    "fixing",
    "bare_advice",
    (
        "Just take a paracetamol and get on with it, it's only a headache 🤷",
        "health",
        "emoji",
        ["fixing", "contempt"],
    ),
    ("u should just go vegan tbh, would fix ur stomach stuff", "health", "abbreviations"),
)
B(
    "threat",
    "consequence_threat",
    (
        "Last warning about the recycling, the council fined us £60. Next fine comes out of YOUR money!!",
        "recycling",
        "angry_punctuation",
    ),
    (
        "Forget our anniversary this year and honestly don't bother getting me anything ever again.",
        "anniversaries",
        "polite_hedged",
        ["threat", "contempt"],
    ),
)
B(
    "contempt absolute",
    "sarcasm",
    (
        "ahh the dishwasher, that magic box that empties itself apparently",
        "dishes",
        "lowercase_texting",
        ["contempt"],
    ),
    (
        "The dishwasher finished two hours ago. I'm sure it will unload itself eventually, like it always does.",
        "dishes",
        "american",
    ),
)
# ================================================================ innocent rows
# ---------------------------------------------------------------- praise_absolute
N(
    "praise_absolute",
    (
        "you always know exactly what to say when work gets on top of me",
        "work_hours",
        "lowercase_texting",
    ),
    ("You always know how to calm the kids down, I don't know how you do it", "kids", "american"),
    ("u always know when i need a brew ☕️❤️", "coffee", "emoji"),
)
N(
    "praise_absolute",
    (
        "You never once complained about driving me to every scan. I noticed, and I love you for it.",
        "doctor",
        "polite_hedged",
    ),
    (
        "never met anyone who makes me laugh like u do, not once in 8 yrs have u failed",
        "friends",
        "abbreviations",
    ),
)
N(
    "praise_absolute",
    ("every single time you cook that curry i fall in love again", "cooking", "lowercase_texting"),
    (
        "Every time you sing in the car the kids go wild, best part of the school run",
        "school_run",
        "british",
    ),
)
N(
    "praise_absolute",
    (
        "You're always the first one up with the baby and you never make me feel bad for sleeping. Thank you.",
        "sleep",
        "formal",
    ),
    (
        "ur literally always there for my mum and she notices, she told me today",
        "in_laws",
        "abbreviations",
    ),
)
N(
    "praise_absolute",
    ("YOU ALWAYS GET THE BEST PRESENTS!!! i'm obsessed with this scarf", "birthdays", "all_caps"),
    ("You never forget a birthday in my family, my aunt was so touched", "birthdays", "british"),
)
N(
    "praise_absolute",
    (
        "you're the only person who never makes me feel silly about the doctor stuff",
        "health",
        "lowercase_texting",
    ),
    (
        "Every single rehome post you share, someone adopts. You're a pet whisperer",
        "pets",
        "american",
    ),
)
# ---------------------------------------------------------------- gratitude
N(
    "gratitude",
    (
        "thanks to you i actually made my train, the lunch you packed saved me too",
        "work_hours",
        "lowercase_texting",
    ),
    (
        "Thanks to you the boiler's working and the house is warm again. Hero.",
        "thermostat",
        "british",
    ),
)
N(
    "gratitude",
    ("because of u i finally tried the climbing wall and i LOVED it", "exercise", "abbreviations"),
    (
        "Because of you I've actually got a pension now, thanks for sitting me down with the numbers",
        "money",
        "american",
    ),
)
N(
    "gratitude",
    (
        "Thank you so much for taking my mum to her appointment today, it really meant a lot to her and to me.",
        "doctor",
        "formal",
    ),
    ("thank u for handling the vet today, i couldnt have done it", "pets", "abbreviations"),
)
N(
    "gratitude",
    (
        "Just wanted to say thanks for doing all the packing while I was away. The flat looks amazing.",
        "moving",
        "british",
    ),
    ("thx for sorting the bins AND the recycling, didnt even ask 🙏", "recycling", "emoji"),
)
N(
    "gratitude",
    (
        "It's all down to you that the party worked. My sister can't stop talking about it.",
        "birthdays",
        "british",
    ),
    (
        "its all your doing that the garden looks like this, neighbours keep stopping to stare 😍",
        "diy_repairs",
        "emoji",
    ),
)
# ---------------------------------------------------------------- affectionate_tease
N(
    "affectionate_tease",
    ("you absolute dork, you left me a love note in the coffee tin 😂❤️", "coffee", "emoji"),
    ("you muppet, you put the milk in the cupboard again lol. love you", "coffee", "british"),
)
N(
    "affectionate_tease",
    (
        "Your dancing in the kitchen last night was tragic and I want it every night forever",
        "music",
        "american",
    ),
    ("ur singing is so bad its good, do the whitney one again tonight", "music", "abbreviations"),
)
N(
    "affectionate_tease",
    ("don't you dare eat the last brownie, i've counted them 😂", "cooking", "emoji"),
    ("Touch my leftover pizza and there will be consequences. Love you x", "cooking", "british"),
)
N(
    "affectionate_tease",
    ("you snore like a tiny tractor and it's weirdly adorable", "snoring", "lowercase_texting"),
    (
        "Ha, you fell asleep mid sentence again, you sleepy old thing. Blanket's on you.",
        "sleep",
        "british",
    ),
)
N(
    "affectionate_tease",
    ("nerd alert, you've been reading the dishwasher manual for 20 mins 😂", "dishes", "emoji"),
    ("OMG YOU ACTUALLY ALPHABETISED THE SPICES. NERD. I love it", "cooking", "all_caps"),
)
# ---------------------------------------------------------------- generic_you
N(
    "generic_you",
    (
        "you can never be too careful with ticks this time of year, checked the dog tonight",
        "pets",
        "lowercase_texting",
    ),
    (
        "You can never be too careful with black ice, I'm taking the long road.",
        "driving",
        "british",
    ),
)
N(
    "generic_you",
    (
        "article says you should never leave a phone charging overnight on the bed, moving mine",
        "phones",
        "lowercase_texting",
    ),
    ("Apparently you should never wash a down jacket at 40. Who knew", "laundry", "american"),
)
N(
    "generic_you",
    (
        "u know ur getting old when the best part of the holiday is the hotel pillow lol",
        "holidays",
        "abbreviations",
    ),
    ("You know it's winter when the cat starts sleeping on the router", "thermostat", "british"),
)
N(
    "generic_you",
    (
        "In this job you always end up staying late on Fridays, everyone does. Back by 8.",
        "work_hours",
        "american",
    ),
    (
        "its one of those games where you never actually finish it, you just stop",
        "gaming",
        "lowercase_texting",
    ),
)
N(
    "generic_you",
    (
        "When you move house you always find a box you don't remember packing. Found the wedding photos!",
        "moving",
        "long_multi_sentence",
    ),
    (
        "you can't be too careful with a fresh tattoo, the guy said keep it out of the sun",
        "health",
        "lowercase_texting",
    ),
)
# ---------------------------------------------------------------- idiom
N(
    "idiom",
    ("I'm absolutely dead after that spin class, never again lol", "exercise", "british"),
    (
        "that bootcamp class killed me. never again. (see u thursday)",
        "exercise",
        "lowercase_texting",
    ),
)
N(
    "idiom",
    (
        "It's raining cats and dogs, bring the big umbrella to pick up the kids",
        "school_run",
        "american",
    ),
    ("chucking it down here, take the brolly when u go for the kids", "school_run", "british"),
)
N(
    "idiom",
    (
        "This traffic is going to be the death of me. Home by 7 hopefully",
        "driving",
        "lowercase_texting",
    ),
    ("ugh this move is gonna be the death of me, 40 boxes down tho 💪", "moving", "emoji"),
)
N(
    "idiom",
    ("Break a leg at the interview tomorrow!! You've got this", "work_hours", "angry_punctuation"),
    (
        "break a leg at the 10k tmrw babe, ill be at the finish w snacks",
        "exercise",
        "abbreviations",
    ),
)
N(
    "idiom",
    (
        "the new puppy is driving me up the wall in the best way, she stole a whole sock today",
        "pets",
        "lowercase_texting",
    ),
    ("Nan's cooking is to die for, we have to go Sunday", "in_laws", "british"),
)
# ---------------------------------------------------------------- vent_third_party
N(
    "vent_third_party",
    (
        "my boss never replies to anything before 4pm and then wants it all done by 5. so sorry, running late",
        "work_hours",
        "lowercase_texting",
    ),
    (
        "My manager always moves the meeting at the last minute, I'll be home late again, sorry love",
        "work_hours",
        "british",
    ),
)
N(
    "vent_third_party",
    (
        "The school literally always emails about non-uniform day the night before. Do we have anything red??",
        "school_run",
        "american",
    ),
    ("school sent ANOTHER letter about nits. do we have the comb", "kids", "lowercase_texting"),
)
N(
    "vent_third_party",
    (
        "ugh the neighbours upstairs are doing the drum thing again, you'd think they'd learn",
        "music",
        "lowercase_texting",
    ),
    (
        "The bloke at number 4 has parked across our drive again. Should I knock or leave a note?",
        "parking",
        "british",
    ),
)
N(
    "vent_third_party",
    (
        "my mum is being so selfish about christmas, she wants everyone at hers and nobody asked us. vent over, love u",
        "in_laws",
        "lowercase_texting",
    ),
    (
        "My cousin Shila is so lazy about replying on the family group, I've asked her about the dates three times. Can you try?",
        "holidays",
        "indian_english",
    ),
)
N(
    "vent_third_party",
    (
        "the GP receptionist was SO rude, she never lets you get a word in. got an appointment tho",
        "doctor",
        "abbreviations",
    ),
    (
        "The pharmacy never has my prescription ready. Third trip this week!",
        "health",
        "angry_punctuation",
    ),
)
N(
    "vent_third_party",
    (
        "The removal company ALWAYS runs late apparently, the reviews were right. They're here now.",
        "moving",
        "american",
    ),
    (
        "delivery guy just threw the parcel over the fence again smh",
        "online_shopping",
        "abbreviations",
    ),
)
N(
    "vent_third_party",
    (
        "Jen's new bf is such a know-it-all, he explained my own job to me for twenty minutes. Anyway, leaving now x",
        "friends",
        "british",
    ),
    (
        "my sister never listens to anyone about her diet, i give up. what do u want for tea",
        "cooking",
        "lowercase_texting",
    ),
)
# ---------------------------------------------------------------- quote
N(
    "quote",
    (
        "my mum always says you should never go to bed angry. so come here, i'm sorry about earlier",
        "sleep",
        "lowercase_texting",
    ),
    (
        "As my gran used to say, you never regret a walk. Fancy one after tea?",
        "exercise",
        "british",
    ),
)
N(
    "quote",
    (
        "The vet said 'you need to stop feeding him cheese' haha. Guilty. Both of us.",
        "pets",
        "american",
    ),
    (
        "dentist literally said 'you must floss or else' lol scary woman",
        "health",
        "lowercase_texting",
    ),
)
N(
    "quote",
    (
        "Lily said 'daddy you're always late' in the play today and everyone laughed, it was her line lol",
        "kids",
        "american",
    ),
    (
        "Our Sam said 'you never let me have fun' to the dog when it wouldn't share its ball, I'm crying",
        "kids",
        "british",
    ),
)
N(
    "quote",
    (
        "the instructor kept yelling 'you're so lazy, one more rep!' and honestly it worked",
        "exercise",
        "lowercase_texting",
    ),
    (
        "The driving instructor told Maya 'you never check your mirrors' and she was furious lol",
        "driving",
        "british",
    ),
)
N(
    "quote",
    (
        "Song stuck in my head all day: 'you always hurt the one you love' 🎶 thanks radio 2",
        "music",
        "emoji",
    ),
    (
        "the sign in the cafe said 'you need coffee. trust us.' so obviously i bought one",
        "coffee",
        "lowercase_texting",
    ),
)
# ---------------------------------------------------------------- apology
N(
    "apology",
    (
        "I'm sorry I snapped about the dishes last night. I was tired and it wasn't about you.",
        "dishes",
        "polite_hedged",
    ),
    (
        "sorry i was short w u this morning, work stuff got to me. not ur fault",
        "work_hours",
        "abbreviations",
    ),
)
N(
    "apology",
    (
        "I'm sorry I forgot the anniversary booking. I feel awful. Can I make it up to you Saturday?",
        "anniversaries",
        "formal",
    ),
    ("soooo sorry i missed ur bday call, my phone died in the tunnel 😭", "birthdays", "emoji"),
)
N(
    "apology",
    (
        "I know I've been glued to my phone this week and I'm sorry. Putting it in the drawer tonight.",
        "phones",
        "british",
    ),
    (
        "sorry for being a grump about the holiday, i do want to go, just stressed about money",
        "holidays",
        "lowercase_texting",
    ),
)
N(
    "apology",
    (
        "my bad, i drank the last of the oat milk. getting more on the way home",
        "coffee",
        "lowercase_texting",
    ),
    (
        "Sorry, I definitely left the heating on when I went out. I'll set the timer tonight.",
        "thermostat",
        "british",
    ),
)
N(
    "apology",
    (
        "sorry i lost the spare key AGAIN, getting two cut tomorrow so its not ur problem",
        "lost_keys",
        "abbreviations",
    ),
    ("Apologies for the parking ticket, totally my fault, I'll pay it.", "parking", "formal"),
)
# ---------------------------------------------------------------- good_i_statement
N(
    "good_i_statement",
    (
        "I've been feeling a bit lonely in the evenings lately and I miss you. Could we do a no-phones night this week?",
        "phones",
        "polite_hedged",
    ),
    (
        "i feel a bit lonely when we're both on screens all night. i miss us. can we do a film together friday?",
        "streaming",
        "lowercase_texting",
    ),
)
N(
    "good_i_statement",
    (
        "I get really anxious when I don't know where the money's going. Could we look at the budget together on Sunday?",
        "budget",
        "formal",
    ),
    (
        "i feel stressed when the card balance surprises me, can we sit down w a cuppa and go through it",
        "money",
        "lowercase_texting",
    ),
)
N(
    "good_i_statement",
    (
        "I miss being close to you. I'd love it if we went to bed at the same time a couple of nights a week.",
        "intimacy",
        "polite_hedged",
    ),
    (
        "I've been missing you physically lately, not in a blamey way, I just miss us. Can we talk tonight?",
        "sex",
        "british",
    ),
)
N(
    "good_i_statement",
    (
        "I feel overwhelmed with the school runs this term. Could we swap a couple of days?",
        "school_run",
        "polite_hedged",
    ),
    (
        "im running on empty with the night feeds. i need a couple of nights sleep this week, can we plan it?",
        "sleep",
        "lowercase_texting",
    ),
)
N(
    "good_i_statement",
    (
        "I felt a bit left out at the party when I didn't know anyone. Next time could you introduce me around?",
        "friends",
        "polite_hedged",
    ),
    (
        "i felt a bit invisible at the bbq, i know u were catching up w everyone. maybe stick close to me next time? x",
        "friends",
        "lowercase_texting",
    ),
)
N(
    "good_i_statement",
    (
        "I get worried when you drive home after a few drinks. I'd feel so much better if we got a taxi.",
        "drinking",
        "formal",
    ),
    (
        "i worry about ur cough, i'd feel better if u saw someone. i'll come with u if u want",
        "smoking",
        "lowercase_texting",
    ),
)
# ---------------------------------------------------------------- agreement
N(
    "agreement",
    ("yeah you're right, we should leave earlier for your mum's", "in_laws", "lowercase_texting"),
    (
        "You're right, I was being a bit much about the budget. Let's do it your way.",
        "budget",
        "british",
    ),
    ("ur right tbh, the sofa goes better by the window", "moving", "abbreviations"),
)
N(
    "agreement",
    ("Fair enough, you win, we're getting the dog 🐶", "pets", "emoji"),
    ("fine fine you win, sushi it is 😂", "cooking", "emoji"),
)
N(
    "agreement",
    (
        "Totally agree, the kids need a proper bedtime. Let's start Monday together.",
        "kids",
        "american",
    ),
    ("agreed, no screens after 8 for either of us. im in", "phones", "lowercase_texting"),
)
N(
    "agreement",
    (
        "Yep, makes sense to skip the big holiday this year and do a few weekends instead.",
        "holidays",
        "british",
    ),
    ("yes 100% lets skip presents this yr and do a trip", "birthdays", "abbreviations"),
)
# ---------------------------------------------------------------- self_criticism
N(
    "self_criticism",
    ("I'm such an idiot, I left my keys in the front door all afternoon", "lost_keys", "british"),
    ("im so useless, locked myself out again. are u near home??", "lost_keys", "lowercase_texting"),
)
N(
    "self_criticism",
    (
        "I never remember to take the recycling out, I need a reminder on my phone or something",
        "recycling",
        "american",
    ),
    ("i always forget to defrost stuff, its fish fingers again sorry 🙈", "cooking", "emoji"),
)
N(
    "self_criticism",
    (
        "honestly i'm the worst with money this month, 3 takeaways, i'll cook all next week",
        "money",
        "lowercase_texting",
    ),
    (
        "I've been so lazy with the gym lately. Going tomorrow, hold me to it?",
        "exercise",
        "british",
    ),
)
N(
    "self_criticism",
    (
        "I'm such a jealous idiot sometimes, sorry for being weird about the work party. Have fun x",
        "jealousy",
        "british",
    ),
    (
        "ngl i was being possessive earlier, thats on me. have a good night w the team",
        "jealousy",
        "abbreviations",
    ),
)
# ---------------------------------------------------------------- question_for_info
N(
    "question_for_info",
    ("did you take the bins out or shall I? no worries either way", "chores", "lowercase_texting"),
    ("Did the recycling go out? Can't remember if it's blue bin week.", "recycling", "british"),
)
N(
    "question_for_info",
    (
        "why is the heating making that clunking noise? is it meant to?",
        "thermostat",
        "lowercase_texting",
    ),
    ("Why does the dishwasher keep beeping? Is there a setting I'm missing?", "dishes", "american"),
)
N(
    "question_for_info",
    ("what time does the kids thing finish on friday?", "school_run", "lowercase_texting"),
    (
        "What time is your dad's appointment tomorrow? I can drive him if needed.",
        "doctor",
        "british",
    ),
)
N(
    "question_for_info",
    ("have u seen my black hoodie? not in the wash i checked", "laundry", "abbreviations"),
    (
        "Where did you put the passports after the last trip? Can't find them anywhere",
        "holidays",
        "american",
    ),
)
N(
    "question_for_info",
    ("are you still on for the gym at 6 or has work eaten you", "exercise", "lowercase_texting"),
    (
        "Is your brother still coming to stay on the 14th? Making up the spare bed.",
        "houseguests",
        "british",
    ),
)
N(
    "question_for_info",
    (
        "Which streaming thing has the new season, is it the one we cancelled?",
        "streaming",
        "british",
    ),
    ("do we still pay for the sports channel? bank says yes lol", "streaming", "lowercase_texting"),
)
# ---------------------------------------------------------------- plans
N(
    "plans",
    (
        "Thinking pizza and a film tonight? I'll pick up the dough on the way home.",
        "cooking",
        "american",
    ),
    ("pizza n film 2nite? ill grab stuff on way back", "cooking", "abbreviations"),
)
N(
    "plans",
    (
        "booked the cottage for our anniversary!! 3 nights, dog friendly 🐕❤️",
        "anniversaries",
        "emoji",
    ),
    (
        "So I've booked a table at that Italian place for our anniversary, 8pm Saturday. Babysitter sorted.",
        "anniversaries",
        "british",
    ),
)
N(
    "plans",
    (
        "my parents want us on sunday for lunch, ok if i say yes? we could walk the dog there after",
        "in_laws",
        "lowercase_texting",
    ),
    (
        "Mum and Dad are asking about Sunday lunch, fancy it? We could leave by 3.",
        "in_laws",
        "british",
    ),
)
N(
    "plans",
    (
        "ok plan for the move: van at 8, your brother brings the trolley, i'll do the kitchen, pizza at the new place after",
        "moving",
        "voice_to_text",
    ),
    (
        "so for saturday i was thinking we do the market in the morning then the beach in the afternoon and maybe dinner at that fish place if the kids arent too tired",
        "holidays",
        "voice_to_text",
    ),
)
N(
    "plans",
    ("Fancy a run together Sunday morning? Slow pace, coffee after.", "exercise", "british"),
    ("walk + coffee sunday?? just us", "coffee", "lowercase_texting"),
)
N(
    "plans",
    (
        "Doing the big shop Thursday, add whatever you want to the list on the fridge.",
        "budget",
        "british",
    ),
    (
        "Game night at Tom's Friday, he said bring your controller if you want. I'll drive.",
        "gaming",
        "american",
    ),
)
# ---------------------------------------------------------------- good_request
N(
    "good_request",
    (
        "could we maybe swap who does bath time on tuesdays? i've got the late shift",
        "kids",
        "lowercase_texting",
    ),
    (
        "Could we take turns with the school run on Fridays? Happy to do Mondays in return.",
        "school_run",
        "polite_hedged",
    ),
)
N(
    "good_request",
    (
        "Would you mind turning the volume down a bit after 10? The baby's been waking up.",
        "music",
        "polite_hedged",
    ),
    (
        "could u pop ur headset on after 10, the little one keeps waking up x",
        "gaming",
        "abbreviations",
    ),
)
N(
    "good_request",
    (
        "Can we agree a spending limit for the holiday before we go? I'd feel better knowing.",
        "holidays",
        "formal",
    ),
    (
        "can we check in on the budget once a month? i think it'd help us both",
        "budget",
        "lowercase_texting",
    ),
)
N(
    "good_request",
    (
        "When you get a sec could you book the car in for its service? I'll do the dentist.",
        "driving",
        "british",
    ),
    (
        "could u call the landlord about the boiler when u get a min? ill do the council tax thing",
        "diy_repairs",
        "abbreviations",
    ),
)
N(
    "good_request",
    (
        "Would you be up for trying the spare room on the nights you've got the cold? Only so we both sleep.",
        "snoring",
        "polite_hedged",
    ),
    (
        "could we try a white noise machine for the snoring thing? not a big deal, just sleeping badly",
        "snoring",
        "lowercase_texting",
    ),
)
N(
    "good_request",
    (
        "Please could you check with me before posting pics of the kids? I'd just like to know first.",
        "social_media",
        "polite_hedged",
    ),
    ("Do you think we could keep Sundays phone-free? I'd like that a lot.", "phones", "formal"),
)
# ---------------------------------------------------------------- exclamation
N(
    "exclamation",
    ("UNBELIEVABLE!!! 94th minute equaliser!!!", "friends", "all_caps"),
    ("Unbelievable. Three-nil down and we win 4-3. I'm shaking", "friends", "british"),
)
N(
    "exclamation",
    (
        "are you KIDDING me, they cancelled the show after one season?!",
        "streaming",
        "angry_punctuation",
    ),
    ("NO WAY. the final boss was his dad the whole time?!", "gaming", "angry_punctuation"),
)
N(
    "exclamation",
    ("I can't believe it!! The house offer got accepted!!", "moving", "angry_punctuation"),
    ("omg omg omg the pregnancy test, call me NOW", "health", "lowercase_texting"),
)
N(
    "exclamation",
    ("Ridiculous! The price of butter is now £3.20. What is happening", "budget", "british"),
    ("what on earth, petrol just went up again 😩", "driving", "emoji"),
)
N(
    "exclamation",
    (
        "Enough is enough, I'm buying the big coffee machine. For both of us obviously ☕",
        "coffee",
        "emoji",
    ),
    ("That's it, I'm done! Last box unpacked!!", "moving", "angry_punctuation"),
)
# ---------------------------------------------------------------- logistics
N(
    "logistics",
    (
        "picked up the kids, we're at the park till 5, dinner's in the oven",
        "kids",
        "lowercase_texting",
    ),
    ("Kids fed, homework done, they're in the bath. Home by half 8?", "kids", "british"),
)
N(
    "logistics",
    (
        "you need to sign the consent form for the school trip by Friday, it's in your bag",
        "school_run",
        "lowercase_texting",
    ),
    ("You have to be at the garage by 8:30 for the car, they open at 8.", "driving", "american"),
)
N(
    "logistics",
    ("You must take your passport tomorrow, the hotel wants ID at check-in", "holidays", "british"),
    (
        "u must bring ur insurance card to the appointment, they rang to remind",
        "doctor",
        "abbreviations",
    ),
)
N(
    "logistics",
    (
        "Parcel should come between 10 and 2, I'll be on calls so could you grab it?",
        "online_shopping",
        "american",
    ),
    (
        "ur amazon thing came, put it behind the bins so it didnt get nicked",
        "online_shopping",
        "lowercase_texting",
    ),
)
N(
    "logistics",
    (
        "Vet is Wednesday at 4:15 for the jabs, I've put it in the shared calendar.",
        "pets",
        "formal",
    ),
    (
        "dentist moved to thurs 3pm. ive told school theyre leaving early",
        "kids",
        "lowercase_texting",
    ),
)
N(
    "logistics",
    ("Spare key's under the blue pot, not the red one, I moved it", "lost_keys", "british"),
    (
        "ok found ur keys, they were in the fridge lol. theyre on the hook now",
        "lost_keys",
        "lowercase_texting",
    ),
)
N(
    "logistics",
    (
        "Your cousin lands at 6:40, terminal 2. I can get him if you're stuck at work",
        "houseguests",
        "american",
    ),
    (
        "the guests are arriving at 4, towels are out, wifi password is on the fridge",
        "houseguests",
        "lowercase_texting",
    ),
)
N(
    "logistics",
    (
        "Bin day moved to Wednesday because of the bank holiday. Recycling too",
        "recycling",
        "british",
    ),
    ("heads up council changed recycling day to tues from next week", "recycling", "abbreviations"),
)
# ---------------------------------------------------------------- neutral_instruction
N(
    "neutral_instruction",
    (
        "you'd better check his temperature again before bed, the leaflet says every 4 hours",
        "health",
        "lowercase_texting",
    ),
    ("You'd better check the oven at 40 mins, the recipe runs hot", "cooking", "british"),
)
N(
    "neutral_instruction",
    (
        "just breathe. in for 4, out for 6. you've got this interview",
        "work_hours",
        "lowercase_texting",
    ),
    (
        "Just breathe, love. Your mum's going to be fine, the nurse said it went well.",
        "health",
        "british",
    ),
)
N(
    "neutral_instruction",
    (
        "Don't forget to put the clocks back tonight! Also the thermostat timer",
        "thermostat",
        "american",
    ),
    ("dont forget to take ur tablets with food, doc said so", "doctor", "lowercase_texting"),
)
N(
    "neutral_instruction",
    ("Set the dishwasher to eco when you go, it's the button on the left.", "dishes", "british"),
    (
        "put the dark stuff on 30, the white stuff on 40, i've separated them already",
        "laundry",
        "lowercase_texting",
    ),
)
N(
    "neutral_instruction",
    ("Stop!! Don't open the fridge, your birthday cake is in there 🎂", "birthdays", "emoji"),
    ("DON'T look in the wardrobe, anniversary present in there!!", "anniversaries", "all_caps"),
)
N(
    "neutral_instruction",
    (
        "you need to hold the reset button for 10 seconds, the router's being weird again",
        "streaming",
        "lowercase_texting",
    ),
    (
        "You have to press the button twice for the grinder to do espresso fine",
        "coffee",
        "american",
    ),
)
# ---------------------------------------------------------------- asked_for_advice
N(
    "asked_for_advice",
    (
        "you asked what I'd do: honestly I'd just tell your boss you need Friday off. But your call, I'll back you either way.",
        "work_hours",
        "british",
    ),
    (
        "since u asked, id go to the GP about it, but its totally up to u x",
        "health",
        "abbreviations",
    ),
)
N(
    "asked_for_advice",
    (
        "You wanted my take on the car: I'd get the smaller one, cheaper insurance. Happy with either though!",
        "driving",
        "american",
    ),
    ("u asked so... i'd go for the blue sofa. both are nice tho", "moving", "lowercase_texting"),
)
N(
    "asked_for_advice",
    (
        "Re your question about your sister: I think I'd just call her rather than text. Want to talk it through later?",
        "friends",
        "polite_hedged",
    ),
    (
        "if ur asking me, i'd say no to the extra shift and rest. but ur call ❤️",
        "work_hours",
        "emoji",
    ),
)
N(
    "asked_for_advice",
    (
        "since you asked for tips for the sleep thing: no screens after 10 helped me loads. want to try it together?",
        "sleep",
        "lowercase_texting",
    ),
    (
        "You asked what helped when I quit: the nicotine gum and walking after meals. I'm proud of you for trying.",
        "smoking",
        "british",
    ),
)
# ---------------------------------------------------------------- plain partner texts: news, jokes, feelings said kindly
N(
    "news",
    (
        "Got the job!!! Starting in March. Celebrating tonight, my treat",
        "work_hours",
        "angry_punctuation",
    ),
    ("guess who passed their driving test 🚗🎉", "driving", "emoji"),
)
N(
    "news",
    (
        "The vet says Biscuit is totally fine, just ate something weird. Home now, she's asleep on your jumper.",
        "pets",
        "british",
    ),
    (
        "doc said its just a sprain, no break. walking boot for 2 weeks. chips on the way home",
        "doctor",
        "lowercase_texting",
    ),
)
N(
    "news",
    ("Your sister just had the baby!!! 7lb 2oz, a girl, everyone's fine", "in_laws", "british"),
    ("ur mum called, shes booked her flights for xmas, lands the 22nd", "in_laws", "abbreviations"),
)
N(
    "news",
    (
        "The mortgage lady rang, we're approved! Call me when you're out of your meeting",
        "money",
        "american",
    ),
    ("tax refund came thru!! 312 quid, holiday fund?", "budget", "lowercase_texting"),
)
N(
    "news",
    (
        "ran 5k without stopping today for the first time in my life, legs are jelly",
        "exercise",
        "lowercase_texting",
    ),
    ("30 days no cigarettes today 🎉 feeling good", "smoking", "emoji"),
)
N(
    "news",
    (
        "So the plumber came, turns out it was just a washer. Fixed in 10 minutes, £40. Tap no longer dripping!",
        "diy_repairs",
        "long_multi_sentence",
    ),
    (
        "fixed the wobbly shelf myself with a youtube video, feeling very handy rn",
        "diy_repairs",
        "abbreviations",
    ),
)
N(
    "joke",
    (
        "the dog has claimed your side of the bed, you'll need to negotiate",
        "pets",
        "lowercase_texting",
    ),
    (
        "The cat is sitting on your laptop again, I think she wants your job",
        "work_hours",
        "british",
    ),
)
N(
    "joke",
    ("what do you call a fish with no eyes. fsh. ok bye love u", "friends", "lowercase_texting"),
    ("Knock knock. It's me, I forgot my keys, please come down 😂", "lost_keys", "emoji"),
)
N(
    "joke",
    (
        "the toddler just told me the dishwasher is 'a bath for spoons' and honestly hes not wrong",
        "dishes",
        "lowercase_texting",
    ),
    (
        "Your son just called the thermostat 'the weather button' and now I can't unsee it",
        "thermostat",
        "american",
    ),
)
N(
    "joke",
    (
        "sorry I'm late, I was busy being held hostage by the self checkout",
        "online_shopping",
        "british",
    ),
    (
        "the parking machine ate my coins and gave me a ticket for 4 minutes. bargain",
        "parking",
        "lowercase_texting",
    ),
)
N(
    "good_i_statement",
    ("i really loved our chat last night. felt like us again", "intimacy", "lowercase_texting"),
    (
        "I really enjoyed last night, just us and no phones. Can we do that more often?",
        "intimacy",
        "british",
    ),
)
# ---------------------------------------------------------------- more innocent traps in thinner voices
N(
    "logistics",
    ("never mind, found it. it was in the glovebox the whole time", "driving", "lowercase_texting"),
    ("Forget it, found the charger, it was under the sofa", "phones", "british"),
    ("nvm found the remote lol", "streaming", "one_word_or_fragment"),
)
N(
    "idiom",
    (
        "don't talk to me about laptops lol, mine just died mid presentation",
        "work_hours",
        "lowercase_texting",
    ),
    ("Don't even talk to me about the M25 today. Home in 20.", "driving", "british"),
)
N(
    "agreement",
    (
        "whatever you fancy for dinner is fine by me, honestly I'm easy tonight",
        "cooking",
        "polite_hedged",
    ),
    (
        "whatever u want to watch babe, im just happy to be on the sofa with u",
        "streaming",
        "abbreviations",
    ),
)
N(
    "logistics",
    ("k see u at 6 x", "friends", "one_word_or_fragment"),
    ("ok. on my way.", "school_run", "one_word_or_fragment"),
    ("home in 10", "driving", "one_word_or_fragment"),
)
N(
    "exclamation",
    ("Done!! Finished the tax return, never again until next year", "money", "angry_punctuation"),
    (
        "I'm DONE. marathon finished. never running again (I'm running again)",
        "exercise",
        "all_caps",
    ),
)
N(
    "plans",
    (
        "G'day love, reckon we chuck a few snags on the barbie Sat arvo? I'll grab the bread and sauce.",
        "cooking",
        "australian",
    ),
    (
        "heading to the servo for milk, want anything? thinking we hit the beach tomorrow arvo if the weather holds",
        "holidays",
        "australian",
    ),
)
N(
    "news",
    (
        "Mate you'll never guess, the neighbours' dog had puppies under our deck. Five of 'em. Heaps cute.",
        "pets",
        "australian",
    ),
    (
        "Footy's on at 7, reckon we watch it at Dazza's? He's doing a barbie",
        "friends",
        "australian",
    ),
)
N(
    "logistics",
    (
        "I will be reaching home by 8, please keep the rice ready only if you are free, otherwise I will do it.",
        "cooking",
        "indian_english",
    ),
    (
        "Mummy-ji's train is delayed by two hours, so we will go to pick her up at 9 itself. No tension.",
        "in_laws",
        "indian_english",
    ),
)
N(
    "question_for_info",
    (
        "What is the timing for the parent-teacher meeting tomorrow? I will take half day if needed.",
        "school_run",
        "indian_english",
    ),
    (
        "Did you book the doctor for Papa? Kindly send me the details, I will drop him.",
        "doctor",
        "indian_english",
    ),
)
N(
    "news",
    (
        "So today was actually really nice. Had lunch with Sarah, she's pregnant again, due in June, and she asked if we'd be godparents. I said I'd ask you but I think I basically said yes already. Also the car's making that noise again, but I'll look at it Saturday.",
        "friends",
        "long_multi_sentence",
    ),
    (
        "Quick update from the hospital. Dad's fine, they're keeping him one more night for observation. The nurses are lovely. I'll stay till visiting ends at 8 and then head back. Can you feed the cat? Love you.",
        "health",
        "long_multi_sentence",
    ),
)
N(
    "plans",
    (
        "hey so i was thinking for your birthday we could do the tapas place and then maybe that comedy thing on the high street if you fancy it let me know and i'll book",
        "birthdays",
        "voice_to_text",
    ),
    (
        "ok so mum can take the kids saturday so we could actually have a night in just us maybe cook something nice and get an early night what do you reckon",
        "intimacy",
        "voice_to_text",
    ),
)
N(
    "good_i_statement",
    ("i want you so much tonight. kids asleep by 8 hopefully 😏", "sex", "emoji"),
    ("I really miss waking up next to you on work trips. Counting the days.", "intimacy", "formal"),
)
N(
    "good_request",
    (
        "could we try something new this weekend? a bit nervous to say it but i think it'd be fun",
        "sex",
        "lowercase_texting",
    ),
    (
        "Can we talk about how often we're having sex? Not a complaint, I just want us both to be happy.",
        "sex",
        "polite_hedged",
    ),
)
N(
    "self_criticism",
    (
        "I drank way too much last night, sorry for the singing. Water and toast today.",
        "drinking",
        "british",
    ),
    ("im never drinking tequila again, my head 😵", "drinking", "emoji"),
)
N(
    "plans",
    ("Dry January together? I'm in if you are 🍵", "drinking", "emoji"),
    (
        "fancy a couple of pints at the red lion friday? just us, early one",
        "drinking",
        "lowercase_texting",
    ),
)
N(
    "question_for_info",
    ("whats the parkin like at ur work do", "parking", "typos"),
    ("is ther parking at the restuarant or shud we get a taxi", "parking", "typos"),
)
N(
    "praise_absolute",
    (
        "u never fail to park perfectly first time, its honestly impressive",
        "parking",
        "abbreviations",
    ),
    (
        "You always find the best deals online, that coat was half price!!",
        "online_shopping",
        "american",
    ),
)
N(
    "gratitude",
    (
        "thnks for ordering the nappies, i totaly forgot, ur a life saver",
        "online_shopping",
        "typos",
    ),
    ("thank u for letting me rant abt my sister last nite, needed that", "friends", "typos"),
)
N(
    "vent_third_party",
    (
        "my ex just sent me a really weird message about the old flat deposit. not replying. just wanted u to know x",
        "jealousy",
        "lowercase_texting",
    ),
    (
        "Ugh, my friend keeps posting our group photos without asking anyone. Is it just me that minds?",
        "social_media",
        "british",
    ),
)
N(
    "plans",
    (
        "want to do a social media detox together this month? could be fun",
        "social_media",
        "lowercase_texting",
    ),
    (
        "Shall we post the engagement news today or wait till we've told your gran?",
        "social_media",
        "british",
    ),
)
N(
    "question_for_info",
    (
        "how much do we have left in the joint account this month? want to get the kids shoes",
        "money",
        "lowercase_texting",
    ),
    ("Do you know if the insurance comes out on the 1st or the 15th?", "budget", "american"),
)
N(
    "apology",
    (
        "soz i was a bit jealous when u mentioned ur ex, that was silly of me. i trust u",
        "jealousy",
        "abbreviations",
    ),
    (
        "Sorry I got weird about the dinner with your old friend. I trust you completely, have a lovely night.",
        "jealousy",
        "polite_hedged",
    ),
)
N(
    "affectionate_tease",
    ("who ate all the pies 😂 (me. it was me. I'll buy more)", "cooking", "emoji"),
    (
        "oi trouble, you've pinched my hoodie AGAIN, keep it, it looks better on you",
        "laundry",
        "british",
    ),
)
N(
    "generic_you",
    (
        "you never really know what's in those energy drinks, I'm switching to tea",
        "health",
        "lowercase_texting",
    ),
    ("You can't beat a Sunday roast after a long walk. Back by 1!", "cooking", "british"),
)
N(
    "exclamation",
    ("ABSOLUTE SCENES at the school sports day, Maya won the egg and spoon!!!", "kids", "all_caps"),
    ("YESSSS THE SNORING STRIP WORKED, 8 HOURS SLEEP", "snoring", "all_caps"),
)
# ---------------------------------------------------------------- blaming: more news/logistics rows where one sentence carries the blame
B(
    "blame contempt",
    "rhetorical_question",
    (
        "Plumber can't come till Tuesday. Out of interest, were you ever going to mention the leak or were you waiting for the ceiling to come down?",
        "diy_repairs",
        "british",
    ),
    (
        "the guy from the council said the bins get collected thurs now. also was anyone planning on telling me we got a £60 fine or was that a secret",
        "recycling",
        "lowercase_texting",
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "Kids are at football till 4, I'm at the shops. Oh and I found the 'sold out' festival tickets in your email, so that's fun.",
        "friends",
        "american",
        ["contempt", "blame"],
    ),
    (
        "Your mum rang about Sunday, I said yes. Also lovely to learn from her that you're changing jobs. Really glad I'm kept in the loop.",
        "work_hours",
        "british",
    ),
)
B(
    "demand",
    "bare_order",
    (
        "Got the paint for the hall, it's in the boot. You're doing the ceiling this weekend, no golf.",
        "diy_repairs",
        "british",
    ),
    (
        "dinner at 7, grandma's coming. shirt ironed and phone in the drawer by then",
        "in_laws",
        "lowercase_texting",
    ),
)
B(
    "threat",
    "consequence_threat",
    (
        "Dog's been fed and walked. Next time you go to the pub without telling me who's doing it, she's coming to the pub with you.",
        "pets",
        "british",
    ),
    (
        "Picked up the dry cleaning, it's on the bed. Stay out past midnight again without a text and I'm locking the chain.",
        "drinking",
        "american",
        ["threat", "absolute"],
    ),
)
B(
    "blame",
    "conditional_blame",
    (
        "Car's booked in for Thursday, £420. Funny how it only needed a new clutch after the summer you 'taught yourself' to drive stick.",
        "driving",
        "british",
        ["blame", "contempt"],
    ),
    (
        "Landlord inspection is at 10 tomorrow. We'd pass fine if the bathroom wasn't the way you left it.",
        "moving",
        "american",
    ),
)
B(
    "fixing",
    "bare_advice",
    (
        "Sorry your day was rubbish. Maybe just stop telling your sister stuff if she always makes it about her?",
        "friends",
        "british",
        ["fixing", "absolute"],
    ),
    (
        "aw no. well just dont go to her baby shower then, problem solved. anyway, pasta tonight?",
        "friends",
        "lowercase_texting",
    ),
)
B(
    "mind_reading",
    "affection_then_complaint",
    (
        "Had a lovely walk thank you ☺️ I know you only came because your mum told you to, but still.",
        "exercise",
        "emoji",
        ["mind_reading", "contempt"],
    ),
    (
        "thx for coming to my work do ❤️ could tell u wanted to leave from the second we got there tho",
        "friends",
        "lowercase_texting",
    ),
)
B(
    "labeling",
    "comparison_noun",
    (
        "Booked the cinema for Friday. Ben's taking Kate to Paris for their anniversary, by the way. Paris.",
        "anniversaries",
        "british",
        ["labeling", "contempt"],
    ),
    (
        "bins done, kids asleep. my dad did nights AND bedtime when we were small, and he worked shifts. just throwing that out there",
        "kids",
        "lowercase_texting",
    ),
)
B(
    "absolute blame",
    "explicit_keyword",
    (
        "Flights confirmed for the 12th. Please don't be the reason we miss this one too.",
        "holidays",
        "formal",
        ["blame", "absolute"],
    ),
    ("taxi booked for 5am, dont make us late like EVERY other trip", "holidays", "typos"),
)
B(
    "contempt blame",
    "rhetorical_question",
    (
        "so um i came home and the heating was on and every light in the house was on and nobody was home so who exactly are we lighting the place up for",
        "thermostat",
        "voice_to_text",
    ),
    (
        "yeah just got in the dishwasher is full of clean stuff and the sink is full of dirty stuff so how does that even happen",
        "dishes",
        "voice_to_text",
        ["contempt"],
    ),
)
B(
    "contempt",
    "sarcasm",
    (
        "Thanks heaps for leaving the gate open, the dog's had a lovely tour of the whole suburb. Found her at the servo.",
        "pets",
        "australian",
        ["contempt", "blame"],
    ),
    (
        "Real good effort on the lawn, mate, you mowed the bit in front of the barbie and called it a day.",
        "chores",
        "australian",
    ),
)
B(
    "labeling contempt",
    "comparison_noun",
    ("Your mother's son, through and through. Not a compliment tonight.", "in_laws", "formal"),
    (
        "Sitting on the sofa shouting at the telly with your beer, very 'my dad in 1994'.",
        "drinking",
        "british",
    ),
)
B(
    "demand",
    "bare_order",
    (
        "Kindly return the car keys today itself, I need the car for office tomorrow. Don't take them again without asking.",
        "lost_keys",
        "indian_english",
        ["demand", "absolute"],
    ),
    (
        "Please finish the shopping order by evening only, and no more extra items like last time.",
        "online_shopping",
        "indian_english",
        ["demand", "blame"],
    ),
)
B(
    "mind_reading",
    "rhetorical_question",
    (
        "Grocery list is on the fridge. Do you even want to come to my work party or should I just say you're ill again?",
        "friends",
        "british",
        ["mind_reading", "contempt"],
    ),
    (
        "Got the tickets. You'll pretend to enjoy the concert like you pretend to enjoy everything I pick, right?",
        "music",
        "american",
        ["mind_reading", "contempt"],
    ),
)
# ---------------------------------------------------------------- innocent: multi-sentence with trap words inside
N(
    "logistics",
    (
        "Plumber's coming Tuesday 8-12. You'll need to move the car so his van fits. Love you, have a good day!",
        "diy_repairs",
        "british",
    ),
    (
        "ok so the van comes at 9 you need to be at the old flat for the keys and ill be at the new one with the kettle",
        "moving",
        "voice_to_text",
    ),
)
N(
    "news",
    (
        "Your mum called, she's fine, just wanted the cake recipe. Also the dog got into the bin again, not his finest hour. All cleaned up.",
        "in_laws",
        "long_multi_sentence",
    ),
    (
        "Meeting ran over so I'm on the later train. Also heard back from the dentist, all clear! No fillings for once",
        "doctor",
        "british",
    ),
)
N(
    "praise_absolute",
    (
        "Kids in bed. You always make bath time look easy and I never say it enough, so: thank you.",
        "kids",
        "polite_hedged",
    ),
    (
        "shopping's done, everything's in the fridge. u never let me carry the heavy bags and i notice ❤️",
        "chores",
        "emoji",
    ),
)
N(
    "idiom",
    ("Ugh I could kill for a coffee right now. Meeting at 3, then home.", "coffee", "british"),
    (
        "i'm literally dying for a shower after that hike. back in 20, put the kettle on?",
        "exercise",
        "lowercase_texting",
    ),
)
N(
    "neutral_instruction",
    (
        "Make sure you lock the back door when you leave, the window guy said the latch sticks. See you tonight x",
        "lost_keys",
        "british",
    ),
    (
        "You should definitely try the new bakery by the station, their croissants are unreal",
        "cooking",
        "american",
    ),
)
N(
    "vent_third_party",
    (
        "My sister is always late to everything, we're waiting at the restaurant. Order you a drink?",
        "friends",
        "american",
    ),
    (
        "the bus never comes on time round here, ill be 15 mins late sorry",
        "school_run",
        "lowercase_texting",
    ),
)
N(
    "quote",
    (
        "Teacher wrote 'you need to practise more' on Leo's violin book so I guess we're all suffering tonight lol",
        "music",
        "lowercase_texting",
    ),
    (
        "The sign at the gym says 'You'll never regret a workout' and I'd like to speak to the manager 😂",
        "exercise",
        "emoji",
    ),
)
N(
    "gratitude",
    (
        "You were the reason I got through today honestly. Your text at lunch made me cry (good cry).",
        "work_hours",
        "polite_hedged",
    ),
    (
        "ur the reason i actually enjoyed the wedding, thanks for dancing w my nan",
        "in_laws",
        "abbreviations",
    ),
)
N(
    "good_request",
    (
        "Parcel came for you. Could we maybe chat about the holiday budget tonight? Nothing serious, I just want to plan.",
        "budget",
        "british",
    ),
    (
        "could u bring the washing in if it starts raining? im stuck in a meeting till 5",
        "laundry",
        "lowercase_texting",
    ),
)
N(
    "agreement",
    (
        "Yeah okay, you were right about the satnav. I'll never doubt it again lol",
        "driving",
        "british",
    ),
    (
        "alright alright u were right about the thermostat timer, it is cosier",
        "thermostat",
        "lowercase_texting",
    ),
)
N(
    "question_for_info",
    (
        "Are we still doing Christmas at yours this year or mine? Need to tell work.",
        "holidays",
        "american",
    ),
    (
        "do u know what time the pharmacy shuts on sat? need ur mums tablets",
        "health",
        "abbreviations",
    ),
)
N(
    "plans",
    (
        "Doctor's at 2, then I'll grab the kids, then pizza? Long day but nothing bad, just busy",
        "doctor",
        "british",
    ),
    (
        "so tmrw: i do drop off, u do pick up, gym after, date night at 8. deal?",
        "school_run",
        "abbreviations",
    ),
)
N(
    "exclamation",
    (
        "Oh my god, the smoke alarm went off because of the toast again, the cat is FURIOUS 😂",
        "cooking",
        "emoji",
    ),
    (
        "Stop it!! That video of the dog on the skateboard is the best thing I've seen all week",
        "pets",
        "angry_punctuation",
    ),
)
N(
    "apology",
    (
        "I messed up the recycling again, sorry, I'll learn the colours eventually. Left it sorted now.",
        "recycling",
        "british",
    ),
    (
        "sorry i was glued to the game last night, wasnt fair on u. no console tonight, promise",
        "gaming",
        "lowercase_texting",
    ),
)


# ---------------------------------------------------------------- output and checks
ALLOWED_SITUATIONS = {
    "chores",
    "dishes",
    "laundry",
    "money",
    "budget",
    "in_laws",
    "sex",
    "intimacy",
    "phones",
    "social_media",
    "kids",
    "school_run",
    "work_hours",
    "friends",
    "jealousy",
    "holidays",
    "birthdays",
    "anniversaries",
    "health",
    "doctor",
    "moving",
    "pets",
    "cooking",
    "driving",
    "sleep",
    "snoring",
    "gaming",
    "drinking",
    "smoking",
    "exercise",
    # writer a's own ten, not in the shared list
    "thermostat",
    "recycling",
    "online_shopping",
    "music",
    "parking",
    "lost_keys",
    "houseguests",
    "coffee",
    "diy_repairs",
    "streaming",
}


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    problems: list[str] = []
    for number, (flagged, cats, form, items) in enumerate(TEMPLATES, start=1):
        template = f"{PREFIX}{number:03d}"
        if not 1 <= len(items) <= 3:
            problems.append(f"{template}: {len(items)} rows")
        for item in items:
            text, situation, style = item[0], item[1], item[2]
            row_cats = list(item[3]) if len(item) == 4 else list(cats)
            if not flagged:
                row_cats = []
            elif not row_cats or set(row_cats) - set(CATEGORIES):
                problems.append(f"{template}: categories {row_cats}")
            if situation not in ALLOWED_SITUATIONS:
                problems.append(f"{template}: situation {situation}")
            if style not in STYLES:
                problems.append(f"{template}: style {style}")
            rows.append(
                {
                    "text": text,
                    "flagged": flagged,
                    "categories": row_cats,
                    "situation": situation,
                    "style": style,
                    "form": form,
                    "template": template,
                    "split": split_of(template),
                }
            )
    seen: set[str] = set()
    for row in rows:
        key = str(row["text"]).strip().lower()
        if key in seen:
            problems.append(f"duplicate text: {row['text']}")
        seen.add(key)
    for other in OTHER:
        if other.exists():
            theirs = {
                json.loads(line)["text"].strip().lower() for line in other.open() if line.strip()
            }
            for clash in sorted(seen & theirs):
                problems.append(f"also in {other.name}: {clash}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)
    return rows


def categories_of(row: dict[str, object]) -> list[str]:
    cats = row["categories"]
    assert isinstance(cats, list)
    return [str(c) for c in cats]


def report(rows: list[dict[str, object]]) -> None:
    def show(title: str, counter: collections.Counter[str]) -> None:
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(counter.items())))

    flagged = [r for r in rows if r["flagged"]]
    innocent = [r for r in rows if not r["flagged"]]
    print(
        f"rows={len(rows)} templates={len(TEMPLATES)} flagged={len(flagged)} innocent={len(innocent)}"
    )
    show("split", collections.Counter(str(r["split"]) for r in rows))
    show("category", collections.Counter(c for r in rows for c in categories_of(r)))
    show("form flagged", collections.Counter(str(r["form"]) for r in flagged))
    show("form innocent", collections.Counter(str(r["form"]) for r in innocent))
    show("style", collections.Counter(str(r["style"]) for r in rows))
    show("situation", collections.Counter(str(r["situation"]) for r in rows))


def main() -> None:
    # A text already in another file here (a stock reply like "k") would sit on both sides of
    # the split: it is left out.
    elsewhere = texts_elsewhere(OUT)
    rows = [r for r in build() if " ".join(str(r["text"]).split()).lower() not in elsewhere]
    write_jsonl(OUT, rows)
    # Re-read to prove every line is valid JSON with the keys in the agreed order.
    keys = ["text", "flagged", "categories", "situation", "style", "form", "template", "split"]
    for line in OUT.open(encoding="utf-8"):
        assert list(json.loads(line)) == keys
    report(rows)


if __name__ == "__main__":
    main()
