"""End to end: `.venv/bin/python bench/e2e.py [--users 1000] [--seconds 30] [--modes ...]`.

The real bot (`python -m bot`, via devtools.launcher.BotProcess) against the Bot API stand-in on
loopback; N simulated users paste drafts from tests/data/drafts.jsonl. For each mode
(long polling, webhook) one bot process runs:

1. first contact: every user sends one draft (creating them), 64 in flight;
2. open loop at each --rate: drafts offered at a fixed rate, each by a user not waiting for
   a reply; reports the answered rate, reply latency (update queued -> reply arrived at the
   stand-in) p50/p95/p99, lost and duplicated replies;
3. closed loop (--max-seconds): --concurrency drafts always in flight, each user sending the
   next the moment the last is answered, i.e. the most the bot sustains;

with CPU seconds per draft and peak RSS of the bot, its analyzer workers, PostgreSQL's
backends (when used) and this process (stand-in + load), and the CPU everything else on the
machine used meanwhile. Before that, the analyzer alone: `analyze_many` in as many processes
as the bot's ANALYZER_WORKERS, for the ratio e2e / alone. After each run, rows and bytes per
table. --scale 1 2 3 runs webhook workers behind nginx sharing one PostgreSQL, with an
exactly-once check across them (bench/e2e_scale.py). Exits 1 if any reply was lost or doubled.

The bot runs with RATE_LIMITER=false (Telegram's ~30 msg/s per bot is a property of Telegram,
not of Tend) and FLOOD_MAX_DRAFTS=10000 (the per-user limit would otherwise answer "one at a
time" to simulated users who type far faster than people). Results: bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from e2e_load import Load, Step  # noqa: E402
from e2e_run import HEADER, Meter, bot_env, free_port, own_pid, run_steps, webhook_env  # noqa: E402
from e2e_scale import postgres_database, run_scaled  # noqa: E402
from e2e_storage import describe_sizes, table_sizes  # noqa: E402

from devtools.launcher import BotProcess  # noqa: E402
from standin import StandIn  # noqa: E402

DRAFTS = ROOT / "tests" / "data" / "drafts.jsonl"


def load_texts() -> list[str]:
    """The drafts the tests use: blaming, clean and borderline, 575 of them."""
    lines = DRAFTS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


# -- the analyzer alone ------------------------------------------------------------------


def _alone(texts: list[str], batch: int, seconds: float, ready: Any, go: Event) -> None:
    import nlp

    analyzer = nlp.Analyzer()
    analyzer.analyze_many(texts[:64])  # warm
    ready.put(None)
    go.wait()
    count, cpu = 0, time.process_time()
    deadline = time.perf_counter() + seconds
    for i in range(0, 10**9, batch):
        if time.perf_counter() >= deadline:
            break
        chunk = [texts[(i + k) % len(texts)] for k in range(batch)]
        count += len(analyzer.analyze_many(chunk))
    ready.put((count, time.process_time() - cpu))


def analyzer_alone(texts: list[str], *, processes: int, batch: int, seconds: float) -> Step:
    """`analyze_many` in `processes` processes, all started together, for `seconds`."""
    ctx = multiprocessing.get_context("spawn")
    ready, go = ctx.Queue(), ctx.Event()
    procs = [
        ctx.Process(target=_alone, args=(texts, batch, seconds, ready, go))
        for _ in range(max(processes, 1))
    ]
    for proc in procs:
        proc.start()
    for _ in procs:
        ready.get()
    start = time.perf_counter()
    go.set()
    results = [ready.get() for _ in procs]
    elapsed = time.perf_counter() - start
    for proc in procs:
        proc.join()
    count = sum(r[0] for r in results)
    step = Step(f"analyzer alone ×{len(procs)}, batch {batch}", count, count, elapsed, [], 0, 0, 0)
    step.cpu["analyzer"] = sum(r[1] for r in results)
    return step


# -- one bot process -----------------------------------------------------------------------


async def run_mode(
    mode: str, args: argparse.Namespace, texts: list[str], db: str | None
) -> list[Step]:
    """One bot process in `mode` against a fresh stand-in."""
    with tempfile.TemporaryDirectory(prefix=f"tend-e2e-{mode}-") as tmp:
        async with StandIn() as api:
            load = Load(api, args.users, texts)
            env = bot_env(args)
            if args.profile:
                env["PROFILE_FILE"] = f"{args.profile}.{mode}.prof"
            if mode == "webhook":
                port = free_port()
                env |= webhook_env(port, f"http://127.0.0.1:{port}/tg/hook")
            bot = BotProcess(api, data_dir=Path(tmp) / "data", database_url=db, env=env)
            await bot.start()
            try:
                assert bot.pid is not None
                groups = {"bot": [bot.pid], "stand-in+load": [own_pid()]}
                meter = Meter(groups, children={"bot": "analyzer"}, postgres_db=db_name(db))
                steps = await run_steps(load, meter, args, f"{mode}, {db_label(db)}")
            finally:
                code = await bot.stop()
            if code != 0:
                raise RuntimeError(f"bot exited with {code}:\n{bot.log_tail()}")
            api.assert_no_violations()
            url = db or f"sqlite+aiosqlite:///{Path(tmp) / 'data' / 'tend.sqlite3'}"
            print(describe_sizes(f"{mode}, {db_label(db)}", await table_sizes(url)), flush=True)
            return steps


def db_name(url: str | None) -> str | None:
    """The PostgreSQL database name in `url` (None for SQLite)."""
    return url.rsplit("/", 1)[-1] if url and url.startswith("postgresql") else None


def db_label(url: str | None) -> str:
    """'sqlite' or 'postgres'."""
    return "postgres" if db_name(url) else "sqlite"


# -- report --------------------------------------------------------------------------------


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--users", type=int, default=1000)
    p.add_argument("--seconds", type=float, default=30.0, help="length of each open-loop step")
    p.add_argument("--rate", type=float, nargs="+", default=[120.0], help="offered drafts/s")
    p.add_argument("--max-seconds", type=float, default=15.0, help="closed-loop step; 0: none")
    p.add_argument("--concurrency", type=int, default=64, help="drafts in flight, closed loop")
    p.add_argument(
        "--modes", nargs="*", default=["polling", "webhook"], choices=["polling", "webhook"]
    )
    p.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    p.add_argument("--analyzer-workers", type=int, default=1)
    p.add_argument("--alone-seconds", type=float, default=10.0, help="analyzer alone; 0: skip")
    p.add_argument("--alone-batch", type=int, default=32)
    p.add_argument("--scale", type=int, nargs="*", default=[], help="webhook workers behind nginx")
    p.add_argument("--bot-env", nargs="*", default=[], help="KEY=VALUE for the bot process")
    p.add_argument("--pin", action="store_true", help="--scale: worker i only on core i")
    p.add_argument("--dedupe-sample", type=int, default=100, help="updates per exactly-once check")
    p.add_argument("--keep-nginx-conf", help="copy the generated nginx config here")
    p.add_argument("--timeline", action="store_true", help="per-second replies and latency")
    p.add_argument("--json", help="write every step here as JSON")
    p.add_argument("--profile", help="cProfile the bot process: PATH.<mode>.prof")
    return p.parse_args(argv)


async def main_async(args: argparse.Namespace) -> list[Step]:
    texts = load_texts()
    steps: list[Step] = []
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start", flush=True)
    if args.alone_seconds > 0:
        alone = await asyncio.to_thread(
            analyzer_alone,
            texts,
            processes=args.analyzer_workers,
            batch=args.alone_batch,
            seconds=args.alone_seconds,
        )
        cost = alone.cpu_ms_per_draft("analyzer")
        print(f"{alone.name}: {alone.rate:.0f} drafts/s, {cost:.2f} CPU ms/draft", flush=True)
        steps.append(alone)
    print(HEADER, flush=True)
    for mode in args.modes:
        async with postgres_database(enabled=args.db == "postgres") as db:
            steps += await run_mode(mode, args, texts, db)
    if args.scale:
        steps += await run_scaled(args, texts)
    if args.alone_seconds > 0:
        best = max((s for s in steps[1:]), key=lambda s: s.rate, default=None)
        if best is not None:
            ratio = best.rate / steps[0].rate
            print(f"best e2e / analyzer alone: {best.rate:.0f} / {steps[0].rate:.0f} = {ratio:.2f}")
    print(f"load average {os.getloadavg()[0]:.2f} at end")
    return steps


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    steps = asyncio.run(main_async(args))
    if args.json:
        rows = [
            {
                "name": s.name,
                "drafts_per_s": s.rate,
                "offered": s.offered,
                "answered": s.answered,
                "p50_ms": s.percentile(50),
                "p95_ms": s.percentile(95),
                "p99_ms": s.percentile(99),
                "lost": s.lost,
                "duplicated": s.duplicated,
                "cpu_s": s.cpu,
                "peak_rss": s.peak_rss,
            }
            for s in steps
        ]
        Path(args.json).write_text(json.dumps(rows, indent=2), encoding="utf-8")
    return 1 if any(s.lost or s.duplicated for s in steps) else 0


if __name__ == "__main__":
    sys.exit(main())
