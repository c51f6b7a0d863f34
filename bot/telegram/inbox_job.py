"""The inbox job: keep this process's held updates claimed, and answer the ones a stopped
worker left (bot/telegram/inbox.py)."""

from __future__ import annotations

import json
import logging

from bot.context import TendContext
from bot.telegram.polling import LenientBot, decode_leniently

log = logging.getLogger(__name__)

INTERVAL_S = 5.0


async def tick(ctx: TendContext) -> None:
    """Renew claims, prune, and queue every update taken over from a stopped worker."""
    bot = ctx.bot
    inbox = bot.inbox if isinstance(bot, LenientBot) else None
    if inbox is None:
        return
    for update_id, payload in await inbox.tick():
        try:
            update = decode_leniently(json.loads(payload), bot)
        except (ValueError, RecursionError):
            log.warning("held update %s could not be read again; released", update_id)
            await inbox.release(update_id)
            continue
        await ctx.application.update_queue.put(update)
