"""The application class: PTB's, with discreet mode wrapped around every update.

For a user in discreet mode, every message in their private chat with Tend that relates to
an update (their own message and everything Tend sends or edits while handling it: replies,
photos, files, questions, the error handler's apology) is scheduled for deletion after their
delay. One place does it for every handler, including the gates that stop an update early
and the error handler; no handler takes part (bot/discreet/trail.py describes how the messages are
seen and how the delay becomes known). `build_application` installs it with
`ApplicationBuilder().application_class(TendApplication)`.
"""

from __future__ import annotations

import logging
from contextlib import nullcontext
from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, ExtBot, JobQueue

from bot.context import BotData, NotReadyError, TendContext
from bot.discreet import service as discreet
from bot.discreet import trail
from bot.discreet.trail import Trail
from bot.telegram.inbox import Inbox
from bot.telegram.transport import ledger_of

log = logging.getLogger(__name__)


class TendApplication(
    Application[
        ExtBot[None], TendContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[TendContext]
    ]
):
    """Follows each update's trail and, when the update is done, schedules it (discreet mode)."""

    async def process_update(self, update: object) -> None:
        """Handle `update` as PTB does, then schedule what it left in the chat."""
        if not isinstance(update, Update):
            await super().process_update(update)
            return
        inbox: Inbox | None = getattr(self.bot, "inbox", None)
        if inbox is not None and inbox.take_echo(update.update_id):
            return  # delivered again while still being answered: answered once
        # Held updates (bot/telegram/inbox.py) note "send started" before their first send.
        held = inbox.answering(update.update_id) if inbox is not None else nullcontext()
        with held, trail.following(trail_of(update)) as followed:
            await super().process_update(update)
        await self._schedule(update, followed)
        if inbox is not None:
            await self._release(inbox, update.update_id)

    async def _release(self, inbox: Inbox, update_id: int) -> None:
        # Answered: the held copy goes. If the database is away the row stays, still owned
        # by this process, until the inbox's prune drops it (MAX_HELD).
        try:
            await inbox.release(update_id)
        except Exception as exc:
            log.warning("update %s: not released (%s)", update_id, type(exc).__name__)

    async def stop(self) -> None:
        """Stop as PTB does, then schedule what the last sends left in the ledger."""
        await super().stop()
        ledger = ledger_of(self.bot)
        if ledger is None or not ledger:
            return
        try:
            tend = self.bot_data
            await discreet.settle_ledger(tend.sessionmaker, now=tend.clock.now(), ledger=ledger)
        except NotReadyError:
            return
        except Exception as exc:
            name = type(exc).__name__
            log.warning("at shutdown, %d message(s) not scheduled (%s)", len(ledger), name)

    async def _schedule(self, update: Update, followed: Trail) -> None:
        # Nothing to do, and no database, in the common cases: a user not in discreet mode
        # whose settings a service read (a draft), a draft scheduled with its check.
        try:
            tend = self.bot_data
            await discreet.settle_trail(tend.sessionmaker, now=tend.clock.now(), followed=followed)
        except NotReadyError:
            return
        except Exception as exc:
            # The database is away: keep them in memory; the deletions job tries again.
            ledger = ledger_of(self.bot)
            if ledger is not None:
                ledger.add(discreet.pending_messages(followed))
            log.warning(
                "update %s: discreet-mode deletions not scheduled yet (%s); will retry",
                update.update_id,
                type(exc).__name__,
            )


def trail_of(update: Update) -> Trail:
    """An empty trail for `update`: its chat if that is the sender's private chat with Tend,
    and the sender's own message (not the message a pressed button sits on: that is Tend's)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE or chat.id != user.id:
        return Trail(chat_id=None)
    own = update.message or update.edited_message
    return Trail(chat_id=chat.id, own_message_id=own.message_id if own is not None else None)
