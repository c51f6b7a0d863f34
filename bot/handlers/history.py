"""/history: the user's own patterns over the weeks."""

from __future__ import annotations

from telegram import Update

from bot.context import TendContext
from bot.handlers.common import reply
from bot.handlers.types import Callback, CallbackHandlers

NOT_YET = "Your pattern history is not ready yet — it will show here soon."


async def on_history(update: Update, _: TendContext) -> None:
    """Shows the user's pattern history."""
    await reply(update, NOT_YET)


COMMANDS: dict[str, Callback] = {"history": on_history}
CALLBACKS: CallbackHandlers = []
MESSAGES: CallbackHandlers = []
