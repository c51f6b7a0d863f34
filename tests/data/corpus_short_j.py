#!/usr/bin/env python3
"""Writer j: short everyday turns (instructions, teaching, body talk) plus short
blaming partner texts in the same shapes. Standard library only, deterministic.
Writes corpus_short_j.jsonl next to this script and prints validation counts."""

from __future__ import annotations

import collections
import json
import pathlib

from safety_blind import CATEGORIES, split_of, write_jsonl

PREFIX = "shj-"
OUT = pathlib.Path(__file__).resolve().with_name("corpus_short_j.jsonl")
CATS = frozenset(CATEGORIES)
KEYS = ["text", "flagged", "categories", "situation", "style", "form", "template", "split"]

# Texts left out: already in an earlier file of tests/data, or the same words as a turn of a
# dialogue set kept for evaluation only (the set is named in tests/data/SOURCES.md).
LEFT_OUT: frozenset[str] = frozenset(
    {
        "Shoot!",
        "gg",
        "You'd better check his pulse.",
        "have you tried turning it off and on again",
        "dont talk to me about printers lol",
        "I could murder a cup of tea.",
        "This heat is killing me.",
        "On a scale of one to ten, how bad is the pain?",
        "Drop it!",
        "bins. tonight.",
        "answer your phone",
        "fill the car up before you bring it back this time",
        "just go to bed earlier then",
        "do that again and see what happens",
        "be late again and im going without u",
        "late. again.",
        "you dont care",
        "You just want to win.",
        "lazy",
        "such a child",
        "is it that hard to reply",
        "well what about you",
        "k",
        "I'm done talking.",
        "forget it",
        "fine. whatever.",
        "Pub later?",
        "You must take your passport.",
        "yeah you're right",
        "Fair enough.",
        "you always know how to cheer me up",
        "stop it 😂",
        "on my way",
        "Sure thing.",
        "Unexpected item in the bagging area.",
        "never mind, found it",
        "ok",
        "dont bother coming home",
    }
)

# Block format: "@ situation style form cats" (cats comma-separated, "-" = innocent),
# followed by the block's texts, one per line. One block = one template.
DATA = r"""
@ classroom formal neutral_instruction -
Pens down, please.
@ classroom british neutral_instruction -
Eyes on me.
@ classroom formal neutral_instruction -
Open your books to page 42.
@ classroom lowercase_texting neutral_instruction -
copy the date off the board
@ classroom formal neutral_instruction -
Show your working.
Show your working or you lose the method marks.
@ classroom polite_hedged question_for_info -
Who can tell me what a noun is?
@ classroom british praise_absolute -
Lovely handwriting, Priya.
@ classroom formal neutral_instruction -
You have ten minutes left.
You have five minutes left. Check your answers.
@ exam formal neutral_instruction -
Do not turn over your paper until I say so.
@ exam formal neutral_instruction -
You may begin.
@ exam formal neutral_instruction -
Phones off and in your bags.
@ exam formal neutral_instruction -
Write your candidate number in the box.
@ exam lowercase_texting vent_third_party -
that exam destroyed me
that chem exam absolutely destroyed me lol
@ exam british self_criticism -
I completely blanked on question four.
@ exam american question_for_info -
Is the final open book?
@ classroom british neutral_instruction -
Read it again, slowly this time.
@ classroom formal neutral_instruction -
Underline the key words in the question.
@ classroom polite_hedged good_request -
Could you hand these round for me, Sam?
@ classroom british neutral_instruction -
Stop talking and listen.
@ classroom formal neutral_instruction -
Never start a sentence with 'and' in this essay.
@ classroom formal neutral_instruction -
Check your spelling before you hand it in.
@ classroom british neutral_instruction -
Chairs on tables before you go.
@ classroom lowercase_texting logistics -
homework is due friday
@ classroom british neutral_instruction -
Finger spaces between your words.
@ classroom formal neutral_instruction -
Carry the one.
@ classroom formal neutral_instruction -
Try again. You're nearly there.
@ sport british neutral_instruction -
Stay wide!
@ sport american neutral_instruction -
Hustle!
@ sport australian neutral_instruction -
Back yourself, mate.
@ sport british neutral_instruction -
Two laps of the pitch, then stretch.
Three laps, then water.
@ sport american neutral_instruction -
Bend your knees.
Bend your knees more on the follow-through.
@ sport british neutral_instruction -
Get back! Get back!
@ sport british neutral_instruction -
Shoot!
@ sport british neutral_instruction -
Take a knee, everyone.
@ sport american neutral_instruction -
Sprint to the line and back. Go.
@ sport british neutral_instruction -
Keep it simple. Pass and move.
@ sport formal neutral_instruction -
Breathe out on the push.
@ sport british praise_absolute -
Best you've played all season.
@ sport american encouragement -
Shake it off. Next play.
@ sport british neutral_instruction -
You're marking number nine.
@ sport_commentary british exclamation -
What a goal!
@ sport_commentary british exclamation -
He's absolutely murdered that ball.
She's absolutely hammered that into the top corner.
@ sport_commentary american exclamation -
And he's down. Looks like the ankle.
@ sport_commentary british exclamation -
That's a shocking miss.
@ sport_commentary british exclamation -
They've been killed on the counter again.
@ sport_commentary australian exclamation -
Huge hit! He'll feel that tomorrow.
@ sport_commentary american exclamation -
He never misses from there.
@ sport_commentary british exclamation -
Brutal. Absolutely brutal for the Spurs fans.
@ kids british neutral_instruction -
Shoes on.
@ kids british neutral_instruction -
Hold my hand to cross.
@ kids american neutral_instruction -
Gentle hands with the kitty.
@ kids british neutral_instruction -
Teeth, then bed.
@ kids american neutral_instruction -
Use your words, buddy.
@ kids british neutral_instruction -
Say thank you to the lady.
@ kids british neutral_instruction -
Don't touch, it's hot!
@ kids british neutral_instruction -
Sit on your bottom.
@ kids british neutral_instruction -
One more bite of broccoli.
Two more bites and you can get down.
@ kids american neutral_instruction -
Wash your hands, you've been playing in the dirt.
@ kids british neutral_instruction -
Arms up!
@ kids british neutral_instruction -
Stay where I can see you.
@ kids american neutral_instruction -
Count to ten and then come find us.
@ kids british logistics -
Nap time.
@ kids british neutral_instruction -
Sharing is caring, give your sister a turn.
@ kids american praise_absolute -
You did it all by yourself!
@ kids british neutral_instruction -
Stop licking the window, darling.
@ kids british neutral_instruction -
If you throw sand again we're going home.
@ kids british neutral_instruction -
Last go on the slide, then home.
@ kids american neutral_instruction -
No biting!
@ kids british affectionate_tease -
You little monkey.
@ recipe formal neutral_instruction -
Stir it for two minutes.
Stir for three minutes on a low heat.
@ recipe british neutral_instruction -
Preheat the oven to 180.
Preheat the oven to 200, fan 180.
@ recipe british neutral_instruction -
Chop the onions finely.
@ recipe formal neutral_instruction -
Beat the eggs until fluffy.
Beat the eggs and sugar until pale.
@ recipe formal neutral_instruction -
Let it rest for ten minutes before carving.
@ recipe formal neutral_instruction -
Bring to the boil, then simmer.
@ recipe formal neutral_instruction -
Kill the heat and add the butter.
@ recipe british neutral_instruction -
Crush the garlic with the flat of the knife.
@ recipe british neutral_instruction -
Skewer it. If it comes out clean, it's done.
@ recipe formal neutral_instruction -
Never wash a cast iron pan with soap.
@ recipe british neutral_instruction -
Beat the living daylights out of the chicken breast.
@ recipe american neutral_instruction -
Add a pinch of salt.
@ recipe formal neutral_instruction -
Drain and set aside.
@ recipe british neutral_instruction -
Bash the biscuits in a bag with a rolling pin.
@ recipe formal neutral_instruction -
Always cook rice with the lid on.
@ cooking lowercase_texting question_for_info -
how long do i boil an egg for
@ cooking british exclamation -
Burnt the toast again, ha.
@ game american neutral_instruction -
Your turn.
@ game formal neutral_instruction -
Pick up two.
@ game british neutral_instruction -
Go directly to jail.
@ game american exclamation -
Uno!
@ game american neutral_instruction -
No peeking.
@ game american neutral_instruction -
Ready or not, here I come!
@ game british neutral_instruction -
Miss a go.
@ game american logistics -
Best of three?
@ game british exclamation -
I'm going to destroy you at Scrabble.
@ game lowercase_texting exclamation -
gg
@ game british neutral_instruction -
Snap!
@ game american exclamation -
You sunk my battleship!
@ gaming lowercase_texting neutral_instruction -
push mid
@ gaming abbreviations exclamation -
omg we got wrecked
@ gaming lowercase_texting neutral_instruction -
revive me
@ gaming lowercase_texting exclamation -
he one-shot me
@ first_aid formal neutral_instruction -
Keep pressing on it.
Keep pressing on it, don't let go.
@ first_aid british neutral_instruction -
Don't move him.
Don't move her, she might have hurt her neck.
@ first_aid formal neutral_instruction -
Check if he's breathing.
@ first_aid formal neutral_instruction -
You'd better check his pulse.
@ first_aid american neutral_instruction -
Call 911 now.
@ first_aid british neutral_instruction -
Ring 999, tell them it's a cardiac arrest.
@ first_aid formal neutral_instruction -
Thirty compressions, two breaths.
@ first_aid formal neutral_instruction -
Push hard and fast in the centre of the chest.
@ first_aid british neutral_instruction -
Tilt the head back, lift the chin.
@ first_aid formal neutral_instruction -
Put him in the recovery position.
@ first_aid american neutral_instruction -
Run it under cold water for twenty minutes.
Hold it under the cold tap for twenty minutes.
@ first_aid british neutral_instruction -
Pinch the soft part of your nose and lean forward.
@ first_aid formal neutral_instruction -
Do not remove the object.
@ first_aid british neutral_instruction -
Stay with me. Help's coming.
stay with me mate, ambulance is on its way
@ first_aid american neutral_instruction -
Elevate the leg.
@ first_aid formal neutral_instruction -
Don't give him anything to drink.
@ first_aid british neutral_instruction -
Get the defib from reception!
@ first_aid formal neutral_instruction -
Stand clear.
@ first_aid american neutral_instruction -
Just breathe. In through the nose.
@ emergency british neutral_instruction -
Get out, the pan's on fire!
@ emergency formal neutral_instruction -
Leave everything and get out.
@ emergency american neutral_instruction -
Stay low, there's smoke.
@ emergency formal neutral_instruction -
Never throw water on a chip pan fire.
@ emergency british neutral_instruction -
Turn the gas off at the meter.
@ emergency lowercase_texting logistics -
power's out on our whole street
@ driving british neutral_instruction -
Check your blind spot.
Check your blind spot before you pull out.
@ driving british neutral_instruction -
Take the second exit at the roundabout.
Second exit at the roundabout, then first left.
@ driving formal neutral_instruction -
Pull over when it's safe.
@ driving british neutral_instruction -
Clutch down, into first.
@ driving british neutral_instruction -
Gently on the brake.
@ driving american neutral_instruction -
Both hands on the wheel.
@ driving formal neutral_instruction -
You must stop at the line.
@ driving british praise_absolute -
Lovely parallel park.
@ driving american neutral_instruction -
Signal before you change lanes, not during.
@ driving british neutral_instruction -
Slow down, it's a thirty.
@ driving formal neutral_instruction -
Always check the mirror before braking.
@ diy american neutral_instruction -
Measure twice, cut once.
@ diy british neutral_instruction -
Turn the power off at the fuse box first.
@ diy formal neutral_instruction -
Tighten it clockwise.
@ diy british neutral_instruction -
Pass me the Phillips screwdriver.
@ diy british neutral_instruction -
Sand it down before you paint.
@ diy american neutral_instruction -
Wear the goggles.
@ diy british exclamation -
I've just drilled through a pipe.
@ diy british neutral_instruction -
Don't stand on the top step.
@ diy formal neutral_instruction -
Let the filler dry before sanding.
@ diy british self_criticism -
I've hit my thumb with the hammer. Again.
@ garden british neutral_instruction -
Water them every morning.
@ garden british neutral_instruction -
Deadhead the roses.
@ garden formal neutral_instruction -
Plant them a hand's width apart.
@ garden british neutral_instruction -
Kill the weeds before they seed.
@ garden american neutral_instruction -
Don't overwater the succulents.
@ garden british logistics -
The frost killed the dahlias.
@ garden british neutral_instruction -
Prune it right back in February.
@ garden lowercase_texting question_for_info -
is it too late to sow carrots
@ garden british neutral_instruction -
Mow it on the highest setting.
@ garden formal neutral_instruction -
Never compost meat or dairy.
@ garden british exclamation -
Slugs have eaten every single lettuce.
@ tech_help formal neutral_instruction -
Turn it off and on again.
have you tried turning it off and on again
@ tech_help american neutral_instruction -
Click the three dots, top right.
@ tech_help british neutral_instruction -
Hold the power button for ten seconds.
@ tech_help formal neutral_instruction -
Clear your cache and try again.
@ tech_help lowercase_texting neutral_instruction -
just restart it
just restart it, that usually fixes it
@ tech_help american neutral_instruction -
Unplug the router, wait thirty seconds, plug it back in.
@ tech_help british neutral_instruction -
Kill the process in Task Manager.
@ tech_help british neutral_instruction -
Drag it into the bin.
@ tech_help lowercase_texting neutral_instruction -
ctrl z
@ tech_help british neutral_instruction -
You need to update the app first.
@ tech_help lowercase_texting neutral_instruction -
screenshot it and send it to me
@ tech_help formal neutral_instruction -
Back up everything before you reset it.
@ tech_help lowercase_texting vent_third_party -
dont talk to me about printers lol
@ tech_help abbreviations question_for_info -
wats the wifi pw
@ body_talk british idiom -
My feet are killing me.
@ body_talk british idiom -
I could murder a curry.
I could murder a cup of tea.
@ body_talk british idiom -
I'm dead tired.
@ body_talk american idiom -
That joke killed.
@ body_talk british idiom -
I'm starving.
@ body_talk lowercase_texting idiom -
my back is wrecked
@ body_talk british idiom -
I nearly died laughing.
@ body_talk american idiom -
This heat is killing me.
@ body_talk british idiom -
I'm knackered.
@ body_talk british fact_about_me -
I pulled my hamstring at football.
@ body_talk american fact_about_me -
Sprained my ankle on the stairs.
@ body_talk british fact_about_me -
Broke my wrist skiing.
@ body_talk lowercase_texting fact_about_me -
cut my finger chopping onions
@ body_talk british fact_about_me -
I've got a stinking cold.
@ body_talk american fact_about_me -
Migraine. Lying down in the dark.
@ body_talk british fact_about_me -
My knee's swollen up like a balloon.
@ body_talk lowercase_texting fact_about_me -
think i've done my back in lifting the sofa
@ body_talk british idiom -
My head's pounding.
@ body_talk british idiom -
I'm frozen solid.
@ body_talk american idiom -
I'm so full I could die.
@ body_talk british idiom -
Those stairs nearly killed me.
@ body_talk british fact_about_me -
Stubbed my toe on the bed. Agony.
@ body_talk lowercase_texting fact_about_me -
got stung by a wasp
@ body_talk british fact_about_me -
I've got a black eye from squash.
@ body_talk american fact_about_me -
Food poisoning. Don't eat the shrimp.
@ body_talk australian fact_about_me -
Got sunburnt to a crisp at the beach.
@ dentist british fact_about_me -
Just had a filling. Face is numb.
face still numb from the dentist
@ dentist formal neutral_instruction -
Open wide.
@ dentist formal neutral_instruction -
Bite down on this.
@ dentist formal neutral_instruction -
Rinse and spit.
@ dentist british neutral_instruction -
No hot drinks for two hours.
@ dentist american fact_about_me -
Root canal on Tuesday. Pray for me.
@ dentist formal neutral_instruction -
You may feel a little pressure.
@ dentist british fact_about_me -
They pulled two wisdom teeth. Chipmunk cheeks.
@ surgery formal neutral_instruction -
No lifting for six weeks.
No heavy lifting for six weeks after the operation.
@ surgery british fact_about_me -
Stitches come out Friday.
@ surgery formal neutral_instruction -
Nothing to eat after midnight.
@ surgery american fact_about_me -
Surgery went fine. Just sore.
@ surgery formal neutral_instruction -
Count back from ten for me.
@ surgery british fact_about_me -
The scar's healing nicely.
@ surgery formal neutral_instruction -
Take two every four hours with food.
@ surgery lowercase_texting fact_about_me -
allowed home tomorrow if my bloods are ok
@ surgery formal neutral_instruction -
Keep the dressing dry.
@ doctor formal neutral_instruction -
Deep breath in. And out.
@ doctor formal neutral_instruction -
Say ahh.
@ doctor formal neutral_instruction -
Finish the whole course of antibiotics.
@ doctor formal neutral_instruction -
Roll up your sleeve, please.
@ doctor formal question_for_info -
Where does it hurt?
@ doctor formal question_for_info -
On a scale of one to ten, how bad is the pain?
@ doctor british fact_about_me -
Blood test came back normal.
@ doctor formal neutral_instruction -
Pop up on the couch for me.
@ pets british fact_about_me -
We had to put the old dog down today.
had to put Biscuit down this morning. she was 16
@ pets american fact_about_me -
Our cat died of old age last night.
@ pets british fact_about_me -
The goldfish has died. RIP Nemo.
@ pets lowercase_texting fact_about_me -
the hamster escaped again
@ pets british neutral_instruction -
Sit. Stay. Good boy.
@ pets american neutral_instruction -
Drop it!
@ pets british neutral_instruction -
Heel.
@ pets lowercase_texting exclamation -
the dog ate a whole sock
@ pets british neutral_instruction -
Don't feed him from the table.
@ pets british fact_about_me -
The vet says he's got weeks, not months.
@ moving british logistics -
Van's booked for eight.
@ moving lowercase_texting logistics -
keys handed back
@ moving british neutral_instruction -
Label every box by room.
@ moving american exclamation -
Moving house is killing me.
@ moving british logistics -
Kettle's in the box marked KITCHEN.
@ moving british neutral_instruction -
Lift with your legs, not your back.
@ moving lowercase_texting fact_about_me -
last night in the old flat. weird
@ moving british logistics -
Meter readings done.
@ phone_contract formal logistics -
I'd like to cancel my contract.
I'd like to end my contract, please.
@ phone_contract british logistics -
I want my PAC code.
@ phone_contract formal question_for_info -
What's the cancellation fee?
@ phone_contract lowercase_texting logistics -
finally cancelled my broadband
@ phone_contract british vent_third_party -
On hold for forty minutes. Kill me.
@ phone_contract formal logistics -
Please don't renew it automatically.
@ party british logistics -
I'm heading off.
@ party lowercase_texting logistics -
leaving now, thanks for having us
@ party british apology -
Sorry to run, early start tomorrow.
@ party american logistics -
We're gonna bail, the babysitter's waiting.
@ party british exclamation -
That party killed me.
@ party lowercase_texting question_for_info -
whos driving home
@ party british logistics -
Grab your coat, we're going.
@ party american gratitude -
Thanks for a great night!
@ party british fact_about_me -
I'm a bit drunk, ha.
@ chores lowercase_texting bare_order demand
bins. tonight.
@ dishes british bare_order demand
Wash your mug. Now.
@ laundry lowercase_texting bare_order demand
your clothes. off the floor. today
@ phones lowercase_texting bare_order demand
put the phone down
@ tidiness all_caps bare_order demand
CLEAN IT UP
@ gaming lowercase_texting bare_order demand
turn that game off right now
@ punctuality british bare_order demand
Be ready at seven. Not ten past.
@ texting_back lowercase_texting bare_order demand
answer your phone
@ drinking british bare_order demand
No more beer tonight. I mean it.
@ chores lowercase_texting bare_order demand,absolute
empty the dishwasher for once
@ money american bare_order demand
Cancel that subscription today.
@ car lowercase_texting bare_order demand
fill the car up before you bring it back this time
@ garden british bare_order demand
Mow the lawn. This weekend. No excuses.
@ snoring lowercase_texting bare_order demand
go sleep on the sofa
@ cooking lowercase_texting bare_order demand,contempt
just stay out of the kitchen
@ groceries british bare_order demand
Get milk. Don't forget this time.
@ work_hours british consequence_threat threat,demand
Home by six or don't bother.
@ noise lowercase_texting bare_order demand
turn it down. now
@ sleep lowercase_texting bare_advice fixing
just go to bed earlier then
@ work_hours british bare_advice fixing
You should just tell your boss no.
@ friends lowercase_texting bare_advice fixing
just stop talking to her then
@ money lowercase_texting bare_advice fixing
just stop buying coffee out
@ health british bare_advice fixing
Drink more water. Sorted.
@ commute lowercase_texting bare_advice fixing
leave earlier then
@ in_laws lowercase_texting bare_advice fixing
just ignore your mum
@ exercise british bare_advice fixing
Just go for a run, you'll feel better.
@ sleep lowercase_texting bare_advice fixing,contempt
have you tried not scrolling til 2am
@ remote_work american bare_advice fixing
Just mute the call and get on with it.
@ kids lowercase_texting bare_advice fixing
put him to bed earlier, problem solved
@ hobbies british bare_advice fixing
Just stop doing it if it stresses you out.
@ social_media lowercase_texting bare_advice fixing
delete the app then
@ health lowercase_texting bare_advice fixing
take a paracetamol and stop moaning
@ school_run british bare_advice fixing
Set an alarm. It's not hard.
@ drinking lowercase_texting consequence_threat threat
do that again and see what happens
do that again and see
@ drinking british consequence_threat threat,demand
Come home drunk again and you're sleeping at your brother's.
@ punctuality lowercase_texting consequence_threat threat
be late again and im going without u
@ money american consequence_threat threat
Spend another penny and I'm taking the card.
@ plans lowercase_texting consequence_threat threat,stonewalling
cancel on me again and dont bother calling
@ family_visits british consequence_threat threat
If your mum comes for Christmas, I'm not here.
@ texting_back lowercase_texting consequence_threat threat
ignore me one more time. go on
@ gaming british consequence_threat threat,demand
Off that console by ten or it goes in the bin.
@ friends lowercase_texting consequence_threat threat
go to that party and we're done
@ smoking american consequence_threat threat
Light up in the car again and you're walking.
@ ex_partners lowercase_texting consequence_threat threat
text him again and see what happens
@ jealousy british consequence_threat threat,demand
Delete her number or I'm gone.
@ chores british explicit_keyword absolute
You never take the bins out.
@ dishes lowercase_texting explicit_keyword absolute
every single time. every single time its me
@ laundry lowercase_texting explicit_keyword absolute,contempt
oh you did a wash? for once?
@ tidiness american explicit_keyword absolute
You always leave it for me.
@ punctuality lowercase_texting explicit_keyword absolute
late. again.
@ texting_back british explicit_keyword absolute
You never reply.
@ money british explicit_keyword blame
Thanks to you we're overdrawn.
@ sleep american explicit_keyword blame
You kept me up all night with that.
@ cooking lowercase_texting explicit_keyword blame
you made me burn it by distracting me
@ phones lowercase_texting mind_reading_claim mind_reading
you dont care
@ gaming british mind_reading_claim mind_reading
You'd rather be playing that than talking to me.
@ birthdays lowercase_texting mind_reading_claim mind_reading
you forgot on purpose
@ anniversaries american mind_reading_claim mind_reading
You just want to win.
@ in_laws lowercase_texting mind_reading_claim mind_reading
you only said yes to shut me up
@ friends british mind_reading_claim mind_reading
You just like making me look stupid.
@ chores lowercase_texting label_noun labeling
lazy
@ money british label_noun labeling
You're so tight with money.
@ dishes lowercase_texting label_noun labeling
such a child
@ punctuality american label_noun labeling,absolute
You're hopeless. Always.
@ cooking lowercase_texting comparison_noun labeling
my sisters husband actually cooks
@ garden british comparison_noun labeling
Dave next door manages to mow his lawn.
@ driving lowercase_texting insult labeling,contempt
learn to drive idiot
@ chores lowercase_texting sarcasm contempt
wow you loaded the dishwasher. parade?
@ punctuality british sarcasm contempt
Oh look who finally turned up.
oh look who decided to come home
@ cooking american sarcasm contempt
Amazing, cereal for dinner again.
@ work_hours lowercase_texting sarcasm contempt
must be nice to finish at 5
@ texting_back lowercase_texting sarcasm contempt
oh so your phone does work
@ hobbies lowercase_texting sarcasm contempt
another guitar. great. exactly what we needed
@ driving british rhetorical_question contempt
Is it really that hard to indicate?
@ texting_back lowercase_texting rhetorical_question contempt
is it that hard to reply
@ dishes american rhetorical_question contempt
What is so difficult about rinsing a plate?
@ groceries lowercase_texting rhetorical_question contempt
how do you forget the ONE thing i asked for
@ tidiness british rhetorical_question contempt,absolute
Do you ever put anything away?
@ chores lowercase_texting counter_attack defensiveness
well what about you
@ money british counter_attack defensiveness
I work fifty hours a week, what more do you want?
@ dishes lowercase_texting excuse defensiveness,blame
its not my fault you left it to soak
@ gaming american counter_attack defensiveness
Says the one who's on TikTok all night.
@ driving lowercase_texting excuse defensiveness
i wouldn't have braked if you hadn't screamed
@ phones lowercase_texting shutdown stonewalling
k
@ friends british shutdown stonewalling
I'm done talking.
@ in_laws lowercase_texting shutdown stonewalling
forget it
@ money american shutdown stonewalling
Not discussing this again.
@ holidays lowercase_texting shutdown stonewalling,contempt
fine. whatever.
@ sex british affection_then_complaint absolute
Love you but you never start anything.
@ intimacy lowercase_texting affection_then_complaint absolute
love u but u never hug me first
@ chores american affection_then_complaint absolute,labeling
Love you, but you're a slob.
@ money lowercase_texting conditional_blame blame
we'd have the deposit if you stuck to a plan
@ holidays british conditional_blame blame
We'd be there by now if you'd packed last night.
@ car lowercase_texting conditional_blame blame
if you'd checked the tyres we wouldnt be stuck here
@ tv lowercase_texting bare_order demand,stonewalling
just watch your show and leave me alone
@ health british bare_advice fixing
Just lose a bit of weight and your knee will stop hurting.
@ pets american bare_order demand
Walk the dog. It's your dog.
@ kids lowercase_texting bare_order demand,absolute
ur turn to do bedtime. again
@ school_run british bare_order demand
You're doing the school run tomorrow. End of.
@ wedding lowercase_texting consequence_threat threat
invite him and i'm not coming
@ remote_work british bare_order demand,contempt
Headphones. Some of us work.
@ neighbours lowercase_texting bare_advice fixing
so just go round and tell them
@ commute british rhetorical_question contempt,absolute
How are you late every day when it's a ten minute walk?
@ clothes lowercase_texting bare_order demand
change. you're not wearing that
@ smoking lowercase_texting bare_order demand,threat
quit or I'm done
@ exercise american label_noun labeling,contempt
Couch potato.
@ groceries lowercase_texting logistics -
grab milk on your way home pls
can u grab bread on the way back
@ cooking lowercase_texting logistics -
put the oven on at 6 please
put the oven on at half five xx
@ dishes lowercase_texting logistics -
leave the pan, I'll do it in the morning
@ laundry british logistics -
Take the washing out when it beeps, please.
@ car american logistics -
Don't forget the car's booked in for its service Monday.
@ pets lowercase_texting logistics -
feed the cat before you leave
@ kids lowercase_texting logistics -
she needs her PE kit tomorrow
@ school_run british logistics -
Your turn for pick-up, I've got a meeting.
@ punctuality lowercase_texting apology -
running 10 mins late sorry
@ plans lowercase_texting plans -
dinner at 7?
@ plans british plans -
Pub later?
@ texting_back lowercase_texting apology -
sorry just saw this
@ sleep lowercase_texting logistics -
go to sleep, I'll be up late
@ health british good_i_statement -
Take it easy today, love.
@ health lowercase_texting neutral_instruction -
drink some water and lie down x
@ health american neutral_instruction -
Call the doctor in the morning if it's not better.
@ weather british neutral_instruction -
Take a coat, it's chucking it down.
take an umbrella it's pouring
@ travel formal neutral_instruction -
You must take your passport.
@ travel british logistics -
Gate closes at 10:40. Run!
@ travel american neutral_instruction -
Keep your boarding pass handy.
@ travel formal neutral_instruction -
Mind the gap.
@ travel british neutral_instruction -
Stand on the right.
@ travel lowercase_texting logistics -
train cancelled, getting the next one
@ safety generic_you generic_you -
You can never be too careful.
@ safety british neutral_instruction -
Lock the door behind you.
@ safety formal neutral_instruction -
Always wear a helmet.
@ general lowercase_texting agreement -
yeah you're right
@ general british agreement -
Fair enough.
@ general british gratitude -
Cheers for that.
@ general american gratitude -
Thanks, you're a lifesaver.
@ general lowercase_texting praise_absolute -
you always know how to cheer me up
@ general british praise_absolute -
You never fail to make me laugh.
@ general lowercase_texting affectionate_tease -
you're such a nerd lol ❤️
@ general british affectionate_tease -
You absolute muppet, you left your keys here.
@ general lowercase_texting quote -
my mum always says never go to bed angry
@ work lowercase_texting vent_third_party -
my boss never replies to emails
@ work british vent_third_party -
My manager always changes the deadline last minute.
@ work lowercase_texting vent_third_party -
client from hell today
@ general lowercase_texting exclamation -
unbelievable lol
@ general american exclamation -
Shut up, really?
@ general lowercase_texting exclamation -
stop it 😂
@ general british one_word_or_fragment -
Hang on.
@ general american one_word_or_fragment -
Wait up!
@ general british one_word_or_fragment -
Go on then.
@ general lowercase_texting one_word_or_fragment -
on my way
@ general british one_word_or_fragment -
Nearly there.
@ general american one_word_or_fragment -
Sure thing.
@ shop british service_talk -
Do you need a bag?
@ shop formal service_talk -
Insert your card.
@ shop british service_talk -
Unexpected item in the bagging area.
@ shop american service_talk -
Next in line, please.
@ shop british service_talk -
Could I get a receipt, please?
@ restaurant british service_talk -
Table for two?
@ restaurant british service_talk -
Could we get the bill, please?
@ restaurant lowercase_texting service_talk -
can i get the burger no onions
@ hairdresser british service_talk -
Just a trim, please.
@ hairdresser british service_talk -
Tilt your head forward for me.
@ gym american neutral_instruction -
Wipe the bench down after.
@ gym british neutral_instruction -
Two more reps. Come on!
@ gym american neutral_instruction -
Core tight. Don't arch your back.
@ gym british fact_about_me -
Leg day destroyed me.
@ gym lowercase_texting fact_about_me -
cant walk after spin class
@ swimming british neutral_instruction -
Kick from the hips.
@ swimming formal neutral_instruction -
No running on the poolside.
@ music_lesson british neutral_instruction -
From the top.
@ music_lesson formal neutral_instruction -
Relax your wrist.
@ music_lesson american neutral_instruction -
Count it in. One, two, three, four.
@ music_lesson british neutral_instruction -
Slower. Feel the rhythm.
@ dance_class american neutral_instruction -
And five, six, seven, eight!
@ yoga formal neutral_instruction -
Breathe into the stretch.
@ yoga british neutral_instruction -
Let your shoulders drop.
@ art_class british neutral_instruction -
Don't press so hard with the pencil.
@ cooking_class british neutral_instruction -
Curl your fingers when you chop.
@ cooking_class formal neutral_instruction -
Keep the knife pointing down when you walk.
@ lab formal neutral_instruction -
Goggles on before you light the Bunsen.
@ lab formal neutral_instruction -
Never point the test tube at anyone.
@ workplace_training formal neutral_instruction -
Sign in at reception.
@ workplace_training british neutral_instruction -
Fire exit's on your left.
@ hospital formal neutral_instruction -
Press the buzzer if you need anything.
@ hospital british fact_about_me -
Waiting room's rammed. Could be hours.
@ babies british neutral_instruction -
Support his head.
Support her head when you lift her.
@ babies american neutral_instruction -
Burp her after every feed.
@ babies lowercase_texting fact_about_me -
she finally slept through!!
@ babies british fact_about_me -
Teething. Nobody slept.
@ tv lowercase_texting plans -
dont spoil it i havent watched it yet
@ tv british neutral_instruction -
Pause it, I need a wee.
@ neighbours british vent_third_party -
The neighbours' dog barked all night.
@ family_visits lowercase_texting logistics -
mum's coming sunday, i'll do lunch
@ gifts lowercase_texting question_for_info -
what do you want for your birthday
@ anniversaries british good_i_statement -
Happy anniversary. Best ten years of my life.
@ intimacy lowercase_texting good_i_statement -
i miss you, come home soon
@ general british good_request -
Could we talk tonight after dinner?
@ general lowercase_texting self_criticism -
i'm an idiot, left my wallet at home
@ general british apology -
Sorry, my fault, I forgot to book it.
@ general lowercase_texting generic_you -
you never know with the weather here
@ general british idiom -
Knock 'em dead.
@ general british idiom -
It's a nightmare getting parking there.
@ elderly_care british neutral_instruction -
Take your tablets with breakfast, Dad.
@ elderly_care lowercase_texting neutral_instruction -
hold the rail on the stairs gran
@ elderly_care british fact_about_me -
Grandad passed peacefully in his sleep.
@ classroom british neutral_instruction -
When you've finished, read through your answer and check the spelling.
@ classroom formal neutral_instruction -
Write the title, underline it with a ruler, then start on the first line.
@ classroom american neutral_instruction -
If you get stuck on one, skip it and come back later.
@ classroom british praise_absolute -
You always put so much thought into your stories, it really shows.
@ classroom formal neutral_instruction -
Before you answer, talk to the person next to you for one minute.
@ classroom british neutral_instruction -
Anyone who hasn't handed in their reading record, bring it tomorrow please.
@ classroom long_multi_sentence neutral_instruction -
Right, bags packed, chairs up, and quietly line up by the door. If your name's on the board, stay behind for two minutes, nobody's in trouble, I just need the permission slips.
@ exam formal neutral_instruction -
Answer all the questions in section A and two from section B.
@ exam lowercase_texting fact_about_me -
pretty sure i failed the maths paper but the english one went ok
@ exam british neutral_instruction -
If you need more paper, put your hand up and I'll bring it over.
@ exam long_multi_sentence fact_about_me -
Exam's done, finally. The essay question was on the exact topic I skipped revising, so I just waffled for forty minutes and hoped for the best. Going for chips to recover.
@ sport british neutral_instruction -
Keep your shape when we lose the ball, and talk to each other.
@ sport american neutral_instruction -
Follow through all the way, like you're reaching for the basket.
@ sport australian neutral_instruction -
Stay on your feet in the ruck and don't give away a silly penalty.
@ sport british encouragement -
Heads up, lads, it's only one nil and there's twenty minutes left.
@ sport long_multi_sentence neutral_instruction -
Okay girls, water break, then we'll do the passing drill again in threes. Remember, call for it loudly and pass into space, not straight at her feet.
@ sport_commentary british exclamation -
He's left the defender for dead and slotted it into the far corner.
@ sport_commentary american exclamation -
That's a brutal tackle but it looks clean, he got all ball.
@ sport_commentary british exclamation -
The champion's been knocked out in the first round, what a shock that is.
@ sport_commentary australian exclamation -
He's absolutely smashed that for six over long on, the crowd's going wild!
@ kids british neutral_instruction -
Put your toys back in the box before tea or they're going on the shelf.
@ kids american neutral_instruction -
Hold onto the trolley and don't let go until we get to the car.
@ kids british neutral_instruction -
If you need a wee in the night, just come and get me, okay?
@ kids long_multi_sentence neutral_instruction -
Listen, sweetheart, we're going to the dentist now and he's just going to count your teeth, it won't hurt at all. If you're brave you can pick a sticker at the end.
@ kids american neutral_instruction -
Don't climb on the bookshelf, it could fall right on top of you.
@ recipe formal neutral_instruction -
Whisk the eggs with the milk, then pour over the bread and leave to soak.
@ recipe british neutral_instruction -
Fry the onions slowly until soft and golden, about fifteen minutes.
@ recipe long_multi_sentence neutral_instruction -
Brown the mince in batches so it fries rather than stews, then tip it all back in with the tomatoes and let it bubble away with the lid off for at least an hour.
@ recipe american neutral_instruction -
Let the cookies cool on the tray for five minutes or they'll fall apart.
@ cooking lowercase_texting asked_for_advice -
the sauce has split, do i just whisk it harder or start again
@ game british neutral_instruction -
If you land on a ladder you go up, snake you go down.
@ game american neutral_instruction -
You can't buy anything until you've been round the board once.
@ game lowercase_texting exclamation -
i'm going to absolutely wipe the floor with you at mario kart tonight
@ gaming lowercase_texting neutral_instruction -
stay behind the wall and wait for me to flank them
@ first_aid formal neutral_instruction -
Keep the pressure on the wound and raise it above the heart if you can.
@ first_aid british neutral_instruction -
Don't let him go to sleep, keep talking to him until the paramedics arrive.
@ first_aid american neutral_instruction -
If she's not breathing, start compressions and don't stop until someone takes over.
@ first_aid long_multi_sentence neutral_instruction -
Okay, the ambulance is on its way. Keep him still, don't take his helmet off, and if he's sick roll him onto his side keeping his head in line with his body.
@ first_aid formal neutral_instruction -
Cool the burn under running water, then cover it loosely with cling film.
@ emergency british neutral_instruction -
Get everyone out, shut the door behind you and call from the street.
@ driving british neutral_instruction -
Check your mirrors, signal right, and pull out when it's clear.
@ driving american neutral_instruction -
Keep a three second gap from the car in front, more in the rain.
@ driving british praise_absolute -
That was your best drive yet, you didn't stall once.
@ driving long_multi_sentence neutral_instruction -
At the end of the road you'll turn left, then follow the road ahead into the one way system. Stay in the right hand lane because we're turning right at the lights.
@ diy british neutral_instruction -
Find the stud with the detector before you drill into the wall.
@ diy lowercase_texting asked_for_advice -
how do i bleed a radiator without flooding the floor
@ diy american neutral_instruction -
Put a drop cloth down first, that paint is murder to get out of carpet.
@ garden british neutral_instruction -
Water the tomatoes at the base, not the leaves, or they'll get blight.
@ garden lowercase_texting fact_about_me -
the foxes dug up every single bulb i planted, I could cry
@ garden long_multi_sentence fact_about_me -
Spent the whole afternoon digging out the old hedge and my arms are dead. Found a frog, two tennis balls and what I think is a Roman coin but is probably a bottle top.
@ tech_help formal neutral_instruction -
Go to Settings, then Accounts, then tap Sign out of all devices.
@ tech_help lowercase_texting neutral_instruction -
hold shift while you click and it'll select them all
@ tech_help british neutral_instruction -
If it asks for an update, say yes, then it'll restart by itself.
@ tech_help long_multi_sentence neutral_instruction -
Right, Mum, don't click anything in that email. Delete it, then go into your bank app and check nothing's gone out. If it has, ring the number on the back of your card, not the one in the email.
@ tech_help american vent_third_party -
The printer at work jams every single time I need it, it's cursed.
@ body_talk british idiom -
These new shoes are killing me, I've got blisters on both heels.
@ body_talk lowercase_texting fact_about_me -
did my knee in at five a side, limping like an old man
@ body_talk american idiom -
I'm so tired I could sleep for a week, don't wake me.
@ body_talk british fact_about_me -
Fell off my bike on the way in, just grazes, nothing broken.
@ body_talk long_multi_sentence fact_about_me -
Twisted my ankle stepping off the kerb like an idiot. It's swollen and purple but the nurse said it's just a sprain, so ice, rest and feet up for a few days.
@ body_talk lowercase_texting idiom -
honestly i could murder a pizza right now, starving after that walk
@ body_talk british idiom -
That hill absolutely killed me, I had to stop twice.
@ dentist british fact_about_me -
Dentist says I grind my teeth at night so I need a mouth guard.
@ dentist lowercase_texting fact_about_me -
tooth came out clean, no more pain, can eat soup tonight apparently
@ surgery formal neutral_instruction -
Walk a little every day, but stop if the wound starts to pull.
@ surgery long_multi_sentence fact_about_me -
Home from the hospital. The knee op went well, surgeon's happy, I'm on crutches for two weeks and not allowed to drive for six. Physio starts Monday, dreading it.
@ surgery british fact_about_me -
They've taken my appendix out, I'm sore but absolutely fine.
@ doctor formal neutral_instruction -
If the rash spreads or you get a temperature, come straight back in.
@ doctor lowercase_texting fact_about_me -
doc says its just a virus, rest and fluids
@ pets british fact_about_me -
Buster died in his sleep last night. Fourteen years old, best dog ever.
@ pets lowercase_texting neutral_instruction -
dont let the dog out the front, the gate's broken
@ pets long_multi_sentence fact_about_me -
We buried the old cat under the apple tree this morning. The kids made a little cross out of lolly sticks. She had a good long life and went peacefully, so that's something.
@ moving british fact_about_me -
Moving house is the most stressful thing I've ever done, never again.
@ moving lowercase_texting logistics -
can you come round saturday and help me shift the wardrobe
@ moving long_multi_sentence logistics -
The removals people are coming at eight, so can you take the kids to your mum's first thing. I'll stay and do the meter readings, then meet you at the new place with the keys about two.
@ phone_contract british logistics -
I've been with you nine years and I'd like to leave at the end of the month.
@ phone_contract lowercase_texting vent_third_party -
they tried to charge me to cancel, told them where to go
@ party british logistics -
We're going to head off before the trains stop, thanks so much for having us.
@ party lowercase_texting logistics -
im leaving at 11 whether the party's dead or not lol
@ party american exclamation -
That party was insane, I'm going to be dead tomorrow.
@ general lowercase_texting self_criticism -
honestly my fault, i never wrote it in the calendar
@ general british good_request -
Could you ring me when you get a minute? Nothing bad, just a quick question.
@ general lowercase_texting praise_absolute -
you always make the best lasagne, can you make it sunday?
@ general british quote -
My nan always said you should never trust a man who doesn't eat pudding.
@ work lowercase_texting vent_third_party -
my boss just told me to "work smarter" and walked off, i could scream
@ work long_multi_sentence vent_third_party -
Another meeting that could've been an email. My manager spent half an hour telling us to be more efficient, then asked us all to fill in a survey about it. Home at six, need wine.
@ babies british neutral_instruction -
Always put her down on her back, feet to the foot of the cot.
@ hospital formal neutral_instruction -
Visiting ends at eight, but you can stay if you're his next of kin.
@ yoga formal neutral_instruction -
Let your breath lead the movement, and never push into pain.
@ gym american neutral_instruction -
Don't drop the weights, lower them back down slowly.
@ music_lesson british neutral_instruction -
Practise the scales every day, even if it's just for ten minutes.
@ chores lowercase_texting bare_order demand
take the recycling out before you go to bed and dont leave it by the door
@ dishes british bare_order demand,absolute
The pans from last night are still there. Wash them before you do anything else. For once.
@ texting_back long_multi_sentence rhetorical_question contempt,absolute
You had your phone in your hand the entire evening. How exactly did you not see eleven messages? Don't answer, I know you just couldn't be bothered.
@ work_hours lowercase_texting bare_advice fixing
if ur that stressed just hand your notice in tomorrow and be done with it
@ sleep british bare_advice fixing,contempt
Maybe if you put your phone down before midnight you wouldn't be so tired, just a thought.
@ health lowercase_texting bare_advice fixing
you should just go to the gym, that'll sort your back out
@ friends long_multi_sentence bare_advice fixing
Honestly I don't know why you keep complaining about her. Just stop inviting her, stop replying to her messages, and it'll sort itself out. Simple.
@ money lowercase_texting consequence_threat threat,demand
if another parcel turns up this week im cutting up your card
@ drinking long_multi_sentence consequence_threat threat,absolute
I've said it before and I'll say it one last time. If you come home in that state again I'm taking the kids to my mum's and you can explain it to them.
@ plans british consequence_threat threat
Cancel on my parents one more time and you can find someone else to go on holiday with.
@ gaming lowercase_texting consequence_threat threat,demand
off the xbox in 5 mins or im pulling the plug out the wall
@ punctuality lowercase_texting explicit_keyword absolute,blame
we are late to literally everything because of you and you never even say sorry
@ holidays british conditional_blame blame
If you'd booked the flights when I asked, we wouldn't be paying double now.
@ cooking lowercase_texting mind_reading_claim mind_reading,contempt
you only offered to cook so you could say you did, admit it
@ chores american comparison_noun labeling
My friend's husband does all the washing and the ironing. Just saying.
@ tidiness lowercase_texting label_noun labeling,contempt
living with you is like living with a teenager, honestly
@ in_laws british counter_attack defensiveness
Well your family aren't exactly perfect either, are they?
@ money lowercase_texting excuse defensiveness
i only bought it because you never let me buy anything for myself
@ plans lowercase_texting shutdown stonewalling,contempt
you know what, forget it, go with your mates, i dont care anymore
@ intimacy british affection_then_complaint absolute
I love you to bits but you never once plan anything for us.
@ driving lowercase_texting bare_order demand,contempt
slow down. im not asking again. and stop tailgating like a maniac
@ social_media british sarcasm contempt
Lovely that you've got time to post forty stories but not to ring your own mother.
@ garden lowercase_texting bare_order demand
the grass is knee high. sort it this weekend
@ exercise american bare_advice fixing
You said you feel awful, so just go for a jog and stop eating junk.
@ general lowercase_texting one_word_or_fragment -
never mind, found it
@ general lowercase_texting agreement -
ok
@ work_hours lowercase_texting consequence_threat threat
dont bother coming home
@ car lowercase_texting explicit_keyword blame
we're late because of you
"""

Row = dict[str, str | bool | list[str]]


def parse() -> list[Row]:
    rows: list[Row] = []
    n = 0
    # situation, style, form, cats, template id of the block being read
    head: list[str] | None = None
    for raw_line in DATA.splitlines():
        line = raw_line.strip()
        if not line:
            continue
        if line.startswith("@ "):
            parts = line[2:].split()
            assert len(parts) == 4, line
            n += 1
            head = [*parts, f"{PREFIX}{n:04d}"]
            continue
        assert head is not None, "text before the first block header: " + line
        sit, style, form, cats, tid = head
        cl = [] if cats == "-" else cats.split(",")
        assert all(c in CATS for c in cl), line
        if line in LEFT_OUT:
            continue
        rows.append(
            {
                "text": line,
                "flagged": bool(cl),
                "categories": cl,
                "situation": sit,
                "style": style,
                "form": form,
                "template": tid,
                "split": split_of(tid),
            }
        )
    return rows


def bucket(text: str) -> str:
    w = len(text.split())
    return "01-06" if w <= 6 else "07-15" if w <= 15 else "16+"


def main() -> None:
    rows = parse()
    write_jsonl(OUT, rows)
    # validate from disk
    seen: set[str] = set()
    back = []
    with OUT.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert list(r) == KEYS, r
            assert r["split"] == split_of(r["template"])
            assert r["flagged"] == bool(r["categories"])
            assert r["text"] not in LEFT_OUT, r
            k = r["text"].strip().lower()
            assert k not in seen, "duplicate text: " + r["text"]
            seen.add(k)
            back.append(r)
    counter = collections.Counter
    print("file:", OUT)
    print(
        "rows:",
        len(back),
        "templates:",
        len({r["template"] for r in back}),
        "distinct texts:",
        len(seen),
    )
    print(
        "flagged/innocent:",
        sum(r["flagged"] for r in back),
        "/",
        sum(not r["flagged"] for r in back),
    )
    print("per category:", dict(sorted(counter(c for r in back for c in r["categories"]).items())))
    print("length buckets (words):", dict(sorted(counter(bucket(r["text"]) for r in back).items())))
    flagged_buckets = counter(bucket(r["text"]) for r in back if r["flagged"])
    print("length buckets flagged:", dict(sorted(flagged_buckets.items())))
    template_splits = counter(split_of(t) for t in {r["template"] for r in back})
    print(
        "split rows:",
        dict(sorted(counter(r["split"] for r in back).items())),
        "split templates:",
        dict(sorted(template_splits.items())),
    )
    print("split flagged:", dict(sorted(counter(r["split"] for r in back if r["flagged"]).items())))
    print(
        "situations:",
        len(counter(r["situation"] for r in back)),
        "styles:",
        len(counter(r["style"] for r in back)),
        "forms:",
        len(counter(r["form"] for r in back)),
    )


if __name__ == "__main__":
    main()
