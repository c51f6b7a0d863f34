"""`scripts/run demo` as a newcomer meets it: driven through a pseudo-terminal (pexpect).

The demo answers Tend's questions the way Telegram's reply box does, saves the photos and
files Tend sends (and prints where), greets only on the first start, and `--sample-history`
fills eight weeks so /history, the weekly summary and the therapy hint show at once.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

import pexpect
import pytest

from bot.history import texts as insight_texts

pytestmark = [pytest.mark.e2e, pytest.mark.slow, pytest.mark.timeout(240)]

ROOT = Path(__file__).resolve().parents[1]
PROMPT = "you › "
STARTUP_S = 90


def _demo(data: Path, *extra: str) -> pexpect.spawn[str]:
    child = pexpect.spawn(
        str(ROOT / "scripts" / "run"),
        ["demo", "--data", str(data), *extra],
        cwd=str(ROOT),
        encoding="utf-8",
        timeout=30,
        dimensions=(50, 100),
    )
    child.logfile_read = sys.stdout  # shows the conversation when a test fails
    child.expect_exact(PROMPT, timeout=STARTUP_S)
    return child


def _line(child: pexpect.spawn[str], text: str) -> str:
    """Type `text`, wait for the next prompt, return what Tend printed meanwhile."""
    child.sendline(text)
    child.expect_exact(PROMPT)
    return str(child.before)


def _button(screen: str, label: str) -> str:
    match = re.search(rf"\[(\d+)\] {re.escape(label)}", screen)
    assert match is not None, screen
    return match[1]


def _quit(child: pexpect.spawn[str]) -> None:
    child.sendline("/quit")
    child.expect(pexpect.EOF, timeout=60)
    child.close()
    assert child.exitstatus == 0


def test_demo_answers_a_zone_question_and_saves_the_chart(tmp_path: Path) -> None:
    data = tmp_path / "demo"
    child = _demo(data)
    assert "Hi, I'm Tend" in str(child.before)  # the greeting, on the first start
    screen = _line(child, "/nudges")
    zone = _line(child, _button(screen, "Change time zone"))
    assert "Which time zone are you in?" in zone
    answered = _line(child, "Chicago")
    assert "sent as a reply to Tend's question" in answered
    assert "Time zone set to America/Chicago" in answered
    _line(child, "you never listen to me when i talk about work")
    child.sendline("/history")
    child.expect(r"\(saved: (\S+\.png)\)")  # the chart, saved, wherever it prints
    assert isinstance(child.match, re.Match)
    png = Path(child.match[1])
    assert png.parent == data / "media" and png.is_file()
    assert struct.unpack(">II", png.read_bytes()[16:24]) == (1080, 1080)
    child.sendline("/export")
    child.expect(r"\(saved: (\S+tend-export\.json)\)")
    assert isinstance(child.match, re.Match) and Path(child.match[1]).is_file()
    _quit(child)

    again = _demo(data)
    first_screen = str(again.before)
    assert "Welcome back" in first_screen and "Hi, I'm Tend" not in first_screen
    _quit(again)


def test_demo_sample_history_shows_history_weekly_summary_and_therapy_hint(
    tmp_path: Path,
) -> None:
    child = _demo(tmp_path / "demo", "--sample-history")
    opening = str(child.before)
    assert "eight weeks of sample history" in opening
    if "Your week in drafts" not in opening:  # the weekly summary, due as the demo starts
        child.expect_exact("Your week in drafts", timeout=30)
    child.sendline("/history")
    child.expect_exact("This month (last 30 days)")
    child.expect_exact(insight_texts.CAPTION_WEEKS[:20])  # the chart's caption
    child.expect_exact("A thought, if it helps")  # the couples-therapy hint
    _quit(child)
