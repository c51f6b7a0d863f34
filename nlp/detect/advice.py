"""Checks for advice, instructions and concern said to anyone (issue 14).

"you need to …", "you must …", "you'd better …" press the partner when they are about the
partner's conduct ("you need to start helping me"); the same words give instructions and
advice everywhere else: how something works ("you have to push it in to start it"), what an
errand or a counter needs ("you need to go to counter 4"), the listener's own health ("you'd
better sit down, you look pale"). And "what's wrong with you?" is contempt unless it asks
after someone who looks unwell. All lexical, like every check (see nlp/detect/context.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import dropwhile

from spacy.tokens import Span, Token

from nlp import lexicon
from nlp.detect.context import CLAUSE_BREAK, DISCOURSE, Context, is_wordlike

_NAGGING = frozenset({"again", "now", "already", "times", "told", "asked", "seriously", "!", "ffs"})
_LOGISTICS_VERBS = frozenset(
    {"bring", "sign", "renew", "collect", "show", "fill", "print", "pack", "charge", "register",
     "confirm", "wear"}
)  # fmt: skip
# What makes "you have to …" an instruction: a goal it serves ("… to open it", "if you want
# …", "or it won't"), steps ("first", "then") or what a situation will require ("you'll need
# to").
_GOAL_OR_STEP = frozenset(
    {"if", "first", "then", "otherwise", "before", "after", "once", "when", "whenever", "unless",
     "or", "so", "next", "until"}
)  # fmt: skip
# A sentence that opens with a goal or a condition: "to get the refund you have to …", "if you
# want to pass you have to …", "for the interview you need to …".
# A place or group the rule holds in opens it too: "in China you have to …", "here you must
# …", "with toddlers you must …".
_GOAL_OPENERS = frozenset(
    {"if", "to", "when", "once", "before", "after", "for", "unless", "in", "at", "here", "with"}
)
# A customer addressed as a customer: "you must not smoke in here, sir".
_SERVICE_ADDRESS = frozenset({"sir", "madam", "ma'am", "maam", "mam", "miss"})
_FUTURE = frozenset({"'ll", "will", "ll"})
# What makes it pressure on the partner instead: their conduct, the speaker, or nagging.
# Verbs of conduct itself keep the flag whatever the sentence around them says.
_CONDUCT_VERBS = frozenset(
    {"stop", "start", "quit", "learn", "grow", "listen", "respect", "apologise", "apologize",
     "change", "care", "calm", "chill", "relax", "help", "try", "be", "think", "man", "step",
     "not"}
)  # fmt: skip
# The listener's own body: "you'd better sit down", "you need to eat something".
_CARE_VERBS = frozenset({"sit", "lie", "eat", "drink", "wrap", "warm", "hydrate"})
# Verbs and prepositions that send someone to a service: "see a doctor", "go to the desk".
_TOWARDS = frozenset(
    {"to", "at", "through", "see", "call", "ring", "phone", "contact", "visit", "ask", "tell",
     "email"}
)  # fmt: skip
# Particles between a verb and its object: "take out any …", "put away any …".
_PARTICLES = frozenset({"out", "off", "away", "back", "in", "up", "down"})
_QUANTITIES = frozenset({"plenty", "lots", "lot", "of", "bit", "little", "enough"})
_DETERMINERS = frozenset({"your", "the", "some", "a", "an", "ur", "this", "these", "those", "more"})
# ... unless the words after them make them an errand: "change your money", "stop by the shop".
_ERRAND_AFTER = {
    "change": frozenset(
        {"money", "currency", "cash", "dollars", "pounds", "euros", "trains", "train", "buses",
         "bus", "planes", "flights", "flight", "clothes", "shoes", "tyre", "tire", "nappy",
         "diaper", "sheets", "bulb", "battery", "batteries", "password", "ticket", "booking",
         "dressing", "bandage", "oil", "filter", "at"}
    ),
    "stop": frozenset({"by", "off", "at", "in", "for"}),
    # "be careful with the pan": safety; "be more careful" asks them to change.
    "be": frozenset({"at", "careful", "safe", "ready", "early", "quick"}),
}  # fmt: skip
# Everyday verbs a demand often uses ("you need to clean up", "… take the bins out"): a demand
# unless a goal, a step or the future makes it an instruction.
_CHORE_VERBS = frozenset(
    {"get", "talk", "tell", "answer", "reply", "text", "call", "pick", "clean", "tidy", "sort",
     "deal", "figure", "make", "do", "put", "take", "give", "let", "leave", "spend", "save",
     "come", "go", "pull", "cut"}
)  # fmt: skip
# Asking for more or less of something ("you must stay home more often"), or naming the
# partner's conduct as the object ("you have to keep your promises", "carry your own weight").
_MORE = frozenset({"more", "less", "often", "properly", "better"})
_CONDUCT_OBJECTS = frozenset(
    {"promise", "promises", "word", "weight", "share", "temper", "mouth", "attitude", "tone",
     "behaviour", "behavior", "act", "priorities", "responsibilities", "responsibility", "end"}
)  # fmt: skip
_SPEAKER = frozenset({"me", "us", "my", "our", "myself", "ourselves", "i", "we"})
_SAID_OF_THE_WORLD_TOO = frozenset({"again", "already", "always", "never", "ever"})
# Quantities before "times": "a couple times", "at all times" (not "how many times").
_FEW = frozenset({"couple", "few", "several", "all", "some"})
_PRESSURE = _NAGGING | frozenset({"ever", "never", "always", "else", "yourself"})
# "again at 6", "again before bed": a second time on a schedule, not a complaint.
_SCHEDULED_AFTER_AGAIN = frozenset({"at", "before", "after", "in", "tomorrow", "tonight", "later"})
# Amounts on a schedule: "twice a day", "one tablet three times a day", "per day".
_DOSES = frozenset({"twice", "daily", "weekly", "hourly", "nightly", "per"})
_PERIODS = frozenset({"day", "week", "month", "night", "hour", "hours"})
_TIMES_OF_DAY = frozenset({"morning", "evening", "afternoon", "night", "weekend"})
# How long: "stay in bed for a couple of days", "keep it dry for 48 hours".
_DURATIONS = frozenset({"minutes", "hours", "days", "nights", "weeks", "months"})
# A reason about the world after the instruction: "…, the roads are flooded", "…, it's minus
# three", "…, they close at 5", "…, the nurse said".
_WORLD_SUBJECTS = frozenset(
    {"it", "its", "there", "the", "they", "that", "this", "he", "she", "his", "her", "their",
     "because", "cos", "cause", "coz", "as", "since"}
)  # fmt: skip
# "…, you look pale", "…, you're shaking": the listener's state, read with the unwell words.
_LOOKS = frozenset({"look", "looks", "seem", "seems", "feel", "feels", "sound", "sounds"})
_STATE_VERBS = frozenset({"look", "looks", "seem", "sound", "'re", "are", "re", "feel", "r"})
# "what's wrong with you? are you ill?": concern is never said with these.
_CONTEMPT_MARKS = frozenset(
    {"ever", "never", "always", "else", "seriously", "hell", "heck", "fuck", "fucking", "f"}
)


def logistics(ctx: Context, span: Span) -> Span | None:
    """ "you need to bring your ID, they just emailed" passes on information, not an order."""
    if span[-1].norm_ not in _LOGISTICS_VERBS:
        return span
    nagging = any(_is_pressure(t) for t in ctx.sentence(span) if t.norm_ in _NAGGING)
    return span if nagging else None


def instruction(ctx: Context, span: Span) -> Span | None:
    """ "you have to push it in to start it", "you'll need to book first", "you'd better sit
    down, you look pale", "you need to go to counter 4": how something works, what a
    situation or an errand needs, or the listener's own health, said to anyone. Kept as a
    demand when the sentence is about the partner's conduct towards the speaker ("you need to
    start helping me"), nags ("again", "now", "!"), asks for more or less of something or names
    the partner's conduct ("keep your promises"), or gives a chore ("you need to clean up")
    with no goal, step, reason or specifics."""
    if logistics(ctx, span) is None:
        return None
    sentence = ctx.sentence(span)
    before = list(ctx.doc[sentence.start : span.start])
    after = [t for t in ctx.doc[span.end : sentence.end] if is_wordlike(t)]
    if _pressed(ctx, span, sentence):
        return span
    if _aimed_at_speaker(after) and not _served(sentence, after):
        return span
    verb = span[-1].norm_
    if verb == "not" and after:
        # "you must not smoke", "you'd better not be late": the verb comes next.
        verb, after = after[0].norm_, after[1:]
    if verb in _CONDUCT_VERBS:
        if not _errand(verb, after):
            return span
        if verb != "be":
            return None  # "change your money", "stop by the shop": an errand
    own_clause = [t for t in after if t.i < ctx.clause_end(span.end - 1)]
    if verb not in _CHORE_VERBS and not _asks_for_conduct(own_clause):
        # Any other verb ("you have to order at the bar", "you must keep your arm still")
        # says what a place, a task or a situation needs, said to anyone; the forms above
        # (conduct, chores, pressure, the speaker) are what make it pressure on a partner.
        return None
    future = any(t.norm_ in _FUTURE for t in span)
    goal = (
        any(t.norm_ in _GOAL_OR_STEP for t in after)
        or _purpose(after)
        or any(t.norm_ in {"first", "then"} for t in before)
        or _opens_with_goal(before)
        or _specifics(after, chore=verb in _CHORE_VERBS)
        or _any_of_a_kind(after)
        or _recommended(ctx, span, sentence)
        or _relayed(before)
        or _care(verb, after)
        or _referral(verb, after)
        or _paperwork(after)
        or any(t.norm_ in _SERVICE_ADDRESS for t in sentence)
        or _reason(ctx, span, sentence, chore=verb in _CHORE_VERBS)
    )
    return None if goal or future else span


def asks_after_health(ctx: Context, span: Span) -> Span | None:
    """For a guard: "What's wrong with you? You look pale." asks after the listener's health;
    "what's wrong with you? you never listen" is contempt. Active when the question or the
    sentence after it names being unwell and neither presses ("never", "again", "the hell").
    A guard rather than a check, so the learned model does not flag the question again."""
    sentence = ctx.sentence(span)
    following = ctx.next_sentence(sentence)
    near = list(sentence) + (list(following) if following is not None else [])
    if any(t.norm_ in _CONTEMPT_MARKS for t in near):
        return None
    unwell = lexicon.words("unwell")
    return span if any(t.norm_ in unwell for t in near) or _not_looking_well(near) else None


def _not_looking_well(tokens: Sequence[Token]) -> bool:
    """ "you don't look well", "you don't seem yourself", "u don't feel right?": being unwell
    said by denying its opposite."""
    norms = [t.norm_ for t in tokens]
    return any(
        norms[i] in {"not", "never"}
        and norms[i + 1] in _LOOKS
        and norms[i + 2] in {"well", "good", "great", "right", "ok", "okay", "yourself", "too"}
        for i in range(len(norms) - 2)
    )


def _pressed(ctx: Context, span: Span, sentence: Span) -> bool:
    """Nagging, generalising or shouting in the sentence. After the span's own clause "again",
    "already", "always", "never" and "ever" count only in a clause about the partner or the
    speaker ("…, you left it again", "…, you never do"), not in one about the world ("…, the
    router's being weird again", "…, it's always busy on Fridays"); "now" never does ("…,
    they're strict about that now")."""
    if "!" in sentence.text or "for once" in sentence.text.lower():
        return True
    clause_end = ctx.clause_end(span.end - 1)
    for token in sentence:
        if not _is_pressure(token) or (token.norm_ == "now" and token.i >= clause_end):
            continue
        if token.i < clause_end or token.norm_ not in _SAID_OF_THE_WORLD_TOO:
            return True
        clause = ctx.doc[ctx.clause_start(token.i) : ctx.clause_end(token.i)]
        if ctx.has_partner(clause) or _mentions_speaker(list(clause)):
            return True
    return False


def _aimed_at_speaker(after: Sequence[Token]) -> bool:
    """The partner's conduct towards the speaker: "you need to start helping me", "you have
    to take the kids, I did it the last 4 weeks". Not the speaker's own part after a goal or
    a step ("… payslips, and then we can take the hold", "press it if you need me")."""
    for token in after:
        if token.norm_ in _GOAL_OR_STEP and token.norm_ not in {"or", "otherwise"}:
            return False  # "or we're done" is an ultimatum, not a goal
        if token.norm_ in _SPEAKER:
            return True
    return False


def _served(sentence: Span, after: Sequence[Token]) -> bool:
    """A counter's request, where the speaker is the service: "you have to give me your
    ticket, sir", "you need to give me your name and address". The speaker in it asks for
    papers or details, not for the partner's conduct."""
    return _paperwork(after) or any(t.norm_ in _SERVICE_ADDRESS for t in sentence)


def _is_pressure(token: Token) -> bool:
    """A nagging or generalising word; "again at 6", "three times a day" and "leave now if
    you want to catch it" are a schedule or a goal."""
    if token.norm_ not in _PRESSURE:
        return False
    nxt = token.doc[token.i + 1].norm_ if token.i + 1 < len(token.doc) else ""
    if token.norm_ == "again":
        return nxt not in _SCHEDULED_AFTER_AGAIN
    if token.norm_ == "now":
        return nxt not in {"if", "or", "before", "to"}
    if token.norm_ == "times":
        previous = token.doc[token.i - 1].norm_ if token.i else ""
        return nxt not in {"a", "an", "per", "daily", "weekly"} and previous not in _FEW
    if token.norm_ in {"asked", "told"}:
        return not _asked_by_someone_else(token)
    if token.norm_ == "ever" and token.i > 0:
        # "best croissants ever" praises a thing.
        return not any(t.norm_ in lexicon.words("superlatives") for t in token.doc[: token.i])
    return True


def _asked_by_someone_else(token: Token) -> bool:
    """ "the caterer asked twice", "your mum told us": someone else's request passed on, not
    "I asked you", "I've told you"."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i else None
    if previous is None or not previous.is_alpha:
        return False
    if previous.norm_ in lexicon.words("third_person"):
        return True
    owner = doc[token.i - 2].norm_ if token.i > 1 else ""
    return owner in {"the", "my", "your", "his", "her", "their", "our"}


def _errand(verb: str, after: Sequence[Token]) -> bool:
    """A verb of conduct used for an errand or a requirement (see _ERRAND_AFTER)."""
    if verb == "be" and after and after[0].like_num:
        return True  # "you have to be eighteen to buy alcohol": a requirement, not conduct
    objects = _ERRAND_AFTER.get(verb)
    if not objects:
        return False
    if verb == "be":
        return bool(after) and after[0].norm_ in objects
    head = [t.norm_ for t in after[:3] if t.norm_ not in _DETERMINERS]
    return bool(head) and head[0] in objects


def _purpose(after: Sequence[Token]) -> bool:
    """A purpose clause after the verb's object: "… the button to start it"."""
    return any(t.norm_ in {"to", "so"} for t in after[1:])


def _opens_with_goal(before: Sequence[Token]) -> bool:
    """ "if you want to pass you have to …": a goal or condition opens the sentence, and it is
    not the speaker's ("if you loved me you'd have to …")."""
    words = [t for t in before if is_wordlike(t) and t.norm_ not in DISCOURSE]
    return bool(words) and words[0].norm_ in _GOAL_OPENERS and not _mentions_speaker(words)


def _care(verb: str, after: Sequence[Token]) -> bool:
    """The listener's own health: "you need to eat something", "you'd better take the
    tablets", "get some rest"; not "you need to drink less"."""
    if any(t.norm_ in {"less", "fewer"} for t in after):
        return False
    if verb in _CARE_VERBS:
        return True
    if verb == "take" and [t.norm_ for t in after[:2]] == ["it", "easy"]:
        return True
    head = [t.norm_ for t in after[:4] if t.norm_ not in _DETERMINERS | _QUANTITIES]
    if verb == "give":
        # Someone's medicine: "you must give her the tablet with food".
        return any(word in lexicon.words("care_objects") for word in head[:2])
    return (
        verb in {"take", "get", "have"} and bool(head) and head[0] in lexicon.words("care_objects")
    )


def _referral(verb: str, after: Sequence[Token]) -> bool:
    """Sending the listener to a service: "you'd better see a doctor", "you need to go to
    the desk", "you'd better call the police"; not "you need to clean the garage"."""
    services = lexicon.words("services")
    previous = verb
    for token in after[:6]:
        if token.norm_ in services and previous in _TOWARDS:
            return True
        if token.norm_ not in _DETERMINERS:
            previous = token.norm_
    return False


def _paperwork(after: Sequence[Token]) -> bool:
    """What an errand needs: "you need to get a visa", "make an appointment", "carry the
    printed visa copy"."""
    head = [t.norm_ for t in after[:5] if t.norm_ not in _DETERMINERS][:3]
    return any(word in lexicon.words("paperwork") for word in head)


def _relayed(before: Sequence[Token]) -> bool:
    """ "the hotel said you have to leave the key": someone else's rule passed on."""
    words = [t.norm_ for t in before if is_wordlike(t)]
    reported = any(w in {"said", "says", "say"} for w in words)
    return reported and not any(w in _SPEAKER for w in words)


def _asks_for_conduct(after: Sequence[Token]) -> bool:
    """More or less of something, or the partner's conduct as the object (see _MORE)."""
    return any(t.norm_ in _MORE or t.norm_ in _CONDUCT_OBJECTS for t in after)


def _mentions_speaker(tokens: Sequence[Token]) -> bool:
    return any(t.norm_ in _SPEAKER for t in tokens)


def _specifics(after: Sequence[Token], *, chore: bool) -> bool:
    """Numbers, doses and durations: "counter 4", "by 8:30", "by seven", "twice a day", "for a
    few days"."""
    for n, token in enumerate(after):
        if any(c.isdigit() for c in token.text) and token.norm_ not in {"to", "too", "for"}:
            return True
        if token.norm_ in _DOSES or token.norm_ in _DURATIONS:
            return True
        # Numbers in words count as digits do: "by seven", "the number five bus" ("one" is
        # too often a thing: "pick one").
        if token.like_num and token.norm_ != "one":
            return True
        nxt = after[n + 1].norm_ if n + 1 < len(after) else ""
        if token.norm_ in {"a", "an"} and nxt in _PERIODS:
            return True
        # "feed them every morning"; with a chore, "every day" is how often it is owed.
        if not chore and token.norm_ in {"every", "each"} and nxt in _PERIODS | _TIMES_OF_DAY:
            return True
    return False


def _any_of_a_kind(after: Sequence[Token]) -> bool:
    """A rule for a kind of thing, said to anyone: "you have to take any power banks out of
    your luggage", "you must declare any food". A demand on a partner names their things
    ("take your plates out"), not any of a kind."""
    head = [t for t in after[:3] if t.norm_ not in _PARTICLES]
    return len(head) > 1 and head[0].norm_ == "any" and is_wordlike(head[1])


def _recommended(ctx: Context, span: Span, sentence: Span) -> bool:
    """A clause after the instruction that only praises what it sends the listener to: "you
    must go to that bakery by the station, best croissants ever", "you have to see it, so
    good". Pressure gives a complaint or the speaker as its reason, never praise of a thing."""
    tokens = list(ctx.doc[ctx.clause_end(span.end - 1) : sentence.end])
    if (
        not tokens
        or _mentions_speaker(tokens)
        or ctx.has_partner(ctx.doc[tokens[0].i : sentence.end])
    ):
        return False
    evidence = [ctx.score([t]) for t in tokens]
    return sum(evidence) > 0 and min(evidence) >= 0


def _reason(ctx: Context, span: Span, sentence: Span, *, chore: bool) -> bool:
    """A clause after the instruction gives its reason: the world ("…, the roads are flooded")
    or the listener's state ("…, you look pale"). With a chore verb the reason must be in the
    same sentence and not a complaint ("you need to clean the kitchen, it's disgusting"): "You
    need to clean up. The kitchen is a state." presses."""
    tokens = list(ctx.doc[span.end : sentence.end])
    starts = [n + 1 for n, t in enumerate(tokens) if t.norm_ in CLAUSE_BREAK]
    starts += [n for n, t in enumerate(tokens) if t.norm_ in {"because", "cos", "cause", "coz"}]
    following = None if chore else ctx.next_sentence(sentence)
    if following is not None:
        tokens += list(following)
        starts.append(len(tokens) - len(following))
    for start in sorted(starts):
        clause = list(_clause_from(tokens, start))
        words = list(dropwhile(lambda t: t.norm_ in DISCOURSE, clause))
        if not words or _mentions_speaker(words):
            continue
        if chore and ctx.score(clause) < 0:
            continue
        world = ctx.doc[words[0].i : words[-1].i + 1]
        if _world_subject(words) and not ctx.has_partner(world):
            return True
        if _listener_unwell(words):
            return True
    return False


def _world_subject(words: Sequence[Token]) -> bool:
    """A clause of its own about the world: "the roads are flooded", "it's minus three", not
    "this week" ("this" and "that" need a verb after them)."""
    if len(words) < 3 or words[0].norm_ not in _WORLD_SUBJECTS:
        return False
    return words[0].norm_ not in {"this", "that"} or words[1].norm_ in lexicon.words("be")


def _clause_from(tokens: Sequence[Token], start: int) -> Iterator[Token]:
    """The words of the clause that starts at `start`, up to the next break."""
    for token in tokens[start:]:
        if token.norm_ in CLAUSE_BREAK:
            return
        if is_wordlike(token):
            yield token


def _listener_unwell(words: Sequence[Token]) -> bool:
    """ "you look pale", "u look exhausted", "you're shaking"."""
    if len(words) < 2 or words[0].norm_ not in {"you", "u", "ya"}:
        return False
    unwell = lexicon.words("unwell")
    return words[1].norm_ in _STATE_VERBS and any(t.norm_ in unwell for t in words[2:5])


CHECKS: dict[str, Callable[[Context, Span], Span | None]] = {
    "logistics": logistics,
    "instruction": instruction,
    "asks_after_health": asks_after_health,
}
