"""The repeating jobs of one bot process. Each tick claims its work in the database."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from bot.context import TendApp, TendContext
from bot.dispatch import deletions, housekeeping, inbox, listen, nudges, weekly

Tick = Callable[[TendContext], Coroutine[Any, Any, None]]


def register_jobs(app: TendApp) -> None:
    """Schedule every repeating job on the application's JobQueue."""
    jobs: list[tuple[str, Tick, float]] = [
        ("deletions", deletions.tick, 5.0),
        ("inbox", inbox.tick, inbox.INTERVAL_S),
        ("prune", housekeeping.prune, 600.0),
        ("heartbeat", housekeeping.heartbeat, 30.0),
        ("nudges", nudges.tick, app.bot_data.settings.nudge_poll_seconds),
        ("listen-reminders", listen.tick, app.bot_data.settings.nudge_poll_seconds),
        ("weekly-summary", weekly.tick, 60.0),
    ]
    queue = app.job_queue
    if queue is None:
        raise RuntimeError("python-telegram-bot was installed without the job-queue extra")
    for name, callback, interval in jobs:
        queue.run_repeating(callback, interval=interval, first=1.0, name=name)
