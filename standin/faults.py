"""Fault injection: make chosen calls fail the way Telegram fails."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from standin.errors import ApiError

FaultKind = Literal["retry_after", "forbidden", "server_error", "slow"]
_KINDS = ("retry_after", "forbidden", "server_error", "slow")


@dataclass(slots=True, eq=False)
class Fault:
    """One injected fault; ``hits`` counts the calls it has affected so far."""

    kind: FaultKind
    method: str | None = None
    chat_id: int | str | None = None
    times: int | None = 1
    retry_after: int = 1
    delay: float = 1.0
    status: int = 502
    description: str | None = None
    hits: int = 0

    @property
    def spent(self) -> bool:
        """True once the fault has fired ``times`` times."""
        return self.times is not None and self.hits >= self.times

    def matches(self, method: str, params: Mapping[str, Any]) -> bool:
        """Whether this fault applies to a call."""
        if self.method is not None and self.method.lower() != method.lower():
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id

    def error(self) -> ApiError | None:
        """The answer to send instead of the real one; None for ``slow`` (answer late)."""
        if self.kind == "retry_after":
            description = self.description or (f"Too Many Requests: retry after {self.retry_after}")
            return ApiError(429, description, retry_after=self.retry_after, violation=False)
        if self.kind == "forbidden":
            description = self.description or "Forbidden: bot was blocked by the user"
            return ApiError(403, description, violation=False)
        if self.kind == "server_error":
            return ApiError(self.status, self.description or "Bad Gateway", violation=False)
        return None


class Faults:
    """The registry behind ``StandIn.faults``."""

    def __init__(self) -> None:
        self.active: list[Fault] = []

    def add(
        self,
        *,
        kind: FaultKind,
        method: str | None = None,
        chat_id: int | str | None = None,
        times: int | None = 1,
        retry_after: int = 1,
        delay: float = 1.0,
        status: int = 502,
        description: str | None = None,
    ) -> Fault:
        """Inject a fault.

        ``kind``: ``retry_after`` (429 with ``parameters.retry_after``), ``forbidden`` (403,
        "bot was blocked by the user"), ``server_error`` (``status``, default 502 Bad Gateway),
        ``slow`` (wait ``delay`` seconds, then answer normally: the call still takes effect,
        like a Telegram answer lost to a client timeout). ``method``/``chat_id`` None match any
        call; ``times`` None never runs out. Faulted calls are not violations.
        """
        if kind not in _KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; expected one of {_KINDS}")
        fault = Fault(kind, method, chat_id, times, retry_after, delay, status, description)
        self.active.append(fault)
        return fault

    def clear(self) -> None:
        """Remove every fault."""
        self.active.clear()

    def take(self, method: str, params: Mapping[str, Any]) -> Fault | None:
        """The first live fault matching the call, counting the hit."""
        for fault in self.active:
            if not fault.spent and fault.matches(method, params):
                fault.hits += 1
                return fault
        return None
