"""The stand-in: an aiohttp Bot API server plus the root of the Python driving API."""

from __future__ import annotations

import asyncio
import itertools
import logging
import secrets
import socket
import time
from collections.abc import Callable, Iterable
from types import TracebackType
from typing import Any, Self

from aiohttp import web

from standin.dispatch import Call, Dispatcher, summary
from standin.faults import Faults
from standin.methods import Context
from standin.methods.account import commands_key
from standin.spec import load_spec
from standin.state import State
from standin.updates import Updates
from standin.users import SimChannel, SimGroup, SimUser
from standin.validate import Validator
from standin.webhook import Delivery

log = logging.getLogger("standin")


class StandIn:
    """A local fake Telegram Bot API server with simulated users.

    Use ``async with StandIn() as api:`` and point the bot at ``api.base_url`` with
    ``api.token``. Every call is validated against the vendored Bot API spec; anything a
    correct bot would never cause lands in :attr:`violations`.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        bot_first_name: str = "Tend",
        bot_username: str = "tend_test_bot",
        check_results: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.spec = load_spec()
        self.validator = Validator(self.spec)
        self.token = token or f"7000000001:STANDIN-{secrets.token_urlsafe(24)}"
        bot_id = int(self.token.split(":", 1)[0])
        bot = {"id": bot_id, "is_bot": True, "first_name": bot_first_name}
        self.state = State(bot=bot | {"username": bot_username}, clock=clock)
        self.updates = Updates(update_types=self.spec.update_types, clock=clock)
        self.faults = Faults()
        self.host = host
        self.port = port
        self.http = Dispatcher(
            token=self.token,
            validator=self.validator,
            context=Context(self.state, self.updates),
            faults=self.faults,
            check_results=check_results,
        )
        self.calls: list[Call] = self.http.calls  # the same lists, for short test code
        self.violations: list[str] = self.http.violations
        self._runner: web.AppRunner | None = None
        self._user_ids = itertools.count(100_000_001)
        self._group_ids = itertools.count(4_000_000_001)
        self._channel_ids = itertools.count(1_000_000_000_001)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """PTB's ``base_url``: PTB appends the token and ``/method``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB's ``base_file_url``."""
        return f"{self.url}/file/bot"

    @property
    def bot(self) -> dict[str, Any]:
        """The bot's User object."""
        return dict(self.state.bot)

    async def start(self) -> None:
        """Bind (a free port unless one was given) and serve."""
        app = self.http.app()
        # No handler_cancellation: a call whose client gave up (a timeout) still takes effect,
        # as on Telegram; a poller that hung up is answered into the void, its updates stay
        # unconfirmed and go to the next getUpdates.
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        await web.SockSite(self._runner, sock).start()
        self.port = sock.getsockname()[1]
        log.info("Bot API stand-in listening on %s", self.base_url)

    async def stop(self) -> None:
        """Stop serving; pending long polls end, webhook delivery stops."""
        await self.updates.close()
        for pending in self.state.callbacks.values():
            pending.answer.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # -- the driving API --------------------------------------------------------------------

    def user(
        self,
        first_name: str = "Alice",
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        is_premium: bool = False,
    ) -> SimUser:
        """A new simulated user with a private chat with the bot."""
        user_id = next(self._user_ids)
        names = {"first_name": first_name, "last_name": last_name, "username": username}
        names = {k: v for k, v in names.items() if v}
        data: dict[str, Any] = {"id": user_id, "is_bot": False, **names}
        if language_code:
            data["language_code"] = language_code
        if is_premium:
            data["is_premium"] = True
        chat = {"id": user_id, "type": "private", **names}
        return SimUser(self, data, self.state.add_chat(chat))

    def group(
        self,
        title: str = "Us two",
        *,
        members: Iterable[SimUser] = (),
        supergroup: bool = False,
        username: str | None = None,
    ) -> SimGroup:
        """A new group (or supergroup) with the bot in it."""
        if supergroup:
            chat = {"id": -next(self._channel_ids), "type": "supergroup", "title": title}
        else:
            chat = {"id": -next(self._group_ids), "type": "group", "title": title}
        if username:
            chat["username"] = username
        return SimGroup(self, self.state.add_chat(chat), list(members))

    def channel(self, title: str = "Tend news", *, username: str | None = None) -> SimChannel:
        """A new channel with the bot as an administrator."""
        chat = {"id": -next(self._channel_ids), "type": "channel", "title": title}
        if username:
            chat["username"] = username
        return SimChannel(self, self.state.add_chat(chat))

    def push_update(self, update: dict[str, Any]) -> dict[str, Any] | None:
        """Queue a raw update (an ``update_id`` is assigned unless given); None if filtered."""
        return self.updates.push(update)

    def on_update(self, listener: Callable[[dict[str, Any]], None]) -> None:
        """Call ``listener(update)`` for every update as it is queued (before delivery).

        Synchronous, on the stand-in's loop; the update is the stand-in's own: do not change it.
        """
        self.updates.listeners.append(listener)

    def on_bot_message(self, listener: Callable[[int, dict[str, Any]], None]) -> None:
        """Call ``listener(chat_id, message)`` the moment the bot sends a new message.

        Synchronous, inside the stand-in's handling of the call (so a timestamp taken there is
        the reply's arrival, whatever else the loop is doing); do not change ``message``.
        """
        self.state.sent_listeners.append(listener)

    async def wait_idle(self, *, quiet: float = 0.2, timeout: float = 10.0) -> None:
        """Wait until every update is taken, no call is running and ``quiet`` seconds passed.

        A heuristic: the bot may still be thinking about an update it has taken. Prefer
        ``wait_for_reply`` when you know what the bot will send.
        """
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            last = max(self.http.last_activity, self.updates.last_activity)
            busy = self.http.in_flight or self.updates.pending_count
            if not busy and now - last >= quiet:
                return
            if now >= deadline:
                raise TimeoutError(
                    f"stand-in not idle after {timeout}s: {self.updates.pending_count} updates "
                    f"pending, {self.http.in_flight} calls running; "
                    f"last calls: {self.recent_calls()}"
                )
            await asyncio.sleep(min(0.02, quiet))

    def count(self, method: str) -> int:
        """How many calls ``method`` got (faulted and rejected ones included)."""
        return sum(1 for call in self.calls if call.method.lower() == method.lower())

    def recent_calls(self, n: int = 8) -> list[str]:
        """The last ``n`` calls, briefly, for failure messages."""
        return [f"{c.method}({summary(c.params)[:120]})" for c in self.calls[-n:]]

    def assert_no_violations(self) -> None:
        """Fail (AssertionError) listing every violation so far."""
        if self.violations:
            listed = "\n  ".join(self.violations)
            raise AssertionError(f"{len(self.violations)} Bot API violations:\n  {listed}")

    def commands(
        self, *, scope: dict[str, Any] | None = None, language_code: str = ""
    ) -> list[dict[str, Any]]:
        """The commands set with setMyCommands for a scope and language."""
        return list(self.state.commands.get(commands_key(scope, language_code), []))

    def bot_text(self, field: str = "description", *, language_code: str = "") -> str | None:
        """What setMyDescription / setMyShortDescription / setMyName set (by result field)."""
        return self.state.texts.get((field, language_code))

    @property
    def chat_actions(self) -> list[tuple[int, str]]:
        """(chat_id, action) for every sendChatAction."""
        return list(self.state.chat_actions)

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        """Every webhook POST attempt, in order."""
        return list(self.updates.deliveries)
