"""/nudges and /listen."""

from __future__ import annotations

from telegram import Update

from bot.context import TendContext
from bot.handlers.common import reply
from bot.handlers.types import Callback, CallbackHandlers

NOT_YET = "Daily nudges are not ready yet — they will be set up here soon."


async def on_nudges(update: Update, _: TendContext) -> None:
    """Shows nudge settings."""
    await reply(update, NOT_YET)


async def on_listen(update: Update, _: TendContext) -> None:
    """Shows the listen-without-fixing card."""
    await reply(update, NOT_YET)


COMMANDS: dict[str, Callback] = {"nudges": on_nudges, "listen": on_listen}
CALLBACKS: CallbackHandlers = []
MESSAGES: CallbackHandlers = []
