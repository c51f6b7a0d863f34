"""bot/discreet/trail.py alone, and as `RetryingRequest` feeds it: what an update left behind."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest
from fakes import ScriptedRequest
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.discreet import trail
from bot.discreet.trail import Ledger, Trail
from bot.telegram.transport import RetryingRequest

CHAT = 42


def answer(*messages: tuple[int, int]) -> bytes:
    """A Bot API answer holding messages (chat id, message id); a list for several."""
    found = [
        {"message_id": m, "date": 0, "chat": {"id": c, "type": "private"}} for c, m in messages
    ]
    result: Any = found[0] if len(found) == 1 else found
    return json.dumps({"ok": True, "result": result}).encode()


@pytest.mark.parametrize(
    ("delay", "known", "pending"),
    [
        pytest.param(None, False, [7, 8, 9], id="delay-unknown-look-it-up"),
        pytest.param(60, True, [7, 8, 9], id="discreet"),
        pytest.param(None, True, [], id="known-off-nothing-to-do"),
    ],
)
def test_trail_pending_is_own_message_and_tends_in_this_chat(
    delay: int | None, known: bool, pending: list[int]
) -> None:
    followed = Trail(chat_id=CHAT, own_message_id=7)
    if known:
        followed.know_delay(delay)
    followed.answers += [answer((CHAT, 8)), answer((CHAT, 9), (-100, 3)), answer((5, 1))]
    followed.answers.append(b'{"ok":true,"result":true}')  # an edit of an inline message
    assert followed.pending() == pending


def test_trail_scheduled_leaves_only_what_came_after() -> None:
    followed = Trail(chat_id=CHAT, own_message_id=7)
    followed.answers.append(answer((CHAT, 8)))
    followed.scheduled(followed.pending())  # scheduled with the check
    assert followed.pending() == []
    followed.answers.append(answer((CHAT, 10)))  # e.g. an apology after a failure
    followed.edited += [8, 11]  # 8 is scheduled already: an edit does not schedule it again
    assert followed.pending() == [10, 11]


def test_trail_outside_a_private_chat_schedules_nothing() -> None:
    followed = Trail(chat_id=None, own_message_id=7)
    followed.answers.append(answer((-100, 8)))
    assert followed.pending() == []


def test_ledger_keeps_private_chats_once_and_empties() -> None:
    ledger = Ledger()
    ledger.add_answer(answer((CHAT, 1)))
    ledger.add_answer(answer((-100, 2)))  # a group: no user's chat
    ledger.add_answer(b"not json")
    ledger.add([(CHAT, 1), (CHAT, 3)])
    assert sorted(ledger.take()) == [(CHAT, 1), (CHAT, 3)]
    assert not ledger and ledger.take() == []


def test_ledger_is_bounded(caplog: pytest.LogCaptureFixture) -> None:
    ledger = Ledger(limit=2)
    ledger.add([(CHAT, 1), (CHAT, 2), (CHAT, 3)])
    assert ledger.take() == [(CHAT, 2), (CHAT, 3)]
    assert "ledger full" in caplog.text


def _timed_out() -> TimedOut:
    error = TimedOut()
    error.__cause__ = aiohttp.SocketTimeoutError()  # sent, not answered in time
    return error


def _params(**values: object) -> RequestData:
    # What PTB builds for a call (RequestData is final: no fake of it).
    return RequestData([RequestParameter.from_input(name, value) for name, value in values.items()])


URL = "https://x/bot123:SECRET/"


async def test_transport_reports_sends_to_the_trail_or_else_the_ledger() -> None:
    request = RetryingRequest(ScriptedRequest.always((200, answer((CHAT, 8)))))
    with trail.following(Trail(chat_id=CHAT)) as followed:
        await request.do_request(URL + "sendMessage", "POST")
        await request.do_request(URL + "getMe", "POST")  # not a message
    assert followed.pending() == [8] and not request.ledger
    await request.do_request(URL + "sendMessage", "POST")  # a nudge: no update around it
    assert request.ledger.take() == [(CHAT, 8)]


async def test_transport_reports_an_unconfirmed_send_and_edit() -> None:
    request = RetryingRequest(ScriptedRequest.always(_timed_out()))
    with trail.following(Trail(chat_id=CHAT)) as followed:
        with pytest.raises(TimedOut):
            await request.do_request(URL + "sendMessage", "POST", _params(chat_id=CHAT))
        with pytest.raises(TimedOut):
            await request.do_request(
                URL + "editMessageText", "POST", _params(chat_id=CHAT, message_id=5)
            )
    assert followed.unconfirmed == 1  # its id is unknown
    assert followed.pending() == [5]  # an edited message's id is known


async def test_transport_marks_a_callback_answer_even_when_it_fails() -> None:
    # A query may be answered once: after a failed attempt the error handler must not retry.
    request = RetryingRequest(ScriptedRequest.always(NetworkError("refused")))
    with trail.following(Trail(chat_id=CHAT)) as followed, pytest.raises(NetworkError):
        await request.do_request(URL + "answerCallbackQuery", "POST")
    assert followed.query_answered and not followed.answered
