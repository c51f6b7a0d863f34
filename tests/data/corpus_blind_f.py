#!/usr/bin/env python3
"""Writer f: blind labelled corpus of partner messages (young adults/teens texting voice).
Standard library only, deterministic. Writes corpus_blind_f.jsonl next to this script."""

from __future__ import annotations

import collections
import hashlib
import json
import pathlib
from typing import Any

from safety_blind import split_of, write_jsonl

OUT = pathlib.Path(__file__).with_name("corpus_blind_f.jsonl")
Template = tuple[list[str], str, str, str, list[str]]

CAT = {
    "ab": "absolute",
    "bl": "blame",
    "mr": "mind_reading",
    "lb": "labeling",
    "ct": "contempt",
    "dm": "demand",
    "df": "defensiveness",
    "st": "stonewalling",
    "th": "threat",
    "fx": "fixing",
}
STY = {
    "lc": "lowercase_texting",
    "ty": "typos",
    "abr": "abbreviations",
    "em": "emoji",
    "caps": "all_caps",
    "fml": "formal",
    "br": "british",
    "am": "american",
    "au": "australian",
    "long": "long_multi_sentence",
    "frag": "one_word_or_fragment",
    "v2t": "voice_to_text",
    "pol": "polite_hedged",
    "ang": "angry_punctuation",
}

# format: cats|situation|style|form|variant ~~ variant ~~ variant   (cats empty = innocent)
FLAGGED = r"""
ab|texting_back|lc|explicit_keyword|u literally never text back first ~~ you never text first. not once
ab|texting_back|abr|explicit_keyword|every single time i msg u its 3 hrs later smh ~~ every single time i message you it's like 3 hours later
ab,ct|texting_back|em|sarcasm|oh wow a reply before midnight for once 🙄 ~~ a reply within the same day?? for once?? 😂🙄
ab|phones|lc|explicit_keyword|ur always on ur phone when im talking ~~ youre always on that phone when im trying to talk to u
ab|gaming|caps|explicit_keyword|YOU ALWAYS PICK THE GAME OVER ME ~~ ALWAYS THE XBOX. ALWAYS
ab|plans|typos|explicit_keyword|you alwyas cancel last minute its so anoying ~~ u always bail last minuet
ab|friends|br|explicit_keyword|you always put your mates first, every single weekend ~~ it's always the lads first innit, every weekend without fail
ab|birthdays|lc|explicit_keyword|you forget my birthday every year like clockwork ~~ every year u forget, every single year
ab|sleep|au|explicit_keyword|you're never in bed before 2, every night mate ~~ never in bed before 2am, every bloody night
ab,mr|jealousy|lc|mind_reading_claim|you always think im cheating whenever i go out ~~ every time i go out you assume im cheating
ab|drinking|v2t|explicit_keyword|every time we go out you end up wasted and i have to carry you home like every time ~~ every single night out you get plastered and i end up minding you
ab|social_media|abr|explicit_keyword|u never post me but u post ur dinner lol ~~ u never post me ngl but the dog gets a whole carousel
ab|ex_partners|lc|explicit_keyword|its always about her isnt it. always ~~ every convo somehow ends up being about your ex
ab|phones|frag|explicit_keyword|again. phone. again. ~~ phone. again
ab|texting_back|ang|explicit_keyword|AGAIN you left me on read!!! ~~ left on read AGAIN?!?!
ab|plans|am|explicit_keyword|this is literally the third time you flaked this month ~~ third time this month you flaked. third.
ab,ct|gaming|lc|sarcasm|shocking, youre on the ps5 again ~~ wow what a surprise, gaming again
ab|friends|typos|explicit_keyword|u never wanna hang wiht my freinds ~~ you never ever wanna come when its my frends
ab|sleep|lc|explicit_keyword|you literally always fall asleep on the phone w me ~~ every night you fall asleep mid call
ab|birthdays|br|explicit_keyword|you never make an effort for my birthday, never have ~~ not once have you planned anything for my birthday
ab,bl|drinking|lc|explicit_keyword|every time youve had a few you start a fight and then its my fault ~~ every time you drink you pick a fight
ab|social_media|em|explicit_keyword|always liking her pics 🙃 always ~~ always first to like her stuff 🙃🙃
bl|phones|lc|explicit_keyword|you made me miss my bus bc you wouldnt stop ringing ~~ i missed my bus because of you and your calls
bl|texting_back|abr|explicit_keyword|ur the reason im up at 3am checking my phone ~~ ur the reason i cant sleep tbh, waiting on ur texts
bl|plans|lc|explicit_keyword|thanks to you we missed the start of the film ~~ thanks to u we missed the trailer AND the first 10 mins
bl|friends|br|explicit_keyword|because of you my mates think i'm a flake now ~~ cheers, my friends all think im flaky now because of you
bl|jealousy|lc|explicit_keyword|you made me feel crazy all night w the way you were texting him ~~ u made me feel mental tonight with all the him texting
bl|birthdays|typos|explicit_keyword|my birthday was ruined and its on you tbh ~~ you ruind my birthday and you know it
bl|drinking|au|explicit_keyword|you got me so wound up I had to leave the pub ~~ you're the reason I left the pub early mate
bl,ct|gaming|lc|sarcasm|cool so i lost the match bc you were screaming at me, great job ~~ nice one, lost the ranked game bc of ur yelling
bl|sleep|abr|explicit_keyword|im wrecked today bc u kept me up fighting ~~ im dead today and its bc of u keeping me up
bl|ex_partners|lc|explicit_keyword|you made me feel like a second choice after her ~~ u make me feel like im just her replacement
bl|social_media|em|explicit_keyword|everyone saw that comment and now im embarrassed thanks to you 😤 ~~ thanks to u the whole group chat saw 😤
bl|phones|v2t|explicit_keyword|my screen is cracked because you threw it on the bed and it bounced off so yeah thats on you
bl|plans|am|conditional_blame|we would've gotten tickets if you'd just answered your phone ~~ we'd have had tickets if you picked up ONE call
bl|drinking|lc|conditional_blame|if you hadnt started on the shots we wouldnt be having this convo ~~ wouldnt be in this mess if u didnt do shots
bl|friends|lc|conditional_blame|if you didnt make it weird my friends would still invite us ~~ theyd still invite us if u didnt make it so awkward
bl|texting_back|typos|explicit_keyword|you made me look like an idiot waitng outside ~~ u made me stand there like an eejit for 40 mins
bl|jealousy|br|explicit_keyword|you've made me this paranoid, i wasn't like this before you
mr|texting_back|lc|mind_reading_claim|you clearly dont care if i hear from you or not ~~ u obviously dont care if im worried
mr|phones|abr|mind_reading_claim|u just want an excuse to be on ur phone ~~ u only say ur tired so u can scroll in peace
mr|gaming|lc|mind_reading_claim|you care more about your rank than about me ~~ ur rank matters more to u than i do
mr|friends|lc|mind_reading_claim|you just want to look good in front of them ~~ you only act nice to me when theyre around
mr|jealousy|em|mind_reading_claim|you want me to feel jealous dont lie 😒 ~~ you're doing it on purpose to make me jealous 😒
mr|ex_partners|lc|mind_reading_claim|you still want her back, just admit it ~~ u obviously still have feelings for him
mr|plans|au|mind_reading_claim|you never wanted to come in the first place did ya ~~ you didn't even want to come, I can tell
mr|birthdays|lc|mind_reading_claim|you only got me that bc you felt like you had to ~~ u didnt even think about it, you grabbed that at the servo
mr|sleep|typos|mind_reading_claim|you just pretend to be asleep so you dont have to talk to me ~~ ur fake sleeping again i know u are
mr|social_media|abr|mind_reading_claim|u dont post me bc u want ppl to think ur single ~~ u want ur followers thinking ur available
mr|drinking|lc|mind_reading_claim|you just want to get drunk and forget about me ~~ you only go out so you can get away from me
mr,ab|texting_back|lc|mind_reading_claim|you never reply cause you just dont think about me when im not there
mr|gaming|br|mind_reading_claim|you'd rather be with the lads online than with me, be honest
mr|phones|v2t|mind_reading_claim|you dont even listen to me you just nod and keep scrolling and think i dont notice
mr|jealousy|lc|mind_reading_claim|you think im stupid dont you ~~ you think i wont notice, i always notice
mr|friends|am|mind_reading_claim|you're embarrassed of me around your friends, that's what this is
mr,ct|plans|em|sarcasm|oh sorry i forgot you only make plans when it suits YOU 🙂 ~~ right bc plans only matter when they suit u 🙂
lb|texting_back|lc|label_noun|ur such a dry texter honestly ~~ dry texter of the year award goes to u
lb|phones|abr|label_noun|ur literally addicted to ur phone, its sad ~~ u r a phone addict ngl
lb|gaming|lc|label_noun|youre such a man child about that game ~~ grown man crying over fortnite, such a child
lb|friends|br|comparison_noun|mia's boyfriend actually texts her back when she's out ~~ jess's girlfriend would never leave her sat alone at a party
lb|jealousy|lc|label_noun|ur a psycho about this honestly ~~ you're so insecure its exhausting
lb|drinking|au|label_noun|you're a mess when you drink, honestly a mess ~~ absolute liability on the piss you are
lb|sleep|lc|label_noun|ur so lazy, its 2pm ~~ lazy arse still in bed at 2
lb|birthdays|typos|label_noun|ur the worst at presents honestly ~~ you are genuinly the worst gift giver alive
lb|plans|lc|label_noun|youre so unreliable its not even funny ~~ flakiest person i know, no joke
lb,ct|ex_partners|lc|insult|your ex was a clown and honestly so are you rn ~~ no wonder she dumped u
lb|social_media|em|label_noun|ur such an attention seeker 🙄 ~~ clout chaser much 🙄
lb|phones|am|comparison_noun|my sister's boyfriend puts his phone away at dinner, just saying ~~ even my dad puts his phone down at dinner and he's 60
lb|texting_back|frag|label_noun|selfish. ~~ so selfish. wow
lb|gaming|typos|label_noun|ur such a sore looser
lb|drinking|lc|label_noun|ur an alcoholic at this point ~~ youre a functioning alcoholic and everyone knows it
lb|friends|lc|comparison_noun|ryan always pays when he takes chloe out, just saying
lb|jealousy|ang|label_noun|YOU'RE SO CONTROLLING!!! ~~ controlling much?!?
lb|sleep|br|label_noun|you're a nightmare to share a bed with, proper nightmare
ct|texting_back|lc|sarcasm|oh look who's alive ~~ oh he lives
ct|texting_back|em|sarcasm|nice of u to finally show up 👏👏 ~~ look who remembered they have a gf 👏
ct|phones|lc|sarcasm|sorry am i interrupting you and tiktok ~~ dont let me interrupt ur scrolling
ct|gaming|br|sarcasm|shall i book an appointment to speak to you or ~~ do i need to queue up for a match to get your attention
ct|friends|lc|sarcasm|have fun w ur precious boys ~~ enjoy ur little girls night then
ct|jealousy|em|sarcasm|sure "just a friend" 😂 ~~ "just a mate" ok 🤡
ct|birthdays|lc|sarcasm|wow a card. you shouldnt have. seriously ~~ a tesco meal deal for my birthday, spoilt me there
ct|plans|frag|shutdown|whatever. ~~ whatever lol
ct|drinking|au|sarcasm|great night for you i'm sure, shame you can't remember it ~~ have a good one did ya? shame you won't remember it
ct|sleep|lc|sarcasm|morning sunshine, only 1pm ~~ rise and shine princess its practically dinner
ct|ex_partners|lc|sarcasm|say hi to ur ex for me x ~~ tell her i said hi since ur so close
ct|social_media|em|sarcasm|love that i find out ur plans from ur story 🙂🙂 ~~ so nice to learn where my bf is from instagram 🙂
ct|phones|caps|insult|ARE YOU DEAF ~~ HELLO??? EARTH TO YOU
ct|gaming|lc|insult|ur pathetic, its a game ~~ grow up its pixels
ct|friends|typos|sarcasm|sory i forgot ur mates are the most importent ppl in the world
ct|texting_back|lc|sarcasm|k cool thanks for the paragraph ~~ wow such a long reply, dont strain urself
ct|jealousy|am|sarcasm|oh my bad, i forgot i'm not allowed to have guy friends ~~ right, i'm not allowed to breathe near a man
ct,lb|drinking|lc|insult|u stink of vodka. gross ~~ ur disgusting when ur like this
ct|birthdays|em|sarcasm|thanks for the happy birthday at 11:58pm 🥰🥰 ~~ wow made it with 2 mins to spare 🥰
ct|plans|lc|sarcasm|oh so NOW you wanna come ~~ oh now its a good time for u is it
ct|sleep|em|sarcasm|hope ur beauty sleep was worth it 🙃
dm|phones|lc|bare_order|put the phone down. now ~~ phone away. now pls
dm|texting_back|abr|bare_order|answer me rn ~~ reply. rn.
dm|gaming|caps|bare_order|TURN IT OFF ~~ GET OFF THE XBOX NOW
dm|friends|lc|bare_order|tell them ur not coming ~~ text them and say ur staying in
dm|jealousy|lc|bare_order|unfollow her. tonight ~~ block him. i mean it
dm|plans|br|bare_order|be ready at 7, not 7:20, 7 ~~ you need to be ready at 7 and i mean ready
dm|birthdays|lc|explicit_keyword|you need to sort something for my birthday this time ~~ u need to actually plan something this year
dm|drinking|au|bare_order|no more drinks tonight, get a water ~~ you're done, water and home
dm|sleep|lc|bare_order|come to bed. now ~~ bed. now. im not asking
dm|ex_partners|abr|bare_order|delete her number rn ~~ delete ur chats w her. all of them
dm|social_media|lc|bare_order|take that photo down ~~ delete that story pls now
dm|phones|typos|explicit_keyword|you need to stop being on ur phone at dinner its rude
dm|texting_back|am|explicit_keyword|you need to let me know when you get there, period ~~ text me when you land. not optional
dm|gaming|lc|bare_order|mute ur mic and listen to me ~~ headset off. talk to me
dm|friends|ang|bare_order|tell tom to leave!!! ~~ get him out of the flat!!!
dm,ab|plans|lc|explicit_keyword|you need to stop cancelling on me every time
dm|drinking|lc|bare_order|put ur keys away ur not driving ~~ give me the keys. now
dm|sleep|br|explicit_keyword|you need to sort your sleep out, honestly sort it
df|texting_back|lc|counter_attack|well you didnt text me either so ~~ u didnt text me first either so idk why im the bad guy
df|phones|abr|counter_attack|ur on ur phone just as much as me tho ~~ lol u literally r on tiktok rn
df|gaming|lc|excuse|i said one more game, its not my fault it went to overtime ~~ its not my fault the match went long
df|friends|br|counter_attack|what about when you went to yours mates for the whole weekend? ~~ and what about your mates, eh? they're here every week
df|jealousy|lc|counter_attack|ur one to talk, ur always texting ur ex ~~ says the one still following all their exes
df|plans|au|excuse|I had work mate, what do you want me to do ~~ mate I was at work, what was I supposed to do
df|birthdays|lc|excuse|i got u something didnt i, what more do u want ~~ i literally got you a present what else do you want
df|drinking|typos|counter_attack|ur the one who was doing shots first dont even ~~ u were drinkin more then me so
df|sleep|lc|excuse|i cant help being tired, i work 12 hour shifts ~~ sorry i have a job and get tired
df|ex_partners|lc|counter_attack|u still have ur exs hoodie so dont start ~~ dont lecture me u still talk to urs
df|social_media|em|counter_attack|like you dont follow half of instagram 🙄 ~~ u follow loads of models so 🙄
df|texting_back|ang|excuse|I WAS BUSY!!! not everyone is on their phone 24/7!! ~~ I WAS DRIVING?!
df|phones|v2t|excuse|i was only on it for like two minutes and you act like i was on it all night which i wasnt
df|friends|lc|counter_attack|at least my friends actually like u ~~ at least my mates bother talking to u
df|plans|lc|excuse|its not my fault ur always early
df|gaming|am|counter_attack|you watch netflix for 6 hours a day and i'm the problem? ~~ you binge love island every night but my games are the issue
st|texting_back|frag|shutdown|k ~~ kk. ~~ fine.
st|phones|lc|shutdown|im not doing this over text ~~ not having this convo. bye
st|gaming|lc|shutdown|cant talk. in a game ~~ not now
st|friends|lc|shutdown|do what u want ~~ do whatever u want then, i dont care
st|jealousy|lc|shutdown|im done talking about this ~~ not going over this again
st|plans|frag|shutdown|forget it ~~ forget i asked
st|birthdays|lc|shutdown|its fine. dont worry about it ~~ doesnt matter anymore
st|drinking|br|shutdown|i'm not talking to you while you're like this, goodnight ~~ we're not discussing this, go to sleep
st|sleep|lc|shutdown|goodnight. ~~ night. dont text me
st|ex_partners|lc|shutdown|i dont wanna hear it ~~ not listening to this again
st|social_media|em|shutdown|ok 👍 ~~ 👍
st|texting_back|abr|shutdown|idc anymore tbh ~~ idc. do wtv
st|phones|v2t|shutdown|im turning my phone off now so dont bother ringing
st|friends|au|shutdown|yeah whatever, go, I don't care ~~ go then. see ya
st|gaming|caps|shutdown|LEAVE ME ALONE ~~ STOP TEXTING ME
st,ct|plans|lc|shutdown|sure. whatever u say ~~ yep. sure. fine
st|jealousy|typos|shutdown|im not talkin about it anymore so dont even
th|texting_back|lc|consequence_threat|dont text back and see what happens ~~ leave me on read one more time and see
th|phones|lc|consequence_threat|keep scrolling and ill go out myself ~~ stay on ur phone then, ill find someone who talks to me
th|gaming|caps|consequence_threat|IF YOU DONT GET OFF I'M UNPLUGGING IT ~~ ONE MORE GAME AND THE XBOX GOES IN THE BIN
th|friends|lc|consequence_threat|go to his then, but dont expect me here when u get back ~~ go out w them and dont bother coming back
th|jealousy|lc|consequence_threat|if u talk to her again were done ~~ talk to him again and its over
th|plans|am|consequence_threat|cancel on me one more time and i'm done ~~ bail again and that's it for us
th|birthdays|lc|consequence_threat|if u forget my birthday this year dont bother coming round ~~ forget it again and ur not invited to the party
th|drinking|au|consequence_threat|come home wasted again and you're sleeping on the couch ~~ rock up pissed again and you're on the couch mate
th|sleep|lc|consequence_threat|come to bed or ill sleep at my mums ~~ if ur not in bed by 12 im going to my sisters
th|ex_partners|lc|consequence_threat|if she messages u again im messaging her myself ~~ reply to her and ill tell everyone what u said about her
th|social_media|em|consequence_threat|post that and ur blocked 🙂 ~~ put that on ur story and see what happens 🙂
th|texting_back|br|consequence_threat|if i don't hear from you by 10 i'm not coming
th|phones|typos|consequence_threat|if i catch u on ur phone at dinner again im taking it off u
th|friends|ang|consequence_threat|bring him round again and I'm leaving!!! ~~ he comes over again and IM OUT!!!
th,dm|jealousy|lc|consequence_threat|unfollow him or im leaving ~~ block her or we're done
th|plans|lc|consequence_threat|be late again and im going without u
fx|texting_back|lc|bare_advice|just turn ur notifications on then ~~ then just turn read receipts off lol
fx|phones|abr|bare_advice|just delete the app if it stresses u out ~~ just dont look at the comments then
fx|friends|lc|bare_advice|just dont go then?? ~~ just tell her ur not coming, easy
fx|sleep|lc|bare_advice|just go to bed earlier then ~~ stop drinking coffee after 4 then
fx|gaming|lc|bare_advice|just play something else if it makes u that mad ~~ just uninstall it tbh
fx|jealousy|br|bare_advice|just don't look at her profile then ~~ stop checking his page and you'll be fine
fx|birthdays|lc|bare_advice|u should just not celebrate if it stresses u that much ~~ just dont have a party then
fx|plans|au|bare_advice|just tell your boss no mate ~~ just chuck a sickie
fx|drinking|lc|bare_advice|just drink water between drinks next time ~~ just dont drink if it makes u feel like that
fx|ex_partners|lc|bare_advice|just block her and move on ~~ just ignore him, not that deep
fx|social_media|em|bare_advice|just go private 🤷 ~~ just dont post then 🤷‍♀️
fx|texting_back|typos|bare_advice|u shoud just mute the group chat if they anoy u that much
fx|sleep|abr|bare_advice|u should def try melatonin tbh ~~ just put ur phone in another room lol
fx|friends|am|bare_advice|you should just cut her off honestly ~~ just find new friends, they sound toxic
fx|phones|v2t|bare_advice|you should just get a new phone instead of moaning about it every day
fx|gaming|br|bare_advice|just stop playing with randoms then ~~ just play solo if your team's that bad
ab,bl|texting_back|long|explicit_keyword|i had a horrible day and i texted u like 6 times and nothing. every time something happens u go quiet and then im the one whos too much. it makes me feel like i cant rely on u
bl,mr|jealousy|long|mind_reading_claim|idk why u keep doing this. u know exactly how it makes me feel when u like her pics and u do it anyway, so honestly u must want me upset
lb,ct|gaming|long|insult|youre 24 and you threw a controller at the wall because a 12 year old beat you. think about that for a sec. embarrassing honestly
dm,th|drinking|long|consequence_threat|ok listen. youre coming home now, not after one more, now. if ur not outside in 10 mins im getting a taxi and ur on your own
df,ab|plans|long|counter_attack|dont make out like im the only one who cancels. u bailed on the cinema last month and on my cousins thing and i didnt say a word
st,ct|ex_partners|long|shutdown|honestly i cant be bothered anymore. talk to her, dont talk to her, i dont care. im going to bed
mr,ab|friends|long|mind_reading_claim|u always get weird when i go out with the girls and i know its cause u think ill meet someone. just say it
fx|sleep|long|bare_advice|ok but have u tried just not going on tiktok in bed? like just put it down at 11 and read or something, thats literally all it is
ab,ct|birthdays|v2t|sarcasm|oh great another birthday where you remember at like 10pm and get me flowers from the garage brilliant love it
bl,ab|phones|v2t|explicit_keyword|i swear every time we go to dinner you are on your phone and then you wonder why i get in a mood its because of you doing that
ct,mr|social_media|abr|sarcasm|lol ok so u had time to post 4 stories but not reply to me. makes sense ~~ 4 stories but no time to reply 😂 ok
lb,ab|texting_back|lc|label_noun|ur the worst texter ive ever dated and ive dated a lot of bad ones
th,ct|gaming|lc|consequence_threat|lol ok keep playing, see who's here when u log off
dm,ct|phones|em|bare_order|hello?? phone down please, im literally talking 🙄
ct|friends|lc|rhetorical_question|is it that hard to invite me? ~~ would it kill u to invite me for once
ct,ab|texting_back|lc|rhetorical_question|is it really that hard to send one text?? ~~ how hard is it to reply?? genuinely asking
ct|phones|lc|rhetorical_question|what is so interesting on that phone honestly ~~ whats more important on there than me rn
ct|plans|br|rhetorical_question|how is it that you can never make it on time? ~~ how are you late to your own plans?
ct,lb|gaming|lc|rhetorical_question|are u 12? ~~ what are u, twelve?
mr,ct|jealousy|lc|rhetorical_question|why would u like her pic if u didnt fancy her ~~ why else would u follow her, go on
ct|sleep|lc|rhetorical_question|how r u tired u slept 11 hours ~~ tired?? from what exactly
ct|drinking|au|rhetorical_question|how many is "a couple" mate? twelve? ~~ "just a couple" yeah? how many's that then
bl|birthdays|lc|rhetorical_question|do u know how it felt being the only one without a card from their partner?
ct|ex_partners|lc|rhetorical_question|why do u still have her in ur close friends??? ~~ why is she still on ur close friends. explain
ab,ct|social_media|lc|rhetorical_question|do u ever not post ur gym selfies
ab,mr|texting_back|lc|affection_then_complaint|love u but u never ever text me back when ur out ~~ love u lots but u literally disappear when ur with the boys
ab|plans|em|affection_then_complaint|ur my fav person but why r u late every time 😭 ~~ ily but ur never on time 😭
lb|gaming|lc|affection_then_complaint|i love u but ur kind of a child about that game
bl|sleep|em|affection_then_complaint|love u but ur snoring kept me up all night so today is ur fault 😘
ab|phones|lc|affection_then_complaint|babe i love u but ur always on ur phone when we hang out
mr|friends|lc|affection_then_complaint|ur cute but u clearly dont care about my friends
ab,ct|drinking|br|affection_then_complaint|love you to bits but you're an absolute nightmare every time you've had a drink
ct|birthdays|typos|affection_then_complaint|thank u for the gift i guess, love u, would be nice if u remembered my size tho
bl|texting_back|lc|conditional_blame|if u just replied i wouldnt have to double text ~~ i wouldnt be spamming u if u just answered
mr|gaming|lc|conditional_blame|if u actually cared u would turn it off when im upset
bl|sleep|lc|conditional_blame|if u came to bed at a normal time i wouldnt be so tired
bl|social_media|lc|conditional_blame|if u just posted me people wouldnt think ur single
bl|plans|au|conditional_blame|we'd be there by now if you weren't so slow getting ready
ab|jealousy|caps|explicit_keyword|EVERY TIME I TALK TO A GUY YOU LOSE IT ~~ EVERY SINGLE TIME
ab|ex_partners|typos|explicit_keyword|u always bring up my ex when ur loosing an argument
ab|birthdays|au|explicit_keyword|every birthday's the same mate, you leave it to the last minute
bl|friends|lc|explicit_keyword|u got me kicked out the gc
mr|texting_back|br|mind_reading_claim|you're ignoring me on purpose, don't pretend you're not
mr|drinking|lc|mind_reading_claim|u dont even want to stop
lb|plans|am|label_noun|you're such a flake, seriously ~~ honestly you're a flake
ct|phones|frag|shutdown|wow. ok. ~~ cool. cool cool
dm|birthdays|lc|bare_order|dont even think about getting me socks again ~~ no gift cards this year. actually try
st|drinking|frag|shutdown|not tonight ~~ tmrw. not now
th|sleep|ang|consequence_threat|WAKE ME UP ONE MORE TIME AND YOU'RE ON THE SOFA!!!
df|jealousy|br|counter_attack|oh so i'm the jealous one? you went through my phone last week ~~ you went through my phone, don't talk to me about trust
fx|drinking|au|bare_advice|just have a hair of the dog mate, you'll be right
"""

INNOCENT = r"""
|texting_back|lc|praise_absolute|u always know exactly what to say when im sad ~~ u always text me the nicest things when im down
|phones|lc|logistics|my phones on 4% so if i go quiet thats why ~~ phone about to die, ring me from ur mums if u need me
|gaming|abr|exclamation|NO WAY we actually won that lmaooo ~~ UNBELIEVABLE that last round omg
|friends|lc|vent_third_party|jess never replies in the gc its so annoying ~~ my mate never texts back either its not just u lol
|jealousy|lc|good_i_statement|i felt a bit jealous tonight and i know thats on me, can we talk tmrw ~~ im feeling a bit insecure today, could use a hug
|plans|lc|plans|are we still on for sat? ~~ still good for 7 tmrw?
|birthdays|em|praise_absolute|you ALWAYS make my birthday so special 🥹 ~~ best birthday ever, you never miss 🥹🎂
|drinking|au|logistics|grab us a slab on the way home mate ~~ pick up some ice on your way yeah?
|sleep|lc|self_criticism|im such a night owl sorry i kept u up ~~ sorry i was up so late again, thats on me
|ex_partners|lc|vent_third_party|my ex just texted me happy bday lol weird, anyway what u doing ~~ fyi my ex messaged me, ignoring it, just wanted u to know
|social_media|em|affectionate_tease|ur new pfp is so cute i hate it 😭 ~~ stop being this fit on my feed 😤❤️
|texting_back|frag|agreement|yeah ur right ~~ fair. ur right
|phones|abr|question_for_info|u got a charger at urs? ~~ whats ur hotspot pw again
|gaming|lc|logistics|one more game then im all yours promise ~~ finishing this round then ill ring u
|friends|br|plans|the girls want to do brunch sunday, you coming? ~~ lads are doing five a side thursday, fancy it?
|jealousy|lc|apology|sorry i got weird about the ig thing earlier, that was unfair of me ~~ i overreacted about her earlier, im sorry
|plans|am|neutral_instruction|you must bring your ID or they won't let us in ~~ you'll need your ID tonight dont forget
|birthdays|lc|quote|my mum always says never go to bed angry on a birthday lol ~~ my nan used to say birthdays never count after 25
|drinking|lc|generic_you|you can never have too much water on a night out ~~ you can never trust a tequila shot honestly
|sleep|em|good_request|could we try going to bed at the same time this week? 🥺 ~~ can we maybe do no phones in bed this week, for both of us
|ex_partners|lc|question_for_info|what was ur ex's sisters name again, i think i saw her at work
|social_media|lc|logistics|tagged u in that meme lol ~~ sent u a tiktok, watch it
|texting_back|lc|apology|sorry for the slow reply, been flat out at work ~~ sorry babe was driving, whats up
|phones|caps|exclamation|MY PHONE JUST FELL IN THE TOILET ~~ I CANT BELIEVE I CRACKED MY SCREEN AGAIN
|gaming|lc|affectionate_tease|ur actually so bad at mario kart its adorable ~~ u drive like my nan in mario kart lol love u
|friends|lc|asked_for_advice|should i text her first or wait for her to reach out? ~~ what would u do, shes been ignoring me for 2 days
|jealousy|lc|gratitude|thank u for showing me the msgs, u didnt have to ~~ thanks for being so patient w me about the jealousy stuff
|plans|frag|agreement|yep sounds good ~~ sound ~~ grand so
|birthdays|lc|logistics|bought the candles, u grab the cake? ~~ cake is in the fridge dont let her see
|drinking|br|self_criticism|i was an absolute state last night, sorry for the 2am voice notes ~~ cringing at myself so hard today, sorry for being a mess
|sleep|lc|logistics|im gonna crash early tonight, ill text u when i wake ~~ going to bed now, early start
|ex_partners|lc|good_i_statement|it hurts a bit when ur ex comes up, can we talk about it sometime
|social_media|abr|question_for_info|which pic should i post, 1 or 3? ~~ is this caption cringe or ok
|texting_back|em|praise_absolute|u never fail to make me smile with ur good morning texts ☀️ ~~ ur good morning texts never get old ☀️💕
|phones|lc|neutral_instruction|you need to hold the power and volume button together to restart it ~~ u have to update it first then itll work
|gaming|caps|exclamation|WE'RE GOING TO THE FINALSSS ~~ DID YOU SEE THAT CLUTCH
|friends|lc|vent_third_party|sarah is always late to everything i swear ~~ my mates never pick a restaurant, its always me
|jealousy|lc|quote|my sister always says jealousy is just love being dramatic lol ~~ my mum always said never check a boys phone lol
|plans|lc|question_for_info|what time do u finish tmrw? ~~ what time does the gig start
|birthdays|em|gratitude|thank u for my surprise party im still crying 😭❤️ ~~ thank u so much for the necklace i never take it off 😭
|drinking|lc|neutral_instruction|you have to eat something before or youll be sick ~~ make sure u drink water before bed
|sleep|abr|affectionate_tease|u fell asleep mid sentence again lmao cutest thing ever ~~ u snore like a lil puppy ngl
|ex_partners|lc|agreement|yeah ur right, i shouldnt reply to him
|social_media|lc|vent_third_party|people on twitter never read past the headline honestly ~~ the comments under that post are always so toxic
|texting_back|v2t|logistics|hey just letting you know im on the train now and the signal is terrible so if i dont reply thats why love you
|phones|lc|apology|sorry i was on my phone all dinner, that was rude of me ~~ sorry i was scrolling when u were talking, im listening now
|gaming|lc|good_request|could u maybe not play past 1 on work nights? just cause i cant sleep w the noise
|friends|au|plans|heading to Jacko's for a barbie, you keen? ~~ few of us at the beach later if you're keen
|jealousy|lc|idiom|green eyed monster is out tonight lol jk, have fun x
|plans|abr|logistics|omw, 10 mins ~~ running 5 late sorry, b there soon
|birthdays|lc|question_for_info|what do u want for ur bday, be honest
|drinking|lc|exclamation|never again. never ever again. my head 💀 ~~ im never drinking again i mean it this time
|sleep|lc|generic_you|you can never get enough sleep in winter honestly
|ex_partners|lc|vent_third_party|my ex never paid me back that 50 quid lol
|social_media|em|praise_absolute|u always take the best pics of me 📸 ~~ ur the only one who gets my good side 📸
|texting_back|lc|self_criticism|im so bad at replying sorry, its not u its me ~~ im the worst texter ik, sorry
|phones|lc|quote|my dad always says "put the phone down" and then hes on facebook all day lol
|gaming|lc|question_for_info|whats ur psn again? ~~ what server are u on
|friends|lc|gratitude|thanks for being so nice to my friends last night they loved u ~~ my mates cant stop talking about u lol thank u for coming
|jealousy|lc|good_i_statement|i get a bit anxious when i dont hear from u on nights out, could u send one text?
|plans|au|logistics|I'll grab the tickets, you sort the uber yeah ~~ you right to drive or want me to?
|birthdays|caps|exclamation|HAPPY BIRTHDAY TO THE BEST PERSON EVER ~~ HAPPY BIRTHDAY MY LOVE
|drinking|em|plans|pints later? 🍻 ~~ fancy a drink after work? 🍷
|sleep|lc|asked_for_advice|i cant sleep again, any ideas? ~~ what do u do when u cant switch off
|ex_partners|lc|apology|sorry i brought her up, i know its a sore spot
|social_media|lc|logistics|dont post the pic of me yet pls my hair is a state
|texting_back|lc|gratitude|thanks for checking in, means a lot ~~ ty for texting me today, needed it
|phones|br|vent_third_party|my phone never holds charge, it's doing my head in ~~ this phone is an absolute joke, dies at 40 percent
|gaming|lc|apology|sorry i was so loud last night on the headset
|friends|lc|question_for_info|is tom coming to the party or no ~~ do u know if jess is still seeing that guy
|jealousy|lc|agreement|yeah fair, i trust u
|plans|lc|good_request|could we maybe do something just us this weekend? ~~ can we have a date night soon, miss u
|birthdays|lc|vent_third_party|my brother forgot my birthday AGAIN lol hes useless ~~ my dad never remembers my birthday, its a running joke
|drinking|lc|asked_for_advice|should i go out tonight or stay in, im so tired
|sleep|em|praise_absolute|u always make me feel so safe falling asleep 🥹
|ex_partners|lc|logistics|im dropping his stuff back tmrw at 2 just so u know
|social_media|lc|exclamation|omg did u see what she posted?? unreal ~~ unbelievable. have u seen the group chat
|texting_back|abr|logistics|in a meeting til 3, txt u after ~~ cant talk rn in class, ttyl
|phones|lc|asked_for_advice|should i get the iphone or the samsung, help ~~ pink case or clear one
|gaming|am|gratitude|thanks for playing with me even tho you hate fps games lol ~~ you're the best duo partner honestly
|friends|lc|good_i_statement|ive been feeling a bit left out lately, miss hanging with just u
|jealousy|lc|self_criticism|i know i get jealous too easily, working on it
|plans|lc|idiom|lets play it by ear tmrw ~~ lets just wing it
|birthdays|lc|neutral_instruction|you have to blow out all the candles in one go or it doesnt count lol
|drinking|lc|quote|my granda always said never trust a man who doesnt drink tea lol
|sleep|lc|logistics|im staying at emmas tonight, back tmrw morning
|ex_partners|lc|question_for_info|did u ever get ur stuff back from ur ex or
|social_media|lc|good_request|can u send me the pics from last night?
|texting_back|lc|question_for_info|did u get my text earlier? phone was being weird ~~ did my msg send? its showing one tick
|phones|lc|generic_you|you can never have too many chargers tbh
|gaming|lc|neutral_instruction|you have to press x twice to jump, its dumb ~~ u gotta hold triangle to reload
|friends|em|affectionate_tease|ur mates are so weird i love them 😂 ~~ cant believe u told the lads about the ikea thing 😂
|jealousy|lc|question_for_info|who was the girl in ur story btw? she looked familiar
|plans|lc|apology|so sorry i have to cancel, my shift got changed, can we do sunday? ~~ sorry babe gotta reschedule, work called me in
|birthdays|lc|plans|dinner at 8 for ur bday, wear something nice ~~ booked the place for ur bday dont make plans
|drinking|lc|logistics|im the designated driver tonight so ill pick u up
|sleep|lc|vent_third_party|my housemate never shuts up at night i swear ~~ the neighbours dog never stops barking at 3am
|ex_partners|lc|good_i_statement|i feel a bit weird seeing ur ex at the party tbh, can we stick together?
|social_media|lc|praise_absolute|ur stories are always the funniest thing on my feed
|texting_back|lc|exclamation|wait WHAT no way ~~ SHUT UP no way
|phones|frag|logistics|found it ~~ never mind, found it ~~ nvm got it
|gaming|lc|vent_third_party|my team are so bad tonight honestly
|friends|lc|logistics|tell tom ill bring the speaker ~~ can u tell jess im running late
|jealousy|lc|good_request|could u text me when u get home tonight? just helps me relax
|plans|caps|exclamation|WE GOT THE TICKETS ~~ IM SO EXCITED FOR TONIGHT
|birthdays|lc|self_criticism|i left ur present til the last minute, im so sorry, ill make it up to u
|drinking|lc|vent_third_party|my uncle always gets so drunk at weddings lol
|sleep|lc|gratitude|thanks for letting me nap on u, i needed that
|ex_partners|lc|idiom|water under the bridge tbh, hes ancient history
|social_media|lc|asked_for_advice|should i reply to this comment or just leave it
|texting_back|am|good_i_statement|i miss hearing from you during the day, even a quick text would make me happy
|phones|lc|plans|phone free day sunday? just us
|gaming|lc|plans|game night at mine fri? ~~ wanna play later tonight
|friends|lc|agreement|ur right, i should just talk to her ~~ yeah ur right she was out of line
|jealousy|lc|apology|sorry for going through ur insta, that was messed up
|plans|au|question_for_info|what time you reckon you'll be done?
|birthdays|lc|good_request|could we keep it small for my birthday this year?
|drinking|lc|good_i_statement|i get worried when u drink a lot, could we talk about it when ur home?
|sleep|lc|quote|my mum always says nothing good happens after 2am lol ~~ my granny swore by warm milk before bed
|ex_partners|lc|gratitude|thank u for being so understanding about the ex stuff
|social_media|lc|self_criticism|i post way too much dont i lol ~~ im so addicted to insta its embarrassing
|texting_back|lc|neutral_instruction|you have to turn on the setting so it shows when ur typing
|phones|lc|good_request|could u maybe put the phones away at dinner? both of us i mean
|gaming|lc|asked_for_advice|which character should i main, i suck with all of them
|friends|lc|vent_third_party|jake never buys a round, its always us
|jealousy|lc|affectionate_tease|dont get jealous but i think the barista fancies me lol jk
|plans|lc|logistics|booked for 7:30, table under ur name
|birthdays|lc|gratitude|u make every birthday so fun honestly thank u
|drinking|lc|apology|sorry for last night, i drank way too much and i was a mess
|sleep|lc|question_for_info|are u still up?
|ex_partners|lc|asked_for_advice|should i go to the wedding if he's gonna be there?
|social_media|lc|generic_you|you can never trust a filter honestly
|texting_back|lc|affectionate_tease|u text like a 60 year old with ur full stops lmao
|phones|lc|question_for_info|whats ur apple id password again
|gaming|lc|exclamation|WHAT A GOAL. unreal ~~ unbelievable that ref was blind
|friends|lc|good_request|could we have ur friends over next time instead? just fancy a night in
|jealousy|lc|agreement|yeah i get why u were upset
|plans|lc|idiom|rain check?
|birthdays|lc|asked_for_advice|what should i get my mum for her bday, shes impossible
|drinking|lc|self_criticism|i shouldnt have had those shots, thats on me
|sleep|lc|apology|sorry i stole the duvet again
|ex_partners|lc|praise_absolute|ur nothing like my ex, ur always so kind
|social_media|lc|gratitude|thanks for the birthday post, i cried
|texting_back|lc|idiom|speak of the devil, was just about to text u
|phones|lc|exclamation|oh my god my phone just buzzed with your name and i screamed
|gaming|lc|good_i_statement|i feel a bit lonely when ur gaming all night, could we have one night a week just us?
|friends|lc|self_criticism|i was kind of rude to ur mates, sorry about that
|jealousy|lc|vent_third_party|my friend's bf goes thru her phone, thats so messed up right
|plans|lc|question_for_info|ur not working sat are u?
|birthdays|lc|affectionate_tease|ur old now lol happy bday grandad
|drinking|lc|idiom|hair of the dog tomorrow lol
|sleep|lc|affectionate_tease|u look like a potato when ur asleep its cute
|ex_partners|lc|logistics|my ex is gonna be at the party, just a heads up
|social_media|lc|question_for_info|do u know who runs that account
|texting_back|ty|apology|soz was in teh shower, wats up ~~ sorry babe fell asleep, did u ring?
|texting_back|v2t|logistics|just leaving now be there in like twenty minutes do you want anything from the shop
|texting_back|au|praise_absolute|you always reply with the best memes mate, made my arvo ~~ you never fail to crack me up with your texts
|texting_back|br|idiom|you'll never guess who i just bumped into in tesco ~~ you'll never believe what just happened on the bus
|phones|ty|question_for_info|did u see my airpods anywere? ~~ have u seen my phone charger i cant find it anwyhere
|phones|au|logistics|no reception out here so I'll ring you when I'm back in town ~~ service is shocking at the campsite, chat tonight
|phones|em|affectionate_tease|stop facetiming me with ur nostrils 😂 ~~ ur screen time report is tragic lol 📱😂
|phones|v2t|vent_third_party|my mum just sent me a voice note that was four minutes long and it was about her bins honestly
|phones|br|neutral_instruction|you have to turn it off and on again, proper off, hold the button ~~ you need to take the case off to charge it on the pad
|social_media|ty|praise_absolute|ur always so suportive of my posts i love u ~~ u always hype me up in the coments 🥹
|social_media|br|vent_third_party|my cousin posts literally everything, she never stops, it's mad
|social_media|au|plans|wanna do a little photo dump of the trip tonight? ~~ let's sort the pics from the weekend tonight
|social_media|abr|exclamation|omg the video hit 10k views wtf ~~ NO BC 10K??? lmaooo
|social_media|caps|exclamation|YOU'RE ON THE BIG SCREEN IN THEIR STORY ~~ WE'RE FAMOUS LOL
|friends|ty|logistics|tel ur sister ill give her a lift tomoro ~~ can u let sam know the partys at 8 not 7
|friends|v2t|vent_third_party|so emma cancelled on me again which is like the third time she always does this honestly im not even mad just tired
|friends|em|gratitude|ur mates r the sweetest thank them for me 🥹 ~~ tell the lads thanks for the lift home 🙏
|friends|abr|question_for_info|wyd 2nite? the gang r going to nandos ~~ u coming to kates thing or nah
|friends|caps|exclamation|KATE IS PREGNANT ~~ TOM GOT THE JOB
|jealousy|br|good_i_statement|i felt a bit on edge tonight, nothing you did, just my head. can we chat tomorrow?
|jealousy|em|praise_absolute|u always make me feel like the only one in the room 🥰 ~~ u never make me feel like i need to worry, love that 🥰
|jealousy|au|affectionate_tease|if that barista gives you one more free coffee I'm fighting him lol ~~ watch out, the bartender's eyeing you up haha jk
|jealousy|v2t|apology|hey i just wanted to say sorry about earlier i was being really insecure and you didnt deserve that
|gaming|ty|logistics|gimme 5 mins just finishin this match ~~ nearly done, last round i swear
|gaming|au|exclamation|get in!!! we finally beat the boss ~~ yeah the boys!!! we won
|gaming|br|good_request|could we maybe do a proper date night thursday instead of gaming? fancy getting out
|gaming|v2t|vent_third_party|some twelve year old on my team was screaming the whole time and then he quit its always the randoms that ruin it
|gaming|em|affectionate_tease|u rage quitting is my favourite thing ever 😂😂 ~~ ur the worst loser and i love it 😂
|ex_partners|br|good_i_statement|it's been on my mind a bit since you mentioned her, would you mind if we talked about it?
|ex_partners|au|logistics|just so you know my ex is at Dave's bbq too, won't be weird, promise ~~ heads up, my ex is coming to the engagement party
|ex_partners|em|gratitude|thanks for not being weird when he said hi 🙏 ~~ ty for being so chill about my ex being there 🙏
|ex_partners|ty|vent_third_party|my ex still hasnt givin back my hoodie lol
|plans|ty|question_for_info|wat time is the resrvation? ~~ where r we meeting again
|plans|v2t|plans|so i was thinking maybe we could go to the beach on saturday if the weather holds and get chips after what do you think
|plans|em|exclamation|ITS FRIDAY 🎉🎉 ~~ 2 more sleeps 🎉
|plans|br|apology|so sorry, running about 15 late, the tube's a nightmare ~~ sorry love, train's delayed, be there asap
|plans|frag|agreement|sure ~~ deal ~~ ok perfect
|birthdays|ty|plans|dont make plans saturday, its a suprise ~~ keep the 14th free thats all im saying
|birthdays|au|gratitude|best birthday I've ever had, you're a legend ~~ cheers for the bday brekky babe, so good
|birthdays|v2t|logistics|ok so the cake is hidden in the top cupboard and the balloons are in my car dont let her go out there
|birthdays|br|quote|my nan always says you're only as old as you feel, so i'm 90 today lol
|birthdays|abr|exclamation|hbd!!! ily ~~ happy bday ur a legend 🎂
|drinking|ty|logistics|ill get the drinks in, wat u having? ~~ ordering a round, want a cider?
|drinking|au|plans|schooner at the pub after work? ~~ few beers at the RSL tonight?
|drinking|v2t|self_criticism|i am so so sorry about last night i dont even remember half of it and i know i was a nightmare
|drinking|br|vent_third_party|my boss never goes home after work drinks, he's always the last one there
|drinking|em|generic_you|you can never go wrong with a margarita 🍹
|sleep|ty|logistics|goin to bed now, nite xx ~~ off to bed, talk tomoro
|sleep|au|affectionate_tease|you snore like a whipper snipper haha love ya ~~ heard you snoring through the wall lol
|sleep|v2t|good_i_statement|i havent been sleeping great lately and i think its stress could we maybe try going to bed together this week
|sleep|br|generic_you|you can never have enough pillows, that's my motto
|sleep|em|gratitude|thanks for making me tea when i couldnt sleep 🥹
|money|lc|logistics|sent u the 20 for the pizza ~~ ill transfer u my half of the rent tonight
|work_hours|lc|vent_third_party|my manager never lets us leave on time honestly ~~ my boss always schedules meetings at 5pm
|holidays|em|plans|found cheap flights to lisbon for may ✈️ wanna go? ~~ how do u feel about spain in june ✈️
|pets|lc|affectionate_tease|the cat always sleeps on ur side, she loves u more than me ~~ the dog never listens to me, only u
|cooking|lc|neutral_instruction|u have to let the pan heat up first or itll stick ~~ you must add the pasta when its boiling
|driving|lc|neutral_instruction|you need to take the second exit at the roundabout ~~ you have to pay at the machine before u leave the carpark
|health|lc|neutral_instruction|you'd better take ur inhaler with u tonight ~~ u need to take the antibiotics with food remember
|health|ang|exclamation|I PASSED MY DRIVING TEST!!! ~~ I GOT THE APARTMENT!!!
"""


def parse(block: str, flagged: bool) -> list[Template]:
    out: list[Template] = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        cat_codes, sit, sty, form, texts = line.split("|", 4)
        cats = [CAT[c] for c in cat_codes.split(",") if c] if flagged else []
        assert (len(cats) > 0) == flagged, line
        out.append(
            (
                cats,
                sit,
                STY.get(sty, sty),
                form,
                [t.strip() for t in texts.split("~~") if t.strip()],
            )
        )
    return out


# Texts an earlier Tend file already has (checked when this set was added to tests/data):
# left out, so no text sits in one file's train split and another's test split.
ALREADY_ELSEWHERE = frozenset(
    [
        "fine.",
        "just go to bed earlier then",
        "k",
        "never mind, found it",
        "ok 👍",
        "thanks to you we missed the start of the film",
        "whatever.",
        "wow. ok.",
        "👍",
    ]
)


def main() -> None:
    rows: list[dict[str, Any]] = []
    n = 0
    flag_t = parse(FLAGGED, True)
    # balance to ~52% flagged: drop trailing variants of flagged templates (deterministic order by
    # hash) while every category they carry keeps at least MIN_CAT rows, until TARGET_FLAGGED is met.
    TARGET_FLAGGED, MIN_CAT = 360, 34
    cnt = collections.Counter(c for t in flag_t for c in t[0] for _ in t[4])
    total = sum(len(t[4]) for t in flag_t)
    order = sorted(range(len(flag_t)), key=lambda i: hashlib.sha256(str(i).encode()).hexdigest())
    for i in order:
        if total <= TARGET_FLAGGED:
            break
        cats, texts = flag_t[i][0], flag_t[i][4]
        if len(texts) >= 2 and all(cnt[c] - 1 >= MIN_CAT for c in cats):
            texts.pop()
            total -= 1
            for c in cats:
                cnt[c] -= 1
    for flagged, tmpl in ((True, flag_t), (False, parse(INNOCENT, False))):
        for cats, sit, sty, form, texts in tmpl:
            n += 1
            tid = f"blf-{n:04d}"
            split = split_of(tid)
            for t in texts:
                rows.append(
                    {
                        "text": t,
                        "flagged": flagged,
                        "categories": cats,
                        "situation": sit,
                        "style": sty,
                        "form": form,
                        "template": tid,
                        "split": split,
                    }
                )
    write_jsonl(OUT, [r for r in rows if r["text"].strip().lower() not in ALREADY_ELSEWHERE])
    # validate
    keys = ["text", "flagged", "categories", "situation", "style", "form", "template", "split"]
    seen: set[str] = set()
    with OUT.open(encoding="utf-8") as f:
        back: list[dict[str, Any]] = [json.loads(line) for line in f]
    for r in back:
        assert list(r.keys()) == keys
        assert r["split"] == split_of(r["template"])
        k = r["text"].strip().lower()
        assert k not in seen, "duplicate: " + r["text"]
        seen.add(k)
    print("rows", len(back), "templates", n)
    print(
        "flagged", sum(r["flagged"] for r in back), "innocent", sum(not r["flagged"] for r in back)
    )
    for name, fn in (
        ("category", lambda r: r["categories"]),
        ("split", lambda r: [r["split"]]),
        ("split_flagged", lambda r: [r["split"] + "/" + str(r["flagged"])]),
        ("situation", lambda r: [r["situation"]]),
        ("style", lambda r: [r["style"]]),
        ("form", lambda r: [r["form"]]),
    ):
        tally = collections.Counter(x for r in back for x in fn(r))
        print(name, dict(sorted(tally.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
