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
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ExtBot
from telegram.request import BaseRequest, HTTPXRequest

from bot.db.repository.inbox import Arrival
from bot.telegram.inbox import Inbox
from bot.telegram.request import DelegatingRequest

log = logging.getLogger(__name__)


class PolledBatches(DelegatingRequest):
    """The `getUpdates` transport, keeping the last batch as decoded JSON: `LenientBot` holds
    it in the inbox as received, and reads it update by update when PTB cannot decode it."""

    last: list[dict[str, Any]] | None = None

    # PTB declares the hook static and calls it on the request object, as here.
    def parse_json_payload(self, payload: bytes) -> dict[str, Any]:  # type: ignore[override]
        """The answer as PTB parses it, its batch of updates remembered."""
        data = super().parse_json_payload(payload)
        result = data.get("result")
        if isinstance(result, list):
            self.last = result
        return data


class LenientBot(ExtBot[None]):
    """An `ExtBot` whose `get_updates` skips (and logs) updates it cannot decode, and holds
    each batch in the inbox (bot/telegram/inbox.py) before returning it: PTB confirms a batch
    with its next call, so a batch is acknowledged only once it is durably held."""

    _inbox: Inbox | None = None

    def __init__(
        self, token: str, *, get_updates_request: BaseRequest | None = None, **kwargs: Any
    ) -> None:
        polls = get_updates_request or HTTPXRequest(connection_pool_size=1)
        self._polls = polls if isinstance(polls, PolledBatches) else PolledBatches(polls)
        super().__init__(token, get_updates_request=self._polls, **kwargs)

    def attach_inbox(self, inbox: Inbox) -> None:
        """Hold every polled update in `inbox` from now on."""
        self._inbox = inbox

    @property
    def inbox(self) -> Inbox | None:
        """The inbox polled and webhook updates are held in (None before start-up)."""
        return self._inbox

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        self._polls.last = None
        try:
            updates = await super().get_updates(*args, **kwargs)
        except TelegramError:
            raise
        except Exception as exc:
            raw = self._polls.last
            if raw is None:
                raise
            # The answer was fetched but did not decode (nothing was confirmed: the offset
            # only moves with the next call): read the same batch update by update.
            log.warning("an update batch did not decode (%s); reading it one by one", exc_type(exc))
            updates = tuple(decode_leniently(item, self) for item in raw)
            for update in updates:
                self.insert_callback_data(update)
        polled: list[dict[str, Any]] = self._polls.last or []
        self._polls.last = None
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
