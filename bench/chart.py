"""History chart and stats timings: `.venv/bin/python bench/chart.py [--renders N]`.

Budget (issue 7): a 12-week chart renders in <= 300 ms; summarising 5,000 checks takes well
under 50 ms. /history's statistics now start from counts per local day (the database counts),
so their cost depends on the days and categories, not on the checks: measured here from the
day counts of 5,000 checks. First-render cost (matplotlib import + font loading) is measured
separately, in fresh interpreters, because it is paid once per worker, not per /history.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.history.days import HistoryCounts  # noqa: E402 - after the path tweak, so the script runs anywhere
from bot.history.records import CheckRecord, NudgeDoneRecord, count_history  # noqa: E402 - after the path tweak, so the script runs anywhere
from bot.history.stats import CATEGORIES, summarize, weekly_counts  # noqa: E402 - after the path tweak, so the script runs anywhere
from bot.history.therapy import persistent_pattern  # noqa: E402 - after the path tweak, so the script runs anywhere

NOW = datetime(2026, 11, 25, 18, tzinfo=UTC)


def history(n: int, *, days: int, seed: int = 1) -> list[CheckRecord]:
    rng = random.Random(seed)
    checks = []
    for _ in range(n):
        cats = tuple(rng.sample(CATEGORIES, rng.randint(1, 3))) if rng.random() < 0.6 else ()
        checks.append(
            CheckRecord(
                NOW - timedelta(seconds=rng.uniform(0, days * 86400)),
                bool(cats),
                cats,
                tuple(rng.choice(("you never", "You always", "whatever")) for _ in cats),
                rng.choice((None, 0)) if cats else None,
            )
        )
    return checks


def counts(checks: list[CheckRecord], nudges: Sequence[NudgeDoneRecord] = ()) -> HistoryCounts:
    return count_history(checks, nudges, now=NOW, tz=UTC)


def timings(fn: Callable[[], object], runs: int, warmup: int = 3) -> tuple[float, float]:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(len(samples) * 0.95))]


def first_render() -> None:
    """Run in a fresh interpreter: the cost of the very first chart in a process."""
    from bot.history.chart import render_weekly_chart

    tz = UTC
    weeks = weekly_counts(count_history(history(600, days=84), [], now=NOW, tz=tz))
    start = time.perf_counter()
    render_weekly_chart(weeks, title="Patterns per week")
    print(f"{(time.perf_counter() - start) * 1000:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--renders", type=int, default=50)
    parser.add_argument("--first", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.first:
        first_render()
        return

    firsts = [
        float(
            subprocess.run(
                [sys.executable, __file__, "--first"], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(5)
    ]
    print(
        f"first render in a fresh process (import + fonts + draw), 5 runs: "
        f"median {statistics.median(firsts):.0f} ms, max {max(firsts):.0f} ms"
    )

    from bot.history.chart import render_weekly_chart

    cases = {
        "12 weeks, all 10 categories (4 named + other)": history(600, days=84),
        "12 weeks, 2 categories": [
            c for c in history(600, days=84) if set(c.categories) <= {"blame", "absolute"}
        ],
        "12 weeks, empty state": [],
    }
    for name, checks in cases.items():
        weeks = weekly_counts(counts(checks))
        render = partial(render_weekly_chart, weeks, title="Patterns per week")
        median, p95 = timings(render, args.renders)
        print(f"render {name}: median {median:.1f} ms, p95 {p95:.1f} ms ({args.renders} runs)")

    for days in (365, 60):  # 60: every check inside the windows, the worst case
        checks = history(5000, days=days)
        nudges = [NudgeDoneRecord(c.created_at) for c in checks[:500]]
        counted = counts(checks, nudges)
        for name, fn in (
            ("summarize", partial(summarize, counted)),
            ("weekly_counts", partial(weekly_counts, counted)),
            ("persistent_pattern", partial(persistent_pattern, counted)),
        ):
            median, p95 = timings(fn, 200)
            print(
                f"{name} from the day counts of 5,000 checks over {days} days: "
                f"median {median:.2f} ms, p95 {p95:.2f} ms"
            )
        median, p95 = timings(partial(counts, checks, nudges), 20)
        print(
            f"count_history (Python twin of the SQL, tests only), 5,000 checks over {days} "
            f"days: median {median:.1f} ms, p95 {p95:.1f} ms"
        )


if __name__ == "__main__":
    main()
