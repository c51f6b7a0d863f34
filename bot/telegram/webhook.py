"""Webhook mode: a small aiohttp server in front of PTB, for workers behind a load balancer.

PTB's built-in webhook server cannot serve extra routes, and a load balancer needs `/healthz`
on the same port; so Tend runs its own server and hands each update to PTB's update queue.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Update

from bot.config import Settings, webhook_secret_strong
from bot.context import TendApp
from bot.miniapp import server as miniapp
from bot.telegram.polling import LenientBot, arrival, decode_leniently

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20
# Telegram's updates nest about 6 deep; anything far deeper is not an update.
MAX_DEPTH = 64
# Every id Telegram sends fits a signed 64-bit column.
MAX_INT = 2**63 - 1


def read_body(body: bytes) -> object:
    """The JSON of a webhook body; ValueError for anything that is not a plausible update:
    not JSON, nested deeper than MAX_DEPTH, or a number beyond 64 bits."""
    data = json.loads(body, parse_int=_bounded_int)
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ValueError("nested too deeply")
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    return data


def _bounded_int(text: str) -> int:
    number = int(text)  # ValueError beyond Python's digit limit
    if not -MAX_INT - 1 <= number <= MAX_INT:
        raise ValueError("a number beyond 64 bits")
    return number


def build_webhook_app(app: TendApp, settings: Settings) -> web.Application:
    """The aiohttp application: POST updates at WEBHOOK_URL's path, GET /healthz."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    if not webhook_secret_strong(settings.webhook_secret):
        # Settings refuse this already; an empty secret here would turn authentication off.
        raise ValueError("WEBHOOK_SECRET is missing or too short")
    path = urlsplit(settings.webhook_url).path or "/"
    secret = settings.webhook_secret.get_secret_value().encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, secret):
            return web.Response(status=403, text="forbidden")
        body = await request.read()
        try:
            data = read_body(body)
            # An update whose content does not decode is answered 200 and skipped (logged):
            # refusing it would make Telegram redeliver it again and again.
            update = decode_leniently(data, app.bot)
        except (ValueError, RecursionError):
            return web.Response(status=400, text="bad update")
        inbox = app.bot.inbox if isinstance(app.bot, LenientBot) else None
        if inbox is not None:
            if inbox.holds(update.update_id):
                return web.Response(text="ok")  # redelivered while being answered here
            try:
                await inbox.hold([arrival(update, body.decode())])
            except Exception as exc:
                # Answered unheld: the handlers tell the user the database is away.
                log.warning("update %s not held (%s)", update.update_id, type(exc).__name__)
        # A redelivery goes on too: the de-duplicating handler stops it, once discreet mode
        # has seen the user's message.
        # Held (durably) before the 200 that tells Telegram not to deliver it again.
        await app.update_queue.put(update)
        return web.Response(text="ok")

    async def healthz(_: web.Request) -> web.Response:
        if not app.running:
            return web.Response(text="starting", status=503)
        health = app.bot_data.database_health
        problem = await health.problem() if health is not None else None
        if problem is not None:
            return web.Response(text=f"database: {problem}", status=503)
        return web.Response(text="ok")

    web_app = web.Application(client_max_size=MAX_BODY_BYTES)
    web_app.router.add_post(path, receive)
    web_app.router.add_get("/healthz", healthz)
    miniapp.mount(web_app, app, settings)
    return web_app


async def serve_webhook(app: TendApp, settings: Settings, stop: asyncio.Event) -> None:
    """Register the webhook with Telegram and serve until `stop` is set."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    runner = web.AppRunner(build_webhook_app(app, settings), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_listen, settings.webhook_port)
    await site.start()
    await app.bot.set_webhook(
        url=settings.webhook_url,
        secret_token=settings.webhook_secret.get_secret_value(),
        allowed_updates=Update.ALL_TYPES,
    )
    log.info("Tend is running (webhook on %s:%s)", settings.webhook_listen, settings.webhook_port)
    try:
        await stop.wait()
    finally:
        await runner.cleanup()
