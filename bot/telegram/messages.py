"""Small helpers shared by handlers."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters, Update
from telegram.error import BadRequest, TelegramError

from bot.context import TendContext
from bot.telegram.fit import fit

log = logging.getLogger(__name__)

DELETE_BATCH = 100  # deleteMessages takes at most 100 ids


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


async def delete_now(bot: Bot, messages: Sequence[tuple[int, int]], *, why: str) -> bool:
    """Delete `messages` (chat id, message id) in as few calls as Telegram allows; whether
    Telegram confirmed it (messages already gone count as deleted). `why` names the caller
    in the log (/forget, the Mini App's forget)."""
    by_chat: dict[int, list[int]] = {}
    for chat_id, message_id in messages:
        by_chat.setdefault(chat_id, []).append(message_id)
    try:
        for chat_id, ids in by_chat.items():
            for start in range(0, len(ids), DELETE_BATCH):
                await bot.delete_messages(chat_id, ids[start : start + DELETE_BATCH])
    except TelegramError as exc:
        log.warning("%s: messages not deleted (%s)", why, type(exc).__name__)
        return False
    return True


@dataclass(frozen=True, slots=True)
class Command:
    """Who sent a command, when, and what came after it: `arg` whole, its first `word` (lower
    case) and the `rest`."""

    user_id: int
    chat_id: int
    now: datetime
    arg: str
    word: str
    rest: str

    @property
    def ids(self) -> dict[str, int]:
        """`user_id` and `chat_id`, as the services take them."""
        return {"user_id": self.user_id, "chat_id": self.chat_id}


def read_command(update: Update, ctx: TendContext) -> Command | None:
    """The command in `update`, or None when it has no user or chat to act for."""
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    arg = " ".join(ctx.args or ()).strip()
    word, _, rest = arg.lower().partition(" ")
    return Command(user.id, chat.id, ctx.tend.clock.now(), arg, word, rest)
