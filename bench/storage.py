"""Storage benchmark: bulk insert rate and /history query latency for a heavy user.

    .venv/bin/python bench/storage.py                      # SQLite and PostgreSQL, full size
    .venv/bin/python bench/storage.py --backend sqlite --checks 100000   # a quick look
    .venv/bin/python bench/storage.py --sqlite-file /tmp/tend-bench.sqlite3 \
        --postgres-database tend_bench_kept   # keep the data; later runs skip the insert

10,000 users and 1,000,000 draft checks (≈60 % flagged, 1–3 findings each) go in through the
same SQLAlchemy Core path the bot uses, in 10,000-row transactions. One heavy user has 5,000
checks in the last 90 days (the worst case for /history); the others' checks spread over a
year. Then each /history query runs `--rounds` x `--repeat` times for the heavy user, one
session per run as in the bot; p50 and each round's p99 are reported, first with the garbage
collector as the process comes, then after `gc.freeze()`. PostgreSQL: TEND_TEST_POSTGRES_URL
(or --postgres-url); a throw-away database is created and dropped, unless --postgres-database
names one to keep. A kept database (or --sqlite-file) that already holds users is reused as it
is: the insert numbers are then not printed, and the other size options are ignored.
Target (issue 4): p99 <= 20 ms per query.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool

from bot.db import repository as repo
from bot.db.migrate import upgrade_to_head
from bot.db.models import DraftCheck, DraftPattern, NudgeDelivery, NudgeSettings, User
from bot.db.session import create_engine, create_sessionmaker
from bot.history.counts import load_counts
from bot.history.days import (
    history_days,
    local_midnight,
    local_midnights,
    local_today,
    phrase_spans,
)
from bot.history.service import load_history
from bot.history.stats import normalize_phrase
from bot.users.zones import user_zone
from nlp.results import CATEGORIES as CATEGORY_IDS

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
HEAVY = 1
BATCH = 10_000
CATEGORIES = list(CATEGORY_IDS)
PHRASES = [f"phrase {i}" for i in range(60)] + ["you never", "you always", "whatever"]


def _checks(
    users: int, checks: int, heavy: int, seed: int
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """(check row, finding rows) in insertion order, with ids assigned here."""
    rng = random.Random(seed)
    for check_id in range(1, checks + 1):
        if check_id <= heavy:
            user_id, age = HEAVY, timedelta(seconds=rng.uniform(0, 90 * 86_400))
        else:
            user_id, age = rng.randint(2, users), timedelta(seconds=rng.uniform(0, 365 * 86_400))
        created = NOW - age
        flagged = rng.random() < 0.6
        check = {"id": check_id, "user_id": user_id, "chat_id": user_id, "created_at": created,
                 "flagged": flagged, "draft_message_id": check_id,
                 "suggestion_taken": 0 if flagged and rng.random() < 0.3 else None}  # fmt: skip
        findings = [
            {
                "check_id": check_id,
                "user_id": user_id,
                "created_at": created,
                "category": rng.choice(CATEGORIES),
                "phrase": rng.choice(PHRASES),
            }
            for _ in range(rng.randint(1, 3) if flagged else 0)
        ]
        yield check, findings


async def _insert(engine: AsyncEngine, args: argparse.Namespace) -> dict[str, float]:
    started = time.perf_counter()
    async with engine.begin() as connection:
        for first in range(1, args.users + 1, BATCH):
            ids = range(first, min(first + BATCH, args.users + 1))
            await connection.execute(
                insert(User), [{"id": i, "chat_id": i, "created_at": NOW} for i in ids]
            )
            await connection.execute(insert(NudgeSettings), [{"user_id": i} for i in ids])
        # The heavy user has also done nudges, one a day for 90 days.
        days = [(d, NOW - timedelta(days=d)) for d in range(90)]
        await connection.execute(
            insert(NudgeDelivery),
            [{"user_id": HEAVY, "nudge_key": f"n{d}", "local_date": at.date(), "due_at": at,
              "sent_at": at, "done_at": at if d % 2 else None} for d, at in days],
        )  # fmt: skip
    users_done = time.perf_counter()
    checks: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    n_checks = n_findings = 0

    async def flush() -> None:
        async with engine.begin() as connection:
            await connection.execute(insert(DraftCheck), checks)
            if findings:
                await connection.execute(insert(DraftPattern), findings)
        checks.clear()
        findings.clear()

    for check, found in _checks(args.users, args.checks, args.heavy, args.seed):
        checks.append(check)
        findings.extend(found)
        n_checks += 1
        n_findings += len(found)
        if len(checks) == BATCH:
            await flush()
    if checks:
        await flush()
    if engine.dialect.name == "postgresql":
        # PostgreSQL's ID sequences did not see the explicit ids; autovacuum would analyze
        # and set the visibility map (index-only scans) on its own a little later.
        async with engine.connect() as connection:
            await connection.execute(
                text("SELECT setval('draft_checks_id_seq', :n)"), {"n": n_checks}
            )
            await connection.commit()
            await connection.execution_options(isolation_level="AUTOCOMMIT")
            await connection.exec_driver_sql("VACUUM ANALYZE")
    checks_done = time.perf_counter()
    seconds = checks_done - users_done
    return {
        "users_s": users_done - started,
        "checks": n_checks,
        "findings": n_findings,
        "checks_s": seconds,
        "checks_per_s": n_checks / seconds,
        "rows_per_s": (n_checks + n_findings) / seconds,
    }


Query = Callable[[AsyncSession], Awaitable[object]]


def _queries(time_zone: str, sessions: async_sessionmaker[AsyncSession]) -> dict[str, Query]:
    """Every read /history makes (`bot.history.counts`), then all of them together,
    then the whole /history (user row, reads, statistics: what the handler awaits)."""
    tz = user_zone(time_zone)
    today = local_today(NOW, tz)
    first, last = history_days(today)
    days = local_midnights(first, last, tz)
    spans = [local_midnight(start, tz) for start, _ in phrase_spans(today)] + [days[-1]]
    end, u = days[-1], HEAVY
    n = len(days) - 1
    return {
        "get_or_create_user": lambda s: repo.get_or_create_user(s, user_id=u, chat_id=u, now=NOW),
        f"checks_by_bucket ({n} local days)": lambda s: repo.checks_by_bucket(
            s, user_id=u, bounds=days
        ),
        f"categories_by_bucket ({n} local days, 2 queries)": lambda s: repo.categories_by_bucket(
            s, user_id=u, bounds=days
        ),
        f"nudges_done_by_bucket ({n} local days)": lambda s: repo.nudges_done_by_bucket(
            s, user_id=u, bounds=days
        ),
        "phrases_by_bucket (4 spans, 60 days)": lambda s: repo.phrases_by_bucket(
            s, user_id=u, bounds=spans, key=normalize_phrase
        ),
        "lifetime_totals (checks, nudges done, first check)": lambda s: repo.lifetime_totals(
            s, user_id=u, end=end
        ),
        "load_counts (all reads above but the user, 6 queries)": lambda s: load_counts(
            s, user_id=u, now=NOW, tz=tz
        ),
        "load_history (the whole /history: 7 queries + statistics)": lambda _: load_history(
            sessions, now=NOW, user_id=u, chat_id=u
        ),
    }


async def _latencies(
    engine: AsyncEngine, args: argparse.Namespace
) -> dict[str, tuple[float, list[float], int]]:
    """Per query: p50 over all samples, p99 of each round, rows returned."""
    sessions = create_sessionmaker(engine)
    queries = _queries(args.time_zone, sessions)
    samples: dict[str, list[float]] = {name: [] for name in queries}
    p99s: dict[str, list[float]] = {name: [] for name in queries}
    sizes: dict[str, int] = {}
    # Rounds interleave the queries, so a burst of load elsewhere on the machine shows up as
    # one bad round instead of silently skewing one query.
    for _ in range(args.rounds):
        for name, query in queries.items():
            round_samples = []
            for i in range(args.repeat + 5):
                async with sessions() as session:
                    t0 = time.perf_counter()
                    value = await query(session)
                    elapsed = (time.perf_counter() - t0) * 1000
                if i >= 5:  # warm-up: statement caches, first page reads
                    round_samples.append(elapsed)
                if isinstance(value, list):
                    sizes[name] = len(value)
            round_samples.sort()
            p99s[name].append(round_samples[round(0.99 * (len(round_samples) - 1))])
            samples[name] += round_samples
    return {
        name: (statistics.median(samples[name]), p99s[name], sizes.get(name, 0)) for name in queries
    }


async def _populated(engine: AsyncEngine) -> bool:
    async with engine.connect() as connection:
        return bool(await connection.scalar(text("SELECT count(*) FROM users")))


async def _sizes(engine: AsyncEngine) -> tuple[int, int, int]:
    async with engine.connect() as connection:
        counts = [
            int(await connection.scalar(text(f"SELECT count(*) FROM {table}")) or 0)
            for table in ("users", "draft_checks", "draft_patterns")
        ]
    return counts[0], counts[1], counts[2]


async def _run(backend: str, url: str, args: argparse.Namespace) -> None:
    await upgrade_to_head(url)
    engine = create_engine(url)
    try:
        if await _populated(engine):
            users, checks, findings = await _sizes(engine)
            print(f"\n## {backend}: {users:,} users, {checks:,} checks, {findings:,} findings")
            print("(kept data reused: no insert timings)")
        else:
            stats = await _insert(engine, args)
            users, checks, findings = args.users, int(stats["checks"]), int(stats["findings"])
            print(f"\n## {backend}: {users:,} users, {checks:,} checks, {findings:,} findings")
            print(
                f"users + settings: {stats['users_s']:.1f} s; checks + findings: "
                f"{stats['checks_s']:.1f} s = {stats['checks_per_s']:,.0f} checks/s "
                f"({stats['rows_per_s']:,.0f} rows/s)"
            )
        for frozen in (False, True):
            if frozen:
                # What the bot should do once started: move long-lived objects out of the
                # collector's way, so a full collection no longer scans them (p99, not p50).
                gc.collect()
                gc.freeze()
            print(
                f"\n| /history query, heavy user ({args.heavy:,} checks in 90 d)"
                f"{', gc.freeze()' if frozen else ''} | p50 | p99 per round of {args.repeat} "
                "| rows |"
            )
            print("|---|---|---|---|")
            for name, (p50, p99s, size) in (await _latencies(engine, args)).items():
                rounds = " / ".join(f"{p:.1f}" for p in p99s)
                print(f"| {name} | {p50:.2f} ms | {rounds} ms | {size or ''} |")
        gc.unfreeze()
    finally:
        await engine.dispose()


async def _admin(server: str, statement: str) -> None:
    engine = create_async_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            await connection.exec_driver_sql(statement)
    finally:
        await engine.dispose()


async def _database_exists(server: str, name: str) -> bool:
    engine = create_async_engine(server, poolclass=NullPool)
    try:
        async with engine.connect() as connection:
            found = await connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
    finally:
        await engine.dispose()
    return found is not None


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--checks", type=int, default=1_000_000)
    parser.add_argument("--heavy", type=int, default=5_000, help="checks of the heavy user")
    parser.add_argument("--repeat", type=int, default=200, help="samples per query per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--time-zone", default="America/New_York")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--postgres-url", default=os.environ.get("TEND_TEST_POSTGRES_URL", ""))
    parser.add_argument("--sqlite-file", type=Path, help="keep (or reuse) the SQLite data here")
    parser.add_argument("--postgres-database", help="keep (or reuse) this PostgreSQL database")
    args = parser.parse_args()

    if args.backend in {"sqlite", "both"}:
        if args.sqlite_file is not None:
            await _run("SQLite", f"sqlite+aiosqlite:///{args.sqlite_file.resolve()}", args)
        else:
            with tempfile.TemporaryDirectory() as folder:
                await _run("SQLite", f"sqlite+aiosqlite:///{Path(folder) / 'tend.sqlite3'}", args)
    if args.backend in {"postgres", "both"}:
        if not args.postgres_url:
            raise SystemExit("PostgreSQL: set TEND_TEST_POSTGRES_URL or pass --postgres-url")
        server = make_url(args.postgres_url)
        name = args.postgres_database or f"tend_bench_{uuid.uuid4().hex[:8]}"
        admin = server.render_as_string(hide_password=False)
        if not await _database_exists(admin, name):
            await _admin(admin, f'CREATE DATABASE "{name}"')
        try:
            await _run(
                "PostgreSQL", server.set(database=name).render_as_string(hide_password=False), args
            )
        finally:
            if args.postgres_database is None:
                await _admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    asyncio.run(main())
