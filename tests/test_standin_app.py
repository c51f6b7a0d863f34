"""A real PTB Application (polling and webhook) talking to the stand-in, in-process."""

from __future__ import annotations

import html
import socket
from typing import Any

from standin_fixtures import standin_api  # noqa: F401 (fixtures)
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    CallbackContext,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ExtBot,
    JobQueue,
    MessageHandler,
    filters,
)

from standin import StandIn

AnyDict = dict[Any, Any]
Context = CallbackContext[ExtBot[None], AnyDict, AnyDict, AnyDict]
App = Application[ExtBot[int], Context, AnyDict, AnyDict, AnyDict, JobQueue[Context]]
BUTTONS = InlineKeyboardMarkup([[InlineKeyboardButton("Another way", callback_data="alt")]])


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greets."""
    if update.effective_message:
        await update.effective_message.reply_html("<b>Hi!</b> Paste a draft.")


async def draft(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echoes the draft, escaped, with a button."""
    message = update.effective_message
    if message and message.text:
        await message.reply_html(
            f"You wrote: <i>{html.escape(message.text)}</i>", reply_markup=BUTTONS
        )


async def another(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answers the button and edits the reply, keeping the button."""
    query = update.callback_query
    if query:
        await query.answer("Here is another way")
        await query.edit_message_text("<b>Another</b> way", parse_mode="HTML", reply_markup=BUTTONS)


def build(api: StandIn) -> App:
    app = (
        Application.builder()
        .token(api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .rate_limiter(AIORateLimiter())
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, draft))
    app.add_handler(CallbackQueryHandler(another))
    return app


async def converse(api: StandIn) -> None:
    alice = api.user("Alice")
    await alice.send("/start")
    assert (await alice.wait_for_reply()).html == "<b>Hi!</b> Paste a draft."
    await alice.send("You <never> listen & you know it")
    reply = await alice.wait_for_reply()
    assert reply.text == "You wrote: You <never> listen & you know it"
    answer = await alice.press(reply, "Another way")
    edited = await alice.wait_for_edit(reply)
    assert answer.text == "Here is another way"
    assert (edited.text, edited.button_labels) == ("Another way", ["Another way"])


async def test_standin_runs_a_polling_application(api: StandIn) -> None:
    app = build(api)
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await converse(api)
        await app.updater.stop()
        await app.stop()
    assert api.count("deleteWebhook") == 1
    api.assert_no_violations()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def test_standin_runs_a_webhook_application(api: StandIn) -> None:
    app = build(api)
    port = free_port()
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="tg/hook",
            webhook_url=f"http://127.0.0.1:{port}/tg/hook",
            secret_token="tend-secret",
        )
        await converse(api)
        await app.updater.stop()
        await app.stop()
    deliveries = api.webhook_deliveries
    assert {(d.status, d.secret_token) for d in deliveries} == {(200, "tend-secret")}
    api.assert_no_violations()
