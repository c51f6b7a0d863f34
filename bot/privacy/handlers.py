"""/privacy (keep drafts, discreet mode, sharing 👎 examples), /export and /forget."""

from __future__ import annotations

import json
import logging

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Update,
)

from bot.basics import texts
from bot.context import TendContext
from bot.privacy import service as privacy
from bot.privacy import texts as fmt
from bot.privacy.examples import FILE_NAME, all_flags, feedback_file
from bot.privacy.export import export_summary, readable_export
from bot.telegram.messages import delete_now, reply
from bot.users import service as users

PATTERN = r"^p:(keep|disc|forget|share):\w+$"

log = logging.getLogger(__name__)


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
    """Says what Tend holds about the user in its own words, then sends all of it as JSON."""
    user = update.effective_user
    if user is None or update.effective_chat is None:
        return
    tend = ctx.tend
    data = await privacy.export(tend.sessionmaker, user_id=user.id)
    if data is None:
        await reply(update, fmt.NOTHING_HELD)
        return
    await reply(update, export_summary(data))
    readable = readable_export(data)
    payload = json.dumps(readable, ensure_ascii=False, indent=2, default=str).encode()
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
        if value != "yes":
            await query.answer()
            await query.edit_message_text(fmt.FORGET_CANCELLED)
            return
        await _forget(ctx, query, user.id)
        return
    if what == "share":
        await _share(ctx, query, user.id, value)
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


async def _share(ctx: TendContext, query: CallbackQuery, user_id: int, choice: str) -> None:
    """Sharing 👎 examples: `ask` shows what the file would hold; `words` or `drafts` makes
    it and sends it to the user (and nowhere else); `no` makes nothing.

    Read afresh at each press, so a draft goes in only if it is still kept at that moment.
    """
    examples = await privacy.disputed_examples(ctx.tend.sessionmaker, user_id=user_id)
    if choice == "ask":
        await query.answer()
        if not examples.disputed:
            await ctx.bot.send_message(user_id, fmt.SHARE_NONE)
            return
        await ctx.bot.send_message(
            user_id,
            fmt.share_ask(
                examples.disputed,
                drafts_kept=examples.drafts_kept,
                discreet_delay_s=examples.discreet_delay_s,
            ),
            reply_markup=fmt.share_keyboard(drafts_kept=examples.drafts_kept),
        )
        return
    if choice not in {"words", "drafts", "no"}:
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    await query.answer()
    if choice == "no" or not examples.disputed:
        await query.edit_message_text(fmt.SHARE_DECLINED if choice == "no" else fmt.SHARE_NONE)
        return
    with_drafts = choice == "drafts" and examples.drafts_kept > 0
    flags = all_flags(examples.disputed)
    rule_ids = dict(zip(flags, await ctx.tend.analysis.pattern_ids(flags), strict=True))
    payload = feedback_file(examples.disputed, rule_ids, with_drafts=with_drafts)
    await query.edit_message_text(fmt.SHARE_SENT)
    caption = fmt.SHARE_CAPTION_DRAFTS if with_drafts else fmt.SHARE_CAPTION
    await ctx.bot.send_document(
        chat_id=user_id,
        document=InputFile(payload, filename=FILE_NAME),
        caption=caption.format(count=len(examples.disputed)),
    )


async def _forget(ctx: TendContext, query: CallbackQuery, user_id: int) -> None:
    """Deletes everything, and at once the messages discreet mode had yet to delete.

    Their deletion jobs go with the user's data (they name the user's chat), so the promise
    is kept now rather than later. For a discreet user those include this confirmation and
    the /forget before it: the answer is then an alert, which leaves nothing in the chat.
    """
    forgotten = await privacy.forget(ctx.tend.sessionmaker, user_id=user_id)
    removed = await delete_now(ctx.bot, forgotten.pending, why="/forget")
    card = query.message
    if removed and card is not None and (card.chat.id, card.message_id) in forgotten.pending:
        await query.answer(fmt.FORGOTTEN_DISCREET, show_alert=True)
        return
    await query.answer()
    await query.edit_message_text(fmt.FORGOTTEN if removed else fmt.FORGOTTEN_MESSAGES_LEFT)
