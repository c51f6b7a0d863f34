"""Run the real bot as a child process against a Bot API stand-in (tests, demo, benchmarks).

The bot is started exactly as in production (`python -m bot`), only with TELEGRAM_BASE_URL
pointing at the local stand-in, so what the tests exercise is what ships.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import IO

from standin import StandIn

READY_TIMEOUT_S = 60.0


class BotProcess:
    """`python -m bot` wired to `api`, with its own data folder and database."""

    def __init__(
        self,
        api: StandIn,
        *,
        data_dir: Path,
        database_url: str | None = None,
        env: Mapping[str, str] | None = None,
        log_file: Path | None = None,
    ) -> None:
        self.api = api
        self.data_dir = data_dir
        self.log_file = log_file or data_dir / "bot.log"
        self._env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": api.token,
            "TELEGRAM_BASE_URL": api.base_url,
            "DATA_DIR": str(data_dir),
            "NUDGE_POLL_SECONDS": "1",
            "PYTHONUNBUFFERED": "1",
            **({"DATABASE_URL": database_url} if database_url else {}),
            **(env or {}),
        }
        self._process: asyncio.subprocess.Process | None = None
        self._log: IO[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process else None

    async def start(self, *, wait_ready: bool = True) -> None:
        """Start the bot; by default wait until it polls (or has set its webhook)."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._log = self.log_file.open("ab")
        before = self.api.count("getUpdates") + self.api.count("setWebhook")
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            env=self._env,
            stdout=self._log,
            stderr=self._log,
            stdin=asyncio.subprocess.DEVNULL,
        )
        if wait_ready:
            await self.wait_ready(before)

    async def wait_ready(self, calls_before: int = 0) -> None:
        """Wait until the bot asks for updates (or registers its webhook)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + READY_TIMEOUT_S
        while self.api.count("getUpdates") + self.api.count("setWebhook") <= calls_before:
            if self._process is not None and self._process.returncode is not None:
                self._close_log()
                raise RuntimeError(f"the bot exited early:\n{self.log_tail()}")
            if loop.time() > deadline:
                await self.kill()
                raise TimeoutError(f"the bot did not start:\n{self.log_tail()}")
            await asyncio.sleep(0.05)

    async def stop(self, *, timeout: float = 15.0) -> int:
        """SIGTERM and wait for a clean exit; returns the exit code."""
        process = self._process
        if process is None:
            return 0
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), timeout)
            except TimeoutError:
                process.kill()
                await process.wait()
                raise
        self._close_log()
        return process.returncode if process.returncode is not None else -1

    async def kill(self) -> None:
        """SIGKILL: no clean-up at all, as in a crash."""
        process = self._process
        if process is not None and process.returncode is None:
            process.kill()
            await process.wait()
        self._close_log()

    def log_tail(self, lines: int = 40) -> str:
        """The end of the bot's log, for failure messages."""
        with contextlib.suppress(OSError):
            return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])
        return "(no log)"

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None
