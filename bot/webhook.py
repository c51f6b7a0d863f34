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

from bot.config import Settings
from bot.context import TendApp
from bot.miniapp import server as miniapp
from bot.updates_reader import decode_leniently

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20


def build_webhook_app(app: TendApp, settings: Settings) -> web.Application:
    """The aiohttp application: POST updates at WEBHOOK_URL's path, GET /healthz."""
    assert settings.webhook_url is not None and settings.webhook_secret is not None
    path = urlsplit(settings.webhook_url).path or "/"
    secret = settings.webhook_secret.get_secret_value().encode()

    async def receive(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(given, secret):
            return web.Response(status=403, text="forbidden")
        try:
            data = json.loads(await request.read())
            # An update whose content does not decode is answered 200 and skipped (logged):
            # refusing it would make Telegram redeliver it again and again.
            update = decode_leniently(data, app.bot)
        except ValueError:
            return web.Response(status=400, text="bad update")
        await app.update_queue.put(update)
        return web.Response(text="ok")

    async def healthz(_: web.Request) -> web.Response:
        return web.Response(
            text="ok" if app.running else "starting", status=200 if app.running else 503
        )

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
