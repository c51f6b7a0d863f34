"""A newcomer's twenty minutes (issue 18), end to end: the real bot process against the stand-in.

Each test holds one of the findings of that sitting: answers typed the way people type them,
answers that never count as drafts, the "[what happened]" follow-up, "👎 Not blaming" that
changes something, a chart that answers "am I improving?", /export in plain words, the nudge
and listen settings, and the command menu.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable

import pytest
from bot_database import count_rows, sqlite_url

from bot.basics.texts import COMMANDS
from bot.db.models import DraftCheck
from bot.history import texts as insight_texts
from bot.history.chart import BACKGROUND
from bot.nudges import texts as nudge_texts
from devtools.launcher import BotProcess
from standin import BotMessage, SimUser, StandIn

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(180)]

NEVER_LISTEN = "you never listen to me when i talk about work"


async def _say(user: SimUser, text: str, *, reply_to: BotMessage | None = None) -> BotMessage:
    await user.send(text, reply_to=reply_to)
    return await user.wait_for_reply()


def _starting(text: str) -> Callable[[BotMessage], bool]:
    return lambda message: message.text.startswith(text)


async def _ask_zone(user: SimUser) -> BotMessage:
    screen = await _say(user, "/nudges")
    await user.press(screen, nudge_texts.BUTTON_ZONE)
    return await user.wait_for_reply(_starting("Which time zone are you in?"))


ZONE_ANSWERS = [
    ("Chicago", "America/Chicago"),
    ("New York", "America/New York"),
    ("London", "Europe/London"),
    ("Berlin", "Europe/Berlin"),
    ("Sydney", "Australia/Sydney"),
    ("UTC-6", "UTC-06:00"),
    ("Europe/London", "Europe/London"),
    ("Central Time", "America/Chicago"),
]


async def test_newcomer_zone_typed_plainly_after_the_question_is_the_answer(
    api: StandIn, bot: BotProcess
) -> None:
    # Finding 1: the answer comes as a plain message, not a Telegram reply, and still counts.
    ann = api.user("Ann")
    for answer, zone in ZONE_ANSWERS:
        await _ask_zone(ann)
        said = await _say(ann, answer)
        assert said.text.startswith(f"Time zone set to {zone}"), (answer, said.text)
        # Finding 1: the weekly summary follows the zone, not UTC.
        weekly = await _say(ann, "/history weekly")
        assert f"({zone} time)" in weekly.text
    # Finding 2: an answer is never a draft.
    assert await count_rows(sqlite_url(bot), DraftCheck, user_id=ann.id) == 0


async def test_newcomer_answers_commands_and_buttons_never_count_as_drafts(
    api: StandIn, bot: BotProcess
) -> None:
    ben = api.user("Ben")
    screen = await _say(ben, "/nudges")
    await ben.press(screen, nudge_texts.BUTTON_TIME)
    await ben.wait_for_reply(_starting("What time suits you?"))
    assert (await _say(ben, "8:30pm")).text.startswith("Got it: nudges at 20:30.")
    card = await _say(ben, "/listen")
    await ben.press(card, nudge_texts.BUTTON_REMIND_BEFORE_TALK)
    await ben.wait_for_reply(_starting("Which time zone"))
    assert (await _say(ben, "Europe/London")).text.startswith("Time zone set to Europe/London")
    await ben.press(card, nudge_texts.BUTTON_REMIND_BEFORE_TALK)
    await ben.wait_for_reply(_starting("When is the talk?"))
    assert (await _say(ben, "in 2 hours")).text.startswith("I'll remind you")
    await ben.send_content(location={"latitude": 41.88, "longitude": -87.63})
    assert "America/Chicago" in (await ben.wait_for_reply()).text
    for command in ("/help", "/menu", "/settings", "/privacy"):
        await _say(ben, command)
    await api.wait_idle(quiet=0.5)
    assert await count_rows(sqlite_url(bot), DraftCheck, user_id=ben.id) == 0
    history = await _say(ben, "/history")
    assert "Nothing here yet" in history.text
    # With every question answered, a draft is checked as usual.
    checked = await _say(ben, "you always leave the lights on")
    assert checked.buttons


async def test_newcomer_slot_follow_up_takes_only_its_answer(api: StandIn, bot: BotProcess) -> None:
    # Finding 3: the "[what happened]" question takes a reply, or the very next message if it
    # is not itself a draft; after a command, the next message is a draft again.
    cal = api.user("Cal")
    rewrite = await _say(cal, "you always do this")
    assert "[what happened]" in rewrite.text and "Not needed?" in rewrite.text
    await _say(cal, "/help")
    after_command = await _say(cal, "on Sunday at dinner")
    assert "Here it is with your moment in" not in after_command.text

    await _say(cal, "you always do this")
    draft = await _say(cal, "I'm done with the dishes, can you do the laundry tonight")
    assert "Here it is with your moment in" not in draft.text

    rewrite = await _say(cal, "you always do this")
    folded = await _say(cal, "On my birthday, when you forgot", reply_to=rewrite)
    assert "Here it is with your moment in" in folded.text
    assert "since my birthday, when you forgot" in folded.text  # not "since on my birthday"


async def test_newcomer_not_blaming_mutes_the_pattern_until_undone(
    api: StandIn, bot: BotProcess
) -> None:
    # Finding 5: 👎 changes something, for this user only, and can be undone.
    dee, eve = api.user("Dee"), api.user("Eve")
    reply = await _say(dee, "you always forget the bins")
    assert reply.buttons
    await dee.press(reply, "👎 Not blaming")
    offer = await dee.wait_for_reply()
    assert offer.text.startswith("Stop flagging this kind of phrase for you?")
    assert "always/never" in offer.text
    await dee.press(offer, "Yes, stop flagging it")
    assert "won't flag" in (await dee.wait_for_edit(offer)).text
    again = await _say(dee, "you always forget the bins")
    assert again.buttons == []  # clean now, for Dee
    assert (await _say(eve, "you always forget the bins")).buttons  # still flagged for Eve

    history = await _say(dee, "/history")
    assert "You disagreed once" in history.text and "always/never" in history.text
    # The chart follows the text (drawn in a worker thread); taken here, so a late chart is
    # never read as the reply to a later message.
    assert (await dee.wait_for_reply(lambda m: m.photo is not None)).photo is not None
    settings = await _say(dee, "/settings")
    assert "always/never" in settings.text
    await dee.press(settings, "Flag always/never again")
    undone = await dee.wait_for_edit(settings)
    assert "Nothing." in undone.text and undone.buttons == []
    assert (await _say(dee, "you always forget the bins")).buttons


async def test_newcomer_chart_shows_share_flagged_over_checked_drafts(
    api: StandIn, bot: BotProcess
) -> None:
    # Finding 6: the chart answers "am I improving?": labelled, phone-sized, a dark card.
    fox = api.user("Fox")
    await _say(fox, NEVER_LISTEN)
    await _say(fox, "I'd love an evening for the two of us this week.")
    summary = await _say(fox, "/history")
    assert "2 drafts checked: 1 flagged, 1 clean" in summary.text
    chart = await fox.wait_for_reply()
    assert chart.photo is not None
    assert chart.text.startswith(insight_texts.CAPTION_WEEKS)
    png = chart.photo.data
    assert struct.unpack(">II", png[16:24]) == (1080, 1080)
    import io

    from matplotlib import image as mpimg
    from matplotlib.colors import to_rgb

    pixels = mpimg.imread(io.BytesIO(png), format="png")
    assert abs(pixels[4, 4, :3] - to_rgb(BACKGROUND)).max() < 0.01  # opaque, not transparent


async def test_newcomer_export_reads_as_words_and_json_without_ids(
    api: StandIn, bot: BotProcess
) -> None:
    # Finding 8: what Tend knows, in the bot's own words, and a file with no internal ids.
    gus = api.user("Gus")
    await _say(gus, "you just shut down whenever we argue")
    summary = await _say(gus, "/export")
    assert summary.text.startswith("What Tend knows about you")
    document = (await gus.wait_for_reply()).document
    assert document is not None
    text = document.data.decode()
    export = json.loads(text)
    assert export["drafts_checked"][0]["flagged"] is True
    for internal in ("update_id", "claimed_by", "check_id", '"id"', str(gus.id)):
        assert internal not in text, internal


async def test_newcomer_turn_on_says_nudges_are_on_and_old_cards_close(
    api: StandIn, bot: BotProcess
) -> None:
    # Finding 9: "Turn on" → zone → the answer says nudges are on, and when; the older
    # settings card loses its buttons and stale status.
    hal = api.user("Hal")
    screen = await _say(hal, "/nudges")
    await hal.press(screen, nudge_texts.BUTTON_TURN_ON)
    await hal.wait_for_reply(_starting("One thing first"))
    done = await _say(hal, "Chicago")
    assert "Time zone set to America/Chicago" in done.text
    assert "Nudges are on at 20:00" in done.text and "Status: on" in done.text
    closed = await hal.wait_for_edit(screen)
    assert closed.buttons == [] and "Status" not in closed.text


async def test_newcomer_menu_and_unknown_commands_list_every_command(
    api: StandIn, bot: BotProcess
) -> None:
    # Finding 10: every command is in Telegram's menu; /menu, "/" and unknown commands list them.
    listed = [c["command"] for c in api.commands()]
    assert listed == [name for name, _ in COMMANDS]
    assert {"menu", "settings"} <= set(listed)
    ida = api.user("Ida")
    for text in ("/menu", "/", "/nonsense"):
        answer = await _say(ida, text)
        assert all(f"/{name}" in answer.text for name, _ in COMMANDS), (text, answer.text)
    assert await count_rows(sqlite_url(bot), DraftCheck, user_id=ida.id) == 0
