"""Registers every handler, in the order PTB should try them."""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.context import TendApp
from bot.handlers import basics, draft_buttons, drafts, errors, features, mine, privacy
from bot.handlers.dedupe import drop_duplicates
from bot.handlers.presser import check_presser
from bot.replies.callbacks import DRAFT_PATTERN, MINE_PATTERN

PRIVATE = filters.ChatType.PRIVATE


def register_handlers(app: TendApp) -> None:
    """Attach all handlers and the error handler to `app`."""
    # One handler runs per group, so each gate has its own: duplicates first, then presses
    # that are not the presser's to make.
    app.add_handler(TypeHandler(Update, drop_duplicates), group=-2)
    app.add_handler(TypeHandler(Update, check_presser), group=-1)
    not_private = filters.ChatType.GROUPS | filters.ChatType.CHANNEL
    app.add_handler(
        MessageHandler(not_private & ~filters.StatusUpdate.ALL, basics.on_group_message)
    )
    commands = {
        "start": basics.on_start,
        "help": basics.on_help,
        "privacy": privacy.on_privacy,
        "export": privacy.on_export,
        "forget": privacy.on_forget,
        "menu": basics.on_menu,
        **features.COMMANDS,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=PRIVATE))
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, basics.on_unknown_command))
    # A lone "/" (no command after it) is someone looking for the menu, not a draft.
    app.add_handler(MessageHandler(PRIVATE & filters.Regex(r"^\s*/\s*$"), basics.on_menu))
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, basics.on_any_command), group=1)
    for handler in features.MESSAGES:
        app.add_handler(handler)
    app.add_handler(
        MessageHandler(
            PRIVATE & filters.UpdateType.EDITED_MESSAGE & filters.TEXT, drafts.on_edited_draft
        )
    )
    app.add_handler(
        MessageHandler(PRIVATE & filters.UpdateType.MESSAGE & filters.TEXT, drafts.on_draft)
    )
    app.add_handler(MessageHandler(PRIVATE & (filters.VOICE | filters.VIDEO_NOTE), basics.on_voice))
    app.add_handler(
        MessageHandler(
            PRIVATE & filters.UpdateType.MESSAGE & ~filters.StatusUpdate.ALL,
            basics.on_other_message,
        )
    )
    app.add_handler(CallbackQueryHandler(draft_buttons.on_draft_button, pattern=DRAFT_PATTERN))
    app.add_handler(CallbackQueryHandler(mine.on_mine_button, pattern=MINE_PATTERN))
    app.add_handler(CallbackQueryHandler(basics.on_later, pattern=f"^{basics.CB_NUDGES_LATER}$"))
    app.add_handler(CallbackQueryHandler(privacy.on_privacy_button, pattern=privacy.PATTERN))
    for handler in features.CALLBACKS:
        app.add_handler(handler)
    app.add_handler(CallbackQueryHandler(features.on_unknown_button))
    app.add_error_handler(errors.on_error)
