"""What each pattern is called, and the longer "Why?" card for it."""

from __future__ import annotations

from collections.abc import Sequence

LABELS: dict[str, str] = {
    "absolute": "always/never",
    "blame": "blame",
    "mind_reading": "mind reading",
    "labeling": "a label",
    "contempt": "contempt",
    "demand": "a demand",
    "defensiveness": "defensiveness",
    "stonewalling": "shutting down",
    "threat": "an ultimatum",
    "fixing": "fixing",
}

# Most serious first: the headline of a reply names the first one present.
SEVERITY = (
    "threat",
    "contempt",
    "labeling",
    "blame",
    "mind_reading",
    "defensiveness",
    "stonewalling",
    "absolute",
    "demand",
    "fixing",
)

HEADLINES: dict[str, str] = {
    "threat": "This draft may land as an ultimatum.",
    "contempt": "This draft may land as contempt, which is hard to hear past.",
    "labeling": "This draft may land as a judgement of who they are.",
    "blame": "This draft may land as blame.",
    "mind_reading": "This draft may land as guessing their motives.",
    "defensiveness": "This draft may land as defensive.",
    "stonewalling": "This draft may land as shutting the conversation down.",
    "absolute": "This draft may land as criticism.",
    "demand": "This draft may land as an order rather than a request.",
    "fixing": "This draft may land as advice when they wanted to be heard.",
}

_COMPLAINT_VS_CRITICISM = (
    'A <b>complaint</b> is about one situation and how it felt ("I felt alone at dinner"). '
    '<b>Criticism</b> is about the person ("you never care"). The first invites a fix; '
    "the second invites a defence."
)
_I_STATEMENT = (
    "An <b>I-statement</b> — what happened, how you felt, what you'd like — "
    "is easier to hear, and it keeps your point."
)

WHY: dict[str, str] = {
    "absolute": (
        '<b>Why "always" and "never" backfire</b>\n'
        "They turn one moment into a verdict on the whole relationship, and the easiest reply "
        "is to find the one time it wasn't true. The real point gets lost in the argument about "
        "counting.\n\n" + _COMPLAINT_VS_CRITICISM
    ),
    "blame": (
        "<b>Why blame is hard to hear</b>\n"
        '"You made me…" puts the whole weight on one side, so the other person has to defend '
        "themselves before they can listen.\n\n" + _I_STATEMENT
    ),
    "mind_reading": (
        "<b>Why guessing motives hurts</b>\n"
        'Telling someone what they think or want ("you don\'t care") leaves them no room but '
        "to deny it. Saying what you noticed and asking is more likely to get a real answer."
    ),
    "labeling": (
        "<b>Why labels sting</b>\n"
        'A word like "selfish" describes a person, not a moment, and people defend who they '
        "are harder than anything they did.\n\n" + _COMPLAINT_VS_CRITICISM
    ),
    "contempt": (
        "<b>Why contempt is the one to watch</b>\n"
        'Mockery, insults and eye-rolling words say "I\'m above you". Couples researchers '
        'count contempt among the "four horsemen" (with criticism, defensiveness and '
        "stonewalling) that wear a relationship down the most. Underneath it there is usually "
        "a real hurt worth saying plainly."
    ),
    "demand": (
        "<b>Why demands meet resistance</b>\n"
        '"You need to…" sounds like an order, and orders invite pushback. A request says '
        "what you'd like and leaves them free to say yes."
    ),
    "defensiveness": (
        "<b>Why defending doesn't settle it</b>\n"
        'Counter-attacks ("well, you do it too") and excuses feel like protection, but they '
        "tell the other person they weren't heard. Owning even a small part often calms "
        "things faster than being right."
    ),
    "stonewalling": (
        "<b>Why shutting down makes it worse</b>\n"
        '"Whatever" or "I\'m done" often means "I\'m overwhelmed". Saying that, and when '
        "you'll come back to it, gives you both a real break instead of a wall."
    ),
    "threat": (
        "<b>Why ultimatums rarely work</b>\n"
        "Under pressure people either give in and resent it, or dig in. Naming what you need "
        "and where your limit is, without a countdown, keeps the door open."
    ),
    "fixing": (
        "<b>Why advice can feel like not listening</b>\n"
        'When someone shares a feeling, a quick solution can say "stop feeling this". '
        "Reflecting back what you heard, and asking whether they want ideas or just an ear, "
        "usually helps more. /listen has a short guide."
    ),
}


def label(category: str) -> str:
    """A friendly name for a category (falls back to the raw name for unknown ones)."""
    return LABELS.get(category, category.replace("_", " "))


def most_serious(categories: Sequence[str]) -> str:
    """The category that decides the headline."""
    present = set(categories)
    return next((c for c in SEVERITY if c in present), categories[0] if categories else "absolute")
