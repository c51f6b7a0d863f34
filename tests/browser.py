"""Debian's Chromium, driven by Playwright, for the Mini App's tests and benchmark.

The browser is the system's (`/usr/bin/chromium`, installed by scripts/chromium), never one
Playwright downloads. Each run gets a fresh profile. The page loads Telegram's script from
telegram.org; here a stand-in (tests/data/telegram-web-app-stub.js) answers that request with
the initData and theme a test chooses, and every other request off this machine is refused
and recorded, so a test can tell that the page asked for nothing third-party.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import pytest
from playwright.async_api import BrowserContext, Page, Route, async_playwright

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TELEGRAM_SCRIPT = "https://telegram.org/js/telegram-web-app.js"
STUB = (Path(__file__).parent / "data" / "telegram-web-app-stub.js").read_text()
Scheme = Literal["light", "dark"]
# Telegram's own palettes (its apps' default light and night themes), as themeParams.
THEMES: dict[Scheme, dict[str, str]] = {
    "light": {
        "bg_color": "#ffffff",
        "text_color": "#000000",
        "hint_color": "#707579",
        "link_color": "#3390ec",
        "button_color": "#3390ec",
        "button_text_color": "#ffffff",
        "secondary_bg_color": "#f4f4f5",
        "header_bg_color": "#ffffff",
        "accent_text_color": "#3390ec",
        "section_bg_color": "#ffffff",
        "section_header_text_color": "#3390ec",
        "subtitle_text_color": "#707579",
        "destructive_text_color": "#e53935",
        "section_separator_color": "#e7e7e7",
    },
    "dark": {
        "bg_color": "#212121",
        "text_color": "#ffffff",
        "hint_color": "#aaaaaa",
        "link_color": "#8774e1",
        "button_color": "#8774e1",
        "button_text_color": "#ffffff",
        "secondary_bg_color": "#0f0f0f",
        "header_bg_color": "#212121",
        "accent_text_color": "#8774e1",
        "section_bg_color": "#212121",
        "section_header_text_color": "#8774e1",
        "subtitle_text_color": "#aaaaaa",
        "destructive_text_color": "#ff595a",
        "section_separator_color": "#3d3d3d",
    },
}


def require_chromium() -> None:
    """Skip without the system browser locally; fail under CI (scripts/test installs it)."""
    if CHROMIUM.exists():
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing: scripts/chromium installs Debian's chromium")
    pytest.skip(f"{CHROMIUM} is missing (scripts/chromium installs it)")


def telegram_stub(init_data: str, scheme: Scheme, *, safe_bottom: int = 0) -> str:
    """The stand-in for Telegram's script, for this initData and theme."""
    config = {
        "initData": init_data,
        "colorScheme": scheme,
        "themeParams": THEMES[scheme],
        "safeArea": {"bottom": safe_bottom},
        "contentSafeArea": {},
    }
    return STUB.replace("/*CONFIG*/ {}", json.dumps(config))


@dataclass
class Visit:
    """One page load: what it asked for off this machine, and what it complained about."""

    page: Page
    refused: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@contextlib.asynccontextmanager
async def chromium(
    profile: Path, *, width: int = 390, height: int = 844
) -> AsyncIterator[BrowserContext]:
    """The system Chromium, headless, with a fresh profile at `profile`, phone-sized."""
    async with async_playwright() as playwright:
        context = await playwright.chromium.launch_persistent_context(
            profile,
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
            viewport={"width": width, "height": height},
            device_scale_factor=2,
            is_mobile=True,
            has_touch=True,
        )
        try:
            yield context
        finally:
            await context.close()


async def open_miniapp(
    context: BrowserContext, url: str, *, init_data: str, scheme: Scheme = "light"
) -> Visit:
    """Open the Mini App at `url` as Telegram would, signed in with `init_data`."""
    page = await context.new_page()
    visit = Visit(page)
    stub = telegram_stub(init_data, scheme)
    local = urlsplit(url).hostname

    async def route(request_route: Route) -> None:
        requested = request_route.request.url
        if requested.split("?", 1)[0] == TELEGRAM_SCRIPT:
            await request_route.fulfill(
                status=200, content_type="text/javascript; charset=utf-8", body=stub
            )
        elif urlsplit(requested).hostname == local:
            await request_route.continue_()
        else:
            visit.refused.append(requested)
            await request_route.abort()

    def console(message: Any) -> None:
        if message.type == "error":
            visit.errors.append(message.text)

    await page.route("**/*", route)
    page.on("console", console)
    page.on("pageerror", lambda error: visit.errors.append(str(error)))
    await page.goto(url)
    return visit
