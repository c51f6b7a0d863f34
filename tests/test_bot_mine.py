""" "Make it mine" end to end: the real bot process against the Bot API stand-in."""

from __future__ import annotations

import asyncio

import pytest
from bot_database import sessions_for, sqlite_url
from sqlalchemy import select

from bot.db.models import ScheduledDeletion
from bot.drafts.mine_reply import BUTTON_RESTART, UNAVAILABLE
from bot.drafts.reply import BUTTON_MINE
from devtools.launcher import BotProcess
from standin import StandIn

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

EXHAUSTED = "I'm exhausted and you never help with anything."


async def test_bot_make_it_mine_composes_from_two_taps(api: StandIn, bot: BotProcess) -> None:
    ana = api.user("Ana")
    await ana.send(EXHAUSTED)
    reply = await ana.wait_for_reply()
    assert BUTTON_MINE in reply.button_labels

    await ana.press(reply, BUTTON_MINE)
    question = await ana.wait_for_reply()
    assert "What are you feeling?" in question.text
    assert question.raw.get("reply_to_message", {}).get("text") == EXHAUSTED
    feelings = question.button_labels
    assert feelings[0] == "exhausted"  # the user's own word first
    assert {
        "hurt",
        "lonely",
        "worn out",
        "frustrated",
        "worried",
        "unimportant",
        "scared",
        "sad",
    } <= (set(feelings))

    await ana.press(question, "exhausted")
    asks = await ana.wait_for_edit(question)
    assert "What would help?" in asks.text
    assert asks.button_labels[-1] == "Just to be heard"

    await ana.press(asks, "Just to be heard")
    done = await ana.wait_for_edit(asks)
    assert "I've been feeling exhausted when you don't help with anything." in done.text
    assert "hear me" in done.text
    assert "never" not in done.text.split("In your words")[1]

    await ana.press(done, BUTTON_RESTART)
    again = await ana.wait_for_edit(done)
    assert again.button_labels == feelings
    await ana.press(again, "worried")
    asks = await ana.wait_for_edit(again)
    await ana.press(asks, asks.button_labels[0])
    done = await ana.wait_for_edit(asks)
    assert "I've been feeling worried when you don't help with anything." in done.text


async def test_bot_make_it_mine_works_in_discreet_mode(api: StandIn, bot: BotProcess) -> None:
    # The questions live in a message of their own: discreet mode deletes it with the rest.
    noa = api.user("Noa")
    await noa.send("/privacy")
    card = await noa.wait_for_reply()
    await noa.press(card, "Delete after 10 minutes")
    await noa.wait_for_edit(card)
    draft = await noa.send("you never empty the dishwasher")
    reply = await noa.wait_for_reply()
    await noa.press(reply, BUTTON_MINE)
    question = await noa.wait_for_reply()
    assert question.button_labels[0] == "hurt"  # no feeling word in the draft: Tend's list
    await noa.press(question, "worn out")
    asks = await noa.wait_for_edit(question)
    assert "Work it out together" in asks.button_labels
    await noa.press(asks, "Work it out together")
    done = await noa.wait_for_edit(asks)
    assert "I've been feeling worn out when you don't empty the dishwasher." in done.text
    assert "share the dishwasher" in done.text

    wanted = {draft["message_id"], reply.message_id, question.message_id}
    async with sessions_for(sqlite_url(bot)) as sessions, sessions() as session:
        for _ in range(50):
            stmt = select(ScheduledDeletion.message_id).where(ScheduledDeletion.user_id == noa.id)
            scheduled = set((await session.execute(stmt)).scalars())
            if wanted <= scheduled:
                break
            await asyncio.sleep(0.1)
    assert wanted <= scheduled


async def test_bot_make_it_mine_on_advice_points_back_to_the_suggestions(
    api: StandIn, bot: BotProcess
) -> None:
    eli = api.user("Eli")
    await eli.send("babe if ur exhausted have you tried just going to bed earlier")
    reply = await eli.wait_for_reply()
    answer = await eli.press(reply, BUTTON_MINE)
    assert answer.show_alert and answer.text == UNAVAILABLE
    await api.wait_idle(quiet=0.5)
    assert len(eli.transcript) == 1  # no questions for advice
