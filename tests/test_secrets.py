"""The bot token and the webhook secret never leave: not in a log line, an exception's text, a
traceback, or anything printed at start-up; and webhook mode refuses to run unauthenticated.

The bot runs as a real process against small Bot API fakes that misbehave on purpose: one
answers 401 (a revoked token), one answers every call with an error that quotes the request
URL (which holds the token). All of the process's output is searched.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import pytest
import pytest_asyncio
from aiohttp import web
from pydantic import SecretStr, ValidationError
from telegram.error import BadRequest, InvalidToken

from bot.config import Settings
from bot.logs import SafeFormatter, secret_variants

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(120)]

TOKEN = "8123456789:AAH-leakCheckSecretPart_0123456789abcd"
SECRET_HALF = TOKEN.split(":", 1)[1]
FAKE_BOT = {"id": 8123456789, "is_bot": True, "first_name": "Tend", "username": "tend_bot"}

Answer = Callable[[web.Request], web.Response]


def _revoked(_: web.Request) -> web.Response:
    body = {"ok": False, "error_code": 401, "description": "Unauthorized"}
    return web.json_response(body, status=401)


def _quotes_the_url(request: web.Request) -> web.Response:
    if request.path.endswith("/getMe"):
        return web.json_response({"ok": True, "result": FAKE_BOT})
    body = {"ok": False, "error_code": 400, "description": f"Bad Request: at {request.url}"}
    return web.json_response(body, status=400)


@pytest_asyncio.fixture
async def fake_api() -> AsyncIterator[Callable[[Answer], Awaitable[str]]]:
    """Starts a one-route Bot API fake answering with the given function; yields its base URL."""
    runners: list[web.AppRunner] = []

    async def start(answer: Answer) -> str:
        async def handle(request: web.Request) -> web.Response:
            await request.read()
            return answer(request)

        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        runners.append(runner)
        port = runner.addresses[0][1]
        return f"http://127.0.0.1:{port}/bot"

    yield start
    for runner in runners:
        await runner.cleanup()


async def _run_bot(
    tmp_path: Path, env: dict[str, str], *, seconds: float = 40.0
) -> tuple[int, str]:
    """Run `python -m bot` until it exits (or `seconds` pass: then SIGTERM); its exit code
    and everything it wrote to stdout and stderr."""
    full_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))},
        "DATA_DIR": str(tmp_path / "data"),
        "LOG_LEVEL": "DEBUG",
        "ANALYZER_WORKERS": "0",
        "PYTHONUNBUFFERED": "1",
        **env,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        env=full_env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        stdin=asyncio.subprocess.DEVNULL,
    )
    try:
        output, _ = await asyncio.wait_for(process.communicate(), seconds)
    except TimeoutError:
        process.terminate()
        output, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, output.decode(errors="replace")


def _assert_no_secret(output: str, *secrets: str) -> None:
    for secret in secrets:
        assert secret.casefold() not in output.casefold(), f"a secret leaked:\n{output[-3000:]}"


async def test_secrets_revoked_token_exits_clearly_without_printing_it(
    fake_api: Callable[[Answer], Awaitable[str]], tmp_path: Path
) -> None:
    base_url = await fake_api(_revoked)
    code, output = await _run_bot(
        tmp_path, {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": base_url}
    )
    assert code == 2, output
    assert "rejected TELEGRAM_BOT_TOKEN" in output
    _assert_no_secret(output, TOKEN, SECRET_HALF)


async def test_secrets_errors_quoting_the_url_are_redacted_everywhere(
    fake_api: Callable[[Answer], Awaitable[str]], tmp_path: Path
) -> None:
    base_url = await fake_api(_quotes_the_url)
    code, output = await _run_bot(
        tmp_path, {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": base_url}
    )
    assert "[redacted]" in output, output[-3000:]  # the error text was there, cleaned
    assert code != 0
    _assert_no_secret(output, TOKEN, SECRET_HALF)


@pytest.mark.parametrize("secret", ["", "short", "fifteen-chars-x"])
async def test_secrets_webhook_mode_refuses_an_empty_or_short_secret(
    tmp_path: Path, secret: str
) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "BOT_MODE": "webhook",
        "WEBHOOK_URL": "https://example.org/hook",
        "WEBHOOK_SECRET": secret,
    }
    code, output = await _run_bot(tmp_path, env, seconds=30)
    assert code == 2, output
    assert "WEBHOOK_SECRET must be at least 16 characters" in output
    if secret:
        _assert_no_secret(output, secret)
    _assert_no_secret(output, TOKEN, SECRET_HALF)


def test_secrets_settings_refuse_a_short_webhook_secret() -> None:
    with pytest.raises(ValidationError):
        Settings(
            telegram_bot_token=SecretStr(TOKEN),
            bot_mode="webhook",
            webhook_url="https://example.org/hook",
            webhook_secret=SecretStr(""),
        )


def _record_with(exc: BaseException) -> logging.LogRecord:
    try:
        raise exc
    except BaseException:
        return logging.LogRecord(
            "t", logging.ERROR, __file__, 1, "failed: %s", (exc,), exc_info=sys.exc_info()
        )


@pytest.mark.parametrize(
    "error",
    [
        InvalidToken(f"The token `{TOKEN}` was rejected by the server."),
        BadRequest(f"Bad Request: https://api.telegram.org/bot{TOKEN}/sendMessage"),
        RuntimeError(f"url=https://api.telegram.org/bot{TOKEN.replace(':', '%3A')}/getMe"),
        RuntimeError(f"secret half only: {SECRET_HALF}"),
    ],
)
def test_secrets_formatter_redacts_message_exception_text_and_traceback(
    error: BaseException,
) -> None:
    formatter = SafeFormatter("%(message)s", secrets=[TOKEN])
    line = formatter.format(_record_with(error))
    _assert_no_secret(line, TOKEN, SECRET_HALF)
    assert type(error).__name__ in line


def test_secrets_variants_cover_the_encoded_token_and_its_secret_half() -> None:
    variants = secret_variants([TOKEN, ""])
    assert TOKEN in variants and SECRET_HALF in variants
    assert TOKEN.replace(":", "%3A") in variants
