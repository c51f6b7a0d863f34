"""Small helpers shared by handlers."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.error import BadRequest

from bot.context import TendContext
from bot.telegram.fit import fit


async def reply(
    update: Update,
    text: str,
    *,
    markup: InlineKeyboardMarkup | None = None,
    quote: bool = False,
) -> Message | None:
    """Send `text` (HTML) to the chat the update came from, optionally as a reply to it."""
    chat = update.effective_chat
    if chat is None:
        return None
    message = update.effective_message
    reply_parameters = (
        ReplyParameters(message_id=message.message_id, allow_sending_without_reply=True)
        if quote and message is not None
        else None
    )
    return await chat.get_bot().send_message(
        chat_id=chat.id, text=fit(text), reply_markup=markup, reply_parameters=reply_parameters
    )


async def edit_quietly(
    ctx: TendContext,
    *,
    chat_id: int,
    message_id: int,
    text: str,
    markup: InlineKeyboardMarkup | None,
) -> None:
    """Edit a message Tend sent; an identical re-edit (a double tap) is not an error."""
    try:
        await ctx.bot.edit_message_text(
            chat_id=chat_id, message_id=message_id, text=fit(text), reply_markup=markup
        )
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise
