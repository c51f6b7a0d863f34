"""False alarms on everyday dialogue: how often the analyzer flags ordinary DailyDialog turns.

    .venv/bin/python bench/dialogue.py --dailydialog /work/eval/dailydialog \\
        [--limit 5000] [--sample 50] [--seed 2026] [--out /work/eval/out/dialogue.txt]
        [--textcat] [--rules-only]

Targets (the issues): clear safety alarms on at most 0.1% of turns, blame flags on at most
0.5%. A "blame flag" is a turn with at least one pattern and no safety concern; a "safety
alarm" is a turn with `safety` set. Check-ins are counted when `Analysis` has a `check_in`
attribute (read with getattr, so this runs before and after that field exists).

The data is NOT in this repository and must never be: DailyDialog (Li et al., IJCNLP 2017,
http://yanran.li/dailydialog, the `ijcnlp_dailydialog.zip` download) is licensed CC BY-NC-SA
4.0, so Tend uses it for evaluation only: not committed, not trained on, not read to write
rules. Unzip it anywhere outside the repo and pass that folder. The official test split
(`test/dialogues_test.txt`, 1,000 dialogues, 7,740 turns) is used when present; otherwise
every `dialogues_*.txt` text file found (e.g. `dialogues_text.txt`), with duplicate
dialogues dropped. Turns are split on the dataset's `__eou__` separator, and the dataset's
tokenised spacing ("don ’ t go !") is undone ("don’t go!") so turns read like typed messages;
`--raw` keeps it.

Only figures go to stdout. Turn text goes only to `--out`, a local file that must lie outside
the repository: every safety alarm and a seeded random sample of blame flags, with the
matched phrases, so a person can judge them.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from nlp import Analysis

SEPARATOR = "__eou__"
LABEL_FILES = ("_act", "_emotion", "_topic")  # annotation files beside the text files
SAFETY_TARGET = 0.001
BLAME_TARGET = 0.005

_SPACE_BEFORE = re.compile(r" +([.,!?;:%)\]}]|n[’']t\b|[’'](?:s|m|d|ll|re|ve)\b)")
_SPACE_AFTER = re.compile(r"([(\[{$]) +")
_APOSTROPHE = re.compile(r"(\w) ?([’']) ?(\w)")


@dataclass(frozen=True, slots=True)
class Scored:
    turn: str
    analysis: Analysis


def dialogue_files(folder: Path) -> list[Path]:
    """The official test split if it is there, else every DailyDialog text file."""
    test = sorted(folder.rglob("dialogues_test.txt"))
    if test:
        return test
    found = sorted(folder.rglob("dialogues_*.txt"))
    return [path for path in found if not any(label in path.stem for label in LABEL_FILES)]


def detokenize(turn: str) -> str:
    """Undo the dataset's spaced punctuation: "I ’ m fine , thanks ." -> "I’m fine, thanks."."""
    turn = _APOSTROPHE.sub(r"\1\2\3", turn)
    turn = _SPACE_BEFORE.sub(r"\1", turn)
    return _SPACE_AFTER.sub(r"\1", turn).strip()


def load_turns(files: list[Path], *, raw: bool) -> tuple[int, list[str]]:
    """(dialogues, turns) in file order; a dialogue seen twice is read once."""
    seen: set[str] = set()
    turns: list[str] = []
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            dialogue = line.strip()
            if not dialogue or dialogue in seen:
                continue
            seen.add(dialogue)
            for part in dialogue.split(SEPARATOR):
                turn = " ".join(part.split())
                if turn:
                    turns.append(turn if raw else detokenize(turn))
    return len(seen), turns


def inside_repo(path: Path) -> bool:
    return path.resolve().is_relative_to(ROOT)


def percent(count: int, total: int) -> str:
    return f"{count:>5} ({100 * count / total:.3f}%)" if total else f"{count:>5}"


def describe(item: Scored) -> str:
    """One turn for the human-readable file: the text, then what fired and where."""
    analysis = item.analysis
    lines = [f"  {item.turn}"]
    if analysis.safety is not None:
        lines.append(f"    safety {analysis.safety.kind}: “{analysis.safety.text}”")
    lines += [f"    {p.category}: “{p.text}”" for p in analysis.patterns]
    check_in = getattr(analysis, "check_in", None)
    if check_in:
        lines.append(f"    check-in: {check_in}")
    return "\n".join(lines)


def write_review(
    out: Path, summary: list[str], alarms: list[Scored], sample: list[Scored], flagged: int
) -> None:
    sections = [
        "DailyDialog turns flagged by Tend's analyzer. CC BY-NC-SA 4.0 text: keep this file",
        "out of any repository.",
        "",
        *summary,
        "",
        f"== all {len(alarms)} safety alarms ==",
        *(describe(item) for item in alarms),
        "",
        f"== {len(sample)} of {flagged} blame flags (random, seeded) ==",
        *(describe(item) for item in sample),
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(sections) + "\n", "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--dailydialog", type=Path, required=True, metavar="DIR")
    parser.add_argument("--limit", type=int, help="score only the first N turns")
    parser.add_argument("--sample", type=int, default=50, help="blame flags written to --out")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--raw", action="store_true", help="keep the dataset's spaced punctuation")
    parser.add_argument("--out", type=Path, help="review file (outside the repo)")
    parser.add_argument("--textcat", action="store_true", help="add the bag-of-words classifier")
    parser.add_argument(
        "--rules-only", action="store_true", help="without learned blame (on by default)"
    )
    args = parser.parse_args()
    if args.out is not None and inside_repo(args.out):
        parser.error(f"--out must be outside the repository ({ROOT}): the data is not ours")
    files = dialogue_files(args.dailydialog)
    if not files:
        parser.error(f"no dialogues_*.txt under {args.dailydialog}")

    dialogues, turns = load_turns(files, raw=args.raw)
    if args.limit is not None:
        turns = turns[: args.limit]

    started = time.perf_counter()
    import nlp

    analyzer = nlp.Analyzer(textcat=args.textcat, learned_blame=not args.rules_only)
    loaded = time.perf_counter()
    results = [
        Scored(turn, analysis)
        for turn, analysis in zip(turns, analyzer.analyze_many(turns), strict=True)
    ]
    scored = time.perf_counter()

    alarms = [item for item in results if item.analysis.safety is not None]
    blamed = [item for item in results if item.analysis.safety is None and item.analysis.patterns]
    checked_in = [item for item in results if getattr(item.analysis, "check_in", None)]
    categories = Counter(c for item in blamed for c in item.analysis.categories)
    kinds = Counter(item.analysis.safety.kind for item in alarms if item.analysis.safety)
    has_check_in = bool(results) and hasattr(results[0].analysis, "check_in")

    total = len(results)
    split = ", ".join(str(path.relative_to(args.dailydialog)) for path in files)
    summary = [
        f"pipeline: {analyzer.info.describe()}",
        f"data: {split} ({dialogues} dialogues, {'raw' if args.raw else 'detokenised'})",
        f"turns scored: {total}",
        f"blame flags:   {percent(len(blamed), total)}  target <= {100 * BLAME_TARGET:.1f}%"
        f"  {'ok' if len(blamed) <= BLAME_TARGET * total else 'OVER'}",
        f"safety alarms: {percent(len(alarms), total)}  target <= {100 * SAFETY_TARGET:.1f}%"
        f"  {'ok' if len(alarms) <= SAFETY_TARGET * total else 'OVER'}",
        "  by kind: " + (", ".join(f"{k} {n}" for k, n in kinds.most_common()) or "none"),
        f"check-ins:     {percent(len(checked_in), total)}"
        if has_check_in
        else "check-ins:     n/a (Analysis has no check_in yet)",
        "blame flags by category (turns):",
        *(f"  {c:<14} {percent(categories[c], total)}" for c in nlp.CATEGORIES if categories[c]),
        f"time: load {loaded - started:.1f} s, analyze_many {scored - loaded:.1f} s"
        f" ({total / (scored - loaded):.0f} turns/s)",
    ]
    print("\n".join(summary))

    if args.out is not None:
        rng = random.Random(args.seed)
        sample = rng.sample(blamed, min(args.sample, len(blamed)))
        write_review(args.out, summary, alarms, sample, len(blamed))
        print(f"review file (turn text, keep local): {args.out}")


if __name__ == "__main__":
    main()
