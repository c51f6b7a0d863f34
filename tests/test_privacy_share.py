"""Sharing 👎 examples through the real bot: consent first, the file to the user only, the
draft only when kept and chosen, discreet mode, /forget; and the training script reads it.

Runs the application in-process against the Bot API stand-in on both test databases (the
helpers are test_privacy.py's).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from test_privacy import NEVER, _ask, running_app, settled

from bot.clock import FakeClock
from bot.context import TendContext
from bot.discreet import deletions
from bot.privacy import examples
from bot.privacy import texts as fmt
from nlp.train import feedback
from standin import StandIn
from standin.users import SimUser
from standin.views import BotMessage

LIGHTS = "you always leave the lights on and it drives me up the wall"


async def _disagree(user: SimUser, draft: str) -> None:
    """Check `draft`, press 👎 Not blaming, and keep flagging it."""
    reply = await _ask(user, draft)
    await user.press(reply, "👎 Not blaming")
    await user.press(await user.wait_for_reply(), "No, keep flagging it")


async def _consent_card(user: SimUser) -> BotMessage:
    card = await _ask(user, "/privacy")
    await user.press(card, fmt.BUTTON_SHARE)
    return await user.wait_for_reply()


def _rows(message: BotMessage) -> list[dict[str, Any]]:
    assert message.document is not None and message.document.file_name == examples.FILE_NAME
    return [json.loads(line) for line in message.document.data.decode().splitlines()]


@pytest.mark.timeout(60)
async def test_share_sends_the_users_verdicts_without_drafts_after_consent(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice, bob = api.user("Alice"), api.user("Bob")
    clock.set(datetime(2026, 12, 2, 12, tzinfo=UTC))  # a Wednesday of ISO week 49
    async with running_app(api, db_url, clock, tmp_path) as app:
        await _disagree(alice, NEVER)
        await _ask(alice, "you never call your mother back")  # no 👎: not in the file
        await _disagree(bob, LIGHTS)  # someone else's 👎: never in Alice's file
        consent = await _consent_card(alice)
        # The consent says what the file holds, shows it, and that Tend sends it nowhere.
        assert "Share your 👎 examples?" in consent.text
        assert "always/never: “you never”" in consent.text
        assert "not your draft" in consent.text and "never send it anywhere" in consent.text
        assert consent.button_labels == [fmt.BUTTON_SHARE_WORDS, fmt.BUTTON_SHARE_NO]
        await settled(app, api)
        assert api.count("sendDocument") == 0  # nothing made before the tap

        await alice.press(consent, fmt.BUTTON_SHARE_WORDS)
        assert (await alice.wait_for_edit(consent)).text == fmt.SHARE_SENT
        file = await alice.wait_for_reply()
        assert file.text == fmt.SHARE_CAPTION.format(count=1)
        [row] = _rows(file)
        assert row == {
            "schema": "tend-feedback/1",
            "verdict": "not_blaming",
            "week": "2026-W49",
            "flags": [{"category": "absolute", "pattern": "you_always", "words": "you never"}],
        }
        assert file.document is not None
        data = file.document.data.decode()
        assert NEVER not in data and "mother" not in data and "lights" not in data
        assert str(alice.id) not in data and str(bob.id) not in data

        # The training script reads the file as it came.
        path = tmp_path / "alice.jsonl"
        path.write_bytes(file.document.data)
        [verdict] = feedback.read_feedback([path])
        assert verdict.draft is None
        assert verdict.flags == (feedback.Flag("absolute", "you_always", "you never"),)


@pytest.mark.timeout(60)
async def test_share_includes_kept_drafts_only_when_chosen(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice = api.user("Alice")
    async with running_app(api, db_url, clock, tmp_path):
        await _disagree(alice, NEVER)  # before keeping drafts: no draft to give
        card = await _ask(alice, "/privacy")
        await alice.press(card, "Keep my drafts")
        await _disagree(alice, LIGHTS)
        consent = await _consent_card(alice)
        assert "You keep your drafts, so you can add them too (1 of 2)" in consent.text
        assert consent.button_labels == [
            fmt.BUTTON_SHARE_WORDS,
            fmt.BUTTON_SHARE_DRAFTS,
            fmt.BUTTON_SHARE_NO,
        ]
        await alice.press(consent, fmt.BUTTON_SHARE_WORDS)
        assert [r.get("draft") for r in _rows(await alice.wait_for_reply())] == [None, None]

        consent = await _consent_card(alice)
        await alice.press(consent, fmt.BUTTON_SHARE_DRAFTS)
        file = await alice.wait_for_reply()
        assert file.text == fmt.SHARE_CAPTION_DRAFTS.format(count=2)
        assert [r.get("draft") for r in _rows(file)] == [None, LIGHTS]
        assert "draft" not in _rows(file)[0]

        # Kept drafts go when keeping stops: a card from before cannot bring them back.
        consent = await _consent_card(alice)
        card = await _ask(alice, "/privacy")
        await alice.press(card, "Stop keeping my drafts")
        await alice.press(consent, fmt.BUTTON_SHARE_DRAFTS)
        file = await alice.wait_for_reply()
        assert file.text == fmt.SHARE_CAPTION.format(count=2)
        assert [r.get("draft") for r in _rows(file)] == [None, None]


@pytest.mark.timeout(60)
async def test_share_declined_or_empty_sends_no_file(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice = api.user("Alice")
    async with running_app(api, db_url, clock, tmp_path) as app:
        await _ask(alice, NEVER)
        assert "nothing to share" in (await _consent_card(alice)).text  # no 👎 yet
        await _disagree(alice, NEVER)
        consent = await _consent_card(alice)
        await alice.press(consent, fmt.BUTTON_SHARE_NO)
        assert (await alice.wait_for_edit(consent)).text == fmt.SHARE_DECLINED
        await settled(app, api)
        assert api.count("sendDocument") == 0

        # After /forget there is nothing left to share, even from an old consent card.
        consent = await _consent_card(alice)
        confirm = await _ask(alice, "/forget")
        await alice.press(confirm, "Yes, delete everything")
        await alice.press(consent, fmt.BUTTON_SHARE_WORDS)
        await settled(app, api)
        assert api.count("sendDocument") == 0


@pytest.mark.timeout(60)
async def test_share_in_discreet_mode_deletes_the_card_and_the_file(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    alice = api.user("Alice")
    async with running_app(api, db_url, clock, tmp_path) as app:
        card = await _ask(alice, "/privacy")
        await alice.press(card, "Delete after 1 minute")
        await _disagree(alice, NEVER)
        consent = await _consent_card(alice)
        assert "the file leaves this chat after 1 minute, so save it first" in consent.text
        await alice.press(consent, fmt.BUTTON_SHARE_WORDS)
        file = await alice.wait_for_reply()
        assert _rows(file)
        await settled(app, api)
        clock.advance(minutes=1, seconds=1)
        await deletions.tick(TendContext(app))
        assert alice.message(file.message_id).deleted, "the file is still in the chat"
        assert alice.message(consent.message_id).deleted, "the consent card is still there"
