"""Buttons under a draft reply: another wording, why, "I'll use this", and feedback."""

from __future__ import annotations

from telegram import Update

from bot.basics import texts
from bot.context import TendContext
from bot.drafts import callbacks, mutes
from bot.drafts import reply as fmt
from bot.drafts import service as checks
from bot.privacy.texts import delay_label
from bot.telegram.messages import edit_quietly
from bot.users import conversation
from nlp import vocabulary

USED_TOAST = "Noted. I hope the conversation goes well. 💛"


async def on_draft_button(update: Update, ctx: TendContext) -> None:
    """Acts on a draft-reply button, after checking the check belongs to whoever pressed it."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    action = callbacks.parse_draft_action(query.data)
    tend = ctx.tend
    owned = (
        await checks.owned_check(tend.sessionmaker, user_id=user.id, check_id=action.check_id)
        if action is not None
        else None
    )
    if action is None or owned is None:
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    if action.action == "why":
        await query.answer()
        await ctx.bot.send_message(user.id, vocabulary.most_serious(owned.categories).why)
    elif action.action == "feedback":
        assert action.feedback is not None
        await checks.set_feedback(
            tend.sessionmaker, user_id=user.id, check_id=owned.check_id, feedback=action.feedback
        )
        thanks = texts.FEEDBACK_HELPFUL
        if action.feedback == "not_blaming":
            thanks = texts.FEEDBACK_NOT_BLAMING
        await query.answer(thanks)
        if action.feedback == "not_blaming":
            await mutes.ask_to_mute(update, ctx, owned)
    elif action.action == "use":
        await checks.set_suggestion_taken(
            tend.sessionmaker, user_id=user.id, check_id=owned.check_id, index=action.index
        )
        await query.answer(USED_TOAST)
    else:
        await _show_another(update, ctx, owned, action.index)


async def _show_another(
    update: Update, ctx: TendContext, owned: checks.OwnedCheck, index: int
) -> None:
    # The draft itself is not stored; the reply is threaded to it, so read it back from there.
    query = update.callback_query
    assert query is not None
    check_id, discreet_delay_s = owned.check_id, owned.discreet_delay_s
    message = query.message
    original = getattr(message, "reply_to_message", None)
    draft = getattr(original, "text", None)
    if message is None or not isinstance(draft, str) or not draft.strip():
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    analysis = await ctx.tend.analysis.analyze(draft)
    if query.from_user is not None:  # what the user muted stays quiet in every wording
        analysis = await conversation.without_muted(
            ctx.tend.sessionmaker, user_id=query.from_user.id, analysis=analysis
        )
    if not analysis.suggestions:
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    index %= len(analysis.suggestions)
    await query.answer()
    await edit_quietly(
        ctx,
        chat_id=message.chat.id,
        message_id=message.message_id,
        text=fmt.format_flagged(
            draft, analysis, index=index, discreet_delay=delay_label(discreet_delay_s)
        ),
        markup=fmt.draft_keyboard(check_id, index=index, total=len(analysis.suggestions)),
    )
