"""Callback data: short, typed, and never enough on its own to act on someone else's records.

Each button carries only an action and a record id; handlers always check that the record
belongs to the person who pressed the button.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Feedback = Literal["helpful", "not_blaming"]
_FEEDBACK_CODES: dict[str, Feedback] = {"h": "helpful", "n": "not_blaming"}


def another(check_id: int, index: int) -> str:
    return f"a:{check_id}:{index}"


def use(check_id: int, index: int) -> str:
    return f"u:{check_id}:{index}"


def why(check_id: int) -> str:
    return f"w:{check_id}"


def feedback(check_id: int, value: Feedback) -> str:
    return f"f:{check_id}:{value[0]}"


@dataclass(frozen=True, slots=True)
class DraftAction:
    """A parsed draft-button press."""

    action: Literal["another", "use", "why", "feedback"]
    check_id: int
    index: int = 0
    feedback: Feedback | None = None


def parse_draft_action(data: str) -> DraftAction | None:
    """Parse callback data from a draft reply; None for anything malformed or foreign."""
    parts = data.split(":")
    if len(parts) < 2 or not parts[1].isdigit() or len(parts[1]) > 18:
        return None
    check_id = int(parts[1])
    match parts:
        case ["a", _, idx] if idx.isdigit() and len(idx) < 3:
            return DraftAction("another", check_id, index=int(idx))
        case ["u", _, idx] if idx.isdigit() and len(idx) < 3:
            return DraftAction("use", check_id, index=int(idx))
        case ["w", _]:
            return DraftAction("why", check_id)
        case ["f", _, code] if code in _FEEDBACK_CODES:
            return DraftAction("feedback", check_id, feedback=_FEEDBACK_CODES[code])
    return None


DRAFT_PATTERN = r"^[auwf]:\d+(:\w+)?$"


# "Make it mine": m:<check> opens the flow under the draft, m:<check>:r restarts it in place,
# m:<check>:<feeling> asks what would help, m:<check>:<feeling>:<ask> shows the result.
MINE_PATTERN = r"^m:\d{1,18}(:(r|\d{1,2}(:\d{1,2})?))?$"


def mine(check_id: int, *picks: int) -> str:
    return ":".join(["m", str(check_id), *(str(p) for p in picks)])


def mine_restart(check_id: int) -> str:
    return f"m:{check_id}:r"


@dataclass(frozen=True, slots=True)
class MineStep:
    """A parsed "Make it mine" press: no picks (open), a feeling, or a feeling and an ask."""

    check_id: int
    feeling: int | None = None
    ask: int | None = None
    restart: bool = False


def parse_mine(data: str) -> MineStep | None:
    """Parse "Make it mine" callback data; None for anything malformed or foreign."""
    parts = data.split(":")
    if len(parts) < 2 or parts[0] != "m" or not parts[1].isdigit() or len(parts[1]) > 18:
        return None
    check_id = int(parts[1])
    picks = parts[2:]
    if picks == ["r"]:
        return MineStep(check_id, restart=True)
    if len(picks) > 2 or not all(p.isdigit() and len(p) < 3 for p in picks):
        return None
    numbers = [int(p) for p in picks]
    return MineStep(
        check_id,
        feeling=numbers[0] if numbers else None,
        ask=numbers[1] if len(numbers) > 1 else None,
    )
