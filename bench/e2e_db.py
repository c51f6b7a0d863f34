"""The draft path's database work alone: `.venv/bin/python bench/e2e_db.py [--db postgres]`.

What a draft asks of the database, without Telegram or the analyzer: claim the update
(`grouped.claim_update`), record the check or fill a slot question (`checks.check_draft`),
remember the reply (`checks.attach_reply`), for --concurrency drafts in flight through the
process's group commit. Prints this process's CPU per draft (the bot's side: SQLAlchemy, the
driver, the event loop; the database server's own CPU is not counted) and the batch size the
group commit reached. A quarter of the drafts are clean, a quarter ask for "the moment". Users
are made before the clock starts, so the numbers are for returning users (as most drafts are).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from e2e_scale import postgres_database  # noqa: E402

import nlp  # noqa: E402
from bot.db import group_commit as grouped  # noqa: E402
from bot.db.migrate import upgrade_to_head  # noqa: E402
from bot.db.session import create_engine, create_sessionmaker  # noqa: E402
from bot.drafts import service as checks  # noqa: E402
from bot.users.service import Sessions  # noqa: E402

USERS = 1000
ASKS = nlp.Analysis(
    flagged=True,
    patterns=(nlp.Pattern("absolute", "always", 4, 10, "…"),),
    suggestions=(f"I felt alone when {nlp.SLOT}.",),
    safety=None,
)
FLAGGED = nlp.Analysis(
    flagged=True,
    patterns=(nlp.Pattern("blame", "you made me", 0, 11, "…"),),
    suggestions=("I felt hurt.",),
    safety=None,
)
CLEAN = nlp.Analysis(flagged=False, patterns=(), suggestions=(), safety=None)
NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


class Drafts:
    """Drafts from USERS users, each through claim, check and reply."""

    def __init__(self, sessions: Sessions) -> None:
        self.sessions = sessions
        self._update_ids = iter(range(1, 10**9))
        self._rng = random.Random(9)

    async def one(self, user_id: int) -> None:
        update_id = next(self._update_ids)
        if not await grouped.claim_update(self.sessions, now=NOW, update_id=update_id):
            return
        analysis = self._rng.choice([ASKS, FLAGGED, FLAGGED, CLEAN])
        outcome = await checks.check_draft(
            self.sessions,
            now=NOW,
            user_id=user_id,
            chat_id=user_id,
            message_id=update_id,
            update_id=update_id,
            text="on Sunday you left early",
            analysis=analysis,
        )
        if isinstance(outcome, checks.RecordedCheck):
            await checks.attach_reply(
                self.sessions,
                now=NOW,
                user_id=user_id,
                check_id=outcome.check_id,
                reply_message_id=update_id + 10**8,
                pending_slot=analysis.suggestions[0] if analysis is ASKS else None,
            )

    async def run(self, drafts: int, concurrency: int) -> int:
        """`drafts` drafts (rounded down to a multiple of `concurrency`); how many were sent."""
        per_lane = drafts // concurrency

        async def lane(lane_id: int) -> None:
            for i in range(per_lane):
                await self.one(1 + (lane_id * 7919 + i) % USERS)

        await asyncio.gather(*(lane(k) for k in range(concurrency)))
        return per_lane * concurrency


async def measure(url: str, drafts: int, concurrencies: Sequence[int]) -> None:
    await upgrade_to_head(url)
    engine = create_engine(url)
    try:
        sessions = create_sessionmaker(engine)
        load = Drafts(sessions)
        await load.run(USERS, 50)  # every user exists before the clock starts
        group = grouped.group_for(sessions)
        for concurrency in concurrencies:
            batches, units = group.batches, group.units
            started, cpu = time.perf_counter(), time.process_time()
            done = await load.run(drafts, concurrency)
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            per_batch = (group.units - units) / max(group.batches - batches, 1)
            print(
                f"{concurrency:3d} in flight: {1000 * cpu / done:.2f} CPU ms per draft, "
                f"{done / wall:.0f} drafts/s, {per_batch:.1f} units per transaction",
                flush=True,
            )
    finally:
        await engine.dispose()


async def main_async(args: argparse.Namespace) -> None:
    print(f"{args.db}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    async with postgres_database(enabled=args.db == "postgres") as db:
        if db is not None:
            await measure(db, args.drafts, args.concurrency)
            return
    with tempfile.TemporaryDirectory(prefix="tend-e2e-db-") as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'tend.sqlite3'}"
        await measure(url, args.drafts, args.concurrency)


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--db", choices=["sqlite", "postgres"], default="postgres")
    p.add_argument("--drafts", type=int, default=3000, help="per concurrency level")
    p.add_argument("--concurrency", type=int, nargs="+", default=[1, 16, 64])
    asyncio.run(main_async(p.parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
