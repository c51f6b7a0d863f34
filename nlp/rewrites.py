"""Rewrite a flagged draft as 2–3 first-person messages: gentle, direct, short.

Works on words, not on the parse: texting drafts parse badly, and the blank fallback has no
parser at all. Tags (when present) and lemminflect only decide tense. Observations keep the
draft's concrete words, lose absolutes, insults and mind reading; with no concrete words left
the message carries `SLOT` so the bot can ask what happened.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from lemminflect import getAllLemmas, getInflection, getLemma
from spacy.tokens import Doc

from nlp.results import Category, Pattern

SLOT = "[what happened]"
_DATA = Path(__file__).parent / "patterns" / "feelings.json"
_CLITICS = frozenset({"n't", "'m", "'re", "'ve", "'ll", "'s", "'d"})
_PUNCT = frozenset({",", ".", "!", "?", ";", ":", "-", "—", "–", "…", "...", "(", ")", '"'})
_SPLIT = frozenset({",", ";", ":", "-", "—", "–", "…", "...", "(", ")"})
_END = frozenset({".", "!", "?", "…", "..."})
_LEADING = frozenset({"and", "but", "so", "because", "then", "also", "plus", "like", "or", "that"})
_SUBJECTS = frozenset({"you", "i", "we", "he", "she", "it", "they", "my", "your", "the", "our"})
_AUX_NEG = {
    "do": "don't", "does": "doesn't", "did": "didn't", "have": "haven't", "'ve": "haven't",
    "has": "hasn't", "had": "hadn't", "will": "won't", "'ll": "won't", "would": "wouldn't",
    "'d": "wouldn't", "can": "can't", "ca": "can't", "could": "couldn't", "is": "isn't",
    "'s": "isn't", "are": "aren't", "'re": "'re not", "was": "wasn't", "were": "weren't",
    "'m": "'m not", "am": "am not", "wo": "won't",
}  # fmt: skip
_BE = frozenset({"'re", "are", "is", "'s", "was", "were", "am", "'m", "r", "be", "being"})
_CONCERN = frozenset({"care", "cares", "love", "loves", "respect", "value", "appreciate"})
_BANNED = re.compile(
    r"\b(you (always|never|need to|have to|should|must|just|obviously|clearly)|your fault"
    r"|you made me|don'?t care|whatever|if you don'?t|why don'?t you|have you tried|just ignore"
    r"|every time|for once)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _W:
    text: str
    low: str
    tag: str = ""
    start: int = -1
    space: bool = True
    """Whether the draft had whitespace after this word (clean sentences keep their spacing)."""


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_DATA.read_text(encoding="utf-8"))
    for key in ("absolutes", "fillers", "labels", "label_modifiers", "label_nouns", "generic"):
        data[key] = frozenset(data[key])
    data["vague"] = data["generic"] | frozenset(data["vague"])
    return data


def suggest(doc: Doc, patterns: Sequence[Pattern]) -> tuple[str, ...]:
    """2–3 rewrites of `doc`, best first; the flagged sentences rewritten, clean ones kept."""
    if not patterns:
        return ()
    spans = [(p.start, p.end) for p in patterns]
    sents = _sentences(doc)
    if not sents:
        return _complaint([], [])
    flagged = [any(s[0].start < e and s[-1].start + 1 > b for b, e in spans) for s in sents]
    if not any(flagged):
        flagged = [True] * len(sents)
    cats = {p.category for p in patterns}
    words, bad = _flagged_words(sents, flagged, patterns)
    if cats <= _NO_FACTS and not _clauses(_clean(words)):
        # "you forgot my birthday again!! ur pathetic": only the insult is flagged, but the
        # fact sits next to it; leaving it out would send the complaint without its moment.
        flagged = [
            f or s[0].low in {"you", "your", "why"} for s, f in zip(sents, flagged, strict=True)
        ]
        words, bad = _flagged_words(sents, flagged, patterns)
    texts = _by_category(cats, words, bad) or _complaint(words, bad)
    first = flagged.index(True)
    before = " ".join(
        _render(s, as_typed=True) for s, f in zip(sents[:first], flagged, strict=False) if not f
    )
    after = " ".join(
        _render(s, as_typed=True)
        for s, f in zip(sents[first:], flagged[first:], strict=True)
        if not f
    )
    out = (" ".join(x for x in (before, t, after) if x) for t in texts)
    return tuple(_finish(s) if not _BANNED.search(s) else _fallback(bad) for s in out)


_NO_FACTS = frozenset({"labeling", "contempt", "mind_reading", "absolute", "blame"})
_CUT = "\x00"  # a word inside a label/contempt/mind-reading span: removed like an insult
_DROPPED = frozenset({"labeling", "contempt", "mind_reading", "stonewalling"})


def _flagged_words(
    sents: Sequence[Sequence[_W]], flagged: Sequence[bool], patterns: Sequence[Pattern]
) -> tuple[list[_W], list[_W]]:
    """(words left once labels, insults and mind reading are cut, all flagged words)."""
    bad = [w for s, f in zip(sents, flagged, strict=True) if f for w in s]
    cut = [(p.start, p.end) for p in patterns if p.category in _DROPPED]
    words = [_W(w.text, _CUT, w.tag, w.start) if _inside(w, cut) else w for w in bad]
    return words, bad


def _inside(w: _W, spans: Sequence[tuple[int, int]]) -> bool:
    return any(b <= w.start < e for b, e in spans)


def _finish(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text + "." if text[-1:].isalnum() else text


def _sentences(doc: Doc) -> list[list[_W]]:
    """Own sentence split (. ! ? and newlines): the same in the trained and blank pipelines."""
    data = _data()
    sents: list[list[_W]] = [[]]
    toks = [t for t in doc if not t.is_space or "\n" in t.text]
    for i, tok in enumerate(toks):
        if tok.is_space:
            sents.append([])
            continue
        low = tok.text.lower()
        prev = toks[i - 1].text.lower() if i else ""
        nxt = toks[i + 1].text.lower() if i + 1 < len(toks) else ""
        if low == "ur":
            you_are = nxt in data["ur_you_are_next"] or nxt.endswith("ing")
            pieces = ["you", "'re"] if you_are else ["your"]
        elif low in data["clitics"] and not tok.whitespace_ and i and not toks[i - 1].whitespace_:
            pieces = [data["clitics"][low]]
        elif low == "r" and prev in {"you", "u", "we", "they"}:
            pieces = ["are"]
        else:
            pieces = data["texting"].get(low, tok.text).split()
        sents[-1].extend(_W(p, p.lower(), tok.tag_, tok.idx) for p in pieces)
        sents[-1][-1].space = bool(tok.whitespace_)
        if low in _END and not (i + 1 < len(toks) and toks[i + 1].text in _END):
            sents.append([])
    return [s for s in sents if any(w.low not in _PUNCT for w in s)]


def _render(words: Sequence[_W], end: str = "", *, as_typed: bool = False) -> str:
    text, glue = "", True
    for w in words:
        t = "I" + w.text[1:] if w.low == "i" or w.low.startswith("i'") else w.text
        joined = t in _CLITICS or t in _PUNCT - {"(", '"'} or text.endswith("(")
        text += t if joined or glue else " " + t
        glue = as_typed and not w.space
    text = re.sub(r"\s+", " ", text).strip(" ,;:-")
    if end:
        text = text.rstrip(".!?…, ") + end
    return text[:1].upper() + text[1:]


def _clean(words: Sequence[_W]) -> list[_W]:
    """Drop absolutes, fillers, labels with their modifiers, and contempt phrases."""
    data = _data()
    # Copies: _negate re-inflects verbs in place, and the caller's words must stay as typed.
    out = _made_me([_W(w.text, w.low, w.tag, w.start) for w in words if not _emoji(w.text)])
    for phrase, by in data["rewrite_phrases"]:
        out = _remove_phrase(out, phrase, by)
    for phrase in data["contempt_phrases"] + data["absolute_phrases"]:
        out = _remove_phrase(out, phrase)
    kept: list[_W] = []
    for i, w in enumerate(out):
        if w.low in data["labels"] or w.low == _CUT:
            while kept and kept[-1].low in data["label_modifiers"]:
                kept.pop()
            if len(kept) >= 2 and kept[-1].low in _BE and kept[-2].low in {"you", "it", "that"}:
                del kept[-2:]
            continue
        if kept == [] and w.low in data["label_nouns"] and i and out[i - 1].low in data["labels"]:
            continue
        if w.low == "never":
            kept.extend(_negate(kept, out[i + 1 :]))
            continue
        if w.low in data["absolutes"] or w.low in data["fillers"]:
            continue
        kept.append(w)
    return [w for i, w in enumerate(kept) if not (w.low == "" and i)]


def _negate(before: list[_W], after: Sequence[_W]) -> list[_W]:
    """Never -> not/don't: "you're never home" -> "you're not home"."""
    if before and before[-1].low in _AUX_NEG:
        return [_W(p, p) for p in _AUX_NEG[before.pop().low].split()]
    verb = next((w for w in after if w.low not in _data()["fillers"]), _W("", ""))
    if not verb.low or verb.low in _PUNCT or verb.low in _SUBJECTS:
        return []
    lemma = (getLemma(verb.low, upos="VERB") or (verb.low,))[0]
    past = verb.tag == "VBD" or (lemma != verb.low and verb.low in getInflection(lemma, "VBD"))
    third = bool(before) and before[-1].low in {"he", "she", "it"}
    aux = "didn't" if past else "doesn't" if third else "don't"
    verb.text, verb.low = lemma, lemma
    return [_W(aux, aux)]


def _made_me(words: list[_W]) -> list[_W]:
    """Blame to a plain fact: "you made me miss the bus" -> "I missed the bus"."""
    for i in range(len(words) - 3):
        if [w.low for w in words[i : i + 3]] == ["you", "made", "me"]:
            nxt = words[i + 3]
            verb = getAllLemmas(nxt.low).get("VERB")
            if verb and verb[0] == nxt.low and nxt.tag in {"", "VB", "VBP"}:
                past = getInflection(nxt.low, "VBD")[0]
                return [*words[:i], _W("I", "i"), _W(past, past), *words[i + 4 :]]
            return [*words[:i], _W("I", "i"), _W("was", "was"), *words[i + 3 :]]
    return words


def _remove_phrase(words: list[_W], phrase: Sequence[str], by: Sequence[str] = ()) -> list[_W]:
    n, i, out = len(phrase), 0, list[_W]()
    while i < len(words):
        if [w.low for w in words[i : i + n]] == list(phrase):
            out.extend(_W(b, b) for b in by)
            i += n
            continue
        out.append(words[i])
        i += 1
    return out


def _emoji(text: str) -> bool:
    return not any(c.isalnum() or c in "'’.,!?;:-—–…()\"" for c in text)


def _clauses(words: Sequence[_W]) -> list[list[_W]]:
    """Comma-free clauses in declarative order, with "when" clauses first."""
    out: list[list[_W]] = []
    chunk: list[_W] = []
    for w in [*words, _W(",", ",")]:
        if w.low not in _SPLIT and w.low not in _END:
            chunk.append(w)
            continue
        for part in _split_when(_declarative(chunk)):
            while part and part[0].low in _LEADING:
                part.pop(0)
            if part and _concrete(part):
                out.append(part)
        chunk = []
    return out


def _declarative(words: list[_W]) -> list[_W]:
    """Why do you leave … -> "you leave …"; "why can't you help" -> "you don't help"."""
    w = list(words)
    if w and w[0].low in {"why", "how"}:
        w = w[2:] if len(w) > 1 and w[1].low == "come" else w[1:]
    if len(w) > 2 and w[0].low in _AUX_NEG and w[1].low == "n't" and w[2].low == "you":
        return [w[2], _W("don't", "don't"), *w[3:]]
    if len(w) > 1 and w[0].low in {"do", "does", "did"} and w[1].low in {"you", "i", "we"}:
        if w[0].low == "did":
            return [w[1], *_past(w[2:])]
        return w[1:]
    if len(w) > 1 and w[0].low in {"are", "were", "is", "was"} and w[1].low == "you":
        return [w[1], _W("'re" if w[0].low == "are" else "were", w[0].low), *w[2:]]
    return w


def _past(words: list[_W]) -> list[_W]:
    if words:
        forms = getInflection(words[0].low, "VBD")
        if forms:
            words[0] = _W(forms[0], forms[0])
    return words


def _split_when(words: list[_W]) -> list[list[_W]]:
    lows = [w.low for w in words]
    if lows and lows[0] in {"when", "whenever"}:
        rest = words[1:]
        cut = next((i for i, w in enumerate(rest) if i > 1 and w.low == "you"), len(rest))
        return [rest[:cut], rest[cut:]]
    for i, low in enumerate(lows):
        if low in {"when", "whenever", "while"} and i > 1 and len(words) - i > 2:
            return [words[i + 1 :], words[:i]]
    return [words]


def _concrete(words: Sequence[_W]) -> bool:
    lows = {w.low for w in words}
    if lows & _CONCERN and lows & {"n't", "not"}:  # mind reading: "you don't care about me"
        return False
    return any(w.low not in _data()["generic"] and w.low not in _PUNCT for w in words)


def _feeling(words: Sequence[_W]) -> dict[str, str]:
    data = _data()
    lows = [w.low for w in words]
    for feeling in data["feelings"]:
        for phrase in feeling["phrases"]:
            if any(lows[i : i + len(phrase)] == phrase for i in range(len(lows))):
                return dict(feeling)
    for feeling in data["feelings"]:
        if set(lows) & set(feeling["words"]):
            return dict(feeling)
    return dict(data["default"])


def _complaint(words: Sequence[_W], raw: Sequence[_W]) -> tuple[str, ...]:
    f = _feeling(raw)
    clauses = _clauses(_clean(words))
    obs = " and ".join(_lower(c) for c in clauses)
    if not obs:
        return (
            f"I've been feeling {f['feeling']} when {SLOT}. Could we talk about it?",
            f"I feel {f['feeling']} about {SLOT}, and I'd like us to {f['goal']}.",
            f"I'm feeling {f['feeling']}. Can we talk tonight?",
        )
    return (
        f"I've been feeling {f['feeling']} when {obs}. {f['request']}",
        f"I feel {f['feeling']} when {obs}, and I'd like us to {f['goal']}.",
        f"I'm feeling {f['feeling']} about {_topic(clauses)}. Can we talk tonight?",
    )


_OWNERS = frozenset({"my", "your", "our", "the", "his", "her", "their"})


def _topic(clauses: Sequence[Sequence[_W]]) -> str:
    for clause in clauses:
        for i, w in enumerate(clause):
            if w.tag.startswith("NN") and w.low not in _data()["vague"]:
                det = clause[i - 1].low if i else ""
                if det in {"my", "your", "our", "the", "his", "her", "their"}:
                    return f"{det} {w.text}"
                return f"the {w.text}" if w.tag == "NNS" else w.text
            if not w.tag and w.low in _OWNERS and i + 1 < len(clause):  # blank pipeline: no tags
                noun = [n for n in clause[i + 1 : i + 4] if n.low not in _data()["vague"]]
                if noun and noun[0] is clause[i + 1]:
                    return _render([w, *noun[:1]]).lower()
    return "this"


def _after(words: Sequence[_W], triggers: Sequence[Sequence[str]]) -> list[_W] | None:
    """The words after the first trigger phrase, up to the end of its clause."""
    lows = [w.low for w in words]
    for trig in triggers:
        for i in range(len(lows)):
            if lows[i : i + len(trig)] == list(trig):
                rest: list[_W] = []
                for w in words[i + len(trig) :]:
                    if w.low in _SPLIT or w.low in _END or w.low in {"or", "otherwise"}:
                        break
                    rest.append(w)
                return rest
    return None


_DEMANDS = (("you", "need", "to"), ("you", "have", "to"), ("you", "'ve", "got", "to"),
            ("you", "got", "to"), ("you", "'d", "better"), ("you", "better"), ("you", "should"),
            ("you", "must"), ("you", "need", "ta"))  # fmt: skip
_THREATS = (("if", "you", "do", "n't"), ("if", "you", "do", "not"), ("if", "you", "wo", "n't"),
            ("if", "you", "ca", "n't"), ("unless", "you"))  # fmt: skip
_CONSEQUENCE = frozenset({"i", "we", "then", "i'm", "this", "it", "that's", "were"})


def _by_category(cats: set[Category], words: list[_W], raw: list[_W]) -> tuple[str, ...] | None:
    if "fixing" in cats:
        return (
            "That sounds really hard. Do you want ideas, or would it help more if I just listened?",
            "That sounds like a lot. I'm here if you want to talk it through.",
            "I'm sorry it's been so hard. I'm listening.",
        )
    if "threat" in cats:
        action = _after(raw, _THREATS)
        if action is not None:
            cut = next((i for i, w in enumerate(action) if i and w.low in _CONSEQUENCE), None)
            return _threat(_clean(action[:cut]))
    if "defensiveness" in cats:
        return _defensive(words)
    if "demand" in cats:
        action = _after(raw, _DEMANDS)
        if action:
            return _demand(_clean(action), _feeling(raw))
    if "stonewalling" in cats and cats <= {"stonewalling", "contempt", "labeling"}:
        return (
            "I'm feeling overwhelmed and need a short break. Can we come back to this in an hour?",
            "I need a few minutes to calm down so I can really listen. Could we talk again in "
            "half an hour?",
            "I need a short pause. Let's talk again in an hour.",
        )
    return None


def _demand(action: list[_W], f: dict[str, str]) -> tuple[str, ...] | None:
    when = "tonight"
    if action and action[0].low == "have" and len(action) > 1:  # "should have called"
        action = [_W(getLemma(action[1].low, upos="VERB")[0], ""), *action[2:]]
        when = "next time"
    if not _concrete(action):
        return None
    do = _lower(action)
    timed = any(w.low in {"tonight", "today", "tomorrow", "now", "later", "soon"} for w in action)
    suffix = "" if timed else f" {when}"
    return (
        f"I've been feeling {f['feeling']}. Would you be willing to {do}{suffix}?",
        f"I'd really appreciate your help with this. Could you {do}?",
        f"I'd love it if you could {do}.",
    )


def _threat(action: list[_W]) -> tuple[str, ...]:
    """The need and the limit, without the ultimatum."""
    core = action[1:] if action and action[0].low in {"start", "stop", "quit", "keep"} else action
    topic = _topic([core]) if _concrete(action) else ""
    need = f"sort out {topic}" if topic and topic != "this" else "sort this out"
    limit = "It matters a lot to me, and I don't want to keep going like this."
    if not _concrete(action):
        need = f"sort out {SLOT}"
    return (
        f"I need us to {need}. {limit} Can we talk about it this week?",
        f"I'd really like you to {_lower(action)}. It matters a lot to me; can we talk about it "
        "this week?"
        if _concrete(action)
        else f"I need us to {need}. Could we sit down and talk about it this week?",
        f"I need us to {need} soon. Can we talk this week?",
    )


def _defensive(words: list[_W]) -> tuple[str, ...]:
    """Own a part first; then the user's side of it."""
    split = [_W(",", ",") if w.low in {"because", "but", "cause", "cuz"} else w for w in words]
    clauses = _clauses(_clean(split))
    mine = next((c for c in clauses if c[0].low == "i" and _concrete(c[1:])), None)
    theirs = [c for c in clauses if c is not mine]
    part = _lower(mine[1:]) if mine else "played a part in this"
    obs = " and ".join(_lower(c) for c in theirs if c[0].low != "i")
    about = f"what happened when {obs}" if obs else SLOT
    return (
        f"I hear you, and you're right that I {part}; I'm sorry. I also want to talk about "
        f"{about}.",
        f"I can see my part in this, and I'm sorry. Can we also talk about {about}?",
        "I'm sorry for my part. Can we start over?",
    )


def _lower(words: Sequence[_W]) -> str:
    text = _render(words).rstrip(".!?")
    return text if words and words[0].low == "i" else text[:1].lower() + text[1:]


def _fallback(raw: Sequence[_W]) -> str:
    return f"I've been feeling {_feeling(raw)['feeling']} when {SLOT}. Could we talk about it?"
