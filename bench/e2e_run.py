"""Shared by bench/e2e.py and bench/e2e_scale.py: metering, the step sequence, the report."""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
from collections import Counter
from collections.abc import Awaitable, Iterator

import psutil
from e2e_load import Load, Step

BENCH_ENV = {
    "RATE_LIMITER": "false",
    "FLOOD_MAX_DRAFTS": "10000",
    "NUDGE_POLL_SECONDS": "20",  # production default (the launcher's 1 s is for tests)
    "LOG_LEVEL": "WARNING",
}
WEBHOOK_SECRET = "bench-secret-0123456789"
HEADER = (
    "| step | drafts/s | p50 / p95 / p99 ms | lost / dup | CPU ms per draft "
    "| other load (cores) | peak RSS MiB |\n"
    "|---|---|---|---|---|---|---|"
)


class Meter:
    """CPU seconds and peak RSS of named process groups, sampled in the background.

    `groups` maps a name to root pids; a root's descendants are counted under
    `children[name]` (the bot's analyzer workers, nginx's worker) or not at all (this
    process's children are the bots, counted on their own).
    """

    def __init__(
        self,
        groups: dict[str, list[int]],
        *,
        children: dict[str, str] | None = None,
        postgres_db: str | None = None,
    ) -> None:
        self._roots = groups
        self._children = children or {}
        self._postgres_db = postgres_db
        self._start: dict[str, dict[int, float]] = {}
        self._peak: dict[str, int] = {}
        self._task: asyncio.Task[None] | None = None

    def _processes(self) -> Iterator[tuple[str, psutil.Process]]:
        for group, pids in self._roots.items():
            for pid in pids:
                try:
                    root = psutil.Process(pid)
                    yield group, root
                    if group in self._children:
                        for child in root.children(recursive=True):
                            yield self._children[group], child
                except psutil.NoSuchProcess:
                    continue
        if self._postgres_db:
            marker = f" {self._postgres_db} "
            for proc in psutil.process_iter(["name", "cmdline"]):
                if proc.info["name"] == "postgres" and marker in " ".join(proc.info["cmdline"]):
                    yield "postgres", proc

    def _cpu(self) -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = {}
        for group, proc in self._processes():
            try:
                times = proc.cpu_times()
            except psutil.NoSuchProcess:
                continue
            out.setdefault(group, {})[proc.pid] = times.user + times.system
        return out

    def start(self) -> None:
        """Start counting from now."""
        self._start = self._cpu()
        self._peak = {}
        self._task = asyncio.create_task(self._sample())

    async def _sample(self) -> None:
        while True:
            rss: Counter[str] = Counter()
            for group, proc in self._processes():
                try:
                    rss[group] += proc.memory_info().rss
                except psutil.NoSuchProcess:
                    continue
            for group, total in rss.items():
                self._peak[group] = max(self._peak.get(group, 0), total)
            await asyncio.sleep(0.25)

    async def stop(self, step: Step) -> None:
        """Stop and write CPU seconds and peak RSS per group into `step`."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        end = self._cpu()
        for group, pids in end.items():
            before = self._start.get(group, {})
            step.cpu[group] = sum(t - before.get(pid, 0.0) for pid, t in pids.items())
        step.peak_rss = dict(self._peak)


def machine_busy_seconds() -> float:
    """CPU seconds the whole machine spent busy (every process), to show others' load."""
    times = psutil.cpu_times()
    return float(times.user + times.system + getattr(times, "nice", 0.0))


async def metered(meter: Meter, run: Awaitable[Step], *, timeline: bool = False) -> Step:
    """Run one step with the meter on; 'machine' is every process's CPU, ours or not."""
    busy = machine_busy_seconds()
    meter.start()
    step = await run
    await meter.stop(step)
    step.cpu["machine"] = machine_busy_seconds() - busy
    print(describe(step), flush=True)
    if timeline:
        print(step.timeline(), flush=True)
    return step


async def run_steps(load: Load, meter: Meter, args: argparse.Namespace, label: str) -> list[Step]:
    """Warm up, then each open-loop rate, then the closed-loop step; each metered."""
    # Every user's first draft creates them in the database: measured on its own, so the
    # steps after it measure returning users, as most drafts are.
    first = load.first_contact(f"{label}, first contact ({len(load.users)} new users)", 64)
    steps = [await metered(meter, first)]
    for rate in args.rate:
        run = load.open_loop(f"{label} @ {rate:g}/s", rate, args.seconds)
        steps.append(await metered(meter, run, timeline=args.timeline))
    if args.max_seconds > 0:
        name = f"{label}, max ({args.concurrency} in flight)"
        run = load.closed_loop(name, args.concurrency, args.max_seconds)
        steps.append(await metered(meter, run, timeline=args.timeline))
    return steps


def describe(step: Step) -> str:
    """One Markdown table row (see HEADER)."""
    ours = {k: v for k, v in step.cpu.items() if k not in ("machine", "analyzer alone")}
    total = 1000 * sum(ours.values()) / max(step.answered, 1)
    parts = " + ".join(f"{k} {step.cpu_ms_per_draft(k):.2f}" for k in ours)
    others = (step.cpu.get("machine", 0.0) - sum(ours.values())) / max(step.seconds, 1e-9)
    rss = " · ".join(f"{k} {v / 2**20:.0f}" for k, v in step.peak_rss.items())
    latency = "{:.0f} / {:.0f} / {:.0f}".format(*(step.percentile(p) for p in (50, 95, 99)))
    lost = f"{step.lost} / {step.duplicated}"
    if step.skipped_busy:
        lost += f" (behind: {step.skipped_busy} not offered)"
    return (
        f"| {step.name} | {step.rate:.0f} | {latency} | {lost} | {total:.2f} = {parts} "
        f"| {max(others, 0.0):.2f} | {rss} |"
    )


def bot_env(args: argparse.Namespace) -> dict[str, str]:
    """BENCH_ENV, the analyzer workers, then every --bot-env KEY=VALUE (experiments)."""
    env = BENCH_ENV | {"ANALYZER_WORKERS": str(args.analyzer_workers)}
    for pair in args.bot_env:
        key, _, value = pair.partition("=")
        env[key] = value
    return env


def webhook_env(port: int, url: str) -> dict[str, str]:
    """What a webhook worker needs (as in tests/test_bot_e2e.py)."""
    return {
        "BOT_MODE": "webhook",
        "WEBHOOK_URL": url,
        "WEBHOOK_SECRET": WEBHOOK_SECRET,
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
    }


def free_port() -> int:
    """A free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def own_pid() -> int:
    """This process: the stand-in and the load generator."""
    return os.getpid()
