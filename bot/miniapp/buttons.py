"""The "Open" button under /history and /nudges, when the Mini App is configured."""

from __future__ import annotations

from typing import Literal

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, WebAppInfo

from bot.config import Settings
from bot.miniapp import texts

Page = Literal["history", "nudges"]
_LABELS: dict[Page, str] = {
    "history": texts.BUTTON_OPEN_HISTORY,
    "nudges": texts.BUTTON_OPEN_SETTINGS,
}


def page_url(settings: Settings, page: Page) -> str | None:
    """The Mini App's address opening on `page`; None when MINIAPP_URL is not set."""
    if settings.miniapp_url is None:
        return None
    return f"{settings.miniapp_url.rstrip('/')}/?page={page}"


def with_open_button(
    markup: InlineKeyboardMarkup, settings: Settings, *, page: Page
) -> InlineKeyboardMarkup:
    """`markup` with an "Open" row added last; `markup` itself when there is no Mini App."""
    url = page_url(settings, page)
    if url is None:
        return markup
    button = InlineKeyboardButton(_LABELS[page], web_app=WebAppInfo(url))
    return InlineKeyboardMarkup([*markup.inline_keyboard, [button]])
