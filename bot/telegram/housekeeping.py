"""Small periodic chores: forget old update ids, and a heartbeat for the container health check."""

from __future__ import annotations

from datetime import timedelta

from bot.context import TendContext
from bot.db import repository as repo
from bot.drafts.slots import SLOT_TTL
from bot.telegram.health import write_heartbeat

# Telegram stops redelivering an update after about a day; keep ids a little longer.
KEEP_UPDATE_IDS = timedelta(hours=48)


async def prune(ctx: TendContext) -> None:
    """Forget old update ids, and rewrites whose "what happened" question went unanswered."""
    tend = ctx.tend
    now = tend.clock.now()
    async with tend.sessionmaker.begin() as session:
        await repo.prune_processed_updates(session, before=now - KEEP_UPDATE_IDS)
        await repo.prune_pending_slots(session, before=now - SLOT_TTL)


async def heartbeat(ctx: TendContext) -> None:
    """Touch the heartbeat file that `python -m bot healthcheck` reads in polling mode, while
    the database is reachable, writable and (SQLite) still its file."""
    health = ctx.tend.database_health
    if health is not None and await health.problem() is not None:
        return  # the heartbeat goes stale: the health check fails
    write_heartbeat(ctx.tend.settings.data_dir)
