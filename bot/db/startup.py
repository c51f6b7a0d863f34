"""Start-up that survives a database which is not there yet."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.db.migrate import upgrade_to_head

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 30.0


async def wait_for_database(engine: AsyncEngine, *, settings: Settings) -> None:
    """Block until the database answers (retrying with backoff), then migrate it if enabled."""
    delay = 1.0
    while True:
        try:
            async with engine.connect() as conn:
                await conn.execute(text("select 1"))
            break
        except (OSError, ConnectionError, Exception) as exc:  # drivers raise their own types
            log.warning(
                "database not reachable (%s); retrying in %.0f s",
                type(exc).__name__,
                delay,
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, MAX_BACKOFF_SECONDS)
    if settings.auto_migrate:
        await upgrade_to_head(settings.database_url)
        log.info("database schema is up to date")
