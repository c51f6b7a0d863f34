"""User-facing text of the core conversation, in one place so it can be read (and translated) whole.

Voice: warm, brief, plain words. Talk about the draft, never about the person; never take sides;
never diagnose; never claim to be therapy. Telegram HTML: <b>, <i>, <code>, <pre>, <blockquote>.
"""

from __future__ import annotations

from pydantic import ValidationError

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "What Tend does, and a first step"),
    ("help", "How to use Tend"),
    ("history", "Your patterns over the last weeks"),
    ("nudges", "A small daily act of connection"),
    ("listen", "Listening without fixing"),
    ("settings", "Your settings, and patterns you turned off"),
    ("privacy", "What Tend keeps, and discreet mode"),
    ("export", "Download everything Tend holds about you"),
    ("forget", "Delete everything Tend holds about you"),
    ("menu", "All of these commands"),
)


def command_list() -> str:
    """Every command with what it does, one a line (the same list as Telegram's menu)."""
    return "\n".join(f"/{name} — {about}" for name, about in COMMANDS)


MISSING_TOKEN = """\
Tend needs a Telegram bot token to connect, and TELEGRAM_BOT_TOKEN is not set.

To get one (two minutes, free):
  1. In Telegram, open a chat with @BotFather and send /newbot.
  2. Pick a name and a username; BotFather answers with a token like 123456:ABC-DEF...
  3. Run the bot with it:
       TELEGRAM_BOT_TOKEN=<your token> scripts/run
     or put TELEGRAM_BOT_TOKEN=<your token> in a file named .env in this folder.

Just want to see Tend first? The offline demo needs no token and no internet:
       scripts/run demo
"""


TOKEN_REJECTED = (
    "Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped). "
    "Get the current token from @BotFather and start Tend again."
)


def config_error(exc: ValidationError) -> str:
    """A readable message for settings that do not validate (values are never echoed)."""
    lines = ["Tend could not start: some settings are not valid."]
    for error in exc.errors():
        name = ".".join(str(part) for part in error["loc"]).upper() or "settings"
        lines.append(f"  - {name}: {error['msg']}")
    lines.append("See the configuration table in README.md.")
    return "\n".join(lines)


START = """\
<b>Hi, I'm Tend.</b> Before you send your partner a message that matters, send it to me first.

I'll point out words that may land as blame, say why, and offer a way to say the same thing \
from your side — your facts, your feelings, a clear ask. You stay the author: I never message \
your partner.

<b>Privacy:</b> I keep which patterns a draft had (like "always/never"), not the draft itself — \
unless you ask me to. /privacy has the details and a discreet mode; /forget deletes everything.

Try it now: paste a message you've been meaning to send."""

START_NUDGE_OFFER = (
    "One more thing: would you like a small daily idea for connecting — "
    "ten minutes of real talk, a proper hello at the door? You pick the time."
)
BUTTON_SET_UP_NUDGES = "Set up daily nudges"
BUTTON_LATER = "Later"
LATER_OK = "No problem. /nudges is there whenever you want it."

HELP = """\
<b>How to use Tend</b>
• Paste a draft you're about to send your partner. I'll mark words that may land badly, say why, \
and suggest a rewrite you can copy.
• <b>Another way</b> shows a different wording; <b>Why?</b> explains the pattern.
• Edit your message and I'll check it again.

/history — your patterns over the weeks
/nudges — a small daily act of connection
/listen — a reminder to listen without fixing
/settings — your settings, and patterns you turned off
/privacy — what I keep, and discreet mode
/export — a file of everything I hold about you
/forget — delete all of it
/menu — all commands

I'm a writing aid, not therapy. If things feel stuck, a couples therapist can help both of you."""

PRIVACY_PROMISE = """\
<b>What Tend keeps</b>
• For each draft: when you checked it, which patterns it had (e.g. "always/never") and the few \
flagged words (e.g. "you never"), and your 👍/👎 feedback.
• Your settings: time zone, nudge time, discreet mode.
• In discreet mode, until it's done: which of our messages to delete, and when.

<b>What Tend does not keep</b>
• Your drafts and my rewrites — unless you turn on "keep my drafts" below.

Someone else might open your Telegram. <b>Discreet mode</b> deletes our conversation here — \
your messages and mine, reminders and summaries too — a while after each one. You choose how \
long: 1 minute, 10 minutes or 1 hour (with a short one, a reminder may go before you see it).
It covers messages from the moment you turn it on. It can't reach copies: notifications \
already shown, screenshots, forwards. And Telegram lets me delete a message only within \
48 hours, so if I'm ever down that long, some may stay.

/export sends you everything I hold; /forget deletes it all (in discreet mode, with our \
messages here). I never send any of it elsewhere: <b>Share my 👎 examples</b> makes a file of \
the flags you marked 👎 Not blaming, for you to pass on if you'd like to help Tend learn."""

GROUP_NOTICE = (
    "Hi! Tend works in private chats only, so your drafts stay between you and me. "
    "Message me directly to check a draft."
)
NOT_TEXT = (
    "I can only read text for now. If there's something you want to say to your partner, "
    "type or paste it here and I'll look at it with you."
)
VOICE = (
    "I can't listen to voice messages yet. If you type out what you'd like to say, "
    "I'll help you find the words."
)
EMPTY = "That one looks empty. Paste the message you're about to send, and I'll take a look."
TOO_LONG = (
    "That's a long message — I can read up to {limit:,} characters at a time. "
    "Could you send the part that matters most to you?"
)
NOT_ENGLISH = (
    "I can only read English for now, so I'd likely get this one wrong. "
    "If you write it in English, I'm glad to help."
)


def slow_down(*, waiting: int, free_in_s: int) -> str:
    """The one "slow down" a flooding user hears per window; the draft was set aside, and
    the words say why truthfully: drafts still being answered, or too many too fast."""
    if waiting > 0:
        drafts = "draft" if waiting == 1 else f"{waiting} drafts"
        return (
            f"One at a time, please — I'm still working on your last {drafts}, so I've set "
            "this one aside. Send it again once I've answered."
        )
    when = "a second" if free_in_s <= 1 else f"{free_in_s} seconds"
    return (
        "That's a lot of drafts in a short time, so I've set this one aside. "
        f"Send it again in about {when}."
    )


UNKNOWN_COMMAND = "I don't know that command. Here is what I can do:\n\n{commands}"
MENU = "<b>What I can do</b>\nPaste a draft to check it, or pick a command:\n\n{commands}"
SORRY_DB = (
    "Sorry — I couldn't save or read your data just now, so I stopped before doing anything. "
    "Nothing was lost. Please try again in a minute."
)
SORRY_DB_AFTER_ANSWER = (
    "Sorry — my answer is above, but I couldn't save everything that goes with it just now. "
    "If something doesn't work as it should, please try again in a minute."
)
# Alerts on a button press (at most 200 characters): they leave nothing in the chat.
SORRY_BUTTON_DB = (
    "Sorry — I couldn't reach my notes just now, so nothing changed. Please try again in a minute."
)
SORRY_BUTTON = "Sorry, something went wrong on my side. Please try again."
# Discreet mode, after a reply Telegram did not confirm: it may be here, with an unknown id.
UNCONFIRMED = (
    "I couldn't confirm that my last answer reached you. If it's here, I can't delete it "
    "later, so you may want to delete it yourself."
)
SORRY_GENERIC = (
    "Sorry, something went wrong on my side. Nothing you sent was lost — please try again."
)
STALE_BUTTON = (
    "That button belongs to an older message. Paste your draft again and I'll re-check it."
)
NOT_YOURS = "That button isn't for you."
FEEDBACK_HELPFUL = "Thanks — glad it helped."
FEEDBACK_NOT_BLAMING = "Thanks for telling me."
# An older settings card, once a newer one is in the chat: no buttons, no stale status.
CARD_CLOSED = "<i>Settings updated — the current ones are further down.</i>"
