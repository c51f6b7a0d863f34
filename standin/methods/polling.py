"""Getting updates: getUpdates, setWebhook, deleteWebhook, getWebhookInfo."""

from __future__ import annotations

import re
from typing import Any

from standin.errors import bad_request
from standin.methods.registry import Context, Params, handles

_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


@handles("getUpdates")
async def get_updates(ctx: Context, params: Params) -> list[dict[str, Any]]:
    """getUpdates: long polling; ``offset`` confirms every earlier update."""
    ctx.updates.set_allowed(params.get("allowed_updates"))
    return await ctx.updates.poll(
        offset=params.get("offset"), limit=params.get("limit"), seconds=params.get("timeout")
    )


@handles("setWebhook")
async def set_webhook(ctx: Context, params: Params) -> bool:
    """setWebhook. Unlike Telegram, plain http:// and any port are fine: it is all local."""
    url = params["url"]
    drop = bool(params.get("drop_pending_updates", False))
    if not url:
        await ctx.updates.delete_webhook(drop_pending=drop)
        return True
    if not url.startswith(("http://", "https://")):
        raise bad_request("bad webhook: HTTPS url must be provided for webhook")
    secret = params.get("secret_token")
    if secret is not None and not _SECRET.fullmatch(secret):
        raise bad_request("secret token contains unallowed characters")
    connections = params.get("max_connections", 40)
    if not 1 <= connections <= 100:
        raise bad_request("max_connections must be 1-100")
    ctx.updates.set_allowed(params.get("allowed_updates"))
    await ctx.updates.set_webhook(
        url, secret_token=secret, max_connections=connections, drop_pending=drop
    )
    return True


@handles("deleteWebhook")
async def delete_webhook(ctx: Context, params: Params) -> bool:
    """deleteWebhook."""
    await ctx.updates.delete_webhook(drop_pending=bool(params.get("drop_pending_updates", False)))
    return True


@handles("getWebhookInfo")
async def get_webhook_info(ctx: Context, params: Params) -> dict[str, Any]:
    """getWebhookInfo."""
    return ctx.updates.info()
