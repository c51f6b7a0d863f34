"""Writer d: blind blame data round s5 — mid-week replies, 2am texts, work-hurry texts."""

import collections
import pathlib

from safety_blind import CATEGORIES, split_of, texts_elsewhere, write_jsonl

PREFIX = "bb5d-"
OUT = pathlib.Path(__file__).with_name("corpus_blind_d.jsonl")
TEMPLATES: list[tuple[list[str], str, list[tuple[str, str, str]]]] = []


def F(cats: str, form: str, rows: list[tuple[str, str, str]]) -> None:
    TEMPLATES.append((cats.split(), form, rows))


def N(form: str, rows: list[tuple[str, str, str]]) -> None:
    TEMPLATES.append(([], form, rows))


# fmt: off
# ---- replies: you only see the answer ----
F("contempt stonewalling", "sarcasm", [
    ("oh so NOW you want to talk", "texting_back", "lowercase_texting"),
    ("oh so now u wanna talk. 3 days later. ok", "texting_back", "abbreviations"),
    ("Oh, so now you'd like to discuss it. Interesting timing.", "plans", "british"),
])
F("contempt defensiveness", "sarcasm", [
    ("cool so i'm the bad guy", "family_visits", "lowercase_texting"),
    ("right so im the villain again, got it", "in_laws", "british"),
    ("great, so it's all on me now. cool cool cool", "money", "lowercase_texting"),
])
F("blame contempt", "rhetorical_question", [
    ("and whose idea was that", "moving", "lowercase_texting"),
    ("and who booked the cheapest flight with a 9 hour layover?? go on", "holidays", "angry_punctuation"),
    ("remind me who said the puppy would be 'no trouble at all'", "pets", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("wow.", "anniversaries", "one_word_or_fragment"),
    ("wow. ok then.", "birthdays", "one_word_or_fragment"),
])
F("contempt stonewalling", "shutdown", [
    ("k. noted.", "texting_back", "one_word_or_fragment"),
    ("k then", "plans", "one_word_or_fragment"),
    ("fine. whatever.", "family_visits", "one_word_or_fragment"),
])
F("contempt", "emoji_only", [
    ("🙄", "gaming", "emoji"),
    ("🙄🙄🙄", "in_laws", "emoji"),
    ("👏👏 well done", "driving", "emoji"),
])
F("contempt", "punctuation_only", [
    ("...", "texting_back", "one_word_or_fragment"),
    ("?????", "punctuality", "angry_punctuation"),
])
F("mind_reading", "mind_reading_claim", [
    ("you only said yes to the gym thing so you could get out of bathtime, dont pretend", "exercise", "lowercase_texting"),
    ("u only offered to help bc ur mum was watching", "in_laws", "abbreviations"),
    ("You only agreed to church this week to look good in front of my dad.", "religion", "american"),
])
F("mind_reading", "mind_reading_claim", [
    ("you were secretly glad when the clinic cancelled. i saw your face", "fertility", "lowercase_texting"),
    ("be honest youre relieved the round failed. you never wanted this as much as me", "fertility", "typos"),
])
F("mind_reading contempt", "mind_reading_claim", [
    ("you think im overreacting. i can hear you thinking it from here", "health", "lowercase_texting"),
    ("I know you think I'm being dramatic about my mum, you don't have to say it", "family_visits", "british"),
    ("dont even, i know exactly what face ur making rn", "texting_back", "abbreviations"),
])
F("mind_reading", "mind_reading_claim", [
    ("you'd rather be at work than home with us and we both know it", "work_hours", "lowercase_texting"),
    ("you'd honestly rather be on night shift than deal with the baby, admit it", "kids", "typos"),
    ("Let's be honest, you'd prefer to stay in Leeds than ever move down here.", "moving", "british"),
])
F("mind_reading", "mind_reading_claim", [
    ("you just like having someone to blame for the debt", "money", "lowercase_texting"),
    ("you enjoy it when im the one who looks bad at your family things", "family_visits", "lowercase_texting"),
])
F("absolute", "absolute_no_keyword", [
    ("every single weekend its your mates", "friends", "lowercase_texting"),
    ("every single weekend it's football, then the pub, then you're knackered on Sunday", "friends", "british"),
    ("every. single. weekend. the console.", "gaming", "one_word_or_fragment"),
])
F("absolute", "absolute_no_keyword", [
    ("late yet again. the kids are in the car", "school_run", "lowercase_texting"),
    ("yet again i'm the one at the vet while ur 'busy'", "pets", "abbreviations"),
    ("Yet again the washing's sat in the machine all day and smells.", "laundry", "british"),
])
F("absolute", "absolute_no_keyword", [
    ("for the hundredth time the bins go out TUESDAY", "chores", "all_caps"),
    ("for the hundredth time, it's my sister's wedding not a party", "wedding", "lowercase_texting"),
    ("for like the hundredth time im asking about the car insurance", "car", "typos"),
])
F("absolute contempt", "absolute_no_keyword", [
    ("as usual im the last to know", "plans", "lowercase_texting"),
    ("no reply as usual. cool", "texting_back", "lowercase_texting"),
    ("As per usual, I find out from the family WhatsApp group and not from you.", "in_laws", "formal"),
])
F("absolute", "absolute_no_keyword", [
    ("thats the third time this month youve 'forgotten' to transfer your half", "budget", "lowercase_texting"),
    ("fourth saturday in a row at your parents. just saying", "family_visits", "lowercase_texting"),
])
F("absolute", "absolute_no_keyword", [
    ("same thing every time we have people over, you disappear into the garage", "friends", "lowercase_texting"),
    ("its the same story every christmas with your family and u know it", "holidays", "abbreviations"),
])
# ---- blame through outcome / because of ----
F("blame", "blame_through_outcome", [
    ("we missed the scan because of your 'quick' stop at the garage", "pregnancy", "lowercase_texting"),
    ("we're paying a late fee because of your card, again", "money", "lowercase_texting"),
    ("The dog got out because of the gate you left open.", "pets", "american"),
])
F("blame absolute", "blame_through_outcome", [
    ("the baby's up again cause someone had the telly on full blast", "sleep", "lowercase_texting"),
    ("baby woke up. thanks to the doorbell you said you'd disable", "sleep", "lowercase_texting"),
])
F("blame", "blame_through_outcome", [
    ("we lost the flat. hope the extra week of 'thinking about it' was worth it", "moving", "lowercase_texting"),
    ("lost the deposit on the venue. so that's where waiting gets us", "wedding", "lowercase_texting"),
    ("Well the house sold to someone else. Happy now?", "moving", "american"),
])
F("blame", "blame_through_outcome", [
    ("im exhausted at work today because i was up with the puppy while you snored through it", "pets", "lowercase_texting"),
    ("running on 3 hrs sleep bc SOMEBODY's snoring", "snoring", "abbreviations"),
    ("Got yelled at by my manager for being late, which is what happens when the car's on empty after you use it", "car", "american"),
])
F("blame", "blame_through_outcome", [
    ("my mum cried on the phone after what you said at lunch, hope ur proud", "in_laws", "typos"),
    ("my sister left the group chat after your comment. nice work", "in_laws", "lowercase_texting"),
])
F("blame", "conditional_blame", [
    ("we'd be out of debt by now if the xbox money went where it was meant to", "money", "lowercase_texting"),
    ("if you'd booked the table when i asked we'd be eating right now", "anniversaries", "lowercase_texting"),
    ("We wouldn't be arguing about the wedding list if your side had replied on time.", "wedding", "formal"),
])
F("blame", "conditional_blame", [
    ("maybe if someone took the puppy out before bed i wouldnt be scrubbing the rug at 6am", "pets", "lowercase_texting"),
    ("if you'd just called the landlord like you said we wouldnt have mould in the bathroom", "cleaning_bathroom", "lowercase_texting"),
])
# ---- labels through nouns and comparisons ----
F("labeling", "comparison_noun", [
    ("funny how my brother manages to do nights AND the school run", "work_hours", "lowercase_texting"),
    ("Priya's husband took the whole week off when their baby came. Just saying.", "kids", "indian_english"),
    ("jess's bf drove 4 hours to see her this weekend. 4 HOURS.", "plans", "lowercase_texting"),
])
F("labeling", "comparison_noun", [
    ("you're turning into your dad, you know that", "drinking", "lowercase_texting"),
    ("ur literally ur mother rn", "tidiness", "abbreviations"),
    ("You sound exactly like your father when he's had a few.", "drinking", "british"),
])
F("labeling", "comparison_noun", [
    ("my ex at least remembered my birthday", "birthdays", "lowercase_texting"),
    ("even dan never made me feel this stupid and he was a nightmare", "ex_partners", "lowercase_texting"),
    ("Not even my ex did that, and that's saying something.", "ex_partners", "american"),
])
F("labeling", "comparison_noun", [
    ("at this point the dog is a better listener", "pets", "lowercase_texting"),
    ("honestly the baby monitor pays more attention to me than you do", "intimacy", "lowercase_texting"),
])
F("labeling", "label_noun", [
    ("im married to a teenager apparently", "gaming", "lowercase_texting"),
    ("living with a 35 year old student tbh", "tidiness", "abbreviations"),
    ("I didn't realise I signed up to be a mum to two kids when we got married.", "chores", "british"),
])
F("labeling contempt", "label_noun", [
    ("ok mr 'i'll just pop to the gym for an hour' 3 hours later", "exercise", "lowercase_texting"),
    ("alright miss perfect", "cooking", "lowercase_texting"),
    ("sure, Professor, explain budgets to me again", "budget", "american"),
])
F("labeling", "label_noun", [
    ("such a martyr. no one asked you to do the whole garden", "garden", "lowercase_texting"),
    ("the world's busiest man strikes again", "work_hours", "lowercase_texting"),
    ("Employee of the month over here, forgetting his own kid's play.", "kids", "american"),
])
F("labeling", "label_noun", [
    ("classic you", "punctuality", "one_word_or_fragment"),
    ("typical you tbh", "texting_back", "abbreviations"),
])
F("labeling absolute", "label_noun", [
    ("youre a walking excuse lately", "work_hours", "lowercase_texting"),
    ("human alarm clock snooze button, that's what you are", "sleep", "lowercase_texting"),
])
# ---- sarcasm, no stock phrase ----
F("contempt", "sarcasm", [
    ("oh look the washing basket is full, what a mystery", "laundry", "lowercase_texting"),
    ("wow the dishwasher emptied itself again, amazing technology", "dishes", "lowercase_texting"),
    ("Incredible how the bins fill up and no one in this house can see them.", "chores", "british"),
])
F("contempt", "sarcasm", [
    ("hope the raid went well, we were fine, baby only screamed for 2 hours", "gaming", "lowercase_texting"),
    ("glad ur level 80 now. the kids ate cereal for dinner", "gaming", "abbreviations"),
])
F("contempt", "sarcasm", [
    ("lovely to hear from you, its only been 9 hours", "texting_back", "lowercase_texting"),
    ("oh hi stranger. how's life on the night shift planet", "work_hours", "lowercase_texting"),
    ("Oh, he lives! Nice of you to check in.", "texting_back", "american"),
])
F("contempt", "sarcasm", [
    ("sure go to the pub, ill just raise the baby by myself, no biggie", "drinking", "lowercase_texting"),
    ("yeah go for your run, I'll sort your mum's meds and the dinner and the bath, its fine", "exercise", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("can't wait to hear which of my faults your sister's discussing on the whatsapp this week", "in_laws", "lowercase_texting"),
    ("wonder what the family group chat verdict on me is today 🍿", "social_media", "emoji"),
])
F("contempt", "sarcasm", [
    ("great timing as ever", "punctuality", "lowercase_texting"),
    ("nice of you to show up", "punctuality", "lowercase_texting"),
    ("Perfect. Brilliant. Just what I needed today.", "car", "british"),
])
F("contempt", "sarcasm", [
    ("oh sorry i forgot your gym time is sacred", "exercise", "lowercase_texting"),
    ("sorry, didn't realise your fantasy football needed you more than your son", "kids", "lowercase_texting"),
])
F("contempt", "emoji_only", [
    ("👍 love finding out from your sister", "plans", "emoji"),
    ("sure 👍", "family_visits", "emoji"),
    ("ok 🙂", "birthdays", "emoji"),
])
F("contempt", "emoji_only", [
    ("🤡", "jealousy", "emoji"),
    ("lol ok 🤡", "politics", "emoji"),
])
F("contempt", "punctuation_only", [
    ("Noted.", "work_hours", "one_word_or_fragment"),
    ("Got it.", "money", "one_word_or_fragment"),
])
F("contempt", "sarcasm", [
    ("haha. hilarious. really.", "social_media", "lowercase_texting"),
    ("lol. lmao even.", "jealousy", "lowercase_texting"),
])
# ---- fixing after venting ----
F("fixing", "bare_advice", [
    ("then stop answering work calls at dinner, problem solved", "remote_work", "lowercase_texting"),
    ("just tell your boss no. not that hard", "work_hours", "lowercase_texting"),
    ("Simple, just ask for days instead of nights.", "work_hours", "british"),
])
F("fixing", "bare_advice", [
    ("maybe try sleeping when the baby sleeps like everyone says", "sleep", "lowercase_texting"),
    ("have u tried just putting her down awake", "kids", "abbreviations"),
])
F("fixing", "bare_advice", [
    ("ok so just mute the family group then", "social_media", "lowercase_texting"),
    ("leave the group chat. done. why are we still talking about this", "in_laws", "lowercase_texting"),
])
F("fixing contempt", "bare_advice", [
    ("so apply for more jobs? idk what you want me to say", "money", "lowercase_texting"),
    ("have you considered. applying. for things.", "money", "one_word_or_fragment"),
])
F("fixing", "bare_advice", [
    ("cant you just put your mum in respite for a week and stop worrying", "health", "lowercase_texting"),
    ("you need to get carers in for your dad, you cant do everything", "family_visits", "lowercase_texting"),
])
F("fixing", "bare_advice", [
    ("you should do a spreadsheet, i keep telling you", "budget", "lowercase_texting"),
    ("Download a budgeting app and stop stressing, honestly.", "budget", "american"),
])
F("fixing", "bare_advice", [
    ("meh just crate train him and ignore the crying", "pets", "lowercase_texting"),
    ("just lift heavier and eat more protein, that's the whole secret", "exercise", "lowercase_texting"),
])
F("fixing contempt", "bare_advice", [
    ("ok well maybe dont wear the heels next time if your feet hurt", "clothes", "lowercase_texting"),
    ("well if the commute's killing you, move closer to work. easy", "commute", "lowercase_texting"),
])
# ---- after a fight ----
F("defensiveness", "counter_attack", [
    ("sorry i 'raised my voice'. you slammed the door so", "noise", "lowercase_texting"),
    ("I'll apologise when you apologise for what you said about my mum.", "in_laws", "british"),
    ("oh im the one who needs to calm down? ok", "politics", "lowercase_texting"),
])
F("defensiveness", "excuse", [
    ("i said sorry what more do u want, a signed letter", "anniversaries", "abbreviations"),
    ("I already apologised twice, I'm not doing it a third time.", "birthdays", "formal"),
])
F("stonewalling", "shutdown", [
    ("im not doing this over text. or at all tbh", "jealousy", "abbreviations"),
    ("not discussing it again. sleeping on the sofa", "sleep", "lowercase_texting"),
    ("Done talking about the wedding. Sort it with your mum.", "wedding", "british"),
])
F("stonewalling contempt", "shutdown", [
    ("do what you like, you usually do", "plans", "lowercase_texting"),
    ("book whatever holiday u want, im past caring", "holidays", "abbreviations"),
])
F("mind_reading defensiveness", "mind_reading_claim", [
    ("you just want me to say its my fault so you can feel better", "money", "lowercase_texting"),
    ("you're not upset about the dishes, you just want a fight", "dishes", "lowercase_texting"),
    ("This isn't about the gym at all, you're just looking for something to be angry about.", "exercise", "american"),
])
F("blame contempt", "sarcasm", [
    ("thanks for ruining my one night out", "friends", "lowercase_texting"),
    ("cheers for making the wedding all about your ex turning up", "wedding", "british"),
])
# ---- 2am ----
F("blame absolute", "blame_through_outcome", [
    ("its 2am and im wide awake because of the conversation you decided to start at 11", "sleep", "lowercase_texting"),
    ("2:14am. still awake. still thinking about what you said. thanks", "sleep", "lowercase_texting"),
])
F("mind_reading", "mind_reading_claim", [
    ("its 2am and ur online. who r u talking to. dont say nobody", "jealousy", "abbreviations"),
    ("you're awake and not replying to me so you're obviously talking to someone else", "jealousy", "lowercase_texting"),
])
F("blame labeling", "voice_run_on", [
    ("its 3am the baby is screaming and youre snoring like nothing is happening how do you even do that i swear you could sleep through a fire", "snoring", "voice_to_text"),
    ("i cant sleep again because of the snoring im on the sofa with the dog its like living with a tractor", "snoring", "voice_to_text"),
])
F("contempt", "rhetorical_question", [
    ("are you coming home at all or should i just lock up", "drinking", "lowercase_texting"),
    ("is there a reason you're still at the bar at 1:30 on a tuesday", "drinking", "lowercase_texting"),
    ("Is the pub still open or are you just sleeping there now?", "drinking", "british"),
])
# ---- from work in a hurry ----
F("demand", "bare_order", [
    ("call the clinic. today. not tomorrow", "fertility", "one_word_or_fragment"),
    ("vet. 4pm. dont be late this time", "pets", "one_word_or_fragment"),
    ("Parents evening 6pm. Be there.", "school_run", "formal"),
])
F("demand absolute", "bare_order", [
    ("in a meeting. pick up the kids, and dont forget AGAIN", "school_run", "lowercase_texting"),
    ("cant talk. transfer the rent before 5 and actually do it this time", "money", "lowercase_texting"),
])
F("demand", "bare_order", [
    ("get the washing out before it stinks", "laundry", "lowercase_texting"),
    ("dishes. before i get home.", "dishes", "one_word_or_fragment"),
    ("Bathroom. Tonight. I'm not asking again.", "cleaning_bathroom", "formal"),
])
F("blame", "blame_through_outcome", [
    ("boss saw ur 14 missed calls on my screen during the presentation. great", "work_hours", "abbreviations"),
    ("got pulled off the ward to take your call about a parking ticket. seriously", "work_hours", "lowercase_texting"),
])
F("contempt demand", "rhetorical_question", [
    ("quick q, why is there £300 on the card from a game store", "gaming", "british"),
    ("on break. can u explain the 'steam' charge pls. $89??", "gaming", "abbreviations"),
])
# ---- warm then turns ----
F("absolute", "affection_then_complaint", [
    ("love you lots, but for once can you do the bath without me reminding you", "kids", "lowercase_texting"),
    ("miss you babe ❤️ would be nice if you called first for a change tho", "texting_back", "emoji"),
    ("Love you, but I'm the one sorting your mum's prescriptions yet again.", "health", "british"),
])
F("labeling", "affection_then_complaint", [
    ("you're the best dad to those girls. shame the same guy is such a slob", "tidiness", "lowercase_texting"),
    ("ur so sweet with the puppy, why can't u be like that with me lol", "pets", "abbreviations"),
])
F("contempt", "affection_then_complaint", [
    ("had such a lovely evening!! right up until you checked your phone under the table", "phones", "lowercase_texting"),
    ("dinner was gorgeous thank you. shame about the commentary on my portion", "weight", "lowercase_texting"),
])
F("mind_reading", "affection_then_complaint", [
    ("i know you love me but you clearly dont care about the wedding at all", "wedding", "lowercase_texting"),
    ("I love you and I know you're trying but deep down you don't want another baby, do you", "fertility", "lowercase_texting"),
])
# ---- long paragraphs, one line carries the blame ----
F("absolute blame", "long_paragraph", [
    ("Ok so the plumber is coming Thursday between 8 and 12, I've told him to knock loud. Also your mum rang about Sunday, I said we'd bring dessert. And before you say anything, yes I know it's the third Sunday running we're going there, which is exactly the problem, because every time we skip it I'm the one who gets the cold shoulder.", "in_laws", "long_multi_sentence"),
    ("hey so the car passed its MOT, 2 advisories on the tyres. i booked the kids in for haircuts sat 10am. also can we talk tonight about how somehow its always me who ends up sorting all this stuff because i'm kind of running on fumes", "car", "long_multi_sentence"),
])
F("mind_reading", "long_paragraph", [
    ("Just got out of the clinic. They said the numbers look ok and we can try again in March if we want. I know you're going to say we can't afford it, and honestly I think you've already decided and you're just waiting for me to give up first so it's not on you.", "fertility", "long_multi_sentence"),
    ("so the job centre appointment was fine, they want me to do a cv course. mum sends love. and i know what you're thinking, that im not trying hard enough, you dont have to keep hinting at it", "money", "long_multi_sentence"),
])
F("labeling", "long_paragraph", [
    ("Went to Sam and Leah's for tea. The baby is gorgeous, they've done the nursery all in green. Leah said Sam does every night feed on the weekend so she can sleep. Every one. Can you imagine. Anyway I'm home by 9.", "kids", "long_multi_sentence"),
])
F("contempt", "long_paragraph", [
    ("Flight lands at 6.40 your time. Don't worry about picking me up, I know how hard it is for you to leave the house when there's a match on, I'll get a taxi like I did the last two times. Can't wait to see you x", "plans", "long_multi_sentence"),
    ("right so I've packed every box in the kitchen, labelled them, taped them and carried them to the hall. your box of cables is still sat there being 'sorted'. anyway the van's at 8, see you then", "moving", "long_multi_sentence"),
])
F("blame", "long_paragraph", [
    ("Dad had another fall today. He's ok, bruised. The nurse was lovely. I've been there since 7 and I'm shattered, and I'm not going to pretend it doesn't sting that I rang you three times and it took an hour to hear back because you were at the gym.", "family_visits", "long_multi_sentence"),
])
F("demand contempt", "long_paragraph", [
    ("need bread milk nappies size 4 and the calpol. the big one. not the one you got last time that lasted 2 days. and actually read the list this time pls", "groceries", "lowercase_texting"),
    ("Shopping list: eggs, spinach, oat milk, bin bags, the dog food in the BLUE bag. Not green. Blue. I've written it in capitals on the fridge so there's no excuse this time.", "groceries", "long_multi_sentence"),
])
# ---- mixes with logistics ----
F("absolute", "logistics_plus_blame", [
    ("school says she needs a costume by friday. and no i dont want to do the cardboard robot again last minute like every year", "school_run", "lowercase_texting"),
    ("Parcel came for you. Another one. Third this week.", "money", "british"),
])
F("contempt", "logistics_plus_blame", [
    ("dinner's in the oven. not that you'll be home to eat it", "cooking", "lowercase_texting"),
    ("kids in bed. they asked where you were. i said 'work' for the fifth night", "work_hours", "lowercase_texting"),
    ("Left you a plate. Enjoy it cold like always, I guess.", "cooking", "british"),
])
F("blame", "logistics_plus_blame", [
    ("landlord emailed. they're keeping £200 of the deposit for the carpet. your mates, your beer, your carpet stain", "moving", "lowercase_texting"),
    ("bank called about the overdraft. i told them it'd be cleared friday. hope whoever spent it has a plan", "money", "lowercase_texting"),
])
F("mind_reading", "logistics_plus_blame", [
    ("puppy class moved to 7. i know you'll pretend you forgot so ill just go alone", "pets", "lowercase_texting"),
    ("church is at 10 sunday. i know you'd rather stay in bed, you dont have to make a face about it", "religion", "lowercase_texting"),
])
# ---- threats ----
F("threat", "consequence_threat", [
    ("if ur not home by 11 dont bother coming home", "drinking", "abbreviations"),
    ("miss one more appointment and I'm going to the next one with my sister instead of you", "fertility", "lowercase_texting"),
    ("Skip the wedding and see how long I stay.", "wedding", "formal"),
])
F("threat", "consequence_threat", [
    ("one more 'surprise' charge on the joint card and im opening my own account", "money", "lowercase_texting"),
    ("buy one more game this month and the console goes in the loft. im serious", "gaming", "lowercase_texting"),
])
F("threat contempt", "consequence_threat", [
    ("carry on like that with my mum and see who comes to your birthday", "in_laws", "lowercase_texting"),
    ("keep laughing and see where you sleep tonight", "jealousy", "lowercase_texting"),
])
# ---- rhetorical questions ----
F("contempt", "rhetorical_question", [
    ("how hard is it to put a plate IN the dishwasher instead of on top of it", "dishes", "lowercase_texting"),
    ("how is it possible to live here and not know where the hoover is", "cleaning_bathroom", "lowercase_texting"),
    ("How does one person make this many mugs disappear into one bedroom?", "tidiness", "british"),
])
F("contempt", "rhetorical_question", [
    ("do u even know what day bin day is", "chores", "abbreviations"),
    ("do you actually know your daughter's teacher's name", "school_run", "lowercase_texting"),
    ("Do you even know what size nappies he's in now?", "kids", "british"),
])
F("blame", "rhetorical_question", [
    ("who left the back door open with the puppy in the garden", "pets", "lowercase_texting"),
    ("who ate the last of the formula and didn't tell me", "kids", "lowercase_texting"),
    ("Who told your mother about the IVF? Because it wasn't me.", "fertility", "british"),
])
F("contempt", "rhetorical_question", [
    ("is the phone glued to your hand or is it a medical thing", "phones", "lowercase_texting"),
    ("do you need a map to the laundry basket", "laundry", "lowercase_texting"),
])
F("mind_reading", "rhetorical_question", [
    ("why do you even bother asking if youve already decided", "holidays", "lowercase_texting"),
    ("why ask my opinion on the house if your mind's made up", "moving", "lowercase_texting"),
])
F("contempt labeling", "rhetorical_question", [
    ("are you 12", "gaming", "one_word_or_fragment"),
    ("r u serious rn. what r u, 15?", "social_media", "abbreviations"),
])
# ---- more implicit blame across situations ----
F("contempt", "sarcasm", [
    ("oh you went for a smoke? couldnt tell from across the room", "smoking", "lowercase_texting"),
    ("the 'quitting' is going great i see, theres a lighter in the wash again", "smoking", "lowercase_texting"),
])
F("mind_reading", "mind_reading_claim", [
    ("you only 'quit' when im watching", "smoking", "lowercase_texting"),
    ("u only go outside to call her, dont think i dont notice", "jealousy", "abbreviations"),
])
F("absolute", "absolute_no_keyword", [
    ("here we go again with the neighbours' hedge", "neighbours", "lowercase_texting"),
    ("round 47 of you vs the guy at number 12. can we not", "neighbours", "lowercase_texting"),
])
F("blame", "blame_through_outcome", [
    ("number 9 just knocked to complain about the music. your speaker, your mates", "noise", "lowercase_texting"),
    ("Neighbour's left a note about the drums again. Maybe you'll read this one.", "noise", "british"),
])
F("labeling", "comparison_noun", [
    ("my dad built a whole shed at your age and you cant hang a shelf", "garden", "lowercase_texting"),
    ("Aunty's son-in-law fixed their whole kitchen himself, and we are still waiting for you to call someone about the tap.", "chores", "indian_english"),
])
F("contempt", "sarcasm", [
    ("love that the tv gets more eye contact than me", "tv", "lowercase_texting"),
    ("glad the final was worth ignoring me all night", "tv", "lowercase_texting"),
    ("Hope the new series was good. I wouldn't know, I was doing bathtime.", "tv", "british"),
])
F("mind_reading", "mind_reading_claim", [
    ("you take calls in the spare room so you dont have to help with lunch, its obvious", "remote_work", "lowercase_texting"),
    ("the 'meeting' was you hiding from the toddler and we both know it", "remote_work", "lowercase_texting"),
])
F("absolute contempt", "sarcasm", [
    ("another new hobby, how exciting. where do the pottery wheel and the drone live again", "hobbies", "lowercase_texting"),
    ("so that's the guitar, the kayak and now a 3d printer. cant wait to dust it", "hobbies", "lowercase_texting"),
])
F("labeling", "comparison_noun", [
    ("other people's wives get flowers on valentine's. i got a card from the garage", "gifts", "lowercase_texting"),
    ("Chloe's fiancé got her a weekend in Paris. Just putting that out there.", "gifts", "british"),
])
F("contempt", "sarcasm", [
    ("wow a gift card. you really thought about that one", "gifts", "lowercase_texting"),
    ("thanks for the socks. again. very personal", "gifts", "lowercase_texting"),
])
F("contempt labeling", "insult", [
    ("youre wearing THAT to my cousins wedding? ok clown", "clothes", "lowercase_texting"),
    ("Those jeans again. Honestly.", "clothes", "british"),
])
F("blame", "blame_through_outcome", [
    ("stuck on the m6 for 2 hrs because someone said the a-road was quicker", "commute", "british"),
    ("late for work AGAIN because the car had no petrol after your 'quick drive'", "car", "lowercase_texting"),
])
F("contempt", "rhetorical_question", [
    ("do u actually indicate or is that optional now", "driving", "abbreviations"),
    ("were you trying to kill us back there or is that just how you merge", "driving", "lowercase_texting"),
])
F("contempt labeling", "sarcasm", [
    ("oh great another podcast bro opinion on politics", "politics", "lowercase_texting"),
    ("sorry didn't know i was dating a cable news anchor", "politics", "lowercase_texting"),
])
F("labeling", "comparison_noun", [
    ("your brother would've been at the hospital in 10 minutes", "health", "lowercase_texting"),
    ("My friend's husband sat with her through every single IVF injection. Every one.", "fertility", "american"),
])
F("mind_reading", "mind_reading_claim", [
    ("you dont actually want to lose weight you just like complaining about it", "weight", "lowercase_texting"),
    ("you think im fat, just say it", "weight", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("thanks for the comment on my plate at your mum's, really helped", "weight", "lowercase_texting"),
])
F("blame", "blame_through_outcome", [
    ("ive put on a stone since we moved in, all those takeaways you order", "weight", "lowercase_texting"),
])
F("absolute", "absolute_no_keyword", [
    ("ten minutes late, then twenty, now its an hour. its a pattern", "punctuality", "lowercase_texting"),
    ("another dinner i sat through alone waiting for you to turn up", "punctuality", "lowercase_texting"),
])
F("contempt stonewalling", "shutdown", [
    ("whatevs", "plans", "one_word_or_fragment"),
    ("cool story", "work_hours", "one_word_or_fragment"),
    ("mhm", "texting_back", "one_word_or_fragment"),
])
F("stonewalling", "shutdown", [
    ("not now.", "money", "one_word_or_fragment"),
    ("dont text me for a bit", "jealousy", "lowercase_texting"),
    ("Leave it. I mean it.", "in_laws", "british"),
])
F("defensiveness", "counter_attack", [
    ("at least I dont spend 3 hrs a night on reddit", "phones", "abbreviations"),
    ("says the one who was on tiktok through the whole film", "phones", "lowercase_texting"),
    ("Rich, coming from someone who spent the whole scan on their phone.", "pregnancy", "british"),
])
F("defensiveness", "excuse", [
    ("i work 12 hr shifts what exactly do you want from me", "work_hours", "lowercase_texting"),
    ("I'm the only one bringing money in right now so forgive me if I'm tired", "money", "british"),
])
F("defensiveness blame", "counter_attack", [
    ("maybe i'd text back faster if every text wasnt a complaint", "texting_back", "lowercase_texting"),
    ("maybe id come home earlier if home wasnt like this", "work_hours", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("lol ok so ur mum can come for a week but my dad cant come for lunch. makes sense", "family_visits", "abbreviations"),
    ("so your friends can crash here all weekend but my sister's a 'big ask'. right", "friends", "lowercase_texting"),
])
F("mind_reading absolute", "mind_reading_claim", [
    ("you dont even see it anymore do you, the mess", "tidiness", "lowercase_texting"),
    ("you've stopped noticing me and i think you like it that way", "intimacy", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("congrats on your first nappy of the week 🎉", "kids", "emoji"),
    ("🏆 for hoovering once", "chores", "emoji"),
    ("want a medal for the dishes? 🥇", "dishes", "emoji"),
])
F("blame mind_reading", "mind_reading_claim", [
    ("you pulled away the second i told you about the debt and dont say you didnt", "money", "lowercase_texting"),
    ("ever since the miscarriage you've been somewhere else and you'd rather not talk about it than deal with me", "pregnancy", "lowercase_texting"),
])
F("contempt labeling", "label_noun", [
    ("sorry to bother the gym influencer with a family matter", "exercise", "lowercase_texting"),
    ("the CEO of being busy has replied everyone", "texting_back", "lowercase_texting"),
])
F("absolute", "absolute_no_keyword", [
    ("not one message all day. not one", "texting_back", "lowercase_texting"),
    ("not a single call the whole time i was in hospital", "health", "lowercase_texting"),
])
F("labeling", "comparison_noun", [
    ("living with you is like living with a flatmate who pays half the rent", "intimacy", "lowercase_texting"),
    ("feels like i have a roommate not a husband", "intimacy", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("ah yes the annual 'im going to get fit' speech, my favourite", "exercise", "lowercase_texting"),
    ("oh the diet starts monday. which monday this time", "weight", "lowercase_texting"),
])
F("demand contempt", "bare_order", [
    ("phone. down. now.", "phones", "one_word_or_fragment"),
    ("PUT THE CONTROLLER DOWN AND COME GET YOUR SON", "gaming", "all_caps"),
])
F("threat", "consequence_threat", [
    ("bring that up at my mum's again and i'm driving home without you", "in_laws", "lowercase_texting"),
    ("if that puppy chews one more shoe because of you, he's going back and you can tell the kids", "pets", "lowercase_texting"),
])
F("blame contempt", "blame_through_outcome", [
    ("the whole house smells of smoke now, cheers", "smoking", "lowercase_texting"),
    ("the girls picked up the swearing from somewhere and it wasnt me", "kids", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("long distance is so fun when one person remembers the time difference", "texting_back", "lowercase_texting"),
    ("it's 4am here btw, but sure, call whenever suits you", "texting_back", "lowercase_texting"),
])
F("mind_reading", "mind_reading_claim", [
    ("you're not even looking for a visa job here, you just like the distance", "plans", "lowercase_texting"),
    ("u dont want me to move out there, u just dont wanna say it", "plans", "abbreviations"),
])
# ---- more flagged, other voices ----
F("demand", "bare_order", [
    ("ring the GP about your chest. today. I mean it", "doctor", "british"),
    ("make the dr appt before 10 or they'll be full. dont 'forget'", "doctor", "lowercase_texting"),
])
F("demand contempt", "bare_order", [
    ("oi. towels off the bathroom floor. not hard mate", "cleaning_bathroom", "australian"),
    ("Pick your wet towel up off the bed. Every morning. It's not a shelf.", "laundry", "american"),
])
F("fixing", "bare_advice", [
    ("ok but have u tried talking to ur sister instead of moaning to me about her", "family_visits", "abbreviations"),
    ("tbh just stop replying to your mum about the wedding then ur making it worse", "wedding", "abbreviations"),
])
F("fixing", "bare_advice", [
    ("Have you thought about just not taking the extra shifts? Then you wouldn't be tired.", "work_hours", "polite_hedged"),
    ("just dont drink on a work night and you won't feel like that", "drinking", "lowercase_texting"),
])
F("defensiveness", "excuse", [
    ("its not my fault the traffic was bad, what was i meant to do fly", "punctuality", "lowercase_texting"),
    ("how was i supposed to know the puppy would eat a whole sock", "pets", "lowercase_texting"),
    ("Well nobody TOLD me it was your mum's birthday!!", "birthdays", "angry_punctuation"),
])
F("defensiveness contempt", "counter_attack", [
    ("and youre perfect are you", "tidiness", "lowercase_texting"),
    ("ok and what have YOU done today", "chores", "lowercase_texting"),
    ("lol ok mr never-wrong", "politics", "lowercase_texting"),
])
F("stonewalling", "shutdown", [
    ("going to bed. we can not talk about it tomorrow too", "sleep", "lowercase_texting"),
    ("phone's going off. ill be back when im back", "jealousy", "lowercase_texting"),
])
F("threat", "consequence_threat", [
    ("if your brother turns up drunk to the wedding again im cancelling the whole table", "wedding", "lowercase_texting"),
    ("keep putting off the clinic and there wont be a next round to argue about", "fertility", "lowercase_texting"),
])
F("threat", "consequence_threat", [
    ("u dont want to see what happens if i find another vape in ur bag", "smoking", "abbreviations"),
    ("Lie to me about money one more time and we're finished.", "money", "formal"),
])
F("mind_reading", "mind_reading_claim", [
    ("yaar you purposely book your trips during my family functions, don't act like you don't know", "family_visits", "indian_english"),
    ("u purposely leave the dishes so i'll do them", "dishes", "typos"),
    ("You do it on purpose so I'll give up and do it myself.", "chores", "american"),
])
F("mind_reading", "mind_reading_claim", [
    ("youre embarrassed of me in front of your work lot, thats why you never invite me", "friends", "lowercase_texting"),
    ("ur ashamed of my job, admit it", "money", "abbreviations"),
])
F("contempt", "sarcasm", [
    ("wow you remembered our anniversary, only a day late, growth", "anniversaries", "lowercase_texting"),
    ("Oh good, an anniversary text at 11:58pm. Very romantic.", "anniversaries", "british"),
])
F("contempt", "sarcasm", [
    ("GREAT IDEA TO GET A PUPPY THE WEEK WE MOVE. REALLY GREAT", "pets", "all_caps"),
    ("LOVE COMING HOME TO A SINK FULL OF PANS", "dishes", "all_caps"),
])
F("contempt blame", "voice_run_on", [
    ("so i get home and the kitchen is a bomb site the dog hasnt been walked and youre on the sofa with your headset on brilliant just brilliant", "gaming", "voice_to_text"),
    ("just got in from a twelve hour shift and theres no milk no bread and the heating is off so thanks for that really", "groceries", "voice_to_text"),
])
F("labeling", "label_noun", [
    ("ur such a tight arse about money its embarassing", "money", "typos"),
    ("Honestly you're a proper snob about my family.", "in_laws", "british"),
])
F("labeling contempt", "insult", [
    ("useless. absolutely useless", "car", "one_word_or_fragment"),
    ("what an idiot, you left the car unlocked AGAIN", "car", "lowercase_texting"),
])
F("absolute blame", "blame_through_outcome", [
    ("this is the 3rd christmas in a row we spend at ur parents because u cant say no to ur mum", "holidays", "abbreviations"),
    ("Another anniversary ruined because work came first.", "anniversaries", "formal"),
])
F("blame absolute", "logistics_plus_blame", [
    ("laundry's done. found another tissue in your pocket, everything's covered in white bits. cheers", "laundry", "british"),
    ("washed ur gym kit. ur welcome. also there was a receipt in it for 4 pints at lunch???", "laundry", "abbreviations"),
])
F("contempt", "rhetorical_question", [
    ("is the hoover broken or is it just scary", "cleaning_bathroom", "lowercase_texting"),
    ("Did you think the bathroom cleans itself?", "cleaning_bathroom", "american"),
])
F("demand threat", "bare_order", [
    ("get rid of that box of her stuff this weekend or i will", "ex_partners", "lowercase_texting"),
    ("Unfollow her. I'm not asking.", "ex_partners", "formal"),
])
F("labeling", "comparison_noun", [
    ("at least your ex got a hug when she cried, i get 'have you tried sleeping'", "ex_partners", "lowercase_texting"),
    ("even my dad helps my mum in the garden and he's 78", "garden", "lowercase_texting"),
])
F("contempt", "sarcasm", [
    ("great so the shed is now a 'man cave'. do i need a ticket to get the lawnmower out", "hobbies", "lowercase_texting"),
    ("lovely, another model train. the hallway was looking empty", "hobbies", "british"),
])
# ===== innocent =====
N("vent_third_party", [
    ("oh so NOW the nursery tells us about the nits letter. 3 days later", "kids", "lowercase_texting"),
    ("so NOW the landlord wants to talk about the boiler. after 2 weeks of cold showers", "moving", "lowercase_texting"),
])
N("vent_third_party", [
    ("cool so im the bad guy at work now because i wouldnt cover sundays", "work_hours", "lowercase_texting"),
    ("apparently im the villain in the family whatsapp for not going to the christening lol. can we talk later", "in_laws", "lowercase_texting"),
])
N("question_for_info", [
    ("and whose idea was the bouncy castle, was it your mum's? she's a genius", "birthdays", "lowercase_texting"),
    ("wait whose idea was it to get the puppy the squeaky duck. best thing we ever bought", "pets", "lowercase_texting"),
])
N("exclamation", [
    ("wowww that ending 😮", "tv", "emoji"),
    ("WOW. did u see that goal", "tv", "all_caps"),
    ("wow wow wow the scan pic 😭😭", "pregnancy", "emoji"),
])
N("logistics", [
    ("k, see you at 6", "plans", "lowercase_texting"),
    ("k xx", "texting_back", "lowercase_texting"),
    ("ok 👍 got the bread", "groceries", "emoji"),
])
N("affectionate_tease", [
    ("🙄 you and your dad jokes. love you", "texting_back", "emoji"),
    ("🙄😂 stop sending me dog videos at work i'm crying at my desk", "pets", "emoji"),
])
N("vent_third_party", [
    ("every single weekend my manager finds a reason to call me in. sorry, I know it ruins our plans", "work_hours", "lowercase_texting"),
    ("every single weekend the neighbours' dog barks at 6am, I'm losing my mind", "neighbours", "lowercase_texting"),
])
N("vent_third_party", [
    ("yet again the trains are cancelled. I'll be an hour late, sorry love", "commute", "british"),
    ("the 47 bus didnt come yet again. walking. save me some dinner", "commute", "lowercase_texting"),
])
N("self_criticism", [
    ("for the hundredth time I left my keys at home 🤦 can you leave the side gate open", "chores", "emoji"),
    ("forgot the nappy bag as usual, I'm a disaster. can you bring it to mum's?", "kids", "lowercase_texting"),
    ("as usual i've overbooked myself. can we move date night to friday?", "plans", "lowercase_texting"),
])
N("good_i_statement", [
    ("i feel like we've been ships passing all week with your nights and my days. I miss you. can we have sunday morning, just us?", "work_hours", "lowercase_texting"),
    ("I'm feeling a bit lonely with you so far away this month. Could we do a proper video call tonight, even just 20 mins?", "texting_back", "polite_hedged"),
])
N("good_i_statement", [
    ("im struggling with the debt stuff and i need us to sit down together this weekend. not a fight, just a plan. ok?", "money", "lowercase_texting"),
    ("I'm anxious about money since the job went. Can we look at the numbers together Sunday? I'll make coffee", "budget", "polite_hedged"),
])
N("apology", [
    ("im sorry about last night. I was tired and took it out on you and thats not fair. can I make it up to you", "sleep", "lowercase_texting"),
    ("I'm really sorry for what I said about your mum. I was wrong and I'll call her myself.", "in_laws", "formal"),
    ("sorry i went quiet earlier. was overwhelmed, not angry at you ❤️", "texting_back", "emoji"),
])
N("apology", [
    ("sorry sorry sorry forgot to transfer the rent, doing it now", "money", "lowercase_texting"),
    ("my bad on the bins, ill do them when i get in", "chores", "lowercase_texting"),
])
N("agreement", [
    ("yeah ur right, i was being a bit much about the wedding seating", "wedding", "abbreviations"),
    ("you're right, I should've checked with you before saying yes to your brother", "family_visits", "lowercase_texting"),
    ("Fair point. Let's skip Sunday lunch this week.", "in_laws", "british"),
])
N("praise_absolute", [
    ("you always know what to say when the clinic calls. thank you for today", "fertility", "lowercase_texting"),
    ("you never once complained about the night feeds this week. I noticed. thank you", "kids", "lowercase_texting"),
    ("Every single time Dad has a bad day you're the one who calms him down. I'm so lucky.", "family_visits", "british"),
])
N("gratitude", [
    ("thank u for doing the vet run, I know you had a rubbish day", "pets", "abbreviations"),
    ("Thank you for sorting the removal van, I honestly couldn't have done it this week.", "moving", "formal"),
])
N("dark_humour_work", [
    ("if one more person replies-all I'm walking into the sea", "work_hours", "lowercase_texting"),
    ("day 4 of the audit. send snacks or a priest", "work_hours", "lowercase_texting"),
    ("Just survived a 3 hour meeting that could have been an email. Tell my family I loved them.", "work_hours", "british"),
])
N("dark_humour_work", [
    ("ward is chaos. if i die tell the cat she was my favourite", "work_hours", "lowercase_texting"),
    ("night shift brain: just tried to scan my own sandwich", "work_hours", "lowercase_texting"),
])
N("vent_third_party", [
    ("my mum has sent 47 messages in the family group about the wedding napkins. 47.", "wedding", "lowercase_texting"),
    ("Auntie has been forwarding fake news in the family group again, I'm muting it for a week", "social_media", "indian_english"),
])
N("vent_third_party", [
    ("the clinic put us on hold for 40 mins then hung up. im so angry i could scream", "fertility", "lowercase_texting"),
    ("GP still hasn't called back about mum's results. I'm going to ring them again at 2", "doctor", "lowercase_texting"),
])
N("asked_for_advice", [
    ("how do i tell my boss i cant do the saturday without sounding lazy? you're better at this", "work_hours", "lowercase_texting"),
    ("what would you say to your sister about the money she owes? I don't know how to bring it up", "money", "lowercase_texting"),
])
N("good_request", [
    ("could you take the 2am feed tonight? I'm running on empty", "sleep", "lowercase_texting"),
    ("would u mind grabbing the puppy food on the way back? the big bag", "pets", "abbreviations"),
    ("Could we maybe leave your parents' by 7 on Sunday? I've got an early shift.", "family_visits", "polite_hedged"),
])
N("feelings_shared", [
    ("so tired i could cry. baby finally down. dont knock when you get in", "sleep", "lowercase_texting"),
    ("its 2am and im feeding again. not complaining just wanted to talk to someone awake", "kids", "lowercase_texting"),
    ("Can't sleep. Thinking about Dad. You don't need to reply, just wanted you to know x", "family_visits", "british"),
])
N("feelings_shared", [
    ("bad news from the clinic. im ok. i just want to get home to you", "fertility", "lowercase_texting"),
    ("didnt get the job. gutted. can we get chips tonight", "money", "lowercase_texting"),
    ("Another rejection email. I know it'll happen eventually. Just a bit flat today.", "money", "polite_hedged"),
])
N("feelings_shared", [
    ("boxes everywhere, cant find the kettle, the dog is panicking and the van is late. please tell me it gets better", "moving", "lowercase_texting"),
    ("venue rang, they double booked the photographer. i'm handling it but i'm stressed out of my mind", "wedding", "lowercase_texting"),
])
N("logistics", [
    ("swapped my shift so I'm off thurs. can do the school run", "school_run", "lowercase_texting"),
    ("Night shift this week Mon to Thu. I've put the rota on the fridge.", "work_hours", "british"),
    ("on lates til sunday so ill do mornings w the baby", "kids", "abbreviations"),
])
N("logistics", [
    ("in meeting, cant talk. yes to pasta. love u", "cooking", "lowercase_texting"),
    ("quick one, did u pay the gas? no stress if not, ill do it at lunch", "money", "abbreviations"),
    ("running 10 min late, go ahead and order for me", "punctuality", "lowercase_texting"),
])
N("logistics", [
    ("church at 10 then lunch at your mum's, I'll drive", "religion", "lowercase_texting"),
    ("Mass is at 11:30 this week, Father Tom is away.", "religion", "formal"),
])
N("logistics", [
    ("puppy has his second jab friday 9:15, can you take him? I have a client call", "pets", "lowercase_texting"),
    ("vet says he's fine, just ate a sock. 🧦🐶", "pets", "emoji"),
])
N("neutral_instruction", [
    ("you need to bring your passport AND the utility bill for the mortgage thing tomorrow", "moving", "lowercase_texting"),
    ("you have to inject at 8pm exactly, ive set an alarm on your phone too x", "fertility", "lowercase_texting"),
    ("You must take the blue folder to the solicitor's, it's got all the signed bits.", "moving", "british"),
])
N("neutral_instruction", [
    ("dont give him grapes they're bad for dogs!!", "pets", "angry_punctuation"),
    ("dont open the oven for the first 20 mins or the cake sinks", "cooking", "lowercase_texting"),
    ("Don't forget to take your tablets with food, the GP said.", "health", "british"),
])
N("neutral_instruction", [
    ("put the baby on her back and keep the blanket below her shoulders, midwife said", "sleep", "lowercase_texting"),
    ("turn the water off at the stopcock under the sink NOW, it's leaking everywhere", "chores", "lowercase_texting"),
])
N("affectionate_tease", [
    ("you snore like a walrus and i love you anyway", "snoring", "lowercase_texting"),
    ("my favourite gremlin. come to bed", "sleep", "lowercase_texting"),
    ("You absolute muppet, you've sent me a pic of your thumb again 😂", "phones", "british"),
])
N("affectionate_tease", [
    ("ok gym boy, I see those arms. bring them home", "exercise", "lowercase_texting"),
    ("look at you, mr organised with a spreadsheet. im impressed ngl", "budget", "abbreviations"),
])
N("affectionate_tease", [
    ("lol ur so competitive, let me win ONE game of mario kart", "gaming", "abbreviations"),
    ("you're such a nerd for that game and I find it weirdly cute", "gaming", "lowercase_texting"),
])
N("idiom", [
    ("well that's the last time i trust the sat nav. we're in a field", "driving", "lowercase_texting"),
    ("it never rains but it pours, boiler AND the car today", "car", "british"),
])
N("quote", [
    ("my nan always said never go to bed angry so im texting from the bathroom lol. love you", "sleep", "lowercase_texting"),
    ("mum always says you never regret a holiday, so... Portugal?", "holidays", "lowercase_texting"),
])
N("generic_you", [
    ("you can never have too many muslin cloths honestly", "kids", "lowercase_texting"),
    ("you never know with this weather, bring a coat", "plans", "lowercase_texting"),
    ("You can't be too careful with dog food, read the back", "pets", "british"),
])
N("vent_third_party", [
    ("my sister is SO annoying, she keeps asking when we're having a baby. like give it a rest", "fertility", "lowercase_texting"),
    ("Your cousin asked me in front of everyone if I'm 'still unemployed'. I wanted the floor to swallow me.", "money", "british"),
])
N("vent_third_party", [
    ("boss says im 'not a team player' because i leave at 5 to get the kids. unreal", "work_hours", "lowercase_texting"),
    ("the new manager always schedules meetings at 4:55. every time. im going to lose it", "remote_work", "lowercase_texting"),
])
N("exclamation", [
    ("unbelievable!! they've given us the bigger flat!!", "moving", "angry_punctuation"),
    ("WHAT. the offer got accepted??", "moving", "all_caps"),
    ("no way no way we won the raffle at church", "religion", "lowercase_texting"),
])
N("good_request", [
    ("can we not do the family whatsapp thing tonight? I'd love just a quiet one with you", "social_media", "lowercase_texting"),
    ("would you be up for a walk after dinner? phones stay home", "phones", "lowercase_texting"),
])
N("plans", [
    ("booked the scan for the 14th at 10. hold my hand?", "pregnancy", "lowercase_texting"),
    ("found a gym that does couples classes lol want to try thurs", "exercise", "lowercase_texting"),
    ("Date night Saturday? I've got a babysitter.", "plans", "american"),
])
N("question_for_info", [
    ("did we ever get the 2nd quote for the removals?", "moving", "lowercase_texting"),
    ("whats the wifi password at your dads again", "family_visits", "lowercase_texting"),
    ("Have you got the wedding RSVP card or is it in the car?", "wedding", "british"),
])
N("logistics", [
    ("scan was fine. baby's measuring well. call me on your break x", "pregnancy", "lowercase_texting"),
    ("fine. all done at the bank, debt's consolidated. pub?", "money", "lowercase_texting"),
])
N("gratitude", [
    ("noted, thank you for reminding me about dads meds ❤️", "health", "emoji"),
    ("Got it, thanks! I'll pick up the cake at 4.", "birthdays", "american"),
])
N("self_criticism", [
    ("classic me, booked the restaurant for the wrong night 🙈", "anniversaries", "emoji"),
    ("typical me, locked myself out. are you close?", "chores", "lowercase_texting"),
])
N("logistics", [
    ("dont bother cooking tonight, im bringing thai home", "cooking", "lowercase_texting"),
    ("Don't bother waiting up, the shift's running over. Kiss the kids for me.", "work_hours", "british"),
])
N("logistics", [
    ("if ur not back by 11 ill leave the porch light on and the key under the pot", "plans", "abbreviations"),
    ("if the train's late again just text and ill come get you at the station", "commute", "lowercase_texting"),
])
N("question_for_info", [
    ("are you 12 mins away or 20? want to time the pizza", "punctuality", "lowercase_texting"),
    ("r u home yet? the parcel guy needs a signature", "chores", "abbreviations"),
])
N("vent_third_party", [
    ("who leaves a trolley in the middle of the disabled bay?? some people", "groceries", "angry_punctuation"),
    ("some guy in a tesla just cut me up and then waved. WAVED", "driving", "lowercase_texting"),
])
N("praise_absolute", [
    ("you're so much better at bedtime than me, she never settles like that for me", "kids", "lowercase_texting"),
    ("honestly you're a better cook than my mum and dont tell her i said that", "cooking", "lowercase_texting"),
])
N("affectionate_tease", [
    ("i bet you're knackered after leg day. sofa and pizza?", "exercise", "lowercase_texting"),
    ("you want a nap dont you. i can tell. go on, ill watch the baby", "sleep", "lowercase_texting"),
])
N("reassurance", [
    ("just breathe. the interview is 20 mins, you know this stuff inside out", "money", "lowercase_texting"),
    ("Deep breaths love. Your dad's in good hands, the nurses are brilliant.", "family_visits", "british"),
])
N("asked_for_advice_reply", [
    ("you asked so: i think you should take the job. you've been miserable for a year", "work_hours", "lowercase_texting"),
    ("since u asked, id go with the blue dress, u look amazing in it", "clothes", "abbreviations"),
])
N("good_i_statement", [
    ("i get overwhelmed when the house is a mess and i'm on my own with the baby. can we make a list together this weekend?", "tidiness", "lowercase_texting"),
    ("I feel a bit left out when plans get made in the family group without me. Could you forward me stuff?", "social_media", "polite_hedged"),
])
N("good_i_statement", [
    ("I miss us. I know the baby takes everything right now. Can we put the kids down early friday and just be us?", "intimacy", "long_multi_sentence"),
    ("been thinking and id really like us to try again for a baby next year. no rush, just wanted to say it", "fertility", "lowercase_texting"),
])
N("long_paragraph_innocent", [
    ("Just left Mum's. She's ok today, ate all her lunch and recognised me straight away which felt like a gift. I'm tired and a bit teary but fine. Can we have something easy for dinner? I'll be back around 7. Thank you for holding the fort.", "family_visits", "long_multi_sentence"),
    ("long day. the new boss is intense, the coffee machine broke and i spilled soup on my shirt. anyway how was your day? tell me something nice", "work_hours", "long_multi_sentence"),
])
N("long_paragraph_innocent", [
    ("ok so update: the agent rang, the survey came back fine apart from some damp in the loft which they'll knock off the price. moving date looks like the 21st. I've asked mum to have the dog that weekend. also I love you and I can't believe we're actually doing this", "moving", "long_multi_sentence"),
])
N("apology", [
    ("sorry i snapped about the xbox. i was stressed about money, not you", "gaming", "lowercase_texting"),
    ("I'm sorry I went on about the gym. I know it helps your head. Go tonight, I've got the kids", "exercise", "lowercase_texting"),
])
N("apology", [
    ("Sorry for the short texts today, work has been insane. Not upset with you at all xx", "texting_back", "polite_hedged"),
    ("sorry for being short earlier, i was on the ward. love you x", "work_hours", "lowercase_texting"),
])
N("exclamation", [
    ("are u kidding me the referee is blind", "tv", "abbreviations"),
    ("unbelievable, the game crashed right before the boss fight 😭", "gaming", "emoji"),
])
N("vent_third_party", [
    ("the wedding planner just told me the flowers will be 'roughly' the colour we picked. ROUGHLY", "wedding", "lowercase_texting"),
    ("My dad is on the family group again sending us 14 voice notes about the seating plan", "in_laws", "british"),
])
N("feelings_shared", [
    ("minimum payment on the card is £180 this month and i dont know where its coming from. not blaming anyone, just scared", "money", "lowercase_texting"),
    ("Rent's gone up again. I'm panicking a little. Can we talk tonight?", "budget", "polite_hedged"),
])
N("dark_humour_work", [
    ("customer just asked if we sell 'normal size' milk. i have given up", "work_hours", "lowercase_texting"),
    ("teams keeps saying im 'away'. yes. spiritually.", "remote_work", "lowercase_texting"),
])
N("good_request", [
    ("could you ring your mum about xmas? i'd rather you did it than me this year", "holidays", "lowercase_texting"),
    ("Can you be on dog duty tomorrow morning? I've got an early client.", "pets", "american"),
])
N("plans", [
    ("long distance countdown: 12 days!! ive booked the train", "plans", "lowercase_texting"),
    ("ur flight's at 7:05 your time right? ill be at arrivals with a sign", "plans", "abbreviations"),
])
N("feelings_shared", [
    ("i had a bad day and i just need a hug when you get in, nothing to fix, just a hug", "work_hours", "lowercase_texting"),
    ("rough day mate. dont need advice just need a cuppa and you", "work_hours", "australian"),
    ("Not a good day. Not your fault at all, I just need to be a bit quiet tonight if that's ok.", "health", "polite_hedged"),
])
N("feelings_shared", [
    ("its 2am and i keep thinking about the money. im scared. can u hold me when u wake up", "money", "abbreviations"),
    ("its 2 am and i cant stop crying about the test result i know you're asleep i just wanted to say it somewhere", "fertility", "voice_to_text"),
])
N("feelings_shared", [
    ("dad didnt know who i was today. im in the car park. give me 10 mins before i drive home", "family_visits", "lowercase_texting"),
    ("Mum had a hard night at the home. I'm alright. Just sad. Be home by 8.", "family_visits", "british"),
])
N("logistics", [
    ("wedding suit fitting moved to sat 11am, can u come? my brother bailed", "wedding", "abbreviations"),
    ("Caterer needs final numbers by Friday. I've got 84 so far, can you chase your uni lot?", "wedding", "american"),
])
N("logistics", [
    ("teh puppy has done a wee on the landing, ive cleaned it, just so you know if it smells of vinegar", "pets", "typos"),
    ("puppy training class cancelled tonite so were free, wanna do takeaway", "pets", "typos"),
])
N("logistics", [
    ("baby fed at 1:40, 4oz. nappy changed. going back to sleep. your turn at 5 x", "kids", "lowercase_texting"),
    ("fed at 3, burped, asleep on my chest. not moving. bring water pls", "kids", "lowercase_texting"),
    ("Feeding log: 11pm, 2am, 4:30am. All good. She's a little champ.", "kids", "formal"),
])
N("logistics", [
    ("heading into theatre, phone off til 6. love you", "work_hours", "lowercase_texting"),
    ("On call tonight so might get pulled in. I'll text if I do. Don't wait up.", "work_hours", "british"),
    ("boarding now, land 9:40 ur time. call u from the hotel", "plans", "abbreviations"),
])
N("logistics", [
    ("direct debit for the loan goes out on the 28th now, I changed it so it lines up with payday", "budget", "lowercase_texting"),
    ("I've paid off the Barclaycard! £0. Zero. Screenshot attached.", "money", "british"),
])
N("vent_third_party", [
    ("THE MOVERS HAVE DROPPED THE MIRROR. i'm going to scream", "moving", "all_caps"),
    ("the removal guys are 2 hours late and not answering!!! can you try the office??", "moving", "angry_punctuation"),
])
N("vent_third_party", [
    ("yaar my manager has again put me on weekend shift, I am so tired of this company", "work_hours", "indian_english"),
    ("Mummy ji has asked again about the baby in the family group in front of everyone, I didn't know what to say", "fertility", "indian_english"),
])
N("vent_third_party", [
    ("the ref tonight was an absolute joke, never seen anything like it", "tv", "australian"),
    ("my coach is never happy no matter what i lift lol", "exercise", "lowercase_texting"),
])
N("vent_third_party", [
    ("my brother is being a total child about dads care plan and i dont have the energy", "family_visits", "lowercase_texting"),
    ("My sister said I'm 'making it all about me' because I asked her to do one weekend with Mum. I'm so hurt.", "family_visits", "long_multi_sentence"),
])
N("affectionate_tease", [
    ("oi you. stop working and come eat ya dinner", "remote_work", "australian"),
    ("you and your spreadsheets. nerd. my nerd", "budget", "lowercase_texting"),
    ("you absolute legend, you fixed the toilet seat 😂 marry me again", "cleaning_bathroom", "emoji"),
])
N("affectionate_tease", [
    ("lol you fell asleep mid sentence again. its fine ur cute when ur useless", "sleep", "abbreviations"),
    ("the dog has officially replaced you as my favourite. jk. kind of", "pets", "lowercase_texting"),
])
N("affectionate_tease", [
    ("Ur mum just sent me a recipe for 'husband's favourite' and its literally beans on toast 😂", "in_laws", "emoji"),
    ("found your emo playlist from 2009. we are discussing this tonight", "hobbies", "lowercase_texting"),
])
N("dark_humour_work", [
    ("3 nights in a row. i am no longer a person, i am a coffee with legs", "work_hours", "lowercase_texting"),
    ("if the printer jams one more time i'm going to be on the news", "work_hours", "lowercase_texting"),
    ("I have been in this queue with the tax office for 58 minutes. Tell my story.", "money", "british"),
])
N("apology", [
    ("im so sorry i missed the call from the hospital, phone was in my locker. ringing them now", "health", "lowercase_texting"),
    ("sorry i was a grump this morning, u didnt deserve that. coffee's on me", "sleep", "abbreviations"),
])
N("apology", [
    ("I know I've been glued to the game this week, I'm sorry. Tonight's yours, phone and controller off.", "gaming", "long_multi_sentence"),
    ("sorry for blowing up at your mum's. I'll apologise to her too. I was tired and I was wrong", "in_laws", "lowercase_texting"),
])
N("good_request", [
    ("would it be ok if we skipped church this week? I'm wiped and I'd love a lie in with you", "religion", "polite_hedged"),
    ("can we talk about the xmas budget this weekend? i want us to agree before we buy anything", "budget", "lowercase_texting"),
])
N("good_request", [
    ("could u sit in on the call with the IVF nurse tmrw? i get flustered", "fertility", "abbreviations"),
    ("Could you possibly come to Dad's appointment on Tuesday? I'd feel better with you there.", "doctor", "formal"),
])
N("praise_absolute", [
    ("you ALWAYS make the puppy go mad with excitement when you come home lol, he loves you", "pets", "lowercase_texting"),
    ("you never forget my mums birthday and it means so much to her", "birthdays", "lowercase_texting"),
])
N("praise_absolute", [
    ("every single time i have a wobble about the wedding you make it ok. thank you", "wedding", "lowercase_texting"),
    ("as usual you were the life of the party. everyone loved you", "friends", "lowercase_texting"),
])
N("agreement", [
    ("yeah you're right, lets wait till after the move to get the sofa", "moving", "lowercase_texting"),
    ("totally agree, no more takeaways till payday", "budget", "lowercase_texting"),
])
N("question_for_info", [
    ("hows ur dad doing today? did the physio come", "family_visits", "abbreviations"),
    ("How was the scan? Did they say anything about the due date?", "pregnancy", "american"),
    ("did u hear back from the interview", "money", "abbreviations"),
])
N("question_for_info", [
    ("what time does your shift finish sat? thinking of booking brunch", "work_hours", "lowercase_texting"),
    ("r we still on for the gym at 6 or are u wrecked", "exercise", "abbreviations"),
])
N("generic_you", [
    ("you never really know a house til you've lived through a winter in it huh", "moving", "lowercase_texting"),
    ("funny how you never appreciate a dishwasher until it breaks lol", "dishes", "lowercase_texting"),
])
N("quote", [
    ("the midwife said 'you'll never sleep again' and laughed. i didnt", "sleep", "lowercase_texting"),
    ("Nan's favourite line: 'you're never fully dressed without a smile'. She said it at lunch and I thought of you", "clothes", "british"),
])
N("idiom", [
    ("well that went down like a lead balloon at work", "work_hours", "british"),
    ("spilled milk over the whole baby bag. no use crying. actually i did cry a bit lol", "kids", "lowercase_texting"),
])
N("exclamation", [
    ("omg the puppy just sat on command!!! first time!!!", "pets", "angry_punctuation"),
    ("SHE ROLLED OVER. COME HOME", "kids", "all_caps"),
])
N("exclamation", [
    ("you're kidding!! they offered you the job??", "money", "angry_punctuation"),
    ("Get out. You got the promotion?! Champagne tonight.", "work_hours", "british"),
])
N("plans", [
    ("what if we did a tiny wedding. like 20 people. and spent the rest on the house", "wedding", "lowercase_texting"),
    ("thinking we book that cabin for our anniversary, no wifi, just us. yes?", "anniversaries", "lowercase_texting"),
])
N("plans", [
    ("ok heres the plan: i do mornings with your mum, you do evenings, we swap sundays. sound ok?", "family_visits", "lowercase_texting"),
    ("I'll do Tuesday and Thursday pick up, you do Mon/Wed, we wing Friday?", "school_run", "american"),
])
N("self_criticism", [
    ("i think i was a bit harsh about the gaming earlier, it's your one thing. sorry", "gaming", "lowercase_texting"),
    ("I know I go quiet when I'm stressed about money. I'm working on it.", "money", "polite_hedged"),
])
N("self_criticism", [
    ("ate an entire family bag of crisps on my break. who am i", "weight", "lowercase_texting"),
    ("skipped the gym again lol. tomorrow. probably", "exercise", "lowercase_texting"),
])
N("gratitude", [
    ("thanks for staying up with me last night. i know you had work", "sleep", "lowercase_texting"),
    ("ty for listening about my boss yesterday, felt so much lighter after", "work_hours", "abbreviations"),
    ("Thank you for doing the injections with me. I couldn't do it without you.", "fertility", "formal"),
])
N("reassurance", [
    ("you're not a bad dad for needing a break. go to the gym, we're fine here", "kids", "lowercase_texting"),
    ("you're doing amazing with your mum. honestly. i see it", "family_visits", "lowercase_texting"),
])
N("reassurance", [
    ("we'll figure the debt out. together. not going anywhere", "money", "lowercase_texting"),
    ("No pressure at all about the job hunt, something will come. Proud of you for trying.", "money", "polite_hedged"),
])
N("logistics", [
    ("hey love just leaving the care home now mum says hi she ate well today ill grab milk on the way back do we need anything else", "groceries", "voice_to_text"),
    ("just finished at the gym going to grab a shower and then ill pick up the kids from your mums is that still ok", "exercise", "voice_to_text"),
])
N("logistics", [
    ("ok so the vet said the puppy is fine just a bit of a tummy bug and we need to give him chicken and rice for a few days so can you boil some rice", "pets", "voice_to_text"),
])
N("asked_for_advice", [
    ("should i say something to my boss about the night shifts or keep my head down? honest opinion pls", "work_hours", "lowercase_texting"),
    ("Do you think I should leave the family group? Genuinely asking, I can't decide.", "social_media", "polite_hedged"),
])
N("asked_for_advice", [
    ("be honest does this dress work for your cousins wedding? pic attached", "clothes", "lowercase_texting"),
    ("need a gift idea for my dad, you're better at this, help", "gifts", "lowercase_texting"),
])
N("logistics", [
    ("sorry just saw this! was in the gym. yes to friday", "texting_back", "lowercase_texting"),
    ("omg sorry phone died at work. all fine, home at 7 x", "texting_back", "lowercase_texting"),
    ("Just seen your message, been in back to back meetings. Call you at 5?", "texting_back", "british"),
])
N("good_i_statement", [
    ("its morning here and i woke up missing you so much. 9 more days", "plans", "lowercase_texting"),
    ("Time zones are killing me but I loved falling asleep on the call last night", "texting_back", "american"),
])
N("logistics", [
    ("few drinks with the team, getting a cab back around 11. want anything from the kebab shop", "drinking", "lowercase_texting"),
    ("Dry January day 12! Proud of us.", "drinking", "british"),
])
N("logistics", [
    ("the neighbours are having a party and honestly the music is good lol", "noise", "lowercase_texting"),
    ("the builders next door start at 7am tomorrow, earplugs in the drawer", "noise", "lowercase_texting"),
])
N("news", [
    ("the tomatoes are finally going red!! come look", "garden", "lowercase_texting"),
    ("Mowed the lawn, it looks like a cricket pitch. Feeling smug.", "garden", "british"),
])
N("news", [
    ("day 30 no cigs for me 💪 thanks for putting up with the grumpiness", "smoking", "emoji"),
    ("got the patches from the pharmacy, wish me luck", "smoking", "lowercase_texting"),
])
N("news", [
    ("my pottery bowl survived the kiln!!! its wonky but its ours", "hobbies", "lowercase_texting"),
    ("Signed up for the choir at church, rehearsals Wednesday nights. Hope that's ok with the kids?", "religion", "polite_hedged"),
])
N("news", [
    ("mrs patel at no. 4 brought round samosas for the new baby, so lovely", "neighbours", "lowercase_texting"),
    ("the neighbour took in our parcel, need to get her some flowers", "neighbours", "lowercase_texting"),
])
N("news", [
    ("ran into my ex at the supermarket. awkward but fine. anyway im getting the good pesto", "ex_partners", "lowercase_texting"),
    ("My ex's mum messaged congrats on the engagement, which was actually really sweet", "ex_partners", "british"),
])
N("news", [
    ("did you see the debate? i need to vent but not at you lol", "politics", "lowercase_texting"),
    ("registered us both to vote at the new address ✅", "politics", "emoji"),
])
N("kind_reply", [
    ("oh no babe thats awful, do u want me to come get you", "car", "abbreviations"),
    ("ugh poor you. ill run you a bath when you're home", "work_hours", "lowercase_texting"),
    ("Oh love, that's rotten. Want me to ring them for you?", "doctor", "british"),
])
N("kind_reply", [
    ("haha ok fair, you win this one", "politics", "lowercase_texting"),
    ("lol fine, your turn to pick the film. no horror tho", "tv", "lowercase_texting"),
])
N("kind_reply", [
    ("oh so THATS where the remote went 😂 the dog bed", "pets", "emoji"),
    ("and whose sock is this in the fridge?? 😂 explain", "laundry", "emoji"),
])
N("kind_reply", [
    ("ok so i'm the taxi tonight, no worries. what time do u want picking up", "drinking", "abbreviations"),
    ("sure I'll be the designated driver, you deserve a night out", "driving", "lowercase_texting"),
])
N("kind_reply", [
    ("no need to apologise, honestly. we were both tired", "sleep", "lowercase_texting"),
    ("It's ok. I get it. Let's start again tonight? x", "anniversaries", "polite_hedged"),
])
N("kind_reply", [
    ("aw thats so kind of your mum. tell her thank you from me", "in_laws", "lowercase_texting"),
    ("your dad's voice note made my day lol, he's so proud of you", "family_visits", "lowercase_texting"),
])
N("feelings_shared", [
    ("feeling really low about the job stuff today. not asking for solutions, just telling you", "money", "lowercase_texting"),
    ("I'm nervous about the transfer tomorrow. Can you distract me with something silly?", "fertility", "polite_hedged"),
])
N("logistics", [
    ("gym then groceries then home. need anything? oat milk?", "groceries", "lowercase_texting"),
    ("Picked up your prescription and the dog's worming tablets, both in the car.", "doctor", "british"),
])
N("dark_humour_work", [
    ("my boss said 'quick call' and it's been 90 minutes. if i dont make it, the pin is 4471 jk", "remote_work", "lowercase_texting"),
    ("Day 3 of remote onboarding and I still don't know what my job is. Thriving.", "remote_work", "american"),
])

# fmt: on

VOCAB = set(CATEGORIES)


def main() -> None:
    rows: list[dict[str, object]] = []
    texts: list[str] = []
    for number, (cats, form, variants) in enumerate(TEMPLATES, start=1):
        assert 1 <= len(variants) <= 3, (number, variants)
        assert set(cats) <= VOCAB, cats
        template = f"{PREFIX}{number:03d}"
        for text, situation, style in variants:
            texts.append(text)
            rows.append(
                {
                    "text": text,
                    "flagged": bool(cats),
                    "categories": cats,
                    "situation": situation,
                    "style": style,
                    "form": form,
                    "template": template,
                    "split": split_of(template),
                }
            )
    dupes = [t for t, c in collections.Counter(t.strip().lower() for t in texts).items() if c > 1]
    assert not dupes, dupes
    # A text already in another file here (a stock reply like "k") would sit on both sides of
    # the split: it is left out.
    elsewhere = texts_elsewhere(OUT)
    rows = [r for r in rows if " ".join(str(r["text"]).split()).lower() not in elsewhere]
    write_jsonl(OUT, rows)
    print(f"rows {len(rows)} templates {len(TEMPLATES)}")
    for key in ("flagged", "split", "style", "form", "situation"):
        print(key, dict(collections.Counter(str(r[key]) for r in rows).most_common()))
    print(
        "categories",
        dict(
            collections.Counter(
                c for cats, _, vs in TEMPLATES for c in cats for _v in vs
            ).most_common()
        ),
    )


if __name__ == "__main__":
    main()
