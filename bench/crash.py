"""kill -9 under load: `.venv/bin/python bench/crash.py [--drafts 2000] [--kills 3] [--db ...]`.

The bigger run of tests/test_crash_replies.py. The real bot (`python -m bot`) against the Bot
API stand-in; `--drafts` users each send one draft, all at once. The bot is killed with
SIGKILL `--kills` times, each after a random share of the replies so far, and started again
at once; then the run waits until every user has a reply. Telegram's side behaves as
Telegram does: long polling hands out again what was not confirmed, the webhook sender
redelivers what was not answered 200.

Reports per mode and database: replies before each kill, lost (users without a reply),
duplicated (users with more than one), updates answered again after a restart and updates
let go unanswered because their reply had started to leave (bot/telegram/inbox.py), and the
time from each restart to the last reply. Exits 1 if anything was lost or duplicated.
Results: bench/RESULTS.md ("Crash").
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from e2e import load_texts  # noqa: E402
from e2e_run import BENCH_ENV, free_port, webhook_env  # noqa: E402
from e2e_scale import postgres_database  # noqa: E402

from devtools.launcher import BotProcess  # noqa: E402
from standin import StandIn  # noqa: E402

REPLAYED = re.compile(r"answering (\d+) update\(s\) a stopped worker")
ABANDONED = re.compile(r"(\d+) update\(s\) not answered again")


@dataclass
class Outcome:
    """One mode and database."""

    label: str
    drafts: int
    at_kills: list[int] = field(default_factory=list)
    lost: int = 0
    duplicated: int = 0
    replayed: int = 0
    abandoned: int = 0
    abandoned_each: list[int] = field(default_factory=list)  # per restart that let any go
    recovery_s: float = 0.0
    elapsed_s: float = 0.0

    def row(self) -> str:
        kills = ", ".join(map(str, self.at_kills))
        return (
            f"| {self.label} | {self.drafts} | {kills} | {self.lost} | {self.duplicated} "
            f"| {self.replayed} | {self.abandoned} | {self.recovery_s:.1f} | {self.elapsed_s:.1f} |"
        )


HEADER = (
    "| mode, database | drafts | replies before each kill | lost | duplicated "
    "| answered after restart | let go (send had started) | last restart → all answered s "
    "| whole run s |\n|---|---|---|---|---|---|---|---|---|"
)


async def run_one(
    mode: str, db: str | None, args: argparse.Namespace, texts: list[str], rng: random.Random
) -> Outcome:
    label = f"{mode}, {'postgres' if db else 'sqlite'}"
    outcome = Outcome(label, args.drafts)
    with tempfile.TemporaryDirectory(prefix="tend-crash-") as tmp:
        async with StandIn() as api:
            env = BENCH_ENV | {"LOG_LEVEL": "INFO", "ANALYZER_WORKERS": "1"}
            if args.rate_limiter:
                env["RATE_LIMITER"] = "true"
            if mode == "webhook":
                port = free_port()
                env |= webhook_env(port, f"http://127.0.0.1:{port}/tg/hook")
            bot = BotProcess(api, data_dir=Path(tmp) / "data", database_url=db, env=env)
            replies, target = 0, 0
            answered_chats: set[int] = set()
            reached, all_answered = asyncio.Event(), asyncio.Event()

            def count(chat_id: int, _message: object) -> None:
                nonlocal replies
                replies += 1
                answered_chats.add(chat_id)
                if replies >= target:
                    reached.set()
                if len(answered_chats) >= args.drafts:
                    all_answered.set()

            api.on_bot_message(count)
            await bot.start()
            users = [api.user(f"U{i}") for i in range(args.drafts)]
            started = time.monotonic()
            try:
                for i, user in enumerate(users):
                    await user.send(texts[i % len(texts)])
                for _ in range(args.kills):
                    left = args.drafts - replies
                    target = replies + max(1, int(left * rng.uniform(0.15, 0.5)))
                    reached.clear()
                    await reached.wait()
                    await bot.kill()
                    outcome.at_kills.append(replies)
                    await asyncio.sleep(0.3)  # Telegram finishes what it was given
                    await bot.start()
                restarted = time.monotonic()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(all_answered.wait(), args.timeout)
                outcome.recovery_s = time.monotonic() - restarted
                outcome.elapsed_s = time.monotonic() - started
                await api.wait_idle(quiet=2.0, timeout=60)
            finally:
                code = await bot.stop()
            log = bot.log_file.read_text(errors="replace")
            outcome.replayed = sum(int(n) for n in REPLAYED.findall(log))
            outcome.abandoned_each = [int(n) for n in ABANDONED.findall(log)]
            outcome.abandoned = sum(outcome.abandoned_each)
            answered = [len(u.transcript) for u in users]
            outcome.lost = answered.count(0)
            outcome.duplicated = sum(1 for n in answered if n > 1)
            if code != 0:
                print(f"{label}: bot exited with {code}", flush=True)
            api.assert_no_violations()
    return outcome


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--drafts", type=int, default=2000)
    p.add_argument("--kills", type=int, default=3)
    p.add_argument("--modes", nargs="*", default=["polling", "webhook"])
    p.add_argument("--db", nargs="*", default=["sqlite", "postgres"])
    p.add_argument("--seed", type=int, default=16)
    p.add_argument("--timeout", type=float, default=180.0)
    p.add_argument("--rate-limiter", action="store_true", help="PTB's 30 msg/s limiter on")
    return p.parse_args(argv)


async def main_async(args: argparse.Namespace) -> list[Outcome]:
    texts = load_texts()
    rng = random.Random(args.seed)
    print(f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start", flush=True)
    print(HEADER, flush=True)
    outcomes = []
    for db_kind in args.db:
        for mode in args.modes:
            async with postgres_database(enabled=db_kind == "postgres") as db:
                outcome = await run_one(mode, db, args, texts, rng)
            print(outcome.row(), flush=True)
            print(f"  let go at each restart: {outcome.abandoned_each}", flush=True)
            outcomes.append(outcome)
    return outcomes


def main(argv: Sequence[str] | None = None) -> int:
    outcomes = asyncio.run(main_async(parse(argv)))
    return 1 if any(o.lost or o.duplicated for o in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
