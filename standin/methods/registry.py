"""The table from Bot API method name to the coroutine that answers it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from standin.state import State
from standin.updates import Updates


@dataclass(frozen=True, slots=True)
class Context:
    """What a method handler may touch."""

    state: State
    updates: Updates


Params = dict[str, Any]
Handler = Callable[[Context, Params], Awaitable[Any]]

HANDLERS: dict[str, Handler] = {}


def handles(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler under the spec's method names."""

    def register(handler: Handler) -> Handler:
        for name in names:
            HANDLERS[name.lower()] = handler
        return handler

    return register
