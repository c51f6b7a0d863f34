"""The trail an update leaves in a private chat: the user's message and every message Tend
sends or edits while handling it, so that discreet mode can delete all of it.

Nothing here touches the database or Telegram, and no handler has to call anything here (the
error handler only reads what the update already answered):

- `bot.telegram.transport.RetryingRequest` sees the answer to every Bot API call and reports
  message calls (`observe_*`);
- the services that read a user's settings anyway pass on the discreet-mode delay they read
  (`note_delay`), so that the end of an update needs no look-up of its own;
- a service that commits on the update's path may schedule what is due inside its own
  transaction (`taking`: the draft's check schedules the draft and the reply with the reply);
- the application (bot/telegram/application.py) opens a `Trail` around each update and, when
  the update is done, schedules whatever is still pending (bot/discreet/service.py).

A message is scheduled at most once per update: the trail keeps the ids already scheduled and
hands out only the others. A message edited in a later update (a card) is offered again; the
database keeps one deletion per message (the first, soonest). Messages sent outside any update
(nudges, listen reminders, weekly summaries) go to the transport's `Ledger`, which the
deletions job settles every few seconds.

Answers are kept as raw bytes and parsed only when they have to be scheduled: for a user not
in discreet mode nothing here is ever parsed.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Final

log = logging.getLogger(__name__)

# Bot API methods whose answer is the Message they sent or edited (a list for media groups).
SENDS: Final = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendAudio",
        "sendVoice",
        "sendVideo",
        "sendVideoNote",
        "sendAnimation",
        "sendSticker",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "sendMediaGroup",
        "copyMessage",
        "forwardMessage",
    }
)
EDITS: Final = frozenset(
    {"editMessageText", "editMessageCaption", "editMessageMedia", "editMessageReplyMarkup"}
)
MESSAGE_CALLS: Final = SENDS | EDITS
ANSWER_QUERY: Final = "answerCallbackQuery"

Message = tuple[int, int]  # (chat id, message id)


@dataclass(slots=True)
class Trail:
    """What one update left in the chat it came from (see the module docstring).

    `chat_id` is None unless the update came from the user's private chat with Tend: only
    there does discreet mode delete anything. There the chat id is the user's id.
    """

    chat_id: int | None
    own_message_id: int | None = None
    answers: list[bytes] = field(default_factory=list)
    edited: list[int] = field(default_factory=list)
    # Sends Telegram did not confirm (a read timeout): they may be in the chat, id unknown.
    unconfirmed: int = 0
    query_answered: bool = False
    delay_known: bool = False
    delay_s: int | None = None
    # Ids already scheduled during this update: never handed out twice.
    _scheduled: set[int] = field(default_factory=set, init=False, repr=False)

    @property
    def answered(self) -> bool:
        """Whether Telegram confirmed a message Tend sent or edited during this update."""
        return bool(self.answers)

    def know_delay(self, delay_s: int | None) -> None:
        """The user's discreet-mode delay (None or 0: off), as read from their settings."""
        self.delay_known, self.delay_s = True, delay_s or None

    def pending(self) -> list[int]:
        """Ids of this chat's messages not yet scheduled; empty when discreet mode is known
        to be off (or the update is not from a private chat)."""
        chat_id = self.chat_id
        if chat_id is None or (self.delay_known and not self.delay_s):
            return []
        ids = [] if self.own_message_id is None else [self.own_message_id]
        for payload in self.answers:
            ids.extend(m for c, m in _messages_in(payload) if c == chat_id)
        ids.extend(self.edited)
        return [m for m in dict.fromkeys(ids) if m not in self._scheduled]

    def scheduled(self, message_ids: Iterable[int]) -> None:
        """`message_ids` are scheduled (committed): never hand them out again."""
        self._scheduled.update(message_ids)


@dataclass(frozen=True, slots=True)
class Due:
    """Messages of one discreet user's private chat (its id is the user's) to delete
    `delay_s` seconds after they are scheduled."""

    user_id: int
    message_ids: tuple[int, ...]
    delay_s: int


_current: ContextVar[Trail | None] = ContextVar("tend_trail", default=None)


@contextmanager
def following(trail: Trail) -> Iterator[Trail]:
    """Collect into `trail` whatever the current task (one update) sends, until the end."""
    token = _current.set(trail)
    try:
        yield trail
    finally:
        _current.reset(token)


def current() -> Trail | None:
    """The trail of the update being handled, or None outside one."""
    return _current.get()


def note_delay(*, user_id: int, delay_s: int | None) -> None:
    """A service read `user_id`'s discreet-mode delay: if this update is that user's private
    chat, its end needs no look-up. Anyone else's delay (a batch read for others) is ignored."""
    trail = _current.get()
    if trail is not None and trail.chat_id == user_id:
        trail.know_delay(delay_s)


@contextmanager
def taking(followed: Trail | None = None) -> Iterator[Due | None]:
    """What `followed` (by default the current update's trail) left that is due for
    deletion, for the caller to schedule in the transaction it is about to commit; None when
    there is nothing to do or the delay is not known (the application then looks it up).

    The ids count as scheduled only when the block ends without an error (the commit went
    through); after an error they stay pending, and the application schedules them.
    """
    followed = followed if followed is not None else _current.get()
    due = None
    if followed is not None and followed.chat_id is not None and followed.delay_s:
        ids = tuple(followed.pending())
        due = Due(followed.chat_id, ids, followed.delay_s) if ids else None
    yield due
    if followed is not None and due is not None:
        followed.scheduled(due.message_ids)


class Ledger:
    """Messages to settle later, in memory: sent outside any update, or whose scheduling
    failed (the database was away). Bounded; the deletions job empties it every tick."""

    def __init__(self, limit: int = 50_000) -> None:
        self._answers: deque[bytes] = deque(maxlen=limit)
        self._messages: deque[Message] = deque(maxlen=limit)
        self.limit = limit

    def __len__(self) -> int:
        return len(self._answers) + len(self._messages)

    def add_answer(self, payload: bytes) -> None:
        """A raw Bot API answer holding a message Tend sent."""
        if len(self._answers) == self.limit:
            log.warning("discreet-mode ledger full: an older message will not be deleted")
        self._answers.append(payload)

    def add(self, messages: Iterable[Message]) -> None:
        """Messages (chat id, message id) known by id."""
        for message in messages:
            if len(self._messages) == self.limit:
                log.warning("discreet-mode ledger full: an older message will not be deleted")
            self._messages.append(message)

    def take(self) -> list[Message]:
        """Everything held, emptied: messages in private chats only (a user's chat id is
        positive), each once."""
        answers, self._answers = self._answers, deque(maxlen=self.limit)
        messages, self._messages = self._messages, deque(maxlen=self.limit)
        found = list(messages)
        for payload in answers:
            found.extend(m for m in _messages_in(payload) if m[0] > 0)
        return list(dict.fromkeys(found))


# --- What the transport reports -------------------------------------------------------------


def observe_call(method: str) -> None:
    """A call is about to go out. A callback query may be answered only once, so an attempt
    counts (a failed answer must not be followed by a second one)."""
    if method == ANSWER_QUERY:
        trail = _current.get()
        if trail is not None:
            trail.query_answered = True


def observe_answer(method: str, payload: bytes, ledger: Ledger) -> None:
    """Telegram carried out `method` and answered `payload` (HTTP 200)."""
    if method in MESSAGE_CALLS:
        trail = _current.get()
        if trail is not None:
            trail.answers.append(payload)
        elif method in SENDS:
            ledger.add_answer(payload)


def observe_unconfirmed(method: str, parameters: Mapping[str, Any]) -> None:
    """`method` went out but Telegram did not answer in time: it may have been carried out."""
    trail = _current.get()
    if trail is None:
        return
    if method in SENDS:
        trail.unconfirmed += 1
    elif method in EDITS and parameters.get("chat_id") == trail.chat_id:
        message_id = parameters.get("message_id")
        if isinstance(message_id, int):
            trail.edited.append(message_id)


def _messages_in(payload: bytes) -> list[Message]:
    """(chat id, message id) of the message(s) in a Bot API answer; none if unreadable."""
    try:
        result = json.loads(payload).get("result")
    except (ValueError, AttributeError):
        return []
    found = []
    for item in result if isinstance(result, list) else [result]:
        if isinstance(item, dict):
            chat, message_id = item.get("chat"), item.get("message_id")
            if isinstance(chat, dict) and isinstance(message_id, int):
                chat_id = chat.get("id")
                if isinstance(chat_id, int):
                    found.append((chat_id, message_id))
    return found
