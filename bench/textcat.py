"""Rules vs the bag-of-words classifier on the frozen test split, and what the classifier costs.

    .venv/bin/python bench/textcat.py [--model nlp/models/textcat]

Reads `split == "test"` rows of the corpus (never used in training or tuning) and reports,
for the rules alone (`nlp.Analyzer`), the classifier alone and the two combined (a label
from either): flagged precision/recall and category recall (micro, over every label a draft
should get) with per-category recall. Cost: CPU milliseconds per draft, one draft at a time, for
a bare parse (en_core_web_sm, no Tend components), the classifier, and the whole analyzer,
measured in the same run.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from nlp.detect.textcat import DEFAULT_PATH, FLAGGED, load_textcat
from nlp.results import CATEGORIES
from nlp.train.textcat import CORPUS_FILES, DATA_DIR, Counts, Row, read_rows


def report(name: str, rows: Sequence[Row], predicted: Sequence[frozenset[str]]) -> None:
    flagged = Counts.of([FLAGGED in r.labels for r in rows], [FLAGGED in p for p in predicted])
    per = {
        c: Counts.of([c in r.labels for r in rows], [c in p for p in predicted]) for c in CATEGORIES
    }
    tp = sum(c.tp for c in per.values())
    fn = sum(c.fn for c in per.values())
    fp = sum(c.fp for c in per.values())
    print(
        f"{name:<10} flagged P {flagged.precision:.3f} R {flagged.recall:.3f}"
        f" | category recall {tp / (tp + fn):.3f} precision {tp / (tp + fp):.3f}"
    )
    print("           " + " ".join(f"{c[:6]}={per[c].recall:.2f}" for c in CATEGORIES))


def per_draft_ms(run: Callable[[str], object], texts: Sequence[str], rounds: int) -> float:
    """CPU milliseconds per draft, best of `rounds` (CPU time: the machine is shared)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for text in texts:
            run(text)
        best = min(best, (time.process_time() - start) / len(texts) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import nlp
    from nlp.model import load_language

    rows = read_rows([DATA_DIR / name for name in CORPUS_FILES], split="test")
    texts = [r.text for r in rows]
    print(f"test split: {len(rows)} drafts, {sum(FLAGGED in r.labels for r in rows)} blaming")
    analyzer = nlp.Analyzer()
    analyses = analyzer.analyze_many(texts)
    rules = [frozenset(a.categories) | ({FLAGGED} if a.flagged else frozenset()) for a in analyses]
    textcat = load_textcat(args.model)
    model = [textcat(text).labels for text in texts]
    report("rules", rows, rules)
    report("textcat", rows, model)
    report("either", rows, [a | b for a, b in zip(rules, model, strict=True)])

    bare, _ = load_language(None, allow_fallback=False)
    sample = texts[:: max(1, len(texts) // 400)]
    for text in sample[:20]:
        bare(text)
        textcat(text)
    parse_ms = per_draft_ms(bare, sample, args.rounds)
    textcat_ms = per_draft_ms(textcat, sample, args.rounds)
    analyze_ms = per_draft_ms(analyzer.analyze, sample, args.rounds)
    print(
        f"cost per draft ({len(sample)} drafts, best of {args.rounds}): bare parse "
        f"{parse_ms:.2f} ms, textcat {textcat_ms:.3f} ms ({textcat_ms / parse_ms:.2f}x parse), "
        f"analyze {analyze_ms:.2f} ms ({analyze_ms / parse_ms:.2f}x parse)"
    )


if __name__ == "__main__":
    main()
