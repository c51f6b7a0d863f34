#!/usr/bin/env python3
"""Hand-written training rows for Tend's safety check: departures, absence, goodbyes.

Writes safety_departures.jsonl next to this script. Standard library only.
Each add() call is one template id; extra texts in the same call are near-copies
(same wording, another style) and share that id.
"""

from __future__ import annotations

import hashlib
import json
import pathlib
from collections import Counter

OUT = pathlib.Path(__file__).with_name("safety_departures.jsonl")
ROWS: list[dict[str, str | None]] = []
_n = [0]


def add(level: str, form: str, *texts: str) -> None:
    _n[0] += 1
    tid = f"sd-{_n[0]:04d}"
    kind = None if level == "none" else "crisis"
    split = "test" if int(hashlib.sha256(tid.encode()).hexdigest(), 16) % 4 == 0 else "train"
    for t in texts:
        ROWS.append(
            {"text": t, "kind": kind, "level": level, "form": form, "template": tid, "split": split}
        )


def N(form: str, *t: str) -> None:
    add("none", form, *t)


def C(form: str, *t: str) -> None:
    add("clear", form, *t)


def P(form: str, *t: str) -> None:
    add("possible", form, *t)


# fmt: off

# ---------------------------------------------------------------- near-misses
# travel and trips
N("travel_packing", "packing now, I won't need the winter coat in Lisbon right?")
N("travel_packing", "Won't need these boots where I'm going lol, 30 degrees all week ☀️",
  "wont need these boots where im going 😂 its 30 degrees all week")
N("travel_airport", "At the gate. Boarding in 20, phone off after that. Love you x")
N("travel_hotel", "checked out of the hotel, leaving the bags at reception till our flight")
N("travel_bad_hotel", "No way I can stay here another night babe, there's mould on the ceiling and the shower's freezing. Finding somewhere else.",
  "no way i can stay here another night, mould everywhere and cold shower 🤢 looking for somewhere else")
N("travel_airport", "Can you grab my passport from the drawer? I've left it behind like an absolute idiot")
N("travel_delay", "Flight's delayed 3 hrs 😩 won't be home till after midnight")
N("travel_delay", "don't wait up, the train's cancelled and I'm stuck in Crewe")
N("travel_keys", "leaving the house keys under the plant pot for the cat sitter, ok?")
N("travel_trip_end", "Hotel is gorgeous but I'm so ready to go home tbh")
N("travel_trip_end", "Last night in Bali 😭 tomorrow it's back to reality")
N("travel_packing", "I've packed everything I need. Just the charger left, can you check if it's on the landing?")
N("travel_airport", "Honey I won't be reachable on the flight, it's 11 hours, I'll message you from Singapore")
N("travel_hotel", "Checking out at 11, can you bring the car round to the front?")
N("travel_keys", "I'm leaving the spare key with Mrs Okafor next door while we're away")
N("travel_airport", "Dropping the rental car back now, then security, then wine 🍷")
N("travel_trip_end", "Just said goodbye to the Airbnb host, she gave us a jar of her own honey 🍯")
N("travel_bad_hotel", "Babe there's no way I'm staying another night at this hostel, the guy in the top bunk snores like a chainsaw")
N("farewell_place", "Boarding. This is goodbye Ibiza 😭🌴", "this is goodbye ibiza 😭😭 until next summer")
N("travel_packing", "I won't need the umbrella, leave it out of the bag")
N("travel_packing", "Don't forget the adaptors! We needed them last time and didn't have a single one")
N("travel_airport", "I'm off to the airport at 5am so I'll say bye tonight x")
N("travel_packing", "Giving the kids' old suitcases to your sister, we won't need them now we've got the new set")
N("travel_airport", "Landed! Taxi queue is insane, see you in about an hour")
N("travel_packing", "I'm taking only hand luggage, I won't need half the stuff you packed for me 😂")
N("travel_trip", "Going away for a few days with the girls, back Tuesday. Plants need watering on Sunday pls")
N("travel_trip", "I'll be gone the whole week for the conference in Frankfurt, the schedule's on the fridge")
N("travel_trip", "Sir I will be out of station from Monday to Thursday, kindly take note. Will return Friday morning.",
  "I'll be out of station Monday to Thursday, back Friday morning")
N("travel_bad_hotel", "This resort is a joke. No way I can stay here a whole week, I'm asking for a refund")
N("travel_trip_end", "Leaving Dublin today, gutted. Best weekend in ages")
N("travel_packing", "Do I need the big suitcase or will the wheelie one do? I won't need much, it's only 3 nights")
N("travel_airport", "boarding now, see you on the other side 🛫", "Boarding now. See you on the other side!")
N("travel_trip", "Road trip starts tomorrow! I'll text from each stop so you know I'm alive lol")
N("travel_trip", "Heading up to Gran's for the weekend, signal's rubbish there so don't worry if I'm quiet")
N("travel_hotel", "They've upgraded us to a suite 😍 I'm never leaving this hotel")
N("travel_trip", "I'm going to be gone a long time this trip, six weeks on the rig. I'll call when I can")
N("travel_packing", "I'm leaving my winter stuff with you, won't need any of it in Dubai")

# farewells and short everyday replies
N("farewell_short", "Got it. Bye for now.", "got it bye for now x", "Got it 👍 bye for now")
N("farewell_short", "I'm off.", "im off")
N("farewell_short", "I'm done for today.", "im done for today 😮‍💨")
N("farewell_short", "bye for now xx")
N("farewell_weekend", "See you on the other side of the weekend 😅")
N("farewell_short", "ok ttyl")
N("farewell_short", "Right, I'm off to bed. Night night")
N("farewell_short", "gotta go, bye!!")
N("farewell_short", "Signing off for the night, talk tomorrow")
N("farewell_short", "This is me leaving work finally 🙌")
N("farewell_short", "see ya on the other side of this dentist appointment 🦷")
N("farewell_short", "Okay that's me done. Heading home.")
N("farewell_short", "Bye love, have a good day at work")
N("farewell_short", "I'm out. Pub. Don't wait for me for dinner")
N("farewell_short", "I'm done done. Bath, wine, bed.")
N("farewell_short", "k bye 😘")
N("farewell_short", "Goodbye forever, Monday. Oh wait.")
N("phone_dying", "Last message from me tonight, battery on 2%")
N("farewell_short", "Logging off now, my eyes have gone square")
N("farewell_short", "I'm done for the week, don't talk to me about spreadsheets till Monday")
N("farewell_short", "Off now, love u")
N("farewell_short", "Ta-ra, see you at teatime")
N("farewell_short", "Cheers, bye!")
N("farewell_short", "Right I'm away, see you at 6")
N("farewell_short", "I'm heading out now, abeg keep my food warm o")
N("farewell_short", "Will be leaving office now only, reaching home by 8")
N("farewell_short", "Catch ya this arvo 👋")
N("farewell_short", "I'm off so, see you later")
N("farewell_short", "Goodnight and goodbye, I'm asleep before my head hits the pillow")
N("farewell_short", "That's all from me today folks 🫡")
N("farewell_short", "Leaving now. Need anything from the shop on the way?")
N("farewell_short", "bye bye bye ✌️")
N("farewell_short", "Farewell, sweet lie-in. Alarm's set for 6.")
N("farewell_short", "Gone for lunch, back in 30")
N("farewell_short", "Okay bye, don't forget the bins!!")

# moving house / moving out
N("moving_house", "The movers come Thursday. I'm giving the old bed to Tom, we won't need it in the new place")
N("moving_house", "Last night in this flat 🥲 weird to think we won't be here anymore")
N("moving_house", "We're out of here on the 30th, landlord wants the keys back by noon")
N("moving_house", "Can you ring the council about the bins? We won't be here after Friday")
N("moving_house", "I've said goodbye to the neighbours, Mrs Patel actually cried lol")
N("moving_house", "I'm not renewing the lease. Time to go.")
N("moving_house", "Everything's in boxes and I can't find a single spoon")
N("moving_house", "I'll be gone by the time you get back, the van's booked for 9. Key's in the lockbox")
N("moving_house", "Giving away all the plants, nobody wants to move a monstera 400 miles")
N("moving_house", "Mum says she's giving us her dining table since she's downsizing to the bungalow")
N("moving_house", "Moving out of my parents' place FINALLY!!! freedom 🗝️", "moving out of my parents place finally omg freedom")
N("moving_house", "I've left the last box in the hallway, it just needs to go to the tip")
N("moving_house", "Selling the washing machine on Marketplace, the new flat has one built in")
N("moving_house", "Sorting the change of address for the bank, the pension and the car insurance today")
N("moving_house", "Won't be living here much longer so I'm not bothering to fix that tap")
N("moving_house", "We hand back the keys tomorrow. Goodbye little flat 🏠")
N("moving_house", "I'm going to miss this kitchen. Not the neighbours though")
N("moving_house", "The estate agent says we need to be out by the 3rd. Can your brother help with the van?")
N("moving_house", "Said goodbye to the old house today. Took a photo of the doorframe with all the kids' heights on it 🥹")
N("moving_out_partner", "I'm moving my stuff into yours on Saturday, is there room in the wardrobe or should I bring the rail?")
N("moving_house", "We're leaving Leeds for good next month, can't believe it after 10 years")
N("moving_house", "Final meter readings done. I'm taking the last load now, see you at the new place 🏡")
N("moving_house", "Mate we're relocating to Perth in Feb so it's goodbye to the Sydney crew, farewell barbie on the 12th")
N("moving_house", "Packing up my room at uni. I won't miss this mattress")

# leaving a job / retiring
N("leaving_job", "I handed in my notice!! Last day is the 14th")
N("leaving_job", "My last day at work is Friday, they're doing cake 🎂")
N("leaving_job", "Writing my goodbye email to the team, how sappy is too sappy?")
N("retiring", "Dad's retiring next month. 42 years at the same firm")
N("leaving_job", "Cleared my desk. It's done. Free woman 🎉")
N("leaving_job", "I won't be around the office after March, so if you want the parking pass, it's yours")
N("leaving_job", "They're giving me a leaving card, someone drew a cat in a hard hat")
N("leaving_job", "Told my manager I'm going. She was completely fine about it actually")
N("leaving_job", "I'm done with this job. Applying elsewhere this weekend")
N("leaving_job", "I quit. Like actually quit. Tell me I'm not mad")
N("leaving_job", "Final shift tonight 🥹 gonna miss the regulars")
N("retiring", "Retirement party is at 7, dress code smart casual apparently")
N("leaving_job", "Handing over all my projects this week so they won't need me after I go")
N("leaving_job", "Kindly note I have resigned from my post with effect from 1st of next month. We will discuss the finances this evening.")
N("retiring", "Mum's last day teaching tomorrow, the kids made her a massive banner")
N("leaving_job", "Going to tell them tomorrow that I'm leaving. Wish me luck 😬")
N("leaving_job", "I won't need my work laptop after Friday, IT are collecting it")
N("retiring", "Your dad says he's giving all his tools to the Men's Shed now he's retired. I said he'll regret it")
N("leaving_job", "Exit interview done, they asked why I'm leaving and I said 'vibes' 😂")
N("leaving_job", "I'm giving away my desk plants to the team, Priya is getting the cactus")

# leaving a party / a group chat
N("leaving_chat", "I'm leaving the group chat, it's 400 messages about a hen do")
N("leaving_party", "Leaving the party now, is your coat the green one?")
N("leaving_chat", "I've muted the family chat, I'm done with the politics")
N("leaving_party", "this party is tragic, I'm getting an uber")
N("leaving_chat", "I left the WhatsApp group, don't tell Sharon")
N("leaving_party", "Slipping out the back, tell Jess I said bye")
N("leaving_party", "I'm so done with this wedding, my feet are killing me")
N("leaving_party", "Everyone's saying their goodbyes, I'll be out in 10")
N("leaving_party", "No way I can stay here, the music is awful and Mark is doing his card tricks again",
  "no way i can stay here lol music is awful and mark is doing card tricks AGAIN")
N("leaving_party", "Irish goodbye-ing this barbecue, meet me at the car")
N("leaving_chat", "Exiting the PTA group before I say something I regret")
N("leaving_party", "I'm leaving the club now, omo my legs are finished. Come and pick me?")

# going off grid / phone dying / not hearing from me
N("off_grid", "Phone on 3%, you won't hear from me for a while")
N("off_grid", "Going off grid for the festival, no signal till Monday, don't panic 🎪")
N("off_grid", "Camping in the Cairngorms, zero bars, you won't hear from me till Sunday")
N("off_grid", "Exam season, I'm deleting Instagram. You won't hear from me much for two weeks 📚")
N("off_grid", "Going dark till the deadline. If it's urgent, call")
N("phone_dying", "Battery dying, see you at the station")
N("off_grid", "I'll be unreachable at the retreat, they literally take your phone off you at the door 😬")
N("off_grid", "Silent retreat for 10 days. Don't worry if I don't reply, I'm not allowed to talk")
N("off_grid", "Doing a digital detox this weekend so I'll be quiet. Love you")
N("off_grid", "No wifi at the cottage so I'll message when we get to the village pub")
N("off_grid", "If you don't hear from me it's because I'm on the boat with no signal")
N("phone_dying", "Phone's about to die. Last message. Pick me up at 10?", "phone about to die, last msg!! pick me up at 10??")
N("off_grid", "Night shift tonight, phones in lockers, so you won't hear from me till 8am")
N("off_grid", "Heading into the bush for the weekend, no reception out there so don't stress if I'm MIA")
N("off_grid", "Revising in the library all day, phone's going in my bag. Text if it's an emergency")
N("off_grid", "Going to be offline during the surgery obviously, the nurse will ring you when I'm out 🙂")
N("phone_dying", "My phone is on 1% and I can't find a charger anywhere, if I go quiet that's why")
N("off_grid", "Trekking to base camp, no network for like 5 days. Will message from Lukla. Don't worry!")
N("off_grid", "Glastonbury here I come. You won't hear from me till Monday and I'll be a wreck")

# giving away / selling things
N("giving_away", "I'm giving all my old books to the charity shop, I'll never reread them")
N("giving_away", "Decluttering! Taking 3 bags of clothes to Oxfam. Do you want the grey jumper before it goes?")
N("selling", "Selling the bike, I don't need it since I got the car")
N("giving_away", "I'm giving my guitar to Leo, I haven't played in years and he's dead keen")
N("giving_away", "We're moving to Dubai so everything has to go. Want the PlayStation?")
N("giving_away", "Gave away the baby stuff today, it felt strangely emotional")
N("giving_away", "I won't need any of my uni notes anymore, binning them")
N("selling", "Listing the sofa on Gumtree, someone's coming to look tonight")
N("giving_away", "I'm giving you my good headphones, I got new ones for my birthday")
N("giving_away", "Marie Kondo-ing the wardrobe. If it doesn't spark joy it's going")
N("giving_away", "I want my niece to have my old jewellery box, can you drop it round hers?")
N("giving_away", "Gave all my fishing gear to Uncle Tunde, I haven't been since 2019")
N("giving_away", "Clearing out the garage. I'm giving the drum kit away, nobody's played it since Josh left for uni")
N("selling", "sold my camera!! don't need it now I've got the new phone, that's the holiday fund sorted")
N("giving_away", "I've put all the stuff I don't need anymore in the box by the door, it's for the church sale")
N("giving_away", "Do you want my old laptop before I wipe it? Otherwise it's going to your cousin")
N("giving_away", "I'm giving my wedding dress to my sister, she's getting married in June and it fits her!")
N("giving_away", "Just gave my whole Lego collection to the kids next door. Growth 😤")

# wills, insurance, pensions as admin
N("wills_admin", "Solicitor appointment for our wills is Tuesday at 3, can you make it?")
N("insurance_admin", "Life insurance renewal came through, it's gone up £8 a month, should we shop around?")
N("pension_admin", "I've updated my pension beneficiary to you finally, HR sent the form")
N("wills_admin", "We really should do wills now we've got the baby")
N("insurance_admin", "Can you sign the life insurance form? It's on the kitchen table")
N("wills_admin", "Mum wants to talk about her will at Christmas, brace yourself")
N("insurance_admin", "The insurance guy says you'd be covered if anything happened to me, he just needs proof of address")
N("insurance_admin", "Sorted the life insurance so the mortgage is covered, boring adult stuff done ✅")
N("wills_admin", "Grandad's will reading is on Friday, I'll be late home")
N("wills_admin", "Power of attorney paperwork for your dad is finally done, took forever")
N("pension_admin", "Pension statement came. At this rate I'll be retiring at 94 😂")
N("insurance_admin", "Reminder: the term life policy needs renewing before the 15th, I've left the letter on your desk")
N("wills_admin", "The will-writing service is half price this month, should we just get it done?")
N("insurance_admin", "I've put you down as next of kin on the gym form, hope that's ok lol")
N("pension_admin", "Can you find the pension paperwork from my old job? The new one wants to transfer it")
N("wills_admin", "Aunty Bisi has done her will and given everyone a copy. Very organised woman")

# "better off" ordinary
N("better_off_ordinary", "you'd be better off with the other sofa tbh, this one's too deep")
N("better_off_ordinary", "Honestly you'd be better off without that job, they treat you like dirt")
N("better_off_ordinary", "We'd be better off getting a takeaway, the fridge is empty")
N("better_off_ordinary", "You're better off without Jamie as a mate, he never paid you back once")
N("better_off_ordinary", "You'd be better off going on the hike without me, I'll only slow you down with this knee")
N("better_off_ordinary", "The kids would be better off with a maths tutor, tbh I can't do Year 9 algebra")
N("better_off_ordinary", "You'd be better off asking your mum, I have no idea how to fold a fitted sheet")
N("better_off_ordinary", "Everyone would be better off if the landlord just fixed the boiler")
N("better_off_ordinary", "You'll be better off once I'm gone for the weekend, you can finally have the whole bed 😂")
N("better_off_ordinary", "The team's better off without me on penalties, trust me")
N("better_off_ordinary", "We'd all be better off if Dad stopped cooking the turkey himself")

# not around on a given day
N("not_around_plans", "I won't be around on Saturday, it's Amy's hen do")
N("not_around_plans", "I won't be around much this week, big project launch")
N("not_around_plans", "Won't be here for dinner tomorrow, team drinks")
N("not_around_plans", "I won't be around to see the match, can you record it?")
N("not_around_plans", "Not going to be around for the plumber, can you be in between 8 and 12?")
N("not_around_plans", "I'm not around this weekend so the house is all yours")
N("not_around_plans", "Won't be around till late, don't hold dinner")
N("not_around_plans", "I'll be gone all day Sunday, Dad's birthday lunch")
N("not_around_plans", "I'm not going to be around to see the fireworks, I'm on shift. Take loads of videos!")
N("not_around_plans", "I won't be here when the delivery comes, can you sign for it?")
N("not_around_plans", "won't be around next week at all, I'm covering in the Manchester office")
N("not_around_plans", "I won't be around for Christmas this year, I'm working the ward. We'll do it on the 27th?")
N("not_around_plans", "I will not be around on Sunday, I'm going for my cousin's traditional wedding in Ibadan")

# can't stay here (boredom, hyperbole)
N("boring_meeting", "I can't stay here another minute, this meeting is about the font on the slides",
  "cant stay here another minute 😩 this meeting is literally about fonts")
N("boring_meeting", "I literally cannot sit through one more minute of this presentation")
N("boring_meeting", "Get me out of here, the training day is 6 hours of icebreakers")
N("hyperbole", "I need to leave this meeting before I lose the will to live lol")
N("hyperbole", "If this webinar goes on any longer I'm walking into the sea 🌊")
N("boring_meeting", "Third meeting about the meeting. I'm done. I'm leaving at 5 on the dot")
N("hyperbole", "This queue is going to be the death of me. Still 40 people ahead")
N("hyperbole", "If I have to hear Baby Shark one more time I'm moving out 😭")
N("boring_meeting", "Parents' evening is running an hour late, I can't stay here much longer, can you come take over?")
N("hyperbole", "Kill me now, Mum's brought out the holiday slideshow")
N("hyperbole", "I'm dead 💀 that video of the goat",  "im deaddd 💀💀 the goat")

# ends of games, series, seasons
N("end_game_series", "The finale was so sad, I can't believe it's over")
N("end_game_series", "That's it, season's over, we got relegated. I'm done.")
N("end_game_series", "Game over, I died on the last boss again 😤")
N("end_game_series", "Last episode tonight, don't you dare watch it without me")
N("end_game_series", "It's the end of an era, they're closing the chippy")
N("end_game_series", "My character died and I've lost 40 hours of progress")
N("end_game_series", "Final whistle, we lost 3-0. I'm going to bed")
N("end_game_series", "Bake Off final tonight, then nothing to watch on Tuesdays till next year")
N("end_game_series", "This is my last season coaching the under-11s. Going to miss the little terrors")
N("end_game_series", "Said goodbye to my Wordle streak today. 212 days. RIP")
N("end_game_series", "Cricket season's done so you'll have me back on Saturdays, lucky you 🏏")
N("end_game_series", "That's the last game of the night, I promise, then I'm coming to bed")

# pets going to a sitter
N("pet_sitter", "Dropped Biscuit at the sitter's, he didn't even look back 😂")
N("pet_sitter", "The dog's going to my mum's while we're away, can you pack his food?")
N("pet_sitter", "Said goodbye to the cat for the week, she's with Priya")
N("pet_sitter", "I've written the sitter a list: feeding times, meds, don't let him on the bed")
N("pet_sitter", "Took the hamster to your sister's. She's not thrilled")
N("pet_sitter", "Rex is booked into the kennels from Friday, make sure someone takes him his blanket")
N("pet_sitter", "I won't be around to feed the fish while I'm away, can you do Tuesday and Thursday?")

# friend emigrating
N("friend_emigrating", "Sarah's emigrating to Canada next month 😭 leaving do is on the 20th")
N("friend_emigrating", "Saying goodbye to Kemi at the airport, she's off to Toronto for good")
N("friend_emigrating", "Ravi's giving away his whole flat before he moves to Melbourne, want the coffee machine?")
N("friend_emigrating", "Farewell drinks for Niamh tonight, she's moving to Sydney")
N("friend_emigrating", "I'm going to miss Dan so much, Australia is SO far")
N("friend_emigrating", "Chidi's japa is finally happening, he flies to London on Sunday. We're doing send-forth on Saturday")
N("friend_emigrating", "Aoife says this is her last weekend in Cork before Boston. We have to go out")

# mixed everyday
N("mixed_everyday", "Can you get bread and milk on the way home? Also I won't be around Thursday night, book club")
N("mixed_everyday", "Pasta tonight? I'm done for today and can't face cooking anything complicated")
N("mixed_everyday", "Packed your lunch, it's in the fridge. I'm off to the airport, back Sunday. Don't forget to feed the cat!! Love you")
N("mixed_everyday", "Bye for now, I'm in the big Tesco. Do we need loo roll?")
N("mixed_everyday", "Leaving work now. Shall I grab a curry? Also the life insurance letter came, remind me to look at it")
N("mixed_everyday", "I'm giving the old pram to Leanne on Saturday, and can you pick up nappies on the way back?")
N("mixed_everyday", "Dinner at 7 at Nonna's, and she says she's made her will and wants to 'talk about the house'. Be prepared 😅")
N("mixed_everyday", "Your mum rang, she's going away for a month. Also we're out of eggs and the washing's still in the machine")
N("mixed_everyday", "I'm leaving the party early, I'm knackered. Want me to pick up chips on the way?")
N("mixed_everyday", "Won't be around for the school run tomorrow, I've got the 7am train to Bristol. Can you do it? Lunchboxes are in the fridge")
N("mixed_everyday", "Abeg buy pepper and tomatoes on your way. I'm leaving the shop now, I won't need the car after 6")
N("mixed_everyday", "Honestly no way I can stay at my mum's another night, she's reorganised my whole suitcase. Home tomorrow. Can you make your lasagne? 🙏")
N("mixed_everyday", "The dog sitter's confirmed, the bags are packed, and I've cancelled the milk. I think we're ready to go!")
N("mixed_everyday", "Going off grid this weekend for Jen's hen, so text me now if you need anything from the shops before I go")

# ------------------------------------------------------------ clear crises
C("goodbye_final", "I'm sorry for everything. This is goodbye. Please look after the dog for me.",
  "im sorry for everything. this is goodbye. pls look after the dog for me")
C("giving_away_possessions", "I've given my watch to my brother and my books to Ana. I won't be needing them where I'm going.")
C("burden_reassurance", "you won't have to worry about me much longer. i promise",
  "You won't have to worry about me much longer. I promise.")
C("insurance_arrangements", "I've sorted the life insurance so you and the kids will be fine. It pays out either way, I checked.")
C("not_around_future", "I'm not going to be around to see Ella graduate. Tell her I was proud of her.")
C("last_message", "This is my last message. I love you. I'm sorry.", "this is my last message. i love you. im sorry ❤️")
C("note_left", "I left a note on the kitchen table. Please don't let the kids be the ones to find me.")
C("better_off_gone", "everyone would be better off once i'm gone. you especially",
  "Everyone would be better off once I'm gone. You especially.")
C("goodbye_final", "Don't come looking for me tonight. I've made my decision and I'm at peace with it.")
C("note_left", "I've written letters for everyone. Yours is in the top drawer. Read it after.")
C("goodbye_final", "i wont be here when you get home. im sorry babe. its not your fault. none of this is")
C("burden_reassurance", "I'm tired of being a burden. Soon you won't have to carry me anymore.")
C("giving_away_possessions", "Gave my PS5 to Jay today. He asked why and I said I won't need it anymore. That's the truth. I'm not going to be here.")
C("goodbye_final", "Tell mum I'm sorry. I can't do another day of this. Goodbye.")
C("insurance_arrangements", "I've paid off the credit card and put all the passwords in the blue folder so you can sort everything out after I'm gone.")
C("not_around_future", "Please make sure someone feeds Milo. I won't be around to do it after tonight.")
C("goodbye_final", "I just wanted to say thank you for everything before I go. You were the best part of my life. I'm sorry I couldn't stay.")
C("last_message", "by the time you read this ill already be gone", "By the time you read this I'll already be gone.")
C("plan_disclosure", "It'll all be over tonight. Don't be sad for too long.")
C("location_disclosure", "I'm at the bridge. I just wanted to hear your voice one more time first. Can you call?")
C("not_around_future", "I don't see a future with me in it any more. I've made my peace with that and I've made a plan.")
C("better_off_gone", "You'd be better off without me. Everyone would. I'm going to make that happen.")
C("insurance_arrangements", "My pension and the savings go to you, it's all in the will I updated last week. I won't need any of it. I'm done.")
C("method_disclosure", "I stopped taking the meds weeks ago and I've been saving them up. Tonight's the night.")
C("goodbye_final", "Last goodbye, my love. Don't blame yourself.")
C("giving_away_possessions", "I've cancelled my phone contract and given the car to Dad. I won't need any of it after this week. Please don't try to stop me.")
C("goodbye_final", "Abeg take care of Mama for me. I no go dey around again. I'm tired of this life, I'm ending it.")
C("goodbye_final", "Please tell the kids their daddy loved them. I can't keep going. I'm sorry.")
C("plan_disclosure", "i just want to sleep and not wake up. tonight im making sure of it")
C("not_around_future", "I've decided I'm not going to be here for Christmas. Not away. Not here at all.")
C("burden_reassurance", "Sorry for being such a mess. You won't have to deal with it after tonight.")
C("giving_away_possessions", "Everything's sorted: the dog's going to Claire, the car to Mike, the flat's in your name. I've thought about it for a long time. Goodbye.")
C("location_disclosure", "I'm standing on the platform and I keep thinking how easy it would be. I think I'm going to do it this time.")
C("goodbye_final", "It's okay. I'm ready to go now. I just wanted you to know it wasn't you.")
C("plan_disclosure", "No more pain after today. Love you always.")
C("not_around_future", "Don't bother with birthday plans for me. I won't be around for it. I've decided.")
C("note_left", "I've written my goodbye. It's on the laptop. Password is your birthday.")
C("goodbye_final", "I've said bye to everyone today without them realising. You're the last one.")
C("better_off_gone", "The world will be lighter without me in it, and it won't have to wait long.")
C("giving_away_possessions", "ive given away all my stuff. i wont need it. bye x", "I've given all my stuff away. I won't need it. Bye x")
C("goodbye_final", "Please don't be angry with me. I just can't carry on living like this. Goodbye sweetheart.")
C("plan_disclosure", "Tonight I'm going to end it. I wanted you to hear it from me and not from someone else.")
C("method_disclosure", "I took all the tablets. I'm sorry. I love you.", "i took all the tablets. im sorry. i love u")
C("insurance_arrangements", "You'll get the insurance money. Use it for the kids. That's the only useful thing I can do for you now.")
C("not_around_future", "Hey, I won't make it to the wedding. I won't make it to anything after this weekend. Thank you for putting up with me.")
C("goodbye_final", "Bhai please look after Amma. I won't be there for her anymore. This is the end for me, I have decided.")
C("goodbye_final", "I'm done, so. Tell the lads I said goodbye. I won't be seeing them again, I've no fight left.")
C("not_around_future", "Mate I've had enough. Not gonna be around much longer. Look after yourself yeah.")
C("better_off_gone", "everyone's better off without me around, it's just facts at this point. im going to fix it tonight")
C("goodbye_final", "This is goodbye. Not for the weekend. For good. I'm sorry I wasn't stronger.")
C("note_left", "I've written a note for Mum and one for you. Please don't read yours till tomorrow, it'll be done by then.")
C("method_disclosure", "I sat in the car in the garage with the engine running for an hour today. Next time I'm not getting out.")
C("method_disclosure", "I've got the rope. I just needed to tell someone.")
C("not_around_future", "You won't need to pick me up from work tomorrow. Or ever again.")
C("burden_reassurance", "Finally figured out how to stop being a burden to everyone. It'll be done by the morning.")
C("goodbye_final", "I can't see any way out except going. Not moving away. Going. I'm sorry.")
C("giving_away_possessions", "I'm giving you the ring back, and my savings, and the cat. I won't need any of it. I'm so tired and I'm going to rest for good.")
C("plan_disclosure", "I planned my funeral playlist today. I'm not joking this time. I don't want to be here anymore and I won't be.")
C("insurance_arrangements", "Don't worry about the rent next month. I won't be here to pay my half and the insurance will cover it.")
C("better_off_gone", "please take care of yourself after i'm gone. i mean it. you deserve someone who isn't broken")
C("last_message", "It's my last night. I wanted to spend it talking to you, even if you don't know why.")
C("insurance_arrangements", "I've done my will and put it with the insurance papers. I'm going to end things this week.")
C("plan_disclosure", "There's no point in me being here anymore. I'm going to make it stop for good.")
C("better_off_gone", "soon i'll be gone and you can finally be happy 🙂", "Soon I'll be gone and you can finally be happy.")
C("goodbye_final", "i'm sorry for leaving like this. i couldn't find another way out")
C("location_disclosure", "I'm at the cliffs. It's really peaceful up here. I think this is where it ends for me.")
C("plan_disclosure", "I've handed in my notice, given away my things and said my goodbyes. Tomorrow I'm ending my life.")
C("burden_reassurance", "You won't have to hear me crying at night anymore. I've made sure of that.")
C("better_off_gone", "I keep thinking the kids would be better off with no dad than with one like me. I think I'll do it tonight.")
C("not_around_future", "No need to buy me anything for Christmas. I won't be here. I've decided.")
C("note_left", "I've left instructions for everything. Bank, funeral, the cat. You won't have to work anything out on your own.")
C("method_disclosure", "I'm going to go to sleep and not wake up. I've got enough pills saved. Goodbye x")
C("goodbye_final", "Thanks for the last 9 years. I'm checking out for good. Don't let anyone tell you it was your fault.")
C("goodbye_final", "Say goodbye to the girls for me. I can't face doing it myself. I won't be here in the morning.")
C("plan_disclosure", "ok so i've decided. im not going to be alive for my birthday. please dont be mad")
C("plan_disclosure", "The pain stops tonight. I'm at peace with it. Please don't call anyone.")
C("giving_away_possessions", "I've cleared out my room and given everything away so no one has to do it after. It's easier this way.")
C("not_around_future", "I won't be around much longer, and honestly I think that's the best thing for everyone.",
  "wont be around much longer and honestly thats the best thing for everyone")
C("note_left", "i wrote you a letter. its in your coat pocket. i wont be alive when you find it")
C("location_disclosure", "I'm so sorry. I'm at the beach and I'm going to walk into the sea tonight. Please don't follow me.")
C("burden_reassurance", "After tonight you won't have to worry about me ever again. I love you more than anything.")
C("insurance_arrangements", "Wallahi I cannot continue. I have sorted everything for you and the children, the papers are in the box. Goodbye my dear.")
C("plan_disclosure", "Not being dramatic. I've planned it. Saturday. I wanted one person to know.")
C("not_around_future", "If I'm gone, make sure Luna goes to your mum's, she loves her. I don't think I'm going to be here by the weekend. I don't want to be.")
C("mixed_everyday_crisis", "Could you grab milk on the way home? Also I've put the insurance papers on the table, you'll need them soon. I can't do this anymore. I'm sorry.")
C("mixed_everyday_crisis", "Dinner's in the oven. Love you. I'm sorry, I won't be here when you get back. This is goodbye.")
C("mixed_everyday_crisis", "Pick up the kids at 3 please, I won't be able to. I won't be able to do anything ever again. I've taken everything in the medicine cabinet.")
C("last_message", "This is the last time I'll text you. I've decided to stop fighting it.")
C("giving_away_possessions", "I've given Sophie my car keys and my laptop. She asked if I was moving. I'm not. I'm ending it.")
C("goodbye_final", "i have been saying goodbye to everyone all day. tonights the night")
C("insurance_arrangements", "Once I'm gone the house is yours, I've put everything in your name. I don't want to be here anymore.")
C("goodbye_final", "Don't let Dad blame himself. It was always going to end like this for me, and it ends tonight.")
C("insurance_arrangements", "So tired. Sorted the will, sorted the pension forms. I'm going tonight. Love you forever.")
C("goodbye_final", "I'm not coming home. Not tonight, not ever. I can't live like this anymore. I'm sorry for everything.")
C("insurance_arrangements", "The life insurance pays out on suicide after two years, I checked. It's been two years. You'll be okay.")
C("burden_reassurance", "You've been so patient with me. You won't have to be much longer. I'm finishing it.")
C("location_disclosure", "i'm on the roof of the car park. i just wanted to say goodbye properly")
C("not_around_future", "Don't worry about the vet bill, I won't be around for the next one. Just promise me you'll look after Rex.")
C("goodbye_final", "I've told work I'm not coming back. I'm not coming back anywhere. Goodbye.")
C("goodbye_final", "sorry about the mess ill leave behind. i just cant anymore. goodbye")
C("better_off_gone", "By Monday I'll be gone and you'll all be better off. I've made my mind up, I'm going to kill myself.")
C("giving_away_possessions", "Please give my medals to my grandson. I won't be here much longer, I've seen to that.")
C("plan_disclosure", "I'm done with life. Not a joke, not lol. I've got a plan and I'm doing it.")
C("goodbye_final", "Thank you for being my person. I'm letting go tonight.", "thank u for being my person 🤍 im letting go tonight")
C("last_message", "I have made my arrangements. Please forgive me. This is my final message to you.")
C("burden_reassurance", "it's alright, i won't be a problem for anyone after tonight x")
C("goodbye_final", "No one needs to know why. Just tell them I'm sorry and that I've gone.")
C("giving_away_possessions", "I want you to have my grandmother's necklace. I don't want it going to anyone else when I'm dead, which will be soon.")
C("plan_disclosure", "I've been planning this for weeks. Tonight I'm going to take my own life. I'm sorry.")
C("mixed_everyday_crisis", "Left you money for the shopping on the side. And the cat's vet card. You'll need to do all that stuff without me from now on. I'm not going to be here.")
C("not_around_future", "I'm not going to be around to see the baby born. I'm so sorry. I can't keep going.")
C("giving_away_possessions", "Mate you can have the bike and the decks. I won't need them. Not where I'm headed. Thanks for everything bro.")
C("goodbye_final", "Goodbye. I mean it properly this time. I've got nothing left and I'm not waking up tomorrow.")

# ----------------------------------------------------------- possible crises
P("disappear_wish", "i just want to disappear for a while tbh")  # the plain wording is in an earlier file
P("done_with_everything", "I'm so done with everything lol", "so done with everything lol 🙃")
P("pointless", "what's even the point anymore")
P("passive_wish", "sometimes I wish I could just not wake up tomorrow")
P("exhaustion", "I'm tired of everything. Like really tired. Not sleep tired.")
P("cant_go_on", "I don't think I can keep doing this")
P("cant_go_on", "idk how much longer i can keep going like this")
P("burden_feeling", "everyone would probably be fine without me tbh")
P("burden_feeling", "I feel like a burden to you all the time")
P("disappear_wish", "I want to run away and never come back")
P("passive_wish", "maybe it'd be easier for everyone if I just wasn't here")
P("disappear_wish", "nobody would even notice if I vanished")
P("exhaustion", "I'm so tired of existing")
P("passive_wish", "I just want it all to stop")
P("cant_go_on", "I'm not okay and I don't know how much longer I can pretend I am")
P("disappear_wish", "sometimes i think about just walking away from everything. like everything")
P("insurance_joke", "If something happened to me at least you'd have the insurance lol")
P("disappear_wish", "what if I just didn't come back")
P("done_with_everything", "I'm done. With all of it. Don't ask.")
P("pointless", "I don't see the point in making plans anymore")
P("burden_feeling", "I keep thinking you'd be happier without me around")
P("passive_wish", "honestly if I got hit by a bus tomorrow I wouldn't mind that much")
P("exhaustion", "I feel like I'm already gone, just going through the motions")
P("ambiguous_goodbye", "Bye everyone, it's been real 🙃")
P("giving_away_ambiguous", "Gave my good coat to Tara. Don't really see myself needing it. Whatever.")
P("exhaustion", "I'm just so tired, I want to sleep for a very long time")
P("cant_go_on", "There's no way out of this, is there")
P("disappear_wish", "I feel like I'm fading away and no one would even notice")
P("ambiguous_goodbye", "if I'm not around much longer just know I loved you, ok?")
P("done_with_everything", "I'm done with everyone and everything. I can't be bothered to even get up anymore.")
# fmt: on


def main() -> None:
    with OUT.open("w", encoding="utf-8") as f:
        for r in ROWS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # validate
    keys = {"text", "kind", "level", "form", "template", "split"}
    seen: set[str] = set()
    counts: Counter[tuple[str | None, str]] = Counter()
    splits: Counter[tuple[str, str]] = Counter()
    with OUT.open(encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            r = json.loads(line)
            assert set(r) == keys, (i, r.keys())
            assert r["kind"] in ("crisis", None), i
            assert r["level"] in ("clear", "possible", "none"), i
            assert (r["kind"] is None) == (r["level"] == "none"), i
            assert r["split"] in ("train", "test"), i
            exp = (
                "test"
                if int(hashlib.sha256(r["template"].encode()).hexdigest(), 16) % 4 == 0
                else "train"
            )
            assert r["split"] == exp, i
            norm = " ".join(r["text"].lower().split())
            assert norm not in seen, ("duplicate text", r["text"])
            seen.add(norm)
            counts[(r["kind"], r["level"])] += 1
            splits[(r["level"], r["split"])] += 1
    total = sum(counts.values())
    for k, v in sorted(counts.items(), key=lambda kv: str(kv[0])):
        print(f"kind={k[0]} level={k[1]}: {v}")
    for k, v in sorted(splits.items()):
        print(f"level={k[0]} split={k[1]}: {v}")
    print(f"templates: {len({r['template'] for r in ROWS})}")
    print(f"total rows: {total} -> {OUT}")


if __name__ == "__main__":
    main()
