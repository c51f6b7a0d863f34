"""Long polling that survives an update the library cannot read.

PTB decodes a whole `getUpdates` answer at once. If one update in it does not decode (a field
newer than the library, or a malformed answer from a proxy), the call raises something that
is not a `TelegramError`, PTB's polling loop stops for good, and the bot goes silent while its
process looks healthy. The offset never moves past the bad update, so a restart fails the
same way. Here the answer is decoded update by update instead, and an unreadable one becomes
an empty `Update` with its id: no handler matches it, the offset moves on, and the users
behind every other update get their replies.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any, cast

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import JSONDict, ODVInput
from telegram.error import TelegramError
from telegram.ext import ExtBot

from bot.db.repository.inbox import Arrival
from bot.telegram.inbox import Inbox

log = logging.getLogger(__name__)


class LenientBot(ExtBot[None]):
    """An `ExtBot` whose `get_updates` skips (and logs) updates it cannot decode, and holds
    each batch in the inbox (bot/telegram/inbox.py) before returning it: PTB confirms a batch
    with its next call, so a batch is acknowledged only once it is durably held."""

    _inbox: Inbox | None = None
    _polled: list[dict[str, Any]] | None = None

    def attach_inbox(self, inbox: Inbox) -> None:
        """Hold every polled update in `inbox` from now on."""
        self._inbox = inbox

    @property
    def inbox(self) -> Inbox | None:
        """The inbox polled and webhook updates are held in (None before start-up)."""
        return self._inbox

    async def _post(
        self,
        endpoint: str,
        data: JSONDict | None = None,
        *,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
        api_kwargs: JSONDict | None = None,
    ) -> Any:
        result = await super()._post(
            endpoint,
            data,
            read_timeout=read_timeout,
            write_timeout=write_timeout,
            connect_timeout=connect_timeout,
            pool_timeout=pool_timeout,
            api_kwargs=api_kwargs,
        )
        return self._answered(endpoint, result)

    def _answered(self, endpoint: str, result: Any) -> Any:
        """The decoded JSON answer to `endpoint`, before PTB builds objects from it; a
        subclass may trim what it never reads (bot/telegram/client.py)."""
        if endpoint == "getUpdates" and isinstance(result, list):
            self._polled = result  # read back by get_updates in the same call
        return result

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        self._polled = None
        try:
            updates = await super().get_updates(*args, **kwargs)
        except TelegramError:
            raise
        except Exception as exc:
            # The answer was fetched but did not decode. Nothing was confirmed (the offset
            # only moves with the next call), so asking again at once returns the same batch.
            log.warning("an update batch did not decode (%s); reading it one by one", exc_type(exc))
            offset, limit, allowed = _polling_arguments(args, kwargs)
            raw = await self._post(
                "getUpdates", {"offset": offset, "limit": limit, "allowed_updates": allowed}
            )
            updates = tuple(
                decode_leniently(item, self) for item in cast(list[dict[str, Any]], raw)
            )
            for update in updates:
                self.insert_callback_data(update)
        polled: list[dict[str, Any]] = self._polled or []
        self._polled = None
        return await hold_polled(self._inbox, updates, polled)


async def hold_polled(
    inbox: Inbox | None, updates: tuple[Update, ...], raw: list[dict[str, Any]]
) -> tuple[Update, ...]:
    """Hold `updates` (decoded from `raw`) before PTB's next call confirms them.

    A redelivery of an update this process is still answering comes back as an echo that
    the application skips (the offset still moves past it). Any other redelivery comes back
    as it is: the de-duplicating handler stops it, after discreet mode has seen the user's
    message.
    """
    if inbox is None or not updates:
        return updates
    texts = {item.get("update_id"): item for item in raw if isinstance(item, dict)}
    answering = {u.update_id for u in updates if inbox.holds(u.update_id)}
    arrivals = [arrival(u, texts.get(u.update_id)) for u in updates if u.update_id not in answering]
    try:
        await inbox.hold(arrivals)
    except Exception as exc:
        log.warning("updates not held (%s); answering them unheld", exc_type(exc))
        return updates
    for update_id in answering:
        inbox.note_echo(update_id)
    return updates


def arrival(update: Update, raw: dict[str, Any] | str | None) -> Arrival:
    """What the inbox keeps of `update`: its id, its sender and the JSON it came as."""
    user = update.effective_user
    if isinstance(raw, str):
        text = raw
    elif raw is not None:
        text = json.dumps(raw, ensure_ascii=False, separators=(",", ":"))
    else:
        text = update.to_json()
    return Arrival(update.update_id, user.id if user is not None else None, text)


def decode_leniently(data: object, bot: ExtBot[None] | None) -> Update:
    """`Update.de_json`, or an empty update with the same id when the content does not decode.

    Raises `ValueError` only when not even the update id can be read: then nothing can be
    done with it (and long polling could not move past it either).
    """
    if not isinstance(data, dict):
        raise ValueError("an update without a readable update_id (not a JSON object)")
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        # PTB would accept a string id, and polling would then fail computing the next offset.
        raise ValueError("an update without a readable update_id")
    if not 0 <= update_id < 2**63:
        # No database column holds it: refused here rather than failing every step after.
        raise ValueError("an update_id out of range")
    try:
        return Update.de_json(data, bot)
    except Exception as exc:
        # The type and the keys say what went wrong; the values may be what a user wrote.
        kinds = ", ".join(sorted(key for key in data if key != "update_id"))
        log.warning(
            "update %s (%s) could not be read (%s); skipped", update_id, kinds, exc_type(exc)
        )
        return Update(update_id=update_id)


def exc_type(exc: BaseException) -> str:
    """The exception's type only: decoding errors quote the data that failed to decode."""
    return type(exc).__name__


def _polling_arguments(
    args: Sequence[Any], kwargs: dict[str, Any]
) -> tuple[int | None, int | None, Sequence[str] | None]:
    named = dict(zip(("offset", "limit", "timeout", "allowed_updates"), args, strict=False))
    named.update(kwargs)
    return named.get("offset"), named.get("limit"), named.get("allowed_updates")
