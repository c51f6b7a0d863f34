#!/usr/bin/env python3
"""Writer g: blind labelled corpus of partner messages (prefix blg-).

Standard library only, deterministic. Writes corpus_blind_g.jsonl next to this script.
"""

from __future__ import annotations

import collections
import hashlib
import json
import pathlib
import re
from typing import Any

from safety_blind import split_of, write_jsonl

OUT = pathlib.Path(__file__).with_name("corpus_blind_g.jsonl")
CAT = {
    "ab": "absolute",
    "bl": "blame",
    "mr": "mind_reading",
    "la": "labeling",
    "co": "contempt",
    "de": "demand",
    "df": "defensiveness",
    "st": "stonewalling",
    "th": "threat",
    "fx": "fixing",
}
ORDER = list(CAT.values())

# cats~form~situation~style~text ; "-" = innocent ; {a|b} = near-copy variants
DATA = r"""
mr,co~rhetorical_question~texting_back~lowercase_texting~is it physically painful for you to type "ok" back or what
co~sarcasm~punctuality~lowercase_texting~oh good {you're alive|the prodigal husband returns|she lives}. dinner went cold an hour ago btw
ab,co~rhetorical_question~dishes~typos~how many days does a pan have to soak before it counts as washed in your world
la~comparison_noun~chores~british~Funny how Dave next door manages to mow his lawn {and hold down a job|with two kids under five}.
bl~conditional_blame~money~lowercase_texting~we'd have the deposit by now if you'd stuck to the budget for more than a week
de~bare_order~chores~one_word_or_fragment~bins. tonight. {not tomorrow.|not "in a sec".}
ab,th~consequence_threat~drinking~lowercase_texting~come home like that again and you can {find somewhere else to sleep|sleep at your brothers}
fx~bare_advice~work_hours~lowercase_texting~then just tell your boss no. not complicated
la,co~affection_then_complaint~tidiness~emoji~love you to bits but living with you is like living with a raccoon 🦝
co~passive_aggressive_thanks~laundry~lowercase_texting~thanks so much for leaving your wet towel on my side of the bed, really {made my night|lovely surprise}
ab~counting~chores~lowercase_texting~thats the fourth time this week ive emptied the dishwasher. {but sure, we split it 50/50|not that anyones counting}
mr~mind_reading_claim~phones~lowercase_texting~you'd rather scroll than talk to me, just say it
st~shutdown~plans~one_word_or_fragment~{k|fine.|cool. whatever}
df~counter_attack~money~angry_punctuation~Me?? You spent 200 on trainers last month!! Dont lecture me about a takeaway
ab,th~consequence_threat~in_laws~formal~If your mother comes for Christmas again, I will be spending it at my sister's.
de~bare_order~phones~all_caps~PUT THE PHONE DOWN AND {ANSWER ME|LOOK AT ME WHEN IM TALKING}
ab,co~sarcasm~cooking~lowercase_texting~wow cereal for dinner again, michelin star stuff
mr~mind_reading_claim~friends~lowercase_texting~you only invited them so you wouldnt have to talk to me all night
la~label_noun~gaming~abbreviations~ur a 34 yr old man child tbh, the headset can come off for 5 min
bl~explicit_keyword~sleep~lowercase_texting~i got about 3 hours because of your snoring and now i have a presentation. great
fx~bare_advice~health~lowercase_texting~just take a paracetamol and stop going on about it
df~excuse~punctuality~lowercase_texting~it's not my fault the trains are rubbish, what do you want me to do, fly?
st~shutdown~money~lowercase_texting~im not discussing this anymore. do what you want with your money
ab,co~rhetorical_question~groceries~lowercase_texting~did you seriously forget the milk. again. you had one job
de~bare_order~cleaning_bathroom~lowercase_texting~hair out of the plughole before you leave. i mean it
co~sarcasm~remote_work~british~Must be exhausting, working from the sofa in your pyjamas all day.
mr,ab~mind_reading_claim~kids~lowercase_texting~you never actually wanted kids and it shows every bedtime
th~consequence_threat~phones~lowercase_texting~keep texting her and see what happens
la~comparison_noun~cooking~lowercase_texting~my mum had three kids and a job and still {made dinner every night|managed a roast on sundays}. just saying
bl~conditional_blame~holidays~lowercase_texting~if you'd booked when i asked we wouldnt be paying double for flights
fx~bare_advice~work_hours~polite_hedged~Maybe you should just look for another job if it's that bad?
df~counter_attack~tidiness~lowercase_texting~oh and your side of the wardrobe is so tidy is it
co~rhetorical_question~driving~angry_punctuation~Do you actually know what indicators are for???
st~shutdown~in_laws~lowercase_texting~forget it. i'll go on my own
de~bare_order~car~lowercase_texting~fill the car up before you bring it back this time
co,la~insult~gaming~lowercase_texting~honestly pathetic, grown man sulking over a video game
ab~counting~texting_back~lowercase_texting~sent you 6 messages and got a thumbs up. a thumbs up
mr~mind_reading_claim~anniversaries~lowercase_texting~you forgot because it doesnt matter to you, simple as
th~consequence_threat~friends~lowercase_texting~go to the stag do then. just dont expect me to be here when you get back
co~passive_aggressive_thanks~birthdays~lowercase_texting~thanks for the card. really heartfelt, must have taken you all of 30 seconds at the petrol station
bl~explicit_keyword~work_hours~lowercase_texting~i had to cancel my class thanks to you not picking up the kids
fx~bare_advice~sleep~lowercase_texting~just go to bed earlier then, problem solved
la~label_noun~money~lowercase_texting~such a tightwad. its a 4 pound coffee
ab,df~excuse~dishes~lowercase_texting~i was going to do them, i was literally about to. why do you always jump on me
co~sarcasm~punctuality~emoji~oh look who finally decided to grace us with their presence 🙄
de~bare_order~laundry~one_word_or_fragment~washing. out of the machine. now
ab~rhetorical_question~chores~lowercase_texting~do you ever notice when the bin is full or does it just magically empty itself
mr~mind_reading_claim~jealousy~lowercase_texting~you just want me sat at home so you know where i am
st~shutdown~sex~lowercase_texting~not talking about this again. goodnight
th~consequence_threat~money~lowercase_texting~one more online order and im taking your name off the card
co~sarcasm~exercise~lowercase_texting~how's the gym membership going, still funding the building?
la~comparison_noun~remote_work~lowercase_texting~other peoples husbands manage to put a wash on between calls
bl~conditional_blame~moving~lowercase_texting~we would've got that flat if you'd answered the agent's email
fx~bare_advice~friends~lowercase_texting~just stop seeing her then if she upsets you that much
df~counter_attack~phones~lowercase_texting~says the one who takes her phone to the toilet
co~rhetorical_question~laundry~typos~how is it even possible to put a red sock in with my whites twice
de~bare_order~pets~lowercase_texting~walk the dog when you get in. dont make me ask twice
ab~explicit_keyword~plans~lowercase_texting~you cancel every single time something better comes up
mr~mind_reading_claim~family_visits~lowercase_texting~you're only being nice to my dad so you can say you tried
st~shutdown~holidays~one_word_or_fragment~whatever you want. book it, dont book it, i dont care
th~consequence_threat~smoking~lowercase_texting~if i smell smoke on you one more time the kids are hearing about it
la~insult~tidiness~lowercase_texting~absolute slob. there are plates under the bed
co~sarcasm~gifts~lowercase_texting~a voucher. how personal. you really know me
bl~explicit_keyword~health~lowercase_texting~my blood pressure is through the roof and honestly a lot of that is you
fx~bare_advice~weight~lowercase_texting~maybe just dont have the second helping then
df~excuse~texting_back~lowercase_texting~i was in meetings all day, what more do you want from me
de~bare_order~noise~lowercase_texting~music off. its midnight
-~praise_absolute~cooking~lowercase_texting~you always know exactly what i want for dinner, its actually spooky
-~praise_absolute~plans~emoji~you never fail to make me laugh on a bad day 😂❤️
-~neutral_instruction~car~lowercase_texting~garage said you need to {top up the coolant before the long drive|check the tyre pressure before motorway driving}
-~neutral_instruction~doctor~lowercase_texting~the nurse said you must take them with food, not on an empty stomach
-~neutral_instruction~health~lowercase_texting~physio says you have to do the stretches twice a day, ill remind you if you want
-~neutral_instruction~exercise~lowercase_texting~coach said push through the last rep and then rest 90 secs, thought of you
-~logistics~holidays~lowercase_texting~you must take your passport tomorrow, i put it by the keys
-~logistics~school_run~lowercase_texting~school run's yours tomorrow right? i've got the dentist at 8:40
-~directions~driving~lowercase_texting~take the second left after the garage then just keep going till you see the blue gate
-~directions~family_visits~british~Come off at junction 14, then it's straight over two roundabouts. Mum's is the one with the green door.
-~recipe~cooking~lowercase_texting~brown the onions first then add the garlic, dont let it burn. then just simmer for 20 mins
-~recipe~cooking~british~Whisk the eggs, fold in the flour, and don't open the oven for the first twenty minutes whatever you do.
-~question_for_info~groceries~lowercase_texting~do we need milk or did you get some yesterday?
-~question_for_info~pets~lowercase_texting~did you already feed the cat? she's acting like she's starving but she always does that
-~question_for_info~money~lowercase_texting~have you paid the gas bill yet or shall i do it tonight
-~quote~in_laws~lowercase_texting~my mum always says you can never have too many tea towels lol
-~quote~money~british~Dad always says never lend money you can't afford to lose. He was right about Gary.
-~vent_third_party~work_hours~lowercase_texting~my boss never replies to anything and then asks why things are late. so tired of it
-~vent_third_party~friends~lowercase_texting~jess always cancels last minute, it's driving me mad, sorry for ranting
-~vent_third_party~neighbours~lowercase_texting~the neighbours are drilling AGAIN, every single sunday, how is that allowed
-~exclamation~tv~all_caps~UNBELIEVABLE. {HOW WAS THAT NOT A PENALTY|THAT REF NEEDS GLASSES}
-~exclamation~tv~angry_punctuation~Are you watching this?! They've killed him off!!! I can't believe it
-~generic_you~driving~lowercase_texting~you can never be too careful on that road in the rain
-~generic_you~moving~lowercase_texting~you never really know a flat till you've lived there a winter
-~idiom~work_hours~lowercase_texting~well that meeting was a case of never say never i suppose
-~apology~punctuality~lowercase_texting~im so sorry im late again, i should have left earlier. no excuse. on my way now
-~apology~anniversaries~lowercase_texting~i'm really sorry i forgot, that's on me. can i take you out saturday to make up for it?
-~apology~texting_back~lowercase_texting~sorry for going quiet today, work was chaos. i missed you
-~good_i_statement~intimacy~lowercase_texting~i've been feeling a bit lonely lately and i miss you. can we have a night just us?
-~good_i_statement~chores~polite_hedged~I've been feeling really stretched with the house stuff. Could we sit down and split things differently?
-~good_i_statement~phones~lowercase_texting~i feel a bit disconnected when we're both on our phones at dinner. could we try no phones this week?
-~agreement~plans~lowercase_texting~yeah you're right, saturday makes more sense
-~agreement~money~lowercase_texting~fair point, you're right about the car insurance, lets switch
-~self_criticism~tidiness~lowercase_texting~i'm such a mess, left my keys in the door again. sorry babe
-~self_criticism~cooking~lowercase_texting~i always burn the rice, idk why i even try lol
-~gratitude~chores~lowercase_texting~thank you for doing the bathroom, i know you hate it. it looks amazing
-~gratitude~kids~lowercase_texting~thanks for handling bedtime, you're so good with them
-~good_request~chores~lowercase_texting~could you put the bins out tonight? i'll do them next week
-~good_request~noise~polite_hedged~Would you mind using headphones after 11? I've got an early start this week.
-~asked_for_advice~work_hours~lowercase_texting~you asked what i think, so honestly, maybe talk to your manager about the hours first?
-~asked_for_advice~friends~lowercase_texting~since you asked, i'd just be honest with her and tell her it hurt
-~affectionate_tease~gaming~emoji~you and that controller, honestly, its true love 😂 come to bed when you're done x
-~affectionate_tease~cooking~lowercase_texting~ok chef ramsay, i'll do the washing up since you cooked
-~plans~birthdays~lowercase_texting~for your birthday i was thinking dinner at that thai place, then drinks with everyone?
-~plans~holidays~lowercase_texting~what if we did cornwall in august and save the big trip for next year
-~logistics~gifts~lowercase_texting~ordered your mums present, it'll come thursday, can you wrap it?
-~logistics~garden~lowercase_texting~the man's coming to cut the hedge at 10, can you leave the side gate open
-~reported_speech~kids~lowercase_texting~mia said "you never let me do anything" to her teacher today lol, dramatic
-~reported_speech~work_hours~lowercase_texting~my manager literally said "you always do this" in the meeting today, in front of everyone. i was fuming
-~reported_speech~in_laws~lowercase_texting~your dad told me "you're so lazy" was what his mum used to say to him. we had a long chat, he's sweet really
-~neutral_instruction~health~lowercase_texting~first aid course today. apparently you'd better check for breathing before anything else
-~neutral_instruction~pets~lowercase_texting~vet says he needs to stay off the lead for 2 weeks and no jumping
-~logistics~remote_work~lowercase_texting~i'm on calls 9-12 so if the delivery comes can you grab it
-~shop_talk~clothes~lowercase_texting~the shop said you have to bring the receipt for a refund, otherwise just store credit
-~service_talk~car~lowercase_texting~the mechanic said "you need to replace the brake pads now, not next month". so booking it in
-~service_talk~moving~british~Removals rang, they said we must have everything boxed by Thursday night or they charge extra.
-~plans~exercise~lowercase_texting~fancy a walk tomorrow morning before it gets hot?
-~gratitude~sleep~lowercase_texting~thank you for letting me sleep in, i really needed that
-~apology~money~lowercase_texting~i overspent on the shop this week, sorry. ill take it out of my fun money
-~question_for_info~commute~lowercase_texting~what time does your train get in? ill pick you up
-~question_for_info~doctor~lowercase_texting~when's your appointment again? want me to come with you?
-~good_i_statement~work_hours~lowercase_texting~i miss you when you work late. i know its not forever but i wanted to say it
co,ab~sarcasm~cleaning_bathroom~lowercase_texting~bathroom's looking lovely btw, did you clean it or did the mould just give up
mr~mind_reading_claim~social_media~lowercase_texting~you only posted that pic to get a reaction from your ex
ab,th~consequence_threat~gaming~lowercase_texting~that console goes in the bin if youre still on it at 2am again
la~comparison_noun~birthdays~lowercase_texting~even my work colleagues remembered. my colleagues
bl~conditional_blame~pets~lowercase_texting~the dog wouldnt be scared of everything if you didnt shout all the time
fx~bare_advice~commute~lowercase_texting~just get the earlier train then, honestly
df~counter_attack~drinking~lowercase_texting~oh and you were stone cold sober at your sisters wedding were you
st~shutdown~jealousy~lowercase_texting~i'm done. talk to the wall
de~bare_order~punctuality~lowercase_texting~be ready at 7. not 7:15. 7
co~rhetorical_question~kids~lowercase_texting~remind me, who's the parent that knows what year the kids are in at school?
ab,mr~mind_reading_claim~intimacy~lowercase_texting~you never want to be near me unless you want something
la~label_noun~driving~lowercase_texting~{menace|absolute liability} behind the wheel. im driving home
th~consequence_threat~wedding~lowercase_texting~invite her and theres no wedding, simple
bl~explicit_keyword~remote_work~lowercase_texting~i lost the client call because you were hoovering outside my door
co~passive_aggressive_thanks~chores~lowercase_texting~cheers for putting one plate in the dishwasher, ill alert the press
fx~bare_advice~friends~lowercase_texting~you should just tell her shes being a rubbish friend and move on
df~excuse~money~lowercase_texting~i didnt know the direct debit was due, nobody told me, how is that on me
st~shutdown~politics~lowercase_texting~not doing this. believe what you want
de~bare_order~groceries~lowercase_texting~get the right bread this time. the seeded one. the one i always get
ab~explicit_keyword~texting_back~lowercase_texting~for once in your life could you just pick up
mr~mind_reading_claim~holidays~lowercase_texting~you just want to win, you dont even care where we go
la~comparison_noun~money~lowercase_texting~my brother's wife runs a spreadsheet. imagine
co~sarcasm~drinking~lowercase_texting~"just one" he said. four hours ago
th~consequence_threat~ex_partners~lowercase_texting~reply to him and we're finished
bl~conditional_blame~car~lowercase_texting~the car wouldnt be making that noise if you'd taken it in when the light came on
fx~bare_advice~weight~lowercase_texting~just cut out the bread, it's not rocket science
df~counter_attack~tv~lowercase_texting~you watched 3 episodes without me last week so dont even
st~shutdown~drinking~one_word_or_fragment~{yep.|sure.|mm}
de~bare_order~tidiness~lowercase_texting~shoes off the stairs before someone breaks their neck
co~rhetorical_question~work_hours~lowercase_texting~do they pay you extra to ignore your family or is that a free bonus
ab~counting~cooking~lowercase_texting~i have cooked every night for 3 weeks. 21 dinners. you did beans on toast once
mr~mind_reading_claim~work_hours~lowercase_texting~you stay late because you'd rather be anywhere but home
la~insult~clothes~lowercase_texting~you look like a tramp in that, go change before my parents see
th~consequence_threat~sleep~lowercase_texting~keep me awake tonight and you're on the sofa for a week
bl~explicit_keyword~in_laws~lowercase_texting~your mum is upset because of you, not me
fx~bare_advice~health~lowercase_texting~just drink more water and youll be fine
co~sarcasm~texting_back~lowercase_texting~oh you DO know how to use your phone, amazing
df~excuse~anniversaries~lowercase_texting~i've had a lot on, its not like i forgot on purpose, give me a break
st~shutdown~kids~lowercase_texting~deal with it yourself then
de~bare_order~garden~lowercase_texting~mow the lawn this weekend or i'm hiring someone and you're paying
ab,co~sarcasm~punctuality~lowercase_texting~late again, what a shock, truly didnt see that coming
mr~mind_reading_claim~gifts~lowercase_texting~you didnt even think about it, you just grabbed whatever was near the till
la~comparison_noun~exercise~lowercase_texting~my dad's 70 and he walks further than you
bl~conditional_blame~school_run~lowercase_texting~she wouldnt have been late if you'd got out of bed when the alarm went
co~rhetorical_question~tidiness~lowercase_texting~do the socks walk to the floor by themselves?
ab,th~consequence_threat~family_visits~lowercase_texting~if you bail on sunday lunch again dont bother coming to easter either
fx~bare_advice~remote_work~lowercase_texting~just shut the laptop at 5, its that easy
df~counter_attack~jealousy~lowercase_texting~and what about you and your "work friend" then
de~bare_order~texting_back~one_word_or_fragment~call me back. now.
st~shutdown~wedding~lowercase_texting~fine, invite who you want, i'll just turn up
ab~explicit_keyword~gaming~lowercase_texting~you literally always put the game before me
mr~mind_reading_claim~moving~lowercase_texting~you dont want to move because you dont want to commit, be honest
la~label_noun~hobbies~lowercase_texting~such a quitter. guitar, pottery, now the running. whats next
co~sarcasm~budget~lowercase_texting~love how we're "saving" while you've got 3 parcels in the hall
bl~explicit_keyword~pets~lowercase_texting~the cat got out because you left the back door open
th~consequence_threat~texting_back~lowercase_texting~ignore me one more time tonight and see how that goes for you
fx~bare_advice~sleep~lowercase_texting~put the phone down at 10 and youd sleep fine
df~excuse~chores~lowercase_texting~i work 50 hours a week, what more do you want
st~shutdown~moving~lowercase_texting~forget i said anything
de~bare_order~smoking~lowercase_texting~not in the car. ever. outside.
co~rhetorical_question~groceries~lowercase_texting~who buys 4 bags of crisps and no vegetables, genuinely who
ab,bl~explicit_keyword~sleep~lowercase_texting~every single night you wake me up coming to bed
mr~mind_reading_claim~friends~lowercase_texting~you obviously think your mates are more fun than me
la~comparison_noun~gifts~lowercase_texting~sarahs boyfriend took her to paris. i got a candle
-~doctor_instruction~doctor~lowercase_texting~doctor says you need to rest that ankle and keep it up for 48 hours. no arguing 😘
-~coach_instruction~exercise~lowercase_texting~your swim coach said "kick from the hips, not the knees", sounds like good advice tbh
-~coach_instruction~hobbies~british~The instructor said just breathe and let the clay do the work. Easier said than done!
-~neutral_instruction~pregnancy~lowercase_texting~midwife said you should drink loads of water and put your feet up when you can
-~neutral_instruction~fertility~polite_hedged~The clinic said we need to book the next scan within 10 days of the cycle starting. Shall I call them?
-~question_for_info~fertility~lowercase_texting~did the clinic ring you back about the results?
-~plans~pregnancy~lowercase_texting~shall we look at prams this weekend? no pressure, just looking
-~gratitude~pregnancy~lowercase_texting~thank you for rubbing my feet last night, honestly you're the best
-~logistics~wedding~lowercase_texting~the florist needs the final numbers by friday, can you chase your side?
-~question_for_info~wedding~lowercase_texting~do you want the chicken or the fish for the tasting? i can't decide
-~plans~anniversaries~lowercase_texting~booked the little italian place for our anniversary, 7:30 ❤️
-~praise_absolute~anniversaries~lowercase_texting~five years and you still make me feel like the luckiest person alive
-~praise_absolute~kids~lowercase_texting~you're always so patient with them, i honestly don't know how you do it
-~praise_absolute~gifts~emoji~you always get the best presents, how do you do it 🎁
-~idiom~money~lowercase_texting~well that's money down the drain, the shop's shut. never mind, we'll go tomorrow
-~stand_down~groceries~one_word_or_fragment~never mind, found it
-~stand_down~plans~lowercase_texting~forget it, found the charger, it was in my bag all along
-~generic_you~weight~lowercase_texting~you can't out-run a bad diet, that's what my trainer keeps saying. so salad it is 😩
-~generic_you~holidays~lowercase_texting~you have to book early for half term, it's always mental
-~quote~kids~lowercase_texting~grandad used to say "you'll never be bored if you've got a book". love that
-~joke~tv~lowercase_texting~don't talk to me about laptops lol mine died in the middle of the finale
-~exclamation~neighbours~lowercase_texting~you won't believe this, the neighbours' cat just walked in and sat on the sofa
-~vent_third_party~commute~angry_punctuation~The train is cancelled AGAIN!!! third time this week, I'm going to scream
-~vent_third_party~social_media~lowercase_texting~my cousin never stops posting about her gym routine, do people actually care
-~vent_third_party~doctor~lowercase_texting~the surgery never picks up before 9, i've been on hold 40 mins
-~asked_for_advice~clothes~lowercase_texting~you asked so: the blue one. definitely the blue one
-~asked_for_advice~car~lowercase_texting~you wanted my opinion, i think just get the smaller car, the insurance is so much cheaper
-~asked_for_advice~health~lowercase_texting~you asked what i'd do, i'd probably just see the gp about it to be safe
-~good_request~texting_back~lowercase_texting~can you text me when you land? just so i know you're safe
-~good_request~cleaning_bathroom~polite_hedged~Could we take turns doing the bathroom? Maybe I do odd weeks and you do even?
-~good_request~budget~lowercase_texting~could we sit down sunday and look at the budget together? i'll make coffee
-~good_i_statement~friends~lowercase_texting~i felt a bit left out on saturday. i know you didnt mean it, just wanted to tell you
-~good_i_statement~jealousy~lowercase_texting~i know it's my stuff but i get anxious when i don't hear from you on nights out. can you send one text?
-~good_i_statement~in_laws~polite_hedged~I feel a bit overwhelmed when your parents stay for a week. Could we maybe do four nights next time?
-~apology~drinking~lowercase_texting~sorry about last night, i had too much and i was an idiot. it won't happen again
-~apology~driving~lowercase_texting~sorry i snapped in the car, i was stressed about being late, not about you
-~self_criticism~punctuality~lowercase_texting~i'm always late to everything, i need to sort myself out honestly
-~agreement~kids~lowercase_texting~you're right, we should be on the same page with screen time. lets talk tonight
-~agreement~holidays~lowercase_texting~yep agreed, spain it is
-~gratitude~in_laws~british~Thanks for being so lovely with Mum today, she really noticed. Love you.
-~gratitude~car~lowercase_texting~thanks for sorting the mot, you're a star
-~logistics~laundry~lowercase_texting~your work shirts are on the line, bring them in if it rains?
-~logistics~dishes~lowercase_texting~dishwasher's on, can you empty it when it beeps? im in the bath
-~logistics~pets~lowercase_texting~dog's been fed and walked, don't let her tell you otherwise lol
-~plans~friends~lowercase_texting~tom and priya want to do dinner friday, you up for it?
-~plans~garden~lowercase_texting~thinking we could do the veg beds this weekend if it's dry
-~question_for_info~tv~lowercase_texting~have you watched the new episode yet? don't spoil it
-~question_for_info~neighbours~lowercase_texting~did you ever give the neighbours their ladder back?
-~affectionate_tease~snoring~emoji~you were snoring like a tractor last night 😂 it was weirdly cute
-~affectionate_tease~clothes~lowercase_texting~you and your hoodies. never change x
-~affectionate_tease~driving~lowercase_texting~ok lewis hamilton, we're only going to tesco 😂
-~shop_talk~groceries~lowercase_texting~the butcher said you have to order the turkey by the 15th or they run out
-~service_talk~phones~lowercase_texting~the phone shop guy said you must back it up before they reset it, so do that first
-~service_talk~noise~lowercase_texting~the council said we need to keep a log of the noise for 2 weeks before they can act
-~directions~moving~lowercase_texting~the new place is off the high street, turn right at the chemist, number 14
-~directions~hobbies~lowercase_texting~climbing wall is behind the leisure centre, park round the back, it's free after 6
-~recipe~groceries~lowercase_texting~get 2 tins of chopped tomatoes, a chilli and coriander. i'll do the curry tonight
-~recipe~cooking~polite_hedged~If you're making the sauce, just keep stirring on a low heat, it catches really easily.
-~plans~sleep~lowercase_texting~early night tonight? i'm shattered and i bet you are too
-~gratitude~remote_work~lowercase_texting~thanks for bringing me lunch at my desk, made my day
ab,co~sarcasm~laundry~long_multi_sentence~Picked up the kids, dropped the parcel at the post office, did the big shop. Oh and I see the laundry folded itself again while you were "resting". Amazing how that keeps happening.
ab,de~bare_order~school_run~long_multi_sentence~Pickup is at 3:15 tomorrow, bring her PE kit. And please, for once, be on time, she was the last one there again today.
bl,ab~conditional_blame~budget~long_multi_sentence~Rent's gone out and the council tax is Friday. We'd actually have something left over at the end of the month if you didn't order takeaway every time you're bored.
mr~mind_reading_claim~family_visits~long_multi_sentence~Train gets in at 6, Mum's making lasagne. I know you're already planning how to leave early so don't pretend you're looking forward to it.
th~consequence_threat~money~long_multi_sentence~I've moved the savings into my account. If I see one more transfer to that betting site the joint account is closed, end of story.
co~rhetorical_question~doctor~voice_to_text~so are you actually going to ring the doctor or are we just waiting for your arm to fall off first
df~counter_attack~chores~voice_to_text~dont start about the kitchen when you left your stuff all over the lounge for three days i'm not your maid either
la~insult~work_hours~voice_to_text~you're such a doormat they walk all over you and you just say thank you
de~bare_order~driving~voice_to_text~slow down slow down youre doing 50 in a 30 just slow down now
ab,fx~bare_advice~work_hours~voice_to_text~honestly just email HR and stop moaning to me about it every night
st~shutdown~budget~voice_to_text~i'm not going through the numbers with you again you do it then
co~sarcasm~holidays~british~Brilliant, another "relaxing" holiday where I plan everything and you read on the sunlounger.
ab~explicit_keyword~in_laws~british~You always take your mum's side. Always.
mr~mind_reading_claim~noise~british~You're only playing it that loud because you know it winds me up.
la~comparison_noun~garden~british~The neighbours' garden looks like Kew and ours looks like a crime scene. Just an observation.
th~consequence_threat~pets~british~If that dog chews one more cushion because you didn't walk him, he's going back to your mum's.
bl~explicit_keyword~moving~british~We're stuck in this flat because you got cold feet, let's be honest.
de~bare_order~dishes~british~Washing up. Before you sit down. Cheers.
co~passive_aggressive_thanks~tidiness~british~Thanks ever so much for tidying up, oh wait.
fx~bare_advice~commute~british~Just cycle then if the bus is that bad, loads of people do.
df~excuse~driving~british~It's not my fault the sat nav sent us the wrong way, stop going on.
st~shutdown~tv~british~Fine. Watch what you like. I'm going up.
ab,co~rhetorical_question~tv~american~Is there a reason you need to narrate every single scene or is that just for me?
ab~explicit_keyword~clothes~american~Your clothes are ALWAYS on the floor. I'm not picking them up anymore.
mr~mind_reading_claim~wedding~american~You don't even want to get married, you just don't want to be the one who says it.
la~label_noun~punctuality~american~You're a flake. Plain and simple.
bl~explicit_keyword~car~american~We got the ticket because of you, you told me to park there.
th~consequence_threat~drinking~american~Drive home drunk one more time and I'm calling your brother to come get the keys.
de~bare_order~gaming~american~Headset off. Kids need a bath. Let's go.
fx~bare_advice~social_media~american~Just delete the app if it makes you that miserable.
ab,df~counter_attack~social_media~american~Oh and you don't spend three hours on Instagram every night?
ab,st,mr~shutdown~politics~american~I'm done discussing this. You're never going to change your mind anyway.
co~sarcasm~cooking~australian~Gee thanks for the burnt snags mate, real gourmet effort
ab~explicit_keyword~drinking~australian~every arvo it's a couple of tinnies and then it's six, every arvo
la~label_noun~money~australian~youre a bludger, you havent paid a bill since christmas
de~bare_order~garden~australian~whipper snip the front before mum rocks up saturday, not negotiable
ab,th~consequence_threat~friends~australian~go to the footy again instead of the kids' concert and dont come home
mr~mind_reading_claim~texting_back~australian~you saw it, you just couldnt be bothered replying, don't lie
ab,co~rhetorical_question~in_laws~indian_english~Why you are always taking your mother's side only? I am also family no?
ab~explicit_keyword~kids~indian_english~Every time I am asking you to help with homework, you are busy on phone. Every time.
la~comparison_noun~work_hours~indian_english~My cousin's husband also has job but he comes home by 7 and helps with kids.
bl~explicit_keyword~family_visits~indian_english~Because of you only my parents felt insulted yesterday.
de~bare_order~groceries~indian_english~Bring vegetables on the way back. Don't forget like yesterday.
mr~mind_reading_claim~religion~indian_english~You are coming to temple only to show my parents, you don't believe anything.
ab,th~consequence_threat~in_laws~indian_english~If you speak to my mother like that again I will go to my parents' house and stay there.
fx~bare_advice~health~indian_english~Simply do yoga in the morning, your back pain will go. Why you are making so much fuss.
df~counter_attack~money~indian_english~You are telling me about spending? What about your new phone?
st~shutdown~family_visits~indian_english~Ok fine. Do whatever you want. I am not saying anything now.
co~sarcasm~sex~lowercase_texting~oh sorry, did i interrupt your important date with the remote
ab~explicit_keyword~intimacy~lowercase_texting~you never kiss me anymore unless people are watching
bl~conditional_blame~intimacy~lowercase_texting~maybe id want to if you actually paid me any attention during the day
la~label_noun~sex~lowercase_texting~youre a cold fish, you know that
mr~mind_reading_claim~sex~lowercase_texting~you just see me as a flatmate now
st~shutdown~intimacy~lowercase_texting~dont touch me. im going to sleep
co~rhetorical_question~pregnancy~lowercase_texting~so should i also grow the baby AND read the books, or will you be joining us at some point
mr~mind_reading_claim~pregnancy~lowercase_texting~you're not even excited, you think this ruins your plans
df~excuse~pregnancy~lowercase_texting~i can't come to the scan, work is mental, its not like i'm choosing not to
bl~explicit_keyword~fertility~lowercase_texting~the doctor said stress doesnt help and youre the one stressing me out
fx~bare_advice~fertility~lowercase_texting~just relax and stop thinking about it, thats what everyone says
th~consequence_threat~fertility~lowercase_texting~if you won't do the tests then i'm done waiting, i mean it
-~logistics~school_run~long_multi_sentence~Pickup is 3:15, she's got swimming after so bring her bag, it's on the hook. I'll do dinner, should be ready by 6. Love you, drive safe.
-~good_i_statement~work_hours~long_multi_sentence~I've been thinking about how little time we get together at the moment. I'm not blaming anyone, it's just a busy season, but I miss you. Could we protect Sunday mornings for just us?
-~plans~moving~long_multi_sentence~Viewing is Saturday at 11. Then I thought we could grab lunch near there and walk round the area to see how it feels. No decisions yet, just looking.
-~apology~family_visits~long_multi_sentence~I've been thinking about yesterday and I'm sorry I went quiet at your parents'. I was tired and anxious about work, it wasn't about them. I'll call your mum tomorrow.
-~logistics~health~voice_to_text~just left the pharmacy they said take one every eight hours and dont drive on them so ill get the bus home
-~plans~holidays~voice_to_text~was thinking we could drive up friday night and stay at that pub then do the lakes saturday what do you reckon
-~question_for_info~car~voice_to_text~do you know where the spare key for the car is i cant find it anywhere
-~gratitude~cooking~voice_to_text~that curry last night was amazing thank you for making it after such a long day
-~vent_third_party~work_hours~voice_to_text~my manager never tells us anything until the last minute and then everyones running round like headless chickens
-~logistics~groceries~formal~Please could you collect the shopping order from the click and collect point at 5pm? The reference is in your email.
-~good_request~tidiness~formal~Would it be possible for us to have a tidy-up together on Saturday morning? I'd really appreciate it.
-~apology~plans~formal~I apologise for cancelling on Saturday. That wasn't fair to you, and I'd like to rearrange.
-~question_for_info~budget~formal~Could you let me know what the final figure was for the electricity bill? I'm updating the spreadsheet.
-~praise_absolute~work_hours~american~You never stop amazing me. Congrats on the promotion, babe!
-~plans~tv~american~Movie night Friday? I'll grab popcorn, you pick the movie.
-~neutral_instruction~kids~american~Pediatrician said she needs to finish the whole course of antibiotics even if she seems better.
-~vent_third_party~neighbours~american~Our HOA never answers emails. It's been three weeks about that fence.
-~logistics~garden~australian~sprinklers are on a timer now, dont touch them or theyll go off at 3am lol
-~plans~friends~australian~barbie at shaz's sunday arvo, you keen?
-~gratitude~chores~australian~cheers for doing the bins love, legend
-~quote~weight~australian~my nan always said never trust a skinny cook haha, pass the pavlova
-~logistics~family_visits~indian_english~Mummy and Papa are reaching by 6 pm train. Please pick them from station, I will prepare dinner.
-~good_request~in_laws~indian_english~Can we please visit your parents only for two days this time? I have deadline on Monday.
-~gratitude~family_visits~indian_english~Thank you for taking care of my parents so nicely. They were telling everyone about you.
-~question_for_info~religion~indian_english~What time is the puja tomorrow? Should I take leave from office?
-~plans~religion~lowercase_texting~are we doing midnight mass this year or the morning one? either is fine with me
-~good_request~religion~polite_hedged~Would you come to my cousin's christening with me? I know it's not really your thing, no worries if not.
-~question_for_info~politics~lowercase_texting~did you vote yet? polling station shuts at 10
-~agreement~politics~lowercase_texting~yeah fair, i hadn't thought about it like that. you're right
-~vent_third_party~politics~angry_punctuation~Did you see what the council did to the bus routes?! Ridiculous!!
-~question_for_info~ex_partners~lowercase_texting~is it ok if i reply to my ex about collecting the last of my stuff? wanted to check with you first
-~good_i_statement~ex_partners~polite_hedged~I felt a bit uneasy when you mentioned meeting up with your ex. I trust you, I just wanted to be honest about it.
-~logistics~smoking~lowercase_texting~got you the patches from boots, theyre on the counter. proud of you for trying x
-~praise_absolute~smoking~lowercase_texting~you haven't smoked in three weeks!! never been prouder
-~asked_for_advice~smoking~lowercase_texting~you asked what might help, maybe swap the after-dinner one for a walk?
-~plans~drinking~lowercase_texting~dry january together? could be fun, we can try those mocktails
-~logistics~drinking~lowercase_texting~i'll drive tonight so you can have a drink at the party
-~question_for_info~hobbies~lowercase_texting~what time's your pottery class finish? i'll pick you up
-~praise_absolute~hobbies~emoji~your painting is honestly incredible, you never cease to amaze me 🎨
-~logistics~commute~lowercase_texting~roadworks on the a road tomorrow so you'll need to leave 10 mins early
-~plans~commute~lowercase_texting~shall we start car sharing on wednesdays? save a bit on petrol
-~self_criticism~budget~lowercase_texting~honestly i'm rubbish with money, can you help me make a budget?
-~gratitude~budget~lowercase_texting~thank you for sorting the budget spreadsheet, makes me feel so much calmer
-~apology~social_media~lowercase_texting~sorry i posted that photo without asking, i'll take it down
-~good_request~social_media~lowercase_texting~could you ask before posting pics of the kids? i just want to be careful
-~question_for_info~gaming~lowercase_texting~what time's your game with the lads tonight? i'll plan dinner around it
-~agreement~gaming~lowercase_texting~you're right, i was on it way too late. screens off at 11 from now
-~logistics~snoring~lowercase_texting~got you those nose strips, worth a try? love you snore and all
-~neutral_instruction~snoring~lowercase_texting~sleep clinic said you need to avoid alcohol before bed for the test, so no wine thursday
-~question_for_info~sleep~lowercase_texting~did you sleep ok? you were tossing and turning
-~plans~cleaning_bathroom~lowercase_texting~i'll do the bathroom saturday morning if you do the kitchen?
-~logistics~cleaning_bathroom~lowercase_texting~bought the mould spray, it's under the sink. leave the window open after, fumes are grim
-~good_request~pets~lowercase_texting~could you take the dog out tonight? my knee is killing me
-~plans~pets~lowercase_texting~shall we go and meet the rescue dog on saturday? just to see
-~gratitude~tidiness~lowercase_texting~the house looks amazing, thank you for blitzing it before my parents came
-~question_for_info~clothes~lowercase_texting~is your grey jumper in the wash or can i borrow it
-~good_request~punctuality~polite_hedged~Could you message me if you're running late? Then I won't start dinner too early.
-~exclamation~sex~emoji~last night was 🔥 just saying
-~good_i_statement~sex~lowercase_texting~i've been feeling a bit disconnected from you physically. can we talk about it tonight, no pressure?
-~plans~intimacy~lowercase_texting~date night thursday? no phones, just us
-~generic_you~cooking~lowercase_texting~you can never have too much garlic, that's my motto
-~idiom~weight~lowercase_texting~never say never but i think i've finally found a gym i like
-~praise_absolute~exercise~lowercase_texting~you never skip a run, honestly so inspiring
-~neutral_instruction~weight~lowercase_texting~dietitian said you should eat protein with every meal and not skip breakfast
-~logistics~birthdays~lowercase_texting~cake's hidden in the garage fridge, don't let him see it!!
-~question_for_info~birthdays~lowercase_texting~what do you want for your birthday? and don't say nothing
-~good_request~gifts~lowercase_texting~can we do a 50 pound limit on presents this year? money's a bit tight
-~apology~gifts~lowercase_texting~sorry your present is late, the delivery messed up. it'll be worth the wait i promise
-~plans~neighbours~lowercase_texting~should we invite the new neighbours round for a drink?
-~gratitude~neighbours~british~Cheers for sorting the fence with next door, I really didn't want to deal with it.
-~logistics~groceries~typos~cna you grab eggs on teh way home, we're out
-~question_for_info~school_run~typos~did you sign teh permision slip for the trip? its due tmrw
-~gratitude~laundry~typos~thank u for doing all the washing, i was drowing in it
-~apology~texting_back~typos~soory my phone died, just got ur messages, on my way
-~logistics~work_hours~abbreviations~running late rn, meeting overran. home by 7 idk, sorry x
-~question_for_info~phones~abbreviations~did u get my msg abt the phone contract? tbh i think we shd switch
-~praise_absolute~texting_back~abbreviations~ngl u always reply so fast, its cute
-~good_i_statement~texting_back~abbreviations~tbh i get a bit anxious when i dont hear from u all day, cud u send a quick msg at lunch?
-~exclamation~tv~all_caps~WE WON!!! DID YOU SEE IT
-~logistics~moving~all_caps~VAN IS HERE. COME DOWN AND HELP WITH THE SOFA PLS
-~affectionate_tease~sleep~emoji~sleepyhead 😴 coffee's on the side for you
-~plans~holidays~emoji~flights booked!!! ✈️ 🌴 can't wait
-~gratitude~doctor~emoji~thank you for coming to the appointment with me today 🥹 meant a lot
-~stand_down~budget~one_word_or_fragment~nvm, sorted it
-~agreement~plans~one_word_or_fragment~yep sounds good x
-~question_for_info~dishes~one_word_or_fragment~dishwasher tablets?
-~logistics~car~one_word_or_fragment~car keys on hook. parked round the corner
-~neutral_instruction~health~angry_punctuation~Don't eat the chicken!!! It's been out since yesterday, chuck it
-~exclamation~remote_work~angry_punctuation~wifi is down AGAIN?! ugh, calling the provider now
-~reported_speech~friends~lowercase_texting~dan told emma "you never listen to me" and she just walked out of the pub. so awkward
-~reported_speech~school_run~lowercase_texting~the teacher said "you need to read with him every night" so i've made a little chart
-~service_talk~money~lowercase_texting~bank said we need to call them before 5 to stop the payment, can you do it? i'm in a meeting
-~service_talk~garden~lowercase_texting~tree surgeon says we have to take the big branch down before winter or it could hit the roof
-~doctor_instruction~health~lowercase_texting~gp said you need to stop lifting for a couple weeks so leave the shopping to me
-~coach_instruction~kids~lowercase_texting~football coach says he needs to be there 20 mins early saturday with shin pads
co~sarcasm~texting_back~typos~oh wow a repyl, only took you 5 hrs, im honored
ab~explicit_keyword~chores~typos~you nevr do the hoovering, not once this month
mr~mind_reading_claim~plans~typos~you dont even wnat to come, you're just scared what my mates will think
de~bare_order~tidiness~typos~pick up ur stuff off teh floor before i get home
df~counter_attack~texting_back~typos~well you didnt answer me yesterday so dont act all hurt
fx~bare_advice~work_hours~typos~just quit then if u hate it so much, stop moaning
co~rhetorical_question~money~abbreviations~srsly? another 60 quid on a game? do u think money grows on trees
ab,la~label_noun~punctuality~abbreviations~ur so unreliable smh, every plan we make u flake
st~shutdown~friends~abbreviations~idc anymore, go out w them, do wtv u want
th~consequence_threat~jealousy~abbreviations~if u go to her party dont bother texting me after
bl~explicit_keyword~money~abbreviations~we're broke rn bc of u and ur "investments" tbh
mr~mind_reading_claim~social_media~abbreviations~ngl u only liked her pic to make me jealous
co~sarcasm~chores~emoji~wow you hung ONE shirt up 👏👏👏 someone get this man a medal
la,co~affection_then_complaint~tidiness~emoji~love u lots 💕 but u r genuinely the messiest human alive
ab~explicit_keyword~phones~emoji~every time i talk you're on that phone 🙄📱
de~bare_order~sleep~emoji~bed. now. 😤 you've been up til 3 all week
ab,th~consequence_threat~exercise~emoji~skip the gym again after i paid for it and im cancelling it 💸
st~shutdown~texting_back~emoji~👍
de,ab~bare_order~laundry~all_caps~TAKE YOUR WASHING OUT. IT'S BEEN IN THERE SINCE TUESDAY
co~rhetorical_question~cooking~all_caps~WHO PUTS A METAL TRAY IN THE MICROWAVE
bl~explicit_keyword~driving~all_caps~WE MISSED THE FLIGHT BECAUSE YOU WOULDNT LEAVE ON TIME
th~consequence_threat~noise~all_caps~TURN IT DOWN OR I'M PULLING THE PLUG
ab,df~excuse~tidiness~angry_punctuation~I was going to clean it!!! Why are you always on my case?!
mr~mind_reading_claim~jealousy~angry_punctuation~You don't trust me at all, do you?! Just admit it!!
la~insult~clothes~angry_punctuation~You're a joke!! Who wears that to a funeral?!
fx~bare_advice~doctor~angry_punctuation~Just go to the doctor then!!! Stop googling it!!
st~shutdown~kids~one_word_or_fragment~whatever. your call
de~bare_order~dishes~one_word_or_fragment~dishes. not tomorrow. tonight.
la~label_noun~gaming~one_word_or_fragment~{child.|man-baby.}
ab,co~sarcasm~gifts~one_word_or_fragment~socks. lovely. again.
df~counter_attack~punctuality~polite_hedged~With respect, you're hardly one to talk about being on time, are you?
fx~bare_advice~friends~polite_hedged~Have you thought about just not going if she makes you feel like that? Seems simple enough.
co~passive_aggressive_thanks~in_laws~polite_hedged~Thank you so much for telling your mother about our argument. Really appreciated.
mr~mind_reading_claim~work_hours~polite_hedged~I think deep down you prefer being at work to being here, and that's fine, just be honest.
th~consequence_threat~holidays~formal~If you cancel this holiday, I will go without you and I will not be asking again.
la~comparison_noun~car~formal~Your father managed to keep a car running for fifteen years. You've written off two in five.
bl~conditional_blame~kids~formal~The children wouldn't be so anxious if you didn't argue with me in front of them.
df~excuse~gifts~formal~I did not have time to buy a present. I was working. I do not see why that is a problem.
st~shutdown~cleaning_bathroom~formal~I am not discussing the bathroom any further. Do it or don't.
fx~bare_advice~exercise~formal~If you want to lose weight, you should simply go running every morning.
la,ab~affection_then_complaint~chores~lowercase_texting~you know i love you but you have never once noticed the toilet roll is empty
ab~affection_then_complaint~texting_back~emoji~miss you loads 😘 would be nice if you replied before midnight for once tho
co~affection_then_complaint~cooking~lowercase_texting~love you babe, but if you call microwaving a pie "cooking" one more time
mr~affection_then_complaint~work_hours~lowercase_texting~i love you, i do, but you clearly care more about that job than us
ab,de~affection_then_complaint~tidiness~lowercase_texting~love you x now move your bike out of the hallway before i fall over it again
ab~affection_then_complaint~anniversaries~polite_hedged~You're a wonderful dad and I love you, but you always forget the things that matter to me.
ab~counting~laundry~lowercase_texting~3 loads washed, dried and folded by me this weekend. you folded a towel. one towel
ab,co~counting~money~lowercase_texting~i paid for the last 5 dinners out. not that im keeping score. but i am
ab~counting~school_run~lowercase_texting~school run tally this month: me 17, you 2. just so we're clear
bl,ab~counting~groceries~lowercase_texting~that's the third time you've "forgotten" your card at the till and i've paid
co~passive_aggressive_thanks~dishes~lowercase_texting~really appreciate you stacking the dirty plates NEXT to the dishwasher, so helpful
co~passive_aggressive_thanks~texting_back~british~Thanks for the reply. Oh wait, there wasn't one.
co~passive_aggressive_thanks~plans~lowercase_texting~thanks for telling me about saturday, i love finding out from your sister
de~bare_order~money~long_multi_sentence~I've put the bills list on the fridge. Transfer your half by Friday. Not next week, Friday.
de~bare_order~kids~lowercase_texting~bath, teeth, story, bed. you're doing it tonight, im out at 7
ab,de~bare_order~doctor~lowercase_texting~ring the surgery at 8am tomorrow. i'm not booking it for you again
ab,st~shutdown~chores~lowercase_texting~you know what, leave it. i'll do it myself like always
st~shutdown~sleep~one_word_or_fragment~not now. goodnight
st~shutdown~gifts~lowercase_texting~doesn't matter. it's fine. forget my birthday even happened
st~shutdown~snoring~lowercase_texting~im sleeping in the spare room. dont wanna talk about it
fx~bare_advice~snoring~lowercase_texting~just sleep on your side, honestly, how hard is it
fx~bare_advice~budget~lowercase_texting~just stop buying coffee out and you wont be skint every month
fx~bare_advice~in_laws~lowercase_texting~just ignore your sister then, stop letting her get to you
fx~bare_advice~school_run~lowercase_texting~just leave 10 minutes earlier, then you wont be stressed every morning
df~counter_attack~kids~lowercase_texting~oh so it's my fault he's glued to the ipad? who gave him it in the first place
df~excuse~groceries~lowercase_texting~it wasnt on the list so how was i supposed to know, im not a mind reader
th~consequence_threat~snoring~lowercase_texting~sort the snoring out or im moving into the spare room permanently
mr,co~rhetorical_question~hobbies~lowercase_texting~another new hobby? how long will this one last, two weeks?
bl~conditional_blame~punctuality~lowercase_texting~we'd have made the start of the film if you hadnt changed your shirt three times
la~comparison_noun~snoring~lowercase_texting~my dad snores but at least he got it checked. unlike some people
ab,co~sarcasm~commute~lowercase_texting~oh you're stuck in traffic, again, what a mystery
co~sarcasm~ex_partners~lowercase_texting~sure, go for coffee with your ex, totally normal, nothing weird there
mr~mind_reading_claim~ex_partners~lowercase_texting~you still compare me to her, i can tell
"""

ABBR = [
    (r"\byou're\b", "ur"),
    (r"\byoure\b", "ur"),
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bto be honest\b", "tbh"),
    (r"\bright now\b", "rn"),
    (r"\bplease\b", "pls"),
    (r"\bbecause\b", "bc"),
    (r"\btomorrow\b", "tmrw"),
]


def lower_variant(t: str) -> str:
    v = t.lower().replace("'", "").replace("\u2019", "")
    v = re.sub(r"\.$", "", v)
    return v


def abbr_variant(t: str) -> str:
    v = t
    for pat, rep in ABBR:
        v = re.sub(pat, rep, v)
    return v


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    seen: set[str] = set()
    n = 0
    for line in DATA.strip("\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        cat_codes, form, sit, style, text = line.split("~", 4)
        flagged = cat_codes != "-"
        clist = (
            [] if not flagged else sorted({CAT[c] for c in cat_codes.split(",")}, key=ORDER.index)
        )
        n += 1
        tid = f"blg-{n:04d}"
        m = re.search(r"\{([^{}]*)\}", text)
        variants: list[tuple[str, str, bool]] = []
        if m:
            for opt in m.group(1).split("|"):
                variants.append((text[: m.start()] + opt + text[m.end() :], style, False))
        else:
            variants.append((text, style, False))
            if (
                style
                not in (
                    "lowercase_texting",
                    "all_caps",
                    "one_word_or_fragment",
                    "abbreviations",
                    "typos",
                )
                and lower_variant(text) != text
            ):
                variants.append((lower_variant(text), "lowercase_texting", True))
            elif style == "lowercase_texting":
                a = abbr_variant(text)
                if a != text:
                    variants.append((a, "abbreviations", True))
        for t, st, auto in variants:
            if t in seen:
                continue
            seen.add(t)
            rows.append(
                {
                    "text": t,
                    "flagged": flagged,
                    "categories": clist,
                    "situation": sit,
                    "style": st,
                    "form": form,
                    "template": tid,
                    "split": split_of(tid),
                    "_v": auto,
                }
            )
    return trim(rows)


TARGET = {True: 338, False: 312}  # about 650 rows, about 52% flagged
MIN_CAT = 32


def trim(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop automatic style near-copies (never a template's first row) until the targets are met,
    keeping every category at MIN_CAT rows or more. Order fixed by a hash of the text."""
    cat = collections.Counter(c for r in rows for c in r["categories"])
    have = collections.Counter(r["flagged"] for r in rows)
    drop: set[int] = set()
    cands = sorted(
        (r for r in rows if r["_v"]), key=lambda r: hashlib.sha256(r["text"].encode()).hexdigest()
    )
    for r in cands:
        if have[r["flagged"]] <= TARGET[r["flagged"]]:
            continue
        if any(cat[c] <= MIN_CAT for c in r["categories"]):
            continue
        drop.add(id(r))
        have[r["flagged"]] -= 1
        for c in r["categories"]:
            cat[c] -= 1
    return [r for r in rows if id(r) not in drop]


# Texts an earlier Tend file already has (checked when this set was added to tests/data):
# left out, so no text sits in one file's train split and another's test split.
ALREADY_ELSEWHERE = frozenset(
    [
        "fine.",
        "forget i said anything",
        "k",
        "keep texting her and see what happens",
        "never mind, found it",
        "sure.",
        "👍",
    ]
)


def main() -> None:
    rows = build()
    for r in rows:
        r.pop("_v")
    write_jsonl(OUT, [r for r in rows if r["text"].strip().lower() not in ALREADY_ELSEWHERE])
    # validate
    keys = ["text", "flagged", "categories", "situation", "style", "form", "template", "split"]
    texts: set[str] = set()
    back: list[dict[str, Any]] = []
    with OUT.open(encoding="utf-8") as f:
        for ln in f:
            r = json.loads(ln)
            assert list(r.keys()) == keys, r
            assert r["text"] not in texts, r["text"]
            texts.add(r["text"])
            assert r["split"] == split_of(r["template"])
            assert (r["categories"] != []) == r["flagged"]
            back.append(r)
    C = collections.Counter
    fl = sum(r["flagged"] for r in back)
    print(
        "rows",
        len(back),
        "flagged",
        fl,
        "innocent",
        len(back) - fl,
        "templates",
        len({r["template"] for r in back}),
    )
    print("categories", dict(C(c for r in back for c in r["categories"]).most_common()))
    print("split rows", dict(C(r["split"] for r in back)))
    print("split flagged/innocent", dict(C((r["split"], r["flagged"]) for r in back)))
    print(
        "situations",
        len(C(r["situation"] for r in back)),
        dict(C(r["situation"] for r in back).most_common()),
    )
    print("styles", dict(C(r["style"] for r in back).most_common()))
    print("forms", dict(C(r["form"] for r in back).most_common()))


if __name__ == "__main__":
    main()
