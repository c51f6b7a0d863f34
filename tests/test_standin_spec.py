"""Validation of Bot API calls against the vendored spec (no server involved)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from standin.spec import load_spec
from standin.uploads import Upload
from standin.validate import SpecError, Validator

KEYBOARD = {"inline_keyboard": [[{"text": "Another way", "callback_data": "alt:1"}]]}


@pytest.fixture(scope="module")
def validator() -> Validator:
    return Validator(load_spec())


def check(validator: Validator, method: str, params: dict[str, Any], *, form: bool = True) -> Any:
    found = validator.spec.method(method)
    assert found is not None
    return validator.check_params(found, params, form=form)


def test_spec_is_the_vendored_bot_api() -> None:
    spec = load_spec()
    assert spec.version.startswith("Bot API")
    assert {"getUpdates", "sendMessage", "editMessageText", "setWebhook"} <= {
        m.name for m in spec.methods.values()
    }
    assert "callback_query" in spec.update_types


def test_spec_method_names_are_case_insensitive() -> None:
    method = load_spec().method("SENDmessage")
    assert method is not None
    assert method.name == "sendMessage"


def test_validator_converts_form_fields_to_json_types(validator: Validator) -> None:
    params = check(
        validator,
        "sendMessage",
        {
            "chat_id": "-1001234",
            "text": "123",  # a String field keeps digits as text
            "disable_notification": "true",
            "reply_markup": json.dumps(KEYBOARD),
        },
    )
    assert params == {
        "chat_id": -1001234,
        "text": "123",
        "disable_notification": True,
        "reply_markup": KEYBOARD,
    }


def test_validator_accepts_usernames_for_integer_or_string(validator: Validator) -> None:
    assert check(validator, "sendMessage", {"chat_id": "@tend", "text": "x"})["chat_id"] == "@tend"


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"chat_id": "1"}, 'missing required parameter "text" for sendMessage'),
        ({"chat_id": "1", "text": "x", "parse_mod": "HTML"}, 'unknown parameter "parse_mod"'),
        (
            {"chat_id": "1", "text": "x", "disable_notification": "yes"},
            "disable_notification: expected Boolean",
        ),
        (
            {"chat_id": "1", "text": "x", "reply_markup": "{not json"},
            "reply_markup: can't parse JSON",
        ),
        (
            {
                "chat_id": "1",
                "text": "x",
                "reply_markup": '{"inline_keyboard": [[{"text": "a", "callbak_data": "b"}]]}',
            },
            'reply_markup.inline_keyboard[0][0]: unknown field "callbak_data"',
        ),
        (
            {
                "chat_id": "1",
                "text": "x",
                "reply_markup": '{"inline_keyboard": [[{"text": "a", "callback_data": 5}]]}',
            },
            "reply_markup.inline_keyboard[0][0].callback_data: expected String, got Integer",
        ),
        (
            {"chat_id": "1", "text": "x", "reply_markup": '{"inline_keyboard": [{"text": "a"}]}'},
            "reply_markup.inline_keyboard[0]: expected Array of InlineKeyboardButton",
        ),
        (
            {"chat_id": "1", "text": "x", "reply_markup": '{"keyboard": [["plain"]]}'},
            "reply_markup.keyboard[0][0]: expected KeyboardButton, got String",
        ),
        (
            {"chat_id": "1", "text": "x", "reply_markup": '{"inline": 1}'},
            "reply_markup: expected InlineKeyboardMarkup or ReplyKeyboardMarkup or "
            'ReplyKeyboardRemove or ForceReply, got an object with fields "inline"',
        ),
        (
            {"chat_id": "1", "text": "x", "reply_parameters": '{"message_id": "7"}'},
            "reply_parameters.message_id: expected Integer",
        ),
    ],
)
def test_validator_rejects_calls_outside_the_spec(
    validator: Validator, params: dict[str, Any], error: str
) -> None:
    with pytest.raises(SpecError) as caught:
        check(validator, "sendMessage", params)
    assert str(caught.value).startswith(error)


def test_validator_is_strict_about_json_bodies(validator: Validator) -> None:
    # In a JSON body an Integer must be a number: only form fields arrive as text.
    with pytest.raises(SpecError, match="chat_id: expected Integer or String, got Boolean"):
        check(validator, "sendMessage", {"chat_id": True, "text": "x"}, form=False)
    assert check(validator, "sendMessage", {"chat_id": 5, "text": "x"}, form=False)["chat_id"] == 5


@pytest.mark.parametrize(
    ("scope", "error"),
    [
        ({"type": "chat"}, 'BotCommandScopeChat lacks required field "chat_id"'),
        ({"type": "everyone"}, 'scope.type: "everyone" is not a kind of BotCommandScope'),
        ({"type": "default", "chat_id": 1}, 'unknown field "chat_id" in BotCommandScopeDefault'),
    ],
)
def test_validator_picks_subtypes_by_their_type_field(
    validator: Validator, scope: dict[str, Any], error: str
) -> None:
    with pytest.raises(SpecError, match=error):
        check(validator, "setMyCommands", {"commands": "[]", "scope": json.dumps(scope)})


def test_validator_accepts_each_subtype(validator: Validator) -> None:
    for scope in ({"type": "default"}, {"type": "chat", "chat_id": "@tend"}):
        params = check(validator, "setMyCommands", {"commands": "[]", "scope": json.dumps(scope)})
        assert params["scope"] == scope


def test_validator_takes_uploads_for_input_file(validator: Validator) -> None:
    upload = Upload("photo", "chart.png", "image/png", b"\x89PNG")
    assert check(validator, "sendPhoto", {"chat_id": "1", "photo": upload})["photo"] is upload
    assert (
        check(validator, "sendPhoto", {"chat_id": "1", "photo": "AgAD-file-id"})["photo"]
        == "AgAD-file-id"
    )
    with pytest.raises(SpecError, match="text: expected String, got an uploaded file"):
        check(validator, "sendMessage", {"chat_id": "1", "text": upload})


def test_validator_checks_results_and_updates(validator: Validator) -> None:
    message = {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}
    validator.check_type({"update_id": 1, "message": message}, "Update")
    with pytest.raises(SpecError, match=r"message\.chat: Chat lacks required field \"type\""):
        validator.check_type({"update_id": 1, "message": message | {"chat": {"id": 1}}}, "Update")
