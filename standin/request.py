"""Reading a Bot API call's parameters the three ways Telegram accepts them."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from standin.errors import bad_request
from standin.uploads import Upload

_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


async def read_params(request: web.Request) -> tuple[dict[str, Any], bool]:
    """The call's parameters and whether they came as form fields (strings) or JSON.

    Query-string parameters count too, as on Telegram. Uploaded files become :class:`Upload`.
    """
    params: dict[str, Any] = dict(request.query)
    if request.method != "POST" or not request.body_exists:
        return params, True
    if request.content_type == "application/json":
        try:
            body = await request.json(loads=json.loads)
        except ValueError:
            raise bad_request("can't parse JSON-serialized request body") from None
        if not isinstance(body, dict):
            raise bad_request("the JSON request body must be an object")
        return params | body, False
    if request.content_type not in _FORMS:
        raise bad_request(f"unsupported Content-Type {request.content_type}")
    for name, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            data = value.file.read()
            params[name] = Upload(name, value.filename, value.content_type, data)
        else:
            params[name] = value
    return params, True


def split_attachments(params: dict[str, Any]) -> dict[str, Upload]:
    """Take out files uploaded under their own name and referenced as ``attach://<name>``."""
    # The reference may sit inside a JSON-serialized value (InputMedia), so search the text.
    text = " ".join(v for v in params.values() if isinstance(v, str) and "attach://" in v)
    attachments = {}
    for name, value in list(params.items()):
        if isinstance(value, Upload) and f"attach://{name}" in text:
            attachments[name] = params.pop(name)
    return attachments
