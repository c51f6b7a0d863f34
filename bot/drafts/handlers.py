"""The heart of Tend: a pasted draft comes back with what may land badly and a kinder wording."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup, Message, Update

import nlp
from bot.basics import texts
from bot.context import TendContext
from bot.drafts import reply as fmt
from bot.drafts import service as checks
from bot.drafts.flood import Verdict
from bot.drafts.language import has_visible_text, is_probably_english
from bot.drafts.safety import format_safety
from bot.privacy.texts import delay_label
from bot.telegram.messages import edit_quietly, reply
from bot.users import conversation

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
    admission = tend.flood.admit(user.id, tend.clock.now())
    if admission.verdict is not Verdict.ANSWER:
        # One "slow down" per window; the rest are set aside without costing a message.
        if admission.verdict is Verdict.SLOW_DOWN:
            said = texts.slow_down(waiting=admission.waiting, free_in_s=admission.free_in_s)
            await reply(update, said)
        return
    try:
        if not is_probably_english(text):
            await reply(update, texts.NOT_ENGLISH)
            return
        analysis = await tend.analysis.analyze(text)
        await check_and_reply(update, ctx, message, analysis, may_fill=True)
    finally:
        tend.flood.done(user.id)


async def check_and_reply(
    update: Update, ctx: TendContext, message: Message, analysis: nlp.Analysis, *, may_fill: bool
) -> None:
    """Record the check (or fill a waiting slot question, if `may_fill`), send the reply,
    remember the reply (for buttons, edits, discreet mode)."""
    tend = ctx.tend
    assert message.text is not None and update.effective_user is not None
    if analysis.safety is not None:
        # A disclosure is never reworded and never stored as a "pattern".
        await reply(update, format_safety(analysis.safety))
        return
    outcome = await checks.check_draft(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=update.effective_user.id,
        chat_id=message.chat_id,
        message_id=message.message_id,
        update_id=update.update_id,
        text=message.text,
        analysis=analysis,
        may_fill=may_fill,
        replied_text=_replied_text(message),
    )
    if isinstance(outcome, checks.FilledSlot):
        # Tend had asked for "the moment": this short clean answer is folded into the rewrite.
        await reply(update, fmt.format_filled(outcome.text), quote=True)
        return
    # As recorded: patterns the user said are "not blaming" for them (👎) stay quiet.
    await _reply_and_attach(update, ctx, message, outcome.analysis or analysis, outcome)


async def _reply_and_attach(
    update: Update,
    ctx: TendContext,
    message: Message,
    analysis: nlp.Analysis,
    recorded: checks.RecordedCheck,
) -> None:
    tend = ctx.tend
    assert message.text is not None and update.effective_user is not None
    body, markup = _reply_body(message.text, analysis, recorded.check_id, recorded.discreet_delay_s)
    sent = await reply(update, body, markup=markup, quote=True)
    if sent is None:
        return
    await checks.attach_reply(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=update.effective_user.id,
        check_id=recorded.check_id,
        reply_message_id=sent.message_id,
        pending_slot=_slot_suggestion(analysis),
    )


def _reply_body(
    text: str, analysis: nlp.Analysis, check_id: int, discreet_delay_s: int | None
) -> tuple[str, InlineKeyboardMarkup | None]:
    discreet = delay_label(discreet_delay_s)
    if analysis.flagged:
        body = fmt.format_flagged(text, analysis, discreet_delay=discreet)
        return body, fmt.draft_keyboard(check_id, index=0, total=len(analysis.suggestions))
    return fmt.format_clean(check_id, check_in=analysis.check_in, discreet_delay=discreet), None


def _replied_text(message: Message) -> str | None:
    """The text of Tend's message this draft replies to (a rewrite that asked for the moment)."""
    replied = message.reply_to_message
    if replied is None or replied.from_user is None or not replied.from_user.is_bot:
        return None
    return replied.text


def _slot_suggestion(analysis: nlp.Analysis) -> str | None:
    if analysis.flagged and analysis.suggestions and nlp.SLOT in analysis.suggestions[0]:
        return analysis.suggestions[0]
    return None


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
    analysis = await conversation.without_muted(
        tend.sessionmaker, user_id=user.id, analysis=analysis
    )
    found = await checks.recheck(
        tend.sessionmaker,
        user_id=user.id,
        chat_id=message.chat_id,
        message_id=message.message_id,
        text=message.text,
        analysis=analysis,
    )
    if found is None or found.reply_message_id is None or analysis.safety is not None:
        # Never seen (or a disclosure): answered like a fresh message, never as a slot answer.
        await check_and_reply(update, ctx, message, analysis, may_fill=False)
        return
    body, markup = _reply_body(message.text, analysis, found.check_id, found.discreet_delay_s)
    await edit_quietly(
        ctx,
        chat_id=message.chat_id,
        message_id=found.reply_message_id,
        text=fmt.EDITED_PREFIX + body,
        markup=markup,
    )
