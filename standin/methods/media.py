"""Photos and documents (uploaded as multipart or reused by file_id) and getFile."""

from __future__ import annotations

import struct
from typing import Any

from standin.errors import ApiError, bad_request, not_implemented
from standin.methods.messages import formatted_content, html_source, store_sent, target_chat
from standin.methods.registry import Context, Params, handles
from standin.rules import format_text
from standin.state import StoredFile
from standin.uploads import Upload

PHOTO_LIMIT = 10 * 1024 * 1024
DOCUMENT_LIMIT = 50 * 1024 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"


def _file(ctx: Context, value: Upload | str, *, kind: str, limit: int) -> StoredFile:
    if isinstance(value, str):
        known = ctx.state.files.get(value)
        if known is not None:
            return known
        if value.startswith(("http://", "https://")):
            raise not_implemented("sending a file by URL (there is no internet here)")
        raise bad_request("wrong file identifier/HTTP URL specified")
    if not value.data:
        raise bad_request("file must be non-empty")
    if len(value.data) > limit:
        raise ApiError(413, "Request Entity Too Large")
    return ctx.state.store_file(
        value.data, kind=kind, file_name=value.filename, mime_type=value.content_type
    )


def image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG/JPEG/GIF/WebP image; None when it is not one."""
    if data.startswith(_PNG) and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return 512, 512  # Telegram re-encodes; the exact size does not matter here
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return int(width), int(height)
        i += 2 + int(length)
    return None


def _caption(params: Params) -> dict[str, Any]:
    caption = format_text(
        params.get("caption", ""),
        params.get("parse_mode"),
        params.get("caption_entities"),
        caption=True,
    )
    return formatted_content(caption, "caption")


@handles("sendPhoto")
async def send_photo(ctx: Context, params: Params) -> dict[str, Any]:
    """sendPhoto."""
    chat = target_chat(ctx, params)
    stored = _file(ctx, params["photo"], kind="photo", limit=PHOTO_LIMIT)
    size = image_size(stored.data)
    if size is None:
        raise bad_request("IMAGE_PROCESS_FAILED")
    photo = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "width": size[0],
        "height": size[1],
        "file_size": stored.size,
    }
    content = {"photo": [photo], **_caption(params)}
    html = html_source(params, "caption", "caption_entities")
    return store_sent(ctx, chat, params, content, html=html, file=stored).data


@handles("sendDocument")
async def send_document(ctx: Context, params: Params) -> dict[str, Any]:
    """sendDocument."""
    chat = target_chat(ctx, params)
    stored = _file(ctx, params["document"], kind="document", limit=DOCUMENT_LIMIT)
    document: dict[str, Any] = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
    }
    if stored.file_name:
        document["file_name"] = stored.file_name
    if stored.mime_type:
        document["mime_type"] = stored.mime_type
    content = {"document": document, **_caption(params)}
    html = html_source(params, "caption", "caption_entities")
    return store_sent(ctx, chat, params, content, html=html, file=stored).data


@handles("getFile")
async def get_file(ctx: Context, params: Params) -> dict[str, Any]:
    """getFile: the path to download from ``/file/bot<token>/<file_path>``."""
    stored = ctx.state.files.get(params["file_id"])
    if stored is None:
        raise bad_request("invalid file_id")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "file_path": stored.file_path,
    }
