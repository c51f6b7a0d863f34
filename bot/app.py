"""The one place that wires Tend together: settings, services, handlers, and the run loop."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import signal
import socket
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from telegram import BotCommand, Update
from telegram.error import InvalidToken
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.basics import texts
from bot.clock import Clock, SystemClock
from bot.config import MissingTokenError, Settings
from bot.context import BotData, TendApp, TendContext
from bot.db.probe import DatabaseHealth
from bot.db.session import create_engine, create_sessionmaker
from bot.db.startup import wait_for_database
from bot.drafts.analysis import AnalysisPool
from bot.drafts.flood import FloodGate
from bot.history import chart
from bot.logs import configure_logging, describe
from bot.miniapp import server as miniapp
from bot.routes import register_handlers, register_jobs
from bot.telegram.application import TendApplication
from bot.telegram.client import TendBot, TendRequest
from bot.telegram.health import healthcheck
from bot.telegram.inbox import Inbox
from bot.telegram.polling import LenientBot
from bot.telegram.request import AiohttpRequest
from bot.telegram.webhook import serve_webhook

log = logging.getLogger(__name__)


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    stop: asyncio.Event | None = None,
    jobs: bool = True,
) -> TendApp:
    """Build the PTB application with every handler registered; nothing is started yet.

    Start-up and shutdown are PTB's `post_init` and `post_shutdown` hooks (`startup`,
    `shutdown`), run by `running`. `stop` lets a SIGTERM end a start-up that waits for the
    database; `jobs=False` leaves the repeating jobs out (tests tick them by hand).
    """
    builder = (
        ApplicationBuilder()
        # Wraps every update in discreet mode's trail (bot/telegram/application.py).
        .application_class(TendApplication)
        .bot(build_bot(settings))
        .context_types(ContextTypes(context=TendContext, bot_data=BotData))
        .concurrent_updates(256)
        .post_init(partial(startup, stop=stop, jobs=jobs))
        .post_shutdown(shutdown)
    )
    app: TendApp = builder.build()  # type: ignore[assignment]
    app.bot_data.configure(settings=settings, clock=clock or SystemClock())
    register_handlers(app)
    return app


def build_bot(settings: Settings) -> TendBot:
    """The Bot API client: Tend's transports, retry rules and rate limiter."""
    calls: BaseRequest
    polls: BaseRequest
    if settings.telegram_http == "aiohttp":
        calls, polls = (
            AiohttpRequest(connection_pool_size=64),
            AiohttpRequest(connection_pool_size=2),
        )
    else:
        calls, polls = HTTPXRequest(connection_pool_size=64), HTTPXRequest(connection_pool_size=2)
    return TendBot(
        token=settings.require_token(),
        base_url=settings.telegram_base_url,
        base_file_url=settings.telegram_base_url.replace("/bot", "/file/bot", 1),
        # Calls are retried after a 5xx or when they never left, never when sent but
        # unanswered (that could duplicate a reply; bot/telegram/transport.py). getUpdates has PTB's
        # own retry loop.
        request=TendRequest(calls),
        get_updates_request=polls,
        defaults=Defaults(parse_mode="HTML", link_preview_options=None),
        # max_retries makes the limiter honour Telegram's retry_after instead of failing.
        rate_limiter=AIORateLimiter(max_retries=3) if settings.rate_limiter else None,
    )


class StoppedBeforeStart(Exception):
    """SIGTERM (or SIGINT) arrived while start-up still waited for the database."""


async def startup(app: TendApp, *, stop: asyncio.Event | None = None, jobs: bool = True) -> None:
    """`post_init`: build the long-lived services (database, migrated; analyzer; inbox; jobs)
    and publish the bot's commands.

    Waits for the database as long as it takes, unless `stop` is set meanwhile (SIGTERM while
    the database is down): then it gives up with `StoppedBeforeStart`.
    """
    tend = app.bot_data
    settings = tend.settings
    engine = create_engine(settings.database_url)
    if not await _unless_stopped(wait_for_database(engine, settings=settings), stop):
        await engine.dispose()
        raise StoppedBeforeStart
    analysis = AnalysisPool(
        workers=settings.analyzer_workers,
        max_batch=settings.analyzer_max_batch,
        linger_ms=settings.analyzer_linger_ms,
    )
    await analysis.start()
    sessionmaker = create_sessionmaker(
        engine, max_batch=settings.db_batch_max, linger_ms=settings.db_batch_linger_ms
    )
    tend.install(
        analysis=analysis,
        engine=engine,
        sessionmaker=sessionmaker,
        flood=FloodGate(
            max_events=settings.flood_max_drafts,
            window=timedelta(seconds=settings.flood_window_seconds),
        ),
        worker_id=f"{socket.gethostname()}:{os.getpid()}",
    )
    if isinstance(app.bot, LenientBot):
        # Updates are held from here on; earlier starts' unanswered ones are taken over by
        # the inbox job's first tick.
        app.bot.attach_inbox(Inbox(sessionmaker, clock=tend.clock))
    tend.database_health = DatabaseHealth(sessionmaker, url=settings.database_url)
    if jobs:
        register_jobs(app)
    await app.bot.set_my_commands([BotCommand(c, d) for c, d in texts.COMMANDS])
    # In the background: the bot answers drafts meanwhile.
    asyncio.get_running_loop().run_in_executor(None, chart.warm_up)


async def shutdown(app: TendApp) -> None:
    """`post_shutdown`: release what `startup` built (the analyzer's workers, the engine)."""
    await app.bot_data.close()


@asynccontextmanager
async def running(app: TendApp) -> AsyncIterator[TendApp]:
    """The application started as production starts it: `initialize`, `post_init` (start-up),
    `start`; and on the way out stopped, shut down and `post_shutdown`, each step even if an
    earlier one failed. Polling or the webhook server run inside."""
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        await app.start()
        yield app
    finally:
        await _wind_down(app)


async def _unless_stopped(work: Coroutine[Any, Any, None], stop: asyncio.Event | None) -> bool:
    """Run `work` to its end (True), or cancel it as soon as `stop` is set (False)."""
    if stop is None:
        await work
        return True
    task = asyncio.ensure_future(work)
    stopping = asyncio.ensure_future(stop.wait())
    await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    stopping.cancel()
    if task.done():
        task.result()
        return True
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
    return False


async def serve(settings: Settings, *, clock: Clock | None = None) -> None:
    """Run until SIGTERM/SIGINT: long polling, or a webhook server for scale-out."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    app = build_application(settings, clock=clock, stop=stop)
    miniapp_runner = None
    try:
        async with running(app):
            # What start-up built lives as long as the process: keep it out of the cyclic
            # collector's full sweeps, which otherwise stall the loop for tens of ms under
            # load (bench/RESULTS.md).
            gc.collect()
            gc.freeze()
            try:
                if settings.bot_mode == "webhook":
                    await serve_webhook(app, settings, stop)
                else:
                    assert app.updater is not None
                    miniapp_runner = await miniapp.serve_alone(app, settings)
                    await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, timeout=10)
                    log.info("Tend is running (long polling). Stop with Ctrl+C.")
                    await stop.wait()
            finally:
                if miniapp_runner is not None:
                    await miniapp_runner.cleanup()
    except StoppedBeforeStart:
        log.info("stopped before start-up finished")
        return
    log.info("Tend stopped cleanly")


async def _wind_down(app: TendApp) -> None:
    """Stop what runs and release what was built, each step even if an earlier one failed
    (a half-stopped application refuses to shut down, leaving connections and workers)."""
    steps = []
    if app.updater is not None and app.updater.running:
        steps.append(app.updater.stop)
    if app.running:
        steps.append(app.stop)
    steps.append(app.shutdown)
    if app.post_shutdown is not None:
        steps.append(partial(app.post_shutdown, app))
    for step in steps:
        try:
            await step()
        except Exception as exc:
            name = getattr(step, "__qualname__", getattr(step, "func", step))
            log.error("shutdown step %s failed: %s", name, describe(exc))


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
    try:
        if settings.profile_file is not None:
            _serve_profiled(settings, settings.profile_file)
        else:
            run_loop(serve(settings))
    except InvalidToken:
        # PTB's message quotes the token: say what happened in Tend's words instead.
        log.critical(texts.TOKEN_REJECTED)
        return 2
    except Exception:
        # Through logging, so the traceback is redacted like every other line.
        log.critical("Tend stopped on an error", exc_info=True)
        return 1
    return 0


def run_loop(main: Coroutine[Any, Any, None]) -> None:
    """`asyncio.run(main)`, on uvloop when it is installed (Linux, macOS).

    uvloop runs the same asyncio code for less CPU per callback, socket read and write
    (bench/RESULTS.md, "End to end"); without it (Windows, a slim install) the standard
    loop is used and nothing else changes.
    """
    try:
        import uvloop
    except ImportError:
        asyncio.run(main)
        return
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        runner.run(main)


def _serve_profiled(settings: Settings, path: Path) -> None:
    # Deterministic profiling of the event loop's thread, in its CPU time (time waiting or
    # spent by other threads and the analyzer workers is not counted); read with
    # `python -m pstats PATH`. Slows the bot down a lot while on.
    import cProfile
    import time

    profiler = cProfile.Profile(time.thread_time)
    profiler.enable()
    try:
        run_loop(serve(settings))
    finally:
        profiler.disable()
        profiler.dump_stats(path)
