"""Sending, editing and deleting messages; chat actions; callback query answers."""

from __future__ import annotations

import copy
from typing import Any

from standin.errors import bad_request, not_implemented
from standin.html import FormattedText
from standin.methods.registry import Context, Params, handles
from standin.rules import blocked, check_reply_markup, format_text
from standin.state import ChatState, StoredFile, StoredMessage

CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice"}
    | {"upload_document", "choose_sticker", "find_location", "record_video_note"}
    | {"upload_video_note"}
)
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)


def target_chat(ctx: Context, params: Params) -> ChatState:
    """The chat a call addresses, refusing the ones the bot cannot write to."""
    chat = ctx.state.chat(params["chat_id"])
    if chat.blocked:
        raise blocked()
    if not chat.bot_member:
        kind = "channel" if chat.type == "channel" else "group"
        raise blocked(f"Forbidden: bot is not a member of the {kind} chat")
    return chat


def formatted_content(formatted: FormattedText, key: str) -> dict[str, Any]:
    """``{"text": ..., "entities": [...]}`` (or caption/caption_entities) for a Message."""
    if not formatted.text:
        return {}
    content: dict[str, Any] = {key: formatted.text}
    if formatted.entities:
        entities_key = "entities" if key == "text" else "caption_entities"
        content[entities_key] = [dict(e) for e in formatted.entities]
    return content


def html_source(params: Params, key: str, entities_key: str) -> str | None:
    """The HTML the bot sent, kept so tests can assert on it verbatim."""
    mode = params.get("parse_mode")
    if mode and mode.lower() == "html" and entities_key not in params:
        return str(params.get(key, ""))
    return None


def reply_markup(params: Params) -> dict[str, Any] | None:
    """The call's reply_markup after Telegram's own keyboard checks."""
    markup: dict[str, Any] | None = params.get("reply_markup")
    check_reply_markup(markup)
    return markup


def _replied(ctx: Context, chat: ChatState, params: Params) -> dict[str, Any] | None:
    reply = params.get("reply_parameters")
    if not reply:
        return None
    source = ctx.state.chat(reply["chat_id"]) if "chat_id" in reply else chat
    message = ctx.state.message(source, reply["message_id"])
    if message is None:
        if reply.get("allow_sending_without_reply"):
            return None
        raise bad_request("message to be replied not found")
    return {k: v for k, v in copy.deepcopy(message.data).items() if k != "reply_to_message"}


def store_sent(
    ctx: Context,
    chat: ChatState,
    params: Params,
    content: dict[str, Any],
    *,
    html: str | None,
    file: StoredFile | None = None,
) -> StoredMessage:
    """Record a message the bot sends and wake whoever waits for it."""
    markup = reply_markup(params)
    replied = _replied(ctx, chat, params)
    if replied is not None:
        content["reply_to_message"] = replied
    if markup and "inline_keyboard" in markup:
        content["reply_markup"] = markup  # Telegram echoes inline keyboards only
    message = ctx.state.add_message(chat, content, sender=None)
    message.html, message.markup, message.file = html, markup, file
    chat.changed.notify()
    return message


@handles("sendMessage")
async def send_message(ctx: Context, params: Params) -> dict[str, Any]:
    """sendMessage."""
    chat = target_chat(ctx, params)
    text = format_text(params["text"], params.get("parse_mode"), params.get("entities"))
    content = formatted_content(text, "text")
    html = html_source(params, "text", "entities")
    return store_sent(ctx, chat, params, content, html=html).data


def _editable(ctx: Context, params: Params) -> tuple[ChatState, StoredMessage]:
    if "inline_message_id" in params:
        raise not_implemented("inline messages (inline_message_id)")
    if "chat_id" not in params or "message_id" not in params:
        raise bad_request("message identifier is not specified")
    chat = target_chat(ctx, params)
    message = ctx.state.message(chat, params["message_id"])
    if message is None:
        raise bad_request("message to edit not found")
    if not message.from_bot:
        raise bad_request("message can't be edited")
    return chat, message


def _apply_edit(
    ctx: Context,
    chat: ChatState,
    message: StoredMessage,
    content: dict[str, Any],
    replaced: tuple[str, ...],
    params: Params,
    html: str | None,
) -> dict[str, Any]:
    markup = reply_markup(params)
    current = {k: message.data[k] for k in (*replaced, "reply_markup") if k in message.data}
    # Without reply_markup an edit removes the inline keyboard, exactly as on Telegram.
    proposed = content | ({"reply_markup": markup} if markup else {})
    if current == proposed:
        raise bad_request(NOT_MODIFIED)
    for key in (*replaced, "reply_markup"):
        message.data.pop(key, None)
    message.data.update(proposed)
    message.data["edit_date"] = ctx.state.now()
    message.html, message.markup = html, markup
    message.version += 1
    chat.changed.notify()
    return message.data


@handles("editMessageText")
async def edit_message_text(ctx: Context, params: Params) -> dict[str, Any]:
    """editMessageText."""
    chat, message = _editable(ctx, params)
    if "text" not in message.data:
        raise bad_request("there is no text in the message to edit")
    text = format_text(params["text"], params.get("parse_mode"), params.get("entities"))
    content = formatted_content(text, "text")
    html = html_source(params, "text", "entities")
    return _apply_edit(ctx, chat, message, content, ("text", "entities"), params, html)


@handles("editMessageCaption")
async def edit_message_caption(ctx: Context, params: Params) -> dict[str, Any]:
    """editMessageCaption."""
    chat, message = _editable(ctx, params)
    if "text" in message.data:
        raise bad_request("there is no caption in the message to edit")
    caption = format_text(
        params.get("caption", ""),
        params.get("parse_mode"),
        params.get("caption_entities"),
        caption=True,
    )
    content = formatted_content(caption, "caption")
    html = html_source(params, "caption", "caption_entities")
    keys = ("caption", "caption_entities")
    return _apply_edit(ctx, chat, message, content, keys, params, html)


@handles("editMessageReplyMarkup")
async def edit_message_reply_markup(ctx: Context, params: Params) -> dict[str, Any]:
    """editMessageReplyMarkup."""
    chat, message = _editable(ctx, params)
    return _apply_edit(ctx, chat, message, {}, (), params, message.html)


def _delete(ctx: Context, chat: ChatState, message_id: int) -> bool:
    message = ctx.state.message(chat, message_id)
    if message is None:
        return False
    if not message.from_bot and chat.type != "private":
        raise bad_request("message can't be deleted")
    message.deleted = True
    message.version += 1
    chat.changed.notify()
    return True


@handles("deleteMessage")
async def delete_message(ctx: Context, params: Params) -> bool:
    """deleteMessage."""
    if not _delete(ctx, target_chat(ctx, params), params["message_id"]):
        raise bad_request("message to delete not found")
    return True


@handles("deleteMessages")
async def delete_messages(ctx: Context, params: Params) -> bool:
    """deleteMessages: missing messages are skipped, as documented."""
    ids = params["message_ids"]
    if not 1 <= len(ids) <= 100:
        raise bad_request("message_ids must list 1-100 messages")
    chat = target_chat(ctx, params)
    for message_id in ids:
        _delete(ctx, chat, message_id)
    return True


@handles("sendChatAction")
async def send_chat_action(ctx: Context, params: Params) -> bool:
    """sendChatAction."""
    chat = target_chat(ctx, params)
    if params["action"] not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    ctx.state.chat_actions.append((chat.id, params["action"]))
    return True


@handles("answerCallbackQuery")
async def answer_callback_query(ctx: Context, params: Params) -> bool:
    """answerCallbackQuery: each query can be answered once."""
    if len(params.get("text", "")) > 200:
        raise bad_request("MESSAGE_TOO_LONG")
    pending = ctx.state.callbacks.pop(params["callback_query_id"], None)
    if pending is None:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    if not pending.answer.done():
        pending.answer.set_result(params)
    return True
