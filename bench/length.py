"""How analysis time grows with the length of one draft.

    .venv/bin/python bench/length.py [--sizes 10000,25000,50000,100000,200000]

Each draft is everyday sentences (a third of them blaming, fixed seed) joined into one text
of the given length. Prints CPU seconds for `Analyzer.analyze` and for a bare parse
(en_core_web_sm, no Tend components) of the same text in the same run, and seconds per 100k
characters: a flat column is linear growth.
"""

from __future__ import annotations

import argparse
import random
import time

# Everyday sentences, about a third of them blaming; none is a safety disclosure (a draft with
# one is answered without rewrites, which would skip most of the work being measured).
SENTENCES = (
    "You never listen to me when I talk about work.",
    "Thanks for picking up the kids today, that was a big help.",
    "You always leave your dishes in the sink.",
    "Can we talk about the holiday plans tonight?",
    "You're so lazy about the bins.",
    "I loved the dinner on Friday.",
    "If you go out again tonight we're done.",
    "The train was late so I missed the meeting.",
    "Whatever, do what you want.",
    "My sister called and we talked for an hour.",
    "You need to stop spending money on games.",
    "I'd like us to plan a weekend away soon.",
    "Well you forgot my birthday, so.",
    "Just go to bed earlier then.",
    "The dog needs a walk before it rains.",
    "You don't care about anything I say.",
)


def long_draft(size: int, seed: int = 14) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(rng.choice(SENTENCES))
        length += len(parts[-1]) + 1
    return " ".join(parts)[:size]


def timed(run: object, text: str) -> float:
    """CPU seconds (this process, all threads): on a shared machine, wall time mostly measures
    the neighbours."""
    start = time.process_time()
    run(text)  # type: ignore[operator]
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,25000,50000,100000,200000")
    parser.add_argument("--textcat", action="store_true", help="with the blame classifier")
    args = parser.parse_args()

    import nlp
    from nlp.model import load_language

    analyzer = nlp.Analyzer(textcat=args.textcat)
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
