"""/privacy (keep drafts, discreet mode), /export and /forget."""

from __future__ import annotations

import json

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update

from bot import texts
from bot.context import TendContext
from bot.handlers.common import reply
from bot.replies import privacy as fmt
from bot.services import privacy, users

PATTERN = r"^p:(keep|disc|forget):\w+$"


async def on_privacy(update: Update, ctx: TendContext) -> None:
    """Shows what Tend keeps, with switches for keeping drafts and for discreet mode."""
    user = update.effective_user
    if user is None or update.effective_chat is None:
        return
    tend = ctx.tend
    settings = await users.ensure_user(
        tend.sessionmaker, now=tend.clock.now(), user_id=user.id, chat_id=update.effective_chat.id
    )
    await reply(update, fmt.privacy_text(settings), markup=fmt.privacy_keyboard(settings))


async def on_export(update: Update, ctx: TendContext) -> None:
    """Sends a JSON file with everything Tend holds about the user."""
    user = update.effective_user
    if user is None or update.effective_chat is None:
        return
    tend = ctx.tend
    data = await privacy.export(tend.sessionmaker, user_id=user.id)
    if data is None:
        await reply(update, fmt.NOTHING_HELD)
        return
    payload = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode()
    await ctx.bot.send_document(
        chat_id=update.effective_chat.id,
        document=InputFile(payload, filename="tend-export.json"),
        caption=fmt.EXPORT_CAPTION,
    )


async def on_forget(update: Update, _: TendContext) -> None:
    """Asks for confirmation before deleting everything."""
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(fmt.BUTTON_FORGET_YES, callback_data="p:forget:yes"),
                InlineKeyboardButton(fmt.BUTTON_FORGET_NO, callback_data="p:forget:no"),
            ]
        ]
    )
    await reply(update, fmt.FORGET_CONFIRM, markup=keyboard)


async def on_privacy_button(update: Update, ctx: TendContext) -> None:
    """Applies a privacy switch or the /forget confirmation for the person who pressed it."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    _, what, value = query.data.split(":")
    tend = ctx.tend
    if what == "forget":
        await query.answer()
        if value != "yes":
            await query.edit_message_text(fmt.FORGET_CANCELLED)
            return
        await privacy.forget(tend.sessionmaker, user_id=user.id)
        await query.edit_message_text(fmt.FORGOTTEN)
        return
    if what == "keep":
        settings = await users.set_keep_drafts(
            tend.sessionmaker, now=tend.clock.now(), user_id=user.id, keep=value == "on"
        )
    else:
        delay = fmt.DISCREET_CHOICES.get(value)
        if value != "off" and delay is None:
            await query.answer(texts.STALE_BUTTON, show_alert=True)
            return
        settings = await users.set_discreet(
            tend.sessionmaker, now=tend.clock.now(), user_id=user.id, delay_seconds=delay
        )
    await query.answer(fmt.SAVED)
    await query.edit_message_text(
        fmt.privacy_text(settings), reply_markup=fmt.privacy_keyboard(settings)
    )
