"""The gates every update passes before a handler runs.

`drop_duplicates`: an update delivered twice (or to two workers) is handled once.
`check_presser`: a press only ever acts for the person who pressed it. Each handler also checks
that the record a button names belongs to the presser; this guard covers what those checks
cannot see. Handlers edit the message the button sits on, and some change "the chat" of the
update: a press on a message in someone else's chat (a crafted update, or a leaked webhook
secret) must therefore stop here, before any handler runs.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.basics import texts
from bot.context import TendContext
from bot.db import group_commit as grouped


async def drop_duplicates(update: Update, ctx: TendContext) -> None:
    """Stops processing when this update id was already claimed by any worker."""
    tend = ctx.tend
    inbox = getattr(ctx.bot, "inbox", None)
    if inbox is not None and inbox.holds(update.update_id):
        return  # claimed when it arrived (bot/telegram/inbox.py)
    first = await grouped.claim_update(
        tend.sessionmaker, now=tend.clock.now(), update_id=update.update_id
    )
    if not first:
        # Discreet mode still schedules the user's message (harmless if the first delivery
        # did): Telegram delivers again when a worker died mid-update, before it could.
        raise ApplicationHandlerStop


async def check_presser(update: Update, _: TendContext) -> None:
    """Answers a press that is not the presser's to make, and stops the update there."""
    query = update.callback_query
    if query is None:
        return
    message = query.message
    if query.data is None or message is None:
        # Tend sends no games and no inline-mode messages, so such a press is not on one of
        # its buttons; without this answer the user's spinner would turn until it times out.
        await query.answer(texts.STALE_BUTTON, show_alert=True)
        raise ApplicationHandlerStop
    # Tend's buttons live in private chats, whose id is the user's own id.
    if message.chat.id != query.from_user.id:
        await query.answer(texts.NOT_YOURS, show_alert=True)
        raise ApplicationHandlerStop
