"""Text and buttons of /privacy, /export and /forget."""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.basics import texts
from bot.history.texts import category_label
from bot.privacy.examples import Disputed
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


# Sharing 👎 examples: an explicit, informed choice each time; Tend never sends the file on.
BUTTON_SHARE = "Share my 👎 examples"
SHARE_NONE = (
    "You haven't marked any of my flags <b>👎 Not blaming</b>, so there's nothing to share. "
    "If I flag words that aren't blaming, that button under my reply tells me."
)
SHARE_ASK = """\
<b>Share your 👎 examples?</b>
You marked {replies} <b>👎 Not blaming</b>. I can put {them} in a small file for you to pass \
on — for example attached to an issue on Tend's GitHub — so a future Tend learns from {them}.

<b>The file holds</b>, for each: the pattern, the flagged words, your 👎 and the week. No name, \
no ids, no exact times, not your draft:
{preview}
{extra}I never send it anywhere: it comes to you here, and where it goes next is up to you."""
SHARE_ASK_DRAFTS = (
    "You keep your drafts, so you can add them too ({kept} of {total}): they teach the most. "
    "Leave them out if they say anything you'd rather keep to yourself.\n\n"
)
SHARE_ASK_DISCREET = (
    "Discreet mode is on: the file leaves this chat after {delay}, so save it first.\n\n"
)
SHARE_PREVIEW_LINE = "• {label}: “{words}”"
SHARE_PREVIEW_MORE = "• … and {more} more"
SHARE_PREVIEW_MAX = 5
BUTTON_SHARE_WORDS = "Send me the file"
BUTTON_SHARE_DRAFTS = "Send it with my drafts"
BUTTON_SHARE_NO = "Not now"
SHARE_DECLINED = "Okay — no file made, nothing shared."
SHARE_SENT = "Here it is. Nothing has left Tend: the file is yours to pass on, or to delete."
SHARE_CAPTION = "Your 👎 examples ({count}), one a line. Tend hasn't sent this anywhere."
SHARE_CAPTION_DRAFTS = (
    "Your 👎 examples ({count}), one a line, with your drafts. Tend hasn't sent this anywhere."
)


def share_ask(
    disputed: tuple[Disputed, ...], *, drafts_kept: int, discreet_delay_s: int | None
) -> str:
    """The consent card: exactly what the file would hold, before anything is made."""
    replies, them = (
        ("one of my replies", "it")
        if len(disputed) == 1
        else (f"{len(disputed)} of my replies", "them")
    )
    flags = [flag for item in disputed for flag in item.flags]
    lines = [
        SHARE_PREVIEW_LINE.format(label=escape(category_label(c)), words=escape(w))
        for c, w in flags[:SHARE_PREVIEW_MAX]
    ]
    if len(flags) > SHARE_PREVIEW_MAX:
        lines.append(SHARE_PREVIEW_MORE.format(more=len(flags) - SHARE_PREVIEW_MAX))
    extra = "\n"
    if drafts_kept:
        extra += SHARE_ASK_DRAFTS.format(kept=drafts_kept, total=len(disputed))
    delay = delay_label(discreet_delay_s)
    if delay:
        extra += SHARE_ASK_DISCREET.format(delay=delay)
    return SHARE_ASK.format(replies=replies, them=them, preview="\n".join(lines), extra=extra)


def share_keyboard(*, drafts_kept: int) -> InlineKeyboardMarkup:
    """Send the file (with the drafts, when some are kept), or not."""
    rows = [[InlineKeyboardButton(BUTTON_SHARE_WORDS, callback_data="p:share:words")]]
    if drafts_kept:
        rows.append([InlineKeyboardButton(BUTTON_SHARE_DRAFTS, callback_data="p:share:drafts")])
    rows.append([InlineKeyboardButton(BUTTON_SHARE_NO, callback_data="p:share:no")])
    return InlineKeyboardMarkup(rows)


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
    rows.append([InlineKeyboardButton(BUTTON_SHARE, callback_data="p:share:ask")])
    return InlineKeyboardMarkup(rows)
