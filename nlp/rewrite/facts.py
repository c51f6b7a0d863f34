"""The facts a rewrite keeps from a draft: what reading.py collects and suggestions.py uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from nlp import lexicon
from nlp.rewrite import grammar
from nlp.rewrite.grammar import Tok, new

SUBJECTS = frozenset(
    {"you", "you're", "i", "we", "he", "she", "they", "it", "it's", "there", "this", "that", "u"}
)
_VAGUE_NOUNS = frozenset(
    {"anything", "everything", "something", "nothing", "anyone", "everyone", "someone", "thing",
     "things", "stuff", "way", "time", "times", "day", "lot", "bit", "one", "guy",
     "excuse", "brain", "life", "point", "sense", "mind", "deal", "problem", "guess", "while",
     "lol", "lmao", "smh", "tbh", "omg", "mate", "bro", "mood",
     # Judgements, not things: "the biggest mistake", "a tip", "a joke".
     "mistake", "joke", "disaster", "nightmare", "failure", "embarrassment", "disgrace", "tip",
     "pigsty", "dump", "shambles", "idiot", "loser", "clown", "fault",
     "needful", "surprise", "shocker", "newsflash", "change"}
)  # fmt: skip
_REFLECT_FEELINGS = frozenset(
    {"tired", "exhausted", "stressed", "nervous", "anxious", "sad", "lonely", "bored", "upset",
     "overwhelmed", "down", "miserable", "worried", "scared", "hurt", "angry", "frustrated",
     "drained", "low", "gutted", "annoyed", "embarrassed"}
)  # fmt: skip
_REFLECT_LEAD = frozenset(
    {"are", "'re", "re", "feel", "feeling", "will", "wo", "not", "n't", "'ll", "be", "so", "really"}
)
_ATTACH = frozenset({"of", "on", "in", "at"})
_PREPOSITIONS = frozenset({"with", "about", "on", "for", "at", "to", "over", "from"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "your", "our", "his", "her", "their", "that", "this", "another"}
)


@dataclass(frozen=True, slots=True)
class Observation:
    text: str
    past: bool
    about_partner: bool


@dataclass
class Reading:
    """What the flagged part of a draft says, ready to be put into Tend's frames."""

    observations: list[Observation] = field(default_factory=list)
    nouns: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    needs: list[tuple[str, bool]] = field(default_factory=list)
    """(verb phrase, negative): "stop lying to me" / (True) "miss another pickup"."""
    owns: list[str] = field(default_factory=list)
    ideas: list[str] = field(default_factory=list)
    reflections: list[str] = field(default_factory=list)
    topic_words: list[str] = field(default_factory=list)
    """Like `words`, without the flagged phrases: what the draft is about."""
    sarcastic: bool = False
    ultimatum: bool = False
    wishes: list[str] = field(default_factory=list)
    """"you should have called" -> "I wish you'd called"."""
    about: list[str] = field(default_factory=list)
    """What the complaint is about when the draft names it ("you ruined my birthday dinner")."""
    words: list[str] = field(default_factory=list)
    """Norms of every word in the flagged sentences, for choosing a feeling."""
    banned: set[int] = field(default_factory=set)
    """Token indices inside labels and put-downs: never carried into a rewrite."""
    unnamed: set[int] = field(default_factory=set)
    """Token indices inside any flagged phrase: never taken as what the draft is about."""
    leverage: set[int] = field(default_factory=set)
    """Token indices of an ultimatum's consequence ("… sleeping on the couch"): not a topic."""
    feeling: str = ""
    """The feeling the user named ("exhausted"): used as written instead of Tend's pick."""
    implied: str = ""
    """The feeling the draft's own words say outright without naming it ("you clearly don't
    care" -> unimportant), or "" (texts.IMPLIED_FEELINGS)."""
    things: list[str] = field(default_factory=list)
    """Noun phrases of the flagged sentences ("the dishwasher"): what a safe form is about."""

    @property
    def concrete(self) -> bool:
        return bool(
            self.observations
            or self.nouns
            or self.requests
            or self.needs
            or self.wishes
            or self.about
        )


_SALUTATIONS = frozenset({"dear", "dearest", "darling", "hi", "hey", "hello"})


def noun_phrases(toks: list[Tok], banned: set[int] | frozenset[int] = frozenset()) -> list[str]:
    """Concrete noun phrases ("the dishes", "your mom's birthday", "with money" -> "money").

    Words inside labels and put-downs (`banned` token indices) are never kept.
    """
    out: list[str] = []
    i = 0
    while i < len(toks):
        determiner = toks[i].norm in _DETERMINERS or (
            toks[i].tag == "PRP$" and toks[i].norm != "it's"
        )
        bare = toks[i].norm in _PREPOSITIONS and i + 1 < len(toks) and _noun(toks[i + 1])
        # "money stress but …": a compound noun opening the clause.
        leading = (
            i == 0
            and toks[i].norm not in _SALUTATIONS  # "Dear Gerald, …" greets; it is no topic
            and toks[i].tag.startswith("NN")
            and len(toks) > 1
            and toks[1].tag.startswith("NN")
        )
        if not (determiner or bare or leading):
            i += 1
            continue
        start = i if determiner or leading else i + 1
        j = i + 1
        while j < len(toks) and j - i <= 4 and _np_word(toks[j]):
            j += 1
        if j + 1 < len(toks) and toks[j].norm in _ATTACH and _noun_or_det(toks[j + 1]):
            k = j + 1  # "a comment on instagram"
            while (
                k < len(toks) and k - j <= 3 and (_np_word(toks[k]) or toks[k].norm in _DETERMINERS)
            ):
                k += 1
            j = k
        # "the flat is filthy": the tagger may call a noun before a verb an adjective.
        adjective_subject = (
            determiner
            and toks[j - 1].tag == "JJ"
            and j < len(toks)
            and toks[j].tag.startswith("VB")
        )
        while (
            not adjective_subject
            and j > start + 1
            and (not _noun(toks[j - 1]) or (toks[j - 1].norm in _VAGUE_NOUNS and j - 1 > i + 1))
        ):
            j -= 1  # "the dishwasher better" -> "the dishwasher"; "the boiler three times"
        words = toks[i + 1 : j] if determiner else toks[start:j]
        clean = not any(w.i in banned for w in toks[start:j]) and not _writer_named(toks[start:j])
        if (
            words
            and words[-1].norm not in _VAGUE_NOUNS
            and clean
            and (_noun(words[-1]) or adjective_subject)
        ):
            out.append(grammar.render(toks[start:j]).rstrip(",.!?"))
        i = max(j, i + 1)
    return out


# "… than talk to your own wife", "… than have a wife": the writer in the third person.
_WRITER_AS = lexicon.words("partner_nouns")


def _writer_named(phrase: list[Tok]) -> bool:
    """ "your own wife", "a wife", "your husband": the writer, named for the sting ("you'd
    rather win an argument than have a wife"); no thing the rewrite could be about."""
    norms = [t.norm for t in phrase]
    if not norms or norms[-1] not in _WRITER_AS:
        return False
    return "own" in norms[:-1] or norms[0] in {"a", "an", "your", "ur"}


def _noun_or_det(tok: Tok) -> bool:
    return tok.norm in _DETERMINERS or _noun(tok)


def _noun(tok: Tok) -> bool:
    if tok.tag:
        return tok.tag.startswith("NN")
    return (
        tok.text[:1].isalpha()
        and tok.norm not in lexicon.words("filler")
        and not grammar.is_verb(tok.text)
    )


def _np_word(tok: Tok) -> bool:
    if tok.text in {"'s", "’s"}:
        return True  # "your mom's birthday", whatever the tagger made of it
    if not tok.text[:1].isalnum() or tok.norm in SUBJECTS | _DETERMINERS:
        return False
    if tok.tag:
        return tok.tag.startswith(("NN", "JJ", "CD", "POS", "VBG")) or tok.tag == "HYPH"
    return not grammar.is_verb(tok.text) or tok.text.endswith("ing")


def reflection(toks: list[Tok]) -> str:
    """ "i know ur nervous about the interview" -> "you're nervous about the interview"."""
    norms = [t.norm for t in toks]
    if "sounds" in norms and norms[norms.index("sounds") + 1 : norms.index("sounds") + 2] == [
        "like"
    ]:
        rest = toks[norms.index("sounds") + 2 :]
        return grammar.render(rest) if rest else ""
    for i, tok in enumerate(toks):
        if tok.norm not in {"you", "you're"}:
            continue
        start = i + 1
        while start < len(toks) and start - i <= 4 and toks[start].norm in _REFLECT_LEAD:
            start += 1
        window = [t for t in toks[start : start + 3] if t.norm not in {"so", "really", "a", "bit"}]
        if window and window[0].norm in _REFLECT_FEELINGS:
            rest = toks[toks.index(window[0]) + 1 :]
            stop = next(
                (k for k, t in enumerate(rest) if t.norm in {"but", "and", "so", "because"}),
                len(rest),
            )
            return grammar.render([new("you're"), window[0], *rest[:stop]])
    return ""
