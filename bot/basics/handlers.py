"""/start, /help, media we can't read, group chats, and unknown commands."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType

from bot.basics import texts
from bot.context import TendContext
from bot.drafts import service as checks
from bot.telegram.messages import reply
from bot.users import service as users

CB_NUDGES_LATER = "start:later"
CB_NUDGES_SET_UP = "nudges:menu"


async def on_start(update: Update, ctx: TendContext) -> None:
    """Says what Tend does and what it keeps, then offers daily nudges or "later"."""
    user = update.effective_user
    if user is None or update.effective_chat is None:
        return
    tend = ctx.tend
    await users.ensure_user(
        tend.sessionmaker, now=tend.clock.now(), user_id=user.id, chat_id=update.effective_chat.id
    )
    await reply(update, texts.START)
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.BUTTON_SET_UP_NUDGES, callback_data=CB_NUDGES_SET_UP),
                InlineKeyboardButton(texts.BUTTON_LATER, callback_data=CB_NUDGES_LATER),
            ]
        ]
    )
    await reply(update, texts.START_NUDGE_OFFER, markup=keyboard)


async def on_later(update: Update, _: TendContext) -> None:
    """Acknowledges "later" on the nudge offer."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    await query.edit_message_text(texts.LATER_OK)


async def on_help(update: Update, _: TendContext) -> None:
    """Shows how to use Tend and its commands."""
    await reply(update, texts.HELP)


async def on_unknown_command(update: Update, _: TendContext) -> None:
    """Lists the commands, after a command Tend doesn't know."""
    await reply(update, texts.UNKNOWN_COMMAND.format(commands=texts.command_list()))


async def on_menu(update: Update, _: TendContext) -> None:
    """/menu, or a lone "/": every command with what it does."""
    await reply(update, texts.MENU.format(commands=texts.command_list()))


async def on_any_command(update: Update, ctx: TendContext) -> None:
    """After any command, a rewrite's "[what happened]" question is no longer open: the next
    message is a draft again (runs after the command's own handler)."""
    user = update.effective_user
    if user is not None:
        await checks.end_slot_question(ctx.tend.sessionmaker, user_id=user.id)


async def on_voice(update: Update, _: TendContext) -> None:
    """Explains that voice messages can't be read yet."""
    await reply(update, texts.VOICE)


async def on_other_message(update: Update, _: TendContext) -> None:
    """Stickers, photos, documents and the like: explains that Tend reads text."""
    await reply(update, texts.NOT_TEXT)


async def on_group_message(update: Update, ctx: TendContext) -> None:
    """In a group or channel, says once that Tend works in private chats, then stays quiet."""
    chat = update.effective_chat
    if chat is None or chat.type == ChatType.CHANNEL:
        return
    tend = ctx.tend
    if await users.claim_group_notice(tend.sessionmaker, now=tend.clock.now(), chat_id=chat.id):
        await reply(update, texts.GROUP_NOTICE)


async def on_unknown_button(update: Update, _: TendContext) -> None:
    """Answers a button Tend no longer knows, so the user's spinner stops."""
    query = update.callback_query
    if query is not None:
        await query.answer(texts.STALE_BUTTON, show_alert=True)
