"""The Mini App's HTTP side: the page, its two assets, and a small JSON API, on aiohttp.

Mounted on the webhook server in webhook mode (`add_routes`), served on its own port while
polling (`serve_miniapp`). Every API call carries Telegram's signed `initData` in the
Authorization header (`tma <initData>`), never in the URL; the user it acts for is the one
Telegram signed, so no request names a user. Answers are `Cache-Control: no-store`, nothing
is logged per request, and the page runs under a Content-Security-Policy that allows its own
files and Telegram's script only.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol

from aiohttp import web
from telegram import Bot, InputFile

from bot.clock import Clock
from bot.config import Settings
from bot.context import NotReadyError, TendApp
from bot.history.texts import category_label
from bot.logs import describe
from bot.miniapp import auth, settings, texts
from bot.miniapp.chart import render_chart
from bot.miniapp.history import WeekDetail, load_weeks
from bot.privacy import service as privacy
from bot.privacy import texts as privacy_texts
from bot.telegram.messages import delete_now
from bot.users.service import Sessions

log = logging.getLogger(__name__)

TELEGRAM_SCRIPT: Final = "https://telegram.org/js/telegram-web-app.js"
CSP: Final = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self' https://telegram.org",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
        # Telegram's web clients show Mini Apps in a frame; nobody else may.
        "frame-ancestors https://web.telegram.org https://webk.telegram.org "
        "https://webz.telegram.org",
    )
)
SECURITY_HEADERS: Final = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
MAX_CHANGE_BYTES: Final = 2048
MAX_CALLS_IN_FLIGHT: Final = 4
_STATIC: Final = Path(__file__).with_name("static")
_TYPES: Final = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}


class Backend(Protocol):
    """What the API needs from the bot (`bot.context.BotData` is one)."""

    @property
    def sessionmaker(self) -> Sessions: ...

    @property
    def clock(self) -> Clock: ...


@dataclass(frozen=True, slots=True)
class Asset:
    """A file of the page, held in memory with its gzip form and an ETag."""

    body: bytes
    gzipped: bytes
    content_type: str
    etag: str


def _asset(body: bytes, content_type: str) -> Asset:
    # mtime 0: the same gzip bytes on every start, so the ETag alone says what changed.
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    return Asset(body, gzip.compress(body, compresslevel=9, mtime=0), content_type, etag)


def load_assets() -> dict[str, Asset]:
    """index.html, app.js, app.css, and choices.json (what the settings offer: the same for
    everyone, so cached by the browser rather than sent with every settings answer)."""
    assets = {
        path.name: _asset(path.read_bytes(), _TYPES[path.suffix])
        for path in sorted(_STATIC.iterdir())
        if path.suffix in _TYPES
    }
    choices = json.dumps(settings.choices(), ensure_ascii=False, separators=(",", ":"))
    assets["choices.json"] = _asset(choices.encode(), "application/json")
    return assets


def _asset_response(request: web.Request, asset: Asset) -> web.Response:
    headers = {**SECURITY_HEADERS, "Cache-Control": "no-cache", "ETag": asset.etag}
    headers["Vary"] = "Accept-Encoding"
    if request.headers.get("If-None-Match") == asset.etag:
        return web.Response(status=304, headers=headers)
    body = asset.body
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        body, headers["Content-Encoding"] = asset.gzipped, "gzip"
    return web.Response(body=body, headers={**headers, "Content-Type": asset.content_type})


def _json(data: object, *, status: int = 200, compress: bool = False) -> web.Response:
    response = web.json_response(
        data,
        status=status,
        headers={**SECURITY_HEADERS, "Cache-Control": "no-store"},
        dumps=lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":")),
    )
    if compress:  # only answers worth it: gzip costs more CPU than it saves on a few bytes
        response.enable_compression()
    return response


def _error(status: int, message: str) -> web.Response:
    return _json({"error": message}, status=status)


Handler = Callable[[web.Request, int], Awaitable[web.Response]]


def _week_json(week: WeekDetail) -> dict[str, Any]:
    return {
        "title": texts.week_title(week),
        "checked": week.checked,
        "flagged": week.flagged,
        "categories": [{"label": category_label(k), "count": n} for k, n in week.categories],
        "phrases": [{"phrase": p, "count": n} for p, n in week.phrases],
        "nudges_done": week.nudges_done,
    }


def add_routes(
    web_app: web.Application, *, backend: Backend, bot: Bot, bot_token: str, path: str
) -> None:
    """Serve the Mini App under `path` (ending in "/") on `web_app`."""
    assets = load_assets()
    # Calls queue here rather than at the database: fifty transactions started at once on
    # SQLite each hold its write lock while the others run (a convoy), until the busy timeout
    # fails some; a few at a time finish sooner, on PostgreSQL too (bench/RESULTS.md).
    in_flight = asyncio.Semaphore(MAX_CALLS_IN_FLIGHT)

    def signed(handler: Handler) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def checked(request: web.Request) -> web.Response:
            scheme, _, init_data = request.headers.get("Authorization", "").partition(" ")
            try:
                if scheme != "tma":
                    raise auth.InitDataError("no initData")
                user = auth.validate(init_data, bot_token=bot_token, now=backend.clock.now())
            except auth.InitDataError:
                return _error(401, texts.NOT_SIGNED_IN)
            except NotReadyError:
                return _error(503, texts.NOT_READY)
            try:
                async with in_flight:
                    return await handler(request, user.user_id)
            except NotReadyError:
                return _error(503, texts.NOT_READY)
            except Exception as exc:
                # Logged here, as the chat's error handler does, rather than by aiohttp:
                # a database error's message carries its parameters (flagged words).
                log.error("Mini App %s failed: %s", request.match_info.route.name, describe(exc))
                return _error(500, texts.BAD_REQUEST)

        return checked

    async def page(request: web.Request) -> web.Response:
        return _asset_response(request, assets["index.html"])

    async def asset(request: web.Request) -> web.Response:
        found = assets.get(request.match_info["name"])
        if found is None or found is assets["index.html"]:
            raise web.HTTPNotFound()
        return _asset_response(request, found)

    async def history(_: web.Request, user_id: int) -> web.Response:
        weeks = await load_weeks(backend.sessionmaker, now=backend.clock.now(), user_id=user_id)
        chart = render_chart(weeks)
        return _json({"chart": chart, "weeks": [_week_json(w) for w in weeks]}, compress=True)

    async def read_settings(_: web.Request, user_id: int) -> web.Response:
        now = backend.clock.now()
        return _json(await settings.load(backend.sessionmaker, now=now, user_id=user_id))

    async def change(request: web.Request, user_id: int) -> web.Response:
        if (request.content_length or 0) > MAX_CHANGE_BYTES:
            return _error(413, texts.BAD_REQUEST)
        try:
            body = json.loads(await request.content.read(MAX_CHANGE_BYTES + 1))
            what, value = body["what"], body.get("value")
            if not isinstance(what, str):
                raise TypeError(what)
        except (ValueError, KeyError, TypeError):
            return _error(400, texts.BAD_REQUEST)
        now = backend.clock.now()
        try:
            changed = await settings.change(
                backend.sessionmaker, now=now, user_id=user_id, what=what, value=value
            )
        except settings.ChangeError as exc:
            return _error(422, exc.user_message)
        return _json(changed)

    async def export(_: web.Request, user_id: int) -> web.Response:
        data = await privacy.export(backend.sessionmaker, user_id=user_id)
        if data is None:
            return _json({"message": texts.EXPORT_NOTHING})
        payload = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode()
        # Sent into the chat, as /export does: a file saved from a Mini App's web view is
        # hard to find on a phone. Discreet mode deletes it like any message sent outside an
        # update (bot/discreet/trail.py's ledger).
        await bot.send_document(
            chat_id=user_id,
            document=InputFile(payload, filename="tend-export.json"),
            caption=privacy_texts.EXPORT_CAPTION,
        )
        return _json({"message": texts.EXPORT_SENT})

    async def forget(request: web.Request, user_id: int) -> web.Response:
        try:
            confirmed = (await request.json()).get("confirm") is True
        except (ValueError, AttributeError):
            confirmed = False
        if not confirmed:
            return _error(400, texts.BAD_REQUEST)
        forgotten = await privacy.forget(backend.sessionmaker, user_id=user_id)
        removed = await delete_now(bot, forgotten.pending, why="Mini App forget")
        return _json({"message": texts.FORGOTTEN if removed else texts.FORGOTTEN_MESSAGES_LEFT})

    web_app.router.add_get(path, page)
    web_app.router.add_get(path + "{name:[a-z]+\\.(?:js|css|json)}", asset)
    api = {
        ("GET", "history"): history,
        ("GET", "settings"): read_settings,
        ("POST", "settings"): change,
        ("POST", "export"): export,
        ("POST", "forget"): forget,
    }
    for (method, name), handler in api.items():
        web_app.router.add_route(
            method, f"{path}api/{name}", signed(handler), name=f"miniapp-{method.lower()}-{name}"
        )


def build_app(*, backend: Backend, bot: Bot, bot_token: str, path: str) -> web.Application:
    """A stand-alone aiohttp application serving only the Mini App."""
    web_app = web.Application(client_max_size=MAX_CHANGE_BYTES * 4)
    add_routes(web_app, backend=backend, bot=bot, bot_token=bot_token, path=path)
    return web_app


def mount(web_app: web.Application, app: TendApp, settings: Settings) -> None:
    """Webhook mode: the Mini App on the webhook server, when MINIAPP_URL is set."""
    if settings.miniapp_url is not None:
        add_routes(
            web_app,
            backend=app.bot_data,
            bot=app.bot,
            bot_token=settings.require_token(),
            path=settings.miniapp_path,
        )


async def serve_alone(app: TendApp, settings: Settings) -> web.AppRunner | None:
    """Polling mode: the Mini App on MINIAPP_PORT when MINIAPP_URL is set (None when not);
    the caller cleans the runner up."""
    if settings.miniapp_url is None:
        return None
    web_app = build_app(
        backend=app.bot_data,
        bot=app.bot,
        bot_token=settings.require_token(),
        path=settings.miniapp_path,
    )
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.webhook_listen, settings.miniapp_port).start()
    log.info("Mini App served on %s:%s", settings.webhook_listen, settings.miniapp_port)
    return runner
