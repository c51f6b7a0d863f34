"""Phrases issue 14 names, both ways.

Everyday English it names as wrongly flagged, each beside a blaming use of the same words that
must stay flagged (guards in nlp/patterns/guards.jsonl; the ambiguous one-word exclamations in
contempt.jsonl need the partner named elsewhere in the draft); and blame it names as missed
(rhetorical questions, "look who decided to…", affection before "but"), each beside a genuine
question or a kindness of the same shape that must not be flagged."""

from __future__ import annotations

import pytest

import nlp


@pytest.fixture(scope="module")
def rules() -> nlp.Analyzer:
    """The default analyzer: rules decide blame; these tests pin the rules and their guards."""
    return nlp.default_analyzer()


@pytest.mark.parametrize(
    "draft",
    [
        "you must take your passport",
        "you'll need to bring a coat, it's freezing up there",
        "just breathe that fresh air",
        "Unbelievable!",
        "Very impressive",
        "how ridiculous, the train's cancelled again",
        "you can never be too safe",
        "you could never be too careful with those ladders",
        "yeah you're right",
        "yes you are so right about the film",
        "don't talk to me about laptops",
        "don't talk to me about the traffic on the M25 today",
    ],
)
def test_everyday_phrase_is_not_flagged(rules: nlp.Analyzer, draft: str) -> None:
    analysis = rules.analyze(draft)
    assert not analysis.flagged, f"{draft!r} flagged: {analysis.patterns}"


@pytest.mark.parametrize(
    ("praise", "complaint", "category"),
    [
        (
            "You always go above and beyond. Keeping the kids quiet while I was on the call"
            " was so thoughtful.",
            "You always leave the door open. It's so annoying.",
            "absolute",
        ),
        (
            "You always put the bins out on a Tuesday. That's so thoughtful of you.",
            "You always put the bins out on a Tuesday. Great!!",
            "absolute",
        ),
        # Session 11: a "but" after a preface sets up praise; after affection, a complaint.
        (
            "Not sure I say it enough but you always look after us!! Made my day, thank you.",
            "Love you but you always leave the door open. Have a good day!",
            "absolute",
        ),
    ],
)
def test_praise_said_in_the_next_sentence_clears_the_absolute(
    rules: nlp.Analyzer, praise: str, complaint: str, category: str
) -> None:
    """Session 9: when the sentence itself has nothing good or bad in it, the next one says
    which it was; a bare "Great!!" after it is sarcasm, not praise."""
    analysis = rules.analyze(praise)
    assert not analysis.flagged, f"{praise!r} flagged: {analysis.patterns}"
    assert category in rules.analyze(complaint).categories, complaint


@pytest.mark.parametrize(
    ("draft", "category"),
    [
        ("you must take responsibility for this", "demand"),
        ("just breathe, it's not a big deal", "fixing"),
        ("You forgot my birthday again. Unbelievable.", "contempt"),
        ("Wow, you actually did the dishes. Very impressive.", "contempt"),
        ("Pathetic.", "contempt"),
        ("yeah well you never help either", "defensiveness"),
        ("don't talk to me about it", "stonewalling"),
        ("don't talk to me", "stonewalling"),
    ],
)
def test_blaming_use_of_the_same_words_stays_flagged(
    rules: nlp.Analyzer, draft: str, category: str
) -> None:
    categories = rules.analyze(draft).categories
    assert category in categories, f"{draft!r}: wanted {category}, got {categories}"


@pytest.mark.parametrize(
    ("draft", "category"),
    [
        ("is it really that hard to reply to a text?", "contempt"),
        ("how hard is it to put the seat down", "contempt"),
        ("would it kill you to call", "contempt"),
        ("is it too much to ask for a thank you", "contempt"),
        ("oh look who finally decided to come home", "contempt"),
        ("since when do you care", "contempt"),
        ("love you but you never listen", "absolute"),
    ],
)
def test_rhetorical_blame_is_flagged(rules: nlp.Analyzer, draft: str, category: str) -> None:
    categories = rules.analyze(draft).categories
    assert category in categories, f"{draft!r}: wanted {category}, got {categories}"


@pytest.mark.parametrize(
    "draft",
    [
        "how hard is it to learn the guitar?",
        "is it too hard to take the bus there?",
        "is it too much to ask the landlord for a discount?",
        "would it hurt to ask?",
        pytest.param(
            "guess who decided to bake a cake for you 🥰",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the heads tuned on blame (session 8) read the teasing opening as blame",
            ),
        ),
        "since when do you work saturdays?",
        "love you, you always make me laugh",
    ],
)
def test_genuine_question_or_kindness_of_that_shape_is_not_flagged(
    rules: nlp.Analyzer, draft: str
) -> None:
    analysis = rules.analyze(draft)
    assert not analysis.flagged, f"{draft!r} flagged: {analysis.patterns}"


# Everyday talk the rules flagged in the TRAIN rows of Topical-Chat and corpus_everyday.jsonl
# (read one by one; the test rows and DailyDialog stay unread), each beside a blaming use of
# the same words that stays flagged.
@pytest.mark.parametrize(
    ("everyday", "blaming", "category"),
    [
        ("Are you an NFL fan?", "are you an idiot?", "contempt"),
        ("wouldn't you stop once you got to 100-0 haha", "you got to stop doing this", "demand"),
        ("You watched it 10 times. You must like it a lot.", "you must stop this", "demand"),
        ("keep the pandas calm or whatever, but it looks silly", "k, whatever", "stonewalling"),
        ("I didn't care for the Last Samurai", "I don't care", "stonewalling"),
        ("why would they boo Osaka", "boo hoo, poor you", "contempt"),
        ("love you boo", "boohoo, cry me a river", "contempt"),
        ("you cant judge, you just never know.", "you never listen", "absolute"),
        ("you can never really tell!", "you never tell me anything", "absolute"),
        ("This is probably my last chance to see them.", "this is your last chance", "threat"),
        # Concern, questions about tastes, breathing instructions and generic "you" (issue
        # 14; guards.jsonl, `asks_after_health` in nlp/detect/advice.py).
        pytest.param(
            "What's wrong with you? You look pale.",
            "What's wrong with you? You never listen.",
            "contempt",
            id="concern",
        ),
        pytest.param(
            "what's wrong with you, are you feeling ill?",
            "what the hell is wrong with you",
            "contempt",
            id="concern-ill",
        ),
        pytest.param(
            "did you always like jazz?",
            "do you always like to leave your dishes in the sink?",
            "absolute",
            id="taste",
        ),
        pytest.param(
            "have you always wanted to be a nurse?",
            "did you always have to be so rude?",
            "absolute",
            id="taste-ambition",
        ),
        pytest.param(
            "just breathe in slowly through your nose",
            "just relax, you're overreacting",
            "fixing",
            id="breathing",
        ),
        pytest.param(
            "you can never go wrong with a roast",
            "you can never admit you're wrong",
            "absolute",
            id="generic-you",
        ),
        pytest.param(
            "once you've been there you never want to go back",
            "you never want to go anywhere with me",
            "absolute",
            id="generic-once",
        ),
        pytest.param(
            "you can never have too many tea towels",
            "you never have time for me",
            "absolute",
            id="generic-too-many",
        ),
        # Session 10: praise, generic "you" and offers the rules flagged in our innocent
        # TRAIN rows (nlp/detect/checks.py `praise`, guards.jsonl, lexicon.json).
        pytest.param(
            "You are the best. You always come through for the kids.",
            "I love you. You always leave the door open.",
            "absolute",
            id="praise-before",
        ),
        pytest.param(
            "You always go above and beyond!! That was so thoughtful!!",
            "You always leave the door open!! It's so annoying!!",
            "absolute",
            id="praise-after-double-bang",
        ),
        pytest.param(
            "you always do the little things",
            "you never remember the little things",
            "absolute",
            id="little-things",
        ),
        pytest.param(
            "you always make everything easier",
            "you always make everything about you",
            "absolute",
            id="easier",
        ),
        pytest.param(
            "you never panic about money, it keeps me sane",
            "you never plan anything about money",
            "absolute",
            id="never-panics",
        ),
        pytest.param(
            "you never lose your cool in traffic",
            "you never look at me in traffic",
            "absolute",
            id="never-loses-cool",
        ),
        pytest.param(
            "you should always keep a spare key somewhere",
            "you should never have said that",
            "absolute",
            id="generic-should-always",
        ),
        pytest.param(
            "you should always have a torch in the car",
            "you should never have said that",
            "absolute",
            id="generic-should-always-have",
        ),
        pytest.param(
            "you never have to rush on my account",
            "you never have time for me",
            "absolute",
            id="never-have-to-rush",
        ),
        pytest.param(
            "you'll always have a home with us, you know that",
            "you'll always have an excuse",
            "absolute",
            id="always-have-a-home",
        ),
        pytest.param(
            "you never quite know with these budget airlines",
            "you never really listen to me",
            "absolute",
            id="generic-never-quite-know",
        ),
        pytest.param(
            "you can never trust the weather forecast here",
            "you can never admit you're wrong",
            "absolute",
            id="generic-never-trust",
        ),
        pytest.param(
            "as my gran used to say, you never regret a walk",
            "you never walk with me",
            "absolute",
            id="saying",
        ),
        pytest.param(
            "no rush, whenever you're free to talk",
            "you only call whenever you want something",
            "absolute",
            id="whenever-youre-free",
        ),
        # Good news said with words that usually blame (nlp/detect/good_news.py) and
        # everyday uses guarded in guards.jsonl.
        pytest.param(
            "thanks to you I finally passed my driving test",
            "thanks to you we missed the last train",
            "blame",
            id="credit-thanks-to-you",
        ),
        pytest.param(
            "finally passed my driving test!! thanks to you and all those lessons",
            "We missed the ferry. Thanks to you.",
            "blame",
            id="credit-sentence-before",
        ),
        pytest.param(
            "because of you I didn't have to worry about the move at all",
            "because of you we're late again",
            "blame",
            id="credit-because-of-you",
        ),
        pytest.param(
            "I'm done!! essay submitted 🎉",
            "I'm done!",
            "stonewalling",
            id="finished-task",
        ),
        pytest.param(
            "forget it, the parcel turned up",
            "forget it, you got what you wanted",
            "stonewalling",
            id="forget-it-turned-up",
        ),
        pytest.param(
            "forget it, the shop had another one",
            "forget it. doesn't matter.",
            "stonewalling",
            id="forget-it-shop-had",
        ),
        pytest.param(
            "let me know if you'd rather I didn't",
            "you'd rather be at the pub than here with me",
            "mind_reading",
            id="if-youd-rather",
        ),
        pytest.param(
            "just breathe, love. you've got this",
            "just breathe, it's not a big deal",
            "fixing",
            id="breathe-reassured",
        ),
        pytest.param(
            "just breathe. in for four, out for six",
            "just relax, you're overreacting",
            "fixing",
            id="breathe-counted",
        ),
        pytest.param(
            "unbelievable!! did you see the match",
            "You forgot my birthday again. Unbelievable.",
            "contempt",
            id="unbelievable-news",
        ),
        pytest.param(
            "sometimes you just have to laugh",
            "you just have to stop moaning",
            "fixing",
            id="sometimes-you-have-to",
        ),
        pytest.param(
            "For once the bus was early!",
            "for once remember the receipt",
            "absolute",
            id="for-once-the-world",
        ),
        pytest.param(
            "do what you like this weekend, you deserve a day off",
            "do what you want, you always do",
            "stonewalling",
            id="do-what-you-want-treat",
        ),
        pytest.param(
            "you made me cry with that speech, in a good way",
            "you made me cry",
            "blame",
            id="cry-in-a-good-way",
        ),
        pytest.param(
            "you got us there with five minutes to spare",
            "you got us lost again",
            "blame",
            id="got-us-there",
        ),
        pytest.param(
            "Best lasagne yet, you didn't burn it once.",
            "yet you didn't call once",
            "absolute",
            id="best-yet",
        ),
        pytest.param(
            "long day, are you wrecked?",
            "you wrecked my weekend",
            "blame",
            id="are-you-wrecked",
        ),
        pytest.param(
            "are you 5 minutes away? want to put the kettle on",
            "are you 12",
            "contempt",
            id="minutes-away",
        ),
        pytest.param(
            "have you tried turning it off and on again?",
            "have you tried listening for once",
            "fixing",
            id="turn-it-off-and-on",
        ),
        pytest.param(
            "look at you in that shirt, you scrub up well you",
            "yeah well you never help either",
            "defensiveness",
            id="scrub-up-well",
        ),
        pytest.param(
            "I don't want to talk about it properly until we're home",
            "I don't want to talk about it",
            "stonewalling",
            id="talk-about-it-later",
        ),
        pytest.param(
            "the gig was unreal, you should have been there!",
            "you should have been there for me",
            "demand",
            id="should-have-been-there",
        ),
        # Topical-Chat TRAIN rows: questions and chit-chat about the world.
        pytest.param(
            "you can even renew the books online",
            "you can't even do bath time",
            "contempt",
            id="can-even",
        ),
        pytest.param(
            "do you think it was a coincidence?",
            "you think it's funny to leave me waiting",
            "mind_reading",
            id="do-you-think-its-a",
        ),
        pytest.param(
            "my team failed to make the playoffs. How about you?",
            "what about you? you forgot my birthday",
            "defensiveness",
            id="how-about-you",
        ),
        pytest.param(
            "when you think of all the time they spend between plays",
            "all the time you spend on your phone",
            "absolute",
            id="all-the-time-they-spend",
        ),
        pytest.param(
            "yeah you might be right on that",
            "yeah well you never help either",
            "defensiveness",
            id="you-might-be-right",
        ),
        pytest.param(
            "did you know there's a striker that never scores from there?",
            "you never fumble anything, do you",
            "absolute",
            id="a-thing-that-never",
        ),
    ],
)
def test_everyday_shape_is_not_flagged_beside_its_blaming_use(
    rules: nlp.Analyzer, everyday: str, blaming: str, category: str
) -> None:
    _assert_told_apart(rules, everyday, blaming, category)


def _assert_told_apart(analyzer: nlp.Analyzer, everyday: str, blaming: str, category: str) -> None:
    analysis = analyzer.analyze(everyday)
    assert not analysis.flagged, f"{everyday!r} flagged: {analysis.patterns}"
    categories = analyzer.analyze(blaming).categories
    assert category in categories, f"{blaming!r}: wanted {category}, got {categories}"


@pytest.fixture(scope="module")
def rules_alone() -> nlp.Analyzer:
    """The rules without learned blame: these cases pin what the rules and guards decide."""
    return nlp.Analyzer(learned_blame=False)


# Session 16: everyday uses the rules flagged (instructions with a time, for any of a kind or
# at a counter, a recommendation, "a thing that never …", opinion questions about the world,
# worn out by a day, encouragement, concern), each beside partner blame in the same words,
# which must stay flagged. Written for the fixes, not taken from any data file.
@pytest.mark.parametrize(
    ("everyday", "blaming", "category"),
    [
        pytest.param(
            "You have to put the recycling out by eight on Thursdays.",
            "You need to put your dishes away by now, I asked you twice.",
            "demand",
            id="clock-time-in-words",
        ),
        pytest.param(
            "You have to take any sharp objects out of your hand luggage.",
            "You have to take the bins out, I did it all last month.",
            "demand",
            id="any-of-a-kind",
        ),
        pytest.param(
            "You must go to the little cafe by the harbour, best cake ever.",
            "You need to go to bed earlier instead of gaming all night!",
            "demand",
            id="recommendation",
        ),
        pytest.param(
            "Did you hear about the football player that never fumbled once in his career?",
            "That's the one thing that always annoys me about you.",
            "absolute",
            id="a-player-that-never",
        ),
        pytest.param(
            "Have you heard of that golfer who never missed a cut?",
            "You're the one that always starts it.",
            "absolute",
            id="that-golfer-who-never",
        ),
        pytest.param(
            "Don't you think it's funny that the shop shut the day it opened?",
            "Do you think it's funny that you never call me back?",
            "mind_reading",
            id="opinion-question",
        ),
        pytest.param(
            "Do you think it's normal that the boiler makes that noise?",
            "Don't you think it's normal that I want some help?",
            "mind_reading",
            id="opinion-question-normal",
        ),
        pytest.param(
            "Today was full on, I am totally done.",
            "Another fight today. I'm done.",
            "stonewalling",
            id="worn-out",
        ),
        pytest.param(
            "Twelve hour shift. I'm so done.",
            "We argued all day. I'm so done.",
            "stonewalling",
            id="worn-out-shift",
        ),
        pytest.param(
            "Long day at work. I'm done.",
            "I'm done. Going to bed.",
            "stonewalling",
            id="walks-off-to-bed",
        ),
        pytest.param(
            "I'm done, thank you. Could I have the bill please?",
            "I'm done talking, thanks.",
            "stonewalling",
            id="done-with-thanks",
        ),
        pytest.param(
            "You need to take the number five bus and get off at the museum.",
            "You need to pick one and stick with it.",
            "demand",
            id="number-in-words",
        ),
        pytest.param(
            "You have to give me your ticket, sir.",
            "You need to give me some space.",
            "demand",
            id="counter-request",
        ),
        pytest.param(
            "You'd better book a table, it's always busy on Fridays.",
            "You need to do the washing up, you never do.",
            "demand",
            id="always-said-of-the-world",
        ),
        pytest.param(
            "You should have come to the party, it was great fun.",
            "You should have called, it would have been nice.",
            "demand",
            id="what-they-missed",
        ),
        pytest.param(
            "You never can tell what the kids will say.",
            "You never tell me anything.",
            "absolute",
            id="never-can-tell",
        ),
        pytest.param(
            "You never can be too careful these days.",
            "You never can just say sorry, can you?",
            "absolute",
            id="never-can-be-too-careful",
        ),
        pytest.param(
            "You've done it again! Another promotion, congratulations!",
            "You've done it again! I can't believe you forgot.",
            "absolute",
            id="congratulations",
        ),
        pytest.param(
            "Have you tried restarting the computer?",
            "have you tried journaling? it might help with the stress",
            "fixing",
            id="machine-fix",
        ),
        pytest.param(
            "You should just go for it, you'd be great.",
            "You should just relax, it's not a big deal.",
            "fixing",
            id="encouragement",
        ),
        pytest.param(
            "Why don't you just come with us? It'll be fun.",
            "Why don't you just get a job? It would be great for us.",
            "fixing",
            id="invitation",
        ),
        pytest.param(
            "What's wrong with you? You don't look well.",
            "What's wrong with you, you don't look at me when I talk.",
            "contempt",
            id="dont-look-well",
        ),
        pytest.param(
            "The week has been awful, so I'd really appreciate it if you could pick up the"
            " kids on Friday.",
            "Oh thanks for ruining dinner, really appreciate it.",
            "contempt",
            id="appreciate-it-if",
        ),
    ],
)
def test_rules_leave_everyday_use_beside_blame_in_the_same_words(
    rules_alone: nlp.Analyzer, everyday: str, blaming: str, category: str
) -> None:
    _assert_told_apart(rules_alone, everyday, blaming, category)
