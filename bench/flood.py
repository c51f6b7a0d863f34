"""One user floods, everyone else waits? `.venv/bin/python bench/flood.py [--flood 300]`.

The real bot (`python -m bot`, production settings: PTB's 30 msg/s rate limiter on, the flood
limit at its defaults) against the Bot API stand-in. One user sends `--flood` drafts at once;
meanwhile `--others` users each send a draft, wait for the reply, pause `--pause` s, and
again, for `--seconds` (at a pace under the flood limit); the same without the flood first,
with other users. Reports the flooding user's replies (answers and "slow down"s) and
the others' reply latency (draft sent -> reply at the stand-in) p50 / p95 / p99 / max, with
and without the flood. Results: bench/RESULTS.md ("Flood").
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from e2e import load_texts  # noqa: E402

from devtools.launcher import BotProcess  # noqa: E402
from standin import StandIn  # noqa: E402
from standin.users import SimUser  # noqa: E402


def _quantiles(samples: list[float]) -> str:
    if len(samples) < 2:
        return "n/a"
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    ms = [cuts[49] * 1000, cuts[94] * 1000, cuts[98] * 1000, max(samples) * 1000]
    return " / ".join(f"{v:.0f}" for v in ms)


async def _converse(
    user: SimUser, texts: list[str], seconds: float, pause: float, start_in: float
) -> list[float]:
    latencies: list[float] = []
    deadline = time.monotonic() + seconds
    await asyncio.sleep(start_in)  # staggered: a steady trickle, not one burst
    i = 0
    while time.monotonic() < deadline:
        sent = time.monotonic()
        await user.send(texts[i % len(texts)])
        await user.wait_for_reply(timeout=60)
        latencies.append(time.monotonic() - sent)
        i += 1
        await asyncio.sleep(pause)
    return latencies


async def run(args: argparse.Namespace) -> None:
    texts = load_texts()
    with tempfile.TemporaryDirectory(prefix="tend-flood-") as tmp:
        async with StandIn() as api:
            env = {"LOG_LEVEL": "WARNING", "ANALYZER_WORKERS": "1", "NUDGE_POLL_SECONDS": "20"}
            bot = BotProcess(api, data_dir=Path(tmp) / "data", env=env)
            await bot.start()
            try:
                calm_users = [api.user(f"Calm{i}") for i in range(args.others)]
                calm = await asyncio.gather(
                    *(
                        _converse(u, texts, args.seconds, args.pause, i * args.pause / args.others)
                        for i, u in enumerate(calm_users)
                    )
                )
                flooder = api.user("Flood")
                others = [api.user(f"Other{i}") for i in range(args.others)]
                conversations = asyncio.gather(
                    *(
                        _converse(u, texts, args.seconds, args.pause, i * args.pause / args.others)
                        for i, u in enumerate(others)
                    )
                )
                for i in range(args.flood):
                    await flooder.send(texts[i % len(texts)])
                flooded = await conversations
                await api.wait_idle(quiet=1.0, timeout=120)
            finally:
                await bot.stop()
            api.assert_no_violations()
    told = [m.text for m in flooder.transcript]
    # Today's wording, and the one before it (to run this bench on older code).
    slow = [t for t in told if "set this one aside" in t or "One at a time" in t]
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at the end")
    print(
        f"flooding user: {args.flood} drafts -> {len(told) - len(slow)} answers, "
        f"{len(slow)} 'slow down'"
    )
    before = [x for xs in calm for x in xs]
    during = [x for xs in flooded for x in xs]
    print(f"others, no flood:  {len(before)} replies, p50/p95/p99/max ms {_quantiles(before)}")
    print(f"others, flooding:  {len(during)} replies, p50/p95/p99/max ms {_quantiles(during)}")


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--flood", type=int, default=300)
    # Each of the others stays under the flood limit (6 drafts in 30 s): one every ~5.5 s.
    p.add_argument("--others", type=int, default=30)
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--pause", type=float, default=5.5)
    return p.parse_args(argv)


if __name__ == "__main__":
    asyncio.run(run(parse()))
