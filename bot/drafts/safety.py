"""Replies to safety concerns: calm, caring, where to find help now, and never a rewrite."""

from __future__ import annotations

import nlp

CRISIS = """\
I'm really glad you told me. What you wrote sounds heavy, and you deserve support from a person \
right now — this is more than a message to reword.

<b>If you might act on these thoughts, or you're in danger now, call your local emergency \
number</b> (112 in most of Europe, 911 in North America, 999 in the UK, 000 in Australia).

<b>To talk to someone, any time:</b>
• US and Canada: call or text <b>988</b>
• UK and Ireland: Samaritans, <b>116 123</b>
• Australia: Lifeline, <b>13 11 14</b>
• Elsewhere: findahelpline.com lists free, confidential lines by country.

If you can, tell someone you trust how you're doing today. I'm here whenever you want to write."""

VIOLENCE = """\
Thank you for telling me. What you describe sounds frightening, and it is not something to \
reword or smooth over — your safety comes first.

<b>If you're in danger now, call your local emergency number</b> (112 in most of Europe, \
911 in North America, 999 in the UK, 000 in Australia).

<b>Confidential support for people in relationships that hurt or scare them:</b>
• US: National Domestic Violence Hotline, <b>1-800-799-7233</b> (or text START to 88788)
• UK: National Domestic Abuse Helpline, <b>0808 2000 247</b>
• Canada: sheltersafe.ca lists shelters and crisis lines
• Australia: 1800RESPECT, <b>1800 737 732</b>
• Elsewhere: a local women's or family-violence service, or your doctor, can help you plan.

If someone may read your phone, you can delete this chat, or turn on discreet mode in /privacy."""


# One gentle line under the usual coaching, for a draft that may hint at danger but not clearly
# (a laugh after "I'll kill myself", "walking on eggshells", a middling learned score). It
# asks nothing and assumes nothing: it only says where help is, in case it is needed.
CHECK_IN_CRISIS = (
    "<i>One more thing, just in case: if any part of this is about really not wanting to go "
    "on, you don't have to carry it alone. US and Canada: call or text 988; UK and Ireland: "
    "Samaritans, 116 123; elsewhere: findahelpline.com.</i>"
)
CHECK_IN_VIOLENCE = (
    "<i>One more thing, just in case: if you ever feel unsafe or afraid with your partner, "
    "confidential help is there. US: 1-800-799-7233; UK: 0808 2000 247; Australia: "
    "1800 737 732; elsewhere: findahelpline.com.</i>"
)


def format_safety(concern: nlp.SafetyConcern) -> str:
    """The reply for a safety concern found by the analyzer."""
    return CRISIS if concern.kind == "crisis" else VIOLENCE


def check_in_line(check_in: nlp.CheckIn) -> str:
    """The gentle line added under the coaching for a possible concern."""
    return CHECK_IN_CRISIS if check_in.kind == "crisis" else CHECK_IN_VIOLENCE
