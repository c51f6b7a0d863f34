"""Hostile and odd input through ONE real bot process (`python -m bot`) and the Bot API stand-in.

Every case of `tests/data/hostile.jsonl` says what Tend must do with it: answer ("reply", with
words the answer must contain), answer a button press with a polite alert ("alert"), or stay
silent on purpose ("ignored"). After each case the bot must still be running and the stand-in
must have seen no Bot API violation (it refuses bad HTML exactly as Telegram does). A
hypothesis test then sends generated drafts through the same process.

Corpus format, one JSON object a line: `name`, `kind` (`text`: a user types it; `raw`: an update
pushed as is; `callback`: a button press with crafted `data` on one of Tend's messages),
`expect`, and optionally `says` (any of these, case-insensitive), `where` (the chat the reply
goes to), `message: false` (a press on no message, as from inline mode) and `standin_flags`
(the violation the stand-in reports about its own answer when a case sends an update the Bot
API spec does not have: expected, and nothing else may appear).

In `raw` updates `"$USER"`, `"$PRIVATE"`, `"$GROUP"`, `"$SUPERGROUP"`, `"$CHANNEL"`, `"$BOT"`,
`"$USER_ID"`, `"$DATE"` and `"$QUERY"` stand for fresh objects of each case, and
`{"$repeat": [text, times, tail]}` for a long string. Messages get an id, a date, the private
chat and the user as sender unless the case says otherwise.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.basics import texts
from devtools.launcher import BotProcess
from standin import StandIn
from standin.chats import SimChat
from standin.state import PendingCallback
from standin.users import SimChannel, SimGroup, SimUser
from standin.views import BotMessage

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.slow,
    pytest.mark.timeout(300),
    pytest.mark.asyncio(loop_scope="module"),
]

CORPUS_FILE = Path(__file__).parent / "data" / "hostile.jsonl"
CORPUS: list[dict[str, Any]] = [
    json.loads(line) for line in CORPUS_FILE.read_text(encoding="utf-8").splitlines() if line
]
APOLOGIES = (texts.SORRY_DB, texts.SORRY_GENERIC)
MESSAGE_KINDS = {
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "business_message",
}
_message_ids = itertools.count(50_000)
_query_ids = itertools.count(1)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def api() -> AsyncIterator[StandIn]:
    async with StandIn() as server:
        yield server


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bot(api: StandIn, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[BotProcess]:
    process = BotProcess(api, data_dir=tmp_path_factory.mktemp("hostile") / "data")
    await process.start()
    yield process
    assert await process.stop() == 0, process.log_tail()


@dataclass
class Scene:
    """The fresh people and chats one case plays in."""

    api: StandIn
    user: SimUser
    group: SimGroup
    supergroup: SimGroup
    channel: SimChannel

    @classmethod
    def new(cls, api: StandIn) -> Scene:
        user = api.user("Hostile")
        return cls(
            api,
            user,
            api.group(members=[user]),
            api.group(members=[user], supergroup=True),
            api.channel(),
        )

    @property
    def chats(self) -> dict[str, SimChat]:
        return {
            "private": self.user,
            "group": self.group,
            "supergroup": self.supergroup,
            "channel": self.channel,
        }

    def env(self) -> dict[str, Any]:
        return {
            "$USER": self.user.data,
            "$PRIVATE": self.user.chat,
            "$GROUP": self.group.chat,
            "$SUPERGROUP": self.supergroup.chat,
            "$CHANNEL": self.channel.chat,
            "$BOT": self.api.bot,
            "$USER_ID": self.user.id,
            "$DATE": int(time.time()),
        }

    def expect_callback(self) -> tuple[str, asyncio.Future[dict[str, Any]]]:
        """A query id the stand-in will accept an answer for, and the future of that answer."""
        query_id = f"hostile-{next(_query_ids)}"
        answer: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.api.state.callbacks[query_id] = PendingCallback(self.user.id, answer)
        return query_id, answer


def alive(bot: BotProcess) -> bool:
    """The bot process exists and has not exited (Linux: its state in /proc is not a zombie)."""
    try:
        stat = Path(f"/proc/{bot.pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in {"Z", "X"}


def fill(value: Any, env: dict[str, Any]) -> Any:
    """Replace the corpus placeholders (see the module docstring)."""
    if isinstance(value, str):
        return env.get(value, value)
    if isinstance(value, list):
        return [fill(item, env) for item in value]
    if isinstance(value, dict):
        if "$repeat" in value:
            text, times, tail = value["$repeat"]
            return str(text) * int(times) + str(tail)
        return {key: fill(item, env) for key, item in value.items()}
    return value


def raw_update(case: dict[str, Any], scene: Scene) -> dict[str, Any]:
    update: dict[str, Any] = fill(case["update"], scene.env())
    for kind, body in update.items():
        if kind in MESSAGE_KINDS:
            body.setdefault("message_id", next(_message_ids))
            body.setdefault("date", int(time.time()))
            body.setdefault("chat", scene.user.chat)
            if body["chat"]["type"] != "channel":
                body.setdefault("from", scene.user.data)
    return update


async def run_case(case: dict[str, Any], scene: Scene) -> BotMessage | dict[str, Any] | None:
    """Play one case; what came back (a message, a callback answer) or None."""
    answer: asyncio.Future[dict[str, Any]] | None = None
    if case["kind"] == "text":
        await scene.user.send(case["text"])
    elif case["kind"] == "raw":
        update = raw_update(case, scene)
        if "callback_query" in update:
            update["callback_query"]["id"], answer = scene.expect_callback()
        scene.api.push_update(update)
    else:
        answer = await press_crafted(
            scene, case.get("data"), with_message=case.get("message", True)
        )
    if case["expect"] == "alert":
        assert answer is not None
        return await asyncio.wait_for(answer, 15)
    if case["expect"] == "reply":
        return await scene.chats[case.get("where", "private")].wait_for_reply(timeout=15)
    await scene.api.wait_idle(quiet=0.5, timeout=15)
    return None


async def press_crafted(
    scene: Scene, data: str | None, *, with_message: bool
) -> asyncio.Future[dict[str, Any]]:
    """Press a button Tend never made on Tend's /start message (or on no message at all)."""
    await scene.user.send("/start")
    await scene.user.wait_for_reply()
    offer = await scene.user.wait_for_reply()
    query_id, answer = scene.expect_callback()
    query: dict[str, Any] = {"id": query_id, "from": scene.user.data, "chat_instance": "7"}
    if data is not None:
        query["data"] = data
    if with_message:
        query["message"] = offer.raw
    else:
        query["inline_message_id"] = "AAAAAQ"
    scene.api.push_update({"callback_query": query})
    return answer


@pytest.mark.parametrize("case", CORPUS, ids=[c["name"] for c in CORPUS])
async def test_hostile_input_gets_a_sensible_answer_or_none(
    api: StandIn, bot: BotProcess, case: dict[str, Any]
) -> None:
    scene = Scene.new(api)
    violations = len(api.violations)
    before = {name: len(chat.transcript) for name, chat in scene.chats.items()}

    got = await run_case(case, scene)
    await api.wait_idle(quiet=0.2, timeout=15)  # whatever else the bot does, let it happen

    if case["expect"] == "ignored":
        after = {name: len(chat.transcript) for name, chat in scene.chats.items()}
        assert after == before, f"expected silence, got {after}"
    elif case["expect"] == "alert":
        assert isinstance(got, dict)
        assert got.get("show_alert") and got.get("text"), got  # polite, and it says why
    else:
        assert isinstance(got, BotMessage)
        assert got.text not in APOLOGIES, "an error, not an answer"
        says = case.get("says", [])
        assert not says or any(s.lower() in got.text.lower() for s in says), got.text
    new = api.violations[violations:]
    if "standin_flags" in case:
        # The stand-in validates its own answers too: an update type the spec does not know
        # is flagged as its own off-spec result, which is exactly what this case sends.
        assert new and all(case["standin_flags"] in v for v in new), new
    else:
        assert new == []
    assert alive(bot), bot.log_tail()


async def test_hostile_corpus_is_big_and_covers_every_command() -> None:
    assert len(CORPUS) >= 50
    assert len({c["name"] for c in CORPUS}) == len(CORPUS)
    typed = " ".join(c.get("text", "") for c in CORPUS)
    for command, _ in texts.COMMANDS:
        assert f"/{command} " in typed, f"no garbage arguments for /{command}"
    assert {c["expect"] for c in CORPUS} == {"reply", "ignored", "alert"}


DRAFT_PIECES = st.sampled_from(
    ["you never", "you always", "<b>", "</pre>", "&amp;", "&", "<", ">", "'; --", "\n", "😡"]
)
DRAFTS = (
    st.lists(
        st.one_of(DRAFT_PIECES, st.text(st.characters(exclude_categories=["Cs"]), max_size=40)),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda s: bool(s.strip()))
)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(draft=DRAFTS)
async def test_hostile_generated_drafts_get_a_reply(
    api: StandIn, bot: BotProcess, draft: str
) -> None:
    user = api.user("Generated")  # a fresh user each time: the flood limit stays out of it
    violations = len(api.violations)
    await user.send(draft)
    reply = await user.wait_for_reply(timeout=15)
    assert reply.text and reply.text not in APOLOGIES
    assert api.violations[violations:] == []


async def test_hostile_bot_still_answers_a_normal_draft(api: StandIn, bot: BotProcess) -> None:
    user = api.user("Afterwards")
    await user.send("you never listen to me when i talk about work")
    reply = await user.wait_for_reply(timeout=15)
    assert reply.buttons and "never" in reply.text
    assert all("future_update_kind" in v for v in api.violations), api.violations
    errors = [line for line in bot.log_tail(100_000).splitlines() if " ERROR " in line]
    assert errors == []
