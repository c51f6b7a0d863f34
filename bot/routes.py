"""Routes: every feature's handlers, in the order PTB should try them, and every repeating job.

Each feature folder exports `COMMANDS`, `CALLBACKS` and `MESSAGES` (message handlers tried
before a text is taken as a draft, e.g. answers to a ForceReply question); this module is the
one place that gathers them.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.basics import handlers as basics
from bot.context import TendApp, TendContext
from bot.discreet import deletions
from bot.drafts import buttons as draft_buttons
from bot.drafts import handlers as drafts
from bot.drafts import mine, mutes
from bot.drafts.callbacks import DRAFT_PATTERN, MINE_PATTERN
from bot.history import handlers as history
from bot.history import job as weekly
from bot.listen import handlers as listen_handlers
from bot.listen import job as listen
from bot.nudges import handlers as nudge_handlers
from bot.nudges import job as nudges
from bot.privacy import handlers as privacy
from bot.telegram import errors, housekeeping
from bot.telegram import inbox_job as inbox
from bot.telegram.gates import check_presser, drop_duplicates
from bot.telegram.types import Callback, CallbackHandlers
from bot.users import answers

PRIVATE = filters.ChatType.PRIVATE

COMMANDS: dict[str, Callback] = {
    **history.COMMANDS,
    **nudge_handlers.COMMANDS,
    **listen_handlers.COMMANDS,
    **mutes.COMMANDS,
}
CALLBACKS: CallbackHandlers = [
    *history.CALLBACKS,
    *nudge_handlers.CALLBACKS,
    *listen_handlers.CALLBACKS,
    *mutes.CALLBACKS,
]
# Message handlers tried before a text is taken as a draft (e.g. answers to a ForceReply question).
MESSAGES: CallbackHandlers = [
    *history.MESSAGES,
    *nudge_handlers.MESSAGES,
    *listen_handlers.MESSAGES,
    *answers.MESSAGES,
]


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
        **COMMANDS,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=PRIVATE))
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, basics.on_unknown_command))
    # A lone "/" (no command after it) is someone looking for the menu, not a draft.
    app.add_handler(MessageHandler(PRIVATE & filters.Regex(r"^\s*/\s*$"), basics.on_menu))
    app.add_handler(MessageHandler(PRIVATE & filters.COMMAND, basics.on_any_command), group=1)
    for handler in MESSAGES:
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
    for handler in CALLBACKS:
        app.add_handler(handler)
    app.add_handler(CallbackQueryHandler(basics.on_unknown_button))
    app.add_error_handler(errors.on_error)


Tick = Callable[[TendContext], Coroutine[Any, Any, None]]


def register_jobs(app: TendApp) -> None:
    """Schedule every repeating job on the application's JobQueue."""
    jobs: list[tuple[str, Tick, float]] = [
        ("deletions", deletions.tick, 5.0),
        ("inbox", inbox.tick, inbox.INTERVAL_S),
        ("prune", housekeeping.prune, 600.0),
        ("heartbeat", housekeeping.heartbeat, 30.0),
        ("nudges", nudges.tick, app.bot_data.settings.nudge_poll_seconds),
        ("listen-reminders", listen.tick, app.bot_data.settings.nudge_poll_seconds),
        ("weekly-summary", weekly.tick, 60.0),
    ]
    queue = app.job_queue
    if queue is None:
        raise RuntimeError("python-telegram-bot was installed without the job-queue extra")
    for name, callback, interval in jobs:
        queue.run_repeating(callback, interval=interval, first=1.0, name=name)
