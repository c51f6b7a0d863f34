"""Webhook delivery: POST each update to the bot, with the secret header, until it says 2xx."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import aiohttp

if TYPE_CHECKING:
    from standin.updates import Updates

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_FIRST_RETRY = 0.05
_MAX_RETRY = 1.0


@dataclass(frozen=True, slots=True)
class Webhook:
    """The webhook set by setWebhook."""

    url: str
    secret_token: str | None
    max_connections: int


@dataclass(frozen=True, slots=True)
class Delivery:
    """One webhook POST attempt: the HTTP status (None when the connection failed)."""

    update_id: int
    status: int | None
    secret_token: str | None
    error: str | None


def chat_key(update: dict[str, Any]) -> object:
    """Updates with the same key are delivered one at a time and in order."""
    for kind, body in update.items():
        if kind == "update_id" or not isinstance(body, dict):
            continue
        inner = body.get("message")
        chat = body.get("chat") or (inner.get("chat") if isinstance(inner, dict) else None)
        if isinstance(chat, dict):
            return chat.get("id")
        sender = body.get("from")
        if isinstance(sender, dict):
            return ("user", sender.get("id"))
    return None


class WebhookSender:
    """Delivers a queue's updates to one webhook.

    Like Telegram it keeps up to ``max_connections`` POSTs in flight, retries failures with a
    growing pause, and removes an update only once the bot answered 2xx. Updates of one chat
    go one at a time so the bot sees them in order.
    """

    def __init__(
        self,
        hook: Webhook,
        queue: Updates,
        session: aiohttp.ClientSession,
        *,
        clock: Callable[[], float],
        timeout: float,
    ) -> None:
        self.hook = hook
        self._queue = queue
        self._session = session
        self._clock = clock
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._inflight: set[int] = set()
        self._busy: set[object] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._loop: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Begin delivering in the background."""
        self._loop = asyncio.create_task(self._run())

    async def stop(self) -> None:
        """Stop delivering; undelivered updates stay queued."""
        tasks = [t for t in (self._loop, *self._tasks) if t is not None]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _run(self) -> None:
        while True:
            picked = self._next()
            if picked is None:
                await self._queue.changed.wait()
                continue
            seq, update, key = picked
            self._inflight.add(seq)
            self._busy.add(key)
            task = asyncio.create_task(self._deliver(seq, update, key))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _next(self) -> tuple[int, dict[str, Any], object] | None:
        if len(self._inflight) >= self.hook.max_connections:
            return None
        for seq, update in self._queue.pending.items():
            if seq in self._inflight:
                continue
            key = chat_key(update)
            if key is None:
                return seq, update, ("seq", seq)  # nothing to keep in order with
            if key not in self._busy:
                return seq, update, key
        return None

    async def _deliver(self, seq: int, update: dict[str, Any], key: object) -> None:
        pause = _FIRST_RETRY
        raw_id = update.get("update_id")
        update_id = raw_id if isinstance(raw_id, int) else 0  # push_update allows odd updates
        try:
            while seq in self._queue.pending:
                status, error = await self._post(update)
                secret = self.hook.secret_token
                delivery = Delivery(
                    update_id if isinstance(update_id, int) else 0, status, secret, error
                )
                self._queue.deliveries.append(delivery)
                if error is None:
                    self._queue.pending.pop(seq, None)
                    break
                self._queue.last_error = (int(self._clock()), error)
                await asyncio.sleep(pause)
                pause = min(pause * 2, _MAX_RETRY)
        finally:
            self._inflight.discard(seq)
            self._busy.discard(key)
            self._queue.touch()

    async def _post(self, update: dict[str, Any]) -> tuple[int | None, str | None]:
        headers = {"Content-Type": "application/json"}
        if self.hook.secret_token:
            headers[SECRET_HEADER] = self.hook.secret_token
        body = json.dumps(update, ensure_ascii=False).encode()
        try:
            async with self._session.post(
                self.hook.url, data=body, headers=headers, timeout=self._timeout
            ) as response:
                await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            return None, f"Connection failed: {exc.__class__.__name__}: {exc}"
        if 200 <= response.status < 300:
            return response.status, None
        problem = f"Wrong response from the webhook: {response.status} {response.reason}"
        return response.status, problem
