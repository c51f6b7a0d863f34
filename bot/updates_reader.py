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

import logging
from collections.abc import Sequence
from typing import Any, cast

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ExtBot

log = logging.getLogger(__name__)


class LenientBot(ExtBot[None]):
    """An `ExtBot` whose `get_updates` skips (and logs) updates it cannot decode."""

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        try:
            return await super().get_updates(*args, **kwargs)
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
        updates = tuple(decode_leniently(item, self) for item in cast(list[dict[str, Any]], raw))
        for update in updates:
            self.insert_callback_data(update)
        return updates


def decode_leniently(data: dict[str, Any], bot: ExtBot[None] | None) -> Update:
    """`Update.de_json`, or an empty update with the same id when the content does not decode.

    Raises `ValueError` only when not even the update id can be read: then nothing can be
    done with it (and long polling could not move past it either).
    """
    update_id = data.get("update_id") if isinstance(data, dict) else None
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        # PTB would accept a string id, and polling would then fail computing the next offset.
        raise ValueError("an update without a readable update_id")
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
