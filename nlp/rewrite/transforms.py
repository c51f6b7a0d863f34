"""Clause-level rewrites: take the attack out of a flagged clause and keep its facts.

Each function works on a list of `Tok` (see nlp/rewrite/grammar.py) and knows the pattern ids
from the pattern files, so "you never do the dishes" becomes "you don't do the dishes" and "you
made me late" becomes "I was late".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

from nlp import lexicon
from nlp.rewrite import grammar
from nlp.rewrite.facts import Observation, Reading, noun_phrases
from nlp.rewrite.grammar import Tok, new

Pred = Callable[[Tok], bool]

FILLERS = frozenset(
    {"also", "and", "but", "so", "honestly", "ugh", "lol", "btw", "hey", "well", "oh", "wow",
     "seriously", "god", "omg", "babe", "like", "ok", "okay", "yeah", "then", "plus", "now", "tbh",
     "smh", "tho", "though", "anyway", "again", "either", "too", "right", "literally", "actually",
     "just", "even", "ever", "really", "obviously", "clearly", "apparently", "basically", "lmao",
     "fr", "srsly", "ffs", "jeez", "k", "kk", "yep", "look", "listen", "dude",
     "exactly", "guess", "sometimes", "mate", "bro", "bruh", "hun", "hon", "babes", "kindly",
     "please", "pls", "plz"}
)  # fmt: skip
SOFTENERS = frozenset(
    {"always", "constantly", "continually", "perpetually", "even", "ever", "just",
     "literally", "actually", "obviously", "clearly", "apparently", "honestly", "seriously",
     "deliberately", "intentionally", "exactly", "again", "basically", "totally", "tbh", "smh"}
)  # fmt: skip
_AUX = frozenset(lexicon.load_json("lexicon.json")["aux"]) | {"do", "does", "did"}
_PAST_AUX = frozenset({"didn't", "wasn't", "weren't", "hadn't", "did", "was", "were", "had"})
_COMMON_START = frozenset(
    {"you", "you're", "we", "it", "it's", "the", "my", "your", "our", "this", "that"}
)
_VAGUE = frozenset(
    {"this", "that", "it", "everything", "anything", "nothing", "so", "things", "stuff"}
)
# Words that say nothing concrete on their own: "you do this", "you came".
_LIGHT = frozenset(
    {"do", "did", "does", "not", "n't", "are", "is", "be", "have", "'re", "'s", "say", "said",
     "don't", "didn't", "can't", "'m", "am", "was", "were", "came", "come", "went", "go", "got",
     "get", "made", "make", "done"}
)  # fmt: skip
_TIRED_LEAD = frozenset(
    {"i", "'m", "am", "m", "so", "really", "tired", "sick", "fed", "up", "just"}
)
_WITH_BE = frozenset({"you're", "i'm", "we're", "it's", "they're", "that's", "he's", "she's"})
_BE = frozenset({"are", "'re", "is", "'s", "was", "were", "am", "'m", "r"})
# Subjects a bare "… and it's" clause keeps once its label is taken out.
_BARE_SUBJECTS = frozenset({"it", "that", "this", "which", "he", "she", "they"})
# "you'll never" -> "you won't": a clitic turns into a word of its own (leading space).
_CLITIC_NOT = {
    "'re": "'re not", "'m": "'m not", "'s": "'s not", "'ll": " won't", "'d": " wouldn't",
    "'ve": " haven't", "’re": "'re not", "’ll": " won't", "’ve": " haven't", "’d": " wouldn't",
}  # fmt: skip


def index(toks: list[Tok], pred: Pred, start: int = 0) -> int:
    return next((i for i in range(start, len(toks)) if pred(toks[i])), -1)


def norm_in(*words: str) -> Pred:
    allowed = frozenset(words)
    return lambda t: t.norm in allowed or t.lower in allowed


def strip_edges(toks: list[Tok]) -> list[Tok]:
    """No discourse words, emoji or punctuation at either end; no softeners inside."""
    # "once again", "yet again": the "once" and "yet" go with the "again" ("the bins were
    # once again not taken out" never becomes "were once not taken out").
    toks = [
        t
        for k, t in enumerate(toks)
        if not (t.norm in {"once", "yet"} and toks[k + 1 : k + 2] and toks[k + 1].norm == "again")
    ]
    toks = [t for t in toks if t.norm not in SOFTENERS or t.i == -1]
    while toks and (not toks[0].text[:1].isalnum() or toks[0].norm in FILLERS):
        toks = toks[1:]
    while toks and (not toks[-1].text[-1:].isalnum() or toks[-1].norm in FILLERS):
        if _last_verb(toks):
            break
        toks = toks[:-1]
    if len(toks) > 2 and _called_by_name(toks[0], toks[1]):
        toks = toks[1:]
    return toks


# Discourse words that are also verbs: "listen, …" opens a sentence, "you never listen" ends one.
_FILLER_VERBS = frozenset({"listen", "look"})


def _last_verb(toks: list[Tok]) -> bool:
    """ "you don't listen": the last word is the clause's verb, not a filler."""
    last = toks[-1]
    return len(toks) > 1 and last.norm in _FILLER_VERBS and last.tag.startswith("VB")


_ADDRESSED = frozenset({"you", "your", "you're", "u", "ur", "i", "i'm", "i've", "we"})


def _called_by_name(first: Tok, then: Tok) -> bool:
    """ "Marlon you took the car …", "Jess I'm telling you …": a name said to the partner with
    no comma after it; read as part of the clause it makes "when Jess I'm telling you"."""
    # The capital is gone by now (a sentence's first word is lowercased when the tagger took
    # it for a common noun), so the shape decides: a bare noun, then the one spoken to.
    noun = first.tag in {"NN", "NNP", "NNPS"} and first.text.isalpha() and len(first.text) > 1
    common = first.norm in STOP_WORDS or first.norm in lexicon.words("time")
    return noun and not common and then.norm in _ADDRESSED


def observation(toks: list[Tok]) -> Observation:
    toks = _without_everything(drop_phrases(strip_edges(toks), [("of", "course")]))
    toks = _without_quoted(_without_purpose(_without_only(without_seeming(toks))))
    toks = _without_bare_copula(strip_edges(toks))
    toks = neutral(toks)
    if (
        toks
        and toks[0].text[:1].isupper()
        and toks[0].text != "I"
        and toks[0].norm in _COMMON_START
    ):
        toks = [grammar.with_text(toks[0], toks[0].text.lower()), *toks[1:]]
    toks = _when_first(drop_tired_of(toks))
    verbs = [t for t in toks if t.tag.startswith(("VB", "MD")) or t.norm in _AUX | _PAST_AUX]
    head = verbs[0] if verbs else None
    past = head is not None and (head.norm in _PAST_AUX or grammar.is_past(head.text, head.tag))
    partner = any(t.norm in {"you", "you're"} for t in toks)
    return Observation(grammar.render(toks), past, partner)


def drop_tired_of(toks: list[Tok]) -> list[Tok]:
    """ "I'm so tired of you not helping" -> "you not helping": the frame names the feeling."""
    at = index(toks, norm_in("of", "with"))
    lead = {t.norm for t in toks[:at]} if 0 < at <= 5 else set()
    if lead & {"tired", "sick", "fed"} and lead <= _TIRED_LEAD and at + 1 < len(toks):
        rest = toks[at + 1 :]
        if rest[0].norm == "you" and len(rest) > 2 and rest[1].norm == "not":
            verb = rest[2]
            return [
                rest[0],
                new("don't"),
                grammar.with_text(verb, grammar.verb_lemma(verb.text)),
                *rest[3:],
            ]
        return rest
    return toks


def _when_first(toks: list[Tok]) -> list[Tok]:
    """ "you're on your phone when I'm talking" -> "I'm talking and you're on your phone"."""
    at = index(toks, norm_in("when"), 2)
    if at < 0 or toks[0].norm not in {"you", "you're"} or at + 1 >= len(toks):
        return toks
    after = toks[at + 1 :]
    if after[0].norm not in {"i", "i'm", "we"} or any(t.norm == "when" for t in after):
        return toks
    return [*after, new("and"), *toks[:at]]


_POINTING = frozenset({"literally", "actually", "honestly", "basically", "seriously", "just"})


def negate(toks: list[Tok], at: int) -> list[Tok]:
    """Replace "never" at `at`: "you never listen" -> "you don't listen"."""
    before, after = toks[:at], toks[at + 1 :]
    after = [t for t in after if t.norm not in {"once", "ever", "even", "really", "just"}]
    # "ur literally never on time": the intensifier goes, and "you're" is what gets negated.
    while before and before[-1].norm in _POINTING:
        before = before[:-1]
    if before and before[-1].norm == "you're":
        return [*before[:-1], grammar.with_text(before[-1], "you're not"), *after]
    if before and (before[-1].norm in grammar.NEGATED_AUX or before[-1].lower in _CLITIC_NOT):
        return [*before[:-1], negated(before[-1]), *after]
    if not after:
        return before
    verb = after[0]
    if verb.tag == "VBG" and not (before and before[-1].norm in {"you", "we", "i", "they"}):
        return [*before, new("not"), *after]  # "… of you never helping" -> "… not helping"
    if verb.norm in _BE:
        return [
            *before,
            grammar.with_text(verb, grammar.NEGATED_AUX.get(verb.norm, verb.text)),
            *after[1:],
        ]
    lemma = grammar.verb_lemma(verb.text)
    if grammar.is_past(verb.text, verb.tag):
        aux = "didn't"
    elif verb.tag == "VBZ":
        aux = "doesn't"
    else:
        aux = "don't"
    return [
        *before,
        new(aux, "VBD" if aux == "didn't" else "VBP"),
        grammar.with_text(verb, lemma),
        *after[1:],
    ]


def negated(aux: Tok) -> Tok:
    """ "do" -> "don't", "'ll" -> " won't" (a clitic becomes a word of its own)."""
    if aux.text[:1] in "'’":
        return grammar.with_text(aux, _CLITIC_NOT.get(aux.lower, aux.text + " not"))
    return grammar.with_text(aux, grammar.NEGATED_AUX.get(aux.norm, aux.text + " not"))


def question_to_statement(toks: list[Tok]) -> list[Tok]:
    """ "why do you always leave X" -> "you always leave X"; "why are you late" -> "you are …";
    "why do I always have to remind you" -> "I have to remind you"."""
    start = index(toks, norm_in("why", "how"))
    you = index(toks, norm_in("you", "u", "i"), start + 1) if start >= 0 else -1
    if start < 0 or you < 0 or you - start > 4:
        return toks
    if any(t.text[:1].isalnum() and t.norm not in FILLERS for t in toks[:start]):
        # "not once did you ask how I was": an embedded "how", not a question to undo.
        return toks
    middle = [t for t in toks[start + 1 : you] if t.norm not in {"come"}]
    auxes = [t for t in middle if t.norm in _AUX or t.norm == "not"]
    kept = [t for t in auxes if t.norm not in {"do", "does", "did"}]
    if any(t.norm == "not" for t in auxes) and not kept:
        kept = [new("don't")]
    elif any(t.norm == "not" for t in auxes):
        kept = [negated(kept[0])]
    if len(kept) == 1 and kept[0].norm in {"are", "'re"} and toks[you].norm != "i":
        return [*toks[:start], grammar.with_text(toks[you], "you're"), *toks[you + 1 :]]
    return [*toks[:start], toks[you], *kept, *toks[you + 1 :]]


def drop_phrases(toks: list[Tok], phrases: list[tuple[str, ...]]) -> list[Tok]:
    for phrase in phrases:
        n = len(phrase)
        i = 0
        while i + n <= len(toks):
            if tuple(t.norm for t in toks[i : i + n]) == phrase:
                toks = toks[:i] + toks[i + n :]
            else:
                i += 1
    return toks


# How much something weighs with the partner, said as a fact ("my family means nothing to
# you", "your hobbies matter more than our savings", "football always comes first"): a
# verdict on their priorities. "… doesn't seem to matter" is the edit's own softened form.
_WEIGHED = re.compile(
    r"\b(?:means?|meant) (?:nothing|little|less|more|everything)\b"
    r"|\b(?:matters?|mattered|counts?|counted) (?:more|less|most|nothing)\b"
    r"|\b(?:more|less) important (?:to you )?than\b"
    r"|\bcomes? (?:first|second|last)(?: (?:with|to|for) (?:you|u))?[.!?]*$"
    r"|\b(?:doesn't|don't|does not|do not|never) (?:matter|count)(?: (?:to|for) \w+)?[.!?]*$"
)


def weighs(text: str) -> bool:
    """Whether `text` is a verdict on what matters to the partner, not something that
    happened."""
    lower = text.lower()
    return bool(_WEIGHED.search(lower)) and "seem" not in lower


# The partner's priorities, said as fact, said as how it seems to the writer (the form the
# "doesn't matter to you" rule already takes): the things stay, the verdict is theirs.
_OWNED = r"(?P<subject>(?:my|your|our|the|his|her|their)\b[\w'’ ]*?)"
_HEDGES = r"(?: (?:always|just|obviously|clearly|apparently))*"
_AS_IT_SEEMS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(_OWNED + _HEDGES + r" (?P<verb>means?|meant) (?:nothing|little|so little)"
                   r"(?: to (?:you|u))?$"),
        "doesn't seem to matter",
        "don't seem to matter",
    ),
    (
        re.compile(_OWNED + _HEDGES + r" (?:(?P<verb>does|do)n't|(?P<verb2>does|do) not|never)"
                   r" (?:matter|count)(?: to (?:you|u))?$"),
        "doesn't seem to matter",
        "don't seem to matter",
    ),
    (
        re.compile(_OWNED + _HEDGES + r" (?P<verb>matters?|counts?)"
                   r" (?P<rest>(?:more|less) than .+)$"),
        "seems to matter {rest}",
        "seem to matter {rest}",
    ),
    (
        re.compile(_OWNED + _HEDGES + r" (?P<verb>comes?) first(?: with (?:you|u))?$"),
        "seems to come first",
        "seem to come first",
    ),
)  # fmt: skip


def as_it_seems(text: str) -> str | None:
    """ "my family means nothing to you" -> "my family doesn't seem to matter"; "your hobbies
    matter more than our savings" -> "… seem to matter more than our savings"; None when the
    verdict has no thing of its own to keep ("that means nothing")."""
    for pattern, singular, plural in _AS_IT_SEEMS:
        found = pattern.match(text.strip().rstrip(".!?").lower())
        if found is None:
            continue
        verb = found.group("verb") or found.groupdict().get("verb2") or ""
        one = verb.endswith("s") or verb == "meant"
        said = (singular if one else plural).format(rest=found.groupdict().get("rest") or "")
        subject = text.strip()[: len(found.group("subject"))]
        return f"{subject} {said}"
    return None


def keep(reading: Reading, toks: list[Tok]) -> bool:
    """Add the clause as an observation unless nothing concrete is left in it."""
    toks = strip_edges(without_seeming(drop_phrases(toks, _ASIDES)))
    toks = _after_disbelief(toks)
    if any(t.i in reading.banned for t in toks):
        return False
    if _prohibition(toks) or guess(toks) or (toks and toks[0].tag == "VB"):
        return False  # an order ("don't bother …", "stop being …") is not something that happened
    content = [t for t in toks if t.text[:1].isalnum() and t.norm not in {"you", "i", "we", "me"}]
    light = _VAGUE | _LIGHT
    if not content or all(t.norm in light or t.lower in light for t in content):
        return False
    if not any(_verb_like(t) for t in toks):
        # A fragment ("not once in six years" -> "in six years") qualifies the moment
        # before it; on its own it would dangle after "and".
        if reading.observations and toks[0].tag == "IN":
            before = reading.observations[-1]
            text = f"{before.text} {grammar.render(toks)}"
            reading.observations[-1] = Observation(text, before.past, before.about_partner)
            return True
        return False
    seen = observation(toks)
    if all(w.lower().strip(".,!?") in _VAGUE | {"i", "you", "we"} for w in seen.text.split()):
        return False  # "I'm sick of it" -> "it": nothing left to observe
    if weighs(seen.text):
        softened = as_it_seems(seen.text)
        if softened is None:
            return False  # a verdict with no thing of its own
        seen = Observation(softened, seen.past, seen.about_partner)
    reading.observations.append(seen)
    return True


# Loaded words for plain actions: the fact stays, the sneer goes ("blow your pay").
_NEUTRAL_VERBS = {
    "blow": "spend", "moan": "complain", "whinge": "complain", "whine": "complain",
    "nag": "remind", "blast": "play", "blare": "play", "slam": "bang", "stink": "smell",
    "storm": "walk", "sulk": "go quiet", "snore": "sleep", "waste": "spend", "splurge": "spend",
}  # fmt: skip


# Loaded nouns for a plain state: "the kitchen is a tip" -> "the kitchen is a mess".
_NEUTRAL_NOUNS = {
    "tip": "mess", "pigsty": "mess", "dump": "mess", "shambles": "mess", "dumpster": "mess",
    "sty": "mess",
}  # fmt: skip
_NEUTRAL_PHRASES: list[tuple[tuple[str, ...], str]] = [
    (("open", "my", "mouth"), "speak"),
    (("opens", "my", "mouth"), "speak"),
]


def neutral(toks: list[Tok]) -> list[Tok]:
    """The fact without the sneer: "blow your pay" -> "spend your pay", "a tip" -> "a mess"."""
    for phrase, word in _NEUTRAL_PHRASES:
        n = len(phrase)
        for i in range(len(toks) - n + 1):
            if tuple(t.norm for t in toks[i : i + n]) == phrase:
                toks = [*toks[:i], grammar.with_text(toks[i], word), *toks[i + n :]]
                break
    out: list[Tok] = []
    for i, tok in enumerate(toks):
        if i > 0 and toks[i - 1].norm in {"a", "an"} and tok.norm in _NEUTRAL_NOUNS:
            if toks[i - 1].norm == "an":
                out[-1] = grammar.with_text(toks[i - 1], "a")
            out.append(grammar.with_text(tok, _NEUTRAL_NOUNS[tok.norm]))
            continue
        lemma = grammar.verb_lemma(tok.text)
        plain = _NEUTRAL_VERBS.get(lemma) if tok.tag.startswith("VB") or not tok.tag else None
        nxt = toks[i + 1].norm if i + 1 < len(toks) else ""
        if lemma == "refuse" and nxt == "to":
            # "you refuse to see a doctor" -> "you won't see a doctor"
            out.append(grammar.with_text(tok, "wouldn't" if grammar.is_past(tok.text) else "won't"))
            toks[i + 1] = grammar.with_text(toks[i + 1], "")
            continue
        if plain is None:
            out.append(tok)
            continue
        head, *rest = plain.split()
        form = grammar.inflect(head, tok.tag) if tok.tag in _INFLECTED else head
        if tok.tag == "VBP" or (not tok.tag and tok.lower == lemma):
            form = head
        out.append(grammar.with_text(tok, " ".join([form, *rest])))
    return [t for t in out if t.text]


_INFLECTED = frozenset({"VBD", "VBN", "VBG", "VBZ"})
_DISBELIEF = (("i", "can", "not", "believe"), ("i", "can't", "believe"), ("i", "cant", "believe"))


_ASIDES: list[tuple[str, ...]] = [
    ("of", "course"),
    ("as", "usual"),
    ("like", "always"),
    ("as", "per"),
    ("for", "a", "change"),
]


def _after_disbelief(toks: list[Tok]) -> list[Tok]:
    """ "I can't believe you told your brother" -> "you told your brother"."""
    for phrase in _DISBELIEF:
        head = toks[: len(phrase)]
        if len(head) == len(phrase) and all(
            word in {t.norm, t.lower} for word, t in zip(phrase, head, strict=True)
        ):
            return toks[len(phrase) :]
    return toks


def guess(toks: list[Tok]) -> bool:
    """ "I know you're hiding something": a guess at what is inside them, not a fact.

    So is an "act like" reading of them ("you act like it all happens by magic", "you act
    like you're ashamed of me") and a comparison ("you sound just like your father").
    """
    norms = [t.norm for t in toks[:4]]
    if norms[:2] == ["not", "that"] or norms[:3] in (["there", "'s", "no"], ["there's", "no"]):
        return True  # "not that you'd care", "there's no point …"
    if _seeming(toks) in {0, 1}:
        return True
    words = [t.norm for t in toks[:4]]
    if words[:1] == ["i"] and words[1:4] in (["am", "not", "your"], ["'m", "not", "your"]):
        return True  # "I'm not your mother": a jab, never what a request is about
    return (
        len(norms) > 2
        and norms[0] == "i"
        and norms[1] in {"know", "bet", "guess", "reckon", "suppose"}
        and norms[2] in {"you", "you're"}
    )


# "you act like …", "you sound like …", "you make me feel like …": a reading of them.
_SEEMING = frozenset(
    {"act", "acts", "acted", "acting", "behave", "behaves", "behaved", "sound", "sounds", "feel"}
)
_PURPOSE_SUBJECTS = frozenset({"you", "i", "we"})
_PURPOSE_MODALS = frozenset({"'d", "would", "could", "can", "might"})
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})


def _seeming(toks: list[Tok]) -> int:
    """Where "you act like …" / "you sound like …" starts (its "you"), or -1."""
    for i in range(len(toks) - 1):
        if toks[i].norm != "you":
            continue
        rest = [t.norm for t in toks[i + 1 : i + 5] if t.norm not in SOFTENERS | {"just"}]
        if len(rest) >= 2 and rest[0] in _SEEMING and rest[1] in {"like", "as"}:
            return i
    return -1


def without_seeming(toks: list[Tok]) -> list[Tok]:
    """ "I carry everything and you act like it happens by magic" -> "I carry everything"."""
    at = _seeming(toks)
    if at <= 1:
        return toks
    conj = max((i for i in range(at) if toks[i].norm in {"and", "but", "then", ","}), default=-1)
    return toks[:conj] if conj > 0 else toks


def _without_bare_copula(toks: list[Tok]) -> list[Tok]:
    """ "… and it's" (its label taken out: "and it's disgusting"): the bare clause goes."""
    if len(toks) < 3 or toks[-1].norm not in _BE | {"it's", "that's"}:
        return toks
    end = len(toks) - 1
    if toks[-1].norm in _BE:
        if toks[-2].norm not in _BARE_SUBJECTS:
            return toks  # "how my day was": a noun before the verb, the clause is whole
        end -= 1  # the subject before the verb: "it" + "'s"
    while end > 0 and toks[end - 1].norm in {"and", "but", "so", "which", ","}:
        end -= 1
    return strip_edges(toks[:end])


def _without_only(toks: list[Tok]) -> list[Tok]:
    """ "you only asked my mum over", "your mother's side only": the "only" is the jab."""
    keep_after = {"the", "not", "if", "an", "a"}
    return [
        t
        for i, t in enumerate(toks)
        if t.norm != "only" or (i > 0 and toks[i - 1].norm in keep_after)
    ]


def _without_purpose(toks: list[Tok]) -> list[Tok]:
    """ "… over so you'd have an excuse not to …": the guessed purpose goes, the act stays.

    Only behind what the partner did: "I work nights so we can pay the mortgage" is the
    writer's own reason, and stays.
    """
    if not any(t.norm in {"you", "you're"} for t in toks[:2]):
        return toks
    for i in range(1, len(toks) - 2):
        if toks[i].norm != "so":
            continue
        rest = toks[i + 1 : i + 4]
        if rest and rest[0].norm == "that":
            rest = rest[1:]
        if len(rest) >= 2 and rest[0].norm in _PURPOSE_SUBJECTS and rest[1].norm in _PURPOSE_MODALS:
            return toks[:i]
    return toks


def _without_quoted(toks: list[Tok]) -> list[Tok]:
    """ "now it's 'not the right time'": their words in scare quotes are a mock, not a fact.

    The clause is cut before the quote, at the "and"/"but" that brought it in.
    """
    opening = next(
        (
            i
            for i, t in enumerate(toks[:-1])
            if t.text in _QUOTES
            and toks[i + 1].text[:1].isalnum()
            and not t.ws
            and i > 0
            and bool(toks[i - 1].ws)
        ),
        -1,
    )
    if opening < 0:
        return toks
    conj = max(
        (i for i in range(opening) if toks[i].norm in {"and", "but", "then"}), default=opening
    )
    return toks[:conj] if conj > 0 else toks


def _without_everything(toks: list[Tok]) -> list[Tok]:
    """ "you cancel everything last minute" -> "you cancel so much last minute"."""
    out: list[Tok] = []
    for tok in toks:
        if tok.norm == "everything" and out and _verb_like(out[-1]):
            out += [grammar.with_text(tok, "so"), new("much")]
        else:
            out.append(tok)
    return out


def _prohibition(toks: list[Tok]) -> bool:
    if not toks:
        return False
    if toks[0].lower in {"don't", "dont"} or toks[0].norm == "never":
        return True
    return len(toks) > 1 and toks[0].norm == "do" and toks[1].norm == "not"


def _verb_like(tok: Tok) -> bool:
    if tok.tag.startswith(("VB", "MD")) or (not tok.tag and grammar.is_verb(tok.text)):
        return True
    first = tok.lower.split(" ")[0]  # a rewritten token may hold two words: "you're not"
    return tok.norm in _AUX | _PAST_AUX or first in _WITH_BE | _AUX


def add_nouns(reading: Reading, toks: list[Tok]) -> None:
    reading.nouns.extend(noun_phrases(toks, reading.unnamed | reading.banned))


def after(toks: list[Tok], *words: str) -> list[Tok]:
    at = index(toks, norm_in(*words))
    return toks[at + 1 :] if at >= 0 else []
