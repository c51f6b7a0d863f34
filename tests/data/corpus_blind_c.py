"""Writer "c": blind blame data round (demand, stonewalling, defensiveness, threat, edged facts).

Writes corpus_blind_c.jsonl next to it, deterministically. Every text is a literal below.
"""

from __future__ import annotations

import collections
import json
import pathlib

from safety_blind import CATEGORIES, split_of, texts_elsewhere, write_jsonl

PREFIX = "bb5c-"
OUT = pathlib.Path(__file__).with_name("corpus_blind_c.jsonl")

STYLES = {
    "lc": "lowercase_texting",
    "ty": "typos",
    "ab": "abbreviations",
    "em": "emoji",
    "cap": "all_caps",
    "fo": "formal",
    "br": "british",
    "am": "american",
    "au": "australian",
    "in": "indian_english",
    "lm": "long_multi_sentence",
    "fr": "one_word_or_fragment",
    "vt": "voice_to_text",
    "ph": "polite_hedged",
    "ap": "angry_punctuation",
}

TEMPLATES: list[tuple[str, list[str] | None, list[tuple[str, str, str]]]] = []


def t(form: str, cats: str | None, *rows: tuple[str, str, str]) -> None:
    """One phrasing idea. cats: space-separated categories, or None for innocent."""
    TEMPLATES.append((form, cats.split() if cats else None, list(rows)))


# ---------------------------------------------------------------- demand (flagged)
t(
    "bare_order",
    "demand",
    ("lc", "chores", "bins. tonight. not tomorrow night, tonight."),
    ("fr", "chores", "recycling. out. now."),
    ("au", "garden", "mower. shed. today mate, not next week."),
)
t(
    "bare_order",
    "demand",
    ("fr", "phones", "phone. down."),
    ("cap", "phones", "PHONE DOWN. NOW."),
    ("em", "gaming", "controller. down. 🙄"),
)
t(
    "bare_order",
    "demand",
    ("lc", "family_visits", "u will ring ur mother today. no excuses"),
    (
        "in",
        "in_laws",
        "You will call your father today itself and apologise. That's final.",
    ),
)
t(
    "bare_order",
    "demand",
    ("fr", "money", "sort it"),
    ("br", "car", "just sort it. I don't care how."),
    ("au", "neighbours", "sort it out with him. today."),
)
t(
    "bare_order",
    "demand",
    ("lc", "car", "i expect the car back by 6. with petrol in it"),
    ("fo", "car", "I expect the car returned by 6pm with a full tank."),
)
t(
    "bare_order",
    "demand",
    ("ty", "dishes", "dishes done befor i get home. im serious"),
    ("lc", "laundry", "washing out of the machine before i get back. i mean it"),
)
t(
    "bare_order",
    "demand",
    ("ap", "punctuality", "Be ready at 7!!! Not 7:15, not 7:10. SEVEN!!"),
    ("in", "punctuality", "Be ready by 7 sharp. I am not waiting like last time."),
)
t(
    "bare_order",
    "demand",
    (
        "vt",
        "tidiness",
        "when you get in you are going to pick up every single thing off that floor before you even sit down do you hear me",
    ),
    (
        "vt",
        "kids",
        "when the kids are in bed you are going to sit down with me and go through the school forms no ifs",
    ),
)
t(
    "bare_order",
    "demand",
    ("lc", "texting_back", "answer ur phone"),
    ("ap", "texting_back", "ANSWER. YOUR. PHONE!!"),
    ("ab", "texting_back", "pick up ur phone rn"),
)
t(
    "bare_order",
    "demand",
    (
        "br",
        "cleaning_bathroom",
        "Bathroom. Scrubbed. Before your mum arrives. Not a suggestion.",
    ),
    (
        "au",
        "cleaning_bathroom",
        "dunny needs a scrub before ur folks rock up, get on it",
    ),
)
t(
    "bare_order",
    "demand",
    ("lc", "drinking", "no more beers tonight. ur done"),
    ("in", "drinking", "No more drinks for you tonight. Finish."),
)
t(
    "bare_order",
    "demand",
    (
        "fo",
        "budget",
        "Please forward me every receipt from this month by Friday. All of them.",
    ),
    (
        "ph",
        "money",
        "I'll need the bank statements on the table tonight, please, all of them this time.",
    ),
)
t(
    "polite_passive_aggressive",
    "demand absolute",
    (
        "ph",
        "chores",
        "just a gentle reminder, for the fourth time, that the bins go out tonight 🙂",
    ),
    (
        "ph",
        "groceries",
        "Just a friendly reminder (third one!) that we're out of milk, in case that's news.",
    ),
    (
        "fo",
        "car",
        "Gentle reminder, as per my previous three messages, that the car is due for its MOT.",
    ),
)
t(
    "polite_passive_aggressive",
    "demand contempt",
    (
        "ph",
        "laundry",
        "Not to nag, but the washing has been in the machine since Tuesday and it would be lovely if it could see daylight at some point.",
    ),
    (
        "br",
        "dishes",
        "No pressure at all, but the pan's been 'soaking' since Sunday and I'd quite like it back.",
    ),
)
t(
    "polite_passive_aggressive",
    "demand",
    (
        "fo",
        "tidiness",
        "Per our conversation, please ensure the hallway is cleared of shoes by this evening. Thank you in advance.",
    ),
    (
        "fo",
        "remote_work",
        "Going forward, please keep your work calls out of the bedroom. Thanks.",
    ),
)
t(
    "bare_order",
    "demand threat",
    ("lc", "gaming", "turn it off now or i'm pulling the plug"),
    ("au", "gaming", "off the xbox in 5 or i yank the cord, not joking"),
)
t(
    "bare_order",
    "demand",
    (
        "in",
        "doctor",
        "You are going to the doctor tomorrow. I have booked. You are going. Discussion over.",
    ),
    ("lc", "health", "ur going to the dentist. ive booked it. ur going"),
)
t(
    "bare_order",
    "demand",
    ("lc", "smoking", "outside. with that. now."),
    ("fr", "smoking", "balcony. not the kitchen."),
)
t(
    "bare_order",
    "demand",
    ("ty", "pets", "walk the dog. hes been waitin all day"),
    ("em", "pets", "feed the cat. she's screaming 😤"),
)
t(
    "logistics_then_order",
    "demand",
    (
        "lc",
        "school_run",
        "running late, meeting went over. u are doing pickup today and i dont want to hear about it",
    ),
    ("br", "school_run", "I'm stuck on the M25. You're doing the school run, end of."),
    (
        "au",
        "kids",
        "got footy rego to sort after work. ur doing bath and bed, no arguments",
    ),
)
t(
    "bare_order",
    "demand",
    ("in", "money", "Transfer the rent today only. Don't tell me tomorrow."),
    ("ab", "money", "send me the rent money b4 5 pls. not tmrw"),
)
t(
    "bare_order",
    "demand stonewalling",
    ("lc", "plans", "just do what i said and stop asking"),
    ("ap", "plans", "Stop asking questions and just DO it!!"),
)
t(
    "logistics_with_complaint",
    "demand",
    (
        "lm",
        "moving",
        "The van's booked for 8 on Saturday. Mum said she can mind the dog. I've labelled the kitchen boxes already. You will have the garage cleared by Friday night, I'm not asking. Let me know if you want pizza after.",
    ),
    (
        "lm",
        "wedding",
        "Caterer confirmed the numbers this morning. The florist wants a deposit by the 12th. My cousin can do the playlist. You are sending your guest list tonight, full stop. Anyway how was your day?",
    ),
)
t(
    "bare_order",
    "demand",
    ("am", "gaming", "Headset off when I'm talking to you."),
    ("lc", "tv", "tv off when im talking to u"),
)
t(
    "bare_order",
    "demand absolute",
    ("lc", "texting_back", "text me back when i text u. every time. its not hard"),
    ("in", "texting_back", "Whenever I message you, you reply. Every time. Simple."),
)
t(
    "bare_order",
    "demand",
    (
        "vt",
        "exercise",
        "you need to be at the gym by six tomorrow I've told your trainer you'll be there so get up when the alarm goes",
    ),
    (
        "vt",
        "sleep",
        "you need to be in bed by eleven tonight not half twelve not one eleven I'm setting an alarm",
    ),
)
t(
    "bare_order",
    "demand",
    ("au", "drinking", "dont u dare drive home after the pub. cab. end of story"),
    ("br", "driving", "You are not driving tonight. Give me the keys."),
)
t(
    "expectation",
    "demand",
    (
        "fo",
        "family_visits",
        "I expect you to be pleasant to my parents this weekend. That's all I'll say.",
    ),
    (
        "lc",
        "in_laws",
        "i expect u to actually talk to my dad this time, not sit on ur phone",
    ),
    (
        "in",
        "family_visits",
        "I expect you to touch feet and greet everyone properly this time.",
    ),
)
t(
    "expectation",
    "demand",
    ("lc", "gifts", "there had better be a present this year. just saying"),
    ("em", "birthdays", "there better be cake 🎂 and not from the servo this time"),
)
t(
    "bare_order",
    "demand",
    ("fr", "noise", "music. down."),
    ("cap", "noise", "TURN IT DOWN"),
    ("ab", "noise", "turn it down pls its 2am"),
)

# ---------------------------------------------------------------- stonewalling (flagged)
t(
    "shutdown",
    "stonewalling",
    ("lc", "plans", "im not doing this rn"),
    ("fr", "money", "not doing this with u tonight."),
    ("br", "in_laws", "I'm not getting into this again tonight."),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "money", "ok."),
    ("fr", "plans", "fine. noted."),
    ("fr", "texting_back", "kay"),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "jealousy", "i'm going for a drive. dont wait up"),
    ("au", "friends", "heading out. dont call me"),
)
t(
    "silent_treatment",
    "stonewalling",
    ("lc", "chores", "im not talking to u till tomorrow"),
    (
        "in",
        "in_laws",
        "I am not speaking to you for the rest of the day. Don't message.",
    ),
    ("em", "plans", "not talking to u rn 🤐"),
)
t(
    "shutdown",
    "stonewalling",
    ("ab", "money", "idc anymore do wat u want"),
    ("lc", "holidays", "book wherever u want idc anymore"),
)
t(
    "shutdown",
    "stonewalling",
    ("fo", "budget", "I have nothing further to say on the matter."),
    ("fo", "moving", "I consider this discussion closed."),
)
t(
    "shutdown",
    "stonewalling",
    (
        "vt",
        "ex_partners",
        "I'm not having this conversation again I'm going to bed I'll see you in the morning",
    ),
    (
        "vt",
        "drinking",
        "I'm not doing this with you when you've had a drink I'm going to my sister's for the night",
    ),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "sex", "just forget i said anything then"),
    ("fr", "intimacy", "forget it. doesn't matter."),
    ("em", "anniversaries", "forget it 🙃"),
)
t(
    "shutdown",
    "stonewalling",
    ("br", "kids", "I've said my piece. I'm not discussing it further."),
    ("au", "kids", "said what i had to say. done"),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "jealousy", "cant be bothered arguing. night"),
    ("ty", "jealousy", "cant be bothred with this tbh. night"),
)
t(
    "shutdown",
    "stonewalling",
    ("in", "politics", "Enough. I don't want to discuss anything with you today."),
    ("lc", "religion", "im not discussing this w u ever again"),
)
t(
    "silent_treatment",
    "stonewalling",
    ("lc", "texting_back", "putting my phone on dnd. ill talk to u when im ready"),
    ("em", "social_media", "muting u for a bit 🔇"),
)
t(
    "shutdown",
    "stonewalling",
    ("fr", "plans", "whatever you want."),
    ("ab", "holidays", "w/e, ur call"),
)
t(
    "logistics_with_complaint",
    "stonewalling",
    (
        "lm",
        "in_laws",
        "Mum called about Sunday, she's doing a roast. I said we'd bring dessert. The train is at 11:40. And about last night, I'm not talking about it, so don't bring it up. See you at six.",
    ),
    (
        "lm",
        "money",
        "The electricity bill came, it's less than last quarter. I paid the water too. The thing you wanted to 'talk about', I'm not going there, I've told you. Can you grab bread on the way home?",
    ),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "remote_work", "i'm working. we can talk about it never"),
    ("au", "work_hours", "flat out. talk about it never"),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "sleep", "sleeping on the couch. goodnight"),
    ("ap", "snoring", "I'm sleeping in the spare room. Don't knock!!"),
)
t(
    "shutdown",
    "stonewalling",
    ("in", "family_visits", "I'm leaving the room. Talk to the wall."),
    ("lc", "tv", "im going upstairs. talk to urself"),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "plans", "yep. cool. great. anyway"),
    ("fr", "plans", "cool. anyway."),
)
t(
    "shutdown",
    "stonewalling contempt",
    ("lc", "chores", "whatever helps u sleep at night"),
    ("br", "money", "Yeah, whatever you say."),
)
t(
    "shutdown",
    "stonewalling",
    (
        "fo",
        "wedding",
        "I will not be responding to any further messages about the wedding today.",
    ),
    (
        "ph",
        "wedding",
        "I'd rather not reply to anything else about the seating plan today, if that's alright.",
    ),
)

# ---------------------------------------------------------------- defensiveness (flagged)
t(
    "excuse",
    "defensiveness",
    ("lc", "cooking", "i was only trying to help"),
    ("em", "cooking", "i was ONLY trying to help, jeez 🙄"),
    ("in", "garden", "I was only trying to help, no need to shout."),
)
t(
    "counter_attack",
    "defensiveness absolute",
    ("lc", "dishes", "here we go again"),
    ("em", "laundry", "and here we go again 🙄🙄"),
    ("au", "tidiness", "here we go again hey"),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "groceries", "so its my fault now?"),
    ("ap", "car", "Oh so it's MY fault now?!"),
    ("in", "school_run", "So now everything is my fault only?"),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "money", "what about the 200 u spent on shoes tho"),
    ("au", "budget", "bit rich coming from someone who dropped 300 on a bike"),
    ("br", "drinking", "Says the one who had six pints on Friday."),
)
t(
    "counter_attack",
    "defensiveness",
    ("ab", "phones", "ur on ur phone just as much lol"),
    ("lc", "social_media", "like ur not on insta 24/7"),
)
t(
    "excuse",
    "defensiveness",
    ("lc", "work_hours", "i work 50 hours a week, what more do u want from me"),
    (
        "in",
        "work_hours",
        "I am working 12 hours a day for this family, what else you want?",
    ),
    ("ty", "commute", "i spend 3 hrs a day on a train what more do u want"),
)
t(
    "excuse",
    "defensiveness",
    ("lc", "birthdays", "i didnt forget, i was busy. theres a difference"),
    (
        "br",
        "anniversaries",
        "I didn't forget, I just hadn't got round to it. Not the same thing.",
    ),
)
t(
    "counter_attack",
    "defensiveness",
    (
        "lc",
        "punctuality",
        "well maybe if u told me the time properly i wouldnt be late",
    ),
    (
        "vt",
        "punctuality",
        "well if you'd actually told me it started at seven instead of around seven I would have been there wouldn't I",
    ),
)
t(
    "counter_attack",
    "defensiveness absolute",
    ("lc", "chores", "nothing i do is ever good enough for u is it"),
    ("ap", "cooking", "Nothing I do is EVER right!!"),
)
t(
    "excuse",
    "defensiveness",
    ("lc", "texting_back", "i was driving?? what was i supposed to do"),
    ("au", "texting_back", "was on site, no reception, not my fault"),
    ("in", "texting_back", "I was in a meeting, how can I reply? Be practical."),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "friends", "oh and ur friends are perfect are they"),
    ("br", "in_laws", "Oh and your family are saints, are they?"),
)
t(
    "counter_attack",
    "defensiveness",
    ("fo", "budget", "I would point out that the overspend was not solely my doing."),
    ("fo", "holidays", "I'd remind you that you agreed to the hotel as well."),
)
t(
    "excuse",
    "defensiveness",
    (
        "vt",
        "car",
        "I didn't see the post it was dark and anyway it's a stupid place to put a post and it's barely a scratch so I don't know why we're making it a whole thing",
    ),
    (
        "vt",
        "driving",
        "the light was orange not red and everyone else went too so I don't know why you're acting like I nearly killed us",
    ),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "jealousy", "ur the one who still follows ur ex so"),
    (
        "ab",
        "ex_partners",
        "ur literally still friends w ur ex so idk why im the problem",
    ),
)
t(
    "counter_attack",
    "defensiveness contempt",
    ("lc", "dishes", "sorry im not perfect like u"),
    ("em", "cleaning_bathroom", "sorry not all of us are perfect 🙃"),
)
t(
    "excuse",
    "defensiveness",
    ("lc", "groceries", "it wasnt on the list. if its not on the list i dont buy it"),
    ("au", "groceries", "wasnt on the list mate. not a mind reader"),
)
t(
    "counter_attack",
    "defensiveness",
    (
        "ph",
        "kids",
        "I hear you, but to be fair I'm the one who did every bedtime last week, so.",
    ),
    (
        "ph",
        "chores",
        "Totally fair, though I might gently point out I did the bathroom the last four times.",
    ),
)
t(
    "counter_attack",
    "defensiveness absolute",
    ("lc", "tidiness", "why is it always me getting told off"),
    ("ty", "tidiness", "why am i alwys the one in trouble"),
)
t(
    "excuse",
    "defensiveness",
    (
        "in",
        "money",
        "That transfer was for my brother's fees, what could I do? You would have done the same.",
    ),
    ("lc", "money", "it was for my sister, what was i meant to do say no"),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "snoring", "u snore too u know"),
    ("em", "snoring", "lol u snore louder than me 😂 so"),
)
t(
    "logistics_with_complaint",
    "defensiveness",
    (
        "lm",
        "school_run",
        "Got the kids, they're having toast. Maya has a note about the trip. About this morning, I'm not the only one who forgets things in this house, so maybe let's not. Swimming is at 5 tomorrow.",
    ),
    (
        "lm",
        "pets",
        "Vet said his ear is a bit better. Drops twice a day. And before you say it, yes I was late with the last dose, but you were the one who hid the bottle. Anyway he's eating fine.",
    ),
)
t(
    "excuse",
    "defensiveness",
    ("lc", "exercise", "i'd go to the gym if i had any time, which i dont"),
    ("au", "weight", "would love to eat better, when exactly am i meant to cook"),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "plans", "dont turn this around on me"),
    ("br", "plans", "Don't you dare make this about me."),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "gaming", "at least i'm home. i could be out every night like some people"),
    ("au", "drinking", "at least i come home, some blokes dont"),
)

# ---------------------------------------------------------------- threat (flagged)
t(
    "consequence_threat",
    "threat",
    ("lc", "chores", "fine, see how u like it when i stop doing everything"),
    ("em", "cooking", "ok cook for urself then. see how u like it 😊"),
    ("au", "laundry", "do ur own washing then, see how u go"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "drinking", "one more night like that and im gone"),
    ("br", "drinking", "One more night like Saturday and I'm packing a bag."),
    ("in", "smoking", "One more cigarette in the house and I am going to my mother's."),
)
t(
    "ultimatum",
    "threat demand",
    ("lc", "gaming", "its me or the xbox. pick"),
    ("ap", "friends", "It's them or me. Choose!!"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "punctuality", "be late again and ill go without u"),
    ("au", "punctuality", "if ur not out front by 7 im leaving without u"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "plans", "dont bother coming home tonight"),
    ("cap", "drinking", "DONT BOTHER COMING HOME"),
)
t(
    "withholding",
    "threat",
    ("lc", "money", "no more money from me till u sort ur spending"),
    (
        "in",
        "budget",
        "From this month I will not give a single rupee until you show me where it went.",
    ),
)
t(
    "withholding",
    "threat",
    ("lc", "sex", "dont expect anything tonight after that"),
    ("em", "intimacy", "dont expect cuddles tonight 🙂"),
)
t(
    "consequence_threat",
    "threat",
    (
        "fo",
        "moving",
        "If the deposit isn't paid by Friday, I will be looking for somewhere on my own.",
    ),
    ("fo", "budget", "Should this happen again, I will be opening a separate account."),
)
t(
    "consequence_threat",
    "threat",
    (
        "vt",
        "in_laws",
        "if your mother says one more thing about my cooking I'm walking out and you can explain to everyone why",
    ),
    (
        "vt",
        "family_visits",
        "if your brother turns up drunk again I'm taking the kids and going home and I'm not coming back for the rest of it",
    ),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "phones", "keep texting her and see what happens"),
    ("ab", "social_media", "keep liking her pics n see wat happens"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "holidays", "fine go without me then. have fun"),
    ("au", "holidays", "go to bali on ur own then, have a ball"),
)
t(
    "consequence_threat",
    "threat",
    (
        "in",
        "wedding",
        "If you don't fix this with your parents, there will be no wedding. I'm serious.",
    ),
    ("lc", "wedding", "sort it with ur mum or the weddings off"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "pets", "if that dog chews one more shoe hes going back"),
    (
        "br",
        "pets",
        "One more wee on the carpet and that cat is going to your mother's.",
    ),
)
t(
    "consequence_threat",
    "threat",
    (
        "ph",
        "chores",
        "I'll just stop doing your washing, I think, and we'll see if anyone notices.",
    ),
    (
        "ph",
        "cooking",
        "Maybe I'll just stop cooking for a week and we'll see how that goes for everyone.",
    ),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "jealousy", "u go to that party and we're done"),
    ("ty", "jealousy", "u go to that party n were finsihed"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "car", "crash it again and ur buying the next one"),
    ("au", "car", "scratch the ute again and ur paying for the respray"),
)
t(
    "withholding",
    "threat",
    ("lc", "birthdays", "dont expect a present from me this year then"),
    ("em", "gifts", "guess ur not getting a gift this year 🎁❌"),
)
t(
    "consequence_threat",
    "threat",
    (
        "lm",
        "budget",
        "I've gone through the account. Rent's covered, car's covered, the kids' stuff is fine. But if I see one more takeaway on there this month, I'm cancelling the card. Dinner's at 7.",
    ),
    (
        "lm",
        "gaming",
        "Had a good chat with your sister today, she says hi. The boiler man is coming Thursday between 8 and 12. If that headset is on past midnight again, it's going in the bin. Want lasagne tonight?",
    ),
)
t(
    "consequence_threat",
    "threat",
    (
        "fo",
        "remote_work",
        "If the meetings continue at the dinner table, I will start eating in another room.",
    ),
    ("lc", "remote_work", "take one more call at dinner and im eating in the bedroom"),
)
t(
    "ultimatum",
    "threat demand",
    ("lc", "smoking", "quit or i walk. im not watching u kill urself"),
    ("in", "smoking", "Either you quit or I leave. I'm not going to watch this."),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "texting_back", "ignore me again tonight and ill make sure u regret it"),
    ("ab", "texting_back", "leave me on read again n ull regret it"),
)
t(
    "consequence_threat",
    "threat contempt",
    ("lc", "friends", "go on then, go out with ur mates. ill remember this"),
    ("br", "friends", "Off you pop then. I'll remember this."),
)

# ---------------------------------------------------------------- blame by question (flagged)
t(
    "rhetorical_question",
    "blame",
    ("lc", "texting_back", "is it really that hard to reply to one text"),
    (
        "in",
        "texting_back",
        "How difficult is it to send one message saying you reached?",
    ),
    ("au", "texting_back", "how hard is it to flick me a text"),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "dishes", "who exactly do u think is going to wash that pan"),
    ("br", "dishes", "And who do you imagine is going to wash all that?"),
)
t(
    "rhetorical_question",
    "blame mind_reading",
    ("lc", "plans", "did u even think about me when u said yes to him"),
    ("em", "plans", "did u think about me at all? even once? 🙂"),
)
t(
    "rhetorical_question",
    "blame absolute",
    ("lc", "groceries", "why is there no milk. again."),
    ("ap", "groceries", "Why is there NEVER any milk?!"),
    ("ty", "groceries", "why is ther no bread agian"),
)
t(
    "rhetorical_question",
    "blame",
    (
        "vt",
        "money",
        "so where exactly did the three hundred quid go because it didn't go on food and it didn't go on petrol so I'm all ears",
    ),
    (
        "vt",
        "budget",
        "so can you explain to me how we're overdrawn on the twentieth when I haven't bought anything but groceries",
    ),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "punctuality", "what time do u call this"),
    ("br", "punctuality", "What time do you call this?"),
    ("au", "punctuality", "what time d'ya call this"),
)
t(
    "rhetorical_question",
    "blame contempt",
    ("lc", "tidiness", "do the socks walk to the floor by themselves"),
    ("em", "laundry", "do the towels get on the floor by magic? 🪄"),
)
t(
    "rhetorical_question",
    "blame",
    ("in", "in_laws", "Why you told your mother about our fight? What was the need?"),
    ("lc", "in_laws", "why did ur mum know about the money before i did"),
)
t(
    "rhetorical_question",
    "blame",
    ("fo", "car", "Could you explain why the car was returned with the fuel light on?"),
    (
        "fo",
        "budget",
        "May I ask why the subscription was renewed after we agreed to cancel it?",
    ),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "kids", "did u actually check his homework or just ask him"),
    ("au", "school_run", "did u even check the bag or just chuck it in the car"),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "doctor", "so when were u going to tell me about the doctor"),
    (
        "br",
        "health",
        "And when were you planning to mention the test results, exactly?",
    ),
)
t(
    "rhetorical_question",
    "blame absolute",
    ("lc", "chores", "am i the only one who knows where the hoover is"),
    (
        "ty",
        "cleaning_bathroom",
        "am i the only one in this house who knows how to clean a toliet",
    ),
)
t(
    "rhetorical_question",
    "blame",
    (
        "ph",
        "plans",
        "Sorry, just wondering, was there a reason I found out about the trip from your sister?",
    ),
    (
        "ph",
        "friends",
        "Just curious, was I invited to this dinner, or did I miss that message?",
    ),
)
t(
    "rhetorical_question",
    "blame contempt",
    ("lc", "phones", "is the phone more interesting than me"),
    ("em", "phones", "is tiktok better company than me 🙃"),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "pets", "who left the gate open"),
    ("au", "pets", "who left the gate open?? dogs been out an hour"),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "snoring", "do u know how many hours i slept last night. two."),
    ("in", "snoring", "Do you know I slept only two hours because of your snoring?"),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "anniversaries", "do u know what today is"),
    ("em", "anniversaries", "do u know what day it is today? 🙂"),
)

# ---------------------------------------------------------------- edged facts (flagged)
t(
    "edged_fact",
    "blame",
    ("lc", "groceries", "the milks gone off. the milk YOU said youd bin"),
    (
        "br",
        "groceries",
        "The milk's gone off. The milk you said you'd chuck on Monday.",
    ),
    ("au", "groceries", "milks off. the one u said ud toss. cheers"),
)
t(
    "edged_fact",
    "blame",
    ("lc", "car", "car's on empty. i didnt drive it yesterday"),
    (
        "in",
        "car",
        "Petrol is on reserve. I did not take the car yesterday, just saying.",
    ),
)
t(
    "edged_fact",
    "blame",
    ("lc", "kids", "the school rang. nobody picked him up."),
    ("fo", "school_run", "The school called at 3:40. No one had collected Leo."),
)
t(
    "edged_fact",
    "blame",
    ("lc", "pets", "the dogs bowl was empty when i got home. just so u know"),
    ("ty", "pets", "cats bowl was empty when i got in. fyi"),
)
t(
    "edged_fact",
    "blame",
    ("lc", "dishes", "the sink is exactly how i left it this morning"),
    ("au", "dishes", "sink looks exactly how i left it at 6am. interesting"),
    ("em", "dishes", "sink hasnt moved since this morning 🙂"),
)
t(
    "edged_fact",
    "blame",
    ("lc", "money", "the bank says we're 80 over. i havent bought anything"),
    ("br", "budget", "We're overdrawn again. I haven't spent a penny this week."),
)
t(
    "edged_fact",
    "blame",
    ("lc", "plans", "the restaurant gave our table away. we were booked for 7"),
    ("in", "punctuality", "The table was for 7. It is now 7:45. They gave it away."),
)
t(
    "edged_fact",
    "blame",
    ("lc", "laundry", "my work shirt is still wet. the one u said u'd hang out"),
    ("au", "laundry", "work shirt's still damp. the one u said ud hang up. good stuff"),
)
t(
    "edged_fact",
    "blame",
    ("fo", "budget", "For the record, I paid the last four bills."),
    (
        "fo",
        "chores",
        "For the record, the bins have been my job every week since March.",
    ),
)
t(
    "edged_fact",
    "blame",
    (
        "lc",
        "gifts",
        "my sister got a card from u on her birthday. i got nothing on mine",
    ),
    ("em", "birthdays", "ur mate got a cake for his bday. i got a text. cool 🙂"),
)
t(
    "edged_fact",
    "blame",
    ("lc", "garden", "the tomatoes are dead. u were watering them"),
    ("br", "garden", "The tomatoes have died. You were on watering duty."),
)
t(
    "edged_fact",
    "blame",
    (
        "vt",
        "doctor",
        "the surgery just rang to say you missed your appointment again that's the second one and they charge now so that's forty pounds",
    ),
    (
        "vt",
        "health",
        "pharmacy rang your prescription has been sitting there for two weeks they're sending it back",
    ),
)
t(
    "edged_fact",
    "blame",
    ("lc", "texting_back", "i sent 6 messages. u read all of them"),
    ("ab", "texting_back", "6 msgs. all read. 0 replies. ok"),
)
t(
    "edged_fact",
    "blame absolute",
    ("lc", "neighbours", "next door complained about the music again. at 1am."),
    ("au", "neighbours", "neighbours knocked again about ur music. 1am mate"),
)
t(
    "logistics_with_complaint",
    "blame",
    (
        "lm",
        "holidays",
        "Flights are booked for the 14th. I found a cheaper transfer too. The hotel emailed to say our deposit bounced, which is the card you said you'd top up. Mum's happy to feed the cat. Can't wait.",
    ),
    (
        "lm",
        "moving",
        "The agent says Tuesday for the keys. The removal firm wants cash on the day. The meter readings never got sent, which was the one job you took. I've packed the bathroom. Chinese tonight?",
    ),
    (
        "lm",
        "kids",
        "Ella's got a rash, probably nothing, I'll keep an eye on it. Her swimming stuff is still in the bag from Thursday, wet, because nobody emptied it. Dad's coming at 4. Can you grab Calpol?",
    ),
)
t(
    "edged_fact",
    "blame absolute",
    ("lc", "cleaning_bathroom", "theres hair in the plughole again. not mine"),
    ("in", "cleaning_bathroom", "Hair in the drain again. I have short hair, so."),
)
t(
    "edged_fact",
    "blame",
    ("lc", "social_media", "saw u were online at 2am. thought u were 'asleep'"),
    ("em", "social_media", "active 3 min ago 👀 thought u were sleeping"),
)

# ---------------------------------------------------------------- mixed edge forms (flagged)
t(
    "affection_then_complaint",
    "demand",
    ("lc", "tidiness", "love u but those boots are leaving the hallway today"),
    ("em", "tidiness", "love u lots ❤️ but the boots are gone from the hall by tonight"),
)
t(
    "affection_then_complaint",
    "stonewalling",
    ("lc", "plans", "love you. but i'm done talking about it"),
    ("au", "holidays", "love ya but im not talking about xmas again"),
)
t(
    "affection_then_complaint",
    "threat",
    ("lc", "drinking", "i love u but if this happens again im out"),
    (
        "in",
        "drinking",
        "I love you, but next time you come home drunk I'm going to my parents' house.",
    ),
)
t(
    "conditional_blame",
    "blame",
    ("lc", "budget", "we'd have the deposit by now if u stuck to anything"),
    (
        "br",
        "money",
        "We'd have been on holiday by now if someone could stick to a budget.",
    ),
)
t(
    "conditional_blame",
    "blame",
    ("lc", "punctuality", "we'd be there already if u hadnt changed shirts 3 times"),
    ("au", "punctuality", "wed be there by now if u didnt faff about"),
)
t(
    "sarcasm",
    "contempt defensiveness",
    ("lc", "chores", "oh sorry i forgot ur perfect"),
    (
        "br",
        "dishes",
        "Oh, terribly sorry, I forgot I live with the dishwashing police.",
    ),
)
t(
    "sarcasm",
    "contempt demand",
    ("lc", "phones", "sure, keep scrolling, i'll just talk to the wall"),
    ("em", "phones", "no no keep scrolling 🙂 i'll talk to the cat"),
)
t(
    "rhetorical_question",
    "demand",
    ("lc", "chores", "are u going to do the bins or do i have to beg"),
    ("ab", "chores", "u gonna do the bins or am i beggin"),
)
t(
    "rhetorical_question",
    "defensiveness",
    ("lc", "money", "and what about all the times i paid for dinner?"),
    ("in", "money", "And what about all the times I paid for your family's trip?"),
)
t(
    "rhetorical_question",
    "threat",
    ("lc", "jealousy", "want me to start going out without telling u? cause i can"),
    ("au", "friends", "want me to start doing the same? cause i will"),
)
t(
    "shutdown",
    "stonewalling defensiveness",
    ("lc", "chores", "fine its all my fault. happy now. im going to bed"),
    ("em", "plans", "fine everythings my fault 🙃 night"),
)
t(
    "excuse",
    "defensiveness",
    (
        "fo",
        "work_hours",
        "As I explained, the deadline was outside my control, so I'm not sure what else you expect.",
    ),
    (
        "ph",
        "work_hours",
        "I did say I'd be late, so I'm not entirely sure why this is a surprise?",
    ),
)
t(
    "counter_attack",
    "defensiveness",
    ("lc", "weight", "ur not exactly a gym bunny yourself"),
    ("au", "exercise", "not like ur out running every morning either"),
)
t(
    "bare_order",
    "demand",
    ("lc", "clothes", "change ur shirt before we go. not that one"),
    ("in", "clothes", "Change that shirt. Wear the blue one I kept out."),
)
t(
    "bare_order",
    "demand",
    ("lc", "hobbies", "the guitar stays in the spare room. not the lounge"),
    ("br", "hobbies", "Paint stuff off the dining table. Tonight."),
)
t(
    "bare_order",
    "demand",
    (
        "vt",
        "groceries",
        "get milk get bread get the nappies the right ones not the cheap ones and don't come back without them",
    ),
    (
        "vt",
        "cooking",
        "you're making dinner tonight and not beans on toast an actual dinner with a vegetable in it",
    ),
)
t(
    "bare_order",
    "demand",
    ("lc", "social_media", "take that photo down. now."),
    ("ap", "social_media", "Take the photo down!! I look awful!!"),
)
t(
    "bare_order",
    "demand",
    ("lc", "ex_partners", "block her. today."),
    ("in", "ex_partners", "Block him today itself. No discussion."),
)
t(
    "bare_order",
    "demand",
    ("lc", "commute", "leave earlier tomorrow. not my problem the trains are bad"),
    ("au", "commute", "leave earlier then. trains have always been rubbish"),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "pregnancy", "i dont want to talk about babies tonight. or tomorrow."),
    ("fo", "fertility", "I am not prepared to discuss the clinic again this week."),
)
t(
    "consequence_threat",
    "threat",
    (
        "lc",
        "fertility",
        "if u cancel the appointment again i'm going alone and not telling u how it went",
    ),
    ("lc", "pregnancy", "skip the scan again and ill bring my mum instead"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "noise", "drums after 10 again and theyre going on gumtree"),
    ("br", "noise", "If the drums come out after ten again, they're going on eBay."),
)
t(
    "bare_order",
    "demand",
    ("lc", "religion", "ur coming to mass sunday. mum expects it. so do i"),
    ("in", "religion", "You are coming to the pooja on Sunday. I have told everyone."),
)
t(
    "shutdown",
    "stonewalling",
    ("lc", "politics", "ur not worth arguing with about this"),
    ("br", "politics", "Not worth the breath, honestly. Night."),
)
t(
    "excuse",
    "defensiveness",
    ("lc", "neighbours", "i only said what everyone was thinking"),
    ("au", "neighbours", "only said what everyone on the street thinks"),
)
t(
    "consequence_threat",
    "threat",
    ("lc", "sleep", "wake me up at 3am again and ur sleeping in the car"),
    ("em", "sleep", "wake me up again and ur on the couch forever 😤"),
)
t(
    "edged_fact",
    "blame",
    ("lc", "exercise", "ur gym membership came out again. 40 quid. u went once"),
    (
        "in",
        "exercise",
        "Gym fee deducted again. You went only one time in three months.",
    ),
)
t(
    "edged_fact",
    "blame contempt",
    ("lc", "tv", "the remote is in the fridge. again. no idea how"),
    (
        "br",
        "tv",
        "Found the remote in the bread bin. No idea how that happened, obviously.",
    ),
)
t(
    "edged_fact",
    "blame",
    ("lc", "smoking", "the balcony smells like smoke. the balcony u dont smoke on"),
    ("au", "smoking", "balcony reeks of durries. the balcony u 'dont smoke on'"),
)
t(
    "rhetorical_question",
    "blame",
    ("lc", "gaming", "do u know ur son asked if u were coming to his game"),
    ("ph", "kids", "Did you know Sam asked three times if you'd be at his concert?"),
)
t(
    "bare_order",
    "demand",
    ("lc", "weight", "no more chips in the trolley. i mean it"),
    ("ab", "groceries", "no more junk in the trolley pls i mean it this time"),
)

# ================================================================ innocent
t(
    "logistics",
    None,
    ("lc", "chores", "bins tonight pls x"),
    ("em", "chores", "bins tonight pls 🙏 green one"),
    ("au", "chores", "bins go out tonight love, recycling week"),
)
t(
    "logistics",
    None,
    ("fr", "groceries", "milk. bread. eggs. that's it x"),
    ("ab", "groceries", "need milk + bread if ur passing, ty"),
)
t(
    "logistics",
    None,
    ("lc", "car", "can i have the car back by 6? got the dentist at 6:30"),
    (
        "in",
        "car",
        "Please bring the car by 6, I have to go for Amma's checkup at 6:30.",
    ),
)
t(
    "neutral_instruction",
    None,
    ("lc", "cooking", "oven off at 7:40, dont open the door before then or it sinks"),
    (
        "br",
        "cooking",
        "Take the lasagne out at twenty to, and leave it ten minutes before cutting.",
    ),
)
t(
    "food_done",
    None,
    ("lc", "cooking", "im done, cant eat another bite"),
    ("em", "cooking", "i'm done 😵 that curry was massive"),
    ("au", "cooking", "im stuffed, done, tell ur mum it was unreal"),
)
t(
    "kind_leave_it",
    None,
    ("lc", "dishes", "leave it, ill do it later. go sit down x"),
    (
        "br",
        "dishes",
        "Leave the washing up, love, I'll do it in the morning. You've had a long day.",
    ),
    ("in", "dishes", "Leave it na, I'll do it after my call. You rest."),
)
t(
    "reassurance",
    None,
    ("lc", "car", "its not ur fault, someone reversed into u"),
    ("em", "pets", "it's not your fault he got out ❤️ the latch is broken"),
    (
        "ph",
        "kids",
        "Please don't blame yourself, it honestly wasn't your fault, kids fall off swings.",
    ),
)
t(
    "reassurance",
    None,
    ("lc", "work_hours", "u dont have to explain, i know work is mad rn"),
    ("au", "work_hours", "no stress, i know ur flat out this week"),
)
t(
    "quote",
    None,
    ("lc", "in_laws", "ur mum just texted me 'bins. tonight.' lol shes taken over"),
    (
        "em",
        "family_visits",
        "dad just said 'phone down, we're eating' to my brother 😂 like hes 12",
    ),
    (
        "br",
        "kids",
        "Tom just told Lily 'sort it out yourself' and she actually did. Proud moment.",
    ),
)
t(
    "quote",
    None,
    (
        "lc",
        "work_hours",
        "my boss literally said 'i expect it on my desk by 6' like its 1985",
    ),
    (
        "in",
        "work_hours",
        "My manager said 'you will finish this today itself', I said ok sir.",
    ),
)
t(
    "quote",
    None,
    (
        "lc",
        "friends",
        "jess told her bf 'its me or the xbox' and he picked the xbox 💀",
    ),
    (
        "au",
        "friends",
        "dazza's missus told him 'don't bother coming home' and he didnt lol",
    ),
)
t(
    "quote",
    None,
    (
        "lc",
        "tv",
        "that show where she goes 'see how u like it' and drives off, we need to finish it",
    ),
    (
        "br",
        "tv",
        "The bit where he says 'I'm not doing this anymore' and walks out, I cried.",
    ),
)
t(
    "asked_for_advice",
    None,
    (
        "lc",
        "money",
        "u asked what i'd do — honestly id just ring the bank tomorrow and ask",
    ),
    (
        "ph",
        "work_hours",
        "Since you asked, I'd maybe talk to your manager first before HR?",
    ),
)
t(
    "asked_for_advice",
    None,
    ("lc", "health", "u asked so: id go to the gp, two weeks is long for a cough"),
    (
        "in",
        "doctor",
        "You asked my opinion, so I'll say go to the doctor tomorrow only, it's been two weeks.",
    ),
)
t(
    "vent_third_party",
    None,
    ("lc", "neighbours", "next door never ever puts their bins away. drives me mad"),
    (
        "au",
        "neighbours",
        "bloke next door leaves his bins out all week, doin my head in",
    ),
    (
        "br",
        "neighbours",
        "Number 12 has had their bins on the pavement since Tuesday. Honestly.",
    ),
)
t(
    "vent_third_party",
    None,
    ("lc", "work_hours", "my boss keeps saying 'sort it' and walking off. sort WHAT"),
    (
        "vt",
        "work_hours",
        "my manager just went sort it out and walked off and I have no idea what it is I'm meant to be sorting",
    ),
)
t(
    "vent_third_party",
    None,
    (
        "lc",
        "friends",
        "sarah left the group chat again bc someone disagreed w her. exhausting",
    ),
    (
        "em",
        "friends",
        "priya's giving tom the silent treatment again 🙄 i'm staying out of it",
    ),
)
t(
    "vent_third_party",
    None,
    ("lc", "commute", "the 8:10 was cancelled AGAIN. this train company is a joke"),
    ("ap", "commute", "Third cancellation this week!! Who runs this railway?!"),
)
t(
    "generic_you",
    None,
    ("lc", "health", "u can never be too careful with a head bump"),
    ("br", "driving", "You can't be too careful on that road in the fog."),
)
t(
    "generic_you",
    None,
    ("lc", "moving", "u always find stuff u forgot about when u move lol"),
    ("au", "moving", "u always find random junk when u move, found a cassette"),
)
t(
    "generic_you",
    None,
    ("lc", "kids", "you just have to pick your battles with a three year old"),
    ("in", "kids", "With toddlers you must pick your battles, no?"),
)
t(
    "good_request",
    None,
    ("lc", "chores", "could u do the bins tonight? im wiped x"),
    ("ph", "chores", "Would you mind doing the bins tonight? I've got a migraine."),
    ("in", "chores", "Can you please put the bins out tonight? My back is paining."),
)
t(
    "good_request",
    None,
    ("lc", "phones", "can we do phones away at dinner this week? i'll do it too"),
    ("em", "phones", "phone-free dinner tonight? both of us 📵❤️"),
)
t(
    "good_i_statement",
    None,
    ("lc", "intimacy", "i've missed u this week. can we have a proper night in"),
    (
        "ph",
        "intimacy",
        "I've been feeling a bit far from you lately and I'd love some time just us.",
    ),
)
t(
    "good_i_statement",
    None,
    (
        "lc",
        "chores",
        "im feeling a bit swamped with the house stuff, can we sit down and split it",
    ),
    (
        "br",
        "chores",
        "I'm finding the housework a lot on my own at the moment. Could we make a rota?",
    ),
)
t(
    "apology",
    None,
    ("lc", "punctuality", "sorry im late, bus broke down, be there in 10"),
    ("au", "punctuality", "sorry running late, roadworks everywhere, 15 min"),
    ("ty", "punctuality", "sory running late, traffic is insane, 10 mins"),
)
t(
    "apology",
    None,
    ("lc", "plans", "sorry i snapped earlier. it wasnt about u. can we talk later?"),
    (
        "in",
        "plans",
        "Sorry for shouting in the morning. I was tense about the meeting. Not your fault.",
    ),
)
t(
    "agreement",
    None,
    ("lc", "budget", "yeah ur right, we should cancel netflix"),
    ("au", "budget", "yeah fair call, lets ditch stan"),
)
t(
    "self_criticism",
    None,
    ("lc", "car", "i left the lights on again, the battery's dead, my bad"),
    ("br", "car", "I've flattened the battery again. Entirely my fault. Sorry."),
)
t(
    "self_criticism",
    None,
    (
        "lc",
        "birthdays",
        "i totally forgot to get ur mum a card, im useless, can u sign mine",
    ),
    (
        "em",
        "gifts",
        "completely forgot the present for ur nephew 🤦 will get one tomorrow",
    ),
)
t(
    "plans",
    None,
    ("lc", "plans", "dinner at 7? i'll book the thai place"),
    ("au", "plans", "pub at 6 then the footy? shout if ur keen"),
    ("in", "plans", "Shall we go to the temple and then dinner at 8?"),
)
t(
    "plans",
    None,
    (
        "vt",
        "holidays",
        "I was thinking for the holiday we could do the coast for three nights and then go up to see your gran on the way back what do you reckon",
    ),
    (
        "vt",
        "anniversaries",
        "for our anniversary I was thinking we go back to that little Italian place and then maybe a walk along the river if it's not raining",
    ),
)
t(
    "gratitude",
    None,
    ("lc", "chores", "thank u for doing the bins, i totally forgot"),
    ("em", "cooking", "that dinner was unreal thank u 🥹"),
    (
        "in",
        "family_visits",
        "Thank you for being so nice to my parents today. It meant a lot.",
    ),
)
t(
    "praise_absolute",
    None,
    ("lc", "cooking", "u always make the best roast, never change"),
    ("au", "garden", "garden looks unreal, u never miss"),
)
t(
    "praise_absolute",
    None,
    ("lc", "texting_back", "u always text me when u land, i love that"),
    (
        "ph",
        "punctuality",
        "You're always so good at getting us out the door on time, thank you.",
    ),
)
t(
    "question_for_info",
    None,
    ("lc", "groceries", "did u get milk or shall i?"),
    ("br", "groceries", "Did you manage to get milk, or shall I pop out?"),
)
t(
    "question_for_info",
    None,
    ("lc", "money", "where did the 300 go? i cant remember if we paid the plumber"),
    (
        "in",
        "budget",
        "Where did the 300 go, was it the plumber or the school fees? I am doing the sheet.",
    ),
)
t(
    "question_for_info",
    None,
    (
        "lc",
        "car",
        "why is the fuel light on? is the gauge broken again or is it actually empty",
    ),
    ("au", "car", "fuel lights on, is that the sensor again or does she need a fill"),
)
t(
    "question_for_info",
    None,
    (
        "lc",
        "kids",
        "did the school ring u? they left me a voicemail, cant hear it on the train",
    ),
    (
        "fo",
        "school_run",
        "Did the school contact you this afternoon? I had a missed call from them.",
    ),
)
t(
    "news",
    None,
    ("lc", "groceries", "the milks gone off, ill grab some on the way home"),
    ("br", "groceries", "Milk's gone off. No worries, I'll get some on the way back."),
)
t(
    "news",
    None,
    ("lc", "pets", "the dog got out but the neighbour caught him, all good"),
    ("em", "pets", "cat brought a mouse in 🐭 dealt with it, dont worry"),
)
t(
    "news",
    None,
    ("lc", "car", "car's making a noise again, booked it in for thursday"),
    ("au", "car", "ute's making that rattle again, booked it in thurs"),
)
t(
    "news",
    None,
    (
        "lc",
        "neighbours",
        "next door complained about their own dog barking lol. self awareness 0",
    ),
    ("br", "neighbours", "The couple at 14 have split up apparently. Sad."),
)
t(
    "exclamation",
    None,
    ("fr", "tv", "unbelievable!! did u see that goal"),
    ("cap", "tv", "WHAT A FINISH"),
    ("au", "tv", "are u watching?? absolute scenes"),
)
t(
    "idiom",
    None,
    ("lc", "work_hours", "im done for the day, brain is fried"),
    ("br", "work_hours", "That's me done. Knackered. Home soon."),
    ("au", "work_hours", "done and dusted, knocking off early"),
)
t(
    "idiom",
    None,
    ("lc", "exercise", "that class destroyed me lol i am DONE"),
    ("em", "exercise", "leg day killed me 💀 i'm done for"),
)
t(
    "affectionate_tease",
    None,
    ("lc", "snoring", "u snored like a walrus last night 😂 love u"),
    ("au", "snoring", "u were snoring like a chainsaw lol, cute tho"),
)
t(
    "affectionate_tease",
    None,
    ("lc", "clothes", "that jumper again? u and that jumper should get married lol"),
    ("em", "clothes", "the lucky shirt is out 😂 big meeting?"),
)
t(
    "neutral_instruction",
    None,
    ("lc", "pets", "give her the tablet in cheese, she wont take it otherwise"),
    ("in", "pets", "Give him the tablet with curd rice, he won't eat it plain."),
)
t(
    "neutral_instruction",
    None,
    ("lc", "moving", "u must take ur passport for the keys, the agent needs id"),
    ("fo", "moving", "You'll need to bring photo ID to collect the keys."),
)
t(
    "neutral_instruction",
    None,
    ("lc", "health", "drink loads of water and sleep, thats what the nurse said"),
    (
        "br",
        "health",
        "Nurse says fluids, paracetamol and sleep. Shout if it gets worse.",
    ),
)
t(
    "neutral_instruction",
    None,
    ("lc", "driving", "take the a road not the motorway, theres a crash at j12"),
    ("au", "driving", "go the back way, hume's a carpark"),
)
t(
    "logistics",
    None,
    ("lc", "school_run", "can u do pickup today? meeting overran, ill do tomorrow"),
    (
        "br",
        "school_run",
        "Any chance you could do pickup? I'm stuck in a meeting. I'll do Thursday.",
    ),
)
t(
    "logistics",
    None,
    (
        "vt",
        "groceries",
        "when you go to the shop can you get the blue nappies size four and some bananas and whatever you want for lunch tomorrow",
    ),
    (
        "vt",
        "plans",
        "so tomorrow I drop the kids at eight then I've got the dentist at ten and I'll be home by two if you want to do lunch",
    ),
)
t(
    "logistics",
    None,
    ("lc", "money", "rent goes out tmrw, ive moved the money over"),
    ("in", "money", "Rent will go tomorrow, I've transferred my share already."),
)
t(
    "logistics",
    None,
    (
        "fo",
        "wedding",
        "The caterer needs final numbers by Friday. Could you send me your side's list when convenient?",
    ),
    ("fo", "moving", "The removal company will arrive at 8am. I've arranged parking."),
)
t(
    "good_i_statement",
    None,
    ("lc", "plans", "i need a quiet night tbh, can we stay in"),
    ("au", "plans", "need a night in on the couch tbh, that ok?"),
)
t(
    "need_space_kindly",
    None,
    (
        "lc",
        "plans",
        "i need 20 mins to calm down, then i want to talk properly. love u",
    ),
    (
        "ph",
        "in_laws",
        "I'm a bit wound up, can I have an hour and then we'll talk it through? Not going anywhere.",
    ),
)
t(
    "need_space_kindly",
    None,
    ("lc", "sleep", "going to bed early, nothing wrong just knackered x"),
    ("em", "sleep", "early night for me 😴 nothing wrong just tired"),
)
t(
    "quote",
    None,
    (
        "lc",
        "kids",
        "mia told her teddy 'u will go to sleep NOW' 😂 wonder where she got that",
    ),
    (
        "in",
        "kids",
        "Aarav told his sister 'sort it yourself' and went to play. Little boss.",
    ),
)
t(
    "quote",
    None,
    (
        "lc",
        "in_laws",
        "ur dad said 'here we go again' when mum started on the garden lol",
    ),
    (
        "br",
        "family_visits",
        "Your gran just said 'I was only trying to help' after she rearranged our kitchen.",
    ),
)
t(
    "asked_for_advice",
    None,
    (
        "lc",
        "friends",
        "since u asked — i think u should tell her how u feel, she'll get it",
    ),
    (
        "ph",
        "friends",
        "You asked, so for what it's worth, I'd send her a message rather than call.",
    ),
)
t(
    "generic_you",
    None,
    ("lc", "cooking", "you have to let the pan get properly hot or it sticks"),
    (
        "br",
        "cooking",
        "You've got to salt the water properly or the pasta tastes of nothing.",
    ),
)
t(
    "vent_third_party",
    None,
    (
        "lc",
        "in_laws",
        "my brother just said 'i was only trying to help' after breaking mums tv 🙄",
    ),
    (
        "em",
        "family_visits",
        "my sister has announced she's 'not speaking to anyone' again 🙄 family",
    ),
)
t(
    "vent_third_party",
    None,
    (
        "vt",
        "friends",
        "Dan's just told Mike it's either him or the band and Mike picked the band so now I'm stuck listening to both of them",
    ),
    (
        "lm",
        "friends",
        "So Kate's in a mood with Ben again. Apparently he said 'it's not my fault the car broke down' and she walked out of the restaurant. I'm meeting her for coffee tomorrow. Want anything from town?",
    ),
)
t(
    "reassurance",
    None,
    (
        "lc",
        "fertility",
        "it's not ur fault. it's not anyone's fault. we'll figure it out together",
    ),
    (
        "ph",
        "pregnancy",
        "Please don't think this is anything you did. We'll get through it together.",
    ),
)
t(
    "plans",
    None,
    ("lc", "exercise", "fancy a run sat morning? slow one"),
    ("em", "exercise", "park run sat? 🏃 then brunch"),
)
t(
    "question_for_info",
    None,
    ("lc", "texting_back", "did u get my msg about saturday?"),
    ("ab", "texting_back", "did u get my txt abt sat? no rush"),
)
t(
    "logistics",
    None,
    ("lc", "pets", "dog needs walking at 5, can u do it? im on a call"),
    ("au", "pets", "can u take the dog out at 5? im on a zoom"),
)
t(
    "neutral_instruction",
    None,
    ("lc", "sleep", "phone down and sleep, ur flight's at 6 x"),
    ("em", "sleep", "phone down, bed 😴 big day tmrw x"),
)
t(
    "good_request",
    None,
    ("lc", "noise", "could u pop headphones on after 10? early start tmrw"),
    ("in", "noise", "Can you use headphones after 10 please? I have an early shift."),
)
t(
    "good_request",
    None,
    ("lc", "money", "can we sit down sunday and look at the budget together?"),
    ("fo", "budget", "Would you be free on Sunday to go through the budget together?"),
)
t(
    "gratitude",
    None,
    ("lc", "car", "thanks for filling the car, u legend"),
    ("au", "car", "cheers for filling the ute, legend"),
)
t(
    "news",
    None,
    ("lc", "work_hours", "got the promotion!!! drinks on me"),
    ("em", "work_hours", "GOT IT 🎉🎉 new job starts in march"),
)
t(
    "self_criticism",
    None,
    ("lc", "texting_back", "sorry i went quiet, phone died and i was useless today"),
    ("ty", "texting_back", "soz went quiet, phone died, been a mess today"),
)
t(
    "question_for_info",
    None,
    ("lc", "doctor", "what time's ur appointment tmrw? i can drive u"),
    (
        "in",
        "doctor",
        "What time is your appointment tomorrow? I'll take leave and come.",
    ),
)
t(
    "plans",
    None,
    ("lc", "family_visits", "mum wants us sunday, is that ok w u? can say no"),
    (
        "br",
        "in_laws",
        "Your mum's asked us for Sunday lunch. Happy either way, just let me know.",
    ),
)
t(
    "logistics",
    None,
    ("lc", "laundry", "washing's on, can u hang it out when it beeps? x"),
    ("em", "laundry", "washing on 🧺 hang it when it beeps pls"),
)
t(
    "exclamation",
    None,
    ("lc", "politics", "unbelievable. did u see the news"),
    ("br", "politics", "Have you seen the news? Honestly, what a day."),
)
t(
    "idiom",
    None,
    ("lc", "hobbies", "im done with this puzzle, 1000 pieces of sky"),
    ("au", "hobbies", "chucked the towel in on the puzzle, all sky"),
)
t(
    "affectionate_tease",
    None,
    ("lc", "gaming", "if u beat that boss tonight ill make u a trophy lol"),
    ("em", "gaming", "go win ur little game 😂 proud of u"),
)
t(
    "good_i_statement",
    None,
    (
        "lc",
        "jealousy",
        "i felt a bit jealous when u were texting at dinner. probably silly, just wanted to say",
    ),
    (
        "ph",
        "jealousy",
        "I noticed I felt a bit insecure last night, and I'd like to talk about it when you have time.",
    ),
)
t(
    "logistics",
    None,
    ("lc", "gifts", "got ur sisters present, wrapped it, its in the boot"),
    (
        "in",
        "gifts",
        "I have bought the gift for your cousin's wedding, it's in the cupboard.",
    ),
)
t(
    "neutral_instruction",
    None,
    ("lc", "garden", "water the tomatoes at the base not the leaves, they burn"),
    (
        "br",
        "garden",
        "Give the tomatoes a drink tonight if it doesn't rain. Base, not leaves.",
    ),
)
t(
    "apology",
    None,
    (
        "lc",
        "anniversaries",
        "i forgot what day it was, im so sorry, let me make it up to u tonight",
    ),
    (
        "ph",
        "anniversaries",
        "I'm really sorry I let today slip. Can I take you out on Saturday?",
    ),
)
t(
    "question_for_info",
    None,
    ("lc", "smoking", "do u want me to get patches when im at the chemist?"),
    ("au", "smoking", "want me to grab patches at the chemist?"),
)
t(
    "logistics",
    None,
    ("lc", "remote_work", "on calls 9-12, door shut, come get me if anything"),
    ("em", "remote_work", "calls all morning 🎧 knock if u need me"),
)


# ---------------------------------------------------------------- more flagged, thin styles
t(
    "bare_order",
    "demand",
    (
        "vt",
        "in_laws",
        "when your mum rings tonight you are telling her we're not coming for Christmas you're telling her not me I did it last year",
    ),
    (
        "vt",
        "family_visits",
        "you're ringing your brother tonight and telling him he can't stay here again I'm not doing it",
    ),
)
t(
    "logistics_with_complaint",
    "stonewalling",
    (
        "lm",
        "sleep",
        "Kids are down. I've put a wash on. There's leftover dal in the fridge if you're hungry. I'm not talking about what happened at your parents', so please don't start. Night.",
    ),
    (
        "lm",
        "holidays",
        "Booked the ferry for the 2nd. Your mum can have the dog. I looked at cottages, there's one with a hot tub. As for Christmas, I've told you, I'm not having that conversation again. Let me know about the cottage.",
    ),
)
t(
    "logistics_with_complaint",
    "defensiveness",
    (
        "lm",
        "budget",
        "Paid the council tax. The car insurance renewal is higher, I'll ring them. And yes, I bought the jacket, but I'm not the one who's been ordering takeaway four nights a week, so I don't really want to hear it. Back by 7.",
    ),
    (
        "lm",
        "tidiness",
        "Picked up your prescription. The plumber can't come till Monday. I know the garage is a mess, but half of that is your cycling stuff, so before you say anything. Want me to get fish and chips?",
    ),
)
t(
    "logistics_with_complaint",
    "demand threat",
    (
        "lm",
        "drinking",
        "Had lunch with Priya, she says hi. The boiler's fixed. Your brother's birthday is Saturday. You're not drinking at it, and if you do, I'm taking the kids home early. Love you.",
    ),
    (
        "lm",
        "gaming",
        "Got the shopping in. The school trip money's due Friday. Theo's got a cold. The console's going off at ten from now on, and if it isn't, I'm putting it in the loft. Anyway, pasta tonight.",
    ),
)
t(
    "polite_passive_aggressive",
    "blame",
    (
        "ph",
        "texting_back",
        "No worries if you're busy! Just wanted to check you were alive, since it's been six hours 😊",
    ),
    (
        "ph",
        "plans",
        "Totally fine that you forgot! I'll just sit here in my coat for a bit then.",
    ),
)
t(
    "polite_passive_aggressive",
    "demand",
    (
        "fo",
        "chores",
        "Kindly note that the dishwasher will not empty itself. Many thanks.",
    ),
    (
        "fo",
        "groceries",
        "Kindly ensure that the items on the shopping list are actually purchased this time. Regards.",
    ),
)
t(
    "polite_passive_aggressive",
    "blame absolute",
    (
        "ph",
        "birthdays",
        "Lovely card, thank you. Same one as last year, I think, but it's the thought that counts.",
    ),
    (
        "ph",
        "gifts",
        "Thank you for the flowers. Petrol station ones again, but it's the thought.",
    ),
)
t(
    "excuse",
    "defensiveness",
    (
        "in",
        "chores",
        "I was going to do it only, you didn't give me time. Why to shout?",
    ),
    ("au", "chores", "was gonna do it, u didnt give me a chance, chill"),
    ("ty", "chores", "i was gonna do it!! u didnt even give me a chanse"),
)
t(
    "counter_attack",
    "defensiveness absolute",
    (
        "in",
        "in_laws",
        "Every time my mother comes you make a face. And you are complaining about me?",
    ),
    (
        "am",
        "in_laws",
        "You're seriously complaining about my mom when your dad does the same thing every Thanksgiving?",
    ),
)
t(
    "consequence_threat",
    "threat",
    ("am", "money", "Touch the savings account again and I'm taking my name off it."),
    ("cap", "money", "TOUCH THE SAVINGS AGAIN AND WE ARE DONE"),
)
t(
    "shutdown",
    "stonewalling",
    ("am", "politics", "I'm not talking politics with you anymore. Period."),
    ("ap", "politics", "I'm DONE talking about the election with you!!"),
)
t(
    "rhetorical_question",
    "blame",
    ("am", "dishes", "Did the dishwasher load itself while I was out? No? Huh."),
    ("ty", "dishes", "did the dishwasher empty its self? no? wierd"),
)
t(
    "edged_fact",
    "blame",
    (
        "am",
        "pets",
        "The dog threw up on the rug. He'd eaten the chocolate you left on the coffee table.",
    ),
    ("in", "pets", "Dog vomited. The chocolate you kept on the table, he ate it."),
)
t(
    "bare_order",
    "demand",
    ("cap", "tidiness", "PICK UP YOUR CLOTHES"),
    ("ap", "laundry", "Clothes in the basket!! Not next to it!!"),
)
t(
    "shutdown",
    "stonewalling",
    (
        "in",
        "money",
        "Do whatever you want with the money. I will not say anything from now.",
    ),
    ("au", "money", "spend it on whatever mate, not my problem anymore"),
)
t(
    "bare_advice",
    "fixing",
    ("lc", "work_hours", "just quit then if its that bad"),
    ("au", "commute", "just drive in then if the trains are that bad, easy"),
)
t(
    "rhetorical_question",
    "defensiveness",
    ("am", "plans", "So I'm the bad guy for wanting one night with my friends?"),
    ("in", "friends", "So I'm the villain now for meeting my friends one evening?"),
)

# ---------------------------------------------------------------- more innocent, thin styles
t(
    "logistics",
    None,
    (
        "vt",
        "car",
        "the car's at the garage till four they said it's just the brake pads so can you get the bus home and I'll pick it up after work",
    ),
    (
        "am",
        "car",
        "Car's in the shop until 4, just brake pads. Can you grab the bus and I'll pick it up after?",
    ),
)
t(
    "plans",
    None,
    (
        "lm",
        "family_visits",
        "Your parents land at 3. I've made up the spare room. I thought we'd do the Greek place Saturday since your dad liked it. Sunday is free. Tell me if you want to change anything.",
    ),
    (
        "lm",
        "anniversaries",
        "I booked the cabin for the weekend of the 20th. It has a wood burner. The dog can come. I'll sort the food. I just want two days of you and no phones.",
    ),
)
t(
    "vent_third_party",
    None,
    (
        "in",
        "work_hours",
        "My team lead is saying 'do the needful' for everything and not telling what is needful. Tired.",
    ),
    (
        "am",
        "work_hours",
        "My manager scheduled a meeting about having too many meetings. I'm losing it.",
    ),
)
t(
    "good_request",
    None,
    (
        "am",
        "tidiness",
        "Could we do a quick 15 minute tidy together after dinner? Then couch.",
    ),
    ("au", "tidiness", "quick tidy after tea then feet up? both of us"),
)
t(
    "question_for_info",
    None,
    (
        "am",
        "money",
        "Did the refund come through on your card? Mine still says pending.",
    ),
    ("ty", "money", "did the refund come thru? mine stil says pendin"),
)
t(
    "apology",
    None,
    (
        "fo",
        "plans",
        "I'm sorry about last night. I was out of line and I'd like to talk when you're ready.",
    ),
    ("am", "plans", "I'm sorry about last night, I was wrong. Can we talk after work?"),
)
t(
    "idiom",
    None,
    ("cap", "exercise", "I AM NEVER RUNNING AGAIN 😂 5k DONE"),
    ("ap", "exercise", "Finished the 10k!!! Never again!!! (until next year)"),
)
t(
    "gratitude",
    None,
    (
        "am",
        "doctor",
        "Thank you for coming to the appointment with me. I didn't realize how much I needed that.",
    ),
    (
        "in",
        "doctor",
        "Thank you for coming with me to the hospital. I felt so much better with you there.",
    ),
)
t(
    "reassurance",
    None,
    (
        "am",
        "weight",
        "You look great, and honestly I don't care about the scale, I care about you.",
    ),
    (
        "in",
        "weight",
        "Don't worry about the weight yaar, you look lovely and I love you.",
    ),
)


# ---------------------------------------------------------------- more innocent traps
t(
    "shutdown_shape_kind",
    None,
    ("lc", "plans", "forget it, found it. it was in my coat"),
    ("fr", "plans", "never mind, sorted!"),
    ("in", "groceries", "Leave it, I found the receipt in my bag only."),
)
t(
    "shutdown_shape_kind",
    None,
    ("lc", "cooking", "whatever u want for dinner is fine by me x"),
    ("au", "cooking", "whatever ur feeling for tea, im easy"),
    ("am", "cooking", "Honestly whatever you want for dinner works for me, I'm easy."),
)
t(
    "shutdown_shape_kind",
    None,
    ("fr", "plans", "k see u at half 6 x"),
    ("ab", "plans", "k cool, c u at 6"),
)
t(
    "shutdown_shape_kind",
    None,
    (
        "lc",
        "remote_work",
        "im not doing this report today, my brain has left the building",
    ),
    (
        "br",
        "work_hours",
        "I'm not doing any more spreadsheets today. Brain's gone. Pub?",
    ),
)
t(
    "threat_shape_kind",
    None,
    ("lc", "punctuality", "if ur running late ill head in and save u a seat"),
    (
        "in",
        "punctuality",
        "If you are late, no problem, I'll go in and keep your seat.",
    ),
    ("au", "plans", "if ur late ill grab a table, no stress"),
)
t(
    "threat_shape_kind",
    None,
    ("lc", "cooking", "dont bother coming home for lunch, ill bring it to ur work"),
    (
        "em",
        "work_hours",
        "dont bother with lunch, i'm dropping sandwiches at ur office 🥪",
    ),
)
t(
    "threat_shape_kind",
    None,
    ("lc", "drinking", "if u have a drink later just cab it, ill pick the car up tmrw"),
    (
        "br",
        "drinking",
        "If you end up having a few, leave the car and get a taxi, I'll fetch it tomorrow.",
    ),
)
t(
    "threat_shape_kind",
    None,
    ("lc", "gaming", "one more game and then bed? im tired x"),
    ("em", "gaming", "one more round then cuddles? 🥱"),
)
t(
    "defensive_shape_kind",
    None,
    ("lc", "tv", "here we go again, arsenal 1-0 down in the 5th min"),
    ("au", "tv", "here we go again, tigers choking in the last quarter"),
    ("in", "tv", "Here we go again, India all out for 150."),
)
t(
    "defensive_shape_kind",
    None,
    (
        "lc",
        "cooking",
        "so its my fault the cake sank? 😂 yes. yes it is. i opened the oven",
    ),
    ("em", "cooking", "ok the burnt toast is 100% my fault 😂 sorry smoke alarm"),
)
t(
    "defensive_shape_kind",
    None,
    (
        "lc",
        "kids",
        "jack just told me 'i was only trying to help' after flooding the bathroom 😂",
    ),
    (
        "br",
        "kids",
        "Our son has just informed me that he was 'only trying to help' the dog with a haircut.",
    ),
)
t(
    "demand_shape_kind",
    None,
    (
        "lc",
        "health",
        "u will take the day off tmrw and rest. doctors orders. mine. love u",
    ),
    ("em", "health", "bed. soup. netflix. thats an order 🤒❤️"),
    ("au", "health", "couch, blanket, soup. not moving til ur better ok"),
)
t(
    "demand_shape_kind",
    None,
    ("lc", "sleep", "go to sleep!! u have ur interview at 9, u got this x"),
    ("ap", "sleep", "GO TO SLEEP!! Big day tomorrow!! Love you!!"),
)
t(
    "demand_shape_kind",
    None,
    ("lc", "moving", "passports, tickets, charger. check ur bag before u leave x"),
    ("in", "holidays", "Keep passport, tickets and charger in the hand bag itself."),
)
t(
    "demand_shape_kind",
    None,
    ("lc", "driving", "text me when u get there. roads are icy"),
    ("au", "driving", "flick me a msg when u get there, roos are out at dusk"),
    ("ty", "driving", "txt me when u get ther, its icey"),
)
t(
    "first_aid",
    None,
    (
        "lc",
        "health",
        "u need to press on it hard and keep his arm up till the ambulance comes",
    ),
    (
        "fo",
        "health",
        "Keep pressure on the wound and keep him still until the paramedics arrive.",
    ),
)
t(
    "quote",
    None,
    (
        "vt",
        "work_hours",
        "so my boss just said if this happens again there'll be consequences and I was like to who the printer",
    ),
    (
        "lm",
        "friends",
        "Mark's sister told him 'don't bother coming to the wedding' over a text. Now the whole family's involved. I'm staying well out of it. What do you want for tea?",
    ),
)
t(
    "quote",
    None,
    (
        "lc",
        "tv",
        "the judge on bake off just said 'i expect more from u' and i felt that personally lol",
    ),
    ("em", "tv", "gordon just screamed 'get out' at a chef 😂 come watch"),
)
t(
    "asked_for_advice",
    None,
    (
        "lc",
        "weight",
        "u asked what i thought — i reckon walking after dinner would be nice for both of us",
    ),
    (
        "ph",
        "weight",
        "Since you asked, maybe we could both try cooking lighter during the week? Happy to join.",
    ),
)
t(
    "asked_for_advice",
    None,
    (
        "in",
        "in_laws",
        "You asked what I think. I think you should call your father once, just to clear the air.",
    ),
    ("au", "in_laws", "u asked, so id just give ur old man a ring and clear the air"),
)
t(
    "vent_third_party",
    None,
    (
        "lc",
        "ex_partners",
        "my ex just messaged asking for her jumper back, 3 years later. i've blocked her, just so u know",
    ),
    (
        "em",
        "ex_partners",
        "ex just randomly liked a pic from 2019 😬 blocked, telling u so ur not surprised",
    ),
)
t(
    "vent_third_party",
    None,
    (
        "lc",
        "driving",
        "some guy just cut me up on the roundabout and then GAVE ME THE FINGER",
    ),
    ("ap", "driving", "Idiot in a BMW nearly took my wing off!! Fine, just shaken!!"),
    (
        "am",
        "driving",
        "Some guy just ran a red right in front of me. I'm fine, just rattled.",
    ),
)
t(
    "vent_third_party",
    None,
    (
        "fo",
        "work_hours",
        "Apologies for the silence. The client has moved the deadline again and I'm not impressed. Home by 8.",
    ),
    (
        "ph",
        "remote_work",
        "Sorry, bit of a day. The team has decided to 'circle back' on everything I did. Home soon.",
    ),
)
t(
    "generic_you",
    None,
    ("lc", "pregnancy", "apparently u can never have too many muslins with a newborn"),
    ("in", "pregnancy", "They say you must rest a lot in the first three months, no?"),
)
t(
    "generic_you",
    None,
    ("lc", "driving", "u always get a parking ticket the one time u dont pay lol"),
    ("au", "car", "u always get pinged the one day u dont feed the meter"),
)
t(
    "good_i_statement",
    None,
    (
        "lc",
        "sex",
        "i've been feeling a bit disconnected lately. can we make some time for us this weekend?",
    ),
    (
        "ph",
        "sex",
        "I'd love it if we could make a bit more time for each other. I miss you.",
    ),
)
t(
    "good_i_statement",
    None,
    (
        "lc",
        "fertility",
        "the clinic stuff is getting to me. can we talk tonight, just us, no phones",
    ),
    (
        "in",
        "fertility",
        "I am feeling very low after the clinic today. Can we just sit together tonight?",
    ),
)
t(
    "good_i_statement",
    None,
    (
        "lc",
        "religion",
        "i'd really like it if u came to church with me at easter, but no pressure",
    ),
    (
        "in",
        "religion",
        "It would mean a lot to me if you came for the pooja, but only if you want.",
    ),
)
t(
    "plans",
    None,
    ("lc", "hobbies", "pottery class thurs? i booked two spots if ur keen"),
    ("am", "hobbies", "Signed us up for the pottery class Thursday, if you're in?"),
)
t(
    "plans",
    None,
    ("lc", "birthdays", "for ur bday i was thinking dinner with ur mates, my treat?"),
    ("em", "birthdays", "bday plans sorted 🎂 dont ask, just be free sat"),
)
t(
    "plans",
    None,
    (
        "fo",
        "wedding",
        "I've put together a draft seating plan. Could we go through it together this evening?",
    ),
    (
        "lm",
        "wedding",
        "Spoke to the venue today. They can do the garden for photos if it's dry. The cake tasting is on the 3rd. I think we're actually on top of it. Love you.",
    ),
)
t(
    "question_for_info",
    None,
    ("lc", "clothes", "which shirt for tonight, blue or white? cant decide"),
    ("em", "clothes", "green dress or black? 👗 help"),
)
t(
    "question_for_info",
    None,
    ("lc", "commute", "whats the traffic like? should i leave now or wait"),
    ("au", "commute", "hows the freeway looking? leaving now or wait it out"),
)
t(
    "question_for_info",
    None,
    ("lc", "politics", "did u vote already? polls close at 10"),
    ("br", "politics", "Have you voted yet? I can walk down with you at lunch."),
)
t(
    "news",
    None,
    ("lc", "pregnancy", "scan went well!! heartbeat was so strong, ill send the pic"),
    ("em", "pregnancy", "12 week scan all good 🥹 cant wait to show u"),
)
t(
    "news",
    None,
    ("lc", "intimacy", "just thinking about last night. u make me so happy"),
    ("em", "intimacy", "thinking about u 😘 come home soon"),
)
t(
    "news",
    None,
    (
        "vt",
        "kids",
        "just had a lovely chat with Ella's teacher she said she's really come out of her shell this term so that's nice",
    ),
    (
        "lm",
        "kids",
        "Parents' evening went well. Mr Shah says Aisha's reading has really improved. She needs new plimsolls. I said we'd help with the science fair. She's very proud of herself.",
    ),
)
t(
    "self_criticism",
    None,
    ("lc", "weight", "ate the whole packet of biscuits. no regrets. some regrets"),
    ("em", "weight", "i had 3 donuts at work 😅 salad tonight"),
)
t(
    "gratitude",
    None,
    (
        "fo",
        "money",
        "Thank you for sorting the tax return. I know it was tedious and I'm grateful.",
    ),
    (
        "ph",
        "budget",
        "I really appreciate you taking on the budget spreadsheet this month. Thank you.",
    ),
)
t(
    "gratitude",
    None,
    (
        "vt",
        "school_run",
        "thank you so much for doing the school run this morning I got an extra hour and I actually feel human",
    ),
    ("au", "school_run", "thanks for doing drop off, legend, owe u one"),
)
t(
    "agreement",
    None,
    ("lc", "holidays", "fair enough, lets do greece then"),
    ("in", "holidays", "Ok fine, you are right, Goa is better in December."),
    ("br", "holidays", "You're right, Cornwall makes more sense this year."),
)
t(
    "reassurance",
    None,
    (
        "lc",
        "work_hours",
        "dont apologise for working late, i know it's a crunch. proud of u",
    ),
    ("au", "work_hours", "no need to say sorry, ur smashing it. see u when ur home"),
)
t(
    "reassurance",
    None,
    (
        "lc",
        "texting_back",
        "no need to reply tonight, just wanted u to know i'm thinking of u",
    ),
    ("em", "texting_back", "no need to reply 💛 just sending love"),
)
t(
    "logistics",
    None,
    (
        "lc",
        "cleaning_bathroom",
        "bathroom cleaner's under the sink, the blue one, if u get a chance",
    ),
    (
        "br",
        "cleaning_bathroom",
        "Cleaner's under the sink if you fancy giving the bath a go, no rush.",
    ),
)
t(
    "logistics",
    None,
    ("ab", "tidiness", "cleaner comes tmrw 9am, can u move ur desk stuff tonight? ty"),
    (
        "in",
        "tidiness",
        "Maid is coming at 9 tomorrow, please keep your files aside tonight.",
    ),
)
t(
    "idiom",
    None,
    ("lc", "clothes", "these shoes are killing me, im done, carrying them home"),
    ("au", "clothes", "these heels are murdering me, barefoot from here"),
)
t(
    "exclamation",
    None,
    ("cap", "birthdays", "HAPPY BIRTHDAY TO MY FAVOURITE HUMAN"),
    ("ap", "anniversaries", "Five years today!!! Can't believe it!!"),
)
t(
    "neutral_instruction",
    None,
    ("lc", "hobbies", "dont touch the glaze, its still drying, ill do it tmrw"),
    ("fo", "hobbies", "Please don't move the canvas, the paint is still wet."),
)


# ================================================================ output


def main() -> None:
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for index, (form, cats, items) in enumerate(TEMPLATES, start=1):
        template = f"{PREFIX}{index:03d}"
        assert 1 <= len(items) <= 3, template
        for style, situation, text in items:
            assert text not in seen, text
            seen.add(text)
            assert style in STYLES, style
            if cats:
                assert set(cats) <= set(CATEGORIES), cats
            rows.append(
                {
                    "text": text,
                    "flagged": bool(cats),
                    "categories": list(cats or []),
                    "situation": situation,
                    "style": STYLES[style],
                    "form": form,
                    "template": template,
                    "split": split_of(template),
                }
            )
    # A text already in another file here (a stock reply like "k") would sit on both sides of
    # the split: it is left out.
    elsewhere = texts_elsewhere(OUT)
    rows = [r for r in rows if " ".join(str(r["text"]).split()).lower() not in elsewhere]
    write_jsonl(OUT, rows)
    # validate by reading back
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(back) == len(rows) and len({r["text"] for r in back}) == len(back)
    print(f"rows {len(back)}  templates {len(TEMPLATES)}")
    for key in ("flagged", "split", "style", "form", "situation"):
        counter = collections.Counter(str(r[key]) for r in back)
        print(f"\n{key} ({len(counter)}):", dict(counter.most_common()))
    cat_counter = collections.Counter(c for r in back for c in r["categories"])
    print("\ncategories:", dict(cat_counter.most_common()))
    tmpl_flag = collections.Counter(bool(c) for _, c, _ in TEMPLATES)
    print("templates flagged/innocent:", tmpl_flag[True], tmpl_flag[False])


if __name__ == "__main__":
    main()
