"""Discreet mode needs nothing from a handler: features written without a thought for it
(probes below, registered ahead of Tend's own handlers) still get each message of the update
scheduled exactly once, with no look-up of the delay when a service already read it.

In-process against the Bot API stand-in, on both test databases; statements are counted on
the engine, as tests/test_privacy.py's draft test does.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from telegram import Update
from telegram.ext import ApplicationHandlerStop, CommandHandler
from test_privacy import _ask, running_app, settled

from bot.basics import texts
from bot.clock import FakeClock
from bot.context import TendApp, TendContext
from bot.db.models import ScheduledDeletion
from bot.drafts import service as checks
from bot.telegram.messages import reply
from bot.users import service as users
from standin import StandIn
from standin.users import SimUser

CLEAN = "thank you for dinner"


async def probe_settings(update: Update, ctx: TendContext) -> None:
    """Reads the user's settings through a service, then answers twice."""
    assert update.effective_user is not None and update.effective_chat is not None
    tend = ctx.tend
    await users.ensure_user(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=update.effective_user.id,
        chat_id=update.effective_chat.id,
    )
    await reply(update, "one")
    await reply(update, "two")
    raise ApplicationHandlerStop


async def probe_check(update: Update, ctx: TendContext) -> None:
    """The draft path's services with a note before the reply and an edit after it."""
    message, user = update.message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    tend = ctx.tend
    analysis = await tend.analysis.analyze(CLEAN)
    recorded = await checks.check_draft(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=user.id,
        chat_id=message.chat_id,
        message_id=message.message_id,
        update_id=update.update_id,
        text=CLEAN,
        analysis=analysis,
    )
    assert isinstance(recorded, checks.RecordedCheck)
    await reply(update, "a note first")
    sent = await reply(update, "the reply", quote=True)
    assert sent is not None
    await checks.attach_reply(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=user.id,
        check_id=recorded.check_id,
        reply_message_id=sent.message_id,
        pending_slot=None,
    )
    await ctx.bot.edit_message_text(
        "the reply, edited", chat_id=user.id, message_id=sent.message_id
    )
    raise ApplicationHandlerStop


async def probe_failure(update: Update, ctx: TendContext) -> None:
    """Reads the settings, answers, then fails: the error handler apologises."""
    assert update.effective_user is not None and update.effective_chat is not None
    tend = ctx.tend
    await users.ensure_user(
        tend.sessionmaker,
        now=tend.clock.now(),
        user_id=update.effective_user.id,
        chat_id=update.effective_chat.id,
    )
    await reply(update, "before the failure")
    raise RuntimeError("a bug in a feature")


PROBES = {"probe_settings": probe_settings, "probe_check": probe_check}
PROBES["probe_failure"] = probe_failure


@contextmanager
def statements(app: TendApp) -> Iterator[list[str]]:
    """Every statement the app's engine runs meanwhile, lower-cased on one line."""
    engine = app.bot_data.sessionmaker.kw["bind"].sync_engine
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(" ".join(str(args[2]).split()).lower())

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def deletions_scheduled(seen: list[str]) -> int:
    return sum(s.startswith("insert into scheduled_deletions") for s in seen)


def delay_lookups(seen: list[str]) -> int:
    # bot.db.repository.deletions.discreet_delays: only users with the mode on.
    return sum("discreet_delete_seconds is not null" in s for s in seen)


async def scheduled_ids(app: TendApp, user: SimUser) -> list[int]:
    stmt = select(ScheduledDeletion.message_id).where(ScheduledDeletion.user_id == user.id)
    async with app.bot_data.sessionmaker() as session:
        return sorted((await session.scalars(stmt)).all())


async def probe(app: TendApp, api: StandIn, user: SimUser, command: str, answers: int) -> list[int]:
    """Send `command`, wait for its `answers`; the ids of the user's message and of them."""
    own = await user.send(command)
    ids = [own["message_id"]]
    for _ in range(answers):
        ids.append((await user.wait_for_reply()).message_id)
    await settled(app, api)
    return ids


async def discreet_user(user: SimUser, *, on: bool) -> None:
    card = await _ask(user, "/privacy")
    if on:
        await user.press(card, "Delete after 1 minute")
        await user.wait_for_edit(card)


@pytest.mark.parametrize("on", [True, False], ids=["discreet", "not-discreet"])
@pytest.mark.parametrize(
    ("command", "answers", "what"),
    [
        pytest.param("/probe_settings", 2, "own, one, two", id="sends-without-a-word"),
        pytest.param("/probe_check", 2, "draft, note, reply", id="schedules-with-the-check"),
        pytest.param("/probe_failure", 2, "own, sent, apology", id="error-handler"),
    ],
)
@pytest.mark.timeout(60)
async def test_discreet_each_message_of_an_update_is_scheduled_once_without_a_lookup(
    api: StandIn,
    db_url: str,
    clock: FakeClock,
    tmp_path: Path,
    command: str,
    answers: int,
    what: str,
    on: bool,
) -> None:
    alice = api.user("Alice")
    async with running_app(api, db_url, clock, tmp_path) as app:
        for name, callback in PROBES.items():
            app.add_handler(CommandHandler(name, callback), group=-3)
        await discreet_user(alice, on=on)
        await settled(app, api)
        before = await scheduled_ids(app, alice)
        with statements(app) as seen:
            ids = await probe(app, api, alice, command, answers)
        if command == "/probe_failure":
            assert alice.transcript[-1].text == texts.SORRY_GENERIC
        # Every message once (an edit of one already scheduled adds nothing), or none at all.
        assert deletions_scheduled(seen) == (len(ids) if on else 0), (what, ids, "\n".join(seen))
        assert await scheduled_ids(app, alice) == sorted(before + (ids if on else []))
        # A service read the user's settings: nobody looks the delay up again.
        assert delay_lookups(seen) == 0, seen


@pytest.mark.parametrize("on", [True, False], ids=["discreet", "not-discreet"])
@pytest.mark.timeout(60)
async def test_discreet_tends_own_features_need_no_lookup_and_schedule_each_message_once(
    api: StandIn, db_url: str, clock: FakeClock, tmp_path: Path, on: bool
) -> None:
    # The draft, its buttons, its edit and /privacy all read the user through a service: the
    # delay comes from there, so no update needs a look-up of its own. (A guard: this held
    # before too, with each handler passing the delay on by hand.)
    alice = api.user("Alice")
    async with running_app(api, db_url, clock, tmp_path) as app:
        await discreet_user(alice, on=on)
        await settled(app, api)
        before = await scheduled_ids(app, alice)
        with statements(app) as seen:
            draft = await alice.send("you never listen to me when i talk about work")
            reply_ = await alice.wait_for_reply()
            await alice.press(reply_, "Why?")
            why = await alice.wait_for_reply()
            await alice.edit(draft, "you never listen to me when i talk about my day")
            await alice.wait_for_edit(reply_)
            command = await alice.send("/privacy")
            card = await alice.wait_for_reply()
            await settled(app, api)
        assert delay_lookups(seen) == 0, seen
        ids = [draft["message_id"], reply_.message_id, why.message_id]
        ids += [command["message_id"], card.message_id]
        expected = sorted(before + ids) if on else before
        assert await scheduled_ids(app, alice) == expected  # one row per message
