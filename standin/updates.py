"""The update queue: getUpdates long polling with offsets and allowed_updates; webhook mode."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Callable, Iterable
from typing import Any

import aiohttp

from standin.errors import ApiError
from standin.state import Signal
from standin.webhook import Delivery, Webhook, WebhookSender

# Telegram's default when allowed_updates is empty or never given.
DEFAULT_EXCLUDED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def _update_id(update: dict[str, Any]) -> int:
    value = update.get("update_id")
    return value if isinstance(value, int) else 0


class Updates:
    """Unconfirmed updates, handed out by polling or webhook the way Telegram does."""

    def __init__(self, *, update_types: Iterable[str], clock: Callable[[], float]) -> None:
        self._all = frozenset(update_types)
        self.allowed = self._all - DEFAULT_EXCLUDED
        self.pending: dict[int, dict[str, Any]] = {}  # internal sequence -> update, in order
        self.changed = Signal()
        self.dropped: list[dict[str, Any]] = []
        self.deliveries: list[Delivery] = []
        self.last_error: tuple[int, str] | None = None
        self.last_activity = time.monotonic()
        self.conflicts = 0
        # Called with each update as it is queued; see StandIn.on_update.
        self.listeners: list[Callable[[dict[str, Any]], None]] = []
        self.webhook_timeout = 10.0
        self._clock = clock
        self._seq = itertools.count()
        # Like Telegram's, ids keep growing across restarts, so a bot whose database remembers
        # processed ids (the offline demo keeps its data) never mistakes new updates for old.
        self._next_id = 1 + int(clock() * 10) % 2_000_000_000
        self._generation = 0
        self._closed = False
        self._sender: WebhookSender | None = None
        self._session: aiohttp.ClientSession | None = None

    @property
    def pending_count(self) -> int:
        """Updates not yet confirmed (polling) or not yet accepted by the webhook."""
        return len(self.pending)

    @property
    def webhook(self) -> Webhook | None:
        """The webhook in force, if any."""
        return self._sender.hook if self._sender else None

    def touch(self) -> None:
        """Note activity and wake pollers and the webhook sender."""
        self.last_activity = time.monotonic()
        self.changed.notify()

    def push(self, update: dict[str, Any]) -> dict[str, Any] | None:
        """Queue an update; assigns ``update_id`` unless given. None if allowed_updates drops it."""
        if "update_id" not in update:
            update = {"update_id": self._next_id, **update}
        if isinstance(update["update_id"], int):
            self._next_id = max(self._next_id, update["update_id"] + 1)
        kind = next((k for k in update if k != "update_id"), None)
        if kind in self._all and kind not in self.allowed:
            self.dropped.append(update)
            return None
        self.pending[next(self._seq)] = update
        for listener in self.listeners:
            listener(update)
        self.touch()
        return update

    def set_allowed(self, allowed: list[str] | None) -> None:
        """Apply allowed_updates; an empty list restores Telegram's default."""
        if allowed is not None:
            self.allowed = frozenset(allowed) or self._all - DEFAULT_EXCLUDED

    def _confirm(self, offset: int | None) -> None:
        if offset is None:
            return
        if offset < 0:
            doomed = list(self.pending)[:offset]
        else:
            doomed = [seq for seq, u in self.pending.items() if _update_id(u) < offset]
        for seq in doomed:
            del self.pending[seq]
        if doomed:
            self.last_activity = time.monotonic()

    async def poll(
        self, *, offset: int | None, limit: int | None, seconds: int | None
    ) -> list[dict[str, Any]]:
        """getUpdates: confirm below ``offset``, then wait up to ``seconds`` for updates."""
        if self._sender is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        self._generation += 1
        generation = self._generation
        self._confirm(offset)
        # Wakes (and so ends) an older poll: Telegram serves one at a time. An empty poll is
        # not activity, or a bot that polls without a timeout would never look idle.
        self.changed.notify()
        count = min(max(limit or 100, 1), 100)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + max(seconds or 0, 0)
        while True:
            if generation != self._generation:
                self.conflicts += 1
                raise ApiError(
                    409,
                    "Conflict: terminated by other getUpdates request; "
                    "make sure that only one bot instance is running",
                    violation=False,
                )
            if self.pending:
                return list(itertools.islice(self.pending.values(), count))
            remaining = deadline - loop.time()
            if remaining <= 0 or self._closed or self._sender is not None:
                return []
            await self.changed.wait(remaining)

    async def set_webhook(
        self, url: str, *, secret_token: str | None, max_connections: int, drop_pending: bool
    ) -> None:
        """setWebhook: start delivering (pending updates too, unless dropped)."""
        await self._stop_sender()
        if drop_pending:
            self.pending.clear()
        if self._session is None:
            self._session = aiohttp.ClientSession()
        hook = Webhook(url, secret_token, max_connections)
        self._sender = WebhookSender(
            hook, self, self._session, clock=self._clock, timeout=self.webhook_timeout
        )
        self.last_error = None
        self._sender.start()
        self.touch()

    async def delete_webhook(self, *, drop_pending: bool) -> None:
        """deleteWebhook: stop delivering; what is left can be fetched with getUpdates."""
        await self._stop_sender()
        if drop_pending:
            self.pending.clear()
        self.touch()

    def info(self) -> dict[str, Any]:
        """The WebhookInfo object."""
        hook = self.webhook
        info: dict[str, Any] = {
            "url": hook.url if hook else "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.pending),
        }
        if hook:
            info["max_connections"] = hook.max_connections
            info["allowed_updates"] = sorted(self.allowed)
        if self.last_error:
            info["last_error_date"], info["last_error_message"] = self.last_error
        return info

    async def close(self) -> None:
        """Stop delivery, release pollers and close the HTTP client."""
        self._closed = True
        await self._stop_sender()
        self.touch()
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def _stop_sender(self) -> None:
        if self._sender is not None:
            sender, self._sender = self._sender, None
            await sender.stop()
