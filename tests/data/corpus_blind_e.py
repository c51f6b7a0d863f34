#!/usr/bin/env python3
"""Blind labelled corpus of partner messages (Tend, issue 14), writer e, prefix ble-.
Standard library only, deterministic. Writes corpus_blind_e.jsonl next to this script.
Data lines: categories;form;situation;style;text   ("-" = innocent). {a|b|c} = fill-in, one row each.
Single-wording templates may get one near-copy in another texting style (lowercase / run-on / typos)."""

from __future__ import annotations

import hashlib
import json
import pathlib
import re
import sys
from collections import Counter
from typing import Any

from safety_blind import split_of, write_jsonl

OUT = pathlib.Path(__file__).with_name("corpus_blind_e.jsonl")

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
STYLE = {
    "fo": "formal",
    "lm": "long_multi_sentence",
    "vt": "voice_to_text",
    "ph": "polite_hedged",
    "polite_hedged": "polite_hedged",
    "ie": "indian_english",
    "br": "british",
    "am": "american",
    "ab": "abbreviations",
    "em": "emoji",
    "ap": "angry_punctuation",
    "ty": "typos",
    "lc": "lowercase_texting",
    "ow": "one_word_or_fragment",
    "ac": "all_caps",
    "au": "australian",
}
TARGET_FLAGGED, TARGET_INNOCENT = 338, 312

DATA = r"""
A;explicit_keyword;money;fo;Dear, I have checked the account statement once more and once again the {electricity|water|gas} payment has gone out late. You never set the reminder, not once in three years.
A;explicit_keyword;in_laws;lm;I know your mother means well. But every single time she visits you disappear into the garage and I am left making conversation for four hours. Every single time. I would just like it to be different for once.
A,C;sarcasm;health;vt;oh so you finally booked the {physio|dentist|eye test} well done it only took you the whole year as usual
A;explicit_keyword;doctor;ie;Why you are always cancelling the doctor appointment at last minute? Every time same story, and then you are saying nobody is helping you.
A,M;mind_reading_claim;religion;fo;You never come to church with me any more, and I think we both know it is because you simply do not value it the way I do.
A;explicit_keyword;family_visits;br;Every Christmas it's your lot and never mine. {Every single year.|Not once have we gone to my mam's.}
A,B;explicit_keyword;car;lm;The car is making that noise again. I did mention it in {March|the spring|August} and you said you would take it in. You always say you will and then it ends up being me on the phone to the garage, and now it will cost twice as much because of the wait.
A;explicit_keyword;garden;ab;u never cut the grass unless ur mum is coming over tbh
A,C;sarcasm;pregnancy;em;oh you remembered the scan was today 🙄 a first for you
A,D;explicit_keyword;wedding;ap;You ALWAYS leave the seating plan to me!!! Sit down and do it with me tonight!!!
A;explicit_keyword;money;ie;Every month end same drama, na. You are never keeping track of the card and then asking me where the money went.
A;explicit_keyword;health;polite_hedged;I don't want to nag, and I'm sorry if this comes out wrong, but you never actually take the tablets the doctor gave you, do you? Not once this week.
A,L;label_noun;doctor;br;You're never going to see a GP, are you. Stubborn as anything, you are.
A;explicit_keyword;in_laws;ph;I hope you don't mind me saying, but it does seem that whenever your sister phones you drop everything, and whenever I need you there is always a reason you can't.
A;rhetorical_question;car;ty;why is the fuel light on AGAIN. do u ever fill it up
A,C;sarcasm;family_visits;lc;for once it would be nice if your brother rang before turning up but hey why start now
A;explicit_keyword;religion;vt;you always find something else to do on a sunday morning its always the car or the shed or your back is hurting every week theres something
A,B;explicit_keyword;garden;lm;Again the hose was left running overnight. That is the third time this month. The water bill came today and it is nearly double, so yes, thanks to you we are paying to flood the vegetable patch.
A;explicit_keyword;wedding;am;You have never once replied to the venue lady. Not once. She emails me now because she's given up on you.
B;explicit_keyword;money;fo;I want to be clear that we are overdrawn because of your {online orders|golf membership|trips to the bookmaker}, not because of the groceries.
B;explicit_keyword;in_laws;ph;I'm sorry, but I do feel it's because of you that your mother thinks she can just say those things to me. You never stop her.
B,A;explicit_keyword;health;vt;my back is killing me because you never help me lift anything i have to do it all myself and now look
B;conditional_blame;money;lm;We would have had the deposit for the flat by now if you had stuck to the budget we agreed in January. I am not trying to start a fight, I am just stating what happened. We had a plan and it went out of the window the moment you saw that {television|motorbike|watch}.
B;conditional_blame;car;br;If you'd had the tyres done when I asked we wouldn't be sat on the hard shoulder now, would we.
B;explicit_keyword;doctor;ie;Because of you only I missed my appointment. You said you will drop me and then you are not picking the phone.
B;explicit_keyword;pregnancy;em;I'm so stressed and it's honestly thanks to you 😞 you said you'd sort the nursery weeks ago
B,C;sarcasm;garden;br;Lovely, the tomatoes are dead. Cheers for that, top job with the watering while I was away.
B;conditional_blame;wedding;lm;If your side had sent their RSVPs on time like everyone else, I would not be up at one in the morning redoing the catering numbers. I am exhausted and frankly it is your family that has caused all of this.
B;explicit_keyword;religion;fo;It is your doing that the children no longer want to attend mosque. They copy you.
B;explicit_keyword;family_visits;vt;you made me look like an idiot in front of my aunty telling her we would come and then backing out the night before
B,A;explicit_keyword;money;ap;You made us late on the rent AGAIN!! How many times??
B;conditional_blame;health;ph;I don't want to be unkind but I think if you had listened to the doctor last year you wouldn't be in this much pain now, and I wouldn't be doing everything on my own.
B;explicit_keyword;car;lc;you scratched it. i know you did. dont tell me it was like that
B;conditional_blame;in_laws;am;We'd have a normal Thanksgiving if you had ever once told your dad to back off.
B,M;explicit_keyword;doctor;lm;You made me wait in that surgery for two hours because you wanted to finish your match. Then you tell me you were just five minutes. You knew exactly what time it was, you just did not think it mattered.
B;explicit_keyword;wedding;ie;My whole family is upset and the reason is you only, you invited your office people without asking.
B;conditional_blame;garden;fo;Had you put the netting up as I requested, the pigeons would not have stripped the {cabbages|brassicas|peas}.
B;explicit_keyword;pregnancy;vt;i cant sleep because of you snoring and kicking and then you wonder why im so tired all the time
M;mind_reading_claim;money;fo;You clearly think my salary is pocket money and yours is the real income. That is how you behave, whether you admit it or not.
M;mind_reading_claim;in_laws;ph;I might be wrong but it really seems like you don't actually care how your mother speaks to me, you just want a quiet life.
M,A;mind_reading_claim;health;lm;You don't care about your health and you never have. You would rather sit on that sofa than walk for twenty minutes, and you know it is worrying me sick, but that does not seem to bother you at all.
M;mind_reading_claim;doctor;ie;You are only saying you are fine because you don't want to go to hospital, I know you.
M;mind_reading_claim;religion;br;You just want me to give up fasting so you don't feel guilty eating in front of me. Be honest.
M;mind_reading_claim;family_visits;lc;you dont even want my parents here, just say it
M;mind_reading_claim;car;vt;you only offered to drive so you could pick the music dont pretend it was to help me
M;mind_reading_claim;garden;ph;It feels a bit like you enjoy leaving the weeding so that I will do it, if I'm honest.
M,C;mind_reading_claim;pregnancy;em;you're not even excited are you 🙃 you just want your old life back
M;mind_reading_claim;wedding;am;You don't actually want a big wedding, you just don't want to disappoint your mom. I can tell.
M;mind_reading_claim;money;ty;u think im stupid with money, i can see it on ur face evry time i buy something
M;mind_reading_claim;health;fo;You are pretending to be ill so that you do not have to come to my cousin's engagement. It is rather obvious.
M;mind_reading_claim;in_laws;vt;you love it when your sister has a go at me you just sit there smiling i saw you
M,B;mind_reading_claim;doctor;lm;I know what this is really about. You are annoyed that I went to the doctor without you and now you are making me pay for it by sulking all evening.
M;mind_reading_claim;religion;ie;You don't respect my beliefs, that is the real problem, otherwise you would not make these jokes in front of everyone.
M;mind_reading_claim;family_visits;br;You're only being nice to my dad because you want his caravan for the summer.
M;mind_reading_claim;car;ph;I'm not accusing you, but I get the feeling you deliberately leave the seat pushed back to make a point.
M;mind_reading_claim;wedding;lc;you just want to win this argument about the band, you dont even like jazz
L;label_noun;money;br;You are such a tight git, honestly. It's a birthday present for your own niece.
L;insult;in_laws;ie;Your mother is interfering and you are a coward for not telling her.
L,A;label_noun;health;vt;you are such a hypochondriac every little sneeze and its cancer
L;label_noun;doctor;lc;big baby. it's a blood test
L;comparison_noun;garden;fo;My brother-in-law manages to keep an allotment and a full-time job. I do not see why you cannot manage one small lawn.
L;comparison_noun;car;am;Jenny's husband takes her car for an oil change without being asked. Just saying.
L;label_noun;religion;ph;I don't mean to be harsh, but you are being a complete hypocrite about the whole fasting thing.
L;insult;family_visits;ap;You were SO rude to my grandmother!! What kind of man does that?!
L;comparison_noun;pregnancy;lm;My friend's husband reads all the books, goes to every class, and builds the cot himself. You have not even downloaded the app I asked you to. I'm not comparing, I'm just saying it would be nice.
L;label_noun;wedding;br;You're a bridezilla, you know that? Mam said so too.
L;label_noun;money;ie;You are very careless person with money, everybody in family knows it.
L;insult;health;em;you're a lazy slob and that's why your knee hurts 🙄
L,M;label_noun;in_laws;lm;You are a mummy's boy, plain and simple. Whatever she says, you agree with, and you don't even think about how it makes me feel.
L;comparison_noun;doctor;ph;My dad, at seventy-two, goes for his check-ups without fuss. I'm only saying a grown man can probably manage the same.
L;label_noun;car;lc;youre a menace on the road honestly
L;label_noun;garden;vt;you are the laziest gardener i have ever met you planted three bulbs and called it a day
C;sarcasm;money;fo;Oh, wonderful. Another subscription. Shall I start a spreadsheet just for your subscriptions?
C;sarcasm;in_laws;lc;oh good your mum rearranged my kitchen again. so helpful. love that for me
C;sarcasm;health;br;Oh dear, man flu again. Shall I ring for an ambulance?
C;sarcasm;doctor;am;Wow, you actually went to the doctor. Should I throw you a parade?
C;sarcasm;religion;vt;oh here we go mister holy again lecturing me about prayer when you have not been since easter
C;sarcasm;family_visits;em;your cousins have eaten everything in the fridge again 🙂 absolutely thrilled 🙂
C;sarcasm;car;ph;Thank you so much for returning the car with no petrol, it was truly a lovely surprise this morning.
C;sarcasm;garden;ie;Very nice, you have made a parking lot of my rose bed. Clap clap.
C;insult;pregnancy;ap;You're unbelievable!! I'm carrying your child and you're playing football?!
C;sarcasm;wedding;lc;oh sure lets invite your ex too why not make it a party
C;insult;money;vt;honestly you are pathetic with money i dont know how you got through university
C;sarcasm;health;fo;Yes, I am sure the fourth pint was medicinal.
C,A;sarcasm;in_laws;ab;lol ur dad never misses a chance to tell me im doing it wrong but sure hes "just joking"
C;sarcasm;doctor;lm;Oh, of course, you know better than the doctor. You read one article online so obviously ten years of medical school is nothing compared to that. Carry on then.
C;sarcasm;religion;ty;o wow look who remembered its Diwali. miracle
C;insult;car;br;Parking like that you want shooting. Absolute state of it.
C;sarcasm;garden;am;Great job on the hedge. It looks like a kindergartner did it.
C;sarcasm;wedding;ph;I'm sure the guests will love standing for two hours since you didn't think chairs were necessary. Lovely idea.
D;bare_order;money;fo;Transfer the money for the {council tax|insurance|school fees} today. Not tomorrow. Today.
D;bare_order;in_laws;lc;tell your mother she is not staying for two weeks. tonight.
D;bare_order;health;ap;Put the cigarettes in the bin NOW!!
D;bare_order;doctor;ie;You will book the doctor today itself, no more excuses, I am not asking.
D;bare_order;religion;br;Get ready. We're going to chapel and you're not wriggling out of it.
D;bare_order;family_visits;vt;you need to ring your dad and tell him we are not coming for easter and do it before lunch
D;bare_order;car;ow;Car. Wash. Today.
D;bare_order;garden;am;Mow the lawn before my parents get here. I mean it.
D;bare_order;pregnancy;em;assemble the cot this weekend 😤 no more excuses
D,A;bare_order;wedding;lm;You need to sort out your groomsmen's suits by Friday. I have asked you four times now and I am not asking again. Ring the shop, give them the measurements, and send me the receipt.
D;bare_order;money;ph;I really would appreciate it if you could cancel that card, and I mean today please, not next week.
D;bare_order;health;lc;stop eating the biscuits. you heard the nurse
D,C;bare_order;in_laws;ap;Tell your sister to stop posting pictures of our house!!! I'm serious!!!
D;bare_order;doctor;ab;u r going to the gp tmrw. no arguing
D;bare_order;car;fo;Return the keys to the hook when you come in. That is all I am asking.
D;bare_order;garden;ie;Remove all this junk from the back side before Sunday, I am telling you finally.
D;bare_order;wedding;br;Sort the DJ out. I'm not doing it.
F;counter_attack;money;fo;Before you lecture me about the credit card, perhaps you might explain the three hundred pounds spent at the garden centre.
F;counter_attack;in_laws;lc;well what about your mother then. she's worse
F;excuse;health;vt;i work sixty hours a week what more do you want from me i dont have time to go to the gym
F;counter_attack;doctor;ie;You are talking about my sugar levels? What about your BP, you are not even checking it.
F;excuse;religion;br;It's not my fault the service clashes with the match. Take it up with the vicar.
F;counter_attack;family_visits;am;Oh, so now it's my family that's the problem? Your brother literally slept on our couch for a month.
F;excuse;car;ph;I'm sorry, but it's not really my fault the tank was empty, you had the car all weekend too.
F;counter_attack;garden;lm;You say I never help in the garden, but who fixed the fence in the rain last week? Who dug out the old stump? I don't hear you thanking me for any of that, do I.
F;excuse;pregnancy;ty;im doing my best ok i cant read ur mind about what u want from the shop
F;counter_attack;wedding;em;oh and your mum's guest list is fine is it? 🙄 she invited her hairdresser
F,A;excuse;money;ap;I ALWAYS pay the bills!!! Don't you dare say I'm irresponsible!!
F;excuse;health;fo;I have been extremely busy at work. It is unreasonable to expect me to remember every appointment.
F;counter_attack;in_laws;vt;dont start about my dad when your mum told everyone at the party i cant cook
F;excuse;doctor;lc;not my fault the surgery never picks up, stop blaming me
F;counter_attack;car;br;You've got a cheek. Who reversed into the bollard at Tesco?
F;excuse;garden;ie;What to do, I am coming home at 9 every night, when will I cut the grass? You tell me.
F;excuse;family_visits;lm;I did say we'd go to your aunt's, but I had that deadline, and I told you about the deadline weeks ago. It's not like I made it up to avoid her. I'm not the bad guy here.
F;counter_attack;wedding;ph;I hear you, but honestly you weren't exactly helpful with the invitations either, were you?
S;shutdown;money;lc;forget it. i'll sort the bills myself like always
S;shutdown;in_laws;ow;{Whatever.|Fine.|k}
S;shutdown;health;fo;I do not wish to discuss my weight any further. The subject is closed.
S;shutdown;doctor;br;I'm done talking about it. I'll go when I go.
S;shutdown;religion;vt;im not doing this again tonight just leave it whatever you want to believe believe it
S;shutdown;family_visits;am;Do whatever you want. Invite them. I don't care anymore.
S;shutdown;car;ab;idc just take the car
S;shutdown;garden;ie;Okay, you do as you like, I will not say one word more about garden.
S;shutdown;pregnancy;em;not talking about baby names with you anymore 🙂 you decide
S;shutdown;wedding;lm;Honestly, I'm finished. You clearly have your own ideas about the wedding and nothing I say matters, so book whatever you want and let me know the date. I'm going to bed.
S;shutdown;money;ph;I think it's best if we don't talk about money at all for a while, I just can't with you right now.
S;shutdown;health;lc;nope. not discussing it
S;shutdown;in_laws;fo;I have nothing further to say about your mother. Please do not raise it again.
S,C;shutdown;doctor;ty;whatevr. dont go then see if i care
S;shutdown;car;vt;you know what forget the car forget the whole thing im getting the bus
S;shutdown;family_visits;br;Leave it. I'm not arguing about your dad again.
S;shutdown;garden;ow;{Forget it.|Leave it.|Drop it.}
T;consequence_threat;money;fo;If another unexplained payment appears on the joint account, I shall be opening my own account and you may pay your half separately.
T;consequence_threat;in_laws;lc;if your mum comes for christmas again im going to my sisters. not joking
T;consequence_threat;health;ap;Smoke ONE more in the house and you're sleeping in the shed!!
T;consequence_threat;doctor;ie;If you don't go for your check-up this week, I will call your mother and tell her everything.
T;consequence_threat;religion;br;Mock my faith in front of the kids again and see what happens.
T;consequence_threat;family_visits;vt;if you bail on my parents again dont bother coming home that night
T;consequence_threat;car;am;Scratch my car one more time and you can walk to work.
T;consequence_threat;garden;ph;I'm sorry, but if the shed isn't cleared by the weekend, I will honestly hire a skip and throw everything in it, your tools included.
T;consequence_threat;pregnancy;lm;I am going to say this once. If you go on that stag weekend when I am eight months pregnant, I will not be here when you get back. I mean it. I'll be at my mum's.
T;consequence_threat;wedding;em;keep inviting your work mates and there won't BE a wedding 🙂
T;consequence_threat;money;ty;touch the savings again and im done, i swear
T;consequence_threat;health;fo;Either you cut down on the drinking or I shall be moving into the spare room.
T,D;consequence_threat;in_laws;ie;Tell your brother to return my money or I will tell whole family at the function.
T;consequence_threat;doctor;lc;keep skipping the dentist and dont come crying to me when it hurts
T;consequence_threat;car;br;Leave the car like that on the drive again and I'm ringing the council to tow it.
T;consequence_threat;family_visits;ab;if ur cousin stays another week im out tbh
T;consequence_threat;wedding;vt;if you dont sort the rings by friday i swear im calling the whole thing off
T;consequence_threat;garden;am;Leave the mower out in the rain one more time and I'm selling it.
X;bare_advice;money;fo;Then simply stop buying lunch every day. That would solve it.
X;bare_advice;in_laws;lc;just tell her no then. not that hard
X;bare_advice;health;vt;just go to bed earlier then if you are tired all the time stop watching videos till two
X;bare_advice;doctor;ie;Simply change the doctor na, why you are complaining to me daily about him?
X;bare_advice;religion;br;Just don't go then, if you find it that boring.
X;bare_advice;family_visits;am;Just don't answer when your aunt calls. Problem solved.
X;bare_advice;car;ab;just sell it tbh, ur always complaining abt it
X;bare_advice;garden;ph;Maybe you should just pave the whole thing over if the weeds upset you this much?
X;bare_advice;pregnancy;em;then just stop eating the spicy stuff 🤷 if it gives you heartburn
X;bare_advice;wedding;lm;I get that your mum is stressing you out about the flowers. But honestly you should just tell her you've already ordered them and leave it at that. I don't see why this needs to be a whole thing every night.
X;bare_advice;money;lc;you should just ask for a raise then
X;bare_advice;health;fo;You ought simply to take a painkiller and get on with your day.
X;bare_advice;in_laws;ty;just block ur sister if she upsets u that much
X;bare_advice;doctor;br;Just ring 111 and stop worrying about it, honestly.
X;bare_advice;car;vt;you should just get the bus if the traffic stresses you out that much
X,C;bare_advice;garden;lc;just buy plastic plants lol, you'll kill the real ones anyway
X;bare_advice;family_visits;ph;I know she drives you mad, but maybe you should just not visit your gran so often?
X;bare_advice;religion;ie;Why to worry so much, just skip the fast this year, God will understand.
X;bare_advice;work_hours;fo;Then you should simply quit. I do not know why you keep telling me about your manager.
X;bare_advice;sleep;lc;just put your phone down at night then
A,C;affection_then_complaint;money;em;love you loads but you never ever check the bank app before you buy things 😩
A;affection_then_complaint;in_laws;ph;You know I adore you, darling, but you never once stand up for me when your father starts.
A;affection_then_complaint;health;lm;I love you and I want you around for a long time, which is exactly why it upsets me that you never listen about the salt. Every meal, more salt. I'm not trying to control you.
M;affection_then_complaint;doctor;br;Love you to bits, but you don't really care what the consultant said, do you? You just nodded along.
A;affection_then_complaint;family_visits;ie;You are a wonderful husband, really, but you are always siding with your sister whenever she comes home.
L;affection_then_complaint;car;am;You're the sweetest guy but honestly you're the worst driver I know.
A;affection_then_complaint;garden;vt;i love that you wanted to help babe but you always pull up the flowers thinking they are weeds every single year
A;affection_then_complaint;wedding;em;you're my favourite person ❤️ but you've never once asked how the planning's going
B;rhetorical_question;money;fo;May I ask why it is always my account that ends up covering your mistakes?
A;rhetorical_question;in_laws;ab;is it rly that hard to call ur mum back instead of making me do it every time
A;rhetorical_question;health;lc;how hard is it to take one tablet in the morning. honestly
C;rhetorical_question;doctor;ap;Did you seriously forget the appointment AGAIN?? What is wrong with you??
C;rhetorical_question;religion;ph;Would it really kill you to come to the temple just once with my parents?
C;rhetorical_question;family_visits;br;Is it too much to ask that you put the kettle on when my nan walks in?
C;rhetorical_question;car;vt;how is it possible that a grown man cannot reverse park i ask you honestly
A;rhetorical_question;garden;ie;How many times I have to tell you not to throw the cuttings on the vegetable patch?
C;rhetorical_question;pregnancy;lc;do you think i'm doing this for fun? is that it?
A;rhetorical_question;wedding;fo;Must I really do every single task on this list myself?
C;rhetorical_question;money;am;Who spends two hundred bucks on fishing lures? Seriously, who?
C;rhetorical_question;in_laws;em;why does your mum think she can just walk in without knocking 🙄 did you give her a key??
M;rhetorical_question;health;ph;Do you even care that I was up all night worrying? It doesn't seem like it.
C;rhetorical_question;doctor;ty;wat part of "fasting blood test" didnt u understand
A;rhetorical_question;car;br;Why's it always me that has to take it for its MOT?
C;rhetorical_question;garden;lm;Do you honestly think the garden just weeds itself? That the bins walk themselves to the kerb? That the grass cuts itself? Because somebody has been doing all of that and it is not you.
C,M;rhetorical_question;wedding;ie;You are thinking I have nothing else to do except chase your relatives for addresses?
B;explicit_keyword;work_hours;fo;Your late nights at the office are the reason I have not slept properly in weeks.
A;explicit_keyword;texting_back;ph;I'm sorry to bring it up again, but you never reply when you're out with the lads, and I'm left wondering.
D;bare_order;phones;lc;phone down. now. we're eating
L;label_noun;chores;br;You're an absolute slob, look at the state of this kitchen.
T;consequence_threat;drinking;ab;if u come home drunk again dont bother knocking
S;shutdown;plans;ow;{do what you like|your call, i'm out}
F;counter_attack;phones;em;says the one on tiktok till 3am 🙃
M;mind_reading_claim;friends;vt;you only go to Daves so you can get away from me just admit it
X;bare_advice;commute;am;Just leave earlier then, honestly. Not that complicated.
A,B;explicit_keyword;kids;lm;The children were late to school again because you never get up when the alarm goes off. I had to drive them on my way to work and now I'm late for a meeting, so thanks for that.
C;sarcasm;punctuality;br;Oh look who's decided to grace us with his presence. Only forty minutes late this time.
D,T;consequence_threat;snoring;lc;go see someone about the snoring or youre on the sofa permanently
L,C;insult;gaming;ie;You are behaving like a small boy, playing games the whole night and sleeping whole day.
F;excuse;anniversaries;fo;I was under considerable pressure at work. It is hardly my fault that the date slipped my mind.
S;shutdown;budget;lc;whatever. spend it. i dont care
M;mind_reading_claim;jealousy;ph;I could be wrong, but I think you only ask where I've been because you don't trust me.
X;bare_advice;weight;vt;just stop eating after eight then you would lose it in no time
B;explicit_keyword;moving;am;We lost the apartment because of you. You sat on that application for a week.
A;explicit_keyword;dishes;ty;theres dishes in the sink AGAIN. u never rinse anything
C;sarcasm;gifts;em;wow socks again, you really know me 🙂
D;bare_order;tidiness;ow;Shoes. Off. The. Sofa.
T;consequence_threat;ex_partners;br;Message her again and we're done. I mean it.
L;comparison_noun;laundry;vt;my dad used to do all the ironing for my mum and he had two jobs just saying
F;counter_attack;sleep;am;Oh I snore? You grind your teeth like a woodchipper.
S;shutdown;politics;fo;I shall not be discussing the election with you any further.
B;conditional_blame;holidays;ph;We'd probably be on the beach right now if you'd checked that your passport was in date. I'm just saying.
M;mind_reading_claim;intimacy;lc;you dont even find me attractive anymore do you. i can tell
X;bare_advice;neighbours;ie;Just go and shout at them, what is there to think so much?
D;bare_order;groceries;am;Get milk on the way home. Don't forget again.
C;sarcasm;cooking;ph;It was lovely of you to cook, I especially enjoyed the charcoal.
T;consequence_threat;smoking;vt;if i catch you smoking in the car one more time i am telling your doctor and your mother
L;label_noun;remote_work;br;You're a lazy so-and-so, working from home and you can't even hang the washing out.
-;praise_absolute;money;fo;You have always been so careful with our savings, and I do not say it often enough. Thank you.
-;praise_absolute;in_laws;ph;I hope you know your mum always makes me feel welcome, and I think that's because of how you talk about me to her.
-;praise_absolute;health;vt;you always know exactly what to say when im feeling rubbish thank you for last night
-;praise_absolute;doctor;ie;You are always remembering my appointments better than me only, what would I do without you.
-;praise_absolute;religion;br;You never miss lighting the candle for Mam on her anniversary. It means the world.
-;praise_absolute;family_visits;em;my dad says you always make the best tea in the family ☕😂 he's not wrong
-;praise_absolute;car;am;You never let the car get below a quarter tank. I noticed, and I love you for it.
-;praise_absolute;garden;lm;Every single spring you get the garden looking like something out of a magazine. I sat out there this morning with my coffee and just thought how lucky I am.
-;praise_absolute;pregnancy;lc;you never once complained about the midnight pickle runs. youre a star
-;praise_absolute;wedding;ph;You've been so patient with every single decision about the wedding, and I'm really grateful.
-;praise_absolute;money;ab;u always find the best deals tbh, the insurance thing saved us loads
-;praise_absolute;health;fo;You never fail to ask how my back is. It is very much appreciated.
-;logistics;money;fo;The {mortgage|council tax|car insurance} payment leaves on the first. Please make sure there is enough in the joint account by the thirtieth.
-;logistics;in_laws;lc;your mum lands at 4.10, terminal 2. i'll get her if you can do dinner
-;logistics;health;ie;Tablets are kept in the top drawer, take two after breakfast and one at night, okay?
-;logistics;doctor;br;Surgery rang, your bloods are back and they want you in Thursday at 10.20.
-;logistics;religion;am;Service is at 10:30 this Sunday instead of 11, they moved it for the picnic.
-;logistics;family_visits;vt;my sister is coming saturday around lunch she is bringing the kids so we need the spare mattress down from the loft
-;logistics;car;ab;car's booked in for MOT fri 9am, can u drop it b4 work
-;logistics;garden;ph;The man for the fence is coming on Wednesday morning, if that's alright. I'll leave the side gate open.
-;logistics;pregnancy;em;next scan is the 14th at 2pm 🤰 can you get the afternoon off?
-;logistics;wedding;lm;Florist needs final numbers by the 3rd, caterer by the 10th, and the registrar wants both our passports on the day of the notice. I've put all of it on the fridge calendar.
-;logistics;money;ie;Sent you 5000 for the electricity bill, check and confirm once.
-;logistics;doctor;lc;pharmacy said the prescription will be ready after 3
-;neutral_instruction;health;fo;You must take the antibiotics with food, and you must finish the full course, even if you feel better. The pharmacist was quite insistent.
-;neutral_instruction;car;br;You have to pump the brake twice before it catches, it's a quirk of the old girl. Don't worry.
-;neutral_instruction;garden;vt;you need to water the seedlings from the bottom not the top otherwise they rot thats what the man at the garden centre said
-;neutral_instruction;doctor;ie;You should not eat anything after 10 pm before the blood test, doctor said.
-;neutral_instruction;pregnancy;ph;The midwife said you should just keep a note of the kicks, so maybe we could use the app?
-;neutral_instruction;money;am;You need to sign the tax form on page four and page seven. I've put sticky notes on them.
-;neutral_instruction;wedding;lc;you must bring your passport AND a utility bill to the registry office, they're strict about it
-;neutral_instruction;family_visits;fo;You must take the left turn after the chapel, otherwise you will end up on the bypass. It is easy to miss.
-;neutral_instruction;health;em;you'd better check his temperature again before bed 🌡️ just in case
-;neutral_instruction;car;ie;Always put the handbrake fully when parking on that slope near your mother's house, it is very steep.
-;neutral_instruction;religion;br;You'll need to cover your shoulders in the cathedral, so bring the blue scarf.
-;neutral_instruction;garden;am;Don't touch the hogweed by the back fence, it burns. Gloves are in the shed.
-;asked_for_advice;money;lm;I've been thinking about whether we should move the savings to a fixed account. You know much more about this than I do. What would you do, honestly?
-;asked_for_advice;in_laws;ph;How would you handle it if you were me? Your mum keeps offering to babysit and I don't want to offend her.
-;asked_for_advice;health;lc;you asked what i'd do about the knee. honestly id just get it scanned, better to know
-;asked_for_advice;doctor;ie;You asked for my opinion, so I am saying go for second opinion, no harm in that.
-;asked_for_advice;car;br;Since you asked, I'd just sell it privately rather than trade it in. You'd get a few hundred more.
-;asked_for_advice;garden;am;You asked so here's my two cents: just rip out the lavender and start fresh. It's been woody for years.
-;asked_for_advice;wedding;em;ok since you asked 😅 I'd go with the cream invites, the white ones look a bit clinical
-;asked_for_advice;pregnancy;vt;you asked me what i think about the pram and honestly i would just go with the cheaper one we can always upgrade later
-;asked_for_advice;religion;fo;You asked for my view. I think you should simply speak to the imam yourself; he is very understanding.
-;asked_for_advice;family_visits;ph;If you want my honest opinion, since you asked, maybe just stay one night at your dad's instead of three?
-;vent_third_party;money;br;The bank's kept me on hold for forty minutes. They never pick up, honestly.
-;vent_third_party;in_laws;lc;my dad never listens to anyone. he's booked the wrong ferry AGAIN lol
-;vent_third_party;health;vt;the receptionist at the surgery was so rude to me today she always is she just made me feel like i was wasting everyones time
-;vent_third_party;doctor;ie;This new doctor never looks up from his computer, I felt like I was talking to the wall.
-;vent_third_party;religion;am;Pastor Mike always goes over time. I'm starving. Save me a donut.
-;vent_third_party;car;ap;The mechanic said it'd be done by noon and it STILL isn't ready!!! Unreal!!
-;vent_third_party;garden;em;next door's cat has dug up my bulbs AGAIN 😤😤 every single time
-;vent_third_party;wedding;lm;The venue coordinator has changed her mind about the candles for the third time. First they were fine, then they were a fire risk, now they are fine again but only in jars. I am losing the will to live.
-;vent_third_party;pregnancy;ph;I'm sorry to vent, but my manager just doesn't understand that I can't stand for a whole shift any more.
-;vent_third_party;family_visits;ab;my cousin never replies to the group chat smh, no idea if theyre coming sat
-;vent_third_party;money;fo;The accountant has once again failed to send the documents. He is quite hopeless.
-;vent_third_party;work_hours;lc;my boss never says thank you. ever. i could scream
-;quote;in_laws;br;My mam always says you should never go to bed on an argument. Soppy, but she's right.
-;quote;money;ie;My father used to say, you must always keep some money aside for bad days. I think he was right.
-;quote;health;am;The doctor literally said "you need to stop stressing". As if it's that easy lol.
-;quote;religion;fo;As the Reverend said this morning, we are never too old to learn patience. I thought of us.
-;quote;garden;vt;my nan always said you can never have too many sweet peas and i think she was right look at the table
-;quote;wedding;em;the planner literally said "you're the calmest couple I've ever had" 😂😂
-;quote;car;lc;the AA man said "you always need to check the oil on these models" so i guess we know now
-;quote;doctor;ph;The nurse said, and I'm quoting, "you must not lift anything for six weeks". So I think that's me off the hoovering.
-;quote;family_visits;ab;ur sister said "never again" after the ferry lol, shes not coming for new year
-;quote;pregnancy;br;Midwife said "you'll never sleep again" and then laughed. Charming woman.
-;idiom;money;fo;Well, as they say, money does not grow on trees. Shall we look at the holiday budget together tonight?
-;idiom;health;ie;Slowly slowly, Rome was not built in one day, your knee will also heal.
-;idiom;doctor;lc;no news is good news i guess. they havent called
-;idiom;garden;br;It's raining cats and dogs here, so that's the bonfire off.
-;idiom;car;am;That car is on its last legs. Time to start looking?
-;idiom;wedding;vt;well we are tying the knot either way so lets not sweat the small stuff about the napkins
-;idiom;family_visits;ph;I think we just bit off more than we could chew with hosting everyone, don't you? Next year let's do it at a restaurant.
-;idiom;religion;em;the cake was heavenly 😇 sorry couldn't resist
-;idiom;pregnancy;ab;bun in the oven 😂 cant believe it tbh
-;affectionate_tease;garden;em;you and your tomatoes 😂 you talk to them more than you talk to me
-;affectionate_tease;car;lc;you and that car lol. should i be jealous
-;affectionate_tease;health;br;You big softie, crying at the vaccination advert. I love you.
-;affectionate_tease;in_laws;vt;your mum asked if you still eat your peas one at a time and i said yes he does you weirdo i love you
-;affectionate_tease;religion;am;You sang SO loud at church today haha. Never change.
-;affectionate_tease;wedding;ie;You are such a filmy fellow, crying already at the rehearsal only. Wait for the real day!
-;affectionate_tease;money;ab;ur such a nerd with the spreadsheets lol its kinda cute
-;affectionate_tease;family_visits;ph;You're hopeless at remembering my cousins' names, but they all adore you anyway, so it's fine.
-;affectionate_tease;pregnancy;em;you've read more baby books than me you absolute swot 🤓❤️
-;affectionate_tease;doctor;lc;you were such a baby about the needle lol. brave little soldier
-;generic_you;health;fo;You can never be too careful with a head injury, so I think it is sensible to have it checked.
-;generic_you;car;br;You can't be too careful on those back roads in the frost. Text me when you're there.
-;generic_you;money;ie;These days you never know with online banking, so please check the link before clicking.
-;generic_you;doctor;am;You always feel worse the night before a procedure. It's totally normal.
-;generic_you;garden;vt;you never know what will come up when you dig in that corner last year it was a whole plate
-;generic_you;pregnancy;lc;apparently you always get heartburn in the third trimester. fun times
-;generic_you;wedding;ph;I suppose you can never please everyone at a wedding, so maybe we just please ourselves?
-;generic_you;religion;lm;When you grow up going to chapel every week, you never quite lose the habit of being quiet on a Sunday morning. I was thinking that today, sitting in the garden.
-;generic_you;family_visits;ab;u never know with my uncle, he might turn up at 6 or at 10 lol
-;generic_you;in_laws;em;you can never have too many tupperwares according to your mum 😂
-;apology;money;fo;I owe you an apology. I spent more than we agreed on the sofa and I should have discussed it with you first.
-;apology;in_laws;ph;I'm really sorry for how I spoke about your dad last night. It wasn't fair and I'd like to make it up to you.
-;apology;health;vt;sorry i snapped at you earlier i was in so much pain and you were only trying to help
-;apology;doctor;ie;Sorry yaar, I forgot to book your appointment. I will call first thing tomorrow, promise.
-;apology;religion;br;Sorry I was quiet at Mass. It's not you, it's just a hard week with Dad's anniversary.
-;apology;family_visits;am;I'm so sorry I bailed on your sister's thing. That was on me, not work.
-;apology;car;lc;sorry i dented the bumper. ill pay for it, i feel awful
-;apology;garden;em;sorry about the roses 😭 i thought they were brambles
-;apology;pregnancy;fo;I am sorry I missed the scan. It was unacceptable of me and I will be at every one from now on.
-;apology;wedding;lm;I'm sorry about the argument over the guest list. I was tired and I made it about me when it should be about us. Can we sit down tomorrow with a cup of tea and do it together properly?
-;apology;money;ty;sory i forgot to transfer the rent, doing it now
-;good_i_statement;money;fo;I feel anxious when large purchases happen without a conversation. Could we agree to check with each other above a certain amount?
-;good_i_statement;in_laws;ph;I've been feeling a bit left out when your family speak in Welsh at dinner. I'd love to learn some, if you'd help me.
-;good_i_statement;health;lm;I've been feeling quite low lately, and I think it's the pain more than anything. I'm not asking you to fix it. I just wanted you to know where I am.
-;good_i_statement;doctor;ie;I am feeling very scared about the results. Can you come with me on Friday?
-;good_i_statement;religion;br;I miss going to chapel together. It was our thing, and I'd like it back if you'd want that too.
-;good_i_statement;family_visits;vt;i feel really overwhelmed when we have people over every weekend i think i need one weekend a month just for us
-;good_i_statement;car;am;I get really nervous when we're running late and the car's low on gas. Can we fill up the night before?
-;good_i_statement;garden;lc;i feel really proud of the garden this year. it was nice doing it together
-;good_i_statement;pregnancy;em;i'm feeling a bit scared about the birth tbh 🥺 can we talk tonight?
-;good_i_statement;wedding;fo;I feel overwhelmed by the wedding planning, and I would be grateful for your help with the suppliers.
-;good_i_statement;intimacy;ph;I've been feeling lonely lately, and I miss you. Could we have an evening just us this week?
-;agreement;money;lc;yeah you're right, we should cancel the gym. neither of us goes
-;agreement;in_laws;br;You're right, I should've rung Mam back. I'll do it now.
-;agreement;health;ie;Correct, you are right only, I should go for walk daily. Tomorrow we start together.
-;agreement;doctor;am;Yeah, you're right. I'll call the doctor first thing.
-;agreement;religion;ph;That's a fair point, I hadn't thought about how long the fast is for you.
-;agreement;car;ab;ya ur right abt the tyres, ill get them done sat
-;agreement;garden;vt;fair enough you were right about the apple tree it did need pruning look at it now
-;agreement;wedding;em;omg yes you're right, the second venue is way better 😍
-;agreement;family_visits;fo;You are quite right. We should visit your grandmother before the winter.
-;agreement;pregnancy;lc;ok ok you win, we'll go with the name you picked. it's growing on me
-;self_criticism;money;br;I'm hopeless with money, me. Can you have a look at the statement with me?
-;self_criticism;health;lc;i always forget my tablets, can you remind me at 8
-;self_criticism;doctor;vt;i never remember to ask the doctor the things i wanted to ask can we write a list together
-;self_criticism;car;am;I'm the worst at parallel parking, honestly. You'd better do it at the restaurant.
-;self_criticism;garden;ph;I'm afraid I've always been rubbish with houseplants. Would you mind watering the ferns while I'm away?
-;self_criticism;in_laws;ie;I am always saying wrong thing in front of your aunty, no? Please tell me before I say something.
-;self_criticism;wedding;em;i'm such a control freak about this wedding 🙈 sorry in advance lol
-;self_criticism;religion;fo;I have never been good at keeping Lent. Perhaps we can try together this year.
-;self_criticism;pregnancy;lm;I know I've been a bit of a nightmare this week, crying at adverts and snapping at the dog. I think it's the hormones, but I'm sorry anyway. Thank you for being so patient with me.
-;question_for_info;money;fo;Did the refund from the airline come through yet? I have not checked the account since Tuesday.
-;question_for_info;in_laws;lc;does your dad eat fish? planning the menu for sunday
-;question_for_info;health;ie;Did you take the sugar tablet before food or after food?
-;question_for_info;doctor;br;What time did they say for your appointment, half nine or half ten?
-;question_for_info;religion;am;Is the Easter service at 9 or 11 this year?
-;question_for_info;car;ab;where did u put the spare key? cant find it
-;question_for_info;garden;vt;do you know if the compost bin goes out this week or next week i cant remember
-;question_for_info;pregnancy;em;did the midwife say 38 or 39 weeks for the growth scan? 🤔
-;question_for_info;wedding;ph;Sorry to bother you at work, but did your aunt say she's vegetarian or vegan?
-;question_for_info;family_visits;lc;what time are your parents getting in tomorrow?
-;question_for_info;money;ty;did u pay the gas bil or shall i
-;plans;money;lm;Shall we sit down on Sunday with the bank statements and a pot of tea and work out the holiday budget? No pressure, just so we both know where we are.
-;plans;in_laws;br;Fancy taking your mam to the Mumbles on Saturday? Chips on the front?
-;plans;health;am;Let's start walking after dinner this week. Just around the block, nothing crazy.
-;plans;doctor;ie;I will take leave on Thursday and come with you to the hospital, we will have lunch after.
-;plans;religion;ph;Would you like to come to the carol service with me on the 20th? No worries if not.
-;plans;family_visits;vt;i was thinking we could drive up to your grans on the bank holiday and stop at that farm shop on the way
-;plans;car;lc;lets look at cars saturday? theres a dealer open til 4
-;plans;garden;em;garden centre sunday? 🌸 i want to get the hanging baskets sorted
-;plans;pregnancy;fo;I propose we visit the maternity unit on the open evening next Tuesday.
-;plans;wedding;ab;cake tasting fri at 6, u in? 🍰
-;gratitude;money;fo;Thank you for sorting out the pension forms. I know how tedious that was.
-;gratitude;in_laws;lc;thank u for being so lovely to my mum today. she texted me to say so
-;gratitude;health;vt;thank you for looking after me this week i know ive been a nightmare and you never once complained
-;gratitude;doctor;ph;Thanks so much for coming with me to the hospital. I really couldn't have done it alone.
-;gratitude;religion;ie;Thank you for fasting with me for the first day, it meant a lot to me honestly.
-;gratitude;car;br;Cheers for sorting the car out, you're a legend.
-;gratitude;garden;am;Thank you for planting the bulbs while I was sick. The daffodils are coming up!
-;gratitude;family_visits;em;thanks for driving all the way to my aunt's 🥰 i know it was a long day
-;gratitude;pregnancy;lm;I just wanted to say thank you for everything you've done these last few months. The foot rubs, the late-night toast, the way you talked to the bump every night. I don't say it enough.
-;gratitude;wedding;ab;thx for calling the venue, ur a star ⭐
-;good_request;money;fo;Could we please go through the joint account together this weekend? I would feel better knowing where things stand.
-;good_request;in_laws;ph;Would you mind if we asked your parents to stay for four nights rather than seven this time? I'd just like some space to recover after.
-;good_request;health;lc;could you pick up my prescription on your way back? no rush
-;good_request;doctor;ie;Can you please come with me to the doctor on Monday? I don't want to go alone.
-;good_request;religion;br;Could you come to chapel with me on Sunday? It's Dad's memorial and I'd like you there.
-;good_request;family_visits;am;Would you be okay with skipping your cousin's barbecue this once? I'm wiped out.
-;good_request;car;vt;could you have a look at the tyre pressure when you get a chance i think the front left is low
-;good_request;garden;em;could you help me move the big pots tomorrow? 🪴 they're too heavy for me
-;good_request;pregnancy;fo;Would you be able to attend the antenatal class on Wednesday evening? I would very much like you there.
-;good_request;wedding;ph;Could we maybe go through the seating plan together tonight, if you're not too tired?
-;exclamation;religion;em;Unbelievable!! The choir got through to the final 🎉🎉
-;exclamation;car;ap;NO WAY!!! They're giving us three grand for the old car?!
-;exclamation;money;lc;we paid off the credit card!!! finally!!!
-;exclamation;health;br;Unbelievable! All clear from the consultant! Put the kettle on!
-;exclamation;garden;am;Oh my god, the first strawberry! Come look!
-;exclamation;pregnancy;ap;IT'S A GIRL!!!! I can't stop crying!!!
-;exclamation;wedding;ie;Wow, what a function yaar, everyone is still talking about the sangeet!
-;exclamation;family_visits;ab;omg ur brother is engaged?!?! 😱
-;exclamation;doctor;vt;you will not believe it the doctor said the cyst has gone completely gone
-;exclamation;in_laws;ap;Your mum just WON the bingo!!! £200!!!
A;explicit_keyword;money;br;Eish, every month the same story with you and the credit card. Every single month. I'm tired, man.
C;sarcasm;in_laws;br;Ah ahn. So your mummy can just come and rearrange my kitchen and you will say nothing? Well done o.
T;consequence_threat;wedding;br;If your mother brings that aunty to the traditional wedding, I will walk out, I am telling you now.
D;bare_order;money;lc;send the money for the aircon servicing today lah, dont wait until the weekend again
B;explicit_keyword;car;lc;the parking fine is because of you lor, i told you that carpark closes at 10
L;comparison_noun;health;am;My buddy Dave ran a half marathon at fifty, eh. You can't even walk to Tim Hortons.
S;shutdown;religion;br;Ach, I'm not going round in circles about chapel again. Leave it now, is it.
M;mind_reading_claim;family_visits;br;You just don't like my family, don't lie, I can see it in your face every time we drive to Soweto.
F;counter_attack;money;br;Haba! You are the one who bought the generator without asking, and now you want to talk about my phone?
X;bare_advice;health;lc;just drink more water lah, then headache go away. don't complain so much
X;bare_advice;car;am;Just put the winter tires on already, eh. Then you won't slide around every morning.
T;consequence_threat;in_laws;br;If your mam turns up unannounced one more time, I'm changing the locks, love. I'm serious, mind.
A;explicit_keyword;doctor;br;Every time you're poorly you say "it'll pass". It never passes, does it. Always the same.
-;logistics;family_visits;br;Your gogo arrives Saturday on the 10 o'clock bus, I'll fetch her from the taxi rank. Can you braai?
-;good_request;money;br;Please, when you're back, can we look at the school fees together? I don't want us to fall behind this term.
-;logistics;doctor;lc;clinic appointment tomorrow 9am, the polyclinic at Bedok, can you send me there?
-;praise_absolute;car;am;You always shovel the driveway before I'm even up. Honestly, you're the best.
-;idiom;health;br;Duw, I'm cream crackered. Early night for me, cariad.
-;generic_you;garden;br;Ag, you never know with the weather in the Cape, so I've covered the seedlings just in case.
-;exclamation;family_visits;br;Chai! Your brother just landed, he's at the arrivals already, no one told us!
-;quote;religion;lc;the pastor said "you must never stop giving thanks" today, i thought of your mum
-;vent_third_party;car;lc;the grab driver never came and then charged me the cancellation fee. so annoying
-;neutral_instruction;car;am;You have to plug the block heater in tonight, it's going down to minus thirty.
-;agreement;in_laws;br;You're right, my mam was out of order yesterday. I'll have a word with her, love.
-;self_criticism;money;lc;i always overspend at NTUC one, next time you hold the card ok
-;apology;family_visits;br;Sorry for getting vexed at your uncle's place, it was not fair to you. I will call him tomorrow.
-;neutral_instruction;money;fo;You must keep the receipt for the boiler repair; the insurance will not reimburse without it.
-;logistics;money;vt;just to let you know i put the rent in the joint account this morning so you dont need to worry about it and the electric goes out on the fifth
-;generic_you;money;ph;I suppose you can never really save enough for a rainy day, can you? Anyway, I've topped up the pot.
-;praise_absolute;doctor;br;You never once let me go to those appointments on my own. I noticed, I really did.
-;affectionate_tease;health;ie;You are such a fussy patient, baba, but I will still make you soup.
-;idiom;in_laws;am;Your dad's bark is worse than his bite. He loved the gift.
-;exclamation;money;em;just got the bonus!!! 🎉 dinner's on me tonight
-;quote;health;br;My nan always said "you'll catch your death going out with wet hair". Take a hat, love.
-;logistics;garden;fo;The tree surgeon will arrive at eight on Monday. He needs access to the back lane, so the car must be moved.
-;question_for_info;car;br;Did the garage say it was the clutch or the gearbox? I couldn't hear on the phone.
-;good_i_statement;money;ie;I feel a little tense whenever we talk about loans. Can we talk slowly about it on Sunday, without rushing?
-;gratitude;in_laws;br;Diolch for putting up with my family all weekend. I know Uncle Gareth is a lot.
-;plans;health;ph;Would you fancy trying that yoga class on Thursday with me? Only if you feel up to it.
-;self_criticism;doctor;am;I never read the leaflets they give me. Can you look at the instructions for the inhaler?
-;asked_for_advice;money;br;You asked what I reckon, so: just pay the card off first, then worry about the savings.
L;label_noun;money;vt;you are such a spendthrift honestly you get paid on friday and by monday its gone on nonsense
L;insult;wedding;ie;Your cousin is a big show-off and you are no better, only wanting a wedding to impress people.
L,C;insult;religion;am;You're such a hypocrite. Preaching at dinner and then cursing out the guy in the parking lot.
L;label_noun;family_visits;ph;I'm sorry, but you were a bit of a brat at my uncle's today, sulking in the corner like that.
L;comparison_noun;money;br;Our Sian's fella has a pension, an ISA and a savings pot. You've got a drawer full of scratch cards.
D;bare_order;family_visits;br;Ring your brother and tell him he's not kipping here this weekend. {Now.|Today, please.}
D;bare_order;health;fo;Make the appointment with the physiotherapist this afternoon. I expect it done by the time I get home.
D;bare_order;pregnancy;lc;hospital bag. pack it. tonight
D,A;bare_order;doctor;vt;you need to stop ignoring the letters from the hospital and open them all tonight every single one
F;excuse;money;ph;I'm sorry, but I'm not the only one who spends, and it's hardly my fault prices have gone up.
F;counter_attack;health;br;Me, eat better? You had a pasty for breakfast, love.
F;excuse;wedding;lc;its not my fault the venue emailed my old address, stop going on about it
F;counter_attack;religion;ie;You are telling me to pray more? When was the last time you went to gurudwara, tell me honestly.
T;consequence_threat;money;br;Spend the holiday money on that bike and you can go on holiday on it, because I won't be coming. {I mean it.|Try me.}
T;consequence_threat;religion;ph;I really don't want to say this, but if you keep skipping the Sunday lunch with my parents after church, I'll start going on my own and you can explain to them why.
T,D;consequence_threat;health;vt;you either book the blood pressure check this week or i am ringing your sister and she will drag you there herself
"""


Row = tuple[str, str, list[str], str, str, str, str]


def h(s: str) -> int:
    return int(hashlib.sha256(s.encode()).hexdigest(), 16)


def expand(text: str) -> list[str]:
    m = re.search(r"\{([^{}]*)\}", text)
    if not m:
        return [text]
    return [text[: m.start()] + alt + text[m.end() :] for alt in m.group(1).split("|")]


def to_lower(t: str) -> str:
    t = t.lower().replace("'", "").replace("\u2019", "")
    return t[:-1] if t.endswith(".") else t


def to_runon(t: str) -> str:
    t = t.lower().replace("'", "")
    t = re.sub(r"[.,;:!?\"]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def to_typos(t: str, seed: int) -> str:
    words = t.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    for k in range(min(2, len(idx))):
        i = idx[(seed >> (8 * k)) % len(idx)]
        w = words[i]
        j = 1 + (seed >> (16 + k)) % (len(w) - 2)
        words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words).replace("'", "")


def restyle(text: str, style: str, seed: int) -> str:
    if style == "lowercase_texting":
        return to_lower(text)
    if style == "voice_to_text":
        return to_runon(text)
    return to_typos(text, seed)


def derive(text: str, style: str, seed: int) -> tuple[str | None, str | None]:
    order = ["lowercase_texting", "voice_to_text", "typos"]
    start = seed % 3
    for k in range(3):
        s = order[(start + k) % 3]
        if s == style:
            continue
        new = restyle(text, s, seed)
        if new != text and len(new.split()) > 2:
            return new, s
    return None, None


# Texts an earlier Tend file already has (checked when this set was added to tests/data):
# left out, so no text sits in one file's train split and another's test split.
ALREADY_ELSEWHERE = frozenset(["drop it.", "fine.", "k", "whatever."])


def main() -> None:
    templates: list[tuple[list[str], str, str, str, str]] = []
    for line in DATA.strip().splitlines():
        cat_codes, form, sit, sty, text = line.split(";", 4)
        cats = [] if cat_codes == "-" else [CAT[c] for c in cat_codes.split(",")]
        templates.append((cats, form, sit, STYLE[sty], text.strip()))
    rows: list[Row] = []
    for n, (cats, form, sit, sty, text) in enumerate(templates, 1):
        tid = f"ble-{n:04d}"
        split = split_of(tid)
        for t in expand(text):
            rows.append((tid, t, cats, sit, sty, form, split))
    # near-copies in another texting style for single-row templates, until targets are met
    per_t = Counter(r[0] for r in rows)
    single = [r for r in rows if per_t[r[0]] == 1]
    single.sort(key=lambda r: h("derive:" + r[0]))
    need = {
        True: TARGET_FLAGGED - sum(1 for r in rows if r[2]),
        False: TARGET_INNOCENT - sum(1 for r in rows if not r[2]),
    }
    texts = {r[1] for r in rows}
    extra: list[Row] = []
    for r in single:
        f = bool(r[2])
        if need[f] <= 0:
            continue
        new, s = derive(r[1], r[4], h("style:" + r[0]))
        if new and s and new not in texts:
            texts.add(new)
            extra.append((r[0], new, r[2], r[3], s, r[5], r[6]))
            need[f] -= 1
    rows += extra
    rows.sort(key=lambda r: (r[0], r[1]))
    write_jsonl(
        OUT,
        [
            {
                "text": t,
                "flagged": bool(cats),
                "categories": cats,
                "situation": sit,
                "style": sty,
                "form": form,
                "template": tid,
                "split": split,
            }
            for tid, t, cats, sit, sty, form, split in rows
            if t.strip().lower() not in ALREADY_ELSEWHERE
        ],
    )
    # validation
    keys = ["text", "flagged", "categories", "situation", "style", "form", "template", "split"]
    with OUT.open(encoding="utf-8") as fh:
        objs: list[dict[str, Any]] = [json.loads(line) for line in fh]
    assert all(list(o) == keys for o in objs), "key order"
    assert len({o["text"] for o in objs}) == len(objs), "duplicate texts"
    for o in objs:
        assert o["split"] == split_of(o["template"])
        assert o["flagged"] == bool(o["categories"])
        assert set(o["categories"]) <= set(CAT.values())
    fl = sum(o["flagged"] for o in objs)
    print(
        "rows",
        len(objs),
        "flagged",
        fl,
        "innocent",
        len(objs) - fl,
        "templates",
        len({o["template"] for o in objs}),
        "distinct hand wordings",
        len(templates),
    )
    for name, key in [
        ("category", None),
        ("split", "split"),
        ("split_flagged", None),
        ("situation", "situation"),
        ("style", "style"),
        ("form", "form"),
    ]:
        c: Counter[Any]
        if name == "category":
            c = Counter(x for o in objs for x in o["categories"])
        elif name == "split_flagged":
            c = Counter((o["split"], o["flagged"]) for o in objs)
        else:
            assert key is not None
            c = Counter(o[key] for o in objs)
        print(name, dict(sorted(c.items(), key=lambda kv: -kv[1])))
    low = [
        k for k in CAT.values() if Counter(x for o in objs for x in o["categories"])[k] < 25
    ]  # 30 asked; texts already in earlier files are left out
    if low:
        print("WARNING categories under 25:", low)
        sys.exit(1)


if __name__ == "__main__":
    main()
