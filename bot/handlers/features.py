"""Commands and buttons of the feature modules, gathered for `register_handlers`."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.context import TendContext
from bot.handlers import answers, history, listen, mutes, nudges
from bot.handlers.types import Callback, CallbackHandlers

COMMANDS: dict[str, Callback] = {
    **history.COMMANDS,
    **nudges.COMMANDS,
    **listen.COMMANDS,
    **mutes.COMMANDS,
}
CALLBACKS: CallbackHandlers = [
    *history.CALLBACKS,
    *nudges.CALLBACKS,
    *listen.CALLBACKS,
    *mutes.CALLBACKS,
]
# Message handlers tried before a text is taken as a draft (e.g. answers to a ForceReply question).
MESSAGES: CallbackHandlers = [
    *history.MESSAGES,
    *nudges.MESSAGES,
    *listen.MESSAGES,
    *answers.MESSAGES,
]


async def on_unknown_button(update: Update, _: TendContext) -> None:
    """Answers a button Tend no longer knows, so the user's spinner stops."""
    query = update.callback_query
    if query is not None:
        await query.answer(texts.STALE_BUTTON, show_alert=True)
