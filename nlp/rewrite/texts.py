"""Every user-facing sentence nlp/ produces, in one place for review (and later translation).

Explanations talk about the draft, never about the person. Suggestion frames are filled in by
nlp/rewrite/suggestions.py; none of them may contain a phrase the patterns flag (a test
re-analyses them).
"""

from __future__ import annotations

from dataclasses import dataclass

from nlp import vocabulary
from nlp.results import Category

SLOT = "[what happened]"
"""Stands where a concrete moment belongs; the bot asks for it and replaces the slot.

It reads well as a clause ("you cancelled dinner") or a noun phrase ("last night")."""

# The line under each flagged phrase lives with the rest of the category's words in
# nlp/patterns/categories.json.
EXPLANATIONS: dict[Category, str] = {c.id: c.explanation for c in vocabulary.categories()}


@dataclass(frozen=True, slots=True)
class Topic:
    """What a complaint is about: the words that signal it and a doable request.

    Requests name no concrete thing of their own (phones, money, chores): `request_about`
    is filled with the draft's own words for the topic, `request` is the generic version.
    """

    name: str
    keys: frozenset[str]
    request: str
    """Completes "Could we …?" and "I'd like us to …"."""
    request_about: str = ""
    """Like `request`, with "{0}" where the draft's own noun phrase goes ("the dishwasher")."""
    about_keys: frozenset[str] = frozenset()
    """The keys whose phrase fits `request_about` (empty: every key). "Share the dishes"
    reads well; "share the kitchen", "share a baby" do not, and get the generic request."""


def _topic(
    name: str,
    keys: str,
    request: str,
    request_about: str = "",
    about: str = "",
) -> Topic:
    return Topic(
        name,
        frozenset(keys.split()),
        request,
        request_about,
        frozenset(about.split()),
    )


# Order matters only as a tie-break: the topic whose word comes first in the draft wins.
TOPICS: tuple[Topic, ...] = (
    _topic(
        "listening",
        "listen listening listened hear heard interrupt interrupting interrupts ignore ignored "
        "ignoring reply replied answer ask asked talk talking tell told sentence subject texts "
        "text texting message messages call calls calling",
        "find a time to talk when we can both really listen",
        "talk about {0} when we can both really listen",
    ),
    _topic(
        "chores",
        "dishes dish dishwasher laundry washing trash garbage bin bins recycling clean cleaning "
        "mess messy cook cooking cooked groceries shopping hoover vacuum chores housework tidy "
        "kitchen sink bathroom floor clothes socks towel towels mugs cup cups plate plates "
        "flat house lights shelf fridge stove oven toilet duvet boxes hallway shoes",
        "work out together a way that feels fair to both of us",
        "share {0} in a way that feels fair to both of us",
        "dishes dish dishwasher laundry washing trash garbage bin bins recycling cleaning cooking "
        "groceries shopping hoover hoovering vacuum vacuuming chores housework",
    ),
    _topic(
        "kids",
        "kids kid baby children child son daughter school bedtime homework nappies diapers "
        "recital pickup swimming",
        "work out together how we share this",
        "work out together how we share {0}",
        "school bedtime homework nappies diapers pickup pickups swimming",
    ),
    _topic(
        "money",
        "money spending spent bills bill rent budget debt credit card overdraft deposit "
        "tax insurance charge broke takeout takeaway account savings loan",
        "sit down together and look at it",
        "sit down together and look at {0}",
    ),
    _topic(
        "plans",
        "late forgot forget forgotten plans plan anniversary birthday calendar cancel cancelled "
        "promise promised reservation restaurant flight train trip holiday dentist",
        "check in with each other a bit earlier next time",
        "check in about {0} a bit earlier next time",
    ),
    _topic(
        "attention",
        "phone phones work office job friends mates games gaming xbox football match tv pub "
        "couch garage drinking weekend weekends evenings",
        "set aside some time this week for the two of us",
    ),
    _topic(
        "family",
        "mum mom mother dad father parents sister brother family grandma ex side wedding "
        "christmas boss",
        "talk about how we can handle this as a team",
        "talk about {0} and how we can handle it as a team",
    ),
    _topic(
        "trust",
        "lie lied lying lies truth trust honest secret secrets",
        "talk openly about what happened, so I can feel steady again",
    ),
    _topic(
        "home_safety",
        "lock locked door keys gate car petrol tyres dog cat",
        "agree on how we both handle this from now on",
        "agree on how we both handle {0} from now on",
    ),
)
# A complaint that names no feeling ("you left the garage door open", "Missed the 7:15
# ferry. Brilliant."): the plain word the writer would use, never a guess (frames.feeling).
PLAIN_FEELING = "frustrated"
# A feeling the draft says in other words, never a guess from its topic: "you clearly don't
# care" is feeling unimportant, "you never listen" unheard, "I'm the only one who …" worn
# out. Blind readers preferred these words to the plain one where the draft said as much
# (sets 17-19: "my opinion counts for nothing", "If you'd just listened to me", "If you
# actually cared"); guessed from a topic, they were invented. "On my own" is as often effort
# as loneliness, and is not read.
IMPLIED_FEELINGS: tuple[tuple[str, str], ...] = (
    (
        "unimportant",
        r"\b(?:you|u)\s+(?:clearly\s+|obviously\s+|just\s+|really\s+)?(?:do|does)\s*n['’]?t\s+"
        r"(?:even\s+)?care\b|\bif\s+(?:you|u)\s+(?:actually\s+|really\s+|even\s+)?cared\b"
        r"|\bwhere\s+(?:i|we)\s+(?:rank|stand)\b|\bcounts?\s+for\s+nothing\b"
        r"|\b(?:not|never|isn['’]?t)\s+a\s+priority\b|\ban\s+afterthought\b",
    ),
    (
        "unheard",
        r"\b(?:you|u)(?:['’]d)?\s+(?:\w+\s+){0,2}(?:listen|listened|listening|hear\s+me)\b"
        r"|\b(?:ignore|ignores|ignored|ignoring)\s+me\b|\bleft\s+(?:me\s+)?on\s+read\b",
    ),
    (
        "worn out",
        r"\b(?:i['’]?m|i\s+am|being)\s+(?:\w+\s+)?the\s+only\s+one\s+who\b"
        r"|\bi\s+(?:literally\s+|basically\s+)?do\s+everything\b"
        r"|\bi(?:['’]?m|\s+am)\s+(?:literally\s+|basically\s+)?doing\s+everything\b",
    ),
)
DEFAULT_TOPIC = Topic(
    "default",
    frozenset(),
    "talk about it when we both have a quiet moment",
    "talk about {0} when we both have a quiet moment",
)

# The first suggestion, a small edit of the draft (nlp/rewrite/minimal.py): the user's
# clean sentences as written, what happened said once inside the feeling, then the ask.
EDIT_FEEL_WHEN = "I feel {feeling} when {observation}."
EDIT_FELT_WHEN = "I felt {feeling} when {observation}."
EDIT_FEEL_BECAUSE = "I feel {feeling} because {observation}."
EDIT_FEEL_THAT = "I feel {feeling} that {observation}."
EDIT_FEELING_ABOUT = "I've been feeling {feeling} about it."
EDIT_FEELING_PLAIN = "I've been feeling {feeling}."
EDIT_ASK = "Could we talk about it tonight?"
EDIT_ASK_YOU = "Could you {0}?"
# A rhetorical question about a simple act ("would it kill you to call?", "is it really that
# hard to reply to a text?") said as the wish it hides; "is it too much to ask for a thank
# you?" as the thing asked for.
EDIT_WISH_ACT = "It would mean a lot to me if you'd {act}."
EDIT_APPRECIATE = "I'd really appreciate {thing}."

# Complaint: three approaches, not three frames of one sentence. Gentle: the feeling first,
# then a small request. Direct: the ask first, the reason in one short sentence after it.
# A question: open the subject and ask for their side before saying more.
GENTLE = "I've been feeling {feeling}{observation}. {request}"
DIRECT = "{request_direct} I feel {feeling}{observation}."
DIRECT_PAST = "{request_direct} I felt {feeling}{observation}."
QUESTION_ABOUT = (
    "Can we talk about {about}? I've been feeling {feeling}{observation}, and I'd like to hear "
    "how you see it."
)
QUESTION_OPEN = (
    "Can we talk? I've been feeling {feeling}{observation}, and I'd like to hear how you see it."
)
# The question when the draft asks for something or wishes it had gone otherwise: the ask
# (or the wish) stays in it, since it carries what the draft is about.
QUESTION_ASK = (
    "Can we talk? I've been feeling {feeling}{observation}, and I wonder if you could {ask}. "
    "I'd like to hear how you see it."
)
QUESTION_WISH = (
    "Can we talk? I've been feeling {feeling}{observation}. {wish} I'd like to hear how you see it."
)
# The question after an ultimatum's need: the need stays, the how is asked, not set.
NEED_QUESTION = "Could we talk about what would make that possible?"
# An ultimatum with no need of its own: the topic rides on the feeling, never dropped.
NEED_VAGUE_FELT = (
    "I've been feeling {feeling}{observation}, and I'd like something between us to change."
)
# The direct version's ask when the draft's topic gives no request of its own.
REQUEST_WE_SOON = "Could we talk tonight?"
# A plain form: the feeling, then the partner's idea.
QUESTION = "I'm feeling {feeling}{observation}. What do you think would help?"
# What a rewrite falls back to when a sentence it built fails the fluency gate
# (nlp/rewrite/fluency.py): fixed words around the draft's own topic, so always plain English.
SAFE_TOPIC = "I've been feeling {feeling} about {topic}. Could we talk about it tonight?"
SAFE_PLAIN = "I've been feeling {feeling}. Could we talk about it tonight?"
CONNECT_PRESENT = " when {0}"
CONNECT_PAST = " since {0}"
CONNECT_FACT = " because {0}"
CONNECT_ABOUT = " about {0}"
CONNECT_SLOT = " since " + SLOT
CONNECT_THIS = " about this"
REQUEST_WE = "Could we {0}?"
REQUEST_WE_DIRECT = "I'd like us to {0}."
REQUEST_YOU = "Could you {0}?"
REQUEST_YOU_DIRECT = "I'd really appreciate it if you could {0}."
# Threat: the need and a limit, without a condition or a consequence.
NEED = "I need you to {0}."
NEED_NOT = "I need you not to {0}."
# Not "I need things to change.": the encoder tuned in session 8 reads it, beside "I felt worn
# down when …", as a crisis disclosure.
NEED_VAGUE = "I'd like something between us to change."
LIMIT = "I'm not okay with how things are, and I want us to sort it out together."
# Defensiveness: own a part first.
OWN_GENERIC = "I can see my part in this, and I'm sorry."
OWN_SORRY_THAT = "I'm sorry {0}."
OWN_SORRY_ABOUT = "I can see my part in this, and I'm sorry about {0}."
OWN_ALSO = "I've also been feeling {feeling}{observation}."
OWN_CLOSE = "Could we talk it through and find a way that works for both of us?"
OWN_DIRECT = "I hear you, and I own my part."
OWN_DIRECT_CLOSE = "I'd like to understand how it was for you, and then share my side."
OWN_SHORT = "I'm sorry for my part. Can we start again?"
# Defensiveness around a fact the user stands by ("I work 50 hours a week"): keep the fact,
# hear the other side.
OWN_FACT = "I hear that you'd like more from me, and I want to understand what would help."
OWN_DIRECT_FACT = "I want to get this right with you."
OWN_FACT_SHORT = "What would help most from me right now?"
# Fixing: reflect the feeling, then ask whether they want ideas or an ear.
REFLECT = "That sounds {0}."
HEAR_ABOUT = "I hear you about {0}."
FIX_ASK = "Do you want ideas right now, or would it help more if I listen?"
FIX_OFFER = "If an idea would help, what about {0}?"
FIX_HERE = "I'm here. I can listen, or we can think it through together{0}."
FIX_IDEA_INLINE = ", maybe {0}"
FIX_SHORT = "Want an ear, or ideas{0}?"
FIX_IDEA_SHORT = " like {0}"
REFLECTIONS: dict[str, str] = {
    word: reflection
    for reflection, words in {
        "exhausting": "exhausted tired sleep shifts",
        "really stressful": "stressed stress stressing anxiety anxious money",
        "nerve-racking": "nervous interview presentation",
        "lonely": "lonely alone left out drifting missing",
        "really heavy": "miserable down sad",
        "overwhelming": "overwhelmed move",
        "upsetting": "upset upsetting mean guilt bothering",
        "rough": "annoy annoying credit rough badly",
        "frustrating": "bored",
    }.items()
    for word in words.split()
}
DEFAULT_REFLECTION = "really hard"
# Stonewalling: a pause, and a promise to come back. No time or reason of Tend's own: blind
# readers marked "in 30 minutes" and "so I don't say something I'll regret" as invented.
PAUSE = "I need a pause before we keep talking{about}. Can we come back to it a bit later?"
PAUSE_FLOODED = (
    "I want to answer you properly, and I can't just now. Could we talk{about} again later?"
)
PAUSE_SHORT = "I need a little time first, then I'd like to talk{about} again."
PAUSE_ABOUT = " about {0}"
# Used when a rewrite would not come back clean: no draft words, so always clean.
SAFE_FALLBACKS = (
    "I've been feeling hurt since " + SLOT + ". Could we talk about it when we both have a "
    "quiet moment?",
    "I feel hurt about " + SLOT + ", and I'd like us to talk it through.",
)

# "Make it mine": the user picks the feeling and the ask; Tend composes the I-statement.
MINE_FEELINGS = (
    "hurt",
    "lonely",
    "worn out",
    "frustrated",
    "worried",
    "unimportant",
    "scared",
    "sad",
)
MINE_FRAME = "I've been feeling {feeling}{observation}. {ask}"
MINE_HEARD = ("Just to be heard", "I'm not asking you to fix anything. I'd like you to hear me.")
MINE_TALK = ("Talk it through tonight", "Could we talk about it tonight?")
MINE_TOPIC = ("Work it out together", "Could we {0}?")
MINE_REQUEST = ("Ask: {0}", "Could you {0}?")
MINE_NEED = ("Say what I need", "I need you to {0}.")
MINE_NEED_NOT = ("Say what I need", "I need you not to {0}.")
MINE_TIME = ("Time for the two of us", "Could we set aside some time this week for the two of us?")
MINE_TELL = ("Hear how it is for them", "Could you tell me how it is for you?")
MINE_START_AGAIN = ("Start again", "I'm sorry for my part. Could we start again?")
MINE_PAUSE = ("A pause, then talk", "Could we take a break and come back to it in 30 minutes?")
MINE_LABEL_MAX = 32
