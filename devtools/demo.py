"""Offline demo: chat with the real bot in this terminal, no token and no internet needed.

The real bot process (`python -m bot`, same handlers, database and analyzer) talks to the
local Bot API stand-in; this terminal plays the Telegram app. Type a message to send it;
a number presses that button on the bot's latest message; `/edit <text>` edits your last
message; `/quit` (or Ctrl+D) leaves.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import shutil
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from typing import Any

from devtools.demo_history import fill_sample_history
from devtools.launcher import BotProcess
from standin import BotMessage, SimUser, StandIn

WIDTH = min(shutil.get_terminal_size((88, 24)).columns, 100)
INTRO = """\
Tend — offline demo. You are chatting with the real bot, running locally.
Type a message as if to your partner (try: you never listen to me).
A number presses a button under Tend's last message. /edit <text> edits your last
message. When Tend asks a question, your next line is sent as a reply to it.
Photos and files Tend sends are saved under {media}. /quit leaves.
Your demo data lives in {data}.
"""
WELCOME_BACK = """\
Welcome back — Tend remembers you (your demo data is in {data}).
/help lists what Tend can do; delete that folder to start over as a newcomer.
"""
SAMPLE_HISTORY = "Added eight weeks of sample history ({checks} checks): try /history.\n"
SAVED = "  (saved: {path})"
AS_REPLY = "  (sent as a reply to Tend's question)"
PROMPT = "you › "
# Telegram's message ids keep growing in a chat; the demo's stand-in starts each run afresh,
# so the last one is kept here and the chat goes on from it.
_STATE_FILE = "demo-chat.json"


def render(message: BotMessage, *, edited: bool = False, saved: Path | None = None) -> str:
    """A bot message as terminal text, with numbered buttons (and where its file was saved)."""
    head = "Tend (edited)" if edited else "Tend"
    body = message.text
    if message.photo is not None:
        body = f"[photo, {message.photo.size:,} bytes]\n{body}"
    if message.document is not None:
        body = f"[file {message.document.file_name or ''}, {message.document.size:,} bytes]\n{body}"

    lines = [f"── {head} " + "─" * max(0, WIDTH - len(head) - 4)]
    for paragraph in body.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, WIDTH) or [""])
    if saved is not None:
        lines.append(SAVED.format(path=saved))  # unwrapped: a path to copy whole
    labels = message.button_labels
    if labels:
        lines.append("  ".join(f"[{i}] {label}" for i, label in enumerate(labels, 1)))
    return "\n".join(lines)


class Terminal:
    """Plays the Telegram app for one simulated user."""

    def __init__(self, api: StandIn, user: SimUser, *, media: Path) -> None:
        self.api, self.user, self.media = api, user, media
        self.shown: dict[int, int] = {}  # message id -> version printed
        self.last_sent: dict[str, Any] | None = None
        self.answered: set[int] = set()  # questions already replied to
        self.waiting = False  # the prompt is waiting for a line

    def has_new(self) -> bool:
        return any(
            self.shown.get(m.message_id, -1) < m.version
            and not (m.deleted and m.message_id not in self.shown)
            for m in self.user.transcript
        )

    def print_new(self) -> None:
        for message in self.user.transcript:
            seen = self.shown.get(message.message_id)
            if seen is not None and seen >= message.version:
                continue
            if message.deleted:
                if seen is not None:
                    print("(Tend deleted a message — discreet mode)\n")
            else:
                saved = self.save_media(message) if seen is None else None
                print(render(message, edited=seen is not None, saved=saved) + "\n")
            self.shown[message.message_id] = message.version

    def save_media(self, message: BotMessage) -> Path | None:
        """Save a photo or file Tend sent under the media folder; its path."""
        stored = message.photo or message.document
        if stored is None:
            return None
        self.media.mkdir(parents=True, exist_ok=True)
        default = "tend-photo.png" if message.photo is not None else "tend-file"
        name = Path(stored.file_name or default).name
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        path = self.media / f"{stamp}-{message.message_id}-{name}"
        path.write_bytes(stored.data)
        return path

    def open_question(self) -> BotMessage | None:
        """Tend's latest message, if it is a question waiting for a reply (ForceReply)."""
        latest = next((m for m in reversed(self.user.transcript) if not m.deleted), None)
        if latest is None or latest.message_id in self.answered:
            return None
        if not (latest.reply_markup or {}).get("force_reply"):
            return None
        return latest

    def latest_with_buttons(self) -> BotMessage | None:
        for message in reversed(self.user.transcript):
            if message.buttons and not message.deleted:
                return message
        return None

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False to quit."""
        line = line.rstrip("\n")
        if line.strip() in {"/quit", "/exit"}:
            return False
        if line.strip().isdigit() and (target := self.latest_with_buttons()) is not None:
            labels = target.button_labels
            index = int(line.strip()) - 1
            if 0 <= index < len(labels):
                answer = await self.user.press(target, labels[index])
                if answer.text:
                    print(f"  ({answer.text})\n")
                return True
        if line.startswith("/edit ") and self.last_sent is not None:
            self.last_sent = await self.user.edit(self.last_sent, line[6:])
            return True
        question = self.open_question()
        if question is not None and not line.lstrip().startswith("/"):
            # As Telegram's reply box does after a question: the answer is a reply to it.
            self.answered.add(question.message_id)
            print(AS_REPLY)
            self.last_sent = await self.user.send(line, reply_to=question)
        else:
            self.last_sent = await self.user.send(line)
        # The analysis happens before any reply is sent: wait for the reply itself.
        with contextlib.suppress(TimeoutError):
            await self.user.wait_for_reply(timeout=15)
        return True


async def run(data_dir: Path, *, sample_history: bool = False) -> int:
    first_start = _prepare(data_dir)
    async with StandIn() as api:
        user = api.user(first_name="You")
        state = _load_state(data_dir)
        api.state.chats[user.id].next_message_id = state.get("next_message_id", 1)
        media = data_dir / "media"
        if sample_history:
            url = f"sqlite+aiosqlite:///{data_dir / 'tend.sqlite3'}"
            checks = await fill_sample_history(url, user_id=user.id)
        bot = BotProcess(api, data_dir=data_dir, env={"LOG_LEVEL": "WARNING"})
        print("Starting Tend (loading the language model takes a few seconds)…", flush=True)
        await bot.start()
        try:
            term = Terminal(api, user, media=media)
            print(INTRO.format(data=data_dir, media=media))
            if sample_history:
                print(SAMPLE_HISTORY.format(checks=checks))
            if first_start:
                await user.send("/start")  # the greeting, once: a returning user gets none
            else:
                print(WELCOME_BACK.format(data=data_dir))
            await _settle(api)
            term.print_new()
            loop = asyncio.get_running_loop()
            # What arrives while the prompt waits (a chart still drawing, a nudge at its
            # time, a weekly summary) is printed as it comes, then the prompt again.
            watcher = asyncio.create_task(_watch(api, term))
            try:
                while True:
                    term.waiting = True
                    line = await loop.run_in_executor(None, _prompt)
                    term.waiting = False
                    if line is None or not await term.handle(line):
                        break
                    await _settle(api)
                    term.print_new()
            finally:
                watcher.cancel()
        finally:
            code = await bot.stop()
            _save_state(data_dir, api.state.chats[user.id].next_message_id)
        if api.violations:
            print("Bot API violations seen during the demo:", *api.violations, sep="\n  ")
        return code


async def _watch(api: StandIn, term: Terminal) -> None:
    while True:
        await asyncio.sleep(0.5)
        if term.waiting and term.has_new():
            await _settle(api)
            if term.waiting:
                print()
                term.print_new()
                print(PROMPT, end="", flush=True)


async def _settle(api: StandIn) -> None:
    with contextlib.suppress(TimeoutError):
        await api.wait_idle(quiet=0.4, timeout=15)


def _prepare(data_dir: Path) -> bool:
    """Make the data folder; True on the first start (no database there yet)."""
    first = not (data_dir / "tend.sqlite3").exists()
    data_dir.mkdir(parents=True, exist_ok=True)
    return first


def _load_state(data_dir: Path) -> dict[str, int]:
    try:
        loaded = json.loads((data_dir / _STATE_FILE).read_text())
    except (OSError, ValueError):
        return {}
    return {k: int(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}


def _save_state(data_dir: Path, next_message_id: int) -> None:
    with contextlib.suppress(OSError):
        (data_dir / _STATE_FILE).write_text(json.dumps({"next_message_id": next_message_id}))


def _prompt() -> str | None:
    try:
        return input(PROMPT)
    except EOFError:
        return None


def main(argv: list[str] | None = None) -> int:
    """`python -m devtools.demo [--data DIR] [--sample-history]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("data/demo"), help="demo data folder")
    parser.add_argument(
        "--sample-history",
        action="store_true",
        help="fill eight weeks of sample history first (/history, weekly summary, therapy hint)",
    )
    args = parser.parse_args(argv)
    try:
        return asyncio.run(run(args.data.resolve(), sample_history=args.sample_history))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
