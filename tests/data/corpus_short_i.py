#!/usr/bin/env python3
"""Writer i: short everyday turns (home, family, friends, small talk) for the blame classifier.
Standard library only, deterministic. Writes corpus_short_i.jsonl next to this script.
Data lines: situation|style|form|categories(comma, empty=innocent)|text ## text ## text
"""

from __future__ import annotations

import hashlib
import json
import pathlib
import re
from collections import Counter

from safety_blind import CATEGORIES, split_of, write_jsonl

PREFIX = "shi-"
OUT = pathlib.Path(__file__).resolve().with_name("corpus_short_i.jsonl")
KEYS = ["text", "flagged", "categories", "situation", "style", "form", "template", "split"]
CATS = frozenset(CATEGORIES)

# Texts left out: already in an earlier file of tests/data, or the same words as a turn of a
# dialogue set kept for evaluation only (the set is named in tests/data/SOURCES.md).
LEFT_OUT: frozenset[str] = frozenset(
    {
        "you never listen",
        "just quit then",
        "no worries",
        "🎂🎉🎈",
        "whats the score?",
        "late again",
        "TURN IT DOWN",
        "cool cool",
        "fine.",
        "Will do.",
        "just eat less then",
        "long time no see!",
        "you'd better check his pulse",
        "what would you do?",
        "bins. tonight.",
        "nice of you to show up",
        "Never mind, found it.",
        "Unbelievable!",
        "grow up",
        "yeah youre right",
        "No way!",
        "lazy.",
        "how much do i owe you?",
        "It is what it is.",
        "Oh dear.",
        "Awesome!",
        "congratulations!!! 🎉🎉",
        "not my fault",
        "👍 perfect",
        "❤️ thank you so much",
        "k",
        "im done",
        "whatever",
        "wow ok",
        "Quite right.",
        "just go to bed earlier then",
        "empty tank again",
        "where did you get that?",
        "oh my god",
        "wow 🙄",
        "Yes Mum.",
        "okay",
        "Noted.",
        "You can't beat a Sunday roast.",
        "Wow.",
        "yeah go on then",
        "sure why not",
        "How's it going?",
        "what's new with you?",
        "sounds good",
        "youre wearing that?",
        "Typical.",
        "gg",
        "you dont care",
        "my sisters husband cooks every night, just saying",
        "are you deaf?!",
        "forget it",
        "Hoover. Today.",
        "Ok.",
        "happy birthday!!",
        "you always know how to cheer me up",
        "Lovely.",
        "finally beat it!!",
        "fair enough",
        "GET IN",
        "what time's your flight?",
    }
)

INNOCENT = """
weather|british|exclamation||Typical British summer. ## typical bank holiday weather lol, rained the whole time we were at the beach
weather|one_word_or_fragment|exclamation||Lovely day for it! ## lovely out today, we're going to sit in the garden all afternoon
weather|lowercase_texting|fact_about_me||its chucking it down here ## pouring here, bring a brolly if you're coming into town
weather|british|small_talk||Cold enough for you? ## Bit nippy this morning, isn't it? Had to scrape the car.
weather|american|small_talk||Supposed to hit 95 tomorrow. ## they're saying 90s all week
weather|lowercase_texting|question_for_info||is it snowing where you are? ## snowing at yours yet? kids are desperate for a snow day
weather|australian|exclamation||Stinker of a day, mate. ## bloody scorcher out there, I'm staying inside with the fan on
weather|emoji|reaction||sun's out!! ☀️ ## finally some sun 😎 taking lunch to the park
weather|british|generic_you||You can't trust the forecast round here. ## you never know what you'll get in April, four seasons in one day
weather|lowercase_texting|plans||might be dry saturday, bbq?
weather|polite_hedged|neutral_instruction||Might be worth taking a coat, it's meant to turn. ## take a jumper, it gets cold later
weather|one_word_or_fragment|exclamation||Hail! In June! ## fog everywhere this morning, couldn't see the end of the road
tv|lowercase_texting|reaction_to_news||omg did you see the final?? ## that ending tho, I actually screamed at the telly
tv|british|opinion||Best series they've done in years. ## season two was miles better
tv|lowercase_texting|disagreement_about_things||nah the book was better ## nope, the first one was better imo
tv|one_word_or_fragment|exclamation||No way! ## no way, he's actually her dad??
tv|emoji|reaction||I'm in bits 😭 ## crying at the last episode 😭😭 why did they do that to him
tv|lowercase_texting|question_for_info||what channel is it on? ## is it on netflix or iplayer? want to watch it this weekend
tv|abbreviations|recommendation||u HAVE to watch it, so good ## ngl its the best thing ive watched all year
tv|british|small_talk||Are you watching Bake Off tonight? ## did you catch strictly last night, the paso doble was incredible
tv|lowercase_texting|spoiler_warning||no spoilers!! im only on ep 3 ## dont tell me, havent finished it
tv|american|opinion||That finale was a total letdown. ## honestly the writers lost the plot in season 4
tv|lowercase_texting|generic_you||you cant beat a good detective show on a sunday
tv|polite_hedged|plans||Shall we start the new one tonight? ## fancy starting that new series later? I'll make popcorn
sport|british|exclamation||Unbelievable! What a goal. ## what a save!! how did he get a hand to that
sport|all_caps|exclamation||GET IN ## YESSSS COME ON LADS
sport|lowercase_texting|reaction_to_news||cant believe we lost to them ## gutted about the result, we were so much better in the first half
sport|british|vent_third_party||Ref was having a shocker. ## that referee needs glasses
sport|american|small_talk||You catch the game last night? ## did you see the Knicks? that fourth quarter was insane
sport|lowercase_texting|question_for_info||whats the score?
sport|australian|exclamation||What a cracker of a match! ## stoked with that result
sport|indian_english|exclamation||What a knock by Kohli yaar! ## that last over was too much, my heart is still beating fast
sport|lowercase_texting|plans||pub for the match at 3? ## watching it at dads if you want to come, he's got the big screen
sport|one_word_or_fragment|exclamation||Penalties again. ## extra time!! I can't watch, I'm hiding behind a cushion
sport|british|self_criticism||I'm so unfit, did one lap and died. ## my parkrun time was embarrassing lol
sport|lowercase_texting|opinion||theyll never win the league with that defence
sport|british|generic_you||you cant beat watching cricket with a beer ## you've got to love a derby day
food|british|generic_you||You can't beat a Sunday roast. ## nothing beats a bacon sandwich on a cold morning
food|lowercase_texting|praise||this lasagne is amazing ## best curry ive had in ages, where did you get the recipe?
food|emoji|reaction||pizza night 🍕🍕 ## tacos tonight 🌮
food|lowercase_texting|question_for_info||what do you want for tea? ## what are we having for dinner? I can pick something up on the way
food|british|fact_about_me||Made a crumble, there's loads left. ## baked scones, come round
food|american|plans||Wanna grab brunch Sunday? ## lunch tomorrow? my treat for helping me move
food|lowercase_texting|disagreement_about_things||pineapple on pizza is fine actually ## nah coriander tastes like soap
food|polite_hedged|good_request||Could you bring a salad on Saturday? ## would you mind bringing dessert?
food|one_word_or_fragment|exclamation||Yum! ## mmm delicious, that smells amazing from here
food|lowercase_texting|recipe||how long do i roast the chicken for? ## how many minutes for a soft boiled egg, I always get it wrong
food|british|recipe||You must let the dough rest an hour. ## you have to salt the water first
food|indian_english|fact_about_me||Mummy made rajma chawal today, come over. ## made extra parathas for you, take some home for tomorrow
food|lowercase_texting|gratitude||thanks for dinner, was lovely x ## cheers for the food, proper good, you'll have to give me the recipe
food|abbreviations|opinion||tbh the new place is overrated ## ngl their chips are v good tho, best in town
food|australian|small_talk||Snags on the barbie tonight? ## fancy a sausage sizzle
food|lowercase_texting|affectionate_tease||you and your cheese lol ## you'd eat pasta every day if you could 😂
kids|lowercase_texting|fact_about_me||the baby finally slept through!! ## she said her first word today and it was "dog" lol
kids|british|fact_about_me||Our eldest starts secondary in September. ## Jack starts reception next week, I'm more nervous than he is.
kids|lowercase_texting|logistics||can you grab the kids at 3.15? ## pickup is 3:30 today not 3
kids|emoji|reaction||she lost her first tooth 🦷😍 ## he did his first wee in the potty 🎉 we had a little dance
kids|polite_hedged|question_for_info||Does Sam have PE on Tuesdays or Wednesdays? ## is it non uniform day tomorrow? I've lost the letter
kids|lowercase_texting|vent_third_party||the twins never sleep past 5 ## toddler refused every single thing at dinner lol
kids|british|sympathy||Oh bless him, poor thing. ## aww bless her, give her a cuddle from me
kids|american|plans||Playdate Saturday at the park? ## want to bring the kids over after school? they can play in the yard
kids|lowercase_texting|quote||my mum always says kids eat when theyre hungry ## gran says theyll grow out of it
kids|long_multi_sentence|fact_about_me||Lily got her reading book changed today and was so proud. She read the whole thing to the cat. We're having fish fingers if you want some.
kids|lowercase_texting|neutral_instruction||dont forget the bookbag ## remember her swimming stuff, it's in the blue bag by the door
kids|indian_english|fact_about_me||Beta got 95 in maths, so happy! ## my son got into engineering college, we are all so proud
family|lowercase_texting|question_for_info||hows nan doing? ## how did grandads appointment go, did they say anything about his knee?
family|british|plans||Mum's doing Sunday lunch, 1 o'clock. ## dads birthday meal is at 7 on friday, the italian place on the high street
family|emoji|reaction||congratulations!!! 🎉🎉 ## an auntie again 😍 send me all the photos
family|lowercase_texting|affectionate_tease||you're such a dad lol ## ok boomer 😂 love you, thanks for the lift though
family|american|fact_about_me||My sister's moving to Denver. ## my brother just got engaged to his girlfriend of like ten years, finally
family|polite_hedged|good_request||Could you ring Gran this week? She'd love that. ## would you mind calling auntie on her birthday
family|lowercase_texting|sympathy||so sorry about your uncle x ## thinking of you all xx let me know if you need anything at all
family|british|quote||My dad always says never trust a man in a wet suit. ## as mum would say, it'll all come out in the wash
family|one_word_or_fragment|clipped_reply||Yes Mum. ## ok dad
family|lowercase_texting|gratitude||thanks for having us this weekend ## love you mum, thanks for everything, the kids had the best time
family|indian_english|plans||Chachi's coming on Sunday, please be home. ## the whole family is coming for Diwali, we need more chairs
family|lowercase_texting|logistics||mum says can you bring the folding chairs
friends|lowercase_texting|plans||drinks friday? ## pub later? a few of us are going to the one by the station
friends|british|plans||Fancy a cuppa? ## coffee at mine tomorrow? I've got cake that needs eating
friends|lowercase_texting|clipped_reply||yeah go on then ## sure why not
friends|emoji|reaction||hahaha 😂 ## dead 💀 I can't believe he actually said that to her
friends|one_word_or_fragment|exclamation||Brilliant. ## brilliant, that's made my day
friends|american|praise||You look amazing in that! ## love the new hair!! the colour really suits you
friends|lowercase_texting|affectionate_tease||you absolute muppet haha ## you numpty lol, how do you lock yourself out twice in one week
friends|abbreviations|question_for_info||wyd rn? ## u free tmrw? need help picking a present for my mum
friends|lowercase_texting|agreement||yeah youre right ## fair point tbh, I hadn't thought about the parking
friends|british|sympathy||Oh no, that's rubbish. Hope you're ok. ## gutted for you mate, their loss honestly
friends|lowercase_texting|reaction_to_news||wait what?? since when ## shut up, really?? when did they get together
friends|australian|exclamation||No worries mate. ## too easy, just let me know when you're around
friends|lowercase_texting|apology||sorry running 10 min late ## soz, missed your call, was in the shower. what's up?
friends|typos|plans||omw be ther in 5
friends|voice_to_text|logistics||hey so I'm just parking now I'll be there in two minutes can you order me a flat white
friends|lowercase_texting|gratitude||thanks for listening last night ## you're a star, thank you for picking me up at that hour
friends|polite_hedged|good_request||Would you be able to feed the cat while we're away? ## any chance you could water my plants next week?
friends|lowercase_texting|self_criticism||im useless with directions lol ## i always get lost in that car park, it's like a maze
friends|british|idiom||It is what it is. ## ah well, onwards and upwards, there'll be other flats
friends|indian_english|plans||Let's meet at the mall at 5, ok? ## we'll catch up na, this weekend for sure
friends|lowercase_texting|compliment||you always know how to cheer me up ## you always make me laugh, even on the rubbish days
friends|emoji|gratitude||love you guys ❤️ ## best night ever 🥰 my face hurts from laughing
friends|lowercase_texting|surprise||no wayyy
gossip|lowercase_texting|celebrity_gossip||did you see theyre splitting up?? ## apparently theyre back together lol, that didnt last long
gossip|british|celebrity_gossip||Can't believe she's doing panto. ## he's going on that jungle show, honestly, he must need the money
gossip|lowercase_texting|reaction_to_news||good for her tbh ## honestly fair play to him for saying it on live telly
gossip|american|celebrity_gossip||Did you see what she wore to the Met Gala? ## that outfit was wild, I kind of loved it though
gossip|emoji|celebrity_gossip||another baby?? 👀 ## the tea 👀☕ she unfollowed him this morning
gossip|lowercase_texting|question_for_info||whos she dating now ## wait are they still married? I thought they split last year
gossip|abbreviations|opinion||idk i kinda like his new album ## lowkey the best song on it
shopping|lowercase_texting|fact_about_me||got new trainers ## finally bought a sofa after looking for about six months
shopping|british|fact_about_me||Got a bargain in the sales, twenty quid! ## picked up a coat from the charity shop, it's practically new
shopping|emoji|praise||obsessed with it 😍 ## it's gorgeous ✨
shopping|lowercase_texting|question_for_info||where did you get that? ## is that from zara? I need it in green
shopping|american|opinion||Total rip-off at that price. ## not worth $80 honestly, I saw the same thing at Target for half that
shopping|lowercase_texting|logistics||need anything from tesco? ## at the shop, want anything? they've got those biscuits you like
shopping|polite_hedged|good_request||Could you grab some milk on the way home? ## if youre passing, could you pick up bread and some bin bags?
shopping|one_word_or_fragment|clipped_reply||Milk, eggs, bread. ## loo roll!
shopping|lowercase_texting|generic_you||you cant go wrong with a good pair of boots
shopping|indian_english|fact_about_me||Bought a new saree for the wedding, very nice colour.
home|lowercase_texting|fact_about_me||boiler's fixed finally ## the new fridge came today and it actually fits, miracle
home|british|fact_about_me||We've just moved to Leeds. ## we live just outside Bristol now, about twenty minutes from my mum
home|lowercase_texting|logistics||parcel came for you ## left the key under the pot by the back door
home|lowercase_texting|question_for_info||where's the hoover? ## wheres the spare key, the one with the red tag?
home|one_word_or_fragment|clipped_reply||Never mind, found it.
home|lowercase_texting|logistics||bins go out tonight btw
home|polite_hedged|good_request||Could we paint the hall this weekend? ## shall we sort the garage on sunday? we could take a load to the tip
home|american|fact_about_me||We finally closed on the house! ## moving in on the 15th, pizza and boxes on us
home|lowercase_texting|reaction||ugh the wifi is down again ## internet's being slow, I'm going to ring them in the morning
home|british|vent_third_party||The landlord still hasn't fixed the window. ## next door's dog has been barking all morning, I can't hear myself think
home|voice_to_text|logistics||hey just so you know the plumber is coming between 8 and 12 tomorrow so someone needs to be in
home|emoji|fact_about_me||new plant baby 🌱 ## tomatoes are coming up 🍅 so excited for salads
home|lowercase_texting|neutral_instruction||turn the oven off at 6 pls ## take the chicken out the freezer before you go to work
flatmates|lowercase_texting|logistics||rent's due friday ## i paid the gas bill, you owe me 23, no rush
flatmates|lowercase_texting|question_for_info||is it ok if my sister stays saturday? ## mind if i have a few people round friday? we'll be done by midnight
flatmates|british|apology||Sorry about the noise last night! ## soz if we woke you, we got back later than planned
flatmates|lowercase_texting|agreement||yeah fine by me
flatmates|emoji|reaction||cake in the kitchen, help yourself 🍰 ## leftover pizza in the fridge 🍕 it's all yours
flatmates|lowercase_texting|good_request||could you keep it down a bit after 11? ## would you mind taking your boots off the stairs? I nearly went flying
work_small_talk|british|small_talk||Good weekend? ## Nice break? You look really rested.
work_small_talk|lowercase_texting|reaction||happy friday!!
work_small_talk|american|small_talk||How was your vacation? ## how was the trip? did the kids like the theme park?
work_small_talk|polite_hedged|good_request||Could you cover my shift Thursday? ## any chance you could swap days with me next week? I've got a wedding
work_small_talk|lowercase_texting|vent_third_party||my boss never replies ## manager always schedules meetings at 5 on a friday, drives me mad
work_small_talk|british|fact_about_me||I've just started at the hospital. ## I'm a teacher, year 4, so I'm knackered by Friday.
work_small_talk|lowercase_texting|reaction_to_news||congrats on the promotion!! ## well deserved, massive congrats, drinks on me next time
work_small_talk|one_word_or_fragment|clipped_reply||Will do.
work_small_talk|formal|logistics||The meeting has moved to 2pm. ## Lunch is in the boardroom today, there are sandwiches left over.
work_small_talk|lowercase_texting|self_criticism||i completely forgot the meeting lol ## sent the email to the wrong person, mortified, going to hide under my desk
work_small_talk|indian_english|small_talk||Did you have lunch? ## have you reached office? traffic was very bad near the flyover
partner_logistics|lowercase_texting|logistics||home at 7 ## back by 6 x want me to grab anything on the way?
partner_logistics|lowercase_texting|question_for_info||what time you home? ## you eating at home tonight or out with the team?
partner_logistics|lowercase_texting|plans||date night saturday? ## cinema friday? theres that new one with the guy from the thing
partner_logistics|emoji|gratitude||love you ❤️ ## miss you 😘 can't wait to see you tonight
partner_logistics|lowercase_texting|logistics||leaving work now
partner_logistics|polite_hedged|good_request||Could you put a wash on when you're in? ## can you take the bins out when you get a sec? thanks love
partner_logistics|lowercase_texting|affectionate_tease||you're such a nerd, love it ## dork 😂 love you, never change
partner_logistics|british|logistics||I've paid the council tax. ## Car's booked in for its MOT Tuesday, I'll drop it before work.
partner_logistics|lowercase_texting|good_i_statement||ive missed you today ## been thinking about you all day, hope your interview went well
partner_logistics|lowercase_texting|apology||sorry, i forgot the milk ## my bad, ill pick it up tomorrow on my way back from the gym
partner_logistics|lowercase_texting|agreement||ok sounds good ## okay
partner_logistics|one_word_or_fragment|clipped_reply||Ok. ## k thx
partner_logistics|lowercase_texting|praise_absolute||you always know what to say ## you never fail to make me smile
partner_logistics|american|logistics||Dentist at 4, can you grab Mia? ## I'll do pickup, you do dinner? Then we swap tomorrow.
partner_logistics|voice_to_text|logistics||just to let you know I'm stuck in traffic on the ring road so probably half an hour late sorry
partner_logistics|lowercase_texting|question_for_info||do we need anything for the weekend?
partner_logistics|lowercase_texting|gratitude||thanks for doing the dishes babe ## thank you for sorting the car x you're a legend
health|lowercase_texting|sympathy||oh no hope you feel better soon ## get well soon xx drink loads of water and rest
health|british|fact_about_me||Got my jab today, arm's killing. ## Doctor says it's just a sprain, so rest and ice for a week.
health|lowercase_texting|question_for_info||hows your back? ## feeling any better? you sounded rough on the phone this morning
health|polite_hedged|neutral_instruction||You should get that looked at, honestly. ## maybe ring 111 if it gets worse overnight, better safe than sorry
health|lowercase_texting|first_aid||you'd better check his pulse ## keep pressure on it, ambulance is two minutes away
health|one_word_or_fragment|neutral_instruction||Just breathe. ## breathe. you're ok.
health|lowercase_texting|self_criticism||think i overdid it at the gym ## ate too much, need a nap, christmas dinner wins again
health|emoji|sympathy||sending hugs 🤗 ## poor you 😔
health|american|fact_about_me||Got my cast off today! ## finally got my stitches out, it looks so much better
travel|lowercase_texting|logistics||you must take your passport ## dont forget your passport, it's in the drawer with the euros
travel|british|fact_about_me||Just landed! ## Train's delayed again, home by 9 hopefully.
travel|emoji|reaction||BEACH 🏖️ ## look at this view 😍
travel|lowercase_texting|question_for_info||what time's your flight? ## which terminal? I'll pick you up from arrivals
travel|american|plans||Road trip in June? ## thinking Vegas for Jake's 30th, who's in?
travel|lowercase_texting|generic_you||you can never be too careful with travel insurance ## you can never be too safe abroad
travel|polite_hedged|good_request||Could you give us a lift to the airport on Friday? ## would you drop me at the station? it's only if you're going that way
travel|indian_english|fact_about_me||Reached Delhi safely, will call you in evening. ## train is running 2 hours late only, don't wait for dinner
travel|australian|small_talk||Heading up the coast for the long weekend. ## off to Bali next month
pets|lowercase_texting|fact_about_me||the dog ate a sock again lol ## cat brought in a mouse and left it on my pillow, so thoughtful
pets|emoji|reaction||look at his little face 🥺 ## puppy!! 🐶 we're picking him up on Saturday
pets|lowercase_texting|question_for_info||has the dog been fed? ## did anyone walk the dog
pets|british|fact_about_me||We've got a rescue greyhound now. ## got two guinea pigs for the kids, they're called Salt and Pepper
pets|lowercase_texting|affectionate_tease||your cat hates me lol ## your dog thinks he's a person, he sat at the table
pets|lowercase_texting|neutral_instruction||don't let the cat out, shes due at the vet ## keep the gate shut
money_small|lowercase_texting|fact_about_me||got paid!! ## bonus came in 🙌 takeaway's on me tonight
money_small|british|generic_you||You can't get anything for a fiver these days. ## everything costs a fortune now, a coffee was four quid this morning
money_small|lowercase_texting|logistics||ill send you the money for the tickets ## sent you 15 for the pizza, let me know if it didn't come through
money_small|lowercase_texting|question_for_info||how much do i owe you? ## whats my share?
celebrations|lowercase_texting|celebration||happy birthday!! ## happy bday x have the best day, see you saturday for drinks
celebrations|british|celebration||Happy anniversary, you two! ## congratulations on the new house! can't wait to see it
celebrations|emoji|celebration||🎂🎉🎈
celebrations|lowercase_texting|plans||surprise party for dan sat, dont tell him ## secret santa limit is 20, names are in the group chat
celebrations|american|celebration||Merry Christmas y'all!
celebrations|indian_english|celebration||Happy Diwali to you and family! ## Eid Mubarak bhai
celebrations|lowercase_texting|gratitude||thank you for the flowers, theyre gorgeous ## thanks for the card, made me cry in the kitchen lol
reactions|one_word_or_fragment|exclamation||Oh dear.
reactions|one_word_or_fragment|exclamation||Amazing!
reactions|lowercase_texting|surprise||seriously?? thats brilliant ## you're kidding! well done, you totally deserve it
reactions|one_word_or_fragment|exclamation||Wow. ## wow!! when did that happen?
reactions|british|exclamation||Blimey.
reactions|lowercase_texting|clipped_reply||fair enough ## fair
reactions|one_word_or_fragment|exclamation||Ha! Classic.
reactions|lowercase_texting|exclamation||oh my god
reactions|american|exclamation||Awesome!
reactions|lowercase_texting|sympathy||that sucks, sorry ## ugh thats so annoying for you, after all that waiting
reactions|lowercase_texting|clipped_reply||no worries
reactions|one_word_or_fragment|exclamation||Unbelievable!
reactions|british|exclamation||Lovely.
reactions|lowercase_texting|agreement||same
reactions|lowercase_texting|clipped_reply||sounds good
reactions|one_word_or_fragment|clipped_reply||Noted. ## noted, I'll put it in the calendar
reactions|emoji|reaction||👍 perfect ## ❤️ thank you so much
reactions|lowercase_texting|surprise||whaaat ## wait really
reactions|lowercase_texting|exclamation||ooh exciting
reactions|australian|exclamation||Good on ya!
reactions|lowercase_texting|disagreement_about_things||nah i dont think so, its on thursday ## no its the other way, turn left at the garage then right
reactions|british|agreement||Quite right.
reactions|lowercase_texting|clipped_reply||haha yeah
reactions|one_word_or_fragment|exclamation||Gorgeous!
reactions|lowercase_texting|sympathy||aw no, poor you ## oh hun x do you want me to come round with wine?
reactions|all_caps|exclamation||CONGRATS!!!
reactions|lowercase_texting|clipped_reply||cool cool ## kk see you then
reactions|british|idiom||Ah well, worse things happen at sea. ## never mind, tomorrow's another day
small_talk|british|small_talk||Busy day?
small_talk|lowercase_texting|small_talk||hows things?
small_talk|american|small_talk||How's it going? ## what's new with you?
small_talk|lowercase_texting|fact_about_me||been a mad week ## work's been crazy, I've barely had time to eat
small_talk|polite_hedged|small_talk||Hope the move went smoothly! ## hope you had a lovely holiday, the photos looked amazing
small_talk|lowercase_texting|small_talk||long time no see! ## ages since we spoke! we need to sort a proper catch up
small_talk|indian_english|small_talk||All good at home? ## how is uncle's health now?
small_talk|australian|small_talk||How ya going? ## how's things up north?
garden|lowercase_texting|fact_about_me||first strawberries of the year! ## roses are out, the whole front garden smells lovely
garden|british|question_for_info||When do you prune the apple tree? ## what's eating my lettuces? there are holes in every leaf
garden|lowercase_texting|generic_you||you have to water them every day in this heat
hobbies|lowercase_texting|fact_about_me||signed up for pottery class ## started learning guitar, my fingers are in bits
hobbies|emoji|fact_about_me||finished my first jumper 🧶 ## did my first 10k!! 🏃‍♀️
hobbies|lowercase_texting|question_for_info||what book are you on? ## any good podcasts? I need something for the drive
hobbies|american|recommendation||You'd love this book, I'll lend it. ## you should try bouldering, it's fun, and there's a beginners night on Wednesday
hobbies|lowercase_texting|affectionate_tease||you and your crosswords lol ## another plant? you're obsessed 😂 we'll need a bigger windowsill
gaming|lowercase_texting|plans||on tonight? ## fancy a few games later
gaming|abbreviations|reaction||gg
gaming|lowercase_texting|self_criticism||i was so bad that round lol ## i keep dying to the same boss, it's been three hours
gaming|lowercase_texting|exclamation||finally beat it!! ## got the platinum 🏆
school|lowercase_texting|fact_about_me||passed my driving test!! ## got my results, all As, I can't stop smiling
school|british|reaction_to_news||Well done on your exams! ## so proud of you, you smashed it
school|lowercase_texting|question_for_info||when's parents evening? ## is there school on friday or is it an inset day?
school|polite_hedged|asked_for_advice||Any tips for revising? I'm struggling. ## how do you stay focused when studying?
school|lowercase_texting|generic_you||you never know until you try ## you've got to be in it to win it
neighbours|british|small_talk||Morning! Lovely day. ## Alright? Bins are Tuesday this week.
neighbours|lowercase_texting|logistics||took your parcel in ## got a delivery for you, I'll bring it round after tea
neighbours|lowercase_texting|vent_third_party||next door never stop drilling ## the people upstairs are always stomping around at 6am
phone|lowercase_texting|phone_call||call you back in 5 ## cant talk, in a meeting
phone|lowercase_texting|fact_about_me||phone's on 2% ## dropped my phone in the loo lol, it's in a bag of rice
phone|lowercase_texting|question_for_info||did you get my voicemail? ## can you facetime later?
phone|british|apology||Sorry, didn't see your message! ## sorry, phone was on silent all afternoon, what did you need?
advice|lowercase_texting|asked_for_advice||what would you do? ## should i take the job? more money but a longer commute
advice|lowercase_texting|advice_when_asked||i'd go for it tbh ## honestly? take it
advice|polite_hedged|asked_for_advice||Do you think blue or green for the kitchen? ## which dress, red or black? it's for Priya's wedding
advice|lowercase_texting|advice_when_asked||blue for sure ## the black one 100%
family|long_multi_sentence|fact_about_me||Just got back from Mum's. She's doing much better, walking round the garden with her stick and bossing Dad about, so all normal really. I'll ring you tomorrow.
friends|voice_to_text|plans||hey are you still up for Saturday I was thinking we could do the market in the morning then lunch at that place with the garden if it's not raining
home|long_multi_sentence|fact_about_me||Finally finished painting the spare room. It took three coats and I've got paint in my hair, but it looks so much better. Come and see it at the weekend.
partner_logistics|voice_to_text|logistics||okay so I've got the kids I'm just stopping at the garage for petrol then we'll be home about half five can you put the oven on for the pizzas
kids|long_multi_sentence|vent_third_party||The school have changed the pick up time again without telling anyone. Half the parents were standing outside for twenty minutes. Anyway we're home now, all fine.
travel|long_multi_sentence|fact_about_me||We're in Porto! The hotel is tiny but the view is unreal and we've already had about six custard tarts. Will send pics later.
sport|voice_to_text|exclamation||did you see that last minute winner I was jumping up and down in the kitchen the dog went mental
health|long_multi_sentence|sympathy||So sorry to hear about your dad. Honestly, don't worry about Friday at all, just be with him. I'll drop some food round tomorrow so you don't have to cook.
food|long_multi_sentence|recipe||You have to brown the onions properly first, like proper golden, then add the garlic at the end so it doesn't burn. That's the trick my nan taught me.
tv|voice_to_text|recommendation||you have to watch that documentary about the octopus it sounds boring but I cried twice and now I want to move to the sea
work_small_talk|long_multi_sentence|fact_about_me||First week in the new job done! Everyone's really friendly and the canteen does a decent jacket potato. Still no idea where anything is though.
pets|voice_to_text|fact_about_me||the cat has decided she lives in the laundry basket now so if you're wondering why your shirts are hairy that's why
money_small|long_multi_sentence|logistics||I've put the money for the cottage in the group pot. It came to £112 each with the cleaning fee. Let me know if anyone's short this month and we'll sort it.
celebrations|voice_to_text|plans||right so the cake is ordered the balloons are coming Friday and Gran is bringing the trifle so all we need is someone to keep Dad out of the house till three
gossip|long_multi_sentence|celebrity_gossip||Apparently she's writing a book about the whole thing. Honestly I'd read it. I always thought he seemed a bit smug on that chat show.
"""

FLAGGED = """
texting_back|one_word_or_fragment|shutdown|stonewalling|k
texting_back|lowercase_texting|shutdown|stonewalling|whatever
plans|lowercase_texting|shutdown|stonewalling|forget it ## forget it. doesnt matter. ill sort it myself like always
plans|lowercase_texting|shutdown|stonewalling,contempt|do what you want
chores|lowercase_texting|bare_order|demand|bins. tonight. ## dishes. now. not after your programme.
chores|one_word_or_fragment|bare_order|demand|Hoover. Today.
phones|lowercase_texting|bare_order|demand|get off your phone ## put the phone down. now. im talking to you
punctuality|lowercase_texting|sarcasm|contempt|nice of you to show up ## oh look who finally decided to come home, dinner went cold two hours ago
chores|lowercase_texting|sarcasm|contempt|wow. thanks.
chores|one_word_or_fragment|sarcasm|contempt,absolute|Typical.
punctuality|lowercase_texting|sarcasm|contempt|of course you did ## course you forgot. shocker. what a surprise
chores|lowercase_texting|explicit_keyword|absolute|you never listen ## you never help with anything in this house and you know it
tidiness|lowercase_texting|explicit_keyword|absolute|always me who tidies ## why is it always me picking up your socks off the floor
punctuality|lowercase_texting|explicit_keyword|absolute|late again
texting_back|lowercase_texting|rhetorical_question|contempt|is it that hard to reply? ## is it really that hard to reply to one text in six hours?
money|lowercase_texting|rhetorical_question|contempt,absolute|another parcel?
friends|lowercase_texting|label_noun|labeling|grow up
chores|lowercase_texting|insult|labeling|lazy. ## youre so lazy it's honestly embarrassing
gaming|lowercase_texting|label_noun|labeling,contempt|man child
plans|lowercase_texting|shutdown|stonewalling|im done
chores|lowercase_texting|shutdown|stonewalling,contempt|do it yourself then
punctuality|lowercase_texting|consequence_threat|threat|dont wait up ## dont bother coming home tonight if you're going to be like this
drinking|lowercase_texting|consequence_threat|threat|one more pint and im leaving ## do that again and see what happens
punctuality|lowercase_texting|explicit_keyword|blame|because of you we're late ## we missed the start of the film thanks to you and your faffing
money|lowercase_texting|explicit_keyword|blame|thanks to you we're skint
chores|lowercase_texting|counter_attack|defensiveness|well what about you ## oh and you're perfect? you left the hob on yesterday
work_hours|lowercase_texting|excuse|defensiveness|not my fault ## its not my fault you forgot to put it in the calendar
work_hours|lowercase_texting|excuse|defensiveness|i work 50 hours, what more do you want
sleep|lowercase_texting|bare_advice|fixing|just go to bed earlier then
work_hours|lowercase_texting|bare_advice|fixing|just quit then ## then just tell your boss no, I don't know why you keep moaning about it
weight|lowercase_texting|bare_advice|fixing|just eat less then
in_laws|lowercase_texting|mind_reading_claim|mind_reading|you dont care ## you just want to win, you don't actually care how I feel
plans|lowercase_texting|mind_reading_claim|mind_reading|you dont even want to come
texting_back|lowercase_texting|one_word_sarcasm|contempt|wow ok
texting_back|lowercase_texting|one_word_sarcasm|contempt|sure you were ## mhm. sure. "working late" again
laundry|lowercase_texting|sarcasm|contempt|want a medal? ## should i throw you a parade for emptying the dishwasher once?
dishes|lowercase_texting|rhetorical_question|contempt|are your arms broken?
groceries|lowercase_texting|rhetorical_question|contempt|one job. milk. ## you had one job. milk. and you came back with beer
car|lowercase_texting|explicit_keyword|absolute|empty tank again
car|lowercase_texting|bare_order|demand|keys. now.
social_media|lowercase_texting|sarcasm|contempt|busy liking her photos?
friends|lowercase_texting|comparison_noun|labeling|dan actually helps sophie ## my sisters husband cooks every night, just saying
in_laws|lowercase_texting|label_noun|labeling|mummy's boy
gaming|lowercase_texting|bare_order|demand|off the xbox. now
gaming|lowercase_texting|consequence_threat|threat,demand|switch it off or its going in the bin
kids|lowercase_texting|explicit_keyword|absolute,blame|you never do bedtime
school_run|lowercase_texting|explicit_keyword|absolute|forgot them again? ## for once could you remember pickup without me having to text you three times
money|lowercase_texting|rhetorical_question|contempt|really? another takeaway?
noise|all_caps|bare_order|demand|TURN IT DOWN
noise|angry_punctuation|rhetorical_question|contempt|are you deaf?! ## do you even listen to a word i say?!
holidays|lowercase_texting|affection_then_complaint|absolute|love you but you never plan anything
birthdays|lowercase_texting|explicit_keyword|absolute|forgot again.
anniversaries|lowercase_texting|sarcasm|contempt|lovely card. from the petrol station.
texting_back|lowercase_texting|shutdown|stonewalling|fine.
texting_back|lowercase_texting|shutdown|stonewalling|nothing. forget it
texting_back|lowercase_texting|shutdown|stonewalling|not talking about this ## leave it, i'm not discussing this again tonight
smoking|lowercase_texting|bare_order|demand|not in the house
drinking|lowercase_texting|label_noun|labeling|youre a drunk
drinking|lowercase_texting|conditional_blame|blame|wed have money if you didnt drink it ## if you stayed in on fridays we'd actually have savings by now
exercise|lowercase_texting|sarcasm|contempt|gym again? how nice for you ## enjoy your gym. ill do the kids. again. as usual.
clothes|lowercase_texting|rhetorical_question|contempt|youre wearing that?
cooking|lowercase_texting|sarcasm|contempt,labeling|burnt again, chef
tv|lowercase_texting|mind_reading_claim|mind_reading|you'd rather watch telly than talk to me
commute|lowercase_texting|excuse|defensiveness|traffic. not my fault ## what do you want me to do, fly over the traffic? stop going on about it
jealousy|lowercase_texting|mind_reading_claim|mind_reading|you fancy her
ex_partners|lowercase_texting|consequence_threat|threat|text him again and were done
ex_partners|lowercase_texting|comparison_noun|labeling|my ex at least paid for dinner
phones|emoji|sarcasm|contempt|enjoy your phone 🙄 ## ok scroll away 🙄 clearly more interesting than me
chores|emoji|one_word_sarcasm|contempt|wow 🙄
tidiness|british|rhetorical_question|contempt|Were you raised in a barn?
driving|lowercase_texting|bare_order|demand|slow down. now
driving|lowercase_texting|insult|labeling,contempt|worst driver ever
pets|lowercase_texting|explicit_keyword|absolute,blame|never walk the dog do you
neighbours|lowercase_texting|counter_attack|defensiveness|you started it
sex|lowercase_texting|mind_reading_claim|mind_reading|you dont want me anymore
family_visits|lowercase_texting|consequence_threat|threat|go then. dont come back
hobbies|lowercase_texting|sarcasm|contempt|another hobby you'll drop ## how long will this one last, about as long as the guitar?
money|lowercase_texting|bare_order|demand|card. give it back
garden|lowercase_texting|bare_order|demand,contempt|grass. still. waiting.
health|lowercase_texting|bare_advice|fixing|maybe stop eating crisps at midnight then ## well if you went to the doctor like i said you wouldnt be in this state
work_hours|lowercase_texting|bare_advice|fixing|just ignore him then, not hard ## honestly just stop checking your emails at night, problem solved
commute|lowercase_texting|bare_advice|fixing|leave earlier then. simple
sleep|lowercase_texting|conditional_blame|blame|i'd sleep fine if you didnt snore like a tractor ## if you came to bed at a normal time i wouldnt be up at 2
money|lowercase_texting|conditional_blame|blame|we'd have the deposit by now if you stuck to a plan
holidays|lowercase_texting|explicit_keyword|blame|holiday ruined, thanks for that ## well done, you made me miss the flight
kids|lowercase_texting|explicit_keyword|blame|you've made her cry now, happy? ## she's upset because of you, not me
friends|lowercase_texting|mind_reading_claim|mind_reading|you only invited them to show off ## you just like being the centre of attention, admit it
family_visits|lowercase_texting|mind_reading_claim|mind_reading|you obviously hate my family
texting_back|lowercase_texting|mind_reading_claim|mind_reading|you ignore me on purpose, I know you saw it
plans|lowercase_texting|consequence_threat|threat|cancel again and I'm going without you ## if you're late tonight I'm not waiting, I'll go on my own and you can explain it to everyone
money|lowercase_texting|consequence_threat|threat|spend on that card once more and I'm cutting it up
social_media|lowercase_texting|consequence_threat|threat,demand|delete that post or I will
chores|voice_to_text|explicit_keyword|absolute,contempt|I've asked you three times about the washing and it's still in the machine smelling damp so I guess I'll do it like I do everything else in this house
dishes|lowercase_texting|rhetorical_question|contempt,absolute|how many times do I have to ask about the pans
punctuality|lowercase_texting|counter_attack|defensiveness|oh like you've never been late ## at least I turned up, you missed the whole thing last week
tidiness|lowercase_texting|excuse|defensiveness,absolute|i was going to do it, why do you always have to nag
phones|lowercase_texting|shutdown|stonewalling|cant be bothered with this tonight ## talk to you when you've calmed down. phone's going off.
birthdays|lowercase_texting|sarcasm|contempt|nice of you to remember my birthday at 9pm ## lovely present, did your mum pick it?
weight|lowercase_texting|insult|labeling,contempt|you're getting a bit of a belly there mate, might want to lay off the takeaways
laundry|lowercase_texting|bare_order|demand|your washing. off the radiator. today.
in_laws|long_multi_sentence|counter_attack|defensiveness,blame|Don't start on my mum again. She came all that way to help and you sat on your phone the whole time. If anyone ruined Sunday it was you.
gaming|lowercase_texting|label_noun|labeling|honestly you're like a teenager with that headset on ## proper little gamer boy, aren't we
"""

# situation, style, form, categories, texts
Template = tuple[str, str, str, list[str], list[str]]
Row = dict[str, str | bool | list[str]]


def parse(block: str, flagged: bool) -> list[Template]:
    out: list[Template] = []
    for raw_line in block.strip().splitlines():
        line = raw_line.strip()
        if not line:
            continue
        sit, style, form, cats, texts = line.split("|", 4)
        cl = [c for c in cats.split(",") if c]
        assert bool(cl) == flagged, line
        assert all(c in CATS for c in cl), line
        out.append((sit, style, form, cl, [t.strip() for t in texts.split("##") if t.strip()]))
    return out


def build_rows() -> list[Row]:
    tpls = [*parse(INNOCENT, False), *parse(FLAGGED, True)]
    # interleave innocent and flagged templates deterministically by a hash of the first text
    tpls.sort(key=lambda x: hashlib.sha256(x[4][0].encode()).hexdigest())
    rows: list[Row] = []
    for i, (sit, style, form, cats, texts) in enumerate(tpls, 1):
        tid = f"{PREFIX}{i:04d}"
        for t in texts:
            if t in LEFT_OUT:
                continue
            rows.append(
                {
                    "text": t,
                    "flagged": bool(cats),
                    "categories": cats,
                    "situation": sit,
                    "style": style,
                    "form": form,
                    "template": tid,
                    "split": split_of(tid),
                }
            )
    return rows


def main() -> None:
    rows = build_rows()
    write_jsonl(OUT, rows)
    validate(OUT)


def nwords(t: str) -> int:
    return len(t.split())


def bucket(n: int) -> str:
    return "1-6" if n <= 6 else "7-15" if n <= 15 else "16+"


def validate(path: pathlib.Path) -> None:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert list(r.keys()) == KEYS, r
            assert r["split"] == split_of(r["template"])
            assert r["flagged"] == bool(r["categories"])
            assert r["text"] not in LEFT_OUT, r
            rows.append(r)
    texts = [r["text"] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, dup
    norm = Counter(re.sub(r"\W+", " ", t.lower()).strip() for t in texts)
    ndup = [t for t, c in norm.items() if c > 1]
    fl = sum(r["flagged"] for r in rows)
    print("rows", len(rows), "templates", len({r["template"] for r in rows}))
    print("flagged", fl, "innocent", len(rows) - fl)
    print("near-duplicates (case/punct-normalised):", len(ndup), ndup[:10])
    print("per category:", dict(sorted(Counter(c for r in rows for c in r["categories"]).items())))
    for name, sub in (
        ("all", rows),
        ("innocent", [r for r in rows if not r["flagged"]]),
        ("flagged", [r for r in rows if r["flagged"]]),
    ):
        buckets = Counter(bucket(nwords(r["text"])) for r in sub)
        print("length buckets", name, dict(sorted(buckets.items())))
    template_splits = Counter(split for _, split in {(r["template"], r["split"]) for r in rows})
    print(
        "split rows:",
        dict(sorted(Counter(r["split"] for r in rows).items())),
        "templates:",
        dict(sorted(template_splits.items())),
    )
    print("split flagged:", dict(sorted(Counter(r["split"] for r in rows if r["flagged"]).items())))
    print(
        "situations:",
        len({r["situation"] for r in rows}),
        "styles:",
        len({r["style"] for r in rows}),
        "forms:",
        len({r["form"] for r in rows}),
    )


if __name__ == "__main__":
    main()
