"""The Mini App's HTTP API on SQLite and PostgreSQL: who may call it, what it reads and changes.

The server is `bot.miniapp.server.build_app` on the test database and a fake clock, with a
PTB `Bot` talking to the Bot API stand-in for /export's file and /forget's deletions.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from bot_database import record_check
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot

from bot.clock import FakeClock
from bot.db import repository as repo
from bot.db.models import User
from bot.miniapp import auth, server
from bot.miniapp import texts as mt
from bot.nudges import service as nudges
from standin import StandIn

Sessions = async_sessionmaker[AsyncSession]
PATH = "/app/"
DRAFT = "You never listen to me, it's always about your phone."


@dataclass
class Backend:
    sessionmaker: Sessions
    clock: FakeClock


@dataclass(frozen=True)
class Found:
    category: str
    text: str


@pytest.fixture
async def ptb(api: StandIn) -> AsyncIterator[Bot]:
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        yield bot


@pytest.fixture
async def client(
    sessionmaker: Sessions, clock: FakeClock, ptb: Bot, api: StandIn
) -> AsyncIterator[TestClient[Any, Any]]:
    app = server.build_app(
        backend=Backend(sessionmaker, clock), bot=ptb, bot_token=api.token, path=PATH
    )
    async with TestClient(TestServer(app)) as test_client:
        yield test_client


def _auth(api: StandIn, clock: FakeClock, user_id: int, **age: float) -> dict[str, str]:
    signed_at = clock.now() - timedelta(**age)
    init_data = auth.build_init_data(bot_token=api.token, user_id=user_id, auth_date=signed_at)
    return {"Authorization": f"tma {init_data}"}


async def _seed(sessions: Sessions, clock: FakeClock, user_id: int, *, keep: bool) -> None:
    async with sessions.begin() as session:
        await repo.get_or_create_user(session, user_id=user_id, chat_id=user_id, now=clock.now())
        await repo.update_user(session, user_id=user_id, keep_drafts=keep)
        for days in (0, 1, 8):
            await record_check(
                session,
                user_id=user_id,
                chat_id=user_id,
                now=clock.now() - timedelta(days=days),
                flagged=True,
                patterns=[Found("absolute", "you never"), Found("blame", "your phone")],
                draft_text=DRAFT,
            )
        await record_check(
            session,
            user_id=user_id,
            chat_id=user_id,
            now=clock.now(),
            flagged=False,
            patterns=[],
            draft_text="I miss you.",
        )


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "tma "},
        {"Authorization": "Bearer x"},
        {"Authorization": "tma auth_date=1&hash=00&user=%7B%22id%22%3A1%7D"},
    ],
)
@pytest.mark.parametrize(
    ("method", "route"),
    [("GET", "api/history"), ("GET", "api/settings"), ("POST", "api/settings")],
)
async def test_miniapp_api_refuses_calls_without_valid_init_data(
    client: TestClient[Any, Any], headers: dict[str, str], method: str, route: str
) -> None:
    response = await client.request(method, PATH + route, headers=headers, json={})
    assert response.status == 401
    assert (await response.json()) == {"error": mt.NOT_SIGNED_IN}


@pytest.mark.parametrize(
    ("age", "token"), [({"hours": 1, "seconds": 1}, None), ({}, "111:ANOTHER-BOT")]
)
async def test_miniapp_api_refuses_expired_or_other_bots_init_data(
    client: TestClient[Any, Any],
    api: StandIn,
    clock: FakeClock,
    age: dict[str, float],
    token: str | None,
) -> None:
    signed_at = clock.now() - timedelta(**age)
    init_data = auth.build_init_data(bot_token=token or api.token, user_id=5, auth_date=signed_at)
    response = await client.get(
        PATH + "api/settings", headers={"Authorization": f"tma {init_data}"}
    )
    assert response.status == 401


async def test_miniapp_history_shows_weeks_and_flagged_words_never_drafts(
    client: TestClient[Any, Any],
    api: StandIn,
    clock: FakeClock,
    sessionmaker: Sessions,
    caplog: pytest.LogCaptureFixture,
) -> None:
    await _seed(sessionmaker, clock, 5, keep=True)
    caplog.set_level(logging.DEBUG)
    response = await client.get(PATH + "api/history", headers=_auth(api, clock, 5))
    assert response.status == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = await response.text()
    data = json.loads(body)
    assert len(data["weeks"]) == 12
    this_week = data["weeks"][-1]
    assert (this_week["checked"], this_week["flagged"]) == (3, 2)  # Wed and Tue: same week
    assert this_week["phrases"] == [
        {"phrase": "you never", "count": 2},
        {"phrase": "your phone", "count": 2},
    ]
    assert {c["label"] for c in this_week["categories"]} == {"always/never", "blame"}
    assert data["weeks"][-2]["checked"] == 1
    assert data["chart"].startswith("<svg") and data["chart"].count('class="week"') == 12
    assert "67%" in data["chart"]
    # Kept drafts stay in the database: not in the answer, not in a header, not in a log.
    for text in (DRAFT, "I miss you"):
        assert text not in body
        assert text not in str(dict(response.headers))
        assert text not in caplog.text


async def test_miniapp_user_reads_and_changes_only_their_own_settings(
    client: TestClient[Any, Any], api: StandIn, clock: FakeClock, sessionmaker: Sessions
) -> None:
    await _seed(sessionmaker, clock, 5, keep=False)
    change = {"what": "nudge_time", "value": "21:15"}
    response = await client.post(PATH + "api/settings", headers=_auth(api, clock, 6), json=change)
    assert response.status == 200
    assert (await response.json()) == {
        "nudges": {
            "enabled": False,
            "time": "21:15",
            "zone": None,
            "frequency": "daily",
            "paused": False,
            "next": None,
            "done": 0,
        }
    }
    # User 6 changed their own time; user 5's is untouched and their history unseen.
    view = await nudges.get_view(sessionmaker, now=clock.now(), user_id=5, chat_id=5)
    assert view.local_time == time(20, 0)
    history = await (await client.get(PATH + "api/history", headers=_auth(api, clock, 6))).json()
    assert all(week["checked"] == 0 for week in history["weeks"])
    # A user id in the body is not how the API knows who is calling.
    sneaky = {"what": "discreet", "value": "1h", "user_id": 5}
    await client.post(PATH + "api/settings", headers=_auth(api, clock, 6), json=sneaky)
    async with sessionmaker() as session:
        five, six = await session.get(User, 5), await session.get(User, 6)
    assert five is not None and five.discreet_delete_seconds is None
    assert six is not None and six.discreet_delete_seconds == 3600


@pytest.mark.parametrize(
    ("what", "value", "check"),
    [
        ("nudge_time", "07:05", lambda s: s["nudges"]["time"] == "07:05"),
        ("zone", "Europe/Berlin", lambda s: s["nudges"]["zone"] == "Europe/Berlin"),
        ("zone", "Delhi", lambda s: s["nudges"]["zone"] == "Asia/Kolkata"),
        ("zone", "utc+2", lambda s: s["nudges"]["zone"] == "UTC+02:00"),
        ("frequency", "weekdays", lambda s: s["nudges"]["frequency"] == "weekdays"),
        ("listen_time", "18:30", lambda s: s["listen"]["daily_time"] == "18:30"),
        ("listen_time", None, lambda s: s["listen"]["daily_time"] is None),
        ("keep_drafts", True, lambda s: s["privacy"]["keep_drafts"] is True),
        ("discreet", "10m", lambda s: s["privacy"]["discreet"] == "10m"),
        ("discreet", "off", lambda s: s["privacy"]["discreet"] == "off"),
    ],
)
async def test_miniapp_settings_change_applies_one_setting(
    client: TestClient[Any, Any],
    api: StandIn,
    clock: FakeClock,
    what: str,
    value: object,
    check: Any,
) -> None:
    response = await client.post(
        PATH + "api/settings", headers=_auth(api, clock, 9), json={"what": what, "value": value}
    )
    assert response.status == 200, await response.text()
    assert check(await response.json())


async def test_miniapp_zone_not_understood_gets_the_chats_explanation(
    client: TestClient[Any, Any], api: StandIn, clock: FakeClock
) -> None:
    body = {"what": "zone", "value": "Berlinn"}
    response = await client.post(PATH + "api/settings", headers=_auth(api, clock, 9), json=body)
    assert response.status == 422
    message = (await response.json())["error"]
    assert "Berlin" in message and "<" not in message


async def test_miniapp_nudges_need_a_zone_then_turn_on_and_pause(
    client: TestClient[Any, Any], api: StandIn, clock: FakeClock
) -> None:
    headers = _auth(api, clock, 9)

    async def post(what: str, value: object) -> Any:
        return await client.post(
            PATH + "api/settings", headers=headers, json={"what": what, "value": value}
        )

    refused = await post("nudges", True)
    assert refused.status == 422
    assert (await refused.json())["error"] == mt.ZONE_FIRST
    await post("zone", "Asia/Tokyo")
    on = await (await post("nudges", True)).json()
    assert on["nudges"]["enabled"] and on["nudges"]["next"]
    paused = await (await post("paused", True)).json()
    assert paused["nudges"]["paused"]
    resumed = await (await post("paused", False)).json()
    assert not resumed["nudges"]["paused"]


@pytest.mark.parametrize(
    "body",
    [
        {"what": "nudge_time", "value": "25:00"},
        {"what": "zone", "value": "Atlantis/Nowhere"},
        {"what": "frequency", "value": "hourly"},
        {"what": "discreet", "value": "5s"},
        {"what": "keep_drafts", "value": "yes"},
        {"what": "user_id", "value": 5},
        {"value": 1},
        [],
    ],
)
async def test_miniapp_settings_change_refuses_what_the_chat_would_refuse(
    client: TestClient[Any, Any], api: StandIn, clock: FakeClock, body: object
) -> None:
    response = await client.post(PATH + "api/settings", headers=_auth(api, clock, 9), json=body)
    assert response.status in {400, 422}


async def test_miniapp_export_goes_to_the_chat_and_forget_needs_confirmation(
    client: TestClient[Any, Any], api: StandIn, clock: FakeClock, sessionmaker: Sessions
) -> None:
    erin = api.user("Erin")
    await _seed(sessionmaker, clock, erin.id, keep=False)
    headers = _auth(api, clock, erin.id)
    exported = await client.post(PATH + "api/export", headers=headers, json={})
    assert (await exported.json())["message"] == mt.EXPORT_SENT
    document = await erin.wait_for_reply()
    assert document.document is not None
    assert json.loads(document.document.data)["user"]["id"] == erin.id

    unconfirmed = await client.post(PATH + "api/forget", headers=headers, json={})
    assert unconfirmed.status == 400
    forgotten = await client.post(PATH + "api/forget", headers=headers, json={"confirm": True})
    assert (await forgotten.json())["message"] == mt.FORGOTTEN
    async with sessionmaker() as session:
        assert await session.get(User, erin.id) is None


async def test_miniapp_page_is_served_under_a_strict_policy(
    client: TestClient[Any, Any],
) -> None:
    page = await client.get(PATH, headers={"Accept-Encoding": "gzip"})
    assert page.status == 200
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    assert "script-src 'self' https://telegram.org;" in policy
    assert "unsafe" not in policy
    html = await page.text()
    assert server.TELEGRAM_SCRIPT in html
    for name in ("app.js", "app.css", "choices.json"):
        asset = await client.get(PATH + name)
        assert asset.status == 200
        again = await client.get(PATH + name, headers={"If-None-Match": asset.headers["ETag"]})
        assert again.status == 304
    assert (await client.get(PATH + "index.html")).status == 404


class _FailingSessions:
    """A sessionmaker whose database fails with a message quoting a flagged phrase."""

    quoted = "parameters: ('you never listen',)"

    def begin(self) -> Any:
        raise RuntimeError(self.quoted)


async def test_miniapp_api_failure_is_logged_without_its_message(
    api: StandIn, clock: FakeClock, ptb: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    backend = Backend(_FailingSessions(), clock)  # type: ignore[arg-type]
    app = server.build_app(backend=backend, bot=ptb, bot_token=api.token, path=PATH)
    async with TestClient(TestServer(app)) as failing:
        response = await failing.get(PATH + "api/history", headers=_auth(api, clock, 5))
        assert response.status == 500
        assert (await response.json()) == {"error": mt.BAD_REQUEST}
    assert "RuntimeError" in caplog.text and "you never" not in caplog.text
