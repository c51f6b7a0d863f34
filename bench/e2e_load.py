"""Load for bench/e2e.py: simulated users, reply matching, and what the processes cost.

Every number is taken at the stand-in: a draft is "offered" when its update is queued and
"answered" when the bot's reply arrives (`StandIn.on_bot_message`, called inside the
stand-in's handling of sendMessage), so the latency includes polling or webhook delivery,
the bot's work and the reply's HTTP round trip, and nothing of this script's scheduling.
"""

from __future__ import annotations

import asyncio
import itertools
import math
import time
from collections import Counter, deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from standin import SimUser, StandIn

DRAIN_S = 15.0  # how long a step waits for the last replies before calling them lost


@dataclass(slots=True)
class Step:
    """One load step's outcome."""

    name: str
    offered: int
    answered: int
    seconds: float
    latencies: list[float]
    lost: int
    duplicated: int
    skipped_busy: int
    answered_at: list[float] = field(default_factory=list)  # seconds into the step
    cpu: dict[str, float] = field(default_factory=dict)  # process group -> CPU seconds
    peak_rss: dict[str, int] = field(default_factory=dict)  # process group -> bytes

    @property
    def rate(self) -> float:
        """Answered drafts per second over the step."""
        return self.answered / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        """Latency percentile in milliseconds (nearest rank)."""
        if not self.latencies:
            return math.nan
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1)]

    def timeline(self) -> str:
        """Per second of the step: replies, and their median and worst latency (ms)."""
        seconds: dict[int, list[float]] = {}
        for at, latency in zip(self.answered_at, self.latencies, strict=True):
            seconds.setdefault(int(at), []).append(latency)
        rows = []
        for second, values in sorted(seconds.items()):
            values.sort()
            median, worst = 1000 * values[len(values) // 2], 1000 * values[-1]
            rows.append(
                f"  {second:3d}s {len(values):4d} replies  p50 {median:5.0f}  max {worst:5.0f}"
            )
        return "\n".join(rows)

    def cpu_ms_per_draft(self, group: str) -> float:
        """CPU milliseconds that `group` spent per answered draft."""
        return 1000 * self.cpu.get(group, 0.0) / max(self.answered, 1)


class Load:
    """N simulated users; matches each bot message to the draft its chat is waiting on."""

    def __init__(self, api: StandIn, users: int, texts: Sequence[str]) -> None:
        self.api = api
        self.users = [api.user(f"U{i}") for i in range(users)]
        self._by_chat = {u.id: u for u in self.users}
        self._texts = itertools.cycle(texts)
        self._idle: deque[SimUser] = deque(self.users)
        self._waiting: dict[int, float] = {}  # chat id -> when its draft was offered
        self._settled = asyncio.Event()  # set while no draft waits for its reply
        self._settled.set()
        self._replied = asyncio.Event()  # set by every reply
        self._sent: Counter[int] = Counter()
        self._got: Counter[int] = Counter()
        self._latencies: list[float] = []
        self._answered_at: list[float] = []
        self.replies: Counter[int] = Counter()  # chat id -> bot messages, never reset
        self._closed_loop = False
        self._tasks: set[asyncio.Task[None]] = set()
        self.updates: dict[int, dict[str, Any]] = {}  # chat id -> its latest draft's update
        api.on_bot_message(self._on_reply)
        api.on_update(self._on_update)

    def _on_update(self, update: dict[str, Any]) -> None:
        message = update.get("message")
        if isinstance(message, dict):
            self.updates[message["chat"]["id"]] = update

    def _on_reply(self, chat_id: int, _message: dict[str, Any]) -> None:
        now = time.perf_counter()
        self._got[chat_id] += 1
        self.replies[chat_id] += 1
        self._replied.set()
        offered = self._waiting.pop(chat_id, None)
        if offered is None:
            return  # counted as a duplicate at the end of the step
        if not self._waiting:
            self._settled.set()
        self._latencies.append(now - offered)
        self._answered_at.append(now)
        user = self._by_chat[chat_id]
        if self._closed_loop:
            # Not from inside the stand-in's sendMessage handling: queue it on the loop.
            task = asyncio.get_running_loop().create_task(self._offer(user))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        else:
            self._idle.append(user)

    async def _offer(self, user: SimUser, text: str | None = None) -> None:
        if user.id in self._waiting:
            return
        self._waiting[user.id] = time.perf_counter()
        self._settled.clear()
        self._sent[user.id] += 1
        await user.send(text or next(self._texts))

    async def offer(self, user: SimUser, text: str) -> dict[str, Any]:
        """Send one draft outside a step (counted in `replies`); returns its update."""
        await self._offer(user, text)
        return self.updates[user.id]

    async def settle(self, timeout: float = DRAIN_S) -> bool:
        """Wait until every offered draft has its reply; False on timeout."""
        try:
            await asyncio.wait_for(self._settled.wait(), timeout)
        except TimeoutError:
            return False
        return True

    async def open_loop(self, name: str, rate: float, seconds: float) -> Step:
        """Offer `rate` drafts/s spread over idle users for `seconds`, then wait for replies."""
        self._reset()
        start = time.perf_counter()
        offered = skipped = 0
        while (elapsed := time.perf_counter() - start) < seconds:
            for _ in range(int(elapsed * rate) - offered - skipped):
                if self._idle:
                    await self._offer(self._idle.popleft())
                    offered += 1
                else:
                    skipped += 1  # every user still waits for a reply: the bot is behind
            await asyncio.sleep(0.002)
        return await self._finish(name, start, offered, skipped)

    async def closed_loop(self, name: str, concurrency: int, seconds: float) -> Step:
        """`concurrency` users each send their next draft the moment the last is answered."""
        self._reset()
        self._closed_loop = True
        start = time.perf_counter()
        for _ in range(min(concurrency, len(self._idle))):
            await self._offer(self._idle.popleft())
        await asyncio.sleep(seconds)
        self._closed_loop = False
        await asyncio.gather(*self._tasks)
        offered = sum(self._sent.values())
        return await self._finish(name, start, offered, 0)

    async def first_contact(self, name: str, concurrency: int) -> Step:
        """Every idle user sends one draft, `concurrency` at a time."""
        self._reset()
        start = time.perf_counter()
        users = list(self._idle)
        self._idle.clear()
        for user in users:
            while len(self._waiting) >= concurrency:
                self._replied.clear()
                await self._replied.wait()
            await self._offer(user)
        return await self._finish(name, start, len(users), 0)

    def _reset(self) -> None:
        self._sent.clear()
        self._got.clear()
        self._latencies = []
        self._answered_at = []

    async def _finish(self, name: str, start: float, offered: int, skipped: int) -> Step:
        await self.settle()
        end = time.perf_counter()
        await asyncio.sleep(0.3)  # a late duplicate would arrive about now
        lost = sum(max(0, n - self._got[chat]) for chat, n in self._sent.items())
        duplicated = sum(max(0, n - self._sent[chat]) for chat, n in self._got.items())
        for chat in list(self._waiting):  # lost: give the user back for the next step
            del self._waiting[chat]
            self._idle.append(self._by_chat[chat])
        self._settled.set()
        answered = len(self._latencies)
        step = Step(
            name, offered, answered, end - start, self._latencies, lost, duplicated, skipped
        )
        step.answered_at = [at - start for at in self._answered_at]
        return step
