"""The stand-in's message state (edits, deletes, files) and fault injection, via a PTB Bot."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from standin_fixtures import ptb_bot, standin_api  # noqa: F401 (fixtures)
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from standin import StandIn
from standin.users import TINY_PNG

KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("Another way", callback_data="alt:1")]])


async def test_edit_message_text_updates_the_transcript(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = await bot.send_message(alice.id, "first", reply_markup=KEYBOARD)
    before = await alice.wait_for_reply()
    edited = await bot.edit_message_text(
        "<i>second</i>",
        chat_id=alice.id,
        message_id=sent.message_id,
        parse_mode="HTML",
        reply_markup=KEYBOARD,
    )
    after = await alice.wait_for_edit(before)

    assert isinstance(edited, type(sent))
    assert (before.text, before.version, before.edited) == ("first", 0, False)
    assert (after.text, after.html, after.version, after.edited) == (
        "second",
        "<i>second</i>",
        1,
        True,
    )
    assert after.buttons == [[("Another way", "alt:1")]]
    assert [m.text for m in alice.transcript] == ["second"]
    assert api.violations == []


async def test_edit_without_reply_markup_removes_the_keyboard(api: StandIn, bot: Bot) -> None:
    # Telegram's rule, and a classic bug: the buttons vanish unless the edit repeats them.
    alice = api.user()
    sent = await bot.send_message(alice.id, "first", reply_markup=KEYBOARD)
    await bot.edit_message_text("second", chat_id=alice.id, message_id=sent.message_id)
    assert alice.message(sent.message_id).buttons == []


async def test_edit_to_identical_content_is_not_modified(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = await bot.send_message(alice.id, "<b>same</b>", parse_mode="HTML", reply_markup=KEYBOARD)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text(
            "<b>same</b>",
            chat_id=alice.id,
            message_id=sent.message_id,
            parse_mode="HTML",
            reply_markup=KEYBOARD,
        )
    # Same text but different formatting is a real change.
    await bot.edit_message_text("same", chat_id=alice.id, message_id=sent.message_id)
    assert len(api.violations) == 1


async def test_edit_message_reply_markup_changes_only_buttons(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = await bot.send_message(alice.id, "text", reply_markup=KEYBOARD)
    await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=None)
    message = alice.message(sent.message_id)
    assert (message.text, message.buttons) == ("text", [])
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=None)


async def test_edits_are_refused_on_messages_the_bot_did_not_send(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    theirs = await alice.send("mine")
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await bot.edit_message_text("x", chat_id=alice.id, message_id=theirs["message_id"])


async def test_delete_message_marks_it_deleted(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = await bot.send_message(alice.id, "oops")
    snapshot = await alice.wait_for_reply()
    assert await bot.delete_message(alice.id, sent.message_id)
    assert (await alice.wait_for_edit(snapshot)).deleted
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", chat_id=alice.id, message_id=sent.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(alice.id, sent.message_id)


async def test_delete_messages_skips_missing_ones(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = [await bot.send_message(alice.id, str(i)) for i in range(2)]
    assert await bot.delete_messages(alice.id, [sent[0].message_id, 999, sent[1].message_id])
    assert [m.deleted for m in alice.transcript] == [True, True]
    assert api.violations == []


async def test_send_photo_uploads_and_serves_the_file(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    sent = await bot.send_photo(alice.id, TINY_PNG, caption="<b>Your week</b>", parse_mode="HTML")
    shown = await alice.wait_for_reply()
    downloaded = await (await bot.get_file(sent.photo[-1].file_id)).download_as_bytearray()

    assert shown.photo is not None
    assert shown.photo.data == TINY_PNG == bytes(downloaded)
    assert (shown.text, shown.caption, shown.html) == ("Your week", "Your week", "<b>Your week</b>")
    assert (sent.photo[-1].width, sent.photo[-1].height) == (1, 1)
    again = await bot.send_photo(alice.id, sent.photo[-1].file_id)  # reuse by file_id
    assert again.photo[-1].file_id == sent.photo[-1].file_id
    assert api.violations == []


async def test_send_photo_refuses_what_is_not_an_image(api: StandIn, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="Image_process_failed"):
        await bot.send_photo(api.user().id, b"not an image")


async def test_send_document_keeps_name_type_and_bytes(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    await bot.send_document(alice.id, b'{"drafts": []}', filename="export.json", caption="Here")
    shown = await alice.wait_for_reply()
    assert shown.document is not None
    assert (shown.document.file_name, shown.document.mime_type) == (
        "export.json",
        "application/json",
    )
    assert (shown.document.data, shown.caption) == (b'{"drafts": []}', "Here")


async def test_edit_message_caption_needs_a_media_message(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    photo = await bot.send_photo(alice.id, TINY_PNG, caption="old")
    text = await bot.send_message(alice.id, "text")
    await bot.edit_message_caption(alice.id, photo.message_id, caption="new")
    assert alice.message(photo.message_id).caption == "new"
    with pytest.raises(BadRequest, match="There is no caption in the message to edit"):
        await bot.edit_message_caption(alice.id, text.message_id, caption="new")


@pytest.mark.parametrize(
    ("kind", "error", "message"),
    [
        ("forbidden", Forbidden, "Forbidden: bot was blocked by the user"),
        ("server_error", NetworkError, "Bad Gateway"),
    ],
)
async def test_faults_reach_ptb_as_its_exceptions(
    api: StandIn, bot: Bot, kind: str, error: type[Exception], message: str
) -> None:
    alice = api.user()
    fault = api.faults.add(kind=kind, method="sendMessage")  # type: ignore[arg-type]
    with pytest.raises(error) as caught:
        await bot.send_message(alice.id, "hi")
    assert str(caught.value) == message
    await bot.send_message(alice.id, "hi again")  # times=1: spent
    assert (fault.hits, api.count("sendMessage"), api.violations) == (1, 2, [])
    assert [m.text for m in alice.transcript] == ["hi again"]


async def test_fault_retry_after_carries_the_wait(
    api: StandIn, bot: Bot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PTB 22 warns when RetryAfter is built unless timedelta periods are opted into.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    api.faults.add(kind="retry_after", method="sendMessage", retry_after=2)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(api.user().id, "hi")
    assert caught.value.retry_after == dt.timedelta(seconds=2)
    assert api.violations == []


async def test_fault_server_error_status_is_configurable(api: StandIn, bot: Bot) -> None:
    api.faults.add(kind="server_error", status=500, description="Internal Server Error")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.get_me()


async def test_fault_slow_makes_ptb_time_out_but_the_call_lands(api: StandIn) -> None:
    alice = api.user()
    api.faults.add(kind="slow", method="sendMessage", delay=0.5)
    request = HTTPXRequest(read_timeout=0.2)
    async with Bot(api.token, base_url=api.base_url, request=request) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(alice.id, "late")
    # Like a real timeout, the client gave up but the message was sent.
    reply = await alice.wait_for_reply(timeout=2)
    assert reply.text == "late"


async def test_fault_matches_only_its_chat_and_can_repeat(api: StandIn, bot: Bot) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    api.faults.add(kind="forbidden", chat_id=alice.id, times=None)
    for _ in range(2):
        with pytest.raises(Forbidden):
            await bot.send_message(alice.id, "x")
    await bot.send_message(bob.id, "fine")
    api.faults.clear()
    await bot.send_message(alice.id, "fine now")


async def test_faults_reject_unknown_kinds(api: StandIn) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        api.faults.add(kind="meteor")  # type: ignore[arg-type]


async def test_blocked_user_gets_forbidden_until_unblocked(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    alice.block_bot()
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(alice.id, "nudge")
    with pytest.raises(Forbidden):
        await bot.send_chat_action(alice.id, "typing")
    alice.unblock_bot()
    await bot.send_message(alice.id, "welcome back")

    updates = await bot.get_updates(timeout=0)
    statuses = [u.my_chat_member.new_chat_member.status for u in updates if u.my_chat_member]
    assert statuses == ["kicked", "member"]
    assert api.violations == []


async def test_callback_answers_reach_the_pressing_user(api: StandIn, bot: Bot) -> None:
    alice = api.user()
    await bot.send_message(alice.id, "draft", reply_markup=KEYBOARD)
    reply = await alice.wait_for_reply()
    press = asyncio.create_task(alice.press(reply, "Another way"))
    (update,) = await bot.get_updates(timeout=2)
    query = update.callback_query
    assert query is not None and query.data == "alt:1" and query.message is not None
    assert query.message.message_id == reply.message_id
    await bot.answer_callback_query(query.id, text="Here is another")
    answer = await press
    assert (answer.text, answer.show_alert) == ("Here is another", False)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query.id)
