""" "Not for me": after 👎 Not blaming, Tend offers to stop flagging that kind of phrase for the
user; /settings lists what is muted (and every other setting's command) and undoes a mute.

Buttons: `m:y:<check>` mute the check's patterns, `m:n:<check>` keep them, `m:u:<category>`
flag a category again. Every press acts on the presser's own check or settings only.
"""

from __future__ import annotations

import re
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import CallbackQueryHandler

from bot.basics import texts as core_texts
from bot.context import TendContext
from bot.drafts import service as checks
from bot.history.texts import category_label
from bot.telegram.messages import edit_quietly, reply
from bot.telegram.types import Callback, CallbackHandlers
from bot.users import conversation

PATTERN = r"^m:"
_CHECK_ID = re.compile(r"\d{1,18}")
_CATEGORY = re.compile(r"[a-z_]{1,32}")

ASK_MUTE = "Stop flagging this kind of phrase for you? <b>{labels}</b>"
BUTTON_MUTE = "Yes, stop flagging it"
BUTTON_KEEP = "No, keep flagging it"
MUTED = (
    "Done — I won't flag <b>{labels}</b> for you any more. /settings lists what you turned "
    "off and turns it back on."
)
KEPT = "Okay, I'll keep flagging it. Thanks for telling me."
UNMUTED_TOAST = "I'll flag {label} again."
SETTINGS = """\
<b>Your settings</b>
• Daily nudges: /nudges
• Listening reminders: /listen
• Weekly summary: /history weekly
• What Tend keeps, discreet mode: /privacy

<b>Not flagged for you</b>
{mutes}"""
NO_MUTES = (
    "Nothing. If I flag a phrase that isn't blaming for you, press <b>👎 Not blaming</b> "
    "under my reply and I'll offer to stop."
)
MUTE_LINE = "• {label} — you said it isn't blaming for you"
BUTTON_UNMUTE = "Flag {label} again"


def labels(categories: tuple[str, ...]) -> str:
    """'always/never and blame', in the words the bot shows everywhere."""
    names = [category_label(c) for c in categories]
    return escape(" and ".join(names) if len(names) <= 2 else ", ".join(names))


def ask_keyboard(check_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(BUTTON_MUTE, callback_data=f"m:y:{check_id}")],
            [InlineKeyboardButton(BUTTON_KEEP, callback_data=f"m:n:{check_id}")],
        ]
    )


def settings_screen(mutes: tuple[str, ...]) -> tuple[str, InlineKeyboardMarkup | None]:
    """The /settings text and its undo buttons."""
    lines = "\n".join(MUTE_LINE.format(label=escape(category_label(c))) for c in mutes)
    text = SETTINGS.format(mutes=lines or NO_MUTES)
    if not mutes:
        return text, None
    buttons = [
        [
            InlineKeyboardButton(
                BUTTON_UNMUTE.format(label=category_label(c)), callback_data=f"m:u:{c}"
            )
        ]
        for c in mutes
    ]
    return text, InlineKeyboardMarkup(buttons)


async def ask_to_mute(update: Update, ctx: TendContext, owned: checks.OwnedCheck) -> None:
    """After 👎 Not blaming: offer to stop flagging the check's patterns for this user."""
    user = update.effective_user
    if user is None or not owned.categories:
        return
    await ctx.bot.send_message(
        user.id,
        ASK_MUTE.format(labels=labels(owned.categories)),
        reply_markup=ask_keyboard(owned.check_id),
    )


async def on_settings(update: Update, ctx: TendContext) -> None:
    """Lists where each setting lives and the patterns muted for the user, with undo buttons."""
    user = update.effective_user
    if user is None:
        return
    mutes = await conversation.muted(ctx.tend.sessionmaker, user_id=user.id)
    text, markup = settings_screen(mutes)
    await reply(update, text, markup=markup)


async def on_mute_button(update: Update, ctx: TendContext) -> None:
    """Mutes, keeps, or un-mutes, for the presser's own check or settings."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.data is None or query.message is None:
        return
    tend, now = ctx.tend, ctx.tend.clock.now()
    match query.data.split(":"):
        case ["m", ("y" | "n") as choice, check_id] if _CHECK_ID.fullmatch(check_id):
            owned = await checks.owned_check(
                tend.sessionmaker, user_id=user.id, check_id=int(check_id)
            )
            if owned is None:
                await query.answer(core_texts.STALE_BUTTON, show_alert=True)
                return
            await query.answer()
            text = KEPT
            if choice == "y":
                await conversation.mute(
                    tend.sessionmaker,
                    now=now,
                    user_id=user.id,
                    chat_id=user.id,
                    categories=owned.categories,
                )
                text = MUTED.format(labels=labels(owned.categories))
            await edit_quietly(
                ctx,
                chat_id=user.id,
                message_id=query.message.message_id,
                text=text,
                markup=None,
            )
        case ["m", "u", category] if _CATEGORY.fullmatch(category):
            mutes = await conversation.unmute(tend.sessionmaker, user_id=user.id, category=category)
            await query.answer(UNMUTED_TOAST.format(label=category_label(category)))
            text, markup = settings_screen(mutes)
            await edit_quietly(
                ctx, chat_id=user.id, message_id=query.message.message_id, text=text, markup=markup
            )
        case _:
            await query.answer(core_texts.STALE_BUTTON, show_alert=True)


COMMANDS: dict[str, Callback] = {"settings": on_settings}
CALLBACKS: CallbackHandlers = [CallbackQueryHandler(on_mute_button, pattern=PATTERN)]
