"""The safety gate (rules + learned heads) on labelled sets, as bench/RESULTS.md reports it.

    .venv/bin/python bench/safety.py            # frozen test split and the fresh blind set

Per set: for each kind, the share of clear disclosures given the support reply and the share
given at least a check-in; for near-misses (level "none"), how many got the support reply
(clear alarms) and how many a check-in. Only counts are printed: the texts of the test and
fresh sets are not read while working on the model, so they keep measuring it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tests" / "data"
SETS = {
    "test": (("safety_disclosures.jsonl", "safety_nearmiss.jsonl"), "test"),
    # Test rows of the set added for issue 13, apart so the first split stays comparable.
    "test_more": (("safety_more.jsonl",), "test"),
    # Test rows of the blind round (2026-12-06 evening), apart for the same reason.
    "test_blind": (("safety_blind_crisis.jsonl", "safety_blind_violence.jsonl"), "test"),
    # Test rows of the second blind round (2026-12-06, late; two writers: crisis, violence).
    "test_blind2": (("safety_blind2.jsonl", "safety_blind3.jsonl"), "test"),
    # The fourth blind round (session 11: two writers, violence and crisis, each with
    # near-misses). Trained on in a trial that did not ship (bench/RESULTS.md, "Session 11").
    # Its train split was read to widen the violence rules (session 11), so only the test split
    # measures them; the train split still measures the learned heads, never trained on it.
    "blind4": (("safety_blind4.jsonl",), "test"),
    "blind4_train": (("safety_blind4.jsonl",), "train"),
    # Goodbyes and absence, both sides (session 8): never trained on, so both splits measure.
    "departures": (("safety_departures.jsonl",), "test"),
    "departures_train": (("safety_departures.jsonl",), "train"),
    "fresh": (("fresh_safety.jsonl",), "fresh"),
    # Written blind on 2026-12-06 (session 7) after the encoder was tuned, by a writer who saw
    # no code and no data: measures that change, never tuned on.
    "fresh2": (("fresh_safety_2.jsonl",), "fresh"),
    # Written blind in session 11 (2026-12-07) after that session's rule changes; scored on the
    # head before them and after, never read, trained or tuned on.
    "fresh3": (("fresh_safety_3.jsonl",), "fresh"),
    # Written blind in session 12 (a writer who opened no code or data), scored once on main
    # before and after that session's cues and rules; texts never read.
    "fresh4": (("fresh_safety_4.jsonl",), "fresh"),
    # Written blind in session 13 (a writer who opened no code or data), scored on main before
    # that session's safety changes and after; texts never read.
    "fresh5": (("fresh_safety_5.jsonl",), "fresh"),
    # Written blind in session 13 (a writer who opened no code or data): short everyday turns,
    # leave-takings and goodbyes above all, beside short disclosures that can read like one.
    # Split by template (3 in 10 test) before anything was scored; the test split is not read.
    "closings": (("safety_closings.jsonl",), "test"),
    "closings_train": (("safety_closings.jsonl",), "train"),
}


def rows_of(files: tuple[str, ...], split: str) -> list[dict[str, Any]]:
    from nlp.train.data import read_rows

    return [row for name in files for row in read_rows(DATA / name) if row["split"] == split]


def figures(rows: list[dict[str, Any]], analyses: list[Any]) -> list[str]:
    lines: list[str] = []
    for kind in ("crisis", "violence"):
        clear = [
            a
            for r, a in zip(rows, analyses, strict=True)
            if r["kind"] == kind and r["level"] == "clear"
        ]
        if not clear:
            continue
        support = sum(a.safety is not None and a.safety.kind == kind for a in clear)
        reached = sum(a.safety is not None or a.check_in is not None for a in clear)
        lines.append(
            f"  {kind} clear ({len(clear)}): support {support / len(clear):.3f},"
            f" at least a check-in {reached / len(clear):.3f}"
        )
    possible = [a for r, a in zip(rows, analyses, strict=True) if r["level"] == "possible"]
    if possible:
        reached = sum(a.safety is not None or a.check_in is not None for a in possible)
        alarms = sum(a.safety is not None for a in possible)
        lines.append(
            f"  possible ({len(possible)}): check-in or more {reached / len(possible):.3f},"
            f" support reply {alarms}"
        )
    near = [a for r, a in zip(rows, analyses, strict=True) if r["level"] == "none"]
    alarms = sum(a.safety is not None for a in near)
    check_ins = sum(a.safety is None and a.check_in is not None for a in near)
    lines.append(f"  near-misses ({len(near)}): clear alarms {alarms}, check-ins {check_ins}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="*", help=f"any of {', '.join(SETS)} (default: all)")
    args = parser.parse_args()
    unknown = set(args.sets) - set(SETS)
    if unknown:
        parser.error(f"unknown sets: {sorted(unknown)}")
    import nlp

    analyzer = nlp.Analyzer()
    for name in args.sets or list(SETS):
        files, split = SETS[name]
        rows = rows_of(files, split)
        analyses = analyzer.analyze_many([r["text"] for r in rows])
        print(f"{name} ({', '.join(files)}, split {split!r}, {len(rows)} rows)")
        print("\n".join(figures(rows, analyses)))


if __name__ == "__main__":
    main()
