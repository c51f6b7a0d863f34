"""The one place that wires Tend together: settings, services, handlers, and the run loop."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
from datetime import timedelta
from pathlib import Path

from pydantic import ValidationError
from telegram import BotCommand, Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, Defaults

from bot import texts
from bot.clock import Clock, SystemClock
from bot.config import MissingTokenError, Settings
from bot.context import BotData, TendApp, TendContext
from bot.db.session import create_engine, create_sessionmaker
from bot.handlers import register_handlers
from bot.health import healthcheck
from bot.jobs import register_jobs
from bot.logs import configure_logging
from bot.services.analysis import AnalysisPool
from bot.services.flood import FloodGate
from bot.services.startup import wait_for_database
from bot.webhook import serve_webhook

log = logging.getLogger(__name__)


def build_application(settings: Settings, *, clock: Clock | None = None) -> TendApp:
    """Build the PTB application with every handler registered; nothing is started yet."""
    builder = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_url.replace("/bot", "/file/bot", 1))
        .context_types(ContextTypes(context=TendContext, bot_data=BotData))
        .defaults(Defaults(parse_mode="HTML", link_preview_options=None))
        .concurrent_updates(256)
        .connection_pool_size(64)
        .get_updates_connection_pool_size(2)
    )
    if settings.rate_limiter:
        # max_retries makes the limiter honour Telegram's retry_after instead of failing.
        # PTB types the builder as "no limiter" until one is set; the swap is intended.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))  # type: ignore[arg-type]
    app: TendApp = builder.build()  # type: ignore[assignment]
    app.bot_data.configure(settings=settings, clock=clock or SystemClock())
    register_handlers(app)
    return app


async def startup(app: TendApp) -> None:
    """Build the long-lived services: database (migrated), analyzer, and the bot's commands."""
    tend = app.bot_data
    settings = tend.settings
    engine = create_engine(settings.database_url)
    await wait_for_database(engine, settings=settings)
    analysis = AnalysisPool(workers=settings.analyzer_workers)
    await analysis.start()
    tend.install(
        analysis=analysis,
        engine=engine,
        sessionmaker=create_sessionmaker(engine),
        flood=FloodGate(
            max_events=settings.flood_max_drafts,
            window=timedelta(seconds=settings.flood_window_seconds),
        ),
        worker_id=f"{socket.gethostname()}:{os.getpid()}",
    )
    register_jobs(app)
    await app.bot.set_my_commands([BotCommand(c, d) for c, d in texts.COMMANDS])


async def serve(settings: Settings, *, clock: Clock | None = None) -> None:
    """Run until SIGTERM/SIGINT: long polling, or a webhook server for scale-out."""
    app = build_application(settings, clock=clock)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await app.initialize()
    try:
        await startup(app)
        await app.start()
        if settings.bot_mode == "webhook":
            await serve_webhook(app, settings, stop)
        else:
            assert app.updater is not None
            await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, timeout=10)
            log.info("Tend is running (long polling). Stop with Ctrl+C.")
            await stop.wait()
            await app.updater.stop()
        await app.stop()
    finally:
        await app.shutdown()
        await app.bot_data.close()
    log.info("Tend stopped cleanly")


def main(argv: list[str] | None = None) -> int:
    """Entry point for `python -m bot` and the `tend` script."""
    argv = list(argv or [])
    try:
        settings = Settings()
    except ValidationError as exc:
        print(texts.config_error(exc))
        return 2
    secrets = [
        s.get_secret_value() for s in (settings.telegram_bot_token, settings.webhook_secret) if s
    ]
    configure_logging(settings.log_level, secrets=secrets)
    if argv[:1] == ["healthcheck"]:
        return healthcheck(settings)
    if argv[:1] == ["migrate"]:
        from bot.db.migrate import run_migrations_cli

        return run_migrations_cli(argv[1:])
    try:
        settings.require_token()
    except MissingTokenError:
        print(texts.MISSING_TOKEN)
        return 2
    if settings.profile_file is not None:
        _serve_profiled(settings, settings.profile_file)
    else:
        asyncio.run(serve(settings))
    return 0


def _serve_profiled(settings: Settings, path: Path) -> None:
    # Deterministic profiling of the event loop's thread (analyzer workers are not included);
    # read with `python -m pstats PATH`. Costs roughly a third more CPU while on.
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    try:
        asyncio.run(serve(settings))
    finally:
        profiler.disable()
        profiler.dump_stats(path)
