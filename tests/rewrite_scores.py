"""Scores for the rewrite set (tests/data/rewrites.jsonl): what a good rewrite keeps and avoids.

Each row holds a flagged draft, the words a rewrite must keep (`keep`), the user's own
feeling words (`feelings`), words it must not contain (`forbid`) and a frozen `split`.
`forbidden` counts any forbidden word; `invented` only those the draft does not have (a thing
Tend brought in: "the dog" on a draft about money), `stings` only those it does (the draft's
own jab kept: "a tip", "no point"). `slot_with_facts` counts a `[what happened]` slot on a
draft that has facts to keep: the slot belongs only on drafts with none.
The "fresh" split lives in tests/data/fresh_rewrites.jsonl: drafts written once, after the
rewrites were tuned, and rated by hand (bench/RESULTS.md). The "dev" split lives in
tests/data/rewrites_dev.jsonl: 40 drafts in styles the set had none of (voice notes, a
formal email, capitals, emoji, lists, quotes and brackets, deadpan sarcasm, Scots and Irish
jabs), written with their keep/forbid words before any run and then tuned on, openly; they
sit outside rewrites.jsonl so its hash-chosen split stays as it was.
A draft the rules do not flag is rewritten at sentence level with its labelled category
(the path a trained classifier's verdict takes), so every row gets suggestions.

`python tests/rewrite_scores.py [train|dev|test]` prints the figures and the failures.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import nlp
from nlp.detect.judge import FINAL_KEY
from nlp.rewrite import fluency
from nlp.rewrite.suggestions import SentenceFlag, rewrite
from nlp.surface import view

DATA = Path(__file__).parent / "data" / "rewrites.jsonl"
FRESH = Path(__file__).parent / "data" / "fresh_rewrites.jsonl"
DEV = Path(__file__).parent / "data" / "rewrites_dev.jsonl"
METRICS = (
    "facts",
    "forbidden",
    "invented",
    "stings",
    "fluent",
    "feelings",
    "placeholder",
    "slot_with_facts",
    "clean",
)
_SHARES = frozenset({"placeholder", "slot_with_facts"})
"""Metrics counted as a share of drafts that have the problem (lower is better)."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def rows(split: str) -> list[dict[str, Any]]:
    source = {"fresh": FRESH, "dev": DEV}.get(split, DATA)
    lines = source.read_text("utf-8").splitlines()
    return [r for r in (json.loads(line) for line in lines if line.strip()) if r["split"] == split]


def suggestions(analyzer: nlp.Analyzer, row: dict[str, Any]) -> tuple[str, ...]:
    """The analyzer's suggestions; sentence-level ones when the rules flag nothing."""
    analysis = analyzer.analyze(row["text"])
    if analysis.flagged or analysis.safety is not None:
        return analysis.suggestions  # a safety concern is never reworded
    language = analyzer._nlp
    doc = language(view(row["text"]).text)
    spans = list(doc.spans.get(FINAL_KEY, []))
    flags = [SentenceFlag(0, len(doc.text), row["categories"][0])]
    written = rewrite(doc, spans, parse=language.pipe, sentence_flags=flags)
    shown = analyzer._clean(written.suggestions)
    return analyzer._without_tends_ask(shown, written.suggestions[:1])


@dataclass
class Score:
    """Per-metric failures over a set of rows (first suggestions)."""

    total: int = 0
    safety: list[str] = field(default_factory=list)
    """Drafts answered with help instead of a rewrite: not scored."""
    failures: dict[str, list[str]] = field(default_factory=lambda: {m: [] for m in METRICS})

    def rate(self, metric: str) -> float:
        bad = len(self.failures[metric])
        return bad / self.total if metric in _SHARES else 1 - bad / self.total

    def line(self, name: str) -> str:
        figures = ", ".join(f"{m} {self.rate(m):.1%}" for m in METRICS)
        skipped = f"; {len(self.safety)} safety concerns not scored" if self.safety else ""
        return f"{name} ({self.total} drafts, first suggestions): {figures}{skipped}"


def generated(draft: str, suggestion: str) -> list[str]:
    """The sentences Tend wrote: those not copied from the draft."""
    seen = view(draft).text.lower()
    return [
        s
        for s in _SENTENCE_END.split(suggestion)
        if s and s.rstrip(".").lower() not in seen and s.lower() not in seen
    ]


def check(
    analyzer: nlp.Analyzer, row: dict[str, Any], suggestion: str, score: Score | None = None
) -> dict[str, str]:
    """What is wrong with one suggestion for `row`, by metric."""
    lower = suggestion.lower()
    seen = view(row["text"]).text.lower()
    problems: dict[str, str] = {}
    lost = [w for w in row["keep"] if w.lower() not in lower]
    if lost:
        problems["facts"] = f"lost {lost}"
    forbidden = [w for w in row["forbid"] if _has_word(lower, w) and w != nlp.SLOT]
    if forbidden:
        problems["forbidden"] = f"has {forbidden}"
    invented = [w for w in forbidden if not _has_word(seen, w)]
    if invented:
        problems["invented"] = f"has {invented}"
    stings = [w for w in forbidden if w not in invented]
    if stings:
        problems["stings"] = f"kept {stings}"
    mine = generated(row["text"], suggestion)
    broken = fluency.explain(" ".join(mine), analyzer._nlp.pipe) if mine else []
    if broken:
        problems["fluent"] = "; ".join(broken)
    dropped = [w for w in row["feelings"] if w.lower() not in lower and w.lower() in seen]
    if dropped:
        problems["feelings"] = f"dropped {dropped}"
    if nlp.SLOT in suggestion:
        problems["placeholder"] = "has the slot"
        if row["keep"]:
            problems["slot_with_facts"] = f"has the slot, and the draft has {row['keep']}"
    again = analyzer.analyze(suggestion)
    if again.flagged:
        problems["clean"] = f"flagged again: {[(p.category, p.text) for p in again.patterns]}"
    return problems


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is not None


def score(analyzer: nlp.Analyzer, split: str) -> Score:
    result = Score()
    for row in rows(split):
        if analyzer.analyze(row["text"]).safety is not None:
            result.safety.append(row["text"])
            continue
        result.total += 1
        offered = suggestions(analyzer, row)
        if not offered:
            for metric in METRICS:
                if metric not in _SHARES:
                    result.failures[metric].append(f"{row['text']} -> no suggestion")
            continue
        for metric, problem in check(analyzer, row, offered[0]).items():
            result.failures[metric].append(f"{row['text']}\n      -> {offered[0]}\n      {problem}")
    return result


if __name__ == "__main__":
    split = sys.argv[1] if len(sys.argv) > 1 else "train"
    shown = sys.argv[2:] or list(METRICS)
    result = score(nlp.default_analyzer(), split)
    for metric in shown:
        for failure in result.failures[metric]:
            print(f"[{metric}] {failure}")
    print(result.line(split))
