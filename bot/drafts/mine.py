""" "Make it mine": two taps (a feeling, then what would help) and Tend composes the message.

Nothing is stored to serve it: every tap re-reads the draft from the message the buttons'
message replies to, and analyses it again, as the other draft buttons do.
"""

from __future__ import annotations

from telegram import Message, ReplyParameters, Update

import nlp
from bot.basics import texts
from bot.context import TendContext
from bot.drafts import callbacks
from bot.drafts import mine_reply as fmt
from bot.drafts import service as checks
from bot.telegram.messages import edit_quietly


async def on_mine_button(update: Update, ctx: TendContext) -> None:
    """Asks what the user feels, then what would help, then shows their message composed."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None:
        return
    step = callbacks.parse_mine(query.data)
    owned = (
        await checks.owned_check(ctx.tend.sessionmaker, user_id=user.id, check_id=step.check_id)
        if step is not None
        else None
    )
    message = query.message
    draft_message = getattr(message, "reply_to_message", None)
    draft = getattr(draft_message, "text", None)
    if (
        step is None
        or owned is None
        or not isinstance(message, Message)
        or not isinstance(draft_message, Message)
        or not isinstance(draft, str)
        or not draft.strip()
    ):
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        return
    mine = (await ctx.tend.analysis.analyze(draft)).mine
    if mine is None:
        await query.answer(fmt.UNAVAILABLE, show_alert=True)
        return
    await query.answer()
    if step.feeling is None:
        text, markup = fmt.feeling_question(step.check_id, mine)
        if not step.restart:
            # Opened from the draft reply: the questions get a message of their own,
            # threaded to the draft so that each later tap can read the draft back.
            await ctx.bot.send_message(
                chat_id=message.chat.id,
                text=text,
                reply_markup=markup,
                reply_parameters=ReplyParameters(
                    message_id=draft_message.message_id, allow_sending_without_reply=False
                ),
            )
            return
    elif step.ask is None:
        text, markup = fmt.ask_question(step.check_id, mine, step.feeling)
    else:
        text, markup = fmt.result(step.check_id, nlp.compose_mine(mine, step.feeling, step.ask))
    await edit_quietly(
        ctx, chat_id=message.chat.id, message_id=message.message_id, text=text, markup=markup
    )
