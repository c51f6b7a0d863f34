"""A cheap guess at whether a draft is English, so Tend can say honestly what it reads.

A full language identifier would be one more model to ship; Tend only needs to tell
"probably English" from "clearly something else", and function words do that well.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
# Frequent English function words and texting forms: a real English draft of five or more
# words almost always contains at least one of them.
_ENGLISH = frozenset(
    """
    i me my mine you your yours u ur we us our he she it they them their his her this that the
    a an and or but so if when then than because cause cuz to of in on at for with about from
    by not no dont don't cant can't wont won't is are was were be been am im i'm its it's do
    does did have has had will would could should can just really never always again what why
    how who where ok okay yes yeah pls please thanks sorry love miss feel feeling
    """.split()  # noqa: SIM905 - a word list reads better as text
)


# Frequent function words of the languages Tend is most likely to be sent instead of
# English (Spanish, German, French, Portuguese, Italian, Dutch). Words shared with English
# ("me", "no", "a") are left out so they cannot tip the balance.
_OTHER = frozenset(
    """
    que el la los las y en por con una es mi tu te nunca siempre pero para eso esto muy
    und der die das nicht ich du mir nie immer ist zu wenn mich dich sie wir ein eine auch
    je et le les pas jamais toujours est ne mais moi toi avec pour une des du sur
    voce você nao não sempre nunca com uma isso muito
    che il non sei mai sempre ma mio tuo sono della
    ik je jij niet nooit altijd en het een maar mijn
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def is_probably_english(text: str) -> bool:
    """True unless the text is clearly written in another language or script."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return True  # emoji, numbers, punctuation: nothing to judge, let the analyzer answer
    latin = sum(1 for ch in letters if "LATIN" in unicodedata.name(ch, ""))
    if latin / len(letters) < 0.5:
        return False
    words = [w.lower() for w in _WORD.findall(text)]
    english = sum(1 for w in words if w in _ENGLISH)
    other = sum(1 for w in words if w in _OTHER and w not in _ENGLISH)
    # Only a clear lead of another language's function words counts: a false
    # "not English" on a shopping list would be unkind.
    return not (other >= 2 and other > english)


def has_visible_text(text: str) -> bool:
    """False for text made only of spaces, control and zero-width characters."""
    return any(not ch.isspace() and unicodedata.category(ch) not in {"Cc", "Cf"} for ch in text)
