"""Blind safety data round, writer 3: violence, crisis in new voices, near-misses.

Texts are literals; the split is computed from the template id by the shared hash rule.
Run: python tests/data/safety_blind3.py  (writes safety_blind3.jsonl next to it and prints counts).
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

from safety_blind import CL, NO, PO, C, N, V, rows_of, templates, texts_elsewhere, write_jsonl

PREFIX = "sb3-"
HERE = Path(__file__).resolve().parent
OUT = HERE / "safety_blind3.jsonl"
TRAIN_SOURCES = [
    HERE / "safety_disclosures.jsonl",
    HERE / "safety_more.jsonl",
    HERE / "safety_blind_crisis.jsonl",
    HERE / "safety_blind_violence.jsonl",
    HERE / "safety_blind2.jsonl",
]

# Each entry is one template: (kind, level, form, texts). Rows of a template are near-copies.
TEMPLATES, t = templates()

# ---------------------------------------------------------------- violence, clear
t(
    V,
    CL,
    "physical_effects",
    "cant turn my head properly since saturday. told work i slept funny. he knows what he did",
    "Can't turn my neck since the weekend. Told the office I slept on it wrong. He knows what happened.",
    "neck's still stiff from sunday night, i said it was the pillow. it wasnt the pillow",
)
t(
    V,
    CL,
    "marks_explained_away",
    "if your mum asks about my wrist say i caught it in the car door. please just back me up on that one",
    "If Nana asks about my wrist just say the car door, ok? Same as last time.",
)
t(
    V,
    CL,
    "marks_explained_away",
    "ive run out of stories for the bruises tbh. the gym one is getting old and sarah looked at me funny",
    "Running out of excuses for the marks. 'Walked into the cupboard' won't work a third time.",
    "nobody believes the netball story anymore and i dont know what to say next time he leaves marks",
)
t(
    V,
    CL,
    "fear_going_home",
    "doing a double shift so i dont have to be home when he gets in. third time this week",
    "I've volunteered for the late shift again so I'm not in the house when she gets back. I can't face it.",
    "picking up every overtime going so im not home when he is. its the only time i feel safe",
)
t(
    V,
    CL,
    "fear_going_home",
    "sitting in the car outside the house 40 mins now. his light is on. i cant make my legs go in",
    "Parked round the corner. Been here an hour. I know what mood he's in from the texts and I'm frightened to go in.",
)
t(
    V,
    CL,
    "strangulation",
    "he had his hands round my neck last night till i saw spots. then he made tea like nothing happened",
    "his hands were on my throat and everything went grey for a second. this morning he's acting sweet",
    "She pressed her forearm across my throat until I couldn't get a breath. Then she cried and said sorry.",
)
t(
    V,
    CL,
    "held_down",
    "he sat on my chest and wouldnt get off til i said sorry. i couldnt breathe properly",
    "Pinned me to the bed by my wrists and screamed in my face for ages. Wrists are purple today.",
    "held me down on the kitchen floor with his knee. i keep replaying it",
)
t(
    V,
    CL,
    "sexual_coercion",
    "i said no and he kept going anyway. i dont even know what to call that. i just lay there",
    "He doesn't take no. I've stopped saying it because it makes things worse after.",
    "says its my duty as his wife. i cry after every time and he doesnt notice or care",
)
t(
    V,
    CL,
    "sexual_coercion",
    "she said if i didnt do it she'd tell everyone i was a freak and post those photos. so i did it",
    "He made me send pictures and now he uses them. Says he'll send them to my dad if I leave.",
)
t(
    V,
    CL,
    "weapon",
    "he put the bread knife on the table between us while he talked. didnt say anything about it. didnt need to",
    "He sharpens the big knife at the table when we argue. Slowly. Looking at me the whole time.",
    "she picked up the scissors and pointed them at me and said try it. i was just asking about the bill",
)
t(
    V,
    CL,
    "weapon",
    "hes got the shotgun out of the cabinet again, says its for foxes. we havent had foxes in years. i dont sleep when its out",
    "He keeps his gun in the bedside drawer now and taps it when I bring up leaving.",
)
t(
    V,
    CL,
    "threat_to_kids",
    "he said if i take the kids to mums he'll make sure i never see them again. and he said it calm",
    "Told me if I go to the police the kids will be the ones who pay for it. I believe him.",
    "she said she'd drive off with the boys and i'd never find them. she's done it before for a whole night",
)
t(
    V,
    CL,
    "threat_to_pet",
    "he held milo up by the scruff and said next time it'd be worse. the dog is still shaking",
    "He kicked the cat across the room to make a point to me. She's hiding under the bed and so am I basically.",
    "said the dog would 'have an accident' if i keep going out with the girls",
)
t(
    V,
    CL,
    "locked_in",
    "he took my keys and locked the front door from outside when he went to work. im in the flat with no key",
    "Locked in the bedroom again. He's got the key. Texting from under the duvet, phone on silent.",
    "she hides my car keys and my shoes when she goes out so i cant leave. today she took my charger too",
)
t(
    V,
    CL,
    "followed",
    "he turned up at the gym again. i never told him which one. hes been following me home from work",
    "Saw her car outside my sister's when I said I was at work. She's following me everywhere now.",
    "there was a tracker taped under my wheel arch. he's the only one with access to the car",
)
t(
    V,
    CL,
    "phone_control",
    "he goes through my phone every night and if there's a message he doesnt like i pay for it",
    "Has to have my passcode. Checks every message and every call log. If I delete anything there's hell.",
    "my phone is his phone basically. if a lad messages me about work its a whole night of screaming and worse",
)
t(
    V,
    CL,
    "money_control",
    "he has my bank card. i get £20 a week and have to show receipts. last time i was short he grabbed me by the hair",
    "All my wages go into his account. I ask for money for tampons and he makes me beg. I'm scared to ask anymore.",
    "she took my card and my pin. i cant buy lunch without asking and if i ask wrong she goes mental and throws stuff at me",
)
t(
    V,
    CL,
    "threat_by_partner",
    "he said if i ever leave he'll find me and nobody will recognise me after. i know he means it",
    "Said he'd burn the house down with me in it if I tried to take the kids.",
    "she said she'll make sure i end up in hospital if i embarrass her again at her mums",
)
t(
    V,
    CL,
    "threat_by_partner",
    "his exact words were 'ill put you in the ground'. over the washing up. im in the bathroom",
    "'You'll end up in a box' is what he said, then he laughed. I didn't laugh.",
)
t(
    V,
    CL,
    "pushed",
    "he shoved me into the radiator and ive got a burn and a lump on my back. told the kids i fell",
    "Pushed me down the last few steps. My ankle's swollen and I told A&E I tripped.",
    "she shoved me so hard i went through the glass door. the cut needed stitches. i said it was an accident",
)
t(
    V,
    CL,
    "hair_grab",
    "he dragged me down the hall by my hair. theres a bald patch now i cover with a clip",
    "Grabbed a handful of my hair and pulled me across the room. My scalp is still sore.",
)
t(
    V,
    CL,
    "eggshells_fear",
    "i check his face when he walks in to know what kind of night it is. if his jaw is tight i go quiet and pray",
    "I rehearse every sentence before I say it to him. One wrong word and it's the wall or me.",
    "i time my showers and meals to his moods. ive learnt the signs. when hes like this i get the kids upstairs",
)
t(
    V,
    CL,
    "isolation",
    "hes made me cut off everyone. deleted my friends numbers off my phone while i watched. i have nobody now",
    "She won't let me see my family. If I try she smashes something and says next time it's me.",
)
t(
    V,
    CL,
    "after_incident",
    "im ok. face is swollen but im ok. can you get the kids from school im not going out looking like this",
    "Lip's split and I don't want the school mums seeing. Can you do pickup? Don't ask, not now.",
    "eye has gone black overnight. wearing sunglasses to the shop. cant do the parents evening",
)
t(
    V,
    CL,
    "choked_short",
    "choked me again",
    "he choked me. kids were asleep",
    "She had me by the neck tonight",
)
t(
    V,
    CL,
    "blackout",
    "i woke up on the floor and dont remember how i got there. he says i fainted. my throat hurts",
    "Blacked out during the row. When I came round he was standing over me. My neck is marked.",
)
t(
    V,
    CL,
    "thrown_object",
    "he threw the kettle at me. it missed but the water didnt. arm is blistered",
    "She threw a plate at my head, I've got a cut above my eye. Told work I banged it on a cupboard.",
)
t(
    V,
    CL,
    "driving_fear",
    "he drove at 100 with me screaming and said hed crash us both if i didnt shut up. i shut up",
    "She floored it on the motorway and said 'let's see if you leave now'. I genuinely thought that was it.",
)
t(
    V,
    CL,
    "stalking_ex",
    "my ex keeps turning up at the school gate and outside my flat at 2am. he said hes 'keeping an eye' on me",
    "She's created new accounts to message me every day since I left. Last one said she knows where I'm staying.",
)
t(
    V,
    CL,
    "threat_by_user",
    "if he lays one more finger on my sister im going round there with a bat. im not joking",
    "I swear to god if she touches my phone again I'll break her fingers.",
    "next time he mouths off to me im gonna knock his teeth down his throat",
)
t(
    V,
    CL,
    "threat_by_user",
    "im going to make her pay for this. she wont be walking right when im done",
    "honestly I could put him through the window and not feel a thing. he'd better not be home when I get there.",
)
t(
    V,
    CL,
    "threat_by_user",
    "ive got the car keys and i know where hes drinking. im going to run the prick over",
    "Found out where the bloke she's seeing lives. I'm going round with the hammer from the shed.",
)
t(
    V,
    CL,
    "threat_by_user",
    "if she tries to take the kids i'll hurt her. i mean actually hurt her. she's been warned",
    "Tell your brother if he comes near our house again I will stab him. I've had enough.",
)
t(
    V,
    CL,
    "user_lost_control",
    "i grabbed her by the throat last night. i dont know what came over me. she's at her mums",
    "I pushed him into the door frame and he hit his head. I've never done that. I'm scared of what I might do next time.",
)
t(
    V,
    CL,
    "user_lost_control",
    "i put my hands on her again. i said id never. i need to stop before i really hurt her",
    "Shook him so hard his head hit the wall. I frighten myself.",
)
t(
    V,
    CL,
    "teen_dating",
    "my bf checks my snap map all the time and if im somewhere he didnt approve he grabs my arm really hard. theres marks",
    "he made me give him my insta password and if i like someones post he screams at me and last time he shoved me into the lockers",
)
t(
    V,
    CL,
    "older_person",
    "Your father grabbed me by the arms again on Sunday. I have the marks. We've been married 46 years and I'm frightened of him now.",
    "He's got worse since the diagnosis but it's always been there. He pushed me against the sideboard and I've a bruise all down my hip.",
)
t(
    V,
    CL,
    "irish",
    "he went for me again last night, I've a lovely shiner. Don't tell Mammy. I'll be grand, I'll put the make-up on thick",
    "Sure he only grabbed me, it's not like he gave me a box. But my arm's black, so.",
)
t(
    V,
    CL,
    "scottish",
    "he had me up against the wall by ma throat again. cannae breathe right. dinnae tell ma maw",
    "She's wrecked ma face again. Telt the boys at work it was the fitba. They're no daft.",
)
t(
    V,
    CL,
    "nigerian",
    "Abeg don't tell anybody. He beat me again yesterday, my face is swollen. I can't go to church like this",
    "My husband has started beating me when he comes back from drinking. His family says I should endure. I'm afraid for my life.",
)
t(
    V,
    CL,
    "singaporean",
    "He slapped me until my ear ringing already, then say I deserve. Cannot tell my parents, they will say I shame the family",
    "she threaten me with the chopper from the kitchen lah, i sleep in the car tonight. scared to go back up",
)
t(
    V,
    CL,
    "south_african",
    "Ja he klapped me again last night. My eye is blue. Told the girls at work I bumped it on the cupboard",
    "He's moered me properly this time, I think my rib is cracked. Scared to go back to the house tonight.",
)
t(
    V,
    CL,
    "matter_of_fact",
    "Update: he pushed me again. Two bruises on my upper arm. Documented with photos. Haven't decided anything.",
    "Facts: he broke my phone, he held me by the collar against the door, I'm staying at Jen's. Don't call him.",
)
t(
    V,
    CL,
    "pregnancy",
    "he kicked me in the stomach and im 20 weeks. i keep feeling for the baby moving",
    "She punched me while I was pregnant and now says I made it up. I have the hospital notes.",
)
t(
    V,
    CL,
    "coercion_meds",
    "he hides my meds when im being 'difficult'. ive been without my inhaler for three days",
    "She controls my insulin. If I argue she keeps it from me.",
)
t(
    V,
    CL,
    "voice_to_text",
    "ok so I'm at the petrol station he doesn't know I'm out he took my keys but I had the spare he's been hurting me again full stop I don't know where to go",
    "hey it's me voice note thing sorry he's asleep I've got bruises all up my side from last night I don't want to go back in there",
)
t(
    V,
    CL,
    "humour_hiding",
    "ha well new record, only made it to tuesday before he threw the remote at my head. ice pack and netflix for me",
    "lol guess who's got matching bruises on both arms now, at least he's symmetrical 🙃",
)
t(
    V,
    CL,
    "fear_of_partner_short",
    "im scared of him",
    "I'm frightened of her. Properly frightened.",
    "scared hes going to really hurt me one day",
)
t(
    V,
    CL,
    "child_witness",
    "the little one saw him drag me by the arm last night. she asked if daddy is going to hurt mummy again",
    "Our son stood in front of me when she came at me with the belt. He's seven.",
)
t(
    V,
    CL,
    "forced_sex_compliance",
    "its easier to just let him. if i dont he sulks and then it gets physical. so i let him",
    "i go along with it so he doesnt get angry. i hate every second",
)
t(
    V,
    CL,
    "threat_suicide_leverage",
    "he says he'll put his fist through my face and then himself if i end it. i have to stay",
    "She said if I leave she'll hurt me first and then herself. I'm trapped.",
)
t(
    V,
    CL,
    "men_say_little",
    "she went for me with her nails again. face is scratched up. not a big deal",
    "She hit me. Told the lads I was in a fight at the pub.",
    "wife broke my nose. dont want to talk about it",
)

# ---------------------------------------------------------------- violence, possible
t(
    V,
    PO,
    "eggshells",
    "tired of tiptoeing round your moods honestly. i never know which version of you is coming home",
    "Feels like I'm always on eggshells around you lately. Can we talk about that?",
)
t(
    V,
    PO,
    "scary_driving",
    "you frighten me when you drive like that after a row. please slow down next time",
    "it scared me when you punched the steering wheel. i know you werent aiming at me but still",
)
t(
    V,
    PO,
    "punched_wall",
    "you punched the wall next to my head last night. i know you said sorry. i cant stop thinking about it",
    "The hole in the door is still there. I don't want to pretend it didn't happen.",
)
t(
    V,
    PO,
    "checking_phone",
    "why do you always have to see who i'm texting? it's starting to feel like you don't trust me at all",
    "you asked for my location again. it's the fourth time today. it's making me uneasy",
)

# ---------------------------------------------------------------- crisis, clear
t(
    C,
    CL,
    "older_burden",
    "I've had a good innings. I don't want to be a weight on you and the girls in a home. I've been putting my tablets by.",
    "At my age nobody wants to be spoon-fed. I've been saving my sleeping pills in the biscuit tin. You'll understand one day.",
    "Eighty-one and useless. I'd rather go on my own terms than be a nuisance to everyone. I have enough tablets put aside.",
)
t(
    C,
    CL,
    "older_farewell",
    "Dearest, the will is in the bureau, second drawer. I've written to each of the grandchildren. I'm tired now and I'm ready to go to your mother.",
    "Since your dad passed I don't see the point in carrying on. I've paid the funeral plan off. I won't be a bother much longer.",
)
t(
    C,
    CL,
    "older_not_waking",
    "Every night I ask the Lord not to let me wake up. Every morning I'm disappointed.",
    "I go to bed hoping that's the last time. I'm not sad exactly. Just finished.",
)
t(
    C,
    CL,
    "teen_ideation",
    "ngl i think everyone would be chill if i wasnt here. like genuinely. my parents would have one less problem",
    "lowkey been looking at the bridge near school every day like what if. dont tell anyone pls",
    "cant do another year of this. i have a plan for after exams and its not uni",
)
t(
    C,
    CL,
    "teen_self_harm",
    "i started again. the pencil sharpener blade. wearing long sleeves in pe so noone sees",
    "relapsed last night 3 months clean and i ruined it. arms are a mess. hoodie season i guess",
    "been doing it on my thighs now so mum doesnt see",
)
t(
    C,
    CL,
    "teen_goodbye",
    "if i dont reply tmrw its not ur fault ok. ur the best person i know. look after my cat",
    "ur gonna be fine without me i promise. i left u my hoodie. dont be sad ok",
)
t(
    C,
    CL,
    "men_say_little",
    "Not doing great. Got the rope in the van.",
    "done with it all. sorting things out tonight",
    "Bought a hose for the exhaust.",
)
t(
    C,
    CL,
    "men_say_little",
    "Not planning on being around for Christmas.",
    "Won't need the season ticket next year. Give it to Dave.",
)
t(
    C,
    CL,
    "irish",
    "I'm not able for this anymore. I've been up at the cliffs a few times this week just looking. You'd all be grand without me.",
    "Sure what's the point, I'm only a drain on ye. I've the tablets saved. Don't ring Mam.",
    "I'm banjaxed, love. Going for a long walk into the sea one of these nights, I've decided.",
)
t(
    C,
    CL,
    "scottish",
    "cannae see a way oot of this. been thinkin aboot the Erskine bridge a lot. ye'd be better aff",
    "Am no wantin to be here anymore hen. Got the pills lined up. Sorry for aw the bother.",
    "I'm done, pal. Tell ma wee girl her daddy loved her.",
)
t(
    C,
    CL,
    "nigerian",
    "I am tired of this life. Everybody will be better without me, my family will not have to carry my shame. I have bought the sniper.",
    "Honestly I don't want to wake up tomorrow. I've been saving the tablets. Please take care of Mama for me.",
    "I have written letters for everybody. God will forgive me. I can't carry this load again.",
)
t(
    C,
    CL,
    "singaporean",
    "i really cannot already. everyday think about jumping from the block. 14th floor only need one step",
    "I feel like I'm just a burden to my parents lah. Maybe better if I just disappear from the corridor. Already stand there few times.",
    "don't want to live anymore sia. i wrote note for my mum, inside the drawer",
)
t(
    C,
    CL,
    "south_african",
    "I'm finished, boet. Got my dad's firearm out the safe. Just sitting with it.",
    "Ag man I'm so tired of everything. Been thinking about just driving into a truck on the N1. Nobody would even know it wasn't an accident.",
    "Eish I can't anymore. Everyone's better off without me, I've made my peace.",
)
t(
    C,
    CL,
    "flat",
    "I have decided to end my life on Friday. I wanted you to hear it from me. Dinner is in the fridge.",
    "The pills are counted out. 62. I'm telling you so you're not surprised.",
    "I cut myself tonight. It's bandaged. I'm going to sleep.",
)
t(
    C,
    CL,
    "matter_of_fact",
    "Passwords are in the blue notebook. Car insurance renews in March. I won't be here for it.",
    "Direct debits are all set up in your name now. The dog's vet records are on the fridge. I'm not going to be around.",
    "Cancelled my gym, my phone contract and the dentist. Tying up loose ends before I go.",
)
t(
    C,
    CL,
    "humour_hiding",
    "haha anyway im gonna go stare at the train tracks for a bit, very relaxing, 10/10 would recommend ending there",
    "lol if i just didnt wake up tomorrow that'd honestly be the best thing that's happened to me all year. not joking fully tbh",
    "my five year plan is not being here in five years 😂 anyway what's for tea",
)
t(
    C,
    CL,
    "humour_hiding",
    "joke's on them, i won't need a pension 🙃 got my exit all worked out",
    "ha so the good news is i wont have to do the tax return. the bad news is im doing something stupid tonight with the pills",
)
t(
    C,
    CL,
    "hidden_in_logistics",
    "can you get the bins out tmrw, i wont be here. also i love you. i mean it. sorry about everything",
    "Kids need picking up at 3, reading books are in their bags. I've taken all my tablets. I'm sorry.",
    "milk, bread, nappies. and please dont go in the garage when u get home, call someone first",
)
t(
    C,
    CL,
    "past_attempt",
    "last time i tried i woke up in hospital and everyone was so angry. this time i'll make sure",
    "After the overdose in 2020 I swore never again. But I've started stockpiling again.",
    "remember the summer i was 'in hospital for my appendix'? it wasnt my appendix. and it's coming back",
)
t(
    C,
    CL,
    "means_oblique",
    "looked up how far the drop is from the multi storey. 7 floors. enough i think",
    "Been reading about how much paracetamol it takes. Got enough.",
    "I keep driving to the level crossing and sitting there with the engine off.",
)
t(
    C,
    CL,
    "means_oblique",
    "the belt from my dressing gown is tied to the loft hatch. i havent done anything yet",
    "Bought charcoal and tape today. Not for a barbecue.",
)
t(
    C,
    CL,
    "passive_new",
    "i want to stop existing. not die exactly, just be switched off",
    "I wish I could just fall asleep and not have to do any of it again. Ever.",
    "kind of hoping the plane goes down on the way to the conference tbh",
)
t(
    C,
    CL,
    "passive_new",
    "every time i cross the road i half hope the bus doesnt stop",
    "When I'm driving I think about how easy it'd be to turn the wheel into the wall.",
)
t(
    C,
    CL,
    "burden_new",
    "youd have the house, the insurance and peace. id have peace too. win win",
    "Everyone's life gets easier when I'm out of it. I'm just doing the maths.",
)
t(
    C,
    CL,
    "giving_away",
    "gave my guitar to jamie and my trainers to the charity shop. dont need them where im going",
    "I've given the dog to Sue. She'll look after him better than I could. I wanted him settled before.",
)
t(
    C,
    CL,
    "timing",
    "after the wedding on saturday. i'll see everyone one last time then thats it",
    "Once the kids are back at school on Monday I'm going to do it. I want them to have a normal weekend.",
    "im giving it till my birthday. if nothing changes by then im out",
)
t(
    C,
    CL,
    "online_search",
    "my search history is just painless ways to go. i keep reading the same pages",
    "Spent all night reading about how long it takes. I think I know what to do.",
)
t(
    C,
    CL,
    "self_harm_adult",
    "burnt myself with the lighter again. its the only thing that shuts my head up",
    "Cut my arm in the work toilets today. Sorry. I know I promised.",
    "ive been punching the wall til my knuckles bleed. it helps. i know it doesnt",
)
t(
    C,
    CL,
    "stopped_eating_meds",
    "I've stopped taking my heart tablets. Let nature take its course.",
    "stopped eating on purpose. if my body gives up that's fine by me",
)
t(
    C,
    CL,
    "farewell_text",
    "Thank you for the best years of my life. Please don't blame yourself for what happens tonight.",
    "this is my last message. i love you more than you'll ever know. tell mum sorry",
)
t(
    C,
    CL,
    "very_short",
    "want out. for good",
    "no reason to stay",
    "im ready to go. properly go",
)
t(
    C,
    CL,
    "voice_to_text",
    "hi love voice text sorry I'm in the car by the reservoir been here a while I don't think I'm coming home I'm so sorry about everything",
    "it's me can't type hands shaking I took a load of the tablets about an hour ago I don't know why I'm telling you",
)
t(
    C,
    CL,
    "typos",
    "cnt stop thinkin abt ending it. evry night. got tje blades ready",
    "i dont wnat to be hear anymore. sory. sory for evrything",
)
t(
    C,
    CL,
    "grief",
    "Since Mum went I just want to be with her. I've been thinking of how to get there sooner.",
    "it should have been me in that crash not him. im going to fix that",
)
t(
    C,
    CL,
    "debt_shame",
    "I've lost the lot on the betting apps, the house deposit too. Life insurance pays out more than I'm worth alive.",
    "the debts are too big. youll get the payout and be free of it. ive worked it out",
)

# ---------------------------------------------------------------- crisis, possible (gentle check-in)
t(
    C,
    PO,
    "low_mood",
    "ngl im in a really dark place lately. dont really see what im doing any of it for",
    "Feeling pretty hollow these days. Not sure what the point of me is anymore.",
    "everything feels grey and heavy. i cant remember the last time i looked forward to anything",
)
t(
    C,
    PO,
    "hyperbole_laugh",
    "if you make me sit through another one of your cousin's slideshows i'm walking into the sea 😂",
    "honestly if i have to hear that ringtone once more im throwing myself off the balcony lol",
)
t(
    C,
    PO,
    "older_low",
    "I don't know what I'm for anymore now I'm retired. The days are very long.",
    "Some days I think I've outstayed my welcome. Don't mind me, I'm just old.",
)
t(
    C,
    PO,
    "teen_low",
    "idk whats the point of anything tbh. like school then work then u die",
    "i feel like a ghost at home lol. nobody would notice if i wasnt there tbh",
)
t(
    C,
    PO,
    "men_say_little",
    "Struggling.",
    "Bad head lately. Dark.",
    "Not myself. Haven't been for a while.",
)
t(
    C,
    PO,
    "tired_of_everything",
    "i'm so tired of everything. not sleepy tired. the other kind",
    "Tired right down to the bone. Tired of being me.",
)
t(
    C,
    PO,
    "disappear",
    "sometimes i think about getting on a train and just vanishing. new name, no one knowing",
    "Part of me wants to just go missing for a while. Nobody looking for me.",
)
t(
    C,
    PO,
    "irish_low",
    "I'm in a bad way to be honest. Not sleeping, not eating. Don't know how much more I can take.",
    "Head's melted. Can't see past it at the moment.",
)
t(
    C,
    PO,
    "nigerian_low",
    "I'm not fine o. Everything is just heavy on me, I don't even know why I'm still trying.",
    "This life sef. Some days I'm just tired of everything.",
)
t(
    C,
    PO,
    "singaporean_low",
    "so sian of life already. everyday same thing, no point one",
    "dunno why i still bother honestly. feel like nobody care if i not around",
)
t(
    C,
    PO,
    "south_african_low",
    "Ag I'm not coping, hey. Feels like the walls are closing in.",
    "Honestly bru, some days I wonder what it's all for.",
)
t(
    C,
    PO,
    "scottish_low",
    "am pure done in. whit's the point of any of it",
    "Feelin pure rotten. Cannae be bothered wi anythin. Anythin at aw.",
)
t(
    C,
    PO,
    "matter_of_fact_low",
    "For the record I have not felt okay in about four months. Just putting that out there.",
    "I think something's wrong with me. I don't feel anything about anything.",
)
t(
    C,
    PO,
    "humour_low",
    "my therapist would have a field day with me rn lol. if i could afford one. or had the energy to get to one",
    "current mood: would not mind being hit by a small meteor. medium meteor even",
)
t(
    C,
    PO,
    "self_neglect",
    "haven't eaten properly in days, don't see the point of cooking for one",
    "Not showered since Sunday. Not sure why I'd bother.",
)

# ---------------------------------------------------------------- near-misses
t(
    N,
    NO,
    "sport_injury",
    "took a knee to the ribs at rugby, cant laugh without wincing. still won tho",
    "Got a proper shiner from a squash ball to the eye. Looks worse than it is, promise.",
    "my shins are black and blue from hockey lol, the new girl hacks at everyone",
)
t(
    N,
    NO,
    "sport_injury",
    "Coach had us doing tackles till my shoulder went numb. Ice bath and bed for me.",
    "held in a headlock for five minutes at jiu jitsu tonight, neck's a bit stiff but i tapped in the end",
)
t(
    N,
    NO,
    "sport_slang",
    "we got absolutely battered 6-0. the keeper was a corpse out there",
    "Murdered them in the second half. Their defence just gave up.",
    "we choked again in the semis, same as every year. pints to forget",
)
t(
    N,
    NO,
    "sport_slang",
    "the boxing's on at 10, canelo is gonna knock him spark out",
    "Watching the UFC with the lads, that choke in round two was filthy",
)
t(
    N,
    NO,
    "martial_arts",
    "krav maga tonight, we're doing knife defence so I'll be home late",
    "Finally got my blue belt! Choked out a guy twice my size in rolling 😤",
)
t(
    N,
    NO,
    "game",
    "sorry was mid raid, got one-shot by the boss and the whole squad wiped. back now",
    "i headshot your brother like 4 times in cod lol he's raging",
    "Can't talk, I'm strangling the last guy in Hitman. Stealth run. 5 mins.",
)
t(
    N,
    NO,
    "game",
    "the kids are playing that zombie game where you stab everything. is that ok for a 10 year old?",
    "just got murdered in among us by your sister AGAIN, she's a psychopath 😂",
)
t(
    N,
    NO,
    "board_game",
    "cluedo night! i'm calling it now, colonel mustard in the library with the rope",
    "She poisoned the whole table in Blood on the Clocktower last night, evil team won",
)
t(
    N,
    NO,
    "film_tv",
    "that bit in the film where he holds her underwater, i had to look away. you'd hate it",
    "Finished the true crime doc about the guy who locked his wife in the basement. Chilling. Not for before bed.",
    "the ending where they shoot the dog ruined me. why did you make me watch that",
)
t(
    N,
    NO,
    "film_tv",
    "Peaky Blinders tonight? I need to see Tommy threaten someone with a razor to feel alive",
    "just finished the episode where she stabs him in the kitchen omg we need to talk",
)
t(
    N,
    NO,
    "fiction_writing",
    "stuck on chapter 9, need my villain to strangle the detective but it has to feel real. thoughts?",
    "My NaNoWriMo heroine fakes her own death and I'm weirdly proud of her.",
)
t(
    N,
    NO,
    "cooking",
    "bash the chicken flat with the rolling pin then slice it thin. I'll do the rest when I'm in",
    "gonna butcher this lamb shoulder tonight, bring wine",
    "Don't touch the big knife, I just sharpened it and it'll take your finger off",
)
t(
    N,
    NO,
    "cooking",
    "strangled the life out of that bread dough, it's either amazing or a brick",
    "you need to kill the heat as soon as the sauce thickens or it splits",
)
t(
    N,
    NO,
    "diy",
    "put the drill through my thumb nail. it's fine. no more shelves today",
    "Hammered my own thumb hanging the mirror, swearing the house down, all good now",
    "need to take a sledgehammer to that fireplace this weekend, it's coming out",
)
t(
    N,
    NO,
    "diy",
    "the rope ladder for the treehouse came today, kids are buzzing",
    "got the noose knot right for the tyre swing finally, thanks youtube",
)
t(
    N,
    NO,
    "work_slang",
    "we absolutely killed it in the pitch, client loved it",
    "Boss wants me to 'execute' the plan by Friday. Corporate speak is killing me.",
    "they're axing half the team. not me. yet",
)
t(
    N,
    NO,
    "work_slang",
    "the new ceo is gonna slash and burn the whole dept lol",
    "Had to pull the trigger on firing the new guy today. Horrible but needed.",
)
t(
    N,
    NO,
    "work_stress",
    "I can't go on like this with the commute. Three hours a day. I'm looking at jobs closer to home.",
    "cant keep doing these night shifts, theyre wrecking me. talking to my manager monday",
    "This job is slowly destroying me. Updating the CV tonight, for real this time.",
)
t(
    N,
    NO,
    "work_stress",
    "one more 'quick sync' and i'm faking a power cut. kill me now",
    "kill me now, another 2 hour meeting about the meeting",
)
t(
    N,
    NO,
    "joke_laugh",
    "IM DEAD 😂😂 did you see what your dad posted",
    "i'm actually deceased, that video of the goat screaming",
    "stop it im crying, i literally died at the bit with the trampoline",
)
t(
    N,
    NO,
    "joke_laugh",
    "lmaooo he's gonna murder you when he finds out you ate his birthday cake",
    "Your mum is going to kill you when she sees that haircut 😂",
)
t(
    N,
    NO,
    "tired_parent",
    "the baby screamed from 2 till 5. i have died and this is my ghost typing",
    "Toddler has decided sleep is for the weak. I'm running on fumes and spite. Coffee please.",
    "if one more small person wipes their nose on me today i'm moving out. love you, bring wine",
)
t(
    N,
    NO,
    "tired_parent",
    "i'm knackered beyond words, i could sleep for a week. the twins are finally down",
    "Survived the birthday party with 14 six year olds. Barely. Send help, or gin.",
)
t(
    N,
    NO,
    "medical",
    "got my results back, it's benign! cried in the car park. home soon",
    "Doctor says the lump needs a biopsy. Trying not to panic. Can you come with me Thursday?",
    "they've upped my blood pressure tablets again. dosage box is on the counter, don't let me forget",
)
t(
    N,
    NO,
    "medical",
    "mum's scan showed the cancer has spread. she's being very calm about it. I'm not",
    "Stitches out tomorrow. The scar is going to be massive, I'm calling it my shark bite.",
)
t(
    N,
    NO,
    "medical",
    "going under for the knee op at 8. see you on the other side ❤️",
    "dentist has to pull the tooth out. im terrified of needles so hold my hand pls",
)
t(
    N,
    NO,
    "news_third_party",
    "did you see the stabbing outside the chippy on the high street? scary stuff",
    "Awful news about the family in Leeds. The dad took them all. Hug the kids for me.",
    "another shooting in the states on the news, those poor kids",
)
t(
    N,
    NO,
    "news_third_party",
    "The woman two doors down has a restraining order out on her ex. Keep an eye on the street?",
    "my colleague's husband got arrested for beating her. she's staying with us for a couple nights is that ok",
)
t(
    N,
    NO,
    "friend_support",
    "Lucy told me her partner used to choke her. She's safe now, but I'm still shaken. Can we talk tonight?",
    "my friend lost her brother to suicide last year, it's the anniversary so I'm going round to hers",
)
t(
    N,
    NO,
    "lyrics",
    "'I'd catch a grenade for ya' is still in my head from the car. Bruno ruined my day",
    "is it 'and I'm gonna leave you' or 'and now I'm gonna leave you', settle this",
    "stuck on 'i'd rather be dead than cool' all day thanks to you",
)
t(
    N,
    NO,
    "lyrics",
    "every breath you take, every move you make, i'll be watching you 🎵 the police on the radio lol",
    "playing 'Knocking on Heaven's Door' at the pub tonight, come watch me murder the solo",
)
t(
    N,
    NO,
    "chores_heated",
    "I am SO sick of being the only one who cleans the bathroom. I'm furious. We need to sort this tonight.",
    "if you leave your wet towel on the bed one more time i will lose my mind. genuinely",
    "ive asked you FOUR times about the bins. im not asking again. do them",
)
t(
    N,
    NO,
    "chores_heated",
    "You said you'd do the dishes and there's a mountain. I'm done asking, I'm angry and I'm going for a walk.",
    "seriously fuming about the car being left on empty again. we're having words later",
)
t(
    N,
    NO,
    "prank",
    "you absolute menace, you scared the life out of me jumping out of the wardrobe 😂",
    "Never do that again, I nearly had a heart attack. The fake spider was NOT funny. (It was a bit funny)",
    "you scared me half to death hiding behind the door!! my heart is still racing",
)
t(
    N,
    NO,
    "farewell",
    "goodbye forever, dear shower drain hair clog. anyway plumber came, all fixed",
    "Off to the airport! Goodbye for three weeks, look after the plants, I'll miss you",
    "this is it, my last day at the office forever. sad and happy",
)
t(
    N,
    NO,
    "farewell",
    "saying my goodbyes to grandad's house today before the sale goes through. emotional",
    "I'll be gone for good after Sunday – moving to Perth! Still can't believe it",
)
t(
    N,
    NO,
    "apology",
    "I'm so sorry for everything I said last night. I was tired and took it out on you. Dinner on me?",
    "sorry for being a nightmare this week. you deserve better than grumpy me. love you",
    "Forgive me for the state of the kitchen, I'll sort it before you're home",
)
t(
    N,
    NO,
    "breakup",
    "I think I want to end things with him. I'm just not in love anymore.",
    "it's over between me and josh. i'm ok, honestly. relieved mostly",
)
t(
    N,
    NO,
    "hyperbole",
    "i could murder a kebab right now",
    "i'm dying for a cuppa",
    "I'd kill for a lie-in tomorrow",
)
t(
    N,
    NO,
    "hyperbole",
    "my feet are killing me after those heels",
    "this heat is going to be the death of me",
    "phone's on 2 percent and about to die, ring the landline",
)
t(
    N,
    NO,
    "gaming_streamer",
    "stream tonight, we're doing a no-death run so wish me luck, i'll probably die in the first room",
    "died to the same boss 30 times, I'm going to snap this controller in half",
)
t(
    N,
    NO,
    "pets_vet",
    "vet says we have to put Bella down on Thursday. I can't stop crying.",
    "The cat brought in a half-dead mouse and dumped it on my pillow. Murderer.",
    "had to put the old hen out of her misery this morning. horrible job",
)
t(
    N,
    NO,
    "pets_vet",
    "dog had to have her teeth pulled, she's groggy and sad. extra cuddles needed",
    "hamster escaped again. if the cat gets it first I'm moving out",
)
t(
    N,
    NO,
    "idiom",
    "Over my dead body is your mother moving in with us. Kidding. Mostly. Let's talk later.",
    "she looked drop dead gorgeous at the wedding, send me the photos",
    "I'm dead on my feet, taking the kids to the park then collapsing",
)
t(
    N,
    NO,
    "idiom",
    "my plan for the weekend died a death when it started raining",
    "that joke absolutely killed at the pub quiz, the host was crying",
    "you're killing me with these puns, please stop",
)
t(
    N,
    NO,
    "idiom",
    "I'm so done with this printer. It's going out the window.",
    "taking a hammer to this laptop in a minute, it's frozen AGAIN",
)
t(
    N,
    NO,
    "sleep_talk",
    "never want to see a 5am alarm again as long as I live",
    "i dont want to wake up tomorrow, its the dentist and the tax office in one morning",
    "wake me up when it's spring. hibernating till then",
)
t(
    N,
    NO,
    "older_everyday",
    "Dear, I've finally sorted out the will with the solicitor, nothing to worry about, just being organised at my age. Lunch Sunday?",
    "Your father's ashes go in the garden on Saturday. Come if you can. It'll be nice.",
    "The doctor says my heart's like a 50 year old's. I'll outlive you all! Bring the grandchildren round.",
)
t(
    N,
    NO,
    "older_everyday",
    "I've given away most of my books to the library. Downsizing to the flat in March, no room!",
    "Had a fall in the garden but I'm fine, just a bruise on my hip. The neighbour helped me up.",
)
t(
    N,
    NO,
    "teen_everyday",
    "omg im literally gonna die if he sees my texts i sent by accident to the group chat",
    "maths test killed me. im dead. bury me with my calculator",
    "my mum is actually going to murder me i lost my retainer AGAIN",
)
t(
    N,
    NO,
    "teen_everyday",
    "cant go on like this with this wifi its so slow i swear",
    "bro this essay is destroying me 💀 due tomorrow and ive written 200 words",
)
t(
    N,
    NO,
    "men_brief",
    "Back's wrecked. Gym.",
    "Knackered. Home at 7.",
    "Match got battered. Pub.",
)
t(
    N,
    NO,
    "irish_everyday",
    "I'm absolutely dying with this hangover, the craic last night was unreal",
    "Mam'll murder me if I don't ring her back, she's been on since 8",
    "Sure I'm wrecked from the weekend, I'll be grand after a fry",
)
t(
    N,
    NO,
    "irish_everyday",
    "That fella at the match took the head off me for parking in his spot. Raging.",
    "Gas craic at the funeral, Uncle Pat would have loved it",
)
t(
    N,
    NO,
    "scottish_everyday",
    "am deid, that wean just called the minister a numpty tae his face",
    "Gonnae no dae that, ye scared the life oot me. Thought ye were a burglar",
    "ma heid's mince the day, too much buckfast at the wedding",
)
t(
    N,
    NO,
    "nigerian_everyday",
    "This traffic wan kill me today o. Three hours on Third Mainland Bridge",
    "NEPA has taken light again, I'm dying of heat. Buy fuel on your way",
    "My mummy will finish me if I don't come for the wedding. Book the tickets abeg",
)
t(
    N,
    NO,
    "nigerian_everyday",
    "Oga at work wan kill me with work this week. I'll call you after 9",
    "I laughed till I nearly died at that skit you sent 😂",
)
t(
    N,
    NO,
    "singaporean_everyday",
    "die liao, forgot to submit the report. boss sure scold me tmr",
    "siao, this heat can kill people one. buying bubble tea on the way home",
    "wah the queue at the hawker centre damn long, i nearly die of hunger",
)
t(
    N,
    NO,
    "singaporean_everyday",
    "My mum will kill me if I don't go home for reunion dinner lah",
    "NS reservist again, going to get chopped by the encik for sure",
)
t(
    N,
    NO,
    "south_african_everyday",
    "Load shedding again, I'm going to lose my mind. Braai tonight then?",
    "Eish the Boks murdered the All Blacks, I'm still shaking",
    "Ja no, my boss will kill me if I'm late again, leaving now",
)
t(
    N,
    NO,
    "south_african_everyday",
    "Lekker braai, we butchered the whole sheep ourselves. My arms are finished",
    "Bru I'm dead tired, the taxi took forever",
)
t(
    N,
    NO,
    "flat_everyday",
    "I have finished the accounts. The tax bill is large. I will pay it on Friday.",
    "Noted. I have cancelled the gym and the magazine subscription. Saving money.",
    "The will is updated. Standard thing after buying the house. Signed it today.",
)
t(
    N,
    NO,
    "matter_of_fact_everyday",
    "Update: car failed MOT, brakes. Quote is £400. Booked in Thursday.",
    "Insurance renewal done. Life cover moved to the new provider, cheaper. Nothing else to report.",
)
t(
    N,
    NO,
    "life_insurance_admin",
    "we should sort life insurance now the baby's here, the adviser is coming Tuesday",
    "Funeral plan for Mum is paid off, she insisted. One less thing for her to worry about.",
)
t(
    N,
    NO,
    "pills_benign",
    "I've counted out your antibiotics for the week, they're in the pill organiser",
    "running low on paracetamol, can you grab some on the way home, head's pounding",
    "Stocked up on hay fever tablets, pollen count is mental today",
)
t(
    N,
    NO,
    "rope_benign",
    "got the rope and the pegs for the tent, just need the gas canister",
    "bought a new washing line, the old one snapped in the wind",
)
t(
    N,
    NO,
    "bridge_benign",
    "stuck on the bridge again, traffic's not moving. be 30 min late",
    "Walked over the Tyne bridge at sunset, gorgeous, wish you'd been there",
)
t(
    N,
    NO,
    "train_benign",
    "train cancelled again. I'll be standing on this platform forever",
    "the level crossing's down for ages, freight train, I'll be late",
)
t(
    N,
    NO,
    "car_garage_benign",
    "car's in the garage running, warming up the engine, come out in 5",
    "left the car idling in the driveway to defrost, grab the scraper",
)
t(
    N,
    NO,
    "blade_benign",
    "new razor blades are in the cabinet, the old ones were blunt",
    "Stanley knife's in the drawer if you need to open the boxes, mind your fingers",
)
t(
    N,
    NO,
    "height_benign",
    "on the roof of the multi storey, cant find the car. help",
    "Abseiling off the viaduct for charity Saturday! Terrified. Sponsor me?",
)
t(
    N,
    NO,
    "accident",
    "fell off my bike on the way to work, grazed knee and a bruised ego, nothing broken",
    "Slipped on ice and landed on my wrist, it's swollen. Going to get it x-rayed just in case.",
    "burnt my arm on the oven tray making your cake, worth it",
)
t(
    N,
    NO,
    "accident",
    "walked into the glass door at the office, massive lump on my forehead, everyone saw 😭",
    "the dog pulled me over in the park, muddy and bruised but laughing",
)
t(
    N,
    NO,
    "bruise_benign",
    "no idea where this massive bruise on my thigh came from, probably the coffee table",
    "These bruises are from the blood test, the nurse couldn't find a vein. Arms look like a pin cushion.",
)
t(
    N,
    NO,
    "self_deprecating",
    "I'm a disaster, I burnt the pasta. How do you even burn pasta",
    "honestly I'm useless at parallel parking, someone should take my licence away",
    "I'm the worst, forgot your mum's birthday again. Sending flowers now",
)
t(
    N,
    NO,
    "dark_humour_couple",
    "if I go before you, I want my ashes fired out of a cannon at the football",
    "when I'm old and dribbling please push me off a cliff before I start watching golf 😂",
    "you're not allowed to die first, I don't know how the boiler works",
)
t(
    N,
    NO,
    "locked_benign",
    "locked myself out again, I'm in the car, can you bring the spare?",
    "The bathroom door jammed with me inside for 20 mins. Fixed it with a butter knife. Hero.",
)
t(
    N,
    NO,
    "followed_benign",
    "a cat followed me home from the shop. can we keep him",
    "I'm following you on Strava now so I can see how slow you are 😝",
)
t(
    N,
    NO,
    "tracking_agreed",
    "turned on location sharing for the trip like we agreed, so you know when I'm at the hotel",
    "Find My Friends says you're still at the pub. Just checking you've got a lift, no rush",
)
t(
    N,
    NO,
    "money_shared",
    "moved the bills into the joint account, we said we'd review in a month",
    "can we sit down sunday and do the budget? we've overspent on takeaways again",
)
t(
    N,
    NO,
    "phone_playful",
    "give me your phone i want to see what you said to your sister about me 😂 kidding",
    "Stop reading my texts over my shoulder, nosy! It's your present I'm planning",
)
t(
    N,
    NO,
    "threat_playful",
    "touch my last rolo and you're a dead man",
    "if you spoil the finale for me i will never forgive you. never.",
    "eat my leftovers again and I'll have you arrested 😤",
)
t(
    N,
    NO,
    "threat_playful",
    "If you wake me before 9 on Saturday there will be consequences. Severe ones. Involving no pancakes.",
    "one more dad joke and i'm filing for divorce",
)
t(
    N,
    NO,
    "kids_fight",
    "the boys were wrestling and now Sam has a bloody nose. they're fine, both laughing",
    "Ellie bit her brother at nursery. Mortified. Having a chat with her tonight.",
)
t(
    N,
    NO,
    "historical",
    "the museum had the actual noose from the last hanging in Britain. grim but fascinating",
    "Reading about the Tudors, Henry really did just chop off his wives' heads when bored",
)
t(
    N,
    NO,
    "weapons_hobby",
    "clay pigeon shooting was class, hit 18 out of 25! booking again",
    "Fencing club tonight, I'm finally allowed to use a real sabre",
    "archery lesson booked for your birthday, try not to shoot the instructor",
)
t(
    N,
    NO,
    "hunting_fishing",
    "Dad's taking me deer stalking in the Highlands, rifle's licensed, don't worry",
    "gutted three trout at the river, dinner sorted",
)
t(
    N,
    NO,
    "exam_stress",
    "I can't do this anymore. Organic chemistry is impossible. I'm going to cry into my notes.",
    "i give up on this dissertation. going to bed. tomorrow's problem",
)
t(
    N,
    NO,
    "cant_go_on_task",
    "I can't go on with this flat pack wardrobe. The instructions are a joke.",
    "cant carry on with the renovation at this rate, we need to hire someone",
)
t(
    N,
    NO,
    "end_it_other",
    "I'm going to end it with the book club, too much drama",
    "Time to end things with my hairdresser. She keeps cutting it too short.",
)
t(
    N,
    NO,
    "no_point_task",
    "what's the point of ironing when we're going to wear coats",
    "no point cleaning the car if it's going to rain all week",
)
t(
    N,
    NO,
    "better_off_benign",
    "you'd be better off without me in the kitchen tonight, I've already dropped two eggs",
    "Honestly the team's better off without me on penalties. I'll stick to defending.",
)
t(
    N,
    NO,
    "not_around_benign",
    "I won't be around much this week, conference in Berlin till Friday",
    "won't be here when you get back, gone to mum's for the night, dinner's in the oven",
)
t(
    N,
    NO,
    "giving_away_benign",
    "giving all my old clothes to the charity shop, decluttering before the move",
    "I'm giving the bike to my nephew, I never ride it anymore",
)
t(
    N,
    NO,
    "last_time_benign",
    "last time I ever eat a gas station sushi, I swear",
    "This is the last time I'm letting you pick the film. That was three hours of my life.",
)
t(
    N,
    NO,
    "disappear_benign",
    "I'm going to disappear into the bath with a book for an hour, don't let the kids find me",
    "disappearing off grid for the camping trip, no signal till Tuesday",
)
t(
    N,
    NO,
    "heavy_mood_day",
    "bad day at work, just need a hug and crap telly tonight",
    "feeling a bit flat today, the weather doesn't help. pizza?",
)
t(
    N,
    NO,
    "therapy_mention",
    "therapy was good today, we worked on the work stress stuff. feeling lighter",
    "My counsellor says I need to set boundaries with my mum. Easier said than done.",
)
t(
    N,
    NO,
    "safe_after",
    "the scary man on the bus got off at the next stop, I'm fine, home now",
    "Someone tried the car door at the lights, I drove off, totally fine, just rattled",
)
t(
    N,
    NO,
    "horror_night",
    "horror night! I've got the one where the family gets locked in the house",
    "i cant watch the one with the clown, i'll be sleeping with the light on for a week",
)
t(
    N,
    NO,
    "political_rant",
    "I swear the council want us all dead with these potholes. My tyre's gone again",
    "politicians are killing this country, anyway what do you want for tea",
)
t(
    N,
    NO,
    "gym",
    "leg day destroyed me, I can't walk up the stairs",
    "PT tried to kill me today. Burpees until I saw stars. Love it.",
)
t(
    N,
    NO,
    "choke_benign",
    "choked on a crisp in the meeting and had to leave, mortifying",
    "the baby choked a bit on the puree but she's fine, just coughed it up",
)
t(
    N,
    NO,
    "hold_down_benign",
    "had to hold the dog down at the vets for her jab, she's a strong girl",
    "It took three of us to hold your brother down to get the splinter out lol",
)
t(
    N,
    NO,
    "fear_benign",
    "I'm scared of the interview tomorrow, can you quiz me tonight?",
    "terrified of the flight, I'll text when we land",
    "she's scared of the dark again, can you leave the hall light on",
)
t(
    N,
    NO,
    "afraid_idiom",
    "I'm afraid he's out, he'll ring you back — from your mum, who took my phone",
    "afraid we're out of milk, black tea it is",
)
t(
    N,
    NO,
    "eviction_other",
    "landlord's selling so we've got to be out by March. Stressful but we'll find somewhere",
    "Tom's being evicted, can he crash on our sofa for a week?",
)
t(
    N,
    NO,
    "grief_normal",
    "Grandad passed peacefully this morning. I'm sad but it was his time. Can you bring the kids?",
    "Two years today since Dad died. Going to the grave after work. I'm okay.",
)
t(
    N,
    NO,
    "wedding_speech",
    "practicing my best man speech, the bit about him nearly killing us on the stag is a winner",
    "the maid of honour speech is going to destroy her, she'll be sobbing",
)
t(
    N,
    NO,
    "work_job_title",
    "I'm on the suicide prevention training at work tomorrow, all day in Room 3",
    "Shift at the domestic violence helpline tonight, I'll be home after 11",
)
t(
    N,
    NO,
    "crime_podcast",
    "this murder podcast is so good, the wife did it, I'm calling it",
    "listening to a true crime thing about a stalker, checking all the locks now lol",
)
t(
    N,
    NO,
    "weather",
    "the storm's killing the garden, the fence is flat",
    "freezing my arse off at the bus stop, 20 mins late",
)
t(
    N,
    NO,
    "voice_to_text_everyday",
    "hey it's me in the car voice texting can you take the chicken out the freezer also the kids killed the hamster's water bottle again need a new one",
    "ok so I'm at the shop they've got no oat milk I'm going to murder someone just kidding getting normal milk",
)
t(
    N,
    NO,
    "typos_everyday",
    "im dyin of hunger wat u want for dinnr",
    "sory cnt talk boss is on the warpath, hes gonna skin me alive if i miss this",
)
t(
    N,
    NO,
    "caps_everyday",
    "I AM GOING TO SCREAM. THE CAT WEED ON THE LAUNDRY AGAIN.",
    "WE WON!!! I'M DEAD!!! PUB!!!",
)

# ---------------------------------------------------------------- more violence, clear
t(
    V,
    CL,
    "physical_effects",
    "wearing a polo neck in july again. you know why. dont say anything at dinner",
    "Can you lend me your concealer, the good one. Mine doesn't cover purple.",
    "ribs hurt when i breathe in since he kneed me. not going to a&e, they ask questions",
)
t(
    V,
    CL,
    "fear_of_partner",
    "he went quiet at tea and thats always worse than shouting. im sleeping with my shoes on",
    "When she starts drinking I take the kids to the park and stay out as long as I can.",
)
t(
    V,
    CL,
    "monitoring",
    "he put an app on my phone that shows him my messages. found out when he quoted one back to me with his hand round my arm",
    "There's a camera in the living room now. He says it's for burglars. He watches it from work and rings if I sit down too long.",
)
t(
    V,
    CL,
    "older_person",
    "Your grandad took my purse and my bank book and he won't let me phone your mum. He raised his stick at me yesterday.",
    "I'm 74 and I'm frightened in my own kitchen. He shouts and he shoves. Please don't make a fuss, I just wanted someone to know.",
)
t(
    V,
    CL,
    "teen_dating",
    "he said if i break up with him he'll send my nudes to the whole year. and he pinned me against the wall after school",
    "my gf slaps me when shes jealous and says its a joke. it doesnt feel like a joke",
)
t(
    V,
    CL,
    "threat_by_user",
    "if that prick texts my wife once more im going to find him and break both his legs",
    "she laughed at me in front of my mates. when she gets in she's getting a slap she won't forget",
)
t(
    V,
    CL,
    "sexual_coercion",
    "woke up to him doing stuff to me while i was asleep. again. i dont know who to tell",
    "She gets me drunk and then I wake up and she's already started. I never agreed to any of it.",
)

# ---------------------------------------------------------------- more crisis, clear
t(
    C,
    CL,
    "older_means",
    "I've looked out your father's old service revolver. I know where the bullets are. I'm not afraid of it.",
    "The district nurse left a lot of morphine in the cupboard. I know how much would be enough.",
)
t(
    C,
    CL,
    "teen_means",
    "been saving my adhd meds for like a month. got a whole stash in my pencil case",
    "theres a train that comes thru at 11:40 and doesnt stop. ive timed it like 3 times",
)
t(
    C,
    CL,
    "men_say_little",
    "Sorted the will. Going fishing off the pier tonight. Won't be back.",
    "Tell the kids I'm sorry.",
    "Not coming home. Car's by the quarry.",
)
t(
    C,
    CL,
    "irish",
    "Don't worry about the dinner, I won't need it. I'm heading down the pier and I'm not coming back up.",
    "I've no fight left in me. Wrote the letters last night, they're in the press over the kettle.",
)
t(
    C,
    CL,
    "scottish",
    "Ah've been standin at the Clyde for an hour. Ah'm no feart of it anymair.",
    "sorry for bein a burden aw these years. the note's in ma jaiket pocket",
)
t(
    C,
    CL,
    "nigerian",
    "Tell my mother I tried. I am going to the lagoon tonight. I have no strength left.",
    "Everything I touch spoils. Better I leave this world and stop disgracing everybody.",
)
t(
    C,
    CL,
    "singaporean",
    "i keep going up to the roof of the hdb at night and looking down. tonight maybe i won't come down the stairs",
    "Already wrote my parents a letter, say sorry for wasting their money on me. Tonight I end it.",
)
t(
    C,
    CL,
    "south_african",
    "Ek is klaar, my love. Took everything in the medicine cabinet. I'm sorry.",
    "I'm standing on the bridge over the N2. Tell the kids Daddy loved them.",
)
t(
    C,
    CL,
    "flat",
    "I've been thinking about ending my life most days. I'm not in immediate danger tonight. I thought you should know.",
    "The rope is in the shed. I haven't used it. I go and look at it.",
)
t(
    C,
    CL,
    "humour_hiding",
    "plot twist: i'm not gonna be at the reunion, or anywhere really 🙃 anyway love u",
    "haha cancel my dentist appointment, won't be needing teeth where i'm headed. serious though. i'm done",
)
t(
    C,
    CL,
    "not_waking_up",
    "Set the alarm for nothing. Wish I could just not wake up for any of it.",
    "nights are the only good bit. i pray i don't come back out of them",
)

# ---------------------------------------------------------------- more crisis, possible
t(
    C,
    PO,
    "hopeless_future",
    "can't picture myself at 40. don't really want to",
    "I don't see a future for me. Not a dramatic thing. Just blank.",
)
t(
    C,
    PO,
    "older_low",
    "I've been feeling very low since the funeral. I don't see much reason to get up.",
    "Everyone I knew is gone. I'm just waiting now.",
)

# ---------------------------------------------------------------- more near-misses
t(
    N,
    NO,
    "kill_lights_switch",
    "kill the lights on your way up, I'm shattered",
    "Can you kill the engine, it's making that noise again",
)
t(
    N,
    NO,
    "executed_code",
    "had to kill the process, server was hanging. home in 20",
    "the build died again. killing it and restarting, don't wait up",
)
t(
    N,
    NO,
    "shooting_photo",
    "shooting the wedding Saturday, need you to hold the reflector",
    "got some great shots of the kids at the beach, sending now",
)
t(
    N,
    NO,
    "knife_kitchen_injury",
    "sliced my finger chopping onions, plaster on, blood everywhere, dinner is ruined lol",
    "Mandoline took the tip of my thumb. Never again. Takeaway tonight.",
)
t(
    N,
    NO,
    "hostage_idiom",
    "the kids are holding me hostage until I play lego",
    "I'm trapped under a sleeping cat, I cannot move, send snacks",
)
t(
    N,
    NO,
    "blood_benign",
    "gave blood today, got a biscuit and a sticker, feel a bit woozy",
    "nosebleed on the train, looked like a crime scene, all fine now",
)
t(
    N,
    NO,
    "grave_benign",
    "I'm digging my own grave with this diet, ate three doughnuts at work",
    "Dad's digging up the whole garden for his pond, it looks like a burial site",
)
t(
    N,
    NO,
    "rage_traffic",
    "some idiot cut me up on the roundabout, i was screaming at the windscreen. calmer now",
    "road rage level 100 on the M25 today, I need a bath",
)
t(
    N,
    NO,
    "pain_medical",
    "migraine's so bad I want to rip my own head off. lying in the dark. can you grab the kids?",
    "period pain is killing me, hot water bottle and chocolate please",
)
t(
    N,
    NO,
    "weight_loss_eating",
    "not eating after 7 for the new diet, don't tempt me with crisps",
    "fasting for Ramadan so I'll eat after sunset, save me some dates",
)
t(
    N,
    NO,
    "sibling_banter",
    "my brother says he'll bury me in the garden if I tell mum who broke the vase",
    "sis is threatening to throttle me for borrowing her straighteners without asking",
)
t(
    N,
    NO,
    "anniversary_letter",
    "I don't say it enough but thank you for everything. Ten years today and I'd do it all again.",
    "If I had my life to live again I'd still pick you. Happy anniversary, see you at 7.",
)
t(
    N,
    NO,
    "moving_on",
    "Ready to leave all this behind and start fresh in the new job. Scary but exciting.",
    "I'm finally done with that place. Handed my notice in. Free!",
)
t(
    N,
    NO,
    "world_end_idiom",
    "it's not the end of the world, we'll just rebook the flights",
    "the wifi's down, this is how civilisation ends",
)
t(
    N,
    NO,
    "emergency_worker",
    "bad shout at work tonight, RTC on the A road. Need a cuddle when I get in, I'm ok",
    "Tough night in A&E, lost a patient. I'll be quiet when I get home, it's not you.",
)


def train_texts() -> set[str]:
    # Only train rows are read: test rows must stay unseen by writers.
    seen: set[str] = set()
    for path in TRAIN_SOURCES:
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("split") == "train":
                    seen.add(row["text"].strip().lower())
    return seen


def main() -> None:
    rows = rows_of(TEMPLATES, PREFIX)
    # A text already in another file here (a stock reply like "k") would sit on both sides of
    # the split: it is left out.
    elsewhere = texts_elsewhere(OUT)
    rows = [r for r in rows if " ".join(str(r["text"]).split()).lower() not in elsewhere]
    texts = [str(r["text"]).strip().lower() for r in rows]
    dupes = [t for t, n in collections.Counter(texts).items() if n > 1]
    assert not dupes, dupes
    clash = sorted(set(texts) & train_texts())
    assert not clash, clash
    write_jsonl(OUT, rows)
    print(f"rows {len(rows)}  templates {len(TEMPLATES)}")
    for key in ("kind", "level", "split"):
        print(key, dict(collections.Counter(str(r[key]) for r in rows)))
    print(
        "kind/level",
        dict(collections.Counter(f"{r['kind']}/{r['level']}" for r in rows)),
    )
    by_split = collections.Counter(f"{r['kind']}/{r['level']}/{r['split']}" for r in rows)
    print("kind/level/split", dict(sorted(by_split.items())))
    print("forms", dict(sorted(collections.Counter(str(r["form"]) for r in rows).items())))


if __name__ == "__main__":
    main()
