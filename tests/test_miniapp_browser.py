"""The Mini App in headless Chromium, served by the real `python -m bot` process (polling
mode, MINIAPP_PORT) against the Bot API stand-in: what a user sees and changes, and who is
refused. Screenshots at 390×844, light and dark, go to bench/out/miniapp/ (not committed).
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from urllib.parse import parse_qsl, urlencode

import pytest
from bot_database import sessions_for, sqlite_url
from browser import Visit, chromium, open_miniapp, require_chromium
from playwright.async_api import Page, expect
from sqlalchemy import select

from bot.db.models import NudgeSettings, User
from bot.miniapp import auth
from bot.miniapp import texts as mt
from devtools.launcher import BotProcess
from standin import StandIn

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(240)]
ARTIFACTS = Path(__file__).resolve().parents[1] / "bench" / "out" / "miniapp"
STATUS_SAVED = "Saved."
ACCESSIBILITY_CHECK = (Path(__file__).parent / "data" / "accessibility-check.js").read_text()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
async def served(api: StandIn, tmp_path: Path) -> AsyncIterator[tuple[BotProcess, str]]:
    """The bot with its Mini App on a port of its own; yields the bot and the page's URL."""
    require_chromium()
    port = _free_port()
    url = f"http://127.0.0.1:{port}/app/"
    env = {"MINIAPP_URL": url, "MINIAPP_PORT": str(port), "WEBHOOK_LISTEN": "127.0.0.1"}
    process = BotProcess(api, data_dir=tmp_path / "data", env=env)
    await process.start()
    yield process, url
    assert await process.stop() == 0, process.log_tail()


def _signed(api: StandIn, user_id: int, *, age: timedelta = timedelta(0)) -> str:
    signed_at = datetime.now(UTC) - age
    return auth.build_init_data(bot_token=api.token, user_id=user_id, auth_date=signed_at)


async def _accessible(page: Page) -> list[str]:
    """Form controls without a label, and text below 4.5:1 against what is behind it."""
    return list(await page.evaluate(ACCESSIBILITY_CHECK))


async def _shoot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=ARTIFACTS / f"{name}.png")


async def _wait_saved(page: Page) -> None:
    await expect(page.locator("#status")).to_have_text(STATUS_SAVED)
    await page.evaluate("() => { document.getElementById('status').textContent = ''; }")


async def test_miniapp_in_chromium_shows_history_and_changes_settings(
    api: StandIn, served: tuple[BotProcess, str], tmp_path: Path
) -> None:
    bot, url = served
    erin = api.user("Erin")
    for draft in (
        "You never listen to me and you always interrupt me.",
        "It's your fault we're late again.",
        "Could we have dinner together on Friday?",
    ):
        await erin.send(draft)
        await erin.wait_for_reply(timeout=30)

    await erin.send("/nudges")
    screen = await erin.wait_for_reply()
    assert mt.BUTTON_OPEN_SETTINGS in screen.button_labels
    assert screen.reply_markup is not None
    opened = screen.reply_markup["inline_keyboard"][-1][0]["web_app"]["url"]
    assert opened == url + "?page=nudges"

    async with chromium(tmp_path / "profile") as context:
        visit = await open_miniapp(context, url + "?page=history", init_data=_signed(api, erin.id))
        page = visit.page
        bars = page.locator("svg.chart g.week")
        await expect(bars).to_have_count(12)
        await expect(page.locator("svg.chart rect.flagged")).to_have_count(1)
        this_week = bars.nth(11)
        label = await this_week.get_attribute("aria-label")
        assert label is not None and "3 drafts checked, 2 flagged (67%)" in label
        await this_week.click()
        await expect(page.locator("#week")).to_be_visible()
        await expect(page.locator("#week-phrases li").first).not_to_have_text("None this week.")
        assert await page.evaluate("Telegram.WebApp.BackButton.isVisible")
        assert await page.evaluate("Telegram.WebApp.headerColor") == "secondary_bg_color"
        assert await _accessible(page) == []
        await _shoot(page, "history-light")
        await page.evaluate("Telegram.WebApp.BackButton.press()")
        await expect(page.locator("#week")).to_be_hidden()
        assert not await page.evaluate("Telegram.WebApp.BackButton.isVisible")

        # Nudges: a real time picker, and the chat's /nudges shows what was picked.
        await page.click(".tab[data-page=nudges]")
        await page.fill("#zone-search", "Delhi")  # no zone by that name: the chat's reading
        await page.click("#zone-typed")
        await _wait_saved(page)
        await expect(page.locator("#zone-current")).to_have_text("Now: Asia/Kolkata")
        await page.fill("#zone-search", "berl")
        await expect(page.locator("#zone-list option")).to_have_count(1)
        await page.select_option("#zone-list", "Europe/Berlin")
        await _wait_saved(page)
        await page.fill("#nudge-time", "21:15")
        await _wait_saved(page)
        await page.check("#nudges-on")
        await _wait_saved(page)
        async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
            stored = await session.scalar(
                select(NudgeSettings.local_time).where(NudgeSettings.user_id == erin.id)
            )
        assert stored == time(21, 15)
        await erin.send("/nudges")
        screen = await erin.wait_for_reply()
        assert "Time: 21:15" in screen.text and "Europe/Berlin" in screen.text.replace(" ", "_")
        assert "Status: on" in screen.text
        assert await _accessible(page) == []
        await _shoot(page, "nudges-light")

        # Privacy: discreet mode on, then off again, in the database each time.
        await page.click(".tab[data-page=privacy]")
        for choice, seconds in (("10m", 600), ("off", None)):
            await page.check(f"input[name=discreet][value='{choice}']")
            await _wait_saved(page)
            async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
                user = await session.get(User, erin.id)
            assert user is not None and user.discreet_delete_seconds == seconds
        await page.click("#forget")
        await expect(page.locator("#confirm")).to_be_visible()
        assert await _accessible(page) == []
        await _shoot(page, "privacy-light")
        await page.click("#confirm-no")
        await expect(page.locator("#confirm")).to_be_hidden()
        assert visit.refused == [] and visit.errors == []

        for width in (360, 430):
            await page.set_viewport_size({"width": width, "height": 844})
            for tab in ("history", "nudges", "privacy"):
                await page.click(f".tab[data-page={tab}]")
                assert await page.evaluate("document.documentElement.scrollWidth") <= width

        dark = await open_miniapp(
            context, url + "?page=history", init_data=_signed(api, erin.id), scheme="dark"
        )
        await dark.page.set_viewport_size({"width": 390, "height": 844})
        await expect(dark.page.locator("svg.chart g.week")).to_have_count(12)
        await dark.page.locator("svg.chart g.week").nth(11).click()
        assert await _accessible(dark.page) == []
        await _shoot(dark.page, "history-dark")
        for tab in ("nudges", "privacy"):
            await dark.page.click(f".tab[data-page={tab}]")
            await expect(dark.page.locator(f"#{tab}")).to_be_visible()
            await dark.page.wait_for_timeout(100)  # the zone list fills after the tab shows
            assert await _accessible(dark.page) == []
            await _shoot(dark.page, f"{tab}-dark")
        assert dark.refused == [] and dark.errors == []

        # Delete everything, confirmed: the page ends there, and loads nothing again.
        await page.click(".tab[data-page=privacy]")
        await page.click("#forget")
        await page.click("#confirm-yes")
        await expect(page.locator("#notice")).to_have_text(mt.FORGOTTEN)
        await expect(page.locator("#privacy")).to_be_hidden()
        async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
            assert await session.get(User, erin.id) is None


def _forged(api: StandIn, signer_id: int, victim_id: int) -> str:
    """initData Telegram signed for `signer_id`, with the user id swapped for the victim's."""
    fields = dict(parse_qsl(_signed(api, signer_id)))
    fields["user"] = fields["user"].replace(str(signer_id), str(victim_id))
    return urlencode(fields)


async def _refused(visit: Visit) -> None:
    await expect(visit.page.locator("#notice")).to_have_text(mt.NOT_SIGNED_IN)
    await expect(visit.page.locator("svg.chart")).to_have_count(0)
    await expect(visit.page.locator(".tabs")).to_be_hidden()


async def test_miniapp_in_chromium_refuses_forged_expired_and_foreign_init_data(
    api: StandIn, served: tuple[BotProcess, str], tmp_path: Path
) -> None:
    bot, url = served
    erin, mallory = api.user("Erin"), api.user("Mallory")
    await erin.send("You never listen to me.")
    await erin.wait_for_reply(timeout=30)
    other_bot = auth.build_init_data(
        bot_token="7000000002:ANOTHER-BOT", user_id=erin.id, auth_date=datetime.now(UTC)
    )
    attempts = {
        "forged": _forged(api, mallory.id, erin.id),
        "expired": _signed(api, erin.id, age=timedelta(hours=1, minutes=1)),
        "another bot's": other_bot,
    }
    async with chromium(tmp_path / "profile") as context:
        for init_data in attempts.values():
            await _refused(await open_miniapp(context, url, init_data=init_data))
        # Signed for Mallory: Mallory's own (empty) history, never Erin's draft.
        visit = await open_miniapp(context, url, init_data=_signed(api, mallory.id))
        await expect(visit.page.locator("svg.chart g.week")).to_have_count(12)
        await expect(visit.page.locator("svg.chart rect.checked")).to_have_count(0)
        await expect(visit.page.locator("#history-empty")).to_be_visible()
    async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
        erins = await session.get(User, erin.id)
    assert erins is not None and erins.discreet_delete_seconds is None
    log = bot.log_file.read_text()
    assert "You never listen" not in log and "hash=" not in log
