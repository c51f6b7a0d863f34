"""Where the Mini App shows up: MINIAPP_URL, the webhook server's routes, the Open buttons."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import SecretStr, ValidationError
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.app import build_application
from bot.config import Settings
from bot.miniapp.buttons import with_open_button
from bot.telegram.webhook import build_webhook_app

TOKEN = SecretStr("123:test")


def _settings(**values: Any) -> Settings:
    return Settings(telegram_bot_token=TOKEN, _env_file=None, **values)


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("https://tend.example/app", "/app/"),
        ("https://tend.example/app/", "/app/"),
        ("https://tend.example", "/"),
        ("http://127.0.0.1:8080/app/", "/app/"),
        ("http://localhost:9000/", "/"),
    ],
)
def test_config_miniapp_url_gives_the_served_path(url: str, path: str) -> None:
    assert _settings(miniapp_url=url).miniapp_path == path


@pytest.mark.parametrize(
    "url",
    ["http://tend.example/app/", "ftp://tend.example/", "https://tend.example/app?x=1", "app/"],
)
def test_config_miniapp_url_must_be_https_off_this_machine(url: str) -> None:
    with pytest.raises(ValidationError, match="MINIAPP_URL"):
        _settings(miniapp_url=url)


@pytest.mark.parametrize("miniapp_url", [None, "https://tend.example/app/"])
def test_webhook_server_serves_the_miniapp_only_when_configured(miniapp_url: str | None) -> None:
    settings = _settings(
        bot_mode="webhook",
        webhook_url="https://tend.example/telegram",
        webhook_secret=SecretStr("s" * 32),
        miniapp_url=miniapp_url,
    )
    web_app = build_webhook_app(build_application(settings), settings)
    paths = {resource.canonical for resource in web_app.router.resources()}
    assert {"/telegram", "/healthz"} <= paths
    assert ("/app/api/history" in paths) == (miniapp_url is not None)
    assert ("/app/" in paths) == (miniapp_url is not None)


def test_open_button_is_added_last_when_configured_and_nothing_changes_when_not() -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("On", callback_data="n:on")]])
    assert with_open_button(markup, _settings(), page="nudges") is markup
    configured = _settings(miniapp_url="https://tend.example/app")
    opened = with_open_button(markup, configured, page="nudges")
    assert opened.inline_keyboard[0] == markup.inline_keyboard[0]
    button = opened.inline_keyboard[-1][0]
    assert button.web_app is not None
    assert button.web_app.url == "https://tend.example/app/?page=nudges"
