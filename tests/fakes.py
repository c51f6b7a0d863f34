"""Fakes shared by several test modules (fixtures live in conftest.py)."""

from __future__ import annotations

from typing import Any

from telegram.request import BaseRequest

Step = tuple[int, bytes] | BaseException


class ScriptedRequest(BaseRequest):
    """A Bot API transport that answers from a script: an (HTTP code, body) or an error to
    raise, one step per call. `ScriptedRequest.always(step)` answers every call the same way."""

    def __init__(self, *script: Step) -> None:
        self.script = list(script)
        self.calls = 0
        self._always: Step | None = None

    @classmethod
    def always(cls, step: Step) -> ScriptedRequest:
        request = cls()
        request._always = step
        return request

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        self.calls += 1
        step = self._always if self._always is not None else self.script.pop(0)
        if isinstance(step, BaseException):
            raise step
        return step
