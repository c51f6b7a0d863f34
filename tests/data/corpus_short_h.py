#!/usr/bin/env python3
"""Writer h: short everyday turns from public and service life (Tend issue 14).
Standard library only, deterministic. Writes corpus_short_h.jsonl next to this file."""

from __future__ import annotations

import hashlib
import json
import pathlib
from collections import Counter

from safety_blind import CATEGORIES, split_of, write_jsonl

OUT = pathlib.Path(__file__).resolve().with_name("corpus_short_h.jsonl")

# Texts left out: already in an earlier file of tests/data, or the same words as a turn of a
# dialogue set kept for evaluation only (the set is named in tests/data/SOURCES.md).
LEFT_OUT: frozenset[str] = frozenset(
    {
        "Cheers.",
        "That's everything.",
        "After you.",
        "Lovely, thanks.",
        "Keep the change.",
        "Single, please.",
        "Hold on, please.",
        "Enter your PIN.",
        "When will it arrive?",
        "No, that's it.",
        "dont talk to me about laptops lol",
        "Left at the lights.",
        "Sorry!",
        "Do you know what time it is?",
        "You're welcome.",
        "Dishes. Now.",
        "k",
        "Whatever.",
        "forget it",
        "Slob.",
        "Grow up.",
        "Phone. Down.",
        "Don't bother coming home.",
        "Every single time.",
        "every. single. time.",
        "What about you?",
        "Shut up.",
        "Who's she then?",
        "not now",
        "never mind, found it",
        "Unbelievable!",
        "No way!!",
        "You can never have too many tea towels.",
        "Aisle, please.",
        "About a week.",
        "Turn it off.",
        "Don't.",
    }
)

# one template per line: situation @ style @ form @ categories(comma, empty=innocent) @ text | text | text
DATA = r"""
cafe@one_word_or_fragment@clipped_order@@Just the one.|just the one thanks
cafe@british@clipped_order@@Flat white, please.|Oat flat white please|flat white to take away, ta
cafe@one_word_or_fragment@clipped_reply@@Card, thanks.|card|Card is fine.
cafe@one_word_or_fragment@service_talk@@Next!|Next please!|Who's next?
cafe@polite_hedged@good_request@@Could I get that in a bigger cup?|could i get it extra hot please
cafe@british@question_for_info@@Eat in or take away?|Is that to have here or to go?
cafe@american@service_talk@@Name for the order?|What name should I put on it?
cafe@one_word_or_fragment@service_talk@@Large latte for Priya!|Two cortados for Sam?|Mocha for Jo!
cafe@lowercase_texting@neutral_instruction@@careful, it's hot|careful the lid's not on properly
cafe@british@apology@@Sorry, we're out of croissants.|Sorry love, no more scones today
cafe@one_word_or_fragment@clipped_reply@@No sugar.|no milk thanks|Skimmed, please.
cafe@polite_hedged@question_for_info@@Do you have anything dairy free?|is the soup vegan?
cafe@american@complaint_product@@This coffee's gone cold.|my latte is basically lukewarm
cafe@british@neutral_instruction@@You'll need to pay at the till first.|You have to order at the counter, sorry.
cafe@one_word_or_fragment@gratitude@@Cheers.|cheers mate|Ta very much.
cafe@lowercase_texting@question_for_info@@whats the wifi password|Is there wifi here?
cafe@british@service_talk@@Anything else for you?|Anything else with that?
cafe@one_word_or_fragment@clipped_reply@@That's everything.|that's it thanks|That's all.
cafe@american@service_talk@@That'll be four fifty.|That's 6.20 please|£3.80 when you're ready.
cafe@one_word_or_fragment@neutral_instruction@@Tap here.|just tap the card|Pop your card in.
shop@one_word_or_fragment@question_for_info@@Bag?|Do you need a bag?|Want a bag for that?
shop@one_word_or_fragment@clipped_reply@@No bag, thanks.|no im fine thanks|I've got one.
shop@british@service_talk@@Receipt in the bag?|Do you want your receipt?
shop@polite_hedged@question_for_info@@Do you have this in a twelve?|Have you got these in a size 9?
shop@american@service_talk@@I'll check in the back.|Let me check the stockroom for you.
shop@british@neutral_instruction@@You'll need to bring the receipt back with it.|You must have proof of purchase for a refund.
shop@formal@service_talk@@Refunds go back on the original card.|Exchanges only, I'm afraid, after thirty days.
shop@lowercase_texting@question_for_info@@where are the batteries|whereabouts is the bread?
shop@british@directions@@Aisle seven, on the left.|Bottom shelf, by the freezers.|End of aisle 3 love
shop@formal@id_request@@Can I see some ID, please?|I'll need to see ID for that.
shop@american@id_request@@Do you have a driver's license on you?|Got any ID?
shop@british@neutral_instruction@@You have to be 18 to buy these.|We can't sell knives to under 18s.
shop@one_word_or_fragment@service_talk@@Unexpected item in the bagging area.|Please wait for assistance.
shop@lowercase_texting@complaint_product@@this is past its date|The milk's gone off, it says the 12th
shop@british@complaint_product@@The zip broke after two days.|The strap snapped the first time I wore it.
shop@polite_hedged@apology@@Sorry, is this the queue?|Sorry, are you in the line?
shop@one_word_or_fragment@clipped_reply@@After you.|No, you go.|Go ahead.
shop@british@neutral_instruction@@Never put these in the dryer.|Always wash it inside out.|Don't tumble dry this one.
shop@american@service_talk@@Did you find everything okay?|You find everything all right today?
shop@one_word_or_fragment@clipped_reply@@Just looking, thanks.|just browsing|Only looking.
shop@british@exclamation@@Blimey, that's pricey.|How much?!|That's a bargain!
shop@polite_hedged@good_request@@Could you hold this for me till five?|Would you mind putting it aside for me?
shop@formal@service_talk@@Cash only under five pounds.|Card minimum is ten pounds.
shop@lowercase_texting@question_for_info@@do u price match|do you do student discount?
shop@british@service_talk@@It's two for one on those.|Those are half price today.
restaurant@formal@service_talk@@Table for two?|Table for how many?|Just the two of you tonight?
restaurant@one_word_or_fragment@clipped_reply@@Two, please.|Four of us.|Just me.
restaurant@american@service_talk@@Can I start you off with some drinks?|Any drinks while you look?
restaurant@one_word_or_fragment@clipped_order@@Tap water's fine.|Still, please.|Sparkling.
restaurant@british@question_for_info@@Does this have nuts in it?|Is the sauce gluten free?
restaurant@formal@warning@@Careful, the plate's very hot.|Mind, that plate is hot.
restaurant@one_word_or_fragment@clipped_order@@Medium rare.|Well done, please.|Medium, thanks.
restaurant@polite_hedged@good_request@@Could we get the bill?|Can we have the check please?|bill when you're ready
restaurant@british@service_talk@@Is everything okay with your food?|How's everything tasting?
restaurant@one_word_or_fragment@clipped_reply@@Lovely, thanks.|All good!|Delicious.
restaurant@british@complaint_product@@The chips are cold.|This steak is more well done than I asked.|my soup has a hair in it
restaurant@formal@apology@@I'm so sorry, I'll bring you a fresh one.|Apologies, that's on the house.
restaurant@american@service_talk@@You guys doing separate checks?|Together or separate?
restaurant@one_word_or_fragment@clipped_reply@@Separate, please.|All together.|Split it three ways
restaurant@formal@neutral_instruction@@You must book for groups over eight.|You'll need to leave a card to hold the table.
restaurant@british@service_talk@@Kitchen closes at ten.|Last orders for food in ten minutes.
restaurant@lowercase_texting@question_for_info@@is service included|is the tip included?
restaurant@american@praise_absolute@@You guys always get the fries perfect.|This place never disappoints.
restaurant@polite_hedged@apology@@Sorry, we've been waiting a while for our mains.|Sorry, I think we've been forgotten?
restaurant@british@service_talk@@Any room for dessert?|Can I tempt you with pudding?
restaurant@one_word_or_fragment@clipped_reply@@Just the bill.|I'm stuffed.|No thanks, full.
pub@british@clipped_order@@Pint of bitter, please.|Two halves of cider|Pint of the IPA ta
pub@british@service_talk@@Last orders!|Time, please!|Last orders at the bar!
pub@british@question_for_info@@Are you doing food?|Is the kitchen still open?
pub@one_word_or_fragment@clipped_reply@@Ice and a slice?|With ice?|Ice?
pub@british@id_request@@Got any ID on you, mate?|I'll need to see ID for both of you.
pub@british@neutral_instruction@@You have to order food at the bar.|You need to give your table number.
pub@british@service_talk@@Whose round is it?|My round, what are you having?
pub@lowercase_texting@exclamation@@what a goal!!|GET IN|unbelievable save that
pub@british@generic_you@@You can never have too many crisps.|You can't beat a Sunday roast.
pub@british@neutral_instruction@@Glasses back to the bar please.|No glasses outside the beer garden.
pub@british@service_talk@@Quiz starts at eight.|Teams of six max for the quiz
hotel@formal@service_talk@@Checking in?|Have you got a reservation?|Name on the booking?
hotel@formal@id_request@@I'll just need a photo ID and a card.|Could I see your passport, please?
hotel@formal@service_talk@@Breakfast is seven till ten.|Checkout is at eleven.|Breakfast finishes at half ten.
hotel@polite_hedged@good_request@@Could I get a late checkout?|Any chance of an extra pillow?
hotel@formal@service_talk@@You're in room 412, lifts are on the right.|Room 207, second floor.
hotel@american@complaint_product@@The AC in my room isn't working.|The shower's only running cold.|the tv remote is dead
hotel@formal@apology@@I'm very sorry about that, I'll send someone up.|Apologies, we'll move you to another room.
hotel@lowercase_texting@question_for_info@@is parking included|Do you have a pool?
hotel@formal@neutral_instruction@@You must leave the key card at reception.|Please keep your key card with you at all times.
hotel@one_word_or_fragment@clipped_reply@@Just the one night.|Two nights.|Until Sunday.
hotel@formal@warning@@Never leave valuables in the car park.|Always use the safe for passports.
hotel@british@service_talk@@Would you like a wake-up call?|Do you need help with your bags?
airport@formal@neutral_instruction@@Liquids in a clear bag, please.|Laptops out of your bag please|Belts and watches in the tray.
airport@formal@neutral_instruction@@You must take your passport to the gate.|You'll need your boarding pass at the gate.
airport@formal@service_talk@@Boarding pass and passport, please.|Passport please.|Boarding pass?
airport@formal@question_for_info@@Did you pack this bag yourself?|Anything sharp in there?
airport@one_word_or_fragment@clipped_reply@@Just hand luggage.|Two bags to check.|One to check in.
airport@formal@warning@@Never leave your bags unattended.|Do not leave luggage unattended at any time.
airport@american@service_talk@@Your bag's two kilos over.|That's 24 kilos, you're over by one.
airport@formal@service_talk@@Gate closes at 9:40.|Boarding from gate 22.|Gate 14, closes in 20 minutes.
airport@lowercase_texting@question_for_info@@where do i collect my bags|Which carousel for the Lisbon flight?
airport@formal@neutral_instruction@@Step forward, arms up.|Step through, please.|Arms out to the side.
airport@polite_hedged@good_request@@Could I have a window seat?|Is there an aisle seat free?
airport@british@complaint_product@@My suitcase came out with a broken wheel.|The handle's snapped off my case.
airport@formal@service_talk@@Seat belts fastened please.|Please return your seat to the upright position.
airport@one_word_or_fragment@clipped_order@@Tea, no milk.|Just water thanks.|Coffee please.
airport@formal@apology@@We apologise for the delay.|Sorry folks, we're waiting on a slot.
train@british@service_talk@@Tickets from Reading, please.|Any tickets from Didcot?|Tickets please!
train@british@warning@@Mind the gap.|Mind the step.|Stand behind the yellow line.
train@one_word_or_fragment@clipped_order@@Return to Leeds, please.|Single to Bath.|Two returns to York please
train@british@question_for_info@@Is this seat free?|Anyone sitting here?|Is this one taken?
train@one_word_or_fragment@clipped_reply@@All yours.|Go for it.|It's free.
train@british@service_talk@@This train terminates here.|This service is delayed by around twelve minutes.
train@formal@neutral_instruction@@You have to validate your ticket before boarding.|You must touch in and touch out.
train@british@question_for_info@@Does this stop at Crewe?|Is this the fast train to Brighton?
train@lowercase_texting@complaint_product@@the toilet on coach c is out of order|no wifi again on this train lol
train@british@service_talk@@Your railcard's expired, I'm afraid.|That ticket's not valid on this service.
train@polite_hedged@good_request@@Could you keep an eye on my bag a sec?|Would you mind swapping seats so we can sit together?
train@one_word_or_fragment@warning@@Doors closing!|Stand clear of the doors.
train@british@idiom@@Never rains but it pours, eh?|Typical Monday.
taxi@one_word_or_fragment@clipped_order@@Station, please.|Airport please|Kings Cross, mate.
taxi@american@neutral_instruction@@Just drop me at the corner.|Anywhere here is fine.|Left here then first right
taxi@british@question_for_info@@Do you take card?|Roughly how much to the airport?
taxi@one_word_or_fragment@clipped_reply@@Keep the change.|Round it to twenty.|That's fine, keep it.
taxi@formal@neutral_instruction@@Seatbelts on, please.|You have to wear your seatbelt in the back too.
taxi@lowercase_texting@logistics@@your driver is 3 mins away|Driver's outside, silver Prius
bus@british@question_for_info@@Does this go to the hospital?|Is this the 42?
bus@british@neutral_instruction@@Tap your card on the reader.|You need exact change on this route.
bus@one_word_or_fragment@clipped_reply@@Single, please.|Day ticket.|Just a single into town.
bus@british@polite_hedged@@Could you tell me when we get to Market Street?|Can you shout when it's my stop?
bus@british@warning@@Hold on, please.|Mind yourself, the bus is moving.
bus@lowercase_texting@complaint_product@@the 7 never turns up on time|these buses are always late smh
doctor@formal@neutral_instruction@@You must take these with food.|Always take it after a meal.|Take one twice a day with water.
doctor@formal@neutral_instruction@@You need to finish the whole course.|Don't stop them early even if you feel better.
doctor@formal@question_for_info@@How long have you had the cough?|Any pain when you breathe in?|Does it hurt here?
doctor@formal@neutral_instruction@@You'll need a blood test first.|You have to fast from midnight.
doctor@polite_hedged@question_for_info@@Is there a morning appointment?|Anything sooner than Thursday?
doctor@formal@neutral_instruction@@Deep breath in.|And breathe out.|Just breathe.
doctor@formal@warning@@Never drive after taking these.|Don't drink alcohol on this medication.
doctor@formal@service_talk@@The doctor will call you in.|Take a seat, she won't be long.
doctor@formal@neutral_instruction@@You should rest for a few days.|You really should keep the weight off it.
doctor@formal@neutral_instruction@@Say ahh.|Open wide.|Little scratch.
doctor@british@question_for_info@@What's your date of birth?|Can you confirm your address?
doctor@formal@neutral_instruction@@Roll up your sleeve for me.|Pop your top off and lie down there.
nurse@formal@neutral_instruction@@You must keep the dressing dry.|Keep it covered for 48 hours.
nurse@formal@warning@@You'd better check his pulse.|Check she's breathing first.|Put him in the recovery position.
nurse@formal@question_for_info@@Any allergies?|Are you allergic to anything?
nurse@formal@neutral_instruction@@You mustn't eat before the scan.|Nil by mouth after midnight.
nurse@polite_hedged@service_talk@@Sharp scratch coming.|All done, you were very brave.
nurse@formal@neutral_instruction@@Never give aspirin to children.|Don't give ibuprofen on an empty stomach.
nurse@formal@neutral_instruction@@You have to press the button if you need me.|Ring if the pain gets worse.
pharmacy@formal@service_talk@@It'll be ready in twenty minutes.|Your prescription's not in yet.
pharmacy@formal@question_for_info@@Is it for you?|Who's it for?|How old is the child?
pharmacy@formal@neutral_instruction@@You can't take these with ibuprofen.|Don't take more than eight in a day.
pharmacy@british@id_request@@Can I take your name and address?|Date of birth please?
pharmacy@one_word_or_fragment@clipped_order@@Something for hay fever.|Plasters, please.|Paracetamol, please.
pharmacy@formal@warning@@May cause drowsiness.|You shouldn't drive on these.
pharmacy@lowercase_texting@question_for_info@@do you do flu jabs|do I need a prescription for this?
dentist@formal@neutral_instruction@@Open a bit wider for me.|Bite down.|Rinse, please.
dentist@formal@neutral_instruction@@You should floss every day.|You must brush twice a day, two minutes.
dentist@formal@neutral_instruction@@Don't eat for an hour.|No hot drinks till the numbness wears off.
dentist@polite_hedged@question_for_info@@Will it hurt?|How long will it take?
dentist@formal@service_talk@@You're due a check-up.|It's been over a year since your last visit.
vet@formal@neutral_instruction@@You need to keep him on the lead for two weeks.|Keep her indoors till the stitches are out.
vet@formal@question_for_info@@Is she eating normally?|When did he last eat?
vet@formal@warning@@Never give dogs chocolate.|Grapes are toxic for dogs.|Lilies are deadly to cats.
vet@formal@neutral_instruction@@Always weigh out his food.|You'll need to cut his treats down.
vet@british@service_talk@@Bring Biscuit through.|Milo next, please.|We'll see Pepper now.
vet@polite_hedged@good_request@@Could you hold him still for me?|Can you pop her on the scale?
bank@formal@id_request@@Can you confirm the first line of your address?|I'll need two forms of ID.
bank@formal@neutral_instruction@@Never share your PIN with anyone.|We will never ask for your full password.
bank@formal@neutral_instruction@@You'll need to come into branch with your passport.|You have to sign it in front of me.
bank@formal@service_talk@@That's been cancelled and a new card's on its way.|It'll clear in three to five working days.
bank@polite_hedged@question_for_info@@Can I pay this in here?|Do you do foreign currency?
bank@formal@warning@@Don't click links in texts claiming to be us.|If in doubt, hang up and call us back.
bank@lowercase_texting@complaint_product@@the app keeps logging me out|the card reader won't work
bank@formal@neutral_instruction@@Enter your PIN.|Please remove your card.|Insert card, please.
post_office@british@service_talk@@Anything valuable in there?|Any liquids or batteries?
post_office@one_word_or_fragment@clipped_order@@First class, please.|Second class is fine.|Six first class stamps.
post_office@formal@neutral_instruction@@You'll need to fill in a customs form.|You must put the postcode on the front.
post_office@british@service_talk@@Pop it on the scales.|Put it on there for me.
post_office@formal@id_request@@Have you got the card they left and some ID?|I need the red card and photo ID.
post_office@british@question_for_info@@When will it arrive?|How long to Canada?
post_office@formal@service_talk@@Cashier number four, please.|Counter six, please.
council@formal@neutral_instruction@@You have to put the bins out by seven.|Bins need to be on the kerb by 7am.
council@formal@service_talk@@Your application reference is 4471.|You'll get a letter within ten working days.
council@formal@neutral_instruction@@You must register within five days.|You need to apply for a permit first.
council@polite_hedged@question_for_info@@Which day is the recycling collected?|Do you take glass in the blue bin?
council@lowercase_texting@complaint_product@@streetlight outside 14 has been out for weeks|there's a massive pothole on Hill Rd
council@formal@warning@@No parking on double yellows.|You'll get a fine if you park there.
call_centre@formal@service_talk@@Your call is important to us.|Please hold.|You are number five in the queue.
call_centre@formal@id_request@@Can I take your account number?|Could you confirm your postcode?|And your date of birth?
call_centre@formal@service_talk@@Is there anything else I can help with today?|Anything else I can do for you?
call_centre@one_word_or_fragment@clipped_reply@@No, that's it.|That's everything, thanks.|No, all sorted.
call_centre@formal@apology@@I do apologise for the wait.|Sorry to keep you on hold.
call_centre@polite_hedged@good_request@@Could you put me through to billing?|Can I speak to someone in accounts?
call_centre@angry_punctuation@complaint_product@@I've been on hold for forty minutes!!|Forty minutes on hold?!
call_centre@formal@neutral_instruction@@You'll need to read out the code we just texted.|You must say yes to confirm.
call_centre@american@complaint_product@@My bill's doubled this month.|I was charged twice for March.
call_centre@formal@service_talk@@I'll just transfer you.|Bear with me one moment.|Just bear with me.
tech_support@formal@neutral_instruction@@Have you tried turning it off and on again?|Try restarting it.
tech_support@formal@neutral_instruction@@You have to unplug it for thirty seconds.|Unplug the router and wait a minute.
tech_support@formal@question_for_info@@What does the light on the front show?|Is the light orange or green?
tech_support@lowercase_texting@complaint_product@@laptop wont turn on|The screen just goes black.|my printer says offline again
tech_support@formal@neutral_instruction@@Never give your password to anyone who calls.|Always back up before updating.
tech_support@formal@neutral_instruction@@Click the cog in the top right.|Go to settings, then privacy.
tech_support@lowercase_texting@vent_third_party@@this laptop hates me|the update broke everything
tech_support@formal@service_talk@@I'll open a ticket for you.|Your ticket number is 88213.
tech_support@one_word_or_fragment@clipped_reply@@Still nothing.|Same thing.|It's working now!
tech_support@lowercase_texting@idiom@@dont talk to me about laptops lol|don't get me started on printers
estate_agent@formal@service_talk@@The landlord wants six months upfront.|Deposit is five weeks' rent.
estate_agent@formal@neutral_instruction@@You'll need references and payslips.|You have to pass a credit check.
estate_agent@american@question_for_info@@Is it still available?|When can I view it?
estate_agent@formal@service_talk@@There's a lot of interest in this one.|We've had three offers already.
estate_agent@polite_hedged@question_for_info@@Are pets allowed?|Is the parking allocated?
estate_agent@formal@service_talk@@Viewing's at ten on Saturday.|I can show you round at 2.
mechanic@british@service_talk@@Your brake pads are nearly gone.|The tyres are below the legal limit.
mechanic@british@neutral_instruction@@You shouldn't drive it like this.|You need to get that fixed before winter.
mechanic@american@service_talk@@It'll be ready Thursday.|Should be done by four.
mechanic@lowercase_texting@complaint_product@@its making that noise again|The warning light came back on.
mechanic@british@service_talk@@Parts are on order.|We're waiting on a part from Germany.
mechanic@one_word_or_fragment@question_for_info@@How much?|Ballpark?|What's the damage?
mechanic@british@neutral_instruction@@Always check the oil before a long trip.|Never top up when the engine's hot.
hairdresser@british@question_for_info@@Just a trim?|Same as last time?|How much off?
hairdresser@one_word_or_fragment@clipped_reply@@An inch off.|Just the ends.|Short back and sides.
hairdresser@british@service_talk@@Water temperature okay?|Is that too hot?
hairdresser@british@question_for_info@@Going anywhere nice this year?|Doing anything nice at the weekend?
hairdresser@polite_hedged@praise_absolute@@You always do it perfectly.|You never get it wrong.
hairdresser@british@neutral_instruction@@Don't wash it for two days.|Avoid straighteners for a week.
gym@formal@neutral_instruction@@You must wipe down the machines.|Please wipe the equipment after use.
gym@american@neutral_instruction@@Keep your back straight.|Knees behind your toes.|Core tight.
gym@one_word_or_fragment@instruction@@Two more!|Last set!|Push!
gym@lowercase_texting@question_for_info@@are you using this|How many sets have you got left?
gym@formal@neutral_instruction@@You have to book the classes online.|You need to scan your card at the gate.
gym@one_word_or_fragment@exclamation@@Nice one!|Good lift!|Beast mode!
gym@american@warning@@Never lift without a spotter.|Always warm up first.
gym@british@neutral_instruction@@Re-rack your weights please.|Put the dumbbells back when you're done.
library@formal@service_talk@@It's due back on the 14th.|You can renew it online.
library@formal@neutral_instruction@@Quiet, please.|Phones on silent in the reading room.
library@polite_hedged@question_for_info@@Do you have any books on beekeeping?|Where's the local history section?
library@formal@service_talk@@There's a fine of forty pence.|You've got two overdue.
library@formal@neutral_instruction@@You'll need proof of address to join.|You must bring a utility bill.
library@one_word_or_fragment@clipped_reply@@Just returning these.|Returns.|Just these two.
museum@formal@neutral_instruction@@Please don't touch the exhibits.|No flash photography.
museum@formal@service_talk@@The gift shop closes at five.|The café is on the lower floor.
museum@one_word_or_fragment@clipped_order@@Two adults please.|Two adults and a child.|One concession.
museum@formal@neutral_instruction@@Bags in the cloakroom, please.|You have to leave large bags here.
museum@british@exclamation@@Wow, look at that.|Amazing!|That's incredible.
tickets@british@service_talk@@Standing or seated?|Upper or lower tier?
tickets@formal@id_request@@Tickets on your phone please.|Scan the QR code here.
tickets@lowercase_texting@complaint_product@@the website crashed at checkout|the booking page keeps timing out
tickets@one_word_or_fragment@clipped_reply@@Sold out.|Only singles left.|Front row's gone.
tickets@formal@neutral_instruction@@You must print your tickets.|You'll need the card you paid with.
queue@british@question_for_info@@Is this the end of the queue?|Are you queuing?
queue@british@polite_hedged@@Sorry, I think I was before you.|Excuse me, there's a queue.
queue@one_word_or_fragment@clipped_reply@@No worries.|Fair enough.|Oh sorry!
queue@british@idiom@@Patience is a virtue.|Slow and steady.
queue@british@generic_you@@You always pick the slowest queue.|You can never win with self checkouts.
directions@british@directions@@Left at the lights.|Second right after the church.|Straight on past the Co-op.
directions@american@directions@@It's two blocks down.|Take a left at the gas station.
directions@polite_hedged@question_for_info@@Excuse me, is the station far?|Sorry, how do I get to the high street?
directions@one_word_or_fragment@clipped_reply@@Just there.|Over there.|Round the corner.
directions@british@directions@@You can't miss it.|You'll see it on your right.
directions@british@warning@@Don't go through the park at night.|You shouldn't walk that way after dark.
strangers@british@apology@@Sorry!|Oops, sorry.|Sorry, my fault.
strangers@british@gratitude@@Thanks so much.|Thank you!|Lifesaver, thanks.
strangers@british@warning@@Careful, it's slippery.|Watch out, wet floor.|Mind your head.
strangers@polite_hedged@good_request@@Could you take a photo of us?|Would you mind taking our picture?
strangers@one_word_or_fragment@exclamation@@Lovely day!|Freezing, isn't it?|What a downpour!
strangers@british@question_for_info@@Got the time?|Do you know what time it is?
strangers@british@warning@@You've dropped your glove.|Your bag's open.|Your lace is undone.
strangers@one_word_or_fragment@clipped_reply@@You're welcome.|No problem.|Any time.
strangers@american@praise_absolute@@I love your jacket!|Cute dog!|Great shoes.
strangers@british@polite_hedged@@Sorry, can I just squeeze past?|Excuse me, can I get by?
strangers@lowercase_texting@question_for_info@@is this your dog?|Can I stroke him?
parking@formal@warning@@You can't park here.|This is a permit holders' zone.
parking@formal@neutral_instruction@@You have to display the ticket.|Ticket on the dashboard please.
parking@british@complaint_product@@The machine won't take coins.|Pay machine's broken again.
delivery@lowercase_texting@logistics@@parcel left with number 12|Left in the safe place by the door.
delivery@formal@neutral_instruction@@You need to sign here.|Sign on the screen please.
delivery@british@question_for_info@@Could you take one for next door?|Is number 9 in?
delivery@one_word_or_fragment@clipped_reply@@That's me.|For me?|Yep, that's mine.
cinema@formal@service_talk@@Screen three, on your left.|Screen 5, up the stairs.
cinema@one_word_or_fragment@clipped_order@@Large popcorn, salted.|Sweet and salty mix.|Medium Coke.
cinema@formal@neutral_instruction@@Phones off, please.|Please switch off your phone.
cinema@lowercase_texting@complaint_product@@the sound keeps cutting out|the picture's out of focus
supermarket@british@service_talk@@Do you have a clubcard?|Any vouchers today?
supermarket@lowercase_texting@complaint_product@@half the eggs were smashed|the bananas were black
supermarket@one_word_or_fragment@clipped_reply@@Cashback?|Twenty cashback please.|No cashback.
supermarket@british@question_for_info@@Do you have any more of these out the back?|When's the next delivery?
school_office@formal@neutral_instruction@@You must sign in at reception.|Visitors need a lanyard.
school_office@formal@service_talk@@Pick-up is at three fifteen.|The office shuts at four.
plumber@british@service_talk@@Your boiler's had it.|The pressure's too low.
plumber@british@neutral_instruction@@Never pour fat down the sink.|Don't flush wipes, they block everything.
plumber@lowercase_texting@logistics@@can be there tues between 8 and 12|I'll text when I'm on my way.
builder@british@service_talk@@Should be done by Friday.|It'll be three days, weather permitting.
builder@british@warning@@Hard hats past this point.|Don't stand under the scaffolding.
chores@one_word_or_fragment@bare_order@demand@Bins. Tonight.|bins. now. not later.
dishes@one_word_or_fragment@bare_order@demand@Dishes. Now.|plates. sink. today.
tidiness@lowercase_texting@bare_order@demand@pick it up|Pick. It. Up.
texting_back@one_word_or_fragment@shutdown@stonewalling@k|K.|fine.
plans@one_word_or_fragment@shutdown@stonewalling@Whatever.|whatever u want|Do what you want.
money@lowercase_texting@shutdown@stonewalling@forget it|Forget I asked.
chores@british@sarcasm@contempt@Oh, well done you.|wow. a medal for you.
chores@one_word_or_fragment@sarcasm@contempt@Should I throw you a parade?|want a round of applause?
punctuality@one_word_or_fragment@sarcasm@contempt,absolute@Late again.|late. again. shocker
punctuality@american@sarcasm@contempt@Oh look who finally showed up.|Nice of you to join us.
tidiness@one_word_or_fragment@label_noun@labeling@Slob.|You slob.
money@one_word_or_fragment@label_noun@labeling@Typical tightwad.|Such a scrooge.
chores@one_word_or_fragment@label_noun@labeling@Lazy.|so lazy|lazy lazy lazy
gaming@lowercase_texting@label_noun@labeling,contempt@Grow up.|such a child
phones@lowercase_texting@bare_order@demand@Phone. Down.|put the phone down|Off your phone. Now.
sleep@one_word_or_fragment@bare_advice@fixing@Go to bed earlier then.|just sleep more then
work_hours@lowercase_texting@bare_advice@fixing@just quit then|Quit then.
weight@one_word_or_fragment@bare_advice@fixing@Just eat less then.|Stop snacking then.
driving@angry_punctuation@bare_order@demand@Slow DOWN!|Watch the ROAD.
driving@lowercase_texting@sarcasm@contempt@great parking. really.|Nice driving, Lewis Hamilton.
drinking@one_word_or_fragment@consequence_threat@threat@One more and I'm leaving.|Another one and I'm off.
punctuality@lowercase_texting@consequence_threat@threat@be late again and see what happens|Late once more and I'm going without you.
family_visits@one_word_or_fragment@consequence_threat@threat@Don't bother coming home.|don't bother coming back tonight
texting_back@one_word_or_fragment@rhetorical_question@contempt@Too hard to reply?|Is it really that hard to text back?
chores@one_word_or_fragment@rhetorical_question@contempt,blame@Who left this?|Guess who left the milk out.
dishes@lowercase_texting@explicit_keyword@absolute@you never wash up|Never. Once.
chores@one_word_or_fragment@explicit_keyword@absolute@Every single time.|every. single. time.
tidiness@lowercase_texting@explicit_keyword@absolute,contempt@For once, just once.|just for once??
money@one_word_or_fragment@explicit_keyword@blame@Thanks to you.|Your fault.|all your fault
holidays@lowercase_texting@explicit_keyword@blame@you ruined it|You ruined the whole trip.
birthdays@one_word_or_fragment@mind_reading_claim@mind_reading@You don't care.|u dont even care
gaming@lowercase_texting@mind_reading_claim@mind_reading@You just want to win.|you just like being right
friends@one_word_or_fragment@counter_attack@defensiveness@What about you?|Well what about you then?
work_hours@lowercase_texting@excuse@defensiveness@not my fault|Not my fault you forgot.
noise@one_word_or_fragment@bare_order@demand@Shut up.|Quiet. Now.
tv@lowercase_texting@shutdown@stonewalling@I'm done talking.|done. bye.
snoring@one_word_or_fragment@sarcasm@contempt@Sleep well? I didn't.|Lovely symphony last night.
cooking@one_word_or_fragment@sarcasm@contempt@Delicious. Not.|mmm charcoal
groceries@lowercase_texting@rhetorical_question@contempt@Did you even read the list?|was the list too complicated?
laundry@one_word_or_fragment@bare_order@demand@Your socks. Floor. Move them.|Towels. Off the floor.
in_laws@lowercase_texting@comparison_noun@labeling@my sister's husband actually helps|Dad would've fixed it by now.
social_media@lowercase_texting@mind_reading_claim@mind_reading,contempt@you just want attention|Loving the likes, are we?
smoking@one_word_or_fragment@bare_order@demand@Outside. Now.|Not in the house.
clothes@lowercase_texting@insult@contempt@you're wearing THAT?|Seriously? That shirt?
exercise@one_word_or_fragment@sarcasm@contempt@Gym again? Shocker.|Oh, another protein shake.
jealousy@lowercase_texting@rhetorical_question@contempt,mind_reading@Who's she then?|who you texting now
pets@lowercase_texting@explicit_keyword@blame@The dog got out because of you.|thanks to you the cat's gone
car@one_word_or_fragment@explicit_keyword@blame,absolute@Empty tank. Again.|no petrol AGAIN
remote_work@lowercase_texting@shutdown@stonewalling@not now|Not now. Busy.
health@lowercase_texting@bare_advice@fixing,contempt@just see a doctor then|Take a paracetamol and stop moaning.
kids@one_word_or_fragment@excuse@defensiveness@I was at work!|i work all day, what do you want
school_run@lowercase_texting@consequence_threat@threat@Forget them again and you're doing it all week.|miss pickup again and see
anniversaries@one_word_or_fragment@affection_then_complaint@absolute@Love you but you always forget.|love u but u never plan anything
gifts@one_word_or_fragment@sarcasm@contempt@Wow. Socks. Again.|a candle. how thoughtful.
budget@lowercase_texting@conditional_blame@blame@we'd have the money if you stopped spending|If you'd stuck to the budget we'd be fine.
wedding@lowercase_texting@bare_order@demand@Just pick a venue.|decide. today.
neighbours@one_word_or_fragment@counter_attack@defensiveness@Says you.|Says the one who started it.
hobbies@lowercase_texting@sarcasm@contempt@another hobby for the pile?|How long will this one last?
commute@one_word_or_fragment@excuse@defensiveness@Traffic, okay?|It's not like I planned it.
intimacy@lowercase_texting@mind_reading_claim@mind_reading@you don't even fancy me|You'd rather be on your phone.
garden@one_word_or_fragment@bare_order@demand@Mow it. Saturday.|Grass. This weekend.
chores@british@agreement@@Yeah, you're right.|fair point|Okay, you're right, my bad.
dishes@lowercase_texting@self_criticism@@sorry i left the pans again|My bad, I'll do them now.
plans@one_word_or_fragment@logistics@@Running late, 10 mins.|On the bus now.|Be there at 6.
groceries@lowercase_texting@logistics@@need anything from the shop?|Milk, bread, eggs.|we're out of loo roll
texting_back@lowercase_texting@logistics@@never mind, found it|Nvm, sorted.
tv@lowercase_texting@exclamation@@Unbelievable!|No way!!|ref you absolute muppet lol
cooking@one_word_or_fragment@gratitude@@Thanks for dinner x|That was amazing, thank you.
sleep@lowercase_texting@affectionate_tease@@you always fall asleep on the sofa haha|snoring like a train again lol x
kids@lowercase_texting@logistics@@can you get Mia today?|I'll do bath time.
pets@one_word_or_fragment@logistics@@Fed the cat.|Dog's been walked.
car@lowercase_texting@logistics@@car's at the garage till thurs|MOT booked for Friday.
health@polite_hedged@good_i_statement@@I'm feeling a bit rubbish, can we stay in?|I need a quiet night, I'm exhausted.
money@lowercase_texting@asked_for_advice@@should I just take the cheaper one?|What would you do?
cafe@british@quote@@My nan always said never trust a café with no queue.|Mum always says order what the locals order.
shop@british@generic_you@@You can never have too many tea towels.|You never know when you'll need a torch.
doctor@formal@generic_you@@You can never be too careful with a head injury.|You can't be too safe with chest pain.
restaurant@american@praise_absolute@@You always give us the best table.|You guys never let me down.
cafe@british@praise_absolute@@You always remember my order!|Best coffee in town, always.
hotel@formal@gratitude@@Thank you for a lovely stay.|You've been so helpful, thanks.
tech_support@lowercase_texting@gratitude@@ah brilliant, that's fixed it|legend, thank you
airport@formal@service_talk@@Final call for flight BA 402.|This is the final call for passengers to Madrid.
train@british@apology@@Sorry, is this your seat?|Oh sorry, I'll move my bag.
gym@british@agreement@@Yeah, go on then.|Sure, all yours.
shop@one_word_or_fragment@service_talk@@Who's next, please?|Next customer!
bank@one_word_or_fragment@clipped_reply@@Current account.|Savings, please.|Just a balance.
council@british@apology@@Sorry, that's a different department.|You'll want housing, not us.
pharmacy@formal@service_talk@@Two tablets, four times a day.|One at night before bed.
"""

# Longer turns and a few extra wordings per register, to give a length spread.
DATA += r"""
restaurant@long_multi_sentence@service_talk@@Just so you know, the kitchen is running about twenty minutes behind tonight, so if you're in a hurry I'd go for something from the grill.
hotel@long_multi_sentence@service_talk@@Your room won't be ready until two, but you're welcome to leave your bags with us and use the lounge, and breakfast is still being served.
doctor@long_multi_sentence@neutral_instruction@@You must take the whole course even if you feel better by Wednesday, and if the rash spreads or you get a fever, come straight back or call 111.
airport@long_multi_sentence@service_talk@@Ladies and gentlemen, due to an earlier technical issue we're now expecting to board at ten past, so please stay close to the gate and we'll update you as soon as we can.
train@long_multi_sentence@service_talk@@We're being held at a red signal outside Peterborough because of a broken-down train ahead, so we should be moving again in about ten minutes, apologies for the delay.
tech_support@voice_to_text@complaint_product@@hi yeah the internet keeps dropping every evening around eight and ive restarted the router twice and it still does it so can someone come out
mechanic@long_multi_sentence@service_talk@@Right, so the good news is it's not the gearbox, it's just the clutch cable, and we can have it done tomorrow afternoon for about a hundred and twenty.
estate_agent@long_multi_sentence@neutral_instruction@@You'll need to send over three months of payslips and a reference from your last landlord, and then we can take the holding deposit and get the flat off the market.
vet@long_multi_sentence@neutral_instruction@@She's absolutely fine, just a bit of an upset stomach, so keep her on plain chicken and rice for a couple of days and ring us if she's still off her food by Friday.
call_centre@long_multi_sentence@apology@@I'm really sorry about the mix-up with your bill, I can see you were charged twice, so I've refunded the second payment and it should be back in your account in three to five days.
shop@long_multi_sentence@service_talk@@We haven't got that size in store right now, but I can order it in for you and it'll be here by Thursday, or you can get it delivered to your house for free.
pharmacy@long_multi_sentence@neutral_instruction@@You shouldn't take these alongside the cold and flu tablets because they both contain paracetamol, so stick to one or the other and don't go over eight in a day.
gym@long_multi_sentence@neutral_instruction@@You always want to start light on the first session, so let's do two sets of twelve at a weight that feels easy and we'll build up from there next week.
library@long_multi_sentence@service_talk@@That book's out on loan at the moment but I can reserve it for you, and you'll get an email when it comes back, usually within a couple of weeks.
council@long_multi_sentence@neutral_instruction@@You have to register the change of address within a month, and you'll need a copy of your tenancy agreement and something with your name on it, like a bank statement.
chores@long_multi_sentence@sarcasm@contempt,absolute@Oh wonderful, you've emptied the dishwasher, let me just write that in the diary because it happens about once a year.
punctuality@long_multi_sentence@rhetorical_question@contempt,absolute@Is it honestly too much to ask that you're ready when the taxi turns up, just one time, instead of everyone sitting in the car waiting for you again?
money@long_multi_sentence@conditional_blame@blame@If you hadn't booked that stupid weekend away without asking me, we wouldn't be scraping around for the car insurance now.
"""

# Extra clipped service turns and flagged partner one-liners.
DATA += r"""
cafe@lowercase_texting@clipped_order@@one americano pls|2 teas to go|a cappuccino and a croissant
cafe@one_word_or_fragment@question_for_info@@Milk?|Sugar?|Cream or milk?
cafe@british@service_talk@@Help yourself to napkins.|Cutlery's by the window.
restaurant@one_word_or_fragment@service_talk@@Enjoy!|Enjoy your meal.|Mind the plate.
restaurant@british@question_for_info@@How spicy is the curry?|Is the fish fresh today?
shop@one_word_or_fragment@service_talk@@Pin, please.|Sign here.|Enter your pin when ready.
shop@one_word_or_fragment@clipped_reply@@Contactless.|Cash.|On card please.
taxi@one_word_or_fragment@clipped_reply@@Here's fine.|Just here.|This is me.
train@one_word_or_fragment@clipped_reply@@Yes, it's free.|Sorry, it's taken.|Someone's sat there.
airport@one_word_or_fragment@clipped_reply@@Aisle, please.|Window.|Doesn't matter.
hotel@one_word_or_fragment@clipped_reply@@Double room.|Twin, please.|Under Patel.
doctor@one_word_or_fragment@clipped_reply@@About a week.|Since Tuesday.|On and off.
pharmacy@one_word_or_fragment@clipped_reply@@It's for my son.|For me.|My mum's.
vet@one_word_or_fragment@clipped_reply@@Not since yesterday.|He's been off his food.|She's limping.
gym@one_word_or_fragment@clipped_reply@@One more set.|Nearly done.|Go on, jump in.
library@one_word_or_fragment@service_talk@@Shh!|Quiet please.|Whisper please.
museum@one_word_or_fragment@service_talk@@Exit through the gift shop.|This way out.
council@one_word_or_fragment@service_talk@@Take a ticket.|Number 48?|Window two.
post_office@one_word_or_fragment@service_talk@@Recorded or standard?|Signed for?|Next cashier please.
hairdresser@one_word_or_fragment@service_talk@@Happy with that?|Bit shorter?|Mirror for the back.
mechanic@one_word_or_fragment@service_talk@@Keys, please.|Leave the keys with me.|Ready for collection.
dentist@one_word_or_fragment@service_talk@@Any sensitivity?|Little bit of pressure.|All done!
strangers@one_word_or_fragment@warning@@Watch it!|Look out!|Behind you!
strangers@one_word_or_fragment@question_for_info@@This yours?|You dropped this.|Yours, I think?
bus@one_word_or_fragment@service_talk@@Move down, please.|Move down the bus!|Room at the back.
queue@one_word_or_fragment@service_talk@@Next please.|Till four is free.|Can I help who's next?
tickets@one_word_or_fragment@clipped_order@@Two for the 7:30.|One for Saturday.|Two matinee tickets please.
call_centre@one_word_or_fragment@clipped_reply@@Yes, that's right.|That's correct.|Yep.
tech_support@one_word_or_fragment@neutral_instruction@@Hold the power button.|Clear your cache.|Log out and back in.
cinema@one_word_or_fragment@clipped_reply@@Row F, please.|Middle if possible.|Anywhere near the back.
sleep@lowercase_texting@shutdown@stonewalling@night.|Going to bed. Don't.
phones@one_word_or_fragment@sarcasm@contempt@Fascinating phone, is it?|Must be a great phone.
friends@lowercase_texting@mind_reading_claim@mind_reading@you'd rather be with them|You prefer your mates, just say it.
chores@one_word_or_fragment@bare_order@demand@Hoover. Today.|Sort the recycling. Now.
dishes@lowercase_texting@rhetorical_question@contempt@are your hands broken?|Does the sink scare you?
laundry@one_word_or_fragment@label_noun@labeling@Useless.|Honestly useless.
tidiness@one_word_or_fragment@insult@contempt,labeling@Pig sty. Your doing.|Disgusting.
money@lowercase_texting@rhetorical_question@contempt@another parcel? really?|What's in the box this time?
drinking@lowercase_texting@label_noun@labeling@you drunk|Proper drunk, you.
gaming@one_word_or_fragment@bare_order@demand@Turn it off.|Console off. Now.
kids@lowercase_texting@explicit_keyword@blame@they're crying cos of you|You made her cry.
texting_back@one_word_or_fragment@explicit_keyword@absolute@You never answer.|never reply do u
holidays@one_word_or_fragment@consequence_threat@threat@Book it or I'm going alone.|Sort it or I'll go with my sister.
cooking@lowercase_texting@bare_advice@fixing@just order a takeaway then|Use a recipe next time.
exercise@lowercase_texting@bare_advice@fixing@go for a run then|Just join a gym, sorted.
noise@one_word_or_fragment@shutdown@stonewalling@Don't.|Leave it.|Drop it.
in_laws@one_word_or_fragment@counter_attack@defensiveness@Your mum's worse.|At least mine visits.
politics@lowercase_texting@insult@contempt,labeling@you're so naive|Idiot.
"""

# Mid-length turns (7-15 words) across the same registers, more styles.
DATA += r"""
cafe@lowercase_texting@good_request@@ok can i get a small latte with oat milk please
cafe@american@service_talk@@We're out of the blueberry muffins but the banana bread is fresh.
cafe@australian@clipped_order@@G'day, can I grab a long black and a ham toastie?
cafe@indian_english@good_request@@Please give one masala chai with less sugar, and one samosa also.
cafe@typos@question_for_info@@do yuo have any gluten free cakes left today
cafe@british@neutral_instruction@@You have to ask at the counter for the toilet code, sorry.
cafe@emoji@gratitude@@best flat white I've had all week, thank you ☕🙌
cafe@american@complaint_product@@Sorry, I think this is regular milk, I asked for almond.
shop@american@service_talk@@If it doesn't fit, you can return it within thirty days, no problem.
shop@lowercase_texting@question_for_info@@hi do u have these trainers in a 7 in black
shop@australian@service_talk@@No worries, I'll grab you a bigger size from out the back.
shop@indian_english@question_for_info@@What is the final price after discount, can you tell me?
shop@british@complaint_product@@This kettle's leaking from the bottom and I only bought it Tuesday.
shop@typos@question_for_info@@hiya wat time do you close on sundays
shop@formal@service_talk@@I'm afraid we can't refund sale items, but we can offer an exchange.
shop@british@warning@@You should always try the shoes on both feet before buying.
shop@american@generic_you@@You never know what you'll find in these thrift stores.
shop@lowercase_texting@good_request@@could you gift wrap it? it's for my dad's birthday
restaurant@american@service_talk@@Your server will be right with you, can I get you some water?
restaurant@lowercase_texting@good_request@@okay could we move to a table by the window
restaurant@australian@service_talk@@Kitchen's flat out tonight, so mains might be twenty minutes, that okay?
restaurant@indian_english@question_for_info@@Is the paneer tikka very spicy or medium only?
restaurant@british@complaint_product@@The chicken's still a bit pink in the middle, could you take it back?
restaurant@formal@neutral_instruction@@You must let us know about any allergies before you order.
restaurant@typos@logistics@@hi can I book a table for 6 at 8 tmrw plz
restaurant@emoji@gratitude@@thank you so much for the birthday cake surprise 🎂😭
restaurant@american@service_talk@@I'll give you a few more minutes with the menu.
pub@british@question_for_info@@Is there a table free in the garden or is it all booked?
pub@australian@clipped_order@@Two schooners of pale ale and a lemon squash, thanks mate.
pub@british@neutral_instruction@@Under-18s have to be out by nine, I'm afraid.
pub@lowercase_texting@exclamation@@cannot believe they scored in the 94th minute, what a game
pub@british@service_talk@@The quiz master says you've got five minutes for round three.
hotel@american@question_for_info@@Is there somewhere I can leave my bags after checkout?
hotel@indian_english@complaint_product@@The geyser in my room is not working, please send someone.
hotel@lowercase_texting@question_for_info@@hi what time does the pool close tonight
hotel@formal@neutral_instruction@@You'll need to show your room key to get into breakfast.
hotel@australian@service_talk@@Your room's got a great view of the harbour, enjoy your stay.
hotel@british@complaint_product@@There's no hot water in 318 and the heating's stuck on.
hotel@emoji@gratitude@@Thank you for the upgrade, the room is gorgeous 😍
airport@formal@neutral_instruction@@You have to take any power banks out of your checked luggage.
airport@american@question_for_info@@Do I need to recheck my bag in Chicago or is it through?
airport@lowercase_texting@logistics@@landed!! waiting at baggage reclaim, see you at arrivals
airport@indian_english@question_for_info@@Kindly tell me which counter is for Air India check in.
airport@formal@warning@@Never agree to carry a bag for someone you don't know.
airport@british@complaint_product@@The self check-in machine keeps rejecting my passport.
airport@formal@service_talk@@We're now inviting passengers with small children to board.
airport@all_caps@exclamation@@GATE CHANGE, WE'RE NOW AT B42, RUN
train@british@question_for_info@@Excuse me, does this train split at Haywards Heath?
train@lowercase_texting@logistics@@train's delayed 20 mins, start without me
train@formal@neutral_instruction@@You must have a valid ticket before boarding this service.
train@american@question_for_info@@Which platform for the express to the airport?
train@british@service_talk@@The quiet coach is at the front of the train today.
train@voice_to_text@logistics@@on the train now should be at the station by half six can someone grab me
train@typos@complaint_product@@the heating in this carrige is boiling, can't breathe
taxi@american@good_request@@Could you turn the AC up a little, please?
taxi@british@service_talk@@Traffic's terrible on the ring road, I'll go through town instead.
taxi@indian_english@neutral_instruction@@Take left after the temple and stop near the second gate.
taxi@lowercase_texting@question_for_info@@is it ok if I pay by card at the end
bus@british@question_for_info@@Does this one go past the hospital or do I need the 14?
bus@australian@neutral_instruction@@You've gotta tap off when you get off, or it charges full fare.
bus@lowercase_texting@logistics@@bus just broke down lol be a bit late
bus@formal@neutral_instruction@@Please move down inside the bus to let others on.
doctor@formal@neutral_instruction@@You should see a big improvement within about two weeks.
doctor@formal@question_for_info@@On a scale of one to ten, how bad is the pain?
doctor@american@neutral_instruction@@You'll need to come back in a month so we can check your blood pressure.
doctor@british@service_talk@@The results are back and everything looks normal, nothing to worry about.
doctor@indian_english@question_for_info@@Doctor, should I take this tablet before food or after food?
doctor@lowercase_texting@logistics@@got a docs appointment at 10 so I'll be in late
doctor@formal@warning@@If the swelling gets worse overnight, go straight to A&E.
nurse@formal@neutral_instruction@@You must keep your arm still while the drip goes in.
nurse@british@service_talk@@Right, I'm just going to take your blood pressure, okay?
nurse@formal@neutral_instruction@@Always wash your hands before changing the dressing.
pharmacy@formal@question_for_info@@Are you taking any other medication at the moment?
pharmacy@american@neutral_instruction@@Shake the bottle well and use the little syringe to measure it.
pharmacy@british@service_talk@@We've only got half of it in, can you come back tomorrow?
pharmacy@typos@question_for_info@@hi is my perscription ready to collect yet
dentist@formal@neutral_instruction@@You should avoid chewing on that side for a couple of days.
dentist@british@service_talk@@Just a bit of tartar, nothing serious, see you in six months.
dentist@lowercase_texting@logistics@@dentist ran over, will be home about 5
vet@formal@neutral_instruction@@You must give her the tablet with food, morning and night.
vet@british@service_talk@@He's a bit overweight, so cut his treats down a bit.
vet@australian@question_for_info@@Has he had his vaccinations this year, do you know?
vet@emoji@gratitude@@thanks so much for looking after Bella, she's back to herself 🐶💕
bank@formal@neutral_instruction@@You'll need to visit a branch with photo ID to unlock your account.
bank@american@service_talk@@Your new card should arrive in seven to ten business days.
bank@indian_english@question_for_info@@Can you please update my mobile number in the passbook also?
bank@lowercase_texting@complaint_product@@the app says payment failed but it's taken the money
bank@formal@warning@@We will never ask you to move money to a safe account.
post_office@british@question_for_info@@How much to send this to Australia, tracked?
post_office@formal@neutral_instruction@@You must declare the contents if it's going outside the EU.
post_office@lowercase_texting@logistics@@parcel's at the post office, i'll grab it after work
council@formal@neutral_instruction@@You have to book a slot online before going to the tip.
council@british@complaint_product@@Our bins weren't collected again, it's been two weeks now.
council@formal@service_talk@@Your parking permit will be valid from the first of next month.
council@american@question_for_info@@Do I need a permit to put a skip on the road?
call_centre@formal@service_talk@@For security, I'll just need to ask a couple of questions.
call_centre@lowercase_texting@complaint_product@@the automated thing keeps saying it didn't understand me
call_centre@indian_english@service_talk@@Thank you for your patience, sir, I am checking your details now.
call_centre@formal@neutral_instruction@@You'll need to press one and then enter your account number.
call_centre@british@polite_hedged@@Sorry, you're breaking up a bit, could you repeat that?
tech_support@formal@neutral_instruction@@You should install the latest update before trying again.
tech_support@lowercase_texting@question_for_info@@how do I reset my password if I don't have the old email
tech_support@american@service_talk@@It looks like the hard drive is failing, so back up everything now.
tech_support@abbreviations@complaint_product@@wifi dead again rn, tried restarting, idk what else
tech_support@british@neutral_instruction@@You have to hold the reset button in for ten seconds.
estate_agent@british@service_talk@@The vendors have accepted your offer, congratulations!
estate_agent@american@question_for_info@@Are utilities included in the rent or separate?
estate_agent@lowercase_texting@logistics@@viewing moved to 3pm, agent's running late
estate_agent@formal@neutral_instruction@@You must give two months' notice in writing.
mechanic@british@service_talk@@You'll need new front tyres before the MOT, they're both bald.
mechanic@american@question_for_info@@Has it been making that grinding noise for long?
mechanic@lowercase_texting@logistics@@garage says car's ready, can you drop me there after lunch
mechanic@australian@service_talk@@She's running fine now mate, just needed a new battery.
hairdresser@british@question_for_info@@Do you want me to take the fringe up a bit as well?
hairdresser@lowercase_texting@logistics@@hair appt at 2 so might miss your call
hairdresser@american@neutral_instruction@@Use a purple shampoo once a week to keep the blonde bright.
gym@british@neutral_instruction@@You should really warm up for ten minutes before that class.
gym@american@service_talk@@Your membership renews on the fifth unless you cancel.
gym@lowercase_texting@question_for_info@@mind if i work in with you between sets
gym@abbreviations@logistics@@at the gym rn, ring u after, 45 mins tops
gym@australian@exclamation@@Mate, that's a massive PB, well done!
library@formal@neutral_instruction@@You can borrow up to twelve books at a time with this card.
library@british@service_talk@@The computers are free for an hour, just log in with your card.
library@lowercase_texting@question_for_info@@do you still do the toddler rhyme time on fridays
museum@formal@service_talk@@The dinosaur gallery is closed today for maintenance, sorry.
museum@american@question_for_info@@Is there an audio guide in Spanish?
museum@formal@neutral_instruction@@You have to keep children with you at all times.
tickets@british@service_talk@@There's a booking fee of two pounds fifty per ticket.
tickets@lowercase_texting@logistics@@got the tickets!! row J, seats 14 and 15
tickets@american@question_for_info@@Can I transfer these to my sister if I can't make it?
queue@british@polite_hedged@@Sorry, are you actually in the queue or just waiting for someone?
queue@lowercase_texting@vent_third_party@@this queue hasn't moved in twenty minutes i swear
queue@american@generic_you@@You always end up behind the one person paying in coins.
directions@british@directions@@Go past the roundabout and it's the second left after the chippy.
directions@indian_english@directions@@Go straight, then take U-turn near the petrol pump.
directions@american@directions@@Keep going till you hit Main Street, then it's on your left.
directions@lowercase_texting@question_for_info@@which exit for the shopping centre, theres like five
strangers@british@polite_hedged@@Sorry, would you mind watching my bag while I nip to the loo?
strangers@american@praise_absolute@@Your dog is so well behaved, he never even looked at mine.
strangers@british@warning@@Careful, the pavement's like an ice rink this morning.
strangers@australian@exclamation@@Bloody hot today, isn't it? Forty degrees they reckon.
strangers@lowercase_texting@gratitude@@thank you for handing in my wallet, you're a star
strangers@formal@warning@@Excuse me, I think you've left your phone on the bench.
parking@british@complaint_product@@The barrier won't lift and there's a queue behind me.
parking@formal@neutral_instruction@@You must pay for parking before returning to your car.
delivery@lowercase_texting@logistics@@driver says he left it behind the green bin
delivery@american@service_talk@@Your package is out for delivery and should arrive by 6 p.m.
delivery@british@complaint_product@@The box arrived soaked and the lamp inside is cracked.
cinema@british@service_talk@@The film starts at quarter past, after about twenty minutes of trailers.
cinema@lowercase_texting@exclamation@@that ending!! still thinking about it
supermarket@british@service_talk@@We've got a member of staff coming to approve your age.
supermarket@lowercase_texting@logistics@@at tesco, do we need washing up liquid
supermarket@american@question_for_info@@Do you guys carry any lactose-free ice cream?
supermarket@indian_english@good_request@@Please pack the eggs separately, they broke last time.
plumber@british@service_talk@@The washer's gone on your tap, I'll have it sorted in ten minutes.
plumber@formal@neutral_instruction@@You should bleed the radiators before the winter.
builder@british@service_talk@@We'll need to knock through here and put a steel in.
builder@lowercase_texting@logistics@@skip arriving 8am tomorrow, can you move the car
school_office@formal@neutral_instruction@@You'll need to sign the late book at reception.
school_office@british@service_talk@@She's fine, just a bumped knee, we've put an ice pack on.
chores@lowercase_texting@agreement@@okay you're right, I'll sort the bins tonight
plans@lowercase_texting@logistics@@ok so meet outside the station at 7?
groceries@emoji@logistics@@anything else from the shop? they've got the good bread 🍞
tv@lowercase_texting@exclamation@@you have to watch this episode, absolutely unreal
"""

# Flagged partner turns of middle length, so length is no clue either way.
DATA += r"""
chores@lowercase_texting@rhetorical_question@contempt@is it physically impossible for you to put a mug in the dishwasher
texting_back@abbreviations@explicit_keyword@absolute,blame@u never reply when it matters smh
punctuality@angry_punctuation@explicit_keyword@absolute@Twenty minutes late AGAIN, every single time!!
money@lowercase_texting@conditional_blame@blame@wed have been fine this month if u hadnt bought that bike
phones@emoji@sarcasm@contempt@oh sorry am I interrupting you and your phone 🙄
drinking@british@consequence_threat@threat@Come home drunk again tonight and you can sleep on the sofa.
gaming@american@mind_reading_claim@mind_reading@You'd honestly rather play that game than talk to me.
tidiness@typos@label_noun@labeling@honestly ur such a slob, the kitchen is discusting
driving@all_caps@bare_order@demand@JUST PULL OVER AND LET ME DRIVE
sleep@lowercase_texting@bare_advice@fixing@well maybe stop scrolling till 2am and you wouldn't be tired
in_laws@british@counter_attack@defensiveness@Well at least my mother doesn't ring every single day.
kids@lowercase_texting@excuse@defensiveness@I can't do everything, I was working, what do you want from me
plans@lowercase_texting@shutdown@stonewalling@fine do what you want, i don't care anymore
laundry@american@sarcasm@contempt@Wow, you found the washing machine, should I call the newspapers?
work_hours@lowercase_texting@affection_then_complaint@absolute@love you but you're always at work and never home for dinner
"""

KEYS = ["text", "flagged", "categories", "situation", "style", "form", "template", "split"]
CATS = frozenset(CATEGORIES)

Row = dict[str, str | bool | list[str]]


def words(t: str) -> int:
    return len(t.split())


def pick(variants: list[str], flagged: bool, h: int) -> list[str]:
    """Deterministic choice of 1-2 variants per template (keeps the set near 600 rows,
    about 20% flagged, about half the rows 1-6 words)."""
    if len(variants) == 1:
        return variants
    if flagged:
        return variants[:2] if h % 3 == 0 else variants[:1]
    longer = [v for v in variants if words(v) >= 7]
    short = [v for v in variants if words(v) < 7]
    if longer:
        out = [longer[0]]
        if short and h % 10 < 3:
            out.append(short[0])
        return out
    if h % 10 >= 7:
        return []  # thin out the all-clipped innocent templates
    return variants[:2] if h % 10 < 1 else variants[:1]


def build_rows() -> tuple[list[Row], int]:
    """Rows to write, and how many template lines they came from."""
    rows: list[Row] = []
    seen: set[str] = set()
    n = 0
    for raw_line in DATA.strip().splitlines():
        line = raw_line.strip()
        if not line:
            continue
        parts = line.split("@")
        assert len(parts) == 5, line
        sit, style, form, cats, texts = parts
        n += 1
        tid = f"shh-{n:04d}"
        split = split_of(tid)
        cl = [c for c in cats.split(",") if c]
        variants = texts.split("|")
        # keep 1-2 rows per template (deterministic, by hash): ~600 rows, ~20% flagged
        h = int(hashlib.sha256(("keep:" + tid).encode()).hexdigest(), 16)
        for variant in pick(variants, bool(cl), h):
            t = variant.strip()
            if t in LEFT_OUT:
                continue
            key = t.lower()
            assert t and key not in seen, "duplicate: " + t
            seen.add(key)
            rows.append(
                {
                    "text": t,
                    "flagged": bool(cl),
                    "categories": cl,
                    "situation": sit,
                    "style": style,
                    "form": form,
                    "template": tid,
                    "split": split,
                }
            )
    return rows, n


def main() -> None:
    rows, n = build_rows()
    write_jsonl(OUT, rows)
    print("wrote", len(rows), "rows from", n, "template lines ->", OUT)
    validate(OUT)


def bucket(n: int) -> str:
    return "1-6" if n <= 6 else "7-15" if n <= 15 else "16+"


def validate(path: pathlib.Path) -> None:
    rows = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            assert list(r.keys()) == KEYS, r
            assert isinstance(r["flagged"], bool)
            assert r["flagged"] == bool(r["categories"]), r
            assert set(r["categories"]) <= CATS, r
            assert r["split"] == split_of(r["template"]), r
            assert r["text"] not in LEFT_OUT, r
            rows.append(r)
    texts = [r["text"].strip().lower() for r in rows]
    assert len(texts) == len(set(texts)), "duplicate texts"
    fl = sum(r["flagged"] for r in rows)
    print(
        "rows",
        len(rows),
        "templates",
        len({r["template"] for r in rows}),
        "distinct texts",
        len(set(texts)),
    )
    print("flagged", fl, "innocent", len(rows) - fl, f"({100.0 * fl / len(rows):.1f}% flagged)")
    cc = Counter(c for r in rows for c in r["categories"])
    print("per category:", dict(sorted(cc.items())))
    lb = Counter(bucket(words(r["text"])) for r in rows)
    print("length buckets (words):", {k: lb[k] for k in ("1-6", "7-15", "16+")})
    lbf = Counter(bucket(words(r["text"])) for r in rows if r["flagged"])
    print("length buckets, flagged only:", {k: lbf[k] for k in ("1-6", "7-15", "16+")})
    sp = Counter(r["split"] for r in rows)
    spf = Counter(r["split"] for r in rows if r["flagged"])
    print("split:", dict(sp), "flagged by split:", dict(spf))
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
