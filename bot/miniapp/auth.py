"""Telegram's Mini App sign-in: validating `initData` exactly as the Bot API documents it.

Telegram hands the page `initData`, a query string signed with the bot's token: `hash` is
HMAC-SHA-256 of the data-check-string (every other field as `key=value`, sorted by key, joined
by newlines) under the key HMAC-SHA-256(key="WebAppData", msg=bot token). Nothing else about
the caller is trusted: the user id the API acts for is the one inside validated data.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final
from urllib.parse import parse_qsl, urlencode

MAX_AGE: Final = timedelta(hours=1)
# A clock a little ahead of ours is Telegram's, not an attack; more than this is refused.
CLOCK_SKEW: Final = timedelta(minutes=5)
MAX_INIT_DATA: Final = 4096


class InitDataError(ValueError):
    """initData that is not Telegram's, not for this bot, or too old. Never says which field
    was wrong to the caller (the API answers 401 and nothing else)."""


@dataclass(frozen=True, slots=True)
class WebAppUser:
    """Who opened the Mini App, as Telegram signed it."""

    user_id: int
    auth_date: datetime


def secret_key(bot_token: str) -> bytes:
    """HMAC-SHA-256 of the bot token under the constant "WebAppData" (the Bot API's rule)."""
    return hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()


def data_check_string(fields: dict[str, str]) -> str:
    """Every received field but `hash`, as `key=value`, sorted by key, joined by newlines."""
    return "\n".join(f"{key}={fields[key]}" for key in sorted(fields) if key != "hash")


def sign(fields: dict[str, str], *, bot_token: str) -> str:
    """The `hash` Telegram puts on `fields` (tests and benchmarks build initData with it)."""
    check = data_check_string(fields).encode()
    return hmac.new(secret_key(bot_token), check, hashlib.sha256).hexdigest()


def build_init_data(*, bot_token: str, user_id: int, auth_date: datetime, **extra: str) -> str:
    """initData as Telegram would hand it to the page (tests and benchmarks sign with it)."""
    fields = {
        "auth_date": str(int(auth_date.timestamp())),
        "query_id": "AAE-test",
        "user": json.dumps({"id": user_id, "first_name": "Test"}, separators=(",", ":")),
        **extra,
    }
    fields["hash"] = sign(fields, bot_token=bot_token)
    return urlencode(fields)


def validate(init_data: str, *, bot_token: str, now: datetime) -> WebAppUser:
    """The signed user, or InitDataError: bad or missing hash, auth_date older than MAX_AGE
    (or from the future), no user id, a repeated field, anything malformed."""
    if not init_data or len(init_data) > MAX_INIT_DATA:
        raise InitDataError("initData missing or too long")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError as exc:
        raise InitDataError("initData is not a query string") from exc
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise InitDataError("a field is repeated")
    given = fields.get("hash", "")
    expected = sign(fields, bot_token=bot_token)
    # Compared in constant time, and before anything else is believed.
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise InitDataError("hash does not match")
    try:
        auth_date = datetime.fromtimestamp(int(fields["auth_date"]), tz=now.tzinfo)
        user = json.loads(fields["user"])
        user_id = user["id"]
    except (KeyError, ValueError, TypeError, OverflowError, OSError) as exc:
        raise InitDataError("auth_date or user missing") from exc
    if not isinstance(user_id, int) or isinstance(user_id, bool) or user_id <= 0:
        raise InitDataError("user id is not a positive integer")
    if now - auth_date > MAX_AGE or auth_date - now > CLOCK_SKEW:
        raise InitDataError("initData expired")
    return WebAppUser(user_id, auth_date)
