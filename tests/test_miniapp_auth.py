"""initData validation, as the Bot API documents it (Web Apps: validating data)."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl, urlencode

import pytest

from bot.miniapp import auth

TOKEN = "123456:ABC-test-token"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _fields(init_data: str) -> dict[str, str]:
    return dict(parse_qsl(init_data, keep_blank_values=True))


def test_auth_secret_key_is_the_documented_derivation() -> None:
    """secret_key = HMAC_SHA256(key="WebAppData", msg=bot_token), hash over the sorted lines."""
    init_data = auth.build_init_data(bot_token=TOKEN, user_id=42, auth_date=NOW)
    fields = _fields(init_data)
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()) if k != "hash")
    secret = hmac.new(b"WebAppData", TOKEN.encode(), hashlib.sha256).digest()
    assert fields["hash"] == hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()


@pytest.mark.parametrize("age", [timedelta(0), timedelta(minutes=59), timedelta(minutes=-4)])
def test_auth_validate_accepts_fresh_signed_data(age: timedelta) -> None:
    init_data = auth.build_init_data(bot_token=TOKEN, user_id=42, auth_date=NOW - age)
    user = auth.validate(init_data, bot_token=TOKEN, now=NOW)
    assert user.user_id == 42


def _tampered(change: str) -> str:
    init_data = auth.build_init_data(bot_token=TOKEN, user_id=42, auth_date=NOW)
    fields = _fields(init_data)
    match change:
        case "other user":
            fields["user"] = fields["user"].replace("42", "43")
        case "no hash":
            del fields["hash"]
        case "empty hash":
            fields["hash"] = ""
        case "wrong hash":
            fields["hash"] = "0" * 64
        case "upper-case hash":
            fields["hash"] = fields["hash"].upper()
        case "other bot":
            fields["hash"] = auth.sign(fields, bot_token="999:OTHER")
        case "extra field":
            fields["start_param"] = "x"
        case "expired":
            fields["auth_date"] = str(int((NOW - timedelta(hours=1, seconds=1)).timestamp()))
            fields["hash"] = auth.sign(fields, bot_token=TOKEN)
        case "future":
            fields["auth_date"] = str(int((NOW + timedelta(minutes=10)).timestamp()))
            fields["hash"] = auth.sign(fields, bot_token=TOKEN)
        case "no user":
            del fields["user"]
            fields["hash"] = auth.sign(fields, bot_token=TOKEN)
        case "user id not a number":
            fields["user"] = '{"id":"42"}'
            fields["hash"] = auth.sign(fields, bot_token=TOKEN)
        case "no auth_date":
            del fields["auth_date"]
            fields["hash"] = auth.sign(fields, bot_token=TOKEN)
    return urlencode(fields)


@pytest.mark.parametrize(
    "change",
    [
        "other user",
        "no hash",
        "empty hash",
        "wrong hash",
        "upper-case hash",
        "other bot",
        "extra field",
        "expired",
        "future",
        "no user",
        "user id not a number",
        "no auth_date",
    ],
)
def test_auth_validate_refuses_forged_or_stale_data(change: str) -> None:
    with pytest.raises(auth.InitDataError):
        auth.validate(_tampered(change), bot_token=TOKEN, now=NOW)


@pytest.mark.parametrize("init_data", ["", "hash", "a=1&a=2&hash=x", "%zz", "x" * 5000])
def test_auth_validate_refuses_malformed_data(init_data: str) -> None:
    with pytest.raises(auth.InitDataError):
        auth.validate(init_data, bot_token=TOKEN, now=NOW)


def test_auth_validate_refuses_a_repeated_field_even_when_signed() -> None:
    init_data = auth.build_init_data(bot_token=TOKEN, user_id=42, auth_date=NOW)
    with pytest.raises(auth.InitDataError):
        auth.validate(init_data + "&user=%7B%22id%22%3A43%7D", bot_token=TOKEN, now=NOW)
