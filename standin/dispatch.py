"""Answering one HTTP call: token, parameters, spec validation, faults, handler, envelope."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, NamedTuple

from aiohttp import web

from standin.errors import ApiError, bad_request, not_implemented
from standin.faults import Faults
from standin.methods import HANDLERS, Context
from standin.request import read_params, split_attachments
from standin.spec import Method
from standin.validate import SpecError, Validator

log = logging.getLogger("standin")
_MAX_BODY = 64 * 1024 * 1024


class Call(NamedTuple):
    """One Bot API call as received (parameters converted to JSON types when valid)."""

    method: str
    params: dict[str, Any]


def _json(status: int, body: dict[str, Any]) -> web.Response:
    payload = json.dumps(body, ensure_ascii=False).encode()
    return web.Response(body=payload, status=status, content_type="application/json")


def summary(params: dict[str, Any]) -> str:
    """``key=value, ...`` with long values cut, for messages."""
    parts = []
    for key, value in params.items():
        shown = repr(value)
        parts.append(f"{key}={shown if len(shown) <= 80 else shown[:77] + '...'}")
    return ", ".join(parts)


class Dispatcher:
    """The HTTP side of the stand-in; keeps the call log and the violations."""

    def __init__(
        self,
        *,
        token: str,
        validator: Validator,
        context: Context,
        faults: Faults,
        check_results: bool,
    ) -> None:
        self.token = token
        self.validator = validator
        self.spec = validator.spec
        self.faults = faults
        self.check_results = check_results
        self.calls: list[Call] = []
        self.violations: list[str] = []
        self.in_flight = 0
        self.last_activity = time.monotonic()
        self._context = context

    def app(self) -> web.Application:
        """The aiohttp application: ``/bot<token>/<method>`` and the file download route."""
        app = web.Application(client_max_size=_MAX_BODY)
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        return app

    async def _handle(self, request: web.Request) -> web.Response:
        name = request.match_info["method"]
        if name.lower() == "getupdates":
            # A long poll is the bot waiting, not working: the queue tracks what it takes.
            return await self._answer(request, name)
        self.in_flight += 1
        self.last_activity = time.monotonic()
        try:
            return await self._answer(request, name)
        finally:
            self.in_flight -= 1
            self.last_activity = time.monotonic()

    async def _answer(self, request: web.Request, name: str) -> web.Response:
        params: dict[str, Any] = {}
        try:
            if request.match_info["token"] != self.token:
                raise ApiError(401, "Unauthorized")
            method = self.spec.method(name)
            params, form = await read_params(request)
            split_attachments(params)
            if method is None:
                self.calls.append(Call(name, params))
                raise ApiError(404, "Not Found")
            name = method.name
            params = self._validated(method, params, form)
            fault = self.faults.take(method.name, params)
            if fault is not None:
                error = fault.error()
                if error is not None:
                    raise error
                await asyncio.sleep(fault.delay)
            handler = HANDLERS.get(method.name.lower())
            if handler is None:
                raise not_implemented(method.name)
            result = await handler(self._context, params)
            self._check_result(method, result)
            return _json(200, {"ok": True, "result": result})
        except ApiError as exc:
            if exc.violation:
                self.record_violation(f"{name}: {exc.description} [{summary(params)}]")
            return _json(exc.status, exc.body())
        except Exception as exc:
            # A bug in the stand-in must fail the test that hit it, not pass as a network blip.
            log.exception("stand-in bug while answering %s", name)
            self.record_violation(f"stand-in bug: {name} raised {exc!r} [{summary(params)}]")
            return _json(500, ApiError(500, "Internal Server Error").body())

    def _validated(self, method: Method, params: dict[str, Any], form: bool) -> dict[str, Any]:
        try:
            checked = self.validator.check_params(method, params, form=form)
        except SpecError as exc:
            self.calls.append(Call(method.name, params))
            raise bad_request(str(exc)) from None
        self.calls.append(Call(method.name, checked))
        return checked

    def _check_result(self, method: Method, result: object) -> None:
        if not self.check_results:
            return
        try:
            self.validator.check_result(method, result)
        except SpecError as exc:
            self.record_violation(f"stand-in bug: {method.name} returned an invalid result: {exc}")

    def record_violation(self, text: str) -> None:
        """Log and keep a violation."""
        log.warning("Bot API violation: %s", text)
        self.violations.append(text)

    async def _download(self, request: web.Request) -> web.Response:
        stored = self._context.state.files_by_path.get(request.match_info["path"])
        if request.match_info["token"] != self.token or stored is None:
            return _json(404, ApiError(404, "Not Found").body())
        content_type = stored.mime_type or "application/octet-stream"
        return web.Response(body=stored.data, headers={"Content-Type": content_type})
