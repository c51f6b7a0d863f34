"""Small periodic chores: forget old update ids, and a heartbeat for the container health check."""

from __future__ import annotations

from datetime import timedelta

from bot.context import TendContext
from bot.db import repository as repo
from bot.health import write_heartbeat

# Telegram stops redelivering an update after about a day; keep ids a little longer.
KEEP_UPDATE_IDS = timedelta(hours=48)


async def prune(ctx: TendContext) -> None:
    """Delete processed update ids older than KEEP_UPDATE_IDS."""
    tend = ctx.tend
    async with tend.sessionmaker.begin() as session:
        await repo.prune_processed_updates(session, before=tend.clock.now() - KEEP_UPDATE_IDS)


async def heartbeat(ctx: TendContext) -> None:
    """Touch the heartbeat file that `python -m bot healthcheck` reads in polling mode."""
    write_heartbeat(ctx.tend.settings.data_dir)
