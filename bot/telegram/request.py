"""PTB's HTTP transport over aiohttp: the same Bot API calls for a fraction of the CPU.

A `send_message` through PTB's default `HTTPXRequest` costs about 1.3 ms of CPU alone and
1.9 ms with 16 in flight (httpx/httpcore/anyio; its pool takes an anyio lock per request);
through this class 0.5 and 0.3 ms. aiohttp is already a dependency (the webhook server).
End to end at full load the bot process went from 5.8 to 3.0 ms of CPU per draft
(bench/RESULTS.md, "End to end").

Behaviour follows `HTTPXRequest` (multipart when files are sent; timeouts mapped to
`TimedOut`, transport errors to `NetworkError`) with two differences: other calls send their
parameters as JSON, not form-encoded (cheaper to encode; the Bot API accepts both), and
aiohttp has no write timeout, so `write_timeout` is accepted and ignored.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class AiohttpRequest(BaseRequest):
    """A `telegram.request.BaseRequest` on one `aiohttp.ClientSession` with a bounded pool."""

    def __init__(
        self,
        *,
        connection_pool_size: int = 1,
        read_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The read timeout used when a call does not pass one."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (inside the running loop, as aiohttp requires)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        # PTB passes a float, None (no limit) or its DEFAULT_NONE sentinel ("use yours").
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; returns the HTTP status and the body."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = _given(read_timeout, self._read_timeout)
        connect = _given(connect_timeout, self._connect_timeout)
        pool = _given(pool_timeout, self._pool_timeout)
        # aiohttp's `connect` covers waiting for a pooled connection and opening it.
        waiting = None if connect is None or pool is None else connect + pool
        timeout = aiohttp.ClientTimeout(
            total=None, connect=waiting, sock_connect=connect, sock_read=read
        )
        body, content_type = _body(request_data)
        headers = {"User-Agent": self.USER_AGENT}
        if content_type is not None:
            headers["Content-Type"] = content_type
        try:
            async with self._session.request(
                method, url, data=body, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:  # aiohttp's timeouts subclass it
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{exc.__class__.__name__}: {exc}") from exc


def _given(value: object, default: float | None) -> float | None:
    if value is None:
        return None
    return float(value) if isinstance(value, int | float) else default


def _body(request_data: RequestData | None) -> tuple[aiohttp.FormData | bytes | None, str | None]:
    if request_data is None:
        return None, None
    files = request_data.multipart_data
    if not files:
        # JSON, which the Bot API accepts for every call: encoding is a fraction of the
        # cost of form-encoding long HTML texts (urllib's quote_plus, in pure Python).
        return json.dumps(request_data.parameters).encode(), "application/json"
    form = aiohttp.FormData()
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mime_type) in files.items():
        form.add_field(name, content, filename=filename, content_type=mime_type)
    return form, None


class DelegatingRequest(BaseRequest):
    """A `BaseRequest` that sends through another one: the base of Tend's wrappers (retries,
    and reading or trimming an answer in `parse_json_payload`, PTB's public seam between the
    transport and the objects it builds)."""

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner

    @property
    def read_timeout(self) -> float | None:
        """The wrapped transport's default read timeout."""
        return self.inner.read_timeout

    async def initialize(self) -> None:
        """Initialize the wrapped transport."""
        await self.inner.initialize()

    async def shutdown(self) -> None:
        """Shut the wrapped transport down."""
        await self.inner.shutdown()

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        """The wrapped transport's call, unchanged."""
        return await self.inner.do_request(*args, **kwargs)
