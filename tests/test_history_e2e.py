"""End to end: /history in the real `python -m bot` process against the Bot API stand-in."""

from __future__ import annotations

import struct

import pytest

from bot.history import texts as t
from devtools.launcher import BotProcess
from standin import StandIn

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]


async def test_history_from_first_draft_to_chart_and_weekly_summary(
    api: StandIn, bot: BotProcess
) -> None:
    erin = api.user("Erin")
    await erin.send("/history")
    empty = await erin.wait_for_reply()
    assert "Nothing here yet" in empty.text
    assert empty.button_labels == [t.BUTTON_WEEKLY_ON]

    await erin.send("You never listen to me and you always interrupt me.")
    await erin.wait_for_reply()

    await erin.send("/history")
    summary = await erin.wait_for_reply()
    assert t.HISTORY_TITLE in summary.text and "1 draft checked: 1 flagged" in summary.text
    chart = await erin.wait_for_reply(timeout=30)  # the first chart imports matplotlib
    assert chart.photo is not None
    assert struct.unpack(">II", chart.photo.data[16:24]) == (1080, 1080)
    assert "Last 7 days: 1 draft checked, 1 flagged" in chart.text

    answer = await erin.press(summary, t.BUTTON_WEEKLY_ON)
    assert answer.text is not None and answer.text.startswith("Weekly summary on: Sundays")
    picker = await erin.wait_for_edit(summary)
    assert "✓ Sun" in picker.button_labels

    await erin.send("/history weekly off")
    assert (await erin.wait_for_reply()).text == t.WEEKLY_OFF
