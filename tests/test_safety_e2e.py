"""Safety through the whole bot: a clear disclosure gets support and no rewrite; a possible one
keeps the coaching and adds one gentle line (the real bot process against the stand-in)."""

from __future__ import annotations

import pytest

from devtools.launcher import BotProcess
from standin import StandIn

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

CLEAR = [
    ("crisis", "honestly i dont want to wake up tomorrow. everyone would be better off"),
    ("violence", "he had his hands round my throat last night and i couldnt breathe"),
]
POSSIBLE_FLAGGED = (
    "you ALWAYS pick the worst films, I'll kill myself lol if you make me watch that again"
)
POSSIBLE_CLEAN = "I'm tired of walking on eggshells around you"


@pytest.mark.parametrize(("kind", "draft"), CLEAR)
async def test_bot_clear_disclosure_gets_support_and_no_rewrite(
    api: StandIn, bot: BotProcess, kind: str, draft: str
) -> None:
    user = api.user(f"Safety {kind}")
    await user.send(draft)
    reply = await user.wait_for_reply()
    assert "emergency" in reply.text.lower()
    assert "Another way to say it" not in reply.text
    assert reply.buttons == []


async def test_bot_possible_concern_keeps_coaching_with_a_check_in(
    api: StandIn, bot: BotProcess
) -> None:
    user = api.user("Check-in")
    await user.send(POSSIBLE_FLAGGED)
    reply = await user.wait_for_reply()
    assert "Another way to say it" in reply.text  # the coaching goes on
    assert "just in case" in reply.text and "988" in reply.text  # one gentle line
    assert "emergency" not in reply.text.lower()


async def test_bot_eggshells_gets_a_violence_check_in(api: StandIn, bot: BotProcess) -> None:
    user = api.user("Eggshells")
    await user.send(POSSIBLE_CLEAN)
    reply = await user.wait_for_reply()
    assert "just in case" in reply.text and "1-800-799-7233" in reply.text
    assert "emergency" not in reply.text.lower()
