"""The webhook server's edges: a clean 400 for any body that is not a plausible update (any
depth, any number size), and a /healthz that tells the truth about the database."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr

from bot.config import Settings
from bot.db.probe import DatabaseHealth
from bot.db.session import create_engine, create_sessionmaker
from bot.telegram.webhook import SECRET_HEADER, build_webhook_app, read_body

SECRET = "webhook-input-secret-0123456789"
GOOD: dict[str, Any] = {
    "update_id": 5,
    "message": {
        "message_id": 1,
        "date": 1_700_000_000,
        "chat": {"id": 42, "type": "private"},
        "from": {"id": 42, "is_bot": False, "first_name": "A"},
        "text": "hi",
    },
}


@dataclass
class _Data:
    database_health: DatabaseHealth | None = None


@dataclass
class _App:
    """What the webhook server uses of the application."""

    bot: Any = None
    running: bool = True
    bot_data: _Data = field(default_factory=_Data)
    update_queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)


def _settings() -> Settings:
    return Settings(
        telegram_bot_token=SecretStr("1:x"),
        bot_mode="webhook",
        webhook_url="https://example.org/hook",
        webhook_secret=SecretStr(SECRET),
    )


@pytest_asyncio.fixture
async def served() -> AsyncIterator[tuple[_App, TestClient[Any, Any]]]:
    app = _App()
    client: TestClient[Any, Any] = TestClient(
        TestServer(build_webhook_app(app, _settings()))  # type: ignore[arg-type]
    )
    await client.start_server()
    try:
        yield app, client
    finally:
        await client.close()


def _nested(depth: int) -> bytes:
    return b'{"update_id": 1, "message": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize(
    "body",
    [
        _nested(200_000),  # beyond Python's recursion limit
        _nested(500),  # parses, but no update nests like this
        json.dumps({**GOOD, "update_id": 2**70}).encode(),
        json.dumps({**GOOD, "update_id": -1}).encode(),
        json.dumps({**GOOD, "message": {**GOOD["message"], "chat": {"id": 10**30}}}).encode(),
        b'{"update_id": ' + b"9" * 5_000 + b"}",  # beyond int()'s digit limit
        b"not json",
        b"[]",
    ],
    ids=[
        "deep",
        "deeper-than-updates",
        "id-65-bits",
        "id-negative",
        "huge-number",
        "digits",
        "not-json",
        "not-object",
    ],
)
async def test_webhook_refuses_malformed_bodies_with_400(
    served: tuple[_App, TestClient[Any, Any]], body: bytes
) -> None:
    app, client = served
    response = await client.post("/hook", data=body, headers={SECRET_HEADER: SECRET})
    assert response.status == 400
    assert app.update_queue.empty()


async def test_webhook_accepts_a_plain_update(served: tuple[_App, TestClient[Any, Any]]) -> None:
    app, client = served
    response = await client.post("/hook", json=GOOD, headers={SECRET_HEADER: SECRET})
    assert response.status == 200
    assert (await app.update_queue.get()).update_id == 5


def test_webhook_read_body_keeps_64_bit_numbers() -> None:
    body = json.dumps({"update_id": 2**63 - 1, "x": -(2**63)}).encode()
    assert read_body(body) == {"update_id": 2**63 - 1, "x": -(2**63)}


@pytest.fixture
def sqlite_file(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "tend.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return path


async def test_webhook_healthz_fails_when_the_sqlite_file_is_gone(
    served: tuple[_App, TestClient[Any, Any]], sqlite_file: Path
) -> None:
    app, client = served
    db_url = f"sqlite+aiosqlite:///{sqlite_file}"
    engine = create_engine(db_url)
    try:
        app.bot_data.database_health = DatabaseHealth(create_sessionmaker(engine), url=db_url)
        assert (await client.get("/healthz")).status == 200
        await asyncio.to_thread(sqlite_file.unlink)
        response = await client.get("/healthz")
        assert response.status == 503
        assert "SQLite file is gone" in await response.text()
    finally:
        await engine.dispose()


async def test_webhook_healthz_fails_when_the_database_is_down(
    served: tuple[_App, TestClient[Any, Any]],
) -> None:
    app, client = served
    url = "postgresql+asyncpg://tend:tend@127.0.0.1:9/nowhere"  # nothing listens on port 9
    engine = create_engine(url)
    try:
        app.bot_data.database_health = DatabaseHealth(create_sessionmaker(engine), url=url)
        response = await client.get("/healthz")
        assert response.status == 503
        assert "not writable" in await response.text()
    finally:
        await engine.dispose()


async def test_webhook_healthz_says_starting_before_the_application_runs(
    served: tuple[_App, TestClient[Any, Any]],
) -> None:
    app, client = served
    app.running = False
    assert (await client.get("/healthz")).status == 503
