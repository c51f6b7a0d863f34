"""Scale-out for bench/e2e.py: webhook workers behind nginx, sharing one PostgreSQL.

nginx (Debian's `nginx-light`) runs from a config this module writes to a temp folder: the
same proxy settings as deploy/nginx.conf (HTTP/1.1 keep-alive to the upstreams, body limit),
with the upstream listing each worker's loopback port; nginx balances round-robin.

After the load steps, exactly-once is checked across workers: a sample of answered updates
is posted again to every worker at once, and fresh drafts are posted to every worker at the
same moment as the stand-in delivers them through nginx; each must be answered exactly once
and recorded once in the database.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import psutil
from e2e_load import Load, Step
from e2e_run import (
    WEBHOOK_SECRET,
    Meter,
    bot_env,
    free_port,
    own_pid,
    run_steps,
    webhook_env,
)
from e2e_storage import describe_sizes, table_sizes
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.db.models import DraftCheck
from bot.db.session import create_engine
from devtools.launcher import BotProcess
from standin import StandIn

NGINX_CONF = """\
# Written by bench/e2e_scale.py; proxy settings as in deploy/nginx.conf.
daemon off;
worker_processes 1;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    upstream tend_workers {{
{servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 1m;
        location / {{
            proxy_pass http://tend_workers;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
        }}
    }}
}}
"""


@asynccontextmanager
async def postgres_database(*, enabled: bool = True) -> AsyncIterator[str | None]:
    """A scratch database on TEND_TEST_POSTGRES_URL's server, dropped afterwards."""
    server = os.environ.get("TEND_TEST_POSTGRES_URL")
    if not enabled:
        yield None
        return
    if not server:
        raise SystemExit("PostgreSQL runs need TEND_TEST_POSTGRES_URL")
    name = f"tend_bench_e2e_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(server, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    async with admin.connect() as connection:
        await connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as connection:
            await connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


@asynccontextmanager
async def nginx(ports: Sequence[int]) -> AsyncIterator[tuple[str, int, Path]]:
    """nginx in front of `ports`; yields (webhook URL, nginx pid, config path)."""
    binary = shutil.which("nginx") or "/usr/sbin/nginx"
    with tempfile.TemporaryDirectory(prefix="tend-nginx-") as tmp:
        port = free_port()
        servers = "\n".join(f"        server 127.0.0.1:{p};" for p in ports)
        conf = Path(tmp) / "nginx.conf"
        conf.write_text(NGINX_CONF.format(tmp=tmp, servers=servers, port=port), encoding="utf-8")
        process = await asyncio.create_subprocess_exec(binary, "-c", str(conf), "-p", tmp)
        try:
            await asyncio.sleep(0.3)
            if process.returncode is not None:
                raise RuntimeError((Path(tmp) / "error.log").read_text(errors="replace"))
            yield f"http://127.0.0.1:{port}/tg/hook", process.pid, conf
        finally:
            process.terminate()
            await process.wait()


@dataclass(frozen=True, slots=True)
class ExactlyOnce:
    """What the cross-worker check found."""

    workers: int
    redelivered: int  # answered updates posted again, each to every worker at once
    redelivered_replies: int  # must be 0
    redelivered_new_rows: int  # draft_checks rows they added: must be 0
    fresh: int  # new drafts: through nginx and to every worker directly, at the same moment
    fresh_replies: int  # must equal `fresh`
    fresh_rows: int  # draft_checks rows for them: must equal `fresh`

    @property
    def ok(self) -> bool:
        """Every update handled exactly once."""
        return (
            self.redelivered_replies == 0
            and self.redelivered_new_rows == 0
            and self.fresh_replies == self.fresh_rows == self.fresh
        )

    def __str__(self) -> str:
        verdict = "exactly once" if self.ok else "NOT EXACTLY ONCE"
        return (
            f"{verdict} across {self.workers} workers: {self.redelivered} answered updates "
            f"redelivered to every worker -> {self.redelivered_replies} replies, "
            f"{self.redelivered_new_rows} new rows; {self.fresh} new drafts delivered "
            f"{self.workers + 1} times at once -> {self.fresh_replies} replies, "
            f"{self.fresh_rows} rows"
        )


async def _post(http: aiohttp.ClientSession, port: int, update: dict[str, Any]) -> int:
    headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    body = json.dumps(update).encode()
    url = f"http://127.0.0.1:{port}/tg/hook"
    async with http.post(url, data=body, headers=headers) as response:
        return response.status


async def exactly_once(load: Load, ports: Sequence[int], db: str, sample: int) -> ExactlyOnce:
    """Redeliver answered updates to all workers, and race fresh ones; count replies and rows."""
    answered = [update for _, update in list(load.updates.items())[:sample]]
    old_ids = [u["update_id"] for u in answered]
    rows_before = await _rows(db, old_ids)
    replies_before = load.replies.copy()
    fresh_users = load.users[-sample:]
    async with aiohttp.ClientSession() as http:
        await asyncio.gather(*(_post(http, port, u) for u in answered for port in ports))
        races = []
        for user in fresh_users:
            update = await load.offer(user, "you never listen to me when i talk about work")
            races += [_post(http, port, update) for port in ports]
        await asyncio.gather(*races)
    await load.settle(30.0)
    await asyncio.sleep(2.0)  # room for a duplicate to arrive
    new_ids = [load.updates[u.id]["update_id"] for u in fresh_users]
    fresh_chats = {u.id for u in fresh_users}
    old_chats = {u["message"]["chat"]["id"] for u in answered} - fresh_chats
    return ExactlyOnce(
        workers=len(ports),
        redelivered=len(answered),
        redelivered_replies=sum(load.replies[c] - replies_before[c] for c in old_chats),
        redelivered_new_rows=sum((await _rows(db, old_ids)).values()) - sum(rows_before.values()),
        fresh=len(fresh_users),
        fresh_replies=sum(load.replies[c] - replies_before[c] for c in fresh_chats),
        fresh_rows=sum((await _rows(db, new_ids)).values()),
    )


async def _rows(db: str, update_ids: Sequence[int]) -> dict[int, int]:
    engine = create_engine(db)
    try:
        async with engine.connect() as connection:
            rows = await connection.execute(
                select(DraftCheck.update_id, func.count())
                .where(DraftCheck.update_id.in_(update_ids))
                .group_by(DraftCheck.update_id)
            )
            return {int(uid or 0): int(n) for uid, n in rows}
    finally:
        await engine.dispose()


def pin(pids: Sequence[int]) -> None:
    """Worker i (and its analyzer processes) may only run on core i (mod the cores)."""
    cores = sorted(psutil.Process().cpu_affinity() or [0])
    for i, pid in enumerate(pids):
        root = psutil.Process(pid)
        for proc in [root, *root.children(recursive=True)]:
            proc.cpu_affinity([cores[i % len(cores)]])


async def run_scaled(args: argparse.Namespace, texts: list[str]) -> list[Step]:
    """For each worker count in --scale: fresh stand-in and database, nginx, load, check."""
    steps: list[Step] = []
    for workers in args.scale:
        async with postgres_database() as db, StandIn() as api:
            assert db is not None
            steps += await _scaled(args, texts, api, db, workers)
    return steps


async def _scaled(
    args: argparse.Namespace, texts: list[str], api: StandIn, db: str, workers: int
) -> list[Step]:
    load = Load(api, args.users, texts)
    ports = [free_port() for _ in range(workers)]
    bots: list[BotProcess] = []
    with tempfile.TemporaryDirectory(prefix="tend-e2e-scale-") as tmp:
        async with nginx(ports) as (url, nginx_pid, conf):
            if args.keep_nginx_conf:
                shutil.copy(conf, args.keep_nginx_conf)
            try:
                for i, port in enumerate(ports):
                    env = bot_env(args) | webhook_env(port, url)
                    bot = BotProcess(api, data_dir=Path(tmp) / f"w{i}", database_url=db, env=env)
                    bots.append(bot)
                    await bot.start()
                pids = [b.pid for b in bots if b.pid is not None]
                if args.pin:
                    pin(pids)
                groups = {"bot": pids, "nginx": [nginx_pid], "stand-in+load": [own_pid()]}
                meter = Meter(
                    groups,
                    children={"bot": "analyzer", "nginx": "nginx"},
                    postgres_db=db.rsplit("/", 1)[-1],
                )
                pinned = ", each pinned to one core" if args.pin else ""
                label = f"webhook ×{workers} behind nginx{pinned}, postgres"
                steps = await run_steps(load, meter, args, label)
                check = await exactly_once(load, ports, db, args.dedupe_sample)
                print(check, flush=True)
                print(describe_sizes(label, await table_sizes(db)), flush=True)
                if not check.ok:
                    steps[-1].duplicated += 1  # make the run fail loudly
            finally:
                codes = [await bot.stop() for bot in bots]
            if any(codes):
                raise RuntimeError(f"a worker exited with {codes}:\n{bots[0].log_tail()}")
    api.assert_no_violations()
    return steps
