"""The heart of Tend: a pasted draft comes back with what may land badly and a kinder wording."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message, Update

import nlp
from bot import texts
from bot.context import TendContext
from bot.handlers.common import edit_quietly, reply
from bot.replies import drafts as fmt
from bot.replies.privacy import delay_label
from bot.replies.safety import format_safety
from bot.services import checks, slots
from bot.services.language import has_visible_text, is_probably_english

log = logging.getLogger(__name__)

MAX_DRAFT_CHARS = 4096


async def on_draft(update: Update, ctx: TendContext) -> None:
    """Replies to a draft: flagged words, why, and a rewrite to copy — or a warm all-clear."""
    message, user = update.message, update.effective_user
    if message is None or message.text is None or user is None:
        return
    text = message.text
    tend = ctx.tend
    if not has_visible_text(text):
        await reply(update, texts.EMPTY)
        return
    if len(text) > MAX_DRAFT_CHARS:
        await reply(update, texts.TOO_LONG.format(limit=MAX_DRAFT_CHARS))
        return
    if not tend.flood.allow(user.id, tend.clock.now()):
        await reply(update, texts.SLOW_DOWN)
        return
    if not is_probably_english(text):
        await reply(update, texts.NOT_ENGLISH)
        return
    analysis = await tend.analysis.analyze(text)
    if await _maybe_fill_slot(update, ctx, message, analysis):
        return
    await check_and_reply(update, ctx, message, analysis)


async def check_and_reply(
    update: Update, ctx: TendContext, message: Message, analysis: nlp.Analysis
) -> None:
    """Record the check, send the reply, remember the reply (for buttons, edits, discreet mode)."""
    tend = ctx.tend
    assert message.text is not None and update.effective_user is not None
    user_id = update.effective_user.id
    if analysis.safety is not None:
        # A disclosure is never reworded and never stored as a "pattern".
        await reply(update, format_safety(analysis.safety))
        return
    recorded = await checks.record_check(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=user_id,
        chat_id=message.chat_id,
        message_id=message.message_id,
        update_id=update.update_id,
        text=message.text,
        analysis=analysis,
    )
    body, markup = _reply_body(message.text, analysis, recorded.check_id, recorded.discreet_delay_s)
    sent = await reply(update, body, markup=markup, quote=True)
    if sent is None:
        return
    await checks.attach_reply(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=user_id,
        check_id=recorded.check_id,
        chat_id=sent.chat_id,
        draft_message_id=message.message_id,
        reply_message_id=sent.message_id,
        discreet_delay_s=recorded.discreet_delay_s,
        pending_slot=_slot_suggestion(analysis),
    )


def _reply_body(
    text: str, analysis: nlp.Analysis, check_id: int, discreet_delay_s: int | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    discreet = delay_label(discreet_delay_s)
    if analysis.flagged:
        body = fmt.format_flagged(text, analysis, discreet_delay=discreet)
        return body, fmt.draft_keyboard(check_id, index=0, total=len(analysis.suggestions))
    return fmt.format_clean(check_id, discreet_delay=discreet), None


def _slot_suggestion(analysis: nlp.Analysis) -> str | None:
    if analysis.flagged and analysis.suggestions and nlp.SLOT in analysis.suggestions[0]:
        return analysis.suggestions[0]
    return None


async def _maybe_fill_slot(
    update: Update, ctx: TendContext, message: Message, analysis: nlp.Analysis
) -> bool:
    """If Tend asked for "the moment", a short clean answer is folded into the waiting rewrite."""
    tend = ctx.tend
    assert message.text is not None and update.effective_user is not None
    if analysis.flagged or len(message.text) > slots.MAX_ANSWER_CHARS:
        return False
    filled = await slots.fill_pending(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=update.effective_user.id,
        answer=message.text,
    )
    if filled is None:
        return False
    await reply(update, fmt.format_filled(filled), quote=True)
    return True


async def on_edited_draft(update: Update, ctx: TendContext) -> None:
    """Re-checks an edited draft and edits Tend's earlier reply to match."""
    message, user = update.edited_message, update.effective_user
    if message is None or message.text is None or user is None:
        return
    tend = ctx.tend
    if (
        len(message.text) > MAX_DRAFT_CHARS
        or not has_visible_text(message.text)
        or not is_probably_english(message.text)
    ):
        return
    analysis = await tend.analysis.analyze(message.text)
    found = await checks.recheck(
        tend.sessionmaker,
        user_id=user.id,
        chat_id=message.chat_id,
        message_id=message.message_id,
        text=message.text,
        analysis=analysis,
    )
    if found is None or found.reply_message_id is None or analysis.safety is not None:
        # Never seen (or a disclosure): answer it like a fresh message.
        await check_and_reply(update, ctx, message, analysis)
        return
    body, markup = _reply_body(message.text, analysis, found.check_id, found.discreet_delay_s)
    await edit_quietly(
        ctx,
        chat_id=message.chat_id,
        message_id=found.reply_message_id,
        text=fmt.EDITED_PREFIX + body,
        markup=markup,
    )
