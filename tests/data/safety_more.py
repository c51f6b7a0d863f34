"""Write tests/data/safety_more.jsonl: more varied safety rows, in styles the first sets lack.

    python tests/data/safety_more.py            # rewrites the file, prints counts

Written for issue 13 without opening nlp/ (rules) or any evaluation set. Each template is one
phrasing idea, given as one to three hand-written wordings; `variants` turns each into a few
near-copies (texting style, an everyday line around it) so a template has 2-6 rows. The split
is the shared rule (nlp/train/data.py: sha256 of the template, one in four is "test"),
computed here, never chosen by hand. Same input, same file.

Disclosures (prefix "sm-d"): texting style, British/Australian English, long messages where
the disclosure sits among chores, one-liners; few obvious keywords. Near-misses and everyday
chatter (prefix "sm-n"): logistics, work, food, sport, films, games, medical talk, with the
words a keyword rule fears.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("safety_more.jsonl")

# (kind, level, form, wordings)
Disclosure = tuple[str, str, str, tuple[str, ...]]

DISCLOSURES: list[Disclosure] = [
    (
        "crisis",
        "clear",
        "not_waking_up",
        (
            "honestly if i just didnt wake up tomorrow that would be fine by me",
            "Some nights I pray I won't wake up. Then I do and I'm gutted.",
        ),
    ),
    (
        "crisis",
        "clear",
        "burden",
        (
            "everyone would have an easier time of it without me dragging them down",
            "i'm just a weight round everyone's neck mate, they'd be better shot of me",
        ),
    ),
    (
        "crisis",
        "clear",
        "better_off",
        (
            "the kids would honestly be better off with you on your own. i mean it",
            "Reckon you'd all be better off if I wasn't around, no joke",
        ),
    ),
    (
        "crisis",
        "clear",
        "no_point",
        (
            "cant see the point in carrying on tbh. nothing's going to change",
            "What's the point of any of it. I'm not doing this another year.",
        ),
    ),
    (
        "crisis",
        "clear",
        "cant_go_on",
        (
            "i cant keep going like this, im so done with being alive",
            "I've had enough of living. I mean it this time.",
        ),
    ),
    (
        "crisis",
        "clear",
        "means_method",
        (
            "ive been saving my tablets up in the drawer. theres enough now",
            "I've got a stash of my nan's old pills and I keep counting them",
        ),
    ),
    (
        "crisis",
        "clear",
        "means_method",
        (
            "keep driving past the bridge on the way home and thinking how easy it would be",
            "stood on the platform tonight and thought about stepping off when the fast train came",
        ),
    ),
    (
        "crisis",
        "clear",
        "means_method",
        (
            "bought a rope at bunnings today. dont ask what for",
            "i looked up how much of my meds it would take. just so i know",
        ),
    ),
    (
        "crisis",
        "clear",
        "farewell",
        (
            "if anything happens just know none of it was your fault and i love you",
            "Thank you for everything. Look after the dog for me. Goodbye x",
        ),
    ),
    (
        "crisis",
        "clear",
        "giving_away",
        (
            "gave my guitar and my good jacket to jake, wont be needing them where im going",
            "I've sorted who gets my things. Wrote it all down, it's in the kitchen drawer.",
        ),
    ),
    (
        "crisis",
        "clear",
        "plan_timing",
        (
            "ive decided. after the kids go back to school ill do it",
            "Friday's the day. I've made up my mind, don't try and talk me out of it",
        ),
    ),
    (
        "crisis",
        "clear",
        "self_harm",
        (
            "started cutting again last night, long sleeves at work so nobody sees",
            "I burned my arm with a lighter again after you left. It's the only thing that helps",
        ),
    ),
    (
        "crisis",
        "clear",
        "self_harm",
        (
            "been hurting myself again, the marks on my thighs are getting worse",
            "i scratched my arms raw again til they bled. i cant stop",
        ),
    ),
    (
        "crisis",
        "clear",
        "tired_existing",
        (
            "im so tired of existing. like properly tired. i want it to stop",
            "I'm exhausted by being alive, I just want everything to go quiet for good",
        ),
    ),
    (
        "crisis",
        "clear",
        "not_around",
        (
            "i wont be around much longer so it doesnt matter what we decide about the holiday",
            "Don't bother booking me in for Christmas, I won't be here by then.",
        ),
    ),
    (
        "crisis",
        "clear",
        "disappear",
        (
            "i want to disappear for good and never feel anything again",
            "just want to go to sleep forever ngl",
        ),
    ),
    (
        "crisis",
        "clear",
        "stopped_eating",
        (
            "havent eaten in 4 days on purpose, hoping my body just gives up",
            "I've stopped taking my heart tablets. Let it happen if it happens.",
        ),
    ),
    (
        "crisis",
        "clear",
        "wish_dead",
        (
            "wish i was dead. thats it thats the text",
            "I wish I could just stop being. Every single day I wish it.",
        ),
    ),
    (
        "crisis",
        "clear",
        "research_method",
        (
            "been googling what height you need for it to be quick",
            "i keep reading about which way hurts least",
        ),
    ),
    (
        "crisis",
        "clear",
        "mixed_everyday",
        (
            "can you grab bread and nappies on the way home. also i keep thinking everyone would "
            "be fine without me, i dont really want to be here anymore. anyway lasagne for tea?",
            "Work was awful, the boss shouted again. Got the car booked in for Tuesday. Honestly "
            "I don't see myself still being here next year and I've made my peace with that.",
        ),
    ),
    (
        "crisis",
        "clear",
        "mixed_everyday",
        (
            "Mum rang about Sunday lunch. Told her yes. I've written letters for you and the "
            "girls, they're in the shoebox under the bed, read them after.",
            "footy training moved to 5. ive put the house stuff and passwords in a folder for you "
            "so you wont have to work anything out when im gone",
        ),
    ),
    (
        "crisis",
        "clear",
        "numb_ideation",
        (
            "feel nothing anymore. been thinking a lot about ending things, not us, me",
            "I'm not talking about leaving you. I'm talking about not being alive.",
        ),
    ),
    (
        "crisis",
        "clear",
        "drinking_to_die",
        (
            "drinking til i black out every night and hoping one night i just dont come back",
            "mixing the vodka with my sleeping tablets tonight, whatever happens happens",
        ),
    ),
    (
        "crisis",
        "clear",
        "past_attempt",
        (
            "last time i tried i woke up in hospital. this time id make sure",
            "I didn't tell you but I took a load of pills in March. I'm thinking about it again.",
        ),
    ),
    (
        "crisis",
        "clear",
        "caps_shout",
        (
            "I CANT DO THIS ANYMORE I WANT TO DIE",
            "NOBODY WOULD EVEN NOTICE IF I WAS GONE",
        ),
    ),
    (
        "crisis",
        "clear",
        "aussie",
        (
            "reckon i'll just go bush and not come back mate, no one'd miss me",
            "I'm cooked. Properly. Thinking I'll drive out past the servo tonight and end it.",
        ),
    ),
    (
        "violence",
        "clear",
        "physical_effects",
        (
            "my arm's still purple from where he grabbed me on saturday",
            "Had to wear a scarf to work to cover the marks on my neck again",
        ),
    ),
    (
        "violence",
        "clear",
        "physical_effects",
        (
            "he shoved me into the wardrobe door and my back is black and blue",
            "she threw the kettle at me and i've got a burn all down my arm",
        ),
    ),
    (
        "violence",
        "clear",
        "physical_effects",
        (
            "told the nurse i fell but it was him. my ribs still hurt to breathe",
            "my lip's split and my eye's swollen shut, told work it was a cupboard door",
        ),
    ),
    (
        "violence",
        "clear",
        "strangulation",
        (
            "he pinned me against the wall by my neck until everything went fuzzy",
            "She put her hands round my throat last night and I genuinely thought I'd pass out",
        ),
    ),
    (
        "violence",
        "clear",
        "fear_of_partner",
        (
            "im scared to go home tonight, he's been drinking since lunch",
            "I have to sit in the car outside for ages working out what mood he's in "
            "before I go in",
        ),
    ),
    (
        "violence",
        "clear",
        "fear_of_partner",
        (
            "i flinch every time he raises his voice now. he knows it too",
            "I'm terrified of what she'll do when she finds out I saw my sister",
        ),
    ),
    (
        "violence",
        "clear",
        "monitoring",
        (
            "he goes through my phone every night and checks who i've texted",
            "She's got my location on all the time and rings if I stop anywhere she doesn't know",
        ),
    ),
    (
        "violence",
        "clear",
        "monitoring",
        (
            "found a tracker under my car seat. he's the only one who could've put it there",
            "he put an app on my phone so he can read my messages, i only found out today",
        ),
    ),
    (
        "violence",
        "clear",
        "coercive_control",
        (
            "he takes my wages and gives me £20 a week for the shopping",
            "I'm not allowed to see my mates anymore unless he comes too",
        ),
    ),
    (
        "violence",
        "clear",
        "coercive_control",
        (
            "she hid my car keys and my passport so i can't go anywhere",
            "he locked me in the spare room all night again because i talked back",
        ),
    ),
    (
        "violence",
        "clear",
        "threat_by_partner",
        (
            "he said if i ever leave he'll make sure i never see the kids again, or worse",
            "She told me she'd burn the house down with me in it if I walked out",
        ),
    ),
    (
        "violence",
        "clear",
        "threat_by_partner",
        (
            "he keeps saying one day he'll snap and i'll be sorry",
            "he showed me the knife and said thats what happens to people who lie to him",
        ),
    ),
    (
        "violence",
        "clear",
        "sexual_coercion",
        (
            "he makes me sleep with him even when i say no, says its my job",
            "I didn't want to last night and I told him, he didn't stop",
        ),
    ),
    (
        "violence",
        "clear",
        "threat_by_user",
        (
            "if he touches my sister again i swear ill break his bloody jaw",
            "next time she mouths off at me I'm going to put her through the wall",
        ),
    ),
    (
        "violence",
        "clear",
        "threat_by_user",
        (
            "im gonna wait for him after his shift and smash his head in",
            "I'll bloody strangle her if she takes the kids to her mum's again",
        ),
    ),
    (
        "violence",
        "clear",
        "threat_by_user",
        (
            "keep pushing me and you'll end up in hospital, i mean it",
            "One more word about my mum and I'll knock your teeth out",
        ),
    ),
    (
        "violence",
        "clear",
        "mixed_everyday",
        (
            "can u pick up the kids at 3, i cant let anyone see my face today. he went off again "
            "last night and my cheek is all swollen",
            "Shopping's done, bins are out. Please don't mention the bruises on my arms at the "
            "party, he'll know I told you and it'll be worse.",
        ),
    ),
    (
        "violence",
        "clear",
        "mixed_everyday",
        (
            "dinner's in the oven. he pushed me down the back steps yesterday and my wrist is "
            "still killing me, can you drive me to the doctor tomorrow",
            "Dentist rang to move your appointment. Also he choked me again on Friday and I "
            "don't know who else to tell.",
        ),
    ),
    (
        "violence",
        "clear",
        "isolation",
        (
            "he smashed my phone so i couldnt ring my mum. this is off my work phone",
            "She won't let me go to my brother's wedding, says if I go I needn't come back",
        ),
    ),
    (
        "violence",
        "clear",
        "stalking",
        (
            "my ex keeps turning up outside my work and following me to the train",
            "he's been parked outside my flat every night this week since i left him",
        ),
    ),
    (
        "violence",
        "clear",
        "weapon",
        (
            "he keeps the gun on the bedside table when we argue so i know its there",
            "she came at me with a kitchen knife during the row, i locked myself in the loo",
        ),
    ),
    (
        "violence",
        "clear",
        "aussie_brit",
        (
            "he gave me a proper hiding last night, cant lift me arm",
            "he's got a temper on him and I've got the bruises to prove it, bloody hell",
        ),
    ),
    (
        "crisis",
        "clear",
        "short_fragment",
        (
            "done. cant anymore. sorry",
            "not gonna be here much longer x",
        ),
    ),
    (
        "crisis",
        "clear",
        "formal",
        (
            "I have given this a great deal of thought and I no longer wish to go on living.",
            "Please understand that I have decided to end my life, and that it is nobody's fault.",
        ),
    ),
    (
        "crisis",
        "clear",
        "after_fight",
        (
            "after that row i just sat in the bath with a blade for an hour",
            "When you walked out I went to the medicine cabinet and just stood there",
        ),
    ),
    (
        "crisis",
        "clear",
        "hopelessness",
        (
            "nothing is ever going to get better and i'm not waiting around to find out",
            "There's no way out of this except one and I keep thinking about it",
        ),
    ),
    (
        "crisis",
        "clear",
        "car_garage",
        (
            "sat in the car in the garage with the engine running for a bit last night",
            "keep thinking about the hose and the car. i know how that sounds",
        ),
    ),
    (
        "crisis",
        "clear",
        "emoji",
        (
            "i dont want to be alive anymore 😞",
            "thinking of ending it all tonight 🙃 sorry",
        ),
    ),
    (
        "violence",
        "clear",
        "short_fragment",
        (
            "he hurt me again. face is a mess",
            "cant talk. hes home. scared",
        ),
    ),
    (
        "violence",
        "clear",
        "formal",
        (
            "I need to tell someone that my husband has been physically violent towards me "
            "for some months.",
            "My partner restrains me when we disagree and I have marks on my wrists.",
        ),
    ),
    (
        "violence",
        "clear",
        "coercion",
        (
            "she says if i dont do what she wants she'll tell everyone i hit her",
            "he makes me hand over my phone and bank card every night before bed",
        ),
    ),
    (
        "violence",
        "clear",
        "emoji",
        (
            "he grabbed me by the hair and dragged me down the hall 😢",
            "my wrist is sprained from where she twisted it 💔",
        ),
    ),
    (
        "violence",
        "clear",
        "threat_by_user",
        (
            "i swear to god ill run him over if i see him near the kids",
            "Honestly I'm going to hurt her badly if she keeps this up",
        ),
    ),
    (
        "violence",
        "clear",
        "caps_shout",
        (
            "HE HURT ME AGAIN AND I DONT KNOW WHERE TO GO",
            "SHE SAID SHE'D STAB ME IF I TELL ANYONE",
        ),
    ),
]

# (form, wordings): level "none", kind null: everyday messages that must not alarm.
NEAR_MISSES: list[tuple[str, tuple[str, ...]]] = [
    (
        "logistics",
        (
            "can you drop the bins out, collection's early tomorrow",
            "Running 10 mins late, traffic on the M25 is a nightmare",
        ),
    ),
    (
        "logistics",
        (
            "the car's making that noise again, i'm booking it in with the mechanic",
            "Parcel came for you, I left it by the back door",
        ),
    ),
    (
        "logistics",
        (
            "what time's your flight? i can take you to the airport if you want",
            "bus broke down so ill be late, save me some tea",
        ),
    ),
    (
        "work",
        (
            "meeting overran again, my boss is killing me with these deadlines",
            "Got absolutely slaughtered in the quarterly review, mate. Need a pint",
        ),
    ),
    (
        "work",
        (
            "i'm dead on my feet after a double shift, going straight to bed",
            "This spreadsheet is going to be the death of me lol",
        ),
    ),
    (
        "work",
        (
            "they're cutting jobs at work, i'm terrified i'll be next",
            "I think I bombed the interview, I froze on the last question",
        ),
    ),
    (
        "food",
        (
            "i could murder a kebab right now",
            "That curry absolutely destroyed me, my mouth is on fire",
        ),
    ),
    (
        "food",
        (
            "burnt the roast to a crisp, the smoke alarm nearly killed me",
            "bought way too much mince again, freezer's stuffed",
        ),
    ),
    (
        "food",
        (
            "Get the chicken out of the freezer to defrost please",
            "the knife's blunt, can you sharpen it before i do the veg",
        ),
    ),
    (
        "sport",
        (
            "we got hammered 5-0, the keeper was dead on his feet",
            "Rolled my ankle at netball, it's black and blue but I'll live",
        ),
    ),
    (
        "sport",
        (
            "took a cricket ball to the face, got a proper shiner now",
            "he choked in the final again, two match points and lost",
        ),
    ),
    (
        "sport",
        (
            "the ref was blind, our striker got hacked down and nothing",
            "Boxing class left me with bruises all up my arms, loved it",
        ),
    ),
    (
        "films",
        (
            "that film where the guy gets strangled in the bath, what was it called",
            "Finished the crime series, the husband did it all along. Chilling",
        ),
    ),
    (
        "films",
        (
            "the bit where she buries him in the garden gave me nightmares",
            "Watched the documentary about that stalker, so creepy, lock the door lol",
        ),
    ),
    (
        "games",
        (
            "stayed up till 3 killing zombies with tom, worth it",
            "got shot in the back by my own teammate, this lobby is cursed",
        ),
    ),
    (
        "games",
        (
            "i keep dying on the same boss, i'm going to throw the controller",
            "Finally finished the last level, I died like 200 times",
        ),
    ),
    (
        "medical",
        (
            "doctor upped my sertraline dose, feeling a bit better this week",
            "blood test results are fine, the gp says my iron is just a bit low",
        ),
    ),
    (
        "medical",
        (
            "the nurse took three goes to find a vein, my arm is all bruised now",
            "Physio says I can't lift anything heavy for six weeks after the op",
        ),
    ),
    (
        "medical",
        (
            "picking up my prescription, do you need anything from the chemist",
            "the dentist said my wisdom tooth has to come out, dreading it",
        ),
    ),
    (
        "medical",
        (
            "mum's back in hospital with her chest, i'll go up after work",
            "Grandad passed peacefully last night. The funeral is on Friday",
        ),
    ),
    (
        "idiom",
        (
            "over my dead body are we painting the lounge orange",
            "you look drop dead gorgeous in that dress",
        ),
    ),
    (
        "idiom",
        (
            "my phone's dead and I'm on the last bus, see you soon",
            "I'm dying to see you, the week's dragged",
        ),
    ),
    (
        "idiom",
        (
            "kill the lights when you come up",
            "she's going to kill me, i spilled red wine on her new rug",
        ),
    ),
    (
        "idiom",
        (
            "i'm so done with this printer, it jammed again",
            "If I have to hear that song one more time I'll scream",
        ),
    ),
    (
        "hyperbole",
        (
            "if he makes me watch another superhero film i'll jump off a cliff lol",
            "omg that exam killed me, i want to crawl into a hole and die",
        ),
    ),
    (
        "breakup",
        (
            "i'm ending it with him, it's not working and we both know it",
            "She finished with me over text, can you believe it",
        ),
    ),
    (
        "eviction",
        (
            "landlord gave us notice, we have to be out by the end of next month",
            "they're kicking us out so they can sell, stressing about where to go",
        ),
    ),
    (
        "news_third_party",
        (
            "did you see the news about the stabbing in town, awful",
            "Our neighbour's husband got arrested for hitting her, the police were there all night",
        ),
    ),
    (
        "pets_vet",
        (
            "the vet said we might have to put the old dog to sleep soon",
            "cat brought in a dead mouse and left it on my pillow",
        ),
    ),
    (
        "diy",
        (
            "hung the shelf, nearly took my thumb off with the drill",
            "The ladder slipped and I cut my hand on the gutter, it's fine, just a plaster",
        ),
    ),
    (
        "diy",
        (
            "need rope to tie the mattress on the roof rack",
            "can you pick up a hammer and some nails from bunnings",
        ),
    ),
    (
        "kids",
        (
            "the baby's screaming blue murder, can you come home early",
            "Lily fell off the trampoline and has a massive bruise on her leg, she's fine",
        ),
    ),
    (
        "hurt_feelings",
        (
            "what you said at dinner really hurt, can we talk later",
            "I feel like you don't listen to me and it makes me sad",
        ),
    ),
    (
        "fear_everyday",
        (
            "i'm scared of flying, can we take the train instead",
            "I'm afraid the shop's shut, we'll have to go tomorrow",
        ),
    ),
    (
        "tired_everyday",
        (
            "so tired, the baby was up all night. want to sleep for a week",
            "I'm exhausted and I just want this week to be over",
        ),
    ),
    (
        "tired_everyday",
        (
            "i can't be bothered with anything today, going back to bed",
            "honestly what's the point of ironing, it just gets creased again",
        ),
    ),
    (
        "gallows_humour",
        (
            "if the boiler breaks again i'm moving into the sea",
            "Monday again. Someone put me out of my misery",
        ),
    ),
    (
        "lyrics",
        (
            "can't get that song out my head, 'i'd die for you' on repeat all day",
            "Karaoke tonight, I'm doing the one about burning down the house",
        ),
    ),
    (
        "farewell_lookalike",
        (
            "goodbye for now, off to the conference, back on sunday x",
            "Giving away all my baby clothes to Sarah now the twins are too big",
        ),
    ),
    (
        "control_lookalike",
        (
            "can you check the bank account, i think the gym took the money twice",
            "I've put your location on in the family app so I know when to start dinner",
        ),
    ),
    (
        "money",
        (
            "rent's gone up again, we need to cut back on takeaways",
            "Can you transfer me £30 for the electric, I'll pay you back Friday",
        ),
    ),
    (
        "weather",
        (
            "absolutely bucketing down, the garden's a swamp",
            "It's 40 degrees tomorrow, bring the dog inside",
        ),
    ),
    (
        "plans",
        (
            "are we still on for your mum's birthday on saturday",
            "Fancy a takeaway and a film tonight? Your pick",
        ),
    ),
    (
        "logistics",
        (
            "can you ring the plumber, the sink's blocked again",
            "Left the keys under the mat, I'm at the gym till 8",
        ),
    ),
    (
        "work",
        (
            "they've put me on nights again, my body clock is wrecked",
            "Client meeting went well!! They signed. Drinks Friday",
        ),
    ),
    (
        "work",
        (
            "my manager wants the report by 9 or i'm toast",
            "got told off in front of everyone today, mortifying",
        ),
    ),
    (
        "food",
        (
            "i'm starving, what do we have in",
            "Made too much soup again, want some tomorrow?",
        ),
    ),
    (
        "sport",
        (
            "the physio said my hamstring's torn, out for a month",
            "Got knocked out cold in the second half, concussion protocol, I'm fine now",
        ),
    ),
    (
        "films",
        (
            "the ending where everyone dies, i cried so much",
            "That horror film had me hiding behind the sofa",
        ),
    ),
    (
        "games",
        (
            "my character got poisoned and i lost all my loot",
            "Won the battle royale! Last one alive",
        ),
    ),
    (
        "medical",
        (
            "scan came back clear, massive relief",
            "Having my stitches out on Thursday, can you drive me",
        ),
    ),
    (
        "medical",
        (
            "the new antidepressants are making me sleepy, seeing the gp next week",
            "Counsellor said I'm doing really well, she's spacing out the sessions",
        ),
    ),
    (
        "school_kids",
        (
            "ben got a detention for fighting in the playground, can you talk to him",
            "The school rang, Mia's got nits again",
        ),
    ),
    (
        "family",
        (
            "your dad's driving me mad with the fishing stories again",
            "Mum wants us over for roast on Sunday, are you free",
        ),
    ),
    (
        "feelings_ok",
        (
            "i'm feeling a bit low today, nothing serious, just tired and grey",
            "Sorry I snapped earlier, I was stressed about money",
        ),
    ),
    (
        "argument_ok",
        (
            "we need to talk about the holiday budget, i'm not happy with it",
            "You promised to call and didn't, I was worried",
        ),
    ),
    (
        "history_news",
        (
            "watching a documentary about the war, so many people died",
            "The court case about the murder is all over the news",
        ),
    ),
    (
        "chores",
        (
            "i did the washing and the dishes, can you do the hoovering",
            "Remember to put the recycling out and feed the fish",
        ),
    ),
]

CONTEXT_BEFORE = (
    "hey, quick one.",
    "ok so",
    "Morning.",
    "just got in from work.",
    "Sorry, been a long day.",
)
CONTEXT_AFTER = (
    "anyway, dinner at 7?",
    "can you get milk on the way home",
    "love you x",
    "talk later.",
    "Don't forget the school run tomorrow.",
)
_TEXTING = (
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bI'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bcan't\b", "cant"),
    (r"\bright now\b", "rn"),
    (r"\bto be honest\b", "tbh"),
)


def split_of(template: str) -> str:
    digest = int(hashlib.sha256(template.encode()).hexdigest(), 16)
    return "test" if digest % 4 == 0 else "train"


def texting(text: str) -> str:
    out = text.lower()
    for pattern, short in _TEXTING:
        out = re.sub(pattern, short, out, flags=re.IGNORECASE)
    return out.replace("'", "").rstrip(".!")


def pick(options: tuple[str, ...], key: str) -> str:
    return options[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(options)]


def variants(text: str, key: str) -> list[str]:
    """The wording, a texting-style copy, and the wording among everyday lines."""
    wrapped = f"{pick(CONTEXT_BEFORE, key + 'b')} {text} {pick(CONTEXT_AFTER, key + 'a')}"
    out: list[str] = []
    for candidate in (text, texting(text), wrapped):
        if candidate not in out:
            out.append(candidate)
    return out


def rows() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    seen: set[str] = set()

    def add(text: str, kind: str | None, level: str, form: str, template: str) -> None:
        if text in seen:
            return
        seen.add(text)
        out.append(
            {
                "text": text,
                "kind": kind,
                "level": level,
                "form": form,
                "template": template,
                "split": split_of(template),
            }
        )

    number = 0
    for kind, level, form, wordings in DISCLOSURES:
        for wording in wordings:
            number += 1
            template = f"sm-d-{number:04d}"
            for text in variants(wording, template):
                add(text, kind, level, form, template)
    number = 0
    for form, wordings in NEAR_MISSES:
        for wording in wordings:
            number += 1
            template = f"sm-n-{number:04d}"
            for text in variants(wording, template):
                add(text, None, "none", form, template)
    return out


def main() -> None:
    written = rows()
    with OUT.open("w", encoding="utf-8") as stream:
        for row in written:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    by = Counter((r["kind"], r["level"], r["split"]) for r in written)
    for key, count in sorted(by.items(), key=str):
        print(key, count)
    print("rows", len(written), "templates", len({r["template"] for r in written}))


if __name__ == "__main__":
    main()
