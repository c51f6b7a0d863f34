"""Text and buttons of /privacy, /export and /forget."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.basics import texts
from bot.users.service import UserSettings

DISCREET_CHOICES: dict[str, int] = {"1m": 60, "10m": 600, "1h": 3600}

SAVED = "Saved."
NOTHING_HELD = "I don't hold anything about you — there's nothing to export."
EXPORT_CAPTION = "Everything Tend holds about you, as a JSON file."
FORGET_CONFIRM = (
    "<b>Delete everything?</b> Your settings, your pattern history, your nudges and any drafts "
    "you asked me to keep will be deleted for good. This can't be undone."
)
BUTTON_FORGET_YES = "Yes, delete everything"
BUTTON_FORGET_NO = "Keep it"
FORGET_CANCELLED = "Nothing was deleted."
FORGOTTEN = (
    "Done — everything I held about you is deleted. If you write to me again, I'll start fresh. "
    "(Messages in this chat stay until you delete them in Telegram.)"
)
# Discreet mode: the confirmation went with the rest of the chat, so this is an alert (at most
# 200 characters), which leaves nothing behind.
FORGOTTEN_DISCREET = (
    "Done — everything I held about you is deleted, and so are our messages here. "
    "If you write to me again, I'll start fresh."
)
FORGOTTEN_MESSAGES_LEFT = (
    "Done — everything I held about you is deleted. I couldn't remove our messages here just "
    "now, though: you can delete this chat in Telegram."
)


def delay_label(seconds: int | None) -> str | None:
    """ "1 minute", "10 minutes", "1 hour" — or None when discreet mode is off."""
    if not seconds:
        return None
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return f"{hours} hour" + ("s" if hours != 1 else "")
    minutes = max(1, seconds // 60)
    return f"{minutes} minute" + ("s" if minutes != 1 else "")


def privacy_text(settings: UserSettings) -> str:
    """The /privacy card with the user's current choices."""
    keep = "on" if settings.keep_drafts else "off"
    discreet = delay_label(settings.discreet_delay_s)
    state = (
        f"\n\n<b>Your choices</b>\n• Keep my drafts: <b>{keep}</b>\n"
        f"• Discreet mode: <b>{'after ' + discreet if discreet else 'off'}</b>"
    )
    return texts.PRIVACY_PROMISE + state


def privacy_keyboard(settings: UserSettings) -> InlineKeyboardMarkup:
    """Switches for keeping drafts and for discreet mode."""
    keep = (
        InlineKeyboardButton("Stop keeping my drafts", callback_data="p:keep:off")
        if settings.keep_drafts
        else InlineKeyboardButton("Keep my drafts", callback_data="p:keep:on")
    )
    discreet_row = [
        InlineKeyboardButton(f"Delete after {delay_label(s)}", callback_data=f"p:disc:{key}")
        for key, s in DISCREET_CHOICES.items()
        if s != settings.discreet_delay_s
    ]
    rows = [[keep], discreet_row]
    if settings.discreet_delay_s:
        rows.append([InlineKeyboardButton("Discreet mode off", callback_data="p:disc:off")])
    return InlineKeyboardMarkup(rows)
