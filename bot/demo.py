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
import shutil
import sys
import textwrap
from pathlib import Path
from typing import Any

from bot.launcher import BotProcess
from standin import BotMessage, SimUser, StandIn

WIDTH = min(shutil.get_terminal_size((88, 24)).columns, 100)
INTRO = """\
Tend — offline demo. You are chatting with the real bot, running locally.
Type a message as if to your partner (try: you never listen to me).
A number presses a button under Tend's last message. /edit <text> edits your last
message. /quit leaves. Your demo data lives in {data}.
"""


def render(message: BotMessage, *, edited: bool = False) -> str:
    """A bot message as terminal text, with numbered buttons."""
    head = "Tend (edited)" if edited else "Tend"
    body = message.text
    if message.photo is not None:
        body = f"[photo, {message.photo.size:,} bytes]\n{body}"
    if message.document is not None:
        body = f"[file {message.document.file_name or ''}, {message.document.size:,} bytes]\n{body}"
    lines = [f"── {head} " + "─" * max(0, WIDTH - len(head) - 4)]
    for paragraph in body.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, WIDTH) or [""])
    labels = message.button_labels
    if labels:
        lines.append("  ".join(f"[{i}] {label}" for i, label in enumerate(labels, 1)))
    return "\n".join(lines)


class Terminal:
    """Plays the Telegram app for one simulated user."""

    def __init__(self, api: StandIn, user: SimUser) -> None:
        self.api, self.user = api, user
        self.shown: dict[int, int] = {}  # message id -> version printed
        self.last_sent: dict[str, Any] | None = None

    def print_new(self) -> None:
        for message in self.user.transcript:
            seen = self.shown.get(message.message_id)
            if seen is not None and seen >= message.version:
                continue
            if message.deleted:
                if seen is not None:
                    print("(Tend deleted a message — discreet mode)\n")
            else:
                print(render(message, edited=seen is not None) + "\n")
            self.shown[message.message_id] = message.version

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
        self.last_sent = await self.user.send(line)
        # The analysis happens before any reply is sent: wait for the reply itself.
        with contextlib.suppress(TimeoutError):
            await self.user.wait_for_reply(timeout=15)
        return True


async def run(data_dir: Path) -> int:
    async with StandIn() as api:
        bot = BotProcess(api, data_dir=data_dir, env={"LOG_LEVEL": "WARNING"})
        print("Starting Tend (loading the language model takes a few seconds)…", flush=True)
        await bot.start()
        try:
            user = api.user(first_name="You")
            term = Terminal(api, user)
            print(INTRO.format(data=data_dir))
            await user.send("/start")
            await asyncio.sleep(1.0)
            term.print_new()
            loop = asyncio.get_running_loop()
            while True:
                line = await loop.run_in_executor(None, _prompt)
                if line is None or not await term.handle(line):
                    break
                await _settle(api)
                term.print_new()
        finally:
            code = await bot.stop()
        if api.violations:
            print("Bot API violations seen during the demo:", *api.violations, sep="\n  ")
        return code


async def _settle(api: StandIn) -> None:
    with contextlib.suppress(TimeoutError):
        await api.wait_idle(quiet=0.4, timeout=15)


def _prompt() -> str | None:
    try:
        return input("you › ")
    except EOFError:
        return None


def main(argv: list[str] | None = None) -> int:
    """`python -m bot.demo [--data DIR]`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("data/demo"), help="demo data folder")
    args = parser.parse_args(argv)
    try:
        return asyncio.run(run(args.data.resolve()))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
