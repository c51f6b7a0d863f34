"""How analysis time grows with the length of one draft.

    .venv/bin/python bench/length.py [--sizes 10000,25000,50000,100000,200000]

Each draft is made of corpus drafts (tests/data/corpus_*.jsonl, blaming and innocent mixed,
fixed seed) joined into one text of the given length, so it has real sentences and a flag every
few of them. Prints seconds for `Analyzer.analyze` and for a bare parse (en_core_web_sm, no
Tend components) of the same text in the same run, and seconds per 100k characters: a flat
last column is linear growth.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FILES = ("corpus_blaming_a.jsonl", "corpus_blaming_b.jsonl", "corpus_innocent.jsonl")


def long_draft(size: int, seed: int = 14) -> str:
    texts = [
        json.loads(line)["text"]
        for name in FILES
        for line in (DATA / name).read_text("utf-8").splitlines()
        if line.strip()
    ]
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        text = rng.choice(texts).rstrip()
        text = text if text[-1:] in {".", "!", "?"} else text + "."
        parts.append(text)
        length += len(text) + 1
    return " ".join(parts)[:size]


def timed(run: object, text: str) -> float:
    start = time.perf_counter()
    run(text)  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,25000,50000,100000,200000")
    args = parser.parse_args()

    import nlp
    from nlp.model import load_language

    analyzer = nlp.Analyzer()
    bare, _ = load_language(None, allow_fallback=False)
    # Lazy loads (lemminflect's tables, first rewrite) happen here, not in the first size.
    analyzer.analyze("you never listen to me and you always forget the bins")
    bare("warm up")
    print(f"{'chars':>8} {'analyze s':>10} {'parse s':>8} {'analyze/100k':>13} {'ratio':>6}")
    for size in (int(s) for s in args.sizes.split(",")):
        text = long_draft(size)
        parse = timed(bare, text)
        analyze = timed(analyzer.analyze, text)
        print(
            f"{size:>8} {analyze:>10.2f} {parse:>8.2f} {analyze / size * 100_000:>13.2f}"
            f" {analyze / parse:>6.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
