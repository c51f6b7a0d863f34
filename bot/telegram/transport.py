"""Outgoing Bot API requests, retried when a retry cannot make Telegram do anything twice.

PTB retries nothing by itself, and the AIORateLimiter only waits out 429 (retry_after).
`RetryingRequest` wraps either transport (`AiohttpRequest` or PTB's `HTTPXRequest`) and
also retries, with exponential backoff and a little jitter:

- a 5xx answer: Telegram reports that it failed to carry the call out;
- a request that never left: no connection could be made, or none was free in time.

A request that was sent but not answered in time (a read timeout) is *not* retried: Telegram
may have carried it out, and a second `sendMessage` would be a duplicate reply. For a reply
the user can simply ask for again, at most once is the lesser harm (bot/telegram/errors.py
decides what the user is told).

It also reports every message Telegram confirms (or leaves unconfirmed) to `bot.discreet.trail`, so
that discreet mode can delete whatever Tend sent: the answers are seen here, in one place,
whichever handler or job made the call.
"""

from __future__ import annotations

import asyncio
import logging
import random

import aiohttp
import httpx
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.discreet import trail
from bot.discreet.trail import Ledger
from bot.telegram import inbox
from bot.telegram.request import DelegatingRequest

log = logging.getLogger(__name__)

# The transports' errors for a request that was never written to the socket. aiohttp's
# ConnectionTimeoutError covers waiting for a pooled connection as well as opening one.
NEVER_SENT: tuple[type[BaseException], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    aiohttp.ClientConnectorError,
    aiohttp.ConnectionTimeoutError,
)


# Half the calls transport's 64 connections (bot/app.py): the rest serve edits, button
# answers and deletions. Also the most replies one crash can lose: only a send holding a slot
# is noted "send started" (bot/telegram/inbox.py).
SEND_SLOTS = 32


class RetryingRequest(DelegatingRequest):
    """Wraps a `BaseRequest`; retries 5xx answers and unsent requests, and reports message
    calls to `bot.discreet.trail` (module docstring)."""

    def __init__(
        self,
        inner: BaseRequest,
        *,
        retries: int = 3,
        backoff_s: float = 0.5,
        max_backoff_s: float = 8.0,
        rng: random.Random | None = None,
        send_slots: int = SEND_SLOTS,
    ) -> None:
        super().__init__(inner)
        self.retries = retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self._rng = rng or random.Random()
        # Messages sent outside any update (nudges, reminders, summaries): bot/discreet/trail.py.
        self.ledger = Ledger()
        # Sends in flight at once: fewer than the transport's connections, so that a send
        # never waits for one after its "send started" was noted.
        self._send_slots = asyncio.Semaphore(send_slots)

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number `attempt + 1`: doubling, capped, ±20 %."""
        base = min(self.backoff_s * 2**attempt, self.max_backoff_s)
        return float(base * self._rng.uniform(0.8, 1.2))

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """One Bot API call, retried as the module docstring says."""
        name = url[url.rfind("/") + 1 :]
        trail.observe_call(name)
        call = (
            name,
            url,
            method,
            request_data,
            read_timeout,
            write_timeout,
            connect_timeout,
            pool_timeout,
        )
        if name not in trail.SENDS:
            return await self._call(*call)
        # "Send started" is noted (bot/telegram/inbox.py) once a connection is as good as
        # free: a send noted and then left waiting for one would be lost by a crash.
        async with self._send_slots:
            await inbox.before_send()
            return await self._call(*call)

    async def _call(
        self,
        name: str,
        url: str,
        method: str,
        request_data: RequestData | None,
        read_timeout: object,
        write_timeout: object,
        connect_timeout: object,
        pool_timeout: object,
    ) -> tuple[int, bytes]:
        attempt = 0
        while True:
            try:
                code, payload = await self.inner.do_request(
                    url,
                    method,
                    request_data,
                    read_timeout=read_timeout,  # type: ignore[arg-type]
                    write_timeout=write_timeout,  # type: ignore[arg-type]
                    connect_timeout=connect_timeout,  # type: ignore[arg-type]
                    pool_timeout=pool_timeout,  # type: ignore[arg-type]
                )
            except NetworkError as exc:  # TimedOut included
                if attempt >= self.retries or not isinstance(exc.__cause__, NEVER_SENT):
                    if isinstance(exc, TimedOut) and not isinstance(exc.__cause__, NEVER_SENT):
                        params = request_data.parameters if request_data is not None else {}
                        trail.observe_unconfirmed(name, params)
                    raise
                reason = type(exc.__cause__).__name__
            else:
                if code == 200:
                    trail.observe_answer(name, payload, self.ledger)
                if code < 500 or attempt >= self.retries:
                    return code, payload
                reason = f"HTTP {code}"
            wait = self.delay(attempt)
            attempt += 1
            # The URL holds the bot token: only the method name is logged.
            log.warning(
                "Bot API %s: %s; retry %d of %d in %.2f s",
                name,
                reason,
                attempt,
                self.retries,
                wait,
            )
            await asyncio.sleep(wait)


def ledger_of(bot: Bot) -> Ledger | None:
    """The ledger of messages `bot` sent outside any update; None for another transport."""
    request = bot.request
    return request.ledger if isinstance(request, RetryingRequest) else None
