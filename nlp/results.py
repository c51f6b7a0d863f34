"""The only objects that leave `nlp/`: frozen, slotted, picklable dataclasses.

Nothing here holds a spaCy `Doc` or `Span`, so results can cross a process pool and
outlive the analysis that made them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, TypeAlias, get_args

Category: TypeAlias = Literal[
    "absolute",
    "blame",
    "mind_reading",
    "labeling",
    "contempt",
    "demand",
    "defensiveness",
    "stonewalling",
    "threat",
    "fixing",
]
SafetyKind: TypeAlias = Literal["crisis", "violence"]

CATEGORIES: tuple[Category, ...] = get_args(Category)
SAFETY_KINDS: tuple[SafetyKind, ...] = ("crisis", "violence")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One phrase in the draft that tends to land as an attack.

    `start`/`end` are character offsets into the analysed text: `text == draft[start:end]`.
    `learned`: a whole sentence the learned model flagged, with no exact words of a rule.
    """

    category: Category
    text: str
    start: int
    end: int
    explanation: str
    learned: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "explanation": self.explanation,
            "learned": self.learned,
        }


@dataclass(frozen=True, slots=True)
class SafetyConcern:
    """The draft reads as a disclosure of danger; coaching stops and support comes first.

    `text`/`start`/`end` locate the phrase that raised the concern.
    """

    kind: SafetyKind
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class CheckIn:
    """The draft may hint at danger, but not clearly: coaching goes on, with one gentle line.

    Hyperbole with a laugh ("I'll kill myself lol"), "walking on eggshells", or a learned
    score below the clear threshold. `kind` says which help the line points to.
    """

    kind: SafetyKind

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind}


@dataclass(frozen=True, slots=True)
class Ask:
    """One answer to "What would help?": a short button label and the sentence it adds."""

    label: str
    sentence: str


@dataclass(frozen=True, slots=True)
class Mine:
    """What "Make it mine" offers for one draft; `nlp.compose_mine` turns two picks into text.

    Built from the draft alone, so a bot can rebuild it from the draft at every tap.
    """

    feelings: tuple[str, ...]
    """The user's own feeling word first when the draft has one, then Tend's short list."""
    asks: tuple[Ask, ...]
    observation: str
    """What happened, ready to follow the feeling (" when you don't …"); "" when unknown."""
    own_feeling: bool
    """True when `feelings[0]` is the user's own word from the draft."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """What `nlp.analyze` found in one draft.

    `suggestions` is best first, and empty when nothing is flagged or when `safety` is set.
    `safety` is a clear disclosure (support instead of coaching); `check_in` a possible one
    (coaching plus a gentle line); never both.
    """

    flagged: bool
    patterns: tuple[Pattern, ...]
    suggestions: tuple[str, ...]
    safety: SafetyConcern | None
    check_in: CheckIn | None = None
    mine: Mine | None = None
    """The "Make it mine" choices; None when not flagged, a safety concern, or advice."""
    read_lightly: bool = False
    """True for a very long draft (see `nlp.analyzer.LIGHT_READING_CHARS`): read by the rules
    and the classifier without the parse or the sentence encoder, and never rewritten."""

    @property
    def categories(self) -> tuple[Category, ...]:
        """Distinct categories in the order they first occur in the draft."""
        return tuple(dict.fromkeys(p.category for p in self.patterns))

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of `python -m nlp --json`."""
        return {
            "flagged": self.flagged,
            "patterns": [p.to_dict() for p in self.patterns],
            "suggestions": list(self.suggestions),
            "safety": None if self.safety is None else self.safety.to_dict(),
            "check_in": None if self.check_in is None else self.check_in.to_dict(),
            "read_lightly": self.read_lightly,
        }


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """Which pipeline an `Analyzer` runs, for logs and `python -m nlp --info`."""

    model: str
    """Package name of the trained model, or "blank" for the fallback."""
    version: str
    trained: bool
    """False when the blank pipeline + rules fallback is in use."""
    verified: bool
    """True when every model file matched the official sha256 table."""
    pipeline: tuple[str, ...]
    spacy_version: str
    learned: bool = False
    """True when the sentence encoder and the learned checks run beside the rules."""

    def describe(self) -> str:
        """One line for humans."""
        if not self.trained:
            head = "blank English pipeline + rules + lemminflect (fallback: no trained model)"
        else:
            check = "files verified" if self.verified else "files NOT verified"
            head = f"trained model {self.model} {self.version} ({check})"
        learned = "learned checks on" if self.learned else "learned checks OFF (rules only)"
        return f"{head}; {learned}; spaCy {self.spacy_version}; pipes: {', '.join(self.pipeline)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "version": self.version,
            "trained": self.trained,
            "verified": self.verified,
            "pipeline": list(self.pipeline),
            "spacy_version": self.spacy_version,
            "learned": self.learned,
        }
