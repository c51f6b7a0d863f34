"""Writer b, blind blame round s5: writes corpus_blind_b.jsonl deterministically.

Every text is a literal written for this file. Split comes from the template id by the
shared hash rule, so regenerating never moves a row between train and test.
"""

import collections
import json
import pathlib

from safety_blind import split_of, texts_elsewhere, write_jsonl

PREFIX = "bb5b-"
OUT = pathlib.Path(__file__).with_name("corpus_blind_b.jsonl")
OTHER = pathlib.Path(__file__).with_name("corpus_blind_a.jsonl")

STYLE = {
    "lc": "lowercase_texting",
    "ty": "typos",
    "ab": "abbreviations",
    "em": "emoji",
    "caps": "all_caps",
    "fo": "formal",
    "br": "british",
    "am": "american",
    "au": "australian",
    "in": "indian_english",
    "lo": "long_multi_sentence",
    "fr": "one_word_or_fragment",
    "vt": "voice_to_text",
    "ph": "polite_hedged",
    "ap": "angry_punctuation",
}
CAT = {
    "A": "absolute",
    "B": "blame",
    "M": "mind_reading",
    "L": "labeling",
    "C": "contempt",
    "D": "demand",
    "F": "defensiveness",
    "S": "stonewalling",
    "T": "threat",
    "X": "fixing",
}

# (form, category letters, rows); a row is (situation, style code, text).
T: list[tuple[str, str, list[tuple[str, str, str]]]] = []


def add(form: str, cats: str, *rows: tuple[str, str, str]) -> None:
    T.append((form, cats, list(rows)))


# ---------------------------------------------------------------- flagged: mind reading
add(
    "mind_reading_claim",
    "M",
    (
        "texting_back",
        "lc",
        "you saw my message and decided it wasnt worth answering. i can see the blue ticks",
    ),
    (
        "ex_partners",
        "ty",
        "you liked her photo becuase you wanted her to notice, dont try and tell me it was an acident",
    ),
    (
        "hobbies",
        "ab",
        "u signed up for climbing on tuesdays so u dont have to be home w me, its obvious",
    ),
)
add(
    "mind_reading_claim",
    "M",
    (
        "packing",
        "br",
        "You're secretly relieved I'm off to Mum's for the weekend. Go on, admit it.",
    ),
    ("family_visits", "em", "ur counting down the hours till my parents leave arent you 🙃"),
    (
        "remote_work",
        "lc",
        "youre glad i have to go back to the office on monday, you can stop pretending",
    ),
)
add(
    "mind_reading_claim",
    "MC",
    ("plans", "lc", "youre only being this sweet cos you want me to say yes to the lads holiday"),
    ("car", "am", "Ahh so THAT'S why you made dinner. You want the car Saturday."),
    ("gifts", "em", "flowers on a tuesday?? what did you do 🤨"),
)
add(
    "mind_reading_claim",
    "MB",
    (
        "fertility",
        "fo",
        "I think that deep down you do not want this to work, otherwise the appointment would have been booked weeks ago.",
    ),
    (
        "pregnancy",
        "vt",
        "you dont actually want the baby you just say you do because your mum is so excited about it",
    ),
    (
        "wedding",
        "ph",
        "I might be wrong, but I honestly think you'd be happier if we just called the whole wedding off.",
    ),
)
add(
    "mind_reading_claim",
    "MC",
    ("tech_help", "lc", "you think im too thick to work the remote. just say it"),
    (
        "thermostat",
        "br",
        "I can see you think I can't be trusted with the heating. I'm an adult, I can press a button.",
    ),
    ("bills", "ab", "ngl u think i cant handle money, thats why u never show me the bank stuff"),
)
add(
    "mind_reading_claim",
    "M",
    ("weight", "lc", "youre just waiting for me to give up on the diet so you can say told you so"),
    (
        "hobbies",
        "ty",
        "your waiting for me to quit guitar so you can bring it up at christmas, i know you",
    ),
    ("sports", "au", "you're just hanging out for me to miss a training so you can have a go"),
)
add(
    "mind_reading_claim",
    "MB",
    (
        "remote_work",
        "lc",
        "youd rather be on your calls than talk to me, thats pretty clear by now",
    ),
    (
        "commute",
        "ph",
        "I don't want to assume, but it feels like you take the later train on purpose so you miss bath time.",
    ),
    ("sports", "em", "u would rather watch the match than eat with us, fine ⚽🙄"),
)
add(
    "mind_reading_claim",
    "MC",
    (
        "packing",
        "ty",
        "you love watching me panic pack at midnight dont you, its like entertainment for you",
    ),
    ("bills", "lc", "you enjoy it when the bills come and i have to ask you for money. i can tell"),
    ("parking", "am", "You honestly get a kick out of watching me try to parallel park."),
)
add(
    "mind_reading_claim",
    "M",
    ("wedding", "fo", "This wedding is about impressing your family, and you know it."),
    ("religion", "lc", "you only go to mass so your mother thinks youre a good son, be honest"),
    (
        "clothes",
        "in",
        "You are wearing that shirt only because your colleague said it looks nice, I am not blind.",
    ),
)
add(
    "mind_reading_claim",
    "MC",
    ("tv", "lc", "you turn the tv up so you dont have to hear me, im not an idiot"),
    ("noise", "ab", "u put ur headphones in the second i start talking, u think i dont notice?"),
    ("music", "ty", "cranking the music up when i walk in is real subtle, i get the mesage"),
)
add(
    "mind_reading_claim",
    "M",
    (
        "plans",
        "ph",
        "I feel like you've already decided and you're only asking me so it looks fair.",
    ),
    ("politics", "lc", "you already made your mind up about the vote, you just want me to agree"),
    ("takeaway", "em", "dont ask me what i want if ur getting thai anyway 😒"),
)
add(
    "mind_reading_claim",
    "MA",
    ("weight", "lc", "you dont fancy me anymore since i put the weight on. i can tell"),
    (
        "clothes",
        "br",
        "You hate this dress. You've hated every single thing I've bought this year.",
    ),
    (
        "hygiene",
        "ty",
        "you think i smell dont you, thats why you keep moving to the edge of the bed",
    ),
)
add(
    "mind_reading_claim",
    "M",
    ("online_shopping", "lc", "youre hiding the parcels cos you know ill ask how much"),
    ("ex_partners", "ab", "u still talk to her bc u want a backup, just admit it"),
    (
        "texting_back",
        "vt",
        "you leave me on read because you know it winds me up and you like having the upper hand",
    ),
)
add(
    "mind_reading_claim",
    "MB",
    (
        "garden",
        "au",
        "You reckon the garden's my job so you don't have to feel guilty sitting inside.",
    ),
    (
        "groceries",
        "lc",
        "you only offered to do the shop so you could buy beer and call it groceries",
    ),
    (
        "neighbours",
        "ty",
        "you side with the neigbours becuase you dont want to look like the bad guy",
    ),
)

# ---------------------------------------------------------------- flagged: label noun / sideways insult
add(
    "label_noun",
    "LC",
    ("punctuality", "lc", "ok mr always on time, where are you then"),
    ("car", "br", "Fine, Mr Mechanic, you fix it then."),
    ("tech_help", "em", "go on then Mr IT Department 🙄 since you know everything"),
)
add(
    "label_noun",
    "LCA",
    ("tidiness", "lc", "the hoarder strikes again. 40 bags in the hall"),
    ("online_shopping", "ab", "the amazon addict has 3 more parcels at the door lol"),
    (
        "hobbies",
        "ty",
        "the collecter has bought another keyboard, shocking, nobody saw that coming",
    ),
)
add(
    "label_noun",
    "LC",
    ("sports", "br", "The couch potato has moved. From the sofa. To the other sofa."),
    ("tv", "lc", "couch potato of the year award goes to"),
    ("remote_work", "em", "my hardworking remote worker is on his 4th youtube video 👏👏"),
)
add(
    "label_noun",
    "LC",
    ("bills", "lc", "well the great provider forgot to pay the electric"),
    ("groceries", "am", "The great provider bought chips and beer. We're set for the week."),
    ("car", "ty", "the great mechanic put the wrong oil in. amazing"),
)
add(
    "label_noun",
    "LC",
    ("cleaning_bathroom", "lc", "does your royal highness expect the toilet to clean itself"),
    (
        "tidiness",
        "br",
        "Her Majesty's shoes are in the hallway again, shall I polish them while I'm at it?",
    ),
    ("takeaway", "em", "will his lordship be needing anything else with his chips 👑"),
)
add(
    "label_noun",
    "LC",
    ("groceries", "lc", "a grown man who cant buy milk without ringing me 3 times"),
    ("packing", "au", "Grown woman who can't pack a bag without me. Love it."),
    ("tech_help", "ty", "a 40 year old man who cant connect to wifi, incredible"),
)
add(
    "label_noun",
    "LC",
    ("noise", "lc", "ok drama queen its one party next door"),
    ("weight", "ab", "chill drama llama its half a kilo tbh"),
    ("thermostat", "em", "ok princess its 19 degrees not the arctic 🥶🙄"),
)
add(
    "label_noun",
    "L",
    (
        "remote_work",
        "ph",
        "Honestly some days it feels like I live with a flatmate rather than a partner.",
    ),
    ("commute", "lc", "im married to a lodger who pays no rent"),
    ("hobbies", "br", "I've basically got a housemate who plays golf."),
)
add(
    "label_noun",
    "LC",
    ("tidiness", "lc", "i have two kids and one of them is 38"),
    ("takeaway", "em", "feeding the toddler again 🍟 the one with a beard"),
    ("cleaning_bathroom", "au", "Third kid left the wet towels on the floor again."),
)
add(
    "label_noun",
    "L",
    ("garden", "br", "Dave does Sarah's garden every Sunday without being asked. Just saying."),
    (
        "gifts",
        "lc",
        "my sisters boyfriend got her a weekend away for her birthday. no reason. just mentioning",
    ),
    (
        "bills",
        "in",
        "My cousin's husband handles all the bills in their house, she does not even know the due dates.",
    ),
)
add(
    "label_noun",
    "LC",
    ("family_visits", "lc", "you act like a guest in your own house when my parents come"),
    (
        "cleaning_bathroom",
        "ty",
        "your like a hotel guest, you use the bathroom and leave the rest to the maid",
    ),
    ("groceries", "am", "Must be nice being a customer in this house."),
)
add(
    "label_noun",
    "LC",
    ("tech_help", "lc", "the expert has spoken, ignore the manual then"),
    ("politics", "br", "Oh good, the political analyst has an opinion."),
    ("parking", "au", "Righto Professor, you park it."),
)
add(
    "insult",
    "LCA",
    ("punctuality", "lc", "20 mins late. classic you"),
    ("parking", "em", "parked across two spaces. classic you 😂🙄"),
    ("texting_back", "ab", "replied 2 days later w a thumbs up. classic u"),
)
add(
    "insult",
    "LC",
    ("packing", "lc", "very on brand to forget the passports"),
    ("gifts", "br", "Forgot the card. Very on brand."),
    ("bills", "em", "late fee on the gas bill, so on brand 🙃"),
)
add(
    "insult",
    "LC",
    ("music", "lc", "blasting drum and bass at 7am is such a you thing"),
    ("noise", "ty", "slaming every door in the house, such a you move"),
    ("hygiene", "au", "Leaving your toenails on the coffee table is such a you thing to do."),
)
add(
    "insult",
    "LC",
    ("car", "lc", "great job genius the tank is empty"),
    ("tech_help", "am", "Nice one, Einstein. You deleted the whole folder."),
    ("thermostat", "ab", "well done genius u turned the boiler off not the timer"),
)
add(
    "insult",
    "LC",
    ("groceries", "lc", "i married a man who thinks dishwasher tablets are optional"),
    ("hygiene", "br", "I appear to have married someone who thinks deodorant is a weekend thing."),
    ("clothes", "ty", "i married someone who thinks a hoodie is formal wear"),
)
add(
    "insult",
    "LCA",
    ("weight", "lc", "peak you, salad for lunch and a family pizza for tea"),
    ("online_shopping", "em", "peak behaviour: 'we need to save' then 4 amazon boxes 📦📦📦📦"),
    ("plans", "ab", "peak u to cancel an hr before"),
)
add(
    "insult",
    "LC",
    ("wedding", "ph", "Sorry, but only you could turn a table plan into a three-hour sulk."),
    (
        "family_visits",
        "lc",
        "only you could ruin a sunday lunch by being on your phone the entire time",
    ),
    ("neighbours", "br", "Only you could start a feud over a wheelie bin."),
)
add(
    "insult",
    "LC",
    ("garden", "au", "Killed the tomatoes. Real green thumb we've got here."),
    ("groceries", "lc", "bought the wrong milk again. culinary genius"),
    ("takeaway", "ty", "ordered from the place that gave us food poisning. master chef over here"),
)

# ---------------------------------------------------------------- flagged: counter-attack
add(
    "counter_attack",
    "FC",
    ("texting_back", "lc", "says the one who took 6 hours to reply yesterday"),
    ("ex_partners", "br", "Bit rich coming from someone who still follows their ex on Instagram."),
    ("punctuality", "ab", "lol says the person who was 40 mins late to my work thing"),
)
add(
    "counter_attack",
    "F",
    (
        "plans",
        "lc",
        "what about last month when you bailed on my brothers bbq? nobody made a big deal",
    ),
    ("gifts", "ty", "and what about my birthday when you got me a voucher from the petrol staton"),
    (
        "family_visits",
        "am",
        "Okay but what about Thanksgiving when you left at 7? We're bringing that up or no?",
    ),
)
add(
    "counter_attack",
    "FC",
    ("tidiness", "lc", "oh so now im the problem? cool"),
    ("bills", "ap", "so its MY fault now?? unbelievable!!"),
    ("noise", "em", "oh right so im the loud one now 🙄"),
)
add(
    "counter_attack",
    "FC",
    ("hobbies", "lc", "at least i dont spend every saturday on a golf course"),
    ("online_shopping", "br", "At least my parcels are things we actually need."),
    ("music", "ty", "at least my music isnt just shouting"),
)
add(
    "counter_attack",
    "FC",
    ("weight", "lc", "youre one to talk about my eating, have you seen your crisp drawer"),
    ("hygiene", "ab", "ur one to talk, ur gym bag has been in the boot since june"),
    (
        "clothes",
        "au",
        "You're one to talk about my clothes mate, you've worn those shorts since 2019.",
    ),
)
add(
    "counter_attack",
    "F",
    ("car", "lc", "im not the one who reversed into the bollard so"),
    ("parking", "ph", "I'm not the one who got the last two tickets, just to be clear."),
    (
        "cleaning_bathroom",
        "ty",
        "im not the one who leaves beard hair all over the sink so idk why this is on me",
    ),
)
add(
    "counter_attack",
    "FA",
    ("groceries", "lc", "funny how everything is somehow my fault"),
    ("thermostat", "br", "Funny how it's always me who's wrong in this house."),
    (
        "takeaway",
        "vt",
        "funny how whenever we spend too much its always because of my takeaways and never your stuff",
    ),
)
add(
    "counter_attack",
    "FC",
    (
        "politics",
        "lc",
        "dont lecture me about being respectful after what you said to my dad at easter",
    ),
    (
        "religion",
        "fo",
        "You are hardly in a position to lecture me about respect for my parents' faith.",
    ),
    ("wedding", "ab", "dont lecture me abt the budget when u wanted a string quartet"),
)
add(
    "counter_attack",
    "F",
    ("remote_work", "lc", "you work from home too, you could have let the plumber in"),
    ("commute", "au", "You've got a car as well, you could've picked her up."),
    ("tech_help", "ty", "you have a phone too you couldve googled it yourself"),
)
add(
    "counter_attack",
    "FC",
    ("sports", "lc", "you watch 4 hours of love island a night and you're moaning about one match"),
    ("tv", "em", "u literally binged 2 seasons this weekend but my football is the problem 🙃"),
    ("hobbies", "br", "You spent a fortune on that pottery course and you're questioning my bike?"),
)

# ---------------------------------------------------------------- flagged: excuse
add(
    "excuse",
    "F",
    ("remote_work", "lc", "ive been on calls since 8, what do you want from me"),
    ("commute", "ap", "i was on a train for 3 hours what more do you want!!"),
    (
        "bills",
        "br",
        "I've been working twelve-hour days, forgive me for not remembering the water bill.",
    ),
)
add(
    "excuse",
    "FB",
    ("cleaning_bathroom", "lc", "i was going to do it, you just didnt give me the chance"),
    (
        "garden",
        "ty",
        "i was gonna mow it this weekend but you had to go and do it yourself didnt you",
    ),
    ("groceries", "am", "I was literally about to go to the store before you started in on me."),
)
add(
    "excuse",
    "F",
    ("groceries", "lc", "well nobody told me we were out of eggs, how was i supposed to know"),
    ("plans", "ab", "no one told me it was at 6 so idk why im getting grief"),
    ("family_visits", "br", "Well nobody mentioned your aunt was coming, so."),
)
add(
    "excuse",
    "F",
    (
        "cleaning_bathroom",
        "lc",
        "ive had a mad week, the bathroom can wait, its not like i was sat around",
    ),
    (
        "tidiness",
        "in",
        "I had so many things this week, where is the time to arrange cupboards also?",
    ),
    (
        "texting_back",
        "em",
        "i was literally in meetings all day, sorry i didnt reply in 0.2 seconds 🙄",
    ),
)
add(
    "excuse",
    "F",
    ("punctuality", "lc", "not my fault the m25 was a car park"),
    ("commute", "ty", "its not my fault the trains are a joke, take it up with northern"),
    (
        "parking",
        "au",
        "Not my fault there was nowhere to park, was I meant to leave it on the footpath?",
    ),
)
add(
    "excuse",
    "F",
    ("gifts", "lc", "i forgot a card, im not a machine"),
    ("bills", "ph", "I'm only human, I missed one payment, I don't think it deserves all this."),
    ("packing", "ab", "forgot ONE charger tbh, im not a robot"),
)
add(
    "excuse",
    "FC",
    (
        "hygiene",
        "lc",
        "i was going to shower, i just got in, give me five minutes without the inspection",
    ),
    ("weight", "br", "I've had a stressful month, so excuse me for having a biscuit."),
    ("music", "ty", "i had headphones on most of the day, sorry my music exists"),
)
add(
    "excuse",
    "F",
    ("car", "lc", "the light only came on yesterday, i was going to book it in"),
    ("online_shopping", "am", "It was on sale, I was saving us money if you think about it."),
    ("tech_help", "em", "the update did that not me 🤷"),
)

# ---------------------------------------------------------------- flagged: shutdown
add(
    "shutdown",
    "S",
    ("texting_back", "fr", "k"),
    ("plans", "fr", "k."),
    ("groceries", "fr", "fine."),
)
add(
    "shutdown",
    "SA",
    ("plans", "lc", "do what u want, u always do"),
    ("online_shopping", "ab", "do wat u want idc anymore"),
    ("wedding", "br", "Do whatever you like, you will anyway."),
)
add(
    "shutdown",
    "S",
    ("politics", "lc", "not doing this again tonight"),
    ("ex_partners", "fr", "not doing this."),
    ("weight", "ph", "I'm sorry, I'm just not doing this conversation right now."),
)
add(
    "shutdown",
    "SC",
    ("noise", "lc", "im going to bed. talk to yourself"),
    ("tv", "em", "goodnight. enjoy ur show 👋"),
    ("sports", "au", "I'm off to bed, you and the cricket have fun."),
)
add(
    "shutdown",
    "S",
    ("gifts", "lc", "forget i said anything"),
    ("family_visits", "ty", "forget it. honestly just forget i asked"),
    ("fertility", "fo", "Please forget I raised it."),
)
add(
    "shutdown",
    "SC",
    ("bills", "lc", "cool. noted."),
    ("remote_work", "fr", "noted 👍"),
    ("punctuality", "br", "Right. Noted. Thanks."),
)
add(
    "shutdown",
    "S",
    (
        "wedding",
        "fo",
        "This conversation is over. I will not be discussing the guest list any further.",
    ),
    (
        "religion",
        "ph",
        "I think we should stop here, I don't want to talk about church anymore tonight.",
    ),
    ("pregnancy", "lc", "im not discussing it anymore"),
)
add(
    "shutdown",
    "SC",
    ("thermostat", "lc", "whatever makes you happy"),
    ("clothes", "em", "wear what u want then 🙂"),
    ("takeaway", "ab", "order whatever, idc"),
)
add(
    "shutdown",
    "S",
    ("texting_back", "lc", "putting my phone down now. dont bother replying"),
    ("politics", "ty", "im turning my phone off, im not arguing about this over text"),
    ("ex_partners", "caps", "DONT TEXT ME TONIGHT"),
)
add(
    "shutdown",
    "SC",
    ("car", "lc", "if you say so"),
    ("parking", "fr", "sure."),
    ("tech_help", "em", "sure jan 🙂"),
)
add(
    "shutdown",
    "S",
    ("garden", "lc", "its fine. its all fine. leave it"),
    ("neighbours", "ty", "leave it. i dont want to talk about them or you right now"),
    ("cleaning_bathroom", "fr", "drop it."),
)
add(
    "shutdown",
    "SA",
    ("packing", "lc", "ill just do it myself like always. dont worry about it"),
    ("groceries", "vt", "dont worry about it ill sort it myself i always do"),
    ("bills", "br", "Leave it, I'll sort it myself as usual."),
)
add(
    "shutdown",
    "S",
    ("music", "lc", "i have nothing to say to you"),
    ("sports", "ab", "got nothing to say tbh"),
    ("weight", "fr", "nothing. nothing to say."),
)

# ---------------------------------------------------------------- flagged: contempt (disgust, dismissal)
add(
    "contempt_disgust",
    "C",
    ("cleaning_bathroom", "lc", "the sink. ugh. how do you live like this"),
    (
        "tidiness",
        "ty",
        "walked into the spare room and genuinly felt sick, how do you live like this",
    ),
    ("hygiene", "em", "ur trainers 🤢🤢 how do u not smell that"),
)
add(
    "contempt_disgust",
    "C",
    (
        "hygiene",
        "lc",
        "honestly its disgusting leaving toenail clippings on the sofa. like who does that",
    ),
    ("takeaway", "br", "Three days of curry cartons on your desk. Revolting."),
    ("groceries", "ab", "the fridge is rank, ur mouldy cheese is growing legs"),
)
add(
    "contempt_disgust",
    "C",
    ("sports", "lc", "nobody cares about your fantasy league"),
    ("hobbies", "am", "No one cares about your sourdough starter, Greg."),
    ("music", "ty", "nobody wants to hear about your band man"),
)
add(
    "contempt_disgust",
    "CA",
    ("politics", "lc", "oh here we go, the carbon footprint lecture again"),
    ("weight", "em", "here we go again with the macros 🙄🙄"),
    ("religion", "br", "Here we go, another sermon."),
)
add(
    "contempt_disgust",
    "C",
    ("hobbies", "lc", "lol ok sure youll go to the gym tomorrow"),
    ("weight", "ab", "lol ok 'starting monday'"),
    ("online_shopping", "em", "'last order i promise' 😂 ok"),
)
add(
    "contempt_disgust",
    "C",
    ("tv", "lc", "spare me"),
    ("remote_work", "br", "Spare me the 'busy day' speech."),
    ("commute", "ty", "spare me the train sob story"),
)
add(
    "contempt_disgust",
    "C",
    ("bills", "lc", "cute that you think we can afford that"),
    ("wedding", "em", "aww its cute u think ur mum is paying 😂"),
    ("garden", "au", "Cute that you reckon you'll build the shed yourself."),
)
add(
    "contempt_disgust",
    "CA",
    ("cleaning_bathroom", "em", "🙄🙄🙄 yeah because youve ever cleaned the shower"),
    ("groceries", "lc", "yeah because you know what we have in the cupboards"),
    ("packing", "ab", "ya bc uve ever packed for the kids"),
)
add(
    "contempt_disgust",
    "C",
    ("texting_back", "lc", "imagine being this bad at replying to texts"),
    ("parking", "ty", "imagine needing 9 goes to park a fiesta"),
    ("tech_help", "em", "imagine not knowing how to screenshot in 2026 💀"),
)
add(
    "contempt_disgust",
    "C",
    ("clothes", "lc", "are you actually wearing that out. wow"),
    ("hygiene", "ph", "Sorry, but were you really going to go out smelling like that?"),
    ("music", "br", "Is that what you call singing? Wow."),
)
add(
    "contempt_disgust",
    "C",
    ("neighbours", "lc", "ohhh nooo the neighbours might hear. who cares"),
    ("family_visits", "ty", "oh no your mum might be upset, what a tradgedy"),
    ("religion", "em", "oh no we missed church, the world is ending 🙄"),
)
add(
    "contempt_disgust",
    "CF",
    ("thermostat", "lc", "wow ok sorry for being cold i guess"),
    ("weight", "ap", "oh SORRY for eating a sandwich!!"),
    ("noise", "br", "Terribly sorry for breathing too loudly."),
)

# ---------------------------------------------------------------- flagged: blame via "thanks to" / "because of"
add(
    "explicit_keyword",
    "B",
    ("punctuality", "lc", "thanks to you we missed the start of the film"),
    ("packing", "br", "Thanks to you we're paying for a second bag at the airport."),
    ("parking", "ab", "thx to u we got a £70 ticket"),
)
add(
    "explicit_keyword",
    "B",
    ("groceries", "lc", "because of you theres nothing for the kids lunches"),
    ("clothes", "ty", "because of you i have no clean work shirts for tomorow"),
    ("thermostat", "am", "Because of you the heat's been blasting all day with nobody home."),
)
add(
    "explicit_keyword",
    "BC",
    ("bills", "lc", "well thats the overdraft again, thanks"),
    ("online_shopping", "em", "card declined at tesco. thanks babe 🙃"),
    ("car", "br", "Well, that's the MOT failed. Cheers for that."),
)
add(
    "explicit_keyword",
    "BC",
    ("commute", "br", "Missed the 8.12. Cheers for that."),
    ("punctuality", "au", "Late for Jess's thing. Cheers for that, legend."),
    ("texting_back", "lc", "stood outside in the rain for 20 mins. thanks for that"),
)
add(
    "explicit_keyword",
    "BC",
    ("packing", "ap", "all because SOMEONE couldnt find their keys!!"),
    ("plans", "caps", "ALL BECAUSE SOMEONE HAD TO HAVE ONE MORE PINT"),
    ("music", "ty", "all cos somebody had to have the speaker on full blast at 1am"),
)
add(
    "explicit_keyword",
    "BC",
    ("family_visits", "lc", "my mum left early. hope youre happy"),
    ("wedding", "em", "the florist quit. hope ur happy 🙂"),
    ("neighbours", "br", "They've put a formal complaint in. Hope you're pleased with yourself."),
)
add(
    "explicit_keyword",
    "B",
    (
        "fertility",
        "ph",
        "I know it's a hard topic, but honestly the stress of this month is on you.",
    ),
    ("bills", "lc", "this months mess is on you, not me"),
    ("garden", "ab", "the fence is on u, u said ud fix it"),
)
add(
    "explicit_keyword",
    "BA",
    (
        "thermostat",
        "lc",
        "i havent slept properly in a month and its because of you cranking the heating up every night",
    ),
    ("noise", "ty", "i cant work from home anymore because of your drumming, every single day"),
    (
        "tv",
        "vt",
        "i never get to watch anything i want because of you and your endless documentaries",
    ),
)

# ---------------------------------------------------------------- flagged: blame through outcomes
add(
    "outcome_blame",
    "BA",
    ("car", "lc", "the cars dented. again."),
    ("parking", "fr", "another scrape. great."),
    ("garden", "br", "Lawnmower's broken. Again."),
)
add(
    "outcome_blame",
    "BC",
    ("cleaning_bathroom", "lc", "bathroom floor is flooded. guess who had a bath"),
    ("groceries", "em", "fridge door left open all night. guess who 🙃"),
    ("thermostat", "ty", "heating on 28 all day and guess who was out"),
)
add(
    "outcome_blame",
    "BA",
    ("groceries", "fr", "no milk. again."),
    ("takeaway", "lc", "another deliveroo receipt. 4th this week"),
    ("bills", "fr", "overdraft. again. nice"),
)
add(
    "outcome_blame",
    "B",
    ("garden", "lc", "the plants are dead. 2 weeks away and they couldnt get watered once"),
    ("groceries", "ty", "the whole veg box has gone off, i was away 5 days"),
    ("neighbours", "br", "Their parcel sat on our step for four days and got nicked. Brilliant."),
)
add(
    "outcome_blame",
    "BC",
    ("bills", "lc", "phone bill came. £300 in data. enjoy"),
    ("online_shopping", "am", "Credit card statement's here. Have fun reading it."),
    ("thermostat", "em", "gas bill arrived 🔥💸 congrats"),
)
add(
    "outcome_blame",
    "BA",
    ("neighbours", "lc", "the neighbours complained again. third time this month"),
    (
        "noise",
        "ph",
        "Just so you know, the downstairs couple knocked again about the music, that's the third time.",
    ),
    ("music", "ty", "landlord emailed about the noise. again."),
)
add(
    "outcome_blame",
    "B",
    ("family_visits", "lc", "my mum cried the whole way home. just so you know"),
    ("wedding", "fo", "My sister left the dinner in tears. I hope that was worth it."),
    ("religion", "br", "Nan was quiet all the way home after what you said at church."),
)
add(
    "outcome_blame",
    "BA",
    ("packing", "lc", "we're at the airport with no passports. your one job"),
    ("gifts", "ab", "party's in an hr n theres no present. 1 job"),
    ("groceries", "em", "no candles for the cake. literally one job 🎂"),
)
add(
    "outcome_blame",
    "B",
    ("tech_help", "lc", "laptop won't turn on since you 'fixed' it"),
    ("car", "br", "Since your little oil change the engine light's been on."),
    ("thermostat", "ty", "boiler has been making that noise ever since you fiddled with it"),
)

# ---------------------------------------------------------------- flagged: threats of leaving
add(
    "consequence_threat",
    "T",
    ("texting_back", "lc", "keep ignoring me and ill be gone when you get home"),
    ("plans", "ab", "cancel on me 1 more time n im done"),
    ("ex_partners", "br", "Keep this up and I'm gone, I mean it."),
)
add(
    "consequence_threat",
    "TA",
    ("sports", "lc", "one more night out after the match like that and im moving out"),
    ("noise", "ty", "one more party at 3am and im packing a bag"),
    ("hygiene", "au", "One more week of this and I'm sleeping at my sister's for good."),
)
add(
    "consequence_threat",
    "TC",
    ("family_visits", "lc", "maybe ill go stay at my sisters for a bit, see if you even notice"),
    ("remote_work", "em", "might go to my mums for a week, doubt ud notice 🙃"),
    (
        "hobbies",
        "br",
        "Perhaps I'll move out and you can have the house to yourself and your train set.",
    ),
)
add(
    "consequence_threat",
    "T",
    ("punctuality", "lc", "dont be surprised if im not here when you get back"),
    ("sports", "am", "Don't be shocked if I'm gone when the game's over."),
    ("commute", "ty", "dont expect me to be here if your late again tonight"),
)
add(
    "consequence_threat",
    "TA",
    (
        "bills",
        "ph",
        "I can't do another year like this one. Honestly, if nothing changes I'm leaving.",
    ),
    ("fertility", "fo", "If we have another month like this, I do not think I can stay."),
    ("tidiness", "lc", "another year of this and im done. i mean it"),
)
add(
    "consequence_threat",
    "TD",
    ("wedding", "lc", "sort your mum out or im calling the wedding off"),
    ("ex_partners", "ab", "block her or we r done"),
    ("weight", "caps", "STOP COMMENTING ON MY FOOD OR IM LEAVING"),
)
add(
    "consequence_threat",
    "TC",
    ("gifts", "lc", "go find someone else who puts up with this then"),
    ("tv", "br", "Go and find someone else to watch your documentaries with then."),
    ("politics", "ty", "find someone who agrees with u about everything then, good luck"),
)
add(
    "consequence_threat",
    "T",
    ("car", "lc", "take my car without asking again and see what happens"),
    ("online_shopping", "em", "use my card again and see what happens 😡"),
    ("parking", "au", "Park in my spot again and see how that goes."),
)
add(
    "consequence_threat",
    "T",
    (
        "pregnancy",
        "ph",
        "I need you at the scan on Thursday. If you're not there, I don't know what that means for us.",
    ),
    ("religion", "lc", "if you wont come to my dads funeral service dont bother coming home"),
    ("family_visits", "vt", "if your not at my mums on sunday then dont bother coming back at all"),
)

# ---------------------------------------------------------------- flagged: fixing (partner vented, advice unasked)
add(
    "bare_advice",
    "X",
    ("commute", "lc", "just leave earlier then"),
    ("punctuality", "br", "Just set an alarm then."),
    ("thermostat", "ab", "just turn the heating down at night then tbh"),
)
add(
    "bare_advice",
    "X",
    ("weight", "lc", "have you tried just not eating after 8"),
    ("hygiene", "ty", "have u tried just showering at night instead"),
    ("noise", "am", "Have you tried earplugs? Like, literally just earplugs."),
)
add(
    "bare_advice",
    "X",
    ("remote_work", "lc", "you should just quit if you hate it that much"),
    (
        "hobbies",
        "ph",
        "Maybe you should just stop going to choir if it stresses you out this much?",
    ),
    ("commute", "in", "You should simply take a job nearer to home, then there is no problem."),
)
add(
    "bare_advice",
    "XC",
    ("family_visits", "lc", "just tell your mum no, its not hard"),
    ("neighbours", "br", "Just tell them to turn it down, it's not rocket science."),
    ("tech_help", "ab", "just turn it off n on again, its not that deep tbh"),
)
add(
    "bare_advice",
    "X",
    ("ex_partners", "lc", "block him and move on honestly"),
    ("texting_back", "em", "just mute the group chat then 🤷"),
    ("remote_work", "au", "Just turn Slack off at 5 mate."),
)
add(
    "bare_advice",
    "X",
    ("tidiness", "lc", "sounds like you need a better system tbh"),
    ("bills", "ty", "sounds like u need a budget spreadsheet"),
    ("packing", "br", "Sounds like you need a checklist, love."),
)
add(
    "bare_advice",
    "X",
    ("clothes", "lc", "if none of your jeans fit just buy the next size up"),
    ("online_shopping", "ab", "if u hate waiting for deliveries just pay for prime"),
    ("car", "am", "If it's making that noise just trade it in."),
)
add(
    "bare_advice",
    "X",
    (
        "fertility",
        "ph",
        "I know it's hard, but maybe you just need to relax about it and it'll happen.",
    ),
    ("pregnancy", "lc", "just dont google symptoms then"),
    ("weight", "em", "just do more steps babe 👟"),
)
add(
    "bare_advice",
    "X",
    (
        "garden",
        "vt",
        "well if the slugs are eating everything just put beer traps out and stop going on about it",
    ),
    ("music", "lc", "if the choir director is that bad just find another choir"),
    ("sports", "ty", "if your knee hurts that much just stop playing"),
)
add(
    "bare_advice",
    "X",
    ("religion", "lc", "if the new vicar annoys you just go to a different church"),
    ("politics", "br", "If the news upsets you that much, stop reading it."),
    ("takeaway", "ab", "if ur tired of cooking just order in, problem solved"),
)

# ---------------------------------------------------------------- flagged: several sentences, only one blames
add(
    "mixed_one_blame",
    "FC",
    (
        "online_shopping",
        "lc",
        "picked up the dry cleaning and your prescription. also maybe check your own bank app before lecturing me about spending",
    ),
    (
        "bills",
        "br",
        "Paid the council tax and the TV licence. Might be worth looking at your own subscriptions before you start on mine.",
    ),
    (
        "groceries",
        "ab",
        "got everything on the list + bin bags. maybe look at ur own receipts b4 u moan about mine",
    ),
)
add(
    "mixed_one_blame",
    "B",
    (
        "packing",
        "em",
        "landed safe ✈️ hotel is lovely. would be lovelier if someone had packed the charger like they said they would",
    ),
    (
        "tech_help",
        "lo",
        "Got to the conference fine, the venue is nice and the coffee is actually decent. Would have been a lot nicer if the laptop you 'set up' for me last night actually connected to anything. Anyway, talk later.",
    ),
    (
        "car",
        "au",
        "Made it to Mum's, traffic was fine. Would've been quicker if the car had petrol in it, but hey.",
    ),
)
add(
    "mixed_one_blame",
    "AC",
    ("punctuality", "br", "Mum says hi. Dinner's at 7. Try not to be late for once."),
    (
        "family_visits",
        "lc",
        "dads picking us up at 10 tomorrow. try and actually be ready this time",
    ),
    (
        "wedding",
        "ab",
        "rehearsal is at 4, venue sent the parking info. try not to be the last one there 4 once",
    ),
)
add(
    "mixed_one_blame",
    "AD",
    (
        "tidiness",
        "lc",
        "gym at 6 then the shop. grab bread if youre passing. and maybe for once dont leave your wet towel on the bed",
    ),
    (
        "cleaning_bathroom",
        "lo",
        "I'm out till about nine, there's lasagne in the fridge, just needs 40 mins. Kids have had their bath. Please, for once in your life, wipe the bath after you use it.",
    ),
    (
        "hygiene",
        "ty",
        "off to work, keys are under the pot. and please shower before my parents come tonight, not like last time",
    ),
)
add(
    "mixed_one_blame",
    "M",
    (
        "remote_work",
        "lc",
        "plumber is coming between 12 and 4, can you let him in. i know you'll pretend youre in a meeting but please",
    ),
    (
        "garden",
        "br",
        "Skip arrives Tuesday. I know you'll find a reason not to be in, but someone needs to sign for it.",
    ),
    (
        "commute",
        "ab",
        "trains r on strike tmrw so ill drive. i know u secretly love it when my day goes wrong but can u leave the car",
    ),
)
add(
    "mixed_one_blame",
    "LC",
    (
        "groceries",
        "lc",
        "ok list: oat milk, onions, foil, the good coffee. the actual good one, not whatever the budget king picked last week",
    ),
    (
        "gifts",
        "em",
        "party is at 2, present is wrapped 🎁 I did the card too since mr thoughtful forgot",
    ),
    (
        "takeaway",
        "au",
        "Ordered the pizzas, they'll be here at 7. Got you a plain one since you're a five-year-old about toppings.",
    ),
)
add(
    "mixed_one_blame",
    "B",
    (
        "bills",
        "lo",
        "The broadband guy is coming Thursday morning to look at the router. Also the energy company rang, apparently we're on the expensive tariff because nobody switched it in March when you said you would. Can you call them back? Number's on the fridge.",
    ),
    (
        "car",
        "lc",
        "garage says itll be ready friday. £600. they said the clutch went because it was driven like that for months, so theres that",
    ),
    (
        "parking",
        "ph",
        "Sorry to bother you at work. The council letter came, it's a fine from the hospital car park, I think it's from when you had the car. Could we talk about it tonight?",
    ),
)
add(
    "mixed_one_blame",
    "S",
    (
        "plans",
        "lc",
        "picked up the kids. dinners in the oven. im not talking about saturday anymore so dont bring it up",
    ),
    (
        "fertility",
        "ph",
        "The clinic sent the forms through, I've printed them. I'm not going to discuss the other thing again, please don't ask.",
    ),
    (
        "politics",
        "ab",
        "got the tickets for sat. not gonna argue abt the election w u again so dont start",
    ),
)
add(
    "mixed_one_blame",
    "C",
    (
        "wedding",
        "lo",
        "Venue confirmed the date, so that's one thing sorted. Caterer needs numbers by Friday. Oh and your brother wants to bring his new girlfriend, shocker, because apparently the rules don't apply to your family.",
    ),
    (
        "family_visits",
        "lc",
        "your parents land at 3, ive made up the spare bed. cant wait for your mum to tell me how to load the dishwasher again, super fun",
    ),
    (
        "religion",
        "br",
        "Christening is at eleven, I've ironed your shirt. Do try to look like you've been in a church before.",
    ),
)
add(
    "mixed_one_blame",
    "X",
    (
        "remote_work",
        "lc",
        "sorry your day was rubbish. honestly you should just tell your boss you're not doing evening calls anymore, its not hard",
    ),
    (
        "commute",
        "em",
        "ugh poor you stuck on the train 😩 you really should just get a car like i said",
    ),
    (
        "weight",
        "ph",
        "I'm sorry you're feeling down about it. Maybe you just need to stop buying the biscuits though?",
    ),
)
add(
    "mixed_one_blame",
    "AC",
    (
        "texting_back",
        "lc",
        "got home fine. the dog has been fed. you wouldnt know since you never check your phone, but there you go",
    ),
    (
        "hobbies",
        "br",
        "Booked the restaurant for Saturday at 8. I assume you'll be at the allotment as always, so I've put it in your calendar.",
    ),
    (
        "sports",
        "ab",
        "bins r out, grocery order comes at 9. not that u notice anything when the footy is on",
    ),
)
add(
    "mixed_one_blame",
    "F",
    (
        "cleaning_bathroom",
        "lc",
        "yeah i saw the mess. ill get to it tonight. i was at work all day though so",
    ),
    (
        "tidiness",
        "lo",
        "Okay I read your message about the kitchen. I'm on my way home now and I'll sort it. But I've had a ridiculous day and I've been up since five, so I don't know why I'm the only one getting told off.",
    ),
    (
        "groceries",
        "au",
        "Saw your text, I'll grab milk on the way. I was flat out all day though, so not sure what you expected.",
    ),
)
add(
    "mixed_one_blame",
    "T",
    (
        "hygiene",
        "lc",
        "morning. coffee machine needs descaling. and if you dont deal with the smell in the car by the weekend im selling it",
    ),
    (
        "music",
        "lo",
        "Heading to the gym then picking up your mum at 4. I'm going to say this once: if the speaker is on at midnight again tonight I'm going to my sister's and I'm not coming back this time. Dinner's at seven.",
    ),
    (
        "online_shopping",
        "ab",
        "ok ill get the bus home. if another parcel shows up this week im cancelling ur card. just saying",
    ),
)
add(
    "mixed_one_blame",
    "M",
    (
        "pregnancy",
        "lc",
        "midwife appointment moved to 10:30. you said you'd come last time and then didnt, so i'm guessing you dont actually care but letting you know",
    ),
    (
        "fertility",
        "ty",
        "results are back, i'll tell you tonight. tbh i dont think you even care how i feel about any of it",
    ),
    ("wedding", "em", "dress fitting went well 👗 not that you care"),
)
add(
    "mixed_one_blame",
    "BC",
    (
        "neighbours",
        "lo",
        "The neighbours brought round a cake for the baby, which was sweet. Apparently they heard us shouting on Sunday though, so that's lovely. Thanks for that. I'll be home at 6.",
    ),
    (
        "noise",
        "lc",
        "met the new guy from upstairs. nice bloke. he asked if we were the ones with the bass at midnight so thanks for making that first impression",
    ),
    (
        "garden",
        "br",
        "Trimmed the hedge. Mrs Patel asked when we're going to sort the fence, which was mortifying, so thanks.",
    ),
)
add(
    "mixed_one_blame",
    "D",
    ("tidiness", "lc", "home at 8. the hall. tonight. not tomorrow"),
    ("groceries", "caps", "ON MY WAY. BINS. NOW."),
    ("packing", "br", "Taxi's at five. Your bag. Packed. Tonight."),
)
add(
    "mixed_one_blame",
    "MC",
    (
        "tv",
        "lc",
        "im at yogas till 8. i know youll have forgotten i even said that by the time your show finishes",
    ),
    (
        "clothes",
        "ty",
        "shoe shopping w jen, back for dinner. i already know ur gonna roll your eyes at the bags so dont bother",
    ),
    (
        "hobbies",
        "em",
        "home by 6! 🚗 I know you'll be thrilled to have to stop playing your guitar for 5 mins",
    ),
)
add(
    "mixed_one_blame",
    "B",
    (
        "thermostat",
        "lc",
        "going to bed, im freezing because the heating was off all day. you turned it off. just saying. night",
    ),
    (
        "car",
        "vt",
        "I'm outside the supermarket the car won't start again and this is what happens when somebody ignores the battery light for two weeks can you come get me",
    ),
    (
        "tech_help",
        "ab",
        "printer is jammed again after u put the cheap paper in. gonna print at work",
    ),
)
add(
    "mixed_one_blame",
    "CA",
    (
        "takeaway",
        "lo",
        "I've got Mum on the phone, she wants us for lunch on Sunday. I said yes. Also it's chips again tonight, isn't it? Of course it is, because apparently cooking is something only other people do.",
    ),
    (
        "weight",
        "lc",
        "doctor said my blood pressure is fine. also ordered the new scale, since you clearly think the old one lies 🙄",
    ),
    (
        "bills",
        "br",
        "Booked the cheaper car hire. Also moved money into savings, since apparently we're not touching savings unless it's for your golf.",
    ),
)
add(
    "mixed_one_blame",
    "LC",
    (
        "wedding",
        "ph",
        "I think we've got the caterer sorted and the cake is booked. I would really love it if you helped with the seating plan, unless the best man is too busy being useless again.",
    ),
    (
        "hobbies",
        "lc",
        "hope your ride was good. i did the bins, the dishes, the school emails and the washing while mr lycra was out",
    ),
    (
        "garden",
        "au",
        "Got the mulch, it's in the ute. I'll spread it myself since the garden gnome on the deck chair isn't moving.",
    ),
)
add(
    "mixed_one_blame",
    "D",
    ("parking", "lc", "home soon. move your car off the drive before i get there"),
    ("texting_back", "ab", "at the station. reply to me when i text u. its not optional"),
    (
        "online_shopping",
        "br",
        "On the bus now. You are returning those trainers tomorrow, no arguments.",
    ),
)
add(
    "mixed_one_blame",
    "S",
    (
        "politics",
        "lo",
        "I've put the lasagne in, it needs another 20 minutes. Kids are in bed. I'm not talking about your brother or the election tonight, I'm going upstairs to read and I'd rather you didn't follow me.",
    ),
    ("bills", "lc", "paid the gas. ive got nothing else to say about the credit card. done"),
    (
        "ex_partners",
        "em",
        "home by 9 🚌 i'm not answering any more questions about the party so dont ask",
    ),
)

# ================================================================ innocent
add(
    "praise_absolute",
    "",
    ("plans", "lc", "you always know how to turn a rubbish day around"),
    ("music", "em", "you always pick the perfect song for the drive 🎶"),
    ("takeaway", "br", "You always know exactly what I fancy before I do."),
)
add(
    "praise_absolute",
    "",
    ("family_visits", "lc", "you never once complain when my parents stay, i really notice that"),
    ("texting_back", "ab", "u never forget to text when u land, its honestly the best"),
    ("gifts", "ph", "You never forget the little things, and I don't say that enough."),
)
add(
    "praise_absolute",
    "",
    ("garden", "au", "Every single time I come home the garden looks better. You're a legend."),
    ("cleaning_bathroom", "lc", "every time you clean the bathroom it looks like a hotel lol how"),
    ("car", "ty", "evry time you drive i actually relax, your so calm"),
)
add(
    "praise_absolute",
    "",
    ("clothes", "em", "you ALWAYS look good in green 💚"),
    ("weight", "lc", "you always look good to me, in case you forgot"),
    ("hygiene", "am", "You always smell amazing, what is that stuff?"),
)
add(
    "praise_absolute",
    "",
    (
        "tech_help",
        "lc",
        "you always manage to fix the wifi when i'm about to throw it out the window",
    ),
    ("thermostat", "br", "You're always so good at getting the heating just right."),
    ("parking", "ab", "ur parking is always perfect, teach me ur ways"),
)
add(
    "logistics",
    "",
    ("groceries", "lc", "ill be home by 6, can you grab bread if you pass the shop"),
    ("commute", "br", "Train's delayed about 20 mins, I'll be back around half seven."),
    ("parking", "ab", "parked on level 3 near the lifts btw"),
)
add(
    "logistics",
    "",
    ("car", "lc", "the cars booked in for the dent on tuesday, ill get the bus that day"),
    ("tech_help", "am", "Laptop's at the repair shop, should be ready Thursday."),
    ("bills", "fr", "gas bill paid ✔️"),
)
add(
    "logistics",
    "",
    ("plans", "ab", "k c u at half 6"),
    ("punctuality", "fr", "k omw"),
    ("texting_back", "fr", "ok cool x"),
)
add(
    "logistics",
    "",
    ("commute", "lc", "im leaving now, traffic looks fine"),
    ("remote_work", "ab", "leaving the office now, omw, home in 40"),
    ("family_visits", "au", "Leaving Mum's now, should be home by nine."),
)
add(
    "logistics",
    "",
    (
        "groceries",
        "lc",
        "not doing the big shop this week, ive ordered online for saturday morning",
    ),
    ("takeaway", "ty", "not cooking tonight, ordered thai, should be here by 8"),
    ("garden", "br", "Not mowing today, it's forecast rain all afternoon."),
)
add(
    "logistics",
    "",
    ("packing", "lc", "never mind, found it. it was in the side pocket"),
    ("tech_help", "lc", "forget it, found the charger lol"),
    ("car", "em", "panic over found the keys 🔑😅"),
)
add(
    "logistics",
    "",
    (
        "neighbours",
        "lc",
        "the neighbours are having a party saturday, they said sorry in advance and left us wine lol",
    ),
    ("noise", "br", "Builders next door are starting at 8 tomorrow, just so you know."),
    ("music", "ab", "band practice moved to thurs, so im out thurs night instead"),
)
add(
    "logistics",
    "",
    (
        "cleaning_bathroom",
        "lc",
        "bleach and new shower curtain are in the cupboard if you need them",
    ),
    (
        "tidiness",
        "vt",
        "ive put all your winter stuff in the blue boxes under the bed so you know where it is",
    ),
    ("clothes", "br", "Your suit's back from the cleaners, it's hanging on the wardrobe door."),
)
add(
    "logistics",
    "",
    (
        "wedding",
        "lo",
        "Okay update from the venue: they can do the earlier slot, so ceremony at 1, drinks at 2:30 and food at 4. I've told the photographer. Your mum asked whether she needs to bring anything, I said no.",
    ),
    (
        "pregnancy",
        "lc",
        "scan is 9:40 at the main hospital, parking is awful so maybe we leave at 9",
    ),
    (
        "fertility",
        "ph",
        "The clinic called, they've moved us to the 14th at 10am. Does that still work for you?",
    ),
)
add(
    "neutral_instruction",
    "",
    (
        "tech_help",
        "lc",
        "you need to hold the reset button for like 10 seconds till the light goes orange",
    ),
    (
        "thermostat",
        "br",
        "You have to press the little flame icon twice or it goes back to the timer.",
    ),
    ("car", "ab", "u have to pump the clutch a couple times in the cold, its just old"),
)
add(
    "neutral_instruction",
    "",
    (
        "packing",
        "lc",
        "you must take your passport and the printed esta, they checked ours last time",
    ),
    (
        "pregnancy",
        "ph",
        "The midwife said you should bring your notes and a snack, it can take a while.",
    ),
    ("fertility", "am", "You need to fast from midnight before the blood test, the nurse said."),
)
add(
    "neutral_instruction",
    "",
    ("garden", "lc", "youd better cover the tomatoes tonight, theres frost forecast"),
    ("parking", "br", "You'd better pay for two hours, the wardens there are ruthless."),
    ("hygiene", "ab", "u should wash the new towels before using them, they shed like crazy"),
)
add(
    "neutral_instruction",
    "",
    ("online_shopping", "lc", "you have to return it within 14 days and keep the label on"),
    (
        "bills",
        "in",
        "You must pay the electricity bill before the 15th, otherwise there is a late charge, just reminding.",
    ),
    ("remote_work", "ty", "you need to restart the vpn after the update or teams wont connect"),
)
add(
    "asked_for_advice",
    "",
    (
        "remote_work",
        "lc",
        "you asked what id do: honestly id just email her and say you cant do fridays",
    ),
    (
        "commute",
        "ph",
        "Since you asked, I'd maybe try the earlier train for a week and see if it helps?",
    ),
    ("clothes", "em", "ok you asked 😂 the blue one, definitely the blue one"),
)
add(
    "asked_for_advice",
    "",
    (
        "hobbies",
        "lc",
        "if you really want my opinion just go for the cheaper guitar first and see if you stick with it",
    ),
    (
        "weight",
        "br",
        "You asked, so: I'd just start with walking, the app thing sounds a bit much.",
    ),
    ("tech_help", "ab", "u asked so imo just get the mac, ull be less stressed"),
)
add(
    "asked_for_advice",
    "",
    (
        "ex_partners",
        "ph",
        "Since you asked what I think, I'd just not reply to him. You don't owe him anything.",
    ),
    ("neighbours", "lc", "you asked so yeah, i'd just knock and ask them nicely about the hedge"),
    ("family_visits", "au", "You asked what I reckon, I'd just tell your dad Sunday doesn't work."),
)
add(
    "vent_third_party",
    "",
    ("remote_work", "lc", "my manager never replies to anything and then asks why its late"),
    ("commute", "ab", "the 7:52 is ALWAYS late, every single day, i hate southern rail smh"),
    ("neighbours", "ty", "the guy at no 12 never puts his bins back, it drives me mad lol"),
)
add(
    "vent_third_party",
    "",
    ("tech_help", "lc", "this laptop is useless, it never saves anything"),
    ("car", "ap", "the garage STILL hasnt called back!! unbelievable"),
    ("online_shopping", "em", "amazon has lost my parcel AGAIN 😤 third time this month"),
)
add(
    "vent_third_party",
    "",
    ("wedding", "lc", "the florist is so rude, she just hung up on me"),
    ("family_visits", "br", "My brother is being an absolute nightmare about Christmas again."),
    ("politics", "ab", "my uncle wont shut up abt the election in the family chat smh"),
)
add(
    "vent_third_party",
    "",
    ("sports", "lc", "referee was a joke, never seen anything like it"),
    ("music", "ty", "the sound guy at the gig was useless, you couldnt hear the vocals at all"),
    ("tv", "au", "That finale was rubbish, the writers have never had a clue."),
)
add(
    "quote",
    "",
    ("wedding", "lc", "my nan always said never go to bed angry, reckon she'd like our vows"),
    (
        "bills",
        "br",
        "Mum always says you should never lend money you can't afford to lose. Anyway, how was Jo?",
    ),
    ("garden", "ab", "dad always says u should water at night not in the sun lol"),
)
add(
    "quote",
    "",
    ("religion", "lc", "the vicar said today 'you are always enough' and i thought of you"),
    ("hobbies", "em", "coach said 'you never lose, you either win or learn' 😂 so cheesy"),
    (
        "tech_help",
        "ty",
        "the it guy said 'you should never click on anything from a bank', so i didnt lol",
    ),
)
add(
    "idiom",
    "",
    ("punctuality", "lc", "better late than never! see you in a bit x"),
    ("pregnancy", "em", "never say never 😉 we'll see"),
    ("hobbies", "br", "Whatever floats your boat, I'm just glad you're enjoying it."),
)
add(
    "idiom",
    "",
    ("groceries", "lc", "the early bird gets the last sourdough, got it 🙌"),
    ("tidiness", "ab", "rome wasnt built in a day lol we will finish the boxes tmrw"),
    ("weight", "au", "Slow and steady wins the race, you're doing great."),
)
add(
    "affectionate_tease",
    "",
    ("hobbies", "lc", "you and your 47 houseplants 😂 love it"),
    ("music", "em", "u and ur 2000s playlist 🙈❤️"),
    ("clothes", "br", "You and your cardigans. Never change."),
)
add(
    "affectionate_tease",
    "",
    ("tech_help", "lc", "you genius!! the printer works"),
    ("car", "ab", "omg ur a genius it started"),
    ("garden", "em", "my little green fingered genius 🌱😍"),
)
add(
    "affectionate_tease",
    "",
    (
        "takeaway",
        "lc",
        "you absolute muppet you ordered two of the same pizza 😂 its fine more for us",
    ),
    ("packing", "br", "You daft thing, you packed three hairdryers. Love you."),
    ("groceries", "au", "You galah, you got five loaves of bread 😂 toast for days."),
)
add(
    "generic_you",
    "",
    ("packing", "lc", "you can never have too many chargers on a trip tbh"),
    ("car", "br", "You can never be too careful on that road in the dark."),
    ("thermostat", "ab", "u can never be too warm in january ngl"),
)
add(
    "generic_you",
    "",
    ("online_shopping", "lc", "you cant trust any reviews on there anymore, theyre all fake"),
    ("politics", "ty", "you just cant win with politicans, they all say the same thing"),
    ("neighbours", "am", "You never really know your neighbors until the power goes out, huh."),
)
add(
    "apology",
    "",
    ("tidiness", "lc", "sorry i snapped earlier, i was tired and it wasnt about you"),
    ("texting_back", "ab", "sorry i didnt reply, phone died at lunch. call u at 7?"),
    ("family_visits", "ph", "I'm sorry I was short with your mum, I'll apologise to her too."),
)
add(
    "apology",
    "",
    ("punctuality", "lc", "im so sorry im late, i should have left earlier. my fault completely"),
    (
        "bills",
        "br",
        "Sorry, I forgot to pay the water bill. I've done it now and set up a direct debit.",
    ),
    ("gifts", "em", "i forgot your mums card, im really sorry 😞 ill drop one round tomorrow"),
)
add(
    "good_i_statement",
    "",
    (
        "texting_back",
        "lc",
        "i feel anxious when i dont hear from you on late shifts, could you text when you leave?",
    ),
    (
        "remote_work",
        "ph",
        "I've been feeling a bit lonely with us both working from home in separate rooms, could we have lunch together tomorrow?",
    ),
    ("hobbies", "br", "I miss you on Saturdays. Could we keep one Saturday a month just for us?"),
)
add(
    "good_i_statement",
    "",
    (
        "weight",
        "lc",
        "im feeling really self conscious lately, i just need a bit of reassurance this week",
    ),
    (
        "fertility",
        "ph",
        "I'm finding this month really hard. I don't need fixing, I just want to talk to you tonight.",
    ),
    ("noise", "ab", "ngl im really struggling to sleep w the noise, can we talk abt options?"),
)
add(
    "agreement",
    "",
    ("takeaway", "lc", "yeah youre right, lets just get pizza"),
    ("plans", "br", "You're right, Saturday's better. Let's do that."),
    ("bills", "ab", "ya ur right we should switch providers"),
)
add(
    "agreement",
    "",
    ("car", "lc", "fair point, ill book it in tomorrow"),
    ("parking", "em", "true true, lets park further away and walk 👍"),
    ("wedding", "fo", "That is a good point. Let us keep the guest list to eighty."),
)
add(
    "self_criticism",
    "",
    ("groceries", "lc", "i always forget the bins, im hopeless lol, doing it now"),
    ("punctuality", "ab", "i swear im never on time tbh, my bad, 5 mins"),
    ("tech_help", "em", "i definitely broke the tv remote 🙈 my fault sorry"),
)
add(
    "self_criticism",
    "",
    ("weight", "lc", "i ate the whole cheesecake. no self control whatsoever 😂"),
    (
        "online_shopping",
        "br",
        "I've been ridiculous with the online shopping this month, I'm going to cut back.",
    ),
    ("tidiness", "ty", "my side of the wardrobe is a disgrace i know, sorting it this weekend"),
)
add(
    "question_for_info",
    "",
    ("online_shopping", "lc", "did you ever get that parcel from the other day?"),
    ("bills", "ab", "did u pay the council tax or shall i"),
    ("commute", "br", "What time's your last train tonight?"),
)
add(
    "question_for_info",
    "",
    ("groceries", "lc", "do we need anything from the shop? im passing"),
    ("clothes", "em", "where's my black jumper gone 🤔 have u seen it"),
    ("thermostat", "am", "Is the heating on a timer now or do I have to turn it off?"),
)
add(
    "plans",
    "",
    ("plans", "lc", "fancy the cinema friday? theres a late showing at 9"),
    ("sports", "au", "Footy's on Sunday arvo, want to come to the pub for it?"),
    ("music", "em", "tickets go on sale at 10 tomorrow!! 🎤 shall we try?"),
)
add(
    "plans",
    "",
    ("family_visits", "lc", "shall we do lunch at your dads on sunday? i can make the crumble"),
    ("garden", "br", "Fancy doing the veg beds together on Saturday morning? I'll get croissants."),
    (
        "religion",
        "ph",
        "Would you like to come to the carol service with me on the 20th? No pressure at all.",
    ),
)
add(
    "plans",
    "",
    (
        "packing",
        "lo",
        "So I was thinking for the trip we could take one big suitcase between us and a backpack each, that way we skip the bag fees. I'll do the toiletries if you do the chargers and documents. Sound good?",
    ),
    (
        "wedding",
        "lc",
        "can we do the tasting on the 3rd instead of the 10th? the 10th is my work thing",
    ),
    ("commute", "ab", "wanna carpool tmrw? i can drop u at the station"),
)
add(
    "gratitude",
    "",
    ("garden", "lc", "thanks to you the garden looks amazing, everyone at the bbq said so"),
    ("wedding", "br", "Honestly, thanks to you today went perfectly. I'm so proud of us."),
    ("tech_help", "ab", "thx to u my presentation actually worked 🙏"),
)
add(
    "gratitude",
    "",
    ("family_visits", "lc", "because of you my mum actually had a good christmas, thank you"),
    ("fertility", "ph", "I got through this month because of you. Thank you for being so patient."),
    ("hobbies", "em", "i only finished the marathon because of you cheering at mile 20 😭❤️"),
)
add(
    "gratitude",
    "",
    ("cleaning_bathroom", "lc", "you did the whole bathroom?? thank you so much"),
    ("groceries", "ty", "thank u for doing the shop, you even got the fancy yogurts"),
    ("car", "au", "Cheers for filling the car up, you're a champ."),
)
add(
    "gratitude",
    "",
    ("bills", "ph", "Thank you for sorting the insurance, I know that was a boring afternoon."),
    ("packing", "lc", "thank you for packing the kids stuff, saved my life"),
    ("pregnancy", "em", "thank u for rubbing my feet last night 🥹 needed that"),
)
add(
    "good_request",
    "",
    (
        "tidiness",
        "lc",
        "could we do a 20 min tidy together after dinner? the lounge is getting me down",
    ),
    ("noise", "ph", "Would you mind using headphones after 11? I've got early starts this week."),
    (
        "thermostat",
        "br",
        "Could we have the heating on a bit longer in the mornings? I'm freezing getting up.",
    ),
)
add(
    "good_request",
    "",
    (
        "cleaning_bathroom",
        "lc",
        "can we make a rota for the bathroom? i keep losing track of whose week it is",
    ),
    ("texting_back", "ab", "cud u text when u get to work? just so i know ur safe"),
    (
        "online_shopping",
        "ph",
        "Could we check in with each other before anything over £100? I think it would help me feel calmer about money.",
    ),
)
add(
    "good_request",
    "",
    ("parking", "lc", "could you leave the drive clear tomorrow? the delivery van needs to get in"),
    ("tv", "em", "can we watch something together tonight? 🍿 your pick"),
    ("hygiene", "br", "Could you pick up some more shower gel on your way? We're nearly out."),
)
add(
    "exclamation",
    "",
    ("sports", "ap", "UNBELIEVABLE!!! did you see that goal"),
    ("tv", "lc", "unbelievable. they killed him off. im in shock"),
    ("politics", "caps", "NO WAY THEY ACTUALLY WON"),
)
add(
    "exclamation",
    "",
    ("online_shopping", "ap", "the sofa is finally here!!!"),
    ("weight", "em", "lost 2kg!!! 🎉🎉"),
    ("garden", "caps", "FIRST STRAWBERRY OF THE YEAR"),
)
add(
    "news",
    "",
    ("remote_work", "lc", "got the promotion!! well the meeting went well, finding out friday"),
    ("pregnancy", "ph", "The midwife said everything looks perfect. I cried a bit in the car."),
    (
        "neighbours",
        "br",
        "The new people at number 8 seem lovely, they've got a little boy Ollie's age.",
    ),
)
add(
    "news",
    "",
    ("car", "lc", "the cars fixed, finally. £120 which isnt as bad as we thought"),
    ("bills", "ab", "energy bill came in lower than last yr 🙌"),
    ("commute", "au", "They've added an express bus, I'll be home 20 minutes earlier now."),
)
add(
    "news",
    "",
    ("music", "lc", "the band got booked for a wedding in june!!"),
    ("hobbies", "ty", "finished the jumper. its wonky but its done lol"),
    ("fertility", "fo", "The consultant has confirmed the results are within the normal range."),
)
add(
    "joke",
    "",
    ("hygiene", "lc", "the cat just walked in and left in disgust. i think its the tuna sandwich"),
    ("weight", "em", "my jeans and i are no longer on speaking terms 😂"),
    ("tech_help", "br", "Siri has just told me to 'calm down'. Rude."),
)
add(
    "joke",
    "",
    ("groceries", "lc", "tesco was out of everything except sadness and bananas"),
    ("takeaway", "ab", "the delivery guy knows my name now, should i be worried lol"),
    ("parking", "au", "Took me four goes to park, a bloke clapped. Humbling."),
)
add(
    "feeling_kind",
    "",
    ("plans", "lc", "i miss you today. thats it thats the text"),
    ("commute", "em", "long day, cant wait to see ur face 🥰"),
    ("remote_work", "br", "Just thinking about you. Hope the meeting goes well."),
)
add(
    "feeling_kind",
    "",
    ("pregnancy", "lc", "im scared but also so excited, is that weird"),
    (
        "wedding",
        "ph",
        "I'm a bit nervous about the speeches, but I'm so happy it's you I'm marrying.",
    ),
    ("fertility", "ty", "feeling hopeful today for the first time in ages. wanted to tell you"),
)
add(
    "kind_whatever",
    "",
    ("takeaway", "lc", "whatever you fancy for dinner is fine by me ❤️"),
    ("plans", "br", "Whatever you want to do for your birthday, I'm in."),
    ("clothes", "ab", "wear whatever ur comfy in, its just the pub"),
)
add(
    "kind_whatever",
    "",
    ("hobbies", "lc", "do what you want this weekend, you deserve a proper rest"),
    ("gifts", "em", "do whatever u want for ur birthday, its ur day 🎂"),
    (
        "family_visits",
        "ph",
        "Honestly, do whatever feels right with your dad, I'll back you either way.",
    ),
)
add(
    "kind_done",
    "",
    ("remote_work", "lc", "im done for the day! come get me for a walk"),
    ("cleaning_bathroom", "ab", "bathroom done ✅ u can shower now"),
    ("packing", "em", "all packed and done 🧳 just need snacks"),
)
add(
    "kind_done",
    "",
    ("weight", "lc", "done with my first 5k!! legs are jelly"),
    ("bills", "br", "Tax return done. Never again until next year."),
    ("wedding", "ty", "invites are DONE. posted the lot this morning"),
)
add(
    "kind_never",
    "",
    ("gifts", "lc", "ive never had a present this thoughtful in my life"),
    ("music", "br", "I've never laughed so much at a gig, thank you for dragging me."),
    (
        "ex_partners",
        "ph",
        "I never felt this safe with anyone before you. Just wanted to say that.",
    ),
)
add(
    "kind_never",
    "",
    ("garden", "lc", "never seen the roses this good, whatever you did worked"),
    ("takeaway", "ab", "never having that curry house again lol my stomach"),
    ("car", "au", "Never driving through the city at 5 again, what a nightmare."),
)
add(
    "kind_should",
    "",
    ("plans", "lc", "you should see the sunset from the office right now"),
    ("sports", "em", "u should have seen the catch i made today 🏏😎"),
    ("tv", "br", "You should watch the new series, you'd love it."),
)
add(
    "kind_should",
    "",
    ("hobbies", "lc", "we should do that pottery class again, that was fun"),
    ("groceries", "ab", "we shd try that new market on sat"),
    ("religion", "ph", "Maybe we should go to the midnight service this year? It's beautiful."),
)
add(
    "kind_just",
    "",
    ("commute", "lc", "just landed, waiting for the bags"),
    ("weight", "br", "Just breathe, the weigh in is just a number."),
    ("texting_back", "ab", "just seen ur msg sorry, was in the shower"),
)
add(
    "kind_just",
    "",
    ("fertility", "ph", "Just wanted to say I'm here, whatever the results say."),
    ("pregnancy", "lc", "just felt the baby kick!! come home quick"),
    ("neighbours", "em", "just met the neighbours new puppy 🐶 i'm obsessed"),
)
add(
    "kind_always",
    "",
    ("ex_partners", "lc", "ill always be on your side, even when your ex is being a pain"),
    ("family_visits", "br", "You'll always have a home with my family, you know that."),
    ("bills", "ph", "We'll always figure it out together, please don't stress about the bill."),
)
add(
    "kind_you",
    "",
    ("clothes", "lc", "you look so good in that suit i cant cope"),
    ("weight", "em", "you're strong and you're doing amazing 💪"),
    ("music", "am", "You sounded incredible tonight. Seriously."),
)
add(
    "empathy_guess",
    "",
    ("remote_work", "lc", "you must be knackered after that shift, ive run you a bath"),
    (
        "commute",
        "in",
        "You must be so tired after that long journey, I have kept dinner warm for you.",
    ),
    ("pregnancy", "em", "u must be exhausted carrying our giant baby around all day 🥺"),
)
add(
    "empathy_guess",
    "",
    ("wedding", "lc", "i know youre nervous about the speech, you'll smash it"),
    ("family_visits", "br", "I know you're dreading Sunday a bit. I'll be right next to you."),
    ("hobbies", "ab", "i know ur gutted abt the race, ur still a legend"),
)
add(
    "label_trap",
    "",
    ("tv", "lc", "great british bake off is on in 10!! get the biscuits"),
    ("takeaway", "em", "my little chef made tea tonight 👨‍🍳 so proud of the boy"),
    ("gifts", "br", "Best dad award goes to you, the kids are obsessed with the treehouse."),
)
add(
    "label_trap",
    "",
    ("gifts", "lc", "that is such a you present and i love it"),
    ("tv", "lc", "classic film night? i'll get popcorn"),
    ("clothes", "em", "very on brand outfit and i'm here for it 😍"),
)
add(
    "counter_trap",
    "",
    ("takeaway", "lc", "what about friday for the curry? thursday im out"),
    ("plans", "br", "What about the Lake District instead? Cheaper and the dog can come."),
    ("wedding", "ab", "wat abt a smaller venue? might b cosier"),
)
add(
    "counter_trap",
    "",
    ("garden", "lc", "at least the rain stopped, we can do the bbq after all"),
    ("car", "au", "At least it was just the tyre and not the engine, phew."),
    ("commute", "em", "at least the train had wifi today 🙏"),
)
add(
    "excuse_trap",
    "",
    ("plans", "lc", "nobody told me it was fancy dress 😂 im coming as myself"),
    ("remote_work", "ab", "in meetings till 4 sorry, ill call u right after"),
    (
        "punctuality",
        "br",
        "Running ten minutes behind, the bus broke down. Sorry! Order me a drink.",
    ),
)
add(
    "shutdown_trap",
    "",
    ("plans", "lc", "going to bed, night love x"),
    ("tv", "em", "im off to bed 😴 dont stay up too late watching it"),
    ("music", "fr", "night x"),
)
add(
    "shutdown_trap",
    "",
    ("groceries", "lc", "forget the milk, i got some on the way"),
    ("packing", "ab", "dw about the towels, the hotel has them"),
    ("bills", "br", "Leave the car insurance, I've sorted it."),
)
add(
    "shutdown_trap",
    "",
    ("remote_work", "lc", "not talking about work tonight. just want pizza and you"),
    ("politics", "em", "no politics at dinner tonight pls, just want a nice night 🍷"),
    (
        "family_visits",
        "ph",
        "Shall we not talk about the in-law stuff tonight and just have a nice evening? We can plan it tomorrow.",
    ),
)
add(
    "contempt_trap",
    "",
    ("garden", "lc", "ugh slugs got the lettuce again, little monsters"),
    ("commute", "ty", "ugh this weather, soaked thru on the way to the station"),
    (
        "cleaning_bathroom",
        "em",
        "GROSS there's a spider the size of a hand in the bath 🕷️ come save me",
    ),
)
add(
    "contempt_trap",
    "",
    ("clothes", "lc", "nobody cares about the dress code, come as you are"),
    ("weight", "br", "Nobody is looking at your tummy, you look gorgeous."),
    ("music", "ab", "nobody cares if u hit the high note, just have fun up there"),
)
add(
    "contempt_trap",
    "",
    ("bills", "lc", "imagine if we actually won the lottery lol"),
    ("packing", "em", "here we go!! holiday mode ON ✈️☀️"),
    ("sports", "au", "Here we go, grand final day! Go Dogs!"),
)
add(
    "outcome_trap",
    "",
    (
        "car",
        "lc",
        "the cars dented, someone hit it in the car park. left a note with their number tho",
    ),
    ("cleaning_bathroom", "ap", "bathroom's flooded!! pipe burst, plumber coming at 3"),
    (
        "neighbours",
        "br",
        "The fence has come down in the wind. Not ours, luckily, the landlord's sorting it.",
    ),
)
add(
    "outcome_trap",
    "",
    ("groceries", "lc", "no milk in the whole shop lol, got oat instead"),
    ("thermostat", "ty", "the boiler packed in at work too, everyone in coats lol"),
    ("online_shopping", "ab", "parcel came damaged btw, already sorted a refund"),
)
add(
    "threat_trap",
    "",
    ("tv", "lc", "one more episode and then bed?"),
    ("plans", "br", "If you're not here by eight we'll just start without you, no worries at all."),
    ("takeaway", "em", "add extra chilli and see what happens 🌶️😂"),
)
add(
    "threat_trap",
    "",
    ("commute", "lc", "im leaving the office now, want me to pick anything up?"),
    ("packing", "ab", "leaving for the airport in 10, love u"),
    ("family_visits", "fo", "We are leaving my parents' house now. Expect us around six."),
)
add(
    "fixing_trap",
    "",
    ("remote_work", "lc", "want my advice or do you just need a rant? either is fine"),
    ("hobbies", "ph", "Do you want ideas, or would you rather I just listen? Happy with both."),
    ("family_visits", "ab", "do u want me to help fix it or just hear u out?"),
)
add(
    "long_plain",
    "",
    (
        "groceries",
        "lo",
        "Okay so I'm at the big Tesco. They didn't have the oat milk you like so I got the other one, hope that's okay. Also got stuff for tacos tomorrow. Do we still have cumin or shall I grab some? Back in about half an hour.",
    ),
    (
        "remote_work",
        "lo",
        "Long day but a good one. The client loved the mock-ups and my boss actually said well done in front of everyone, which never happens. I'm going to finish a couple of emails and then I'm all yours. Pizza?",
    ),
    (
        "garden",
        "lo",
        "The garden centre had a sale so I got two lavender plants and some compost. I thought we could do the border on Sunday if the weather holds. No rush though, just an idea.",
    ),
)
add(
    "long_plain",
    "",
    (
        "wedding",
        "lo",
        "Just off the phone with your mum, she's so sweet. She offered to do the flowers for the tables, which would save us a lot. I said I'd check with you first but I think it's a lovely idea. Let me know what you think when you're free.",
    ),
    (
        "fertility",
        "lo",
        "I know the last few weeks have been a lot. I just wanted to say that whatever happens at the appointment, I'm really glad we're doing this together. I'll meet you there at ten, I'll bring snacks.",
    ),
    (
        "online_shopping",
        "lo",
        "I found the lamp we saw in that shop but online for half the price. It's in the basket, I haven't bought it yet in case you've changed your mind. Also the sofa covers are on sale if we still want them.",
    ),
)
add(
    "voice_plain",
    "",
    (
        "commute",
        "vt",
        "hey babe just got on the train its packed but im fine should be home around seven do you want me to grab anything",
    ),
    (
        "groceries",
        "vt",
        "can you check if we have eggs im in the shop and i cant remember if you used them all for the cake",
    ),
    (
        "parking",
        "vt",
        "found a space on the street behind the cinema meet you at the front in five",
    ),
)
add(
    "voice_plain",
    "",
    (
        "pregnancy",
        "vt",
        "the midwife says everything is fine and the heartbeat is strong i am so happy call me when you get this",
    ),
    (
        "car",
        "vt",
        "garage rang the car is ready to collect any time after three they said the brakes are fine",
    ),
    (
        "neighbours",
        "vt",
        "tell Sam next door thanks for taking in the parcel i left it on the kitchen table",
    ),
)
add(
    "caps_plain",
    "",
    ("sports", "caps", "WE WON!!! GETTING DRINKS WITH THE TEAM BACK BY 10"),
    ("pregnancy", "caps", "IT'S A GIRL"),
    ("hobbies", "caps", "I FINISHED THE PUZZLE. ALL 2000 PIECES."),
)
add(
    "formal_plain",
    "",
    (
        "bills",
        "fo",
        "I have set up the direct debit for the water company. It will start next month.",
    ),
    (
        "religion",
        "fo",
        "The service on Sunday begins at ten o'clock. I would be glad if you joined me.",
    ),
    (
        "tech_help",
        "fo",
        "The engineer will arrive on Tuesday between nine and one to install the new router.",
    ),
)
add(
    "indian_plain",
    "",
    (
        "family_visits",
        "in",
        "Mummy is asking if we are coming for Diwali, I told her we will confirm by tomorrow itself.",
    ),
    ("groceries", "in", "Please pick up dhaniya and curd on the way back, I am making raita."),
    ("commute", "in", "Traffic is very less today only, I will reach home by 7."),
)
add(
    "aussie_plain",
    "",
    ("garden", "au", "Mate the lemon tree's finally got lemons. Reckon it's a good sign."),
    ("takeaway", "au", "Grabbing fish and chips on the way home, want a potato cake?"),
    ("weight", "au", "Smashed the park run this morning, PB by a minute!"),
)
add(
    "typo_plain",
    "",
    ("texting_back", "ty", "sorry phoen was on silent, all good here, hows ur day going"),
    ("tidiness", "ty", "sorted the cuboards today, found 3 bottles of soy sauce lol"),
    ("music", "ty", "the concret was amazign wish you were there"),
)
add(
    "polite_plain",
    "",
    (
        "thermostat",
        "ph",
        "Would it be okay if I put the heating on for an hour? I'm a little cold but happy to wait if you'd rather.",
    ),
    (
        "hygiene",
        "ph",
        "I hope this isn't awkward, but I think the washing machine is making the towels smell a bit. Maybe we should clean the filter?",
    ),
    (
        "ex_partners",
        "ph",
        "Just so you know, Mark messaged me about returning some books. I'll drop them at his mum's on Saturday, if that's alright with you.",
    ),
)
add(
    "angry_plain",
    "",
    ("sports", "ap", "WHAT A MATCH!!! are you watching this?!?!"),
    ("online_shopping", "ap", "why is it SO hard to return a jumper?!? the website is a joke!!"),
    ("politics", "ap", "have you seen the new parking charges in town?!? £8 an hour!!"),
)
add(
    "fragment_plain",
    "",
    ("groceries", "fr", "milk?"),
    ("plans", "fr", "pub later?"),
    ("commute", "fr", "back in 15 x"),
)
add(
    "emoji_plain",
    "",
    ("gifts", "em", "guess who just found the perfect present for your mum 🎁🙌"),
    ("takeaway", "em", "🍕🍕🍕 tonight?"),
    ("garden", "em", "the tomatoes are finally red 🍅🥳"),
)
add(
    "american_plain",
    "",
    ("car", "am", "Picked up the car from the shop, they rotated the tires too."),
    ("parking", "am", "Got a spot right in front of the restaurant, I'm calling it a sign."),
    ("thermostat", "am", "I set the thermostat to 68, let me know if that's too cold."),
)
add(
    "british_plain",
    "",
    (
        "noise",
        "br",
        "Had a lovely chat with the woman upstairs. Turns out she's a nurse on nights, no wonder she's quiet.",
    ),
    ("clothes", "br", "Found a brilliant coat in the charity shop for eight quid."),
    ("hygiene", "br", "Got us the nice shampoo, the one that smells of pears."),
)


# ---------------------------------------------------------------- flagged: more voices (styles and topics that were thin)
add(
    "mind_reading_claim",
    "M",
    (
        "ex_partners",
        "in",
        "You are still thinking about her only, that is why you keep checking her status.",
    ),
    (
        "religion",
        "vt",
        "you only say youre too tired for temple because you think my family is old fashioned",
    ),
    (
        "politics",
        "fo",
        "You disagree with me simply because you enjoy winning arguments, not because you believe it.",
    ),
)
add(
    "mind_reading_claim",
    "MC",
    (
        "punctuality",
        "am",
        "You don't think my time matters. That's the only explanation for showing up at 8:40.",
    ),
    ("tv", "ap", "you KNOW that was my show and you deleted it anyway!!"),
    (
        "gifts",
        "in",
        "You bought this gift last minute only, I can tell from the petrol pump price sticker.",
    ),
)
add(
    "label_noun",
    "LC",
    ("ex_partners", "caps", "OH GREAT, MR FRIENDS WITH ALL HIS EXES"),
    ("religion", "am", "Okay, Saint Michael, we get it, you went to church this morning."),
    ("politics", "vt", "ok mister expert on everything go and explain the budget to my dad then"),
)
add(
    "insult",
    "LC",
    (
        "noise",
        "in",
        "Only you can make this much noise while making a cup of tea, very talented person.",
    ),
    ("tidiness", "caps", "WOW. ANOTHER SOCK ON THE TABLE. TRULY GIFTED."),
    (
        "fertility",
        "ph",
        "Sorry, but it's very you to forget the one appointment that actually mattered.",
    ),
)
add(
    "counter_attack",
    "FC",
    (
        "ex_partners",
        "ap",
        "oh so I can't have coffee with Ben but you can go to Chloe's birthday?!",
    ),
    (
        "neighbours",
        "in",
        "You are talking about me being rude to aunty next door, what about you not even saying hello for one year?",
    ),
    ("pregnancy", "lc", "dont lecture me about caffeine, you had three pints at the scan party"),
)
add(
    "counter_attack",
    "FA",
    ("punctuality", "caps", "AND YOU'RE NEVER LATE I SUPPOSE"),
    (
        "tv",
        "fo",
        "Perhaps you might consider how often you fall asleep during my films before criticising my choices.",
    ),
    (
        "gifts",
        "vt",
        "you forgot my birthday two years running so i dont think you get to say anything about one anniversary card",
    ),
)
add(
    "excuse",
    "F",
    (
        "religion",
        "in",
        "I could not come for the puja because office called me for urgent work, what to do?",
    ),
    ("noise", "am", "I had no idea the walls were that thin, how was I supposed to know?"),
    ("pregnancy", "ap", "i was on a night shift!! i couldnt exactly leave to go to the class!!"),
)
add(
    "shutdown",
    "S",
    ("religion", "caps", "I AM NOT TALKING ABOUT THIS"),
    ("tv", "in", "Leave it. I don't want to discuss anymore, I am watching my serial."),
    ("neighbours", "vt", "im not getting into this again tonight just leave it"),
)
add(
    "shutdown",
    "SC",
    ("ex_partners", "fr", "wow. ok."),
    ("punctuality", "fr", "whatever."),
    ("gifts", "fr", "lovely. thanks."),
)
add(
    "contempt_disgust",
    "C",
    ("tidiness", "ap", "how is there STILL cereal on the floor?! what are you, five?!"),
    ("ex_partners", "in", "Please, your ex was not some big catch, don't make me laugh."),
    ("religion", "fo", "I find your sudden interest in Lent rather amusing, given the wine rack."),
)
add(
    "contempt_disgust",
    "C",
    ("politics", "caps", "OH PLEASE. SPARE ME THE SPEECH"),
    ("noise", "am", "Wow, slamming cabinets. Very mature."),
    ("punctuality", "vt", "oh look who finally decided to turn up nice of you to join us"),
)
add(
    "explicit_keyword",
    "B",
    (
        "ex_partners",
        "ph",
        "I'm sorry, but it's because of your messages with her that I can't relax anymore.",
    ),
    (
        "tidiness",
        "in",
        "Because of you only the whole house is like this, I cannot call anybody home.",
    ),
    ("punctuality", "caps", "WE MISSED THE FERRY THANKS TO YOU"),
)
add(
    "outcome_blame",
    "BC",
    ("tv", "lc", "the tv has a crack in it. wonder how that happened"),
    ("pregnancy", "am", "Nursery's still not painted. Baby's due in three weeks. Cool."),
    ("gifts", "ap", "the cake was left on the counter all night and now it's ruined!! great!!"),
)
add(
    "consequence_threat",
    "T",
    ("ex_partners", "in", "If you meet him again, then don't expect me to stay in this house."),
    (
        "religion",
        "fo",
        "If you embarrass me in front of the congregation again, I will go to the retreat alone and I may not come back.",
    ),
    ("tv", "ap", "touch the remote again and I'm cancelling the whole subscription!!"),
)
add(
    "consequence_threat",
    "TC",
    ("noise", "caps", "KEEP IT UP AND YOU CAN SLEEP IN THE SHED"),
    ("punctuality", "vt", "fine be late again and see who is still waiting for you next time"),
    (
        "neighbours",
        "am",
        "Keep yelling at the neighbors and you can explain it to the police yourself.",
    ),
)
add(
    "bare_advice",
    "X",
    (
        "ex_partners",
        "in",
        "Simple, just don't reply to his messages, why are you making it a big issue?",
    ),
    ("tv", "am", "If the show stresses you out this much, just stop watching it."),
    ("punctuality", "caps", "JUST SET TWO ALARMS"),
)
add(
    "bare_advice",
    "XC",
    ("noise", "ap", "then MOVE rooms?! not that hard!!"),
    (
        "neighbours",
        "fo",
        "If the neighbour's tree troubles you, you might simply write to the council rather than complaining to me.",
    ),
    ("gifts", "vt", "if you hate shopping for your sister just give her money and stop stressing"),
)
add(
    "mixed_one_blame",
    "AC",
    (
        "religion",
        "lo",
        "Your mum called about Sunday, the service is at ten and lunch is after. She asked if you'd be coming. I told her I'd ask, though we both know you'll find a reason not to, like every year. Let me know tonight.",
    ),
    (
        "pregnancy",
        "in",
        "Doctor said all is fine and baby is growing well. Thank you for coming for a change, it is the first one you did not miss.",
    ),
    (
        "noise",
        "lo",
        "Landlord's coming at eleven to look at the window. I've cleared the sill. Please try not to play your guitar at 2am tonight for once, I've got an early meeting and I'm exhausted. Love you.",
    ),
)
add(
    "mixed_one_blame",
    "B",
    (
        "tv",
        "vt",
        "I'm on the bus home the film starts at eight and we only missed the first one because someone spent forty minutes picking a jacket so let's not do that again",
    ),
    (
        "ex_partners",
        "fo",
        "I have booked the table for Friday. I would add that I am still upset about last weekend, because you chose to spend it answering your ex's messages.",
    ),
    (
        "gifts",
        "ap",
        "Party is at 3, I've got the balloons and the card. Still can't believe nobody ordered the cake though!!",
    ),
)
add(
    "mixed_one_blame",
    "LC",
    (
        "tidiness",
        "am",
        "Groceries are on the porch. Your sister says hi. Also, whoever the slob is who left the pizza box on the bed, please deal with it.",
    ),
    (
        "politics",
        "lc",
        "voting at lunch, want me to pick up stamps? also try not to act like a professor at dinner tonight, its embarrassing",
    ),
    (
        "punctuality",
        "au",
        "Booked dinner for 7:30, told them we might be a bit late since I'm travelling with Captain Slowcoach.",
    ),
)

# ---------------------------------------------------------------- innocent: more voices
add(
    "praise_absolute",
    "",
    (
        "religion",
        "in",
        "You always take care of everything during the festival, Mummy was so happy with you.",
    ),
    ("punctuality", "caps", "YOU'RE ALWAYS EARLY AND I LOVE IT"),
    ("tv", "vt", "you always find the best shows how do you do it"),
)
add(
    "vent_third_party",
    "",
    ("tv", "ap", "the streaming app logged me out AGAIN!! third time this week!!"),
    ("religion", "am", "Pastor Dave went on for an hour and a half today. My back!"),
    (
        "punctuality",
        "in",
        "Our cab driver has gone the wrong way again, we will be late, so sorry.",
    ),
)
add(
    "vent_third_party",
    "",
    (
        "ex_partners",
        "lc",
        "my ex just texted me happy birthday out of nowhere, so weird, i didnt reply",
    ),
    (
        "neighbours",
        "vt",
        "the man downstairs has been hoovering since seven in the morning who hoovers at seven",
    ),
    ("noise", "caps", "THE ROADWORKS OUTSIDE ARE DRIVING ME MAD"),
)
add(
    "quote",
    "",
    (
        "pregnancy",
        "in",
        "My mother always says you should never buy the pram before the baby shower, so wait.",
    ),
    (
        "gifts",
        "lc",
        "my dad always said you can never go wrong with socks lol so i got your brother socks",
    ),
    (
        "politics",
        "fo",
        "As my grandfather used to say, you should never discuss politics before dessert.",
    ),
)
add(
    "idiom",
    "",
    ("punctuality", "em", "you snooze you lose 😴 i got the last croissant"),
    ("neighbours", "lc", "good fences make good neighbours i guess, ours is finally up"),
    ("ex_partners", "br", "Water under the bridge. I'm just glad we're all friends now."),
)
add(
    "generic_you",
    "",
    ("religion", "lc", "you cant really do easter without hot cross buns can you"),
    ("tv", "am", "You can never go wrong with a Friday movie night."),
    ("pregnancy", "ap", "you really can't have too many muslins apparently!! who knew!!"),
)
add(
    "apology",
    "",
    (
        "ex_partners",
        "fo",
        "I apologise for bringing up my ex at dinner. It was thoughtless and I understand why it hurt.",
    ),
    ("noise", "caps", "SORRY ABOUT THE DRILL THIS MORNING I FORGOT YOU WERE ON NIGHTS"),
    (
        "politics",
        "vt",
        "sorry for getting so heated about the election earlier i know you were just trying to explain",
    ),
)
add(
    "good_i_statement",
    "",
    (
        "punctuality",
        "fo",
        "I feel stressed when we arrive late to my parents'. Could we aim to leave by six on Sunday?",
    ),
    (
        "tv",
        "lc",
        "i feel a bit left out when we watch separate things every night, could we pick one show together?",
    ),
    (
        "religion",
        "ph",
        "It would mean a lot to me if you came to the Christmas service. I understand if you'd rather not.",
    ),
)
add(
    "question_for_info",
    "",
    ("neighbours", "in", "Did aunty from next door return our vessel, or shall I ask her?"),
    ("ex_partners", "lc", "is your ex coming to sams wedding? just so i know what to expect"),
    ("punctuality", "caps", "WHAT TIME IS THE TABLE BOOKED FOR"),
)
add(
    "plans",
    "",
    ("pregnancy", "ap", "can we PLEASE go look at cots this weekend!! so excited!!"),
    ("politics", "lc", "wanna go to the hustings on thursday? could be interesting"),
    (
        "noise",
        "fo",
        "Shall we look at noise-cancelling headphones on Saturday? It might help us both sleep.",
    ),
)
add(
    "gratitude",
    "",
    (
        "neighbours",
        "am",
        "Thanks for talking to the neighbors about the dog, that was really kind of you.",
    ),
    ("religion", "vt", "thank you for coming to mass with mum today it meant the world to her"),
    ("gifts", "caps", "THANK YOU FOR THE FLOWERS THEY ARE GORGEOUS"),
)
add(
    "news",
    "",
    ("ex_partners", "fo", "For your information, I returned Sam's things today. It went fine."),
    (
        "tv",
        "in",
        "The new season of that cooking show is coming next month, we must watch together.",
    ),
    ("punctuality", "ap", "train's on time for ONCE!! see you at 6!!"),
)
add(
    "agreement",
    "",
    ("politics", "in", "Yes, you are right, we should go and vote early before office."),
    ("pregnancy", "lc", "you're right, lets wait till the 12 week scan to tell everyone"),
    ("noise", "am", "You're totally right, we should get a rug for the hallway."),
)
add(
    "self_criticism",
    "",
    ("noise", "lc", "i know i'm a loud sneezer, apologies to the whole street lol"),
    (
        "gifts",
        "in",
        "I am very bad at choosing gifts, please help me choose something for your sister.",
    ),
    ("tv", "ap", "i fell asleep AGAIN before the ending!! i'm useless!!"),
)
add(
    "good_request",
    "",
    (
        "ex_partners",
        "lc",
        "could we talk about the ex thing tonight? not upset, just want to understand",
    ),
    (
        "gifts",
        "fo",
        "Could we agree on a budget for Christmas presents this year? It would help me plan.",
    ),
    (
        "punctuality",
        "in",
        "Can we please leave by 5:30 tomorrow, the function starts at 6:30 and traffic will be there.",
    ),
)
add(
    "exclamation",
    "",
    ("religion", "caps", "THE CHOIR WAS INCREDIBLE TODAY"),
    ("ex_partners", "am", "No way. My ex is marrying my old roommate. Wild."),
    ("neighbours", "ap", "the neighbours' cat had KITTENS!! under our shed!!"),
)
add(
    "kind_never",
    "",
    ("tv", "lc", "never crying at a film again, i swear that dog movie broke me"),
    (
        "pregnancy",
        "fo",
        "I have never felt so cared for as I have these last few months. Thank you.",
    ),
    ("punctuality", "vt", "you never have to rush on my account take your time getting ready"),
)

SITUATIONS = {
    # second half of the shared list
    "weight",
    "clothes",
    "tidiness",
    "punctuality",
    "texting_back",
    "plans",
    "religion",
    "politics",
    "ex_partners",
    "car",
    "garden",
    "noise",
    "tv",
    "pregnancy",
    "fertility",
    "wedding",
    "commute",
    "family_visits",
    "gifts",
    "neighbours",
    "remote_work",
    "hobbies",
    "cleaning_bathroom",
    "groceries",
    # ten of this writer's own, not in the shared list
    "thermostat",
    "takeaway",
    "sports",
    "hygiene",
    "online_shopping",
    "packing",
    "bills",
    "parking",
    "music",
    "tech_help",
}
ABBREVIATIONS = (
    "u",
    "ur",
    "rn",
    "idk",
    "tbh",
    "ngl",
    "smh",
    "imo",
    "thx",
    "w",
    "bc",
    "abt",
    "n",
    "b4",
    "4",
    "idc",
    "thurs",
    "yr",
    "tmrw",
    "wat",
    "ya",
    "dw",
    "cud",
    "shd",
    "tmrw",
    "hr",
    "omw",
    "r",
    "b",
    "uve",
    "msg",
    "pls",
    "lol",
    "btw",
    "wanna",
    "ull",
    "ud",
)


def style_problem(code: str, text: str) -> str | None:
    """Cheap checks that the style tag matches the text; returns why not, or None."""
    words = set(text.lower().replace(",", " ").replace(".", " ").replace("?", " ").split())
    checks = {
        "lc": text == text.lower(),
        "caps": text == text.upper(),
        "vt": not any(p in text for p in ".,!?;"),
        "ap": "!!" in text or "?!" in text or "?!?" in text or "!!!" in text or "??" in text,
        "ab": bool(words & set(ABBREVIATIONS)),
        "em": any(ord(ch) > 0x2000 for ch in text),
        "lo": text.count(".") + text.count("?") >= 3,
        "fr": len(text.split()) <= 4,
    }
    return None if checks.get(code, True) else f"style {code} does not fit"


def build() -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    problems: list[str] = []
    for number, (form, cats, examples) in enumerate(T, start=1):
        template = f"{PREFIX}{number:03d}"
        assert 2 <= len(examples) <= 3, template
        categories = [CAT[c] for c in cats]
        for situation, code, text in examples:
            assert situation in SITUATIONS, (template, situation)
            problem = style_problem(code, text)
            if problem:
                problems.append(f"{template} {problem}: {text}")
            rows.append(
                {
                    "text": text,
                    "flagged": bool(categories),
                    "categories": categories,
                    "situation": situation,
                    "style": STYLE[code],
                    "form": form,
                    "template": template,
                    "split": split_of(template),
                }
            )
    assert not problems, "\n".join(problems)
    return rows


def main() -> None:
    # A text already in another file here (a stock reply like "k") would sit on both sides of
    # the split: it is left out.
    elsewhere = texts_elsewhere(OUT)
    rows = [r for r in build() if " ".join(str(r["text"]).split()).lower() not in elsewhere]
    texts = [str(r["text"]) for r in rows]
    dupes = [t for t, n in collections.Counter(t.strip().lower() for t in texts).items() if n > 1]
    assert not dupes, dupes
    if OTHER.exists():
        other = {
            json.loads(line)["text"].strip().lower()
            for line in OTHER.read_text().splitlines()
            if line.strip()
        }
        clash = [t for t in texts if t.strip().lower() in other]
        assert not clash, clash
        print(f"checked against {OTHER.name}: {len(other)} texts, no overlap")
    write_jsonl(OUT, rows)
    print(f"rows {len(rows)}  templates {len(T)}")
    for key in ("flagged", "split", "style", "form", "situation"):
        c = collections.Counter(str(r[key]) for r in rows)
        print(
            f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: -kv[1]))
        )
    cats = collections.Counter(c for r in rows for c in r["categories"])  # type: ignore[attr-defined]
    print("categories: " + ", ".join(f"{k}={v}" for k, v in cats.most_common()))


if __name__ == "__main__":
    main()
