"""TendBot: the sent message comes back decoded, without the draft it quotes."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyParameters

from bot.telegram.client import TendBot
from bot.telegram.request import AiohttpRequest
from standin import StandIn

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Why?", callback_data="d:1:why")]])


def make_bot(api: StandIn) -> TendBot:
    return TendBot(
        api.token,
        base_url=api.base_url,
        request=AiohttpRequest(connection_pool_size=2),
        get_updates_request=AiohttpRequest(),
    )


async def test_tendbot_send_message_returns_the_sent_message_without_the_quoted_one(
    api: StandIn,
) -> None:
    alice = api.user()
    await alice.send("you never listen")
    async with make_bot(api) as bot:
        (update,) = await bot.get_updates()
        assert update.message is not None
        draft_id = update.message.message_id
        sent = await bot.send_message(
            alice.id,
            "<b>you never</b> may land as blame",
            parse_mode="HTML",
            reply_markup=KEYBOARD,
            reply_parameters=ReplyParameters(draft_id),
        )
        # Alice answers Tend's message: an incoming reply still carries what it answers.
        await alice.send("ok", reply_to=await alice.wait_for_reply())
        (_, answer) = await bot.get_updates(offset=update.update_id)
    reply = next(c for c in api.calls if c.method == "sendMessage")
    assert reply.params["reply_parameters"]["message_id"] == draft_id  # it was quoted
    assert (sent.chat_id, sent.text, sent.reply_markup) == (
        alice.id,
        "you never may land as blame",
        KEYBOARD,
    )
    assert [e.type for e in sent.entities] == ["bold"]
    assert sent.reply_to_message is None
    assert answer.message is not None and answer.message.reply_to_message is not None
    assert answer.message.reply_to_message.message_id == sent.message_id
