"""The Mini App: `.venv/bin/python bench/miniapp.py [--users 50] [--rounds 20] [--loads 10]`.

The real bot (`python -m bot`, polling, Mini App on MINIAPP_PORT) against the Bot API
stand-in, its database (SQLite, or --database-url) seeded with --users users who each checked
--per-day drafts a day for 12 weeks. Measures:

1. page weight: bytes a first load transfers, gzip as the server sends it (the page, its CSS
   and JS, and the two API answers it asks for), next to their uncompressed size;
   Telegram's own script is loaded from telegram.org and counted apart;
2. time to first chart: headless Chromium (Debian's, fresh profile each load, so a cold
   cache), from navigation start to the chart's SVG in the page (`performance.mark`);
3. API latency under --users concurrent users: each user in a loop reads the history, reads
   the settings and changes the nudge time, --rounds times; p50 / p95 / p99 per call.

Results: bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from browser import chromium, open_miniapp
from e2e_run import BENCH_ENV, free_port

from bot.db import repository as repo
from bot.db.repository import drafts as drafts_repo
from bot.db.session import create_engine, create_sessionmaker
from bot.miniapp import auth
from devtools.launcher import BotProcess
from standin import StandIn

FIRST_USER = 10_000
PATTERNS = [("absolute", "you never"), ("blame", "your fault"), ("demand", "you need to")]


@dataclass(frozen=True)
class Found:
    category: str
    text: str


async def seed(database_url: str, *, users: int, per_day: int) -> int:
    """12 weeks of checks for each user, a third of them flagged; how many checks."""
    engine = create_engine(database_url)
    sessions = create_sessionmaker(engine)
    now, total = datetime.now(UTC), 0
    try:
        for user_id in range(FIRST_USER, FIRST_USER + users):
            async with sessions.begin() as session:
                await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=now)
                checks = [
                    drafts_repo.NewCheck(
                        user_id=user_id,
                        chat_id=user_id,
                        now=now - timedelta(days=day, minutes=7 * i),
                        flagged=(day + i) % 3 == 0,
                        patterns=(
                            [Found(*PATTERNS[(day + i) % len(PATTERNS)])]
                            if (day + i) % 3 == 0
                            else []
                        ),
                        draft_message_id=0,
                        update_id=day * per_day + i,
                    )
                    for day in range(84)
                    for i in range(per_day)
                ]
                await drafts_repo.record_checks(session, checks=checks)
                total += len(checks)
    finally:
        await engine.dispose()
    return total


def signed(token: str, user_id: int) -> dict[str, str]:
    init_data = auth.build_init_data(bot_token=token, user_id=user_id, auth_date=datetime.now(UTC))
    return {"Authorization": f"tma {init_data}"}


async def page_weight(url: str, token: str) -> list[tuple[str, int, int]]:
    """(what, bytes transferred with gzip, bytes uncompressed) for a first load."""
    rows = []
    headers = signed(token, FIRST_USER)
    async with aiohttp.ClientSession(auto_decompress=False) as http:
        for name, path, auth_headers in (
            ("index.html", "", {}),
            ("app.css", "app.css", {}),
            ("app.js", "app.js", {}),
            ("choices.json", "choices.json", {}),
            ("api/history", "api/history", headers),
            ("api/settings", "api/settings", headers),
        ):
            async with http.get(
                url + path, headers={"Accept-Encoding": "gzip", **auth_headers}
            ) as response:
                body = await response.read()
                plain = (
                    gzip.decompress(body)
                    if response.headers.get("Content-Encoding") == "gzip"
                    else body
                )
                rows.append((name, len(body), len(plain)))
    return rows


async def first_chart(url: str, token: str, loads: int) -> list[float]:
    """Milliseconds from navigation start to the chart, each load in a fresh profile."""
    times = []
    for i in range(loads):
        with tempfile.TemporaryDirectory() as profile:
            async with chromium(Path(profile)) as context:
                init_data = signed(token, FIRST_USER + i)["Authorization"].removeprefix("tma ")
                visit = await open_miniapp(context, url + "?page=history", init_data=init_data)
                await visit.page.wait_for_selector("svg.chart")
                mark = await visit.page.evaluate(
                    "performance.getEntriesByName('tend:chart')[0].startTime"
                )
                times.append(float(mark))
    return times


async def api_load(
    url: str, token: str, *, users: int, rounds: int, think_ms: float
) -> dict[str, list[float]]:
    """Per call, the latencies (ms) of `users` users each running `rounds` rounds at once,
    pausing `think_ms` (±50%, random) after each call as a person would."""
    latencies: dict[str, list[float]] = {"GET history": [], "GET settings": [], "POST time": []}
    connector = aiohttp.TCPConnector(limit=users)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def timed(
            name: str, method: str, path: str, headers: dict[str, str], **kw: object
        ) -> None:
            start = time.perf_counter()
            async with http.request(method, url + path, headers=headers, **kw) as response:  # type: ignore[arg-type]
                body = await response.read()
                if response.status != 200:
                    raise RuntimeError(f"{method} {path}: {response.status} {body[:200]!r}")
            latencies[name].append((time.perf_counter() - start) * 1000)
            if think_ms:
                await asyncio.sleep(think_ms * random.uniform(0.5, 1.5) / 1000)

        async def user(user_id: int) -> None:
            headers = signed(token, user_id)
            if think_ms:  # people do not all open the page in the same millisecond
                await asyncio.sleep(think_ms * random.random() / 1000)
            for r in range(rounds):
                await timed("GET history", "GET", "api/history", headers)
                await timed("GET settings", "GET", "api/settings", headers)
                change = {"what": "nudge_time", "value": f"{18 + r % 4}:{(user_id % 4) * 15:02d}"}
                await timed("POST time", "POST", "api/settings", headers, json=change)

        await asyncio.gather(*(user(FIRST_USER + i) for i in range(users)))
    return latencies


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main(args: argparse.Namespace) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/app/"
    env = BENCH_ENV | {"MINIAPP_URL": url, "MINIAPP_PORT": str(port), "WEBHOOK_LISTEN": "127.0.0.1"}
    with tempfile.TemporaryDirectory() as data:
        async with StandIn() as api:
            bot = BotProcess(api, data_dir=Path(data), database_url=args.database_url, env=env)
            await bot.start()
            try:
                database_url = (
                    args.database_url or f"sqlite+aiosqlite:///{Path(data) / 'tend.sqlite3'}"
                )
                checks = await seed(database_url, users=args.users, per_day=args.per_day)
                print(f"seeded {args.users} users, {checks} checks ({database_url.split(':')[0]})")
                weight = await page_weight(url, api.token)
                print("\n| first load | gzip bytes | uncompressed |\n|---|---|---|")
                for name, sent, plain in weight:
                    print(f"| {name} | {sent:,} | {plain:,} |")
                total_sent = sum(s for _, s, _ in weight)
                total_plain = sum(p for _, _, p in weight)
                print(f"| **total** | **{total_sent:,}** | {total_plain:,} |")
                charts = await first_chart(url, api.token, args.loads)
                print(
                    f"\ntime to first chart, {args.loads} cold loads: median "
                    f"{statistics.median(charts):.0f} ms, max {max(charts):.0f} ms"
                )
                assert bot.pid is not None
                process = psutil.Process(bot.pid)
                for think_ms in args.think_ms:
                    cpu_before = sum(process.cpu_times()[:2])
                    load_before = os.getloadavg()[0]
                    started = time.perf_counter()
                    latencies = await api_load(
                        url, api.token, users=args.users, rounds=args.rounds, think_ms=think_ms
                    )
                    elapsed = time.perf_counter() - started
                    cpu = sum(process.cpu_times()[:2]) - cpu_before
                    calls = sum(len(v) for v in latencies.values())
                    print(
                        f"\n{args.users} concurrent users, think time {think_ms:.0f} ms: "
                        f"{calls} calls in {elapsed:.1f} s ({calls / elapsed:.0f} calls/s), "
                        f"bot CPU {1000 * cpu / calls:.1f} ms per call, load average "
                        f"{load_before:.1f} -> {os.getloadavg()[0]:.1f}"
                    )
                    print("| call | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|")
                    for name, values in latencies.items():
                        print(
                            f"| {name} | {quantile(values, 0.5):.1f} "
                            f"| {quantile(values, 0.95):.1f} | {quantile(values, 0.99):.1f} |"
                        )
            except BaseException:
                print(bot.log_tail(60), file=sys.stderr)
                raise
            finally:
                await bot.stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--per-day", type=int, default=3)
    parser.add_argument("--loads", type=int, default=10)
    parser.add_argument("--think-ms", type=float, nargs="+", default=[0.0, 1000.0])
    parser.add_argument("--database-url", default=None)
    asyncio.run(main(parser.parse_args()))
