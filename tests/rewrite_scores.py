"""Scores for the rewrite set (tests/data/rewrites.jsonl): what a good rewrite keeps and avoids.

Each row holds a flagged draft, the words a rewrite must keep (`keep`), the user's own
feeling words (`feelings`), words it must not contain (`forbid`) and a frozen `split`.
A draft the rules do not flag is rewritten at sentence level with its labelled category
(the path a trained classifier's verdict takes), so every row gets suggestions.

`python tests/rewrite_scores.py [train|test]` prints the figures and the failures.
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
METRICS = ("facts", "invented", "fluent", "feelings", "placeholder", "clean")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def rows(split: str) -> list[dict[str, Any]]:
    lines = DATA.read_text("utf-8").splitlines()
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
    return analyzer._clean(written.suggestions)


@dataclass
class Score:
    """Per-metric failures over a set of rows (first suggestions)."""

    total: int = 0
    safety: list[str] = field(default_factory=list)
    """Drafts answered with help instead of a rewrite: not scored."""
    failures: dict[str, list[str]] = field(default_factory=lambda: {m: [] for m in METRICS})

    def rate(self, metric: str) -> float:
        bad = len(self.failures[metric])
        return bad / self.total if metric == "placeholder" else 1 - bad / self.total

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
    invented = [
        w
        for w in row["forbid"]
        if re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", lower) and w != nlp.SLOT
    ]
    if invented:
        problems["invented"] = f"has {invented}"
    mine = generated(row["text"], suggestion)
    broken = fluency.explain(" ".join(mine), analyzer._nlp.pipe) if mine else []
    if broken:
        problems["fluent"] = "; ".join(broken)
    dropped = [w for w in row["feelings"] if w.lower() not in lower and w.lower() in seen]
    if dropped:
        problems["feelings"] = f"dropped {dropped}"
    if nlp.SLOT in suggestion:
        problems["placeholder"] = "has the slot"
    again = analyzer.analyze(suggestion)
    if again.flagged:
        problems["clean"] = f"flagged again: {[(p.category, p.text) for p in again.patterns]}"
    return problems


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
                if metric != "placeholder":
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
