"""Per-user flood limit, kept in memory per process: fair to everyone else while one user
floods.

A draft is answered while its user has fewer than `max_events` drafts in the sliding window
*and* fewer than `max_events` still waiting for their answer. Past that, the user hears it
once per window (one "slow down", worded for what is true: drafts still waiting, or simply
too many too fast); every further draft in that window is set aside without a reply. So a
flood costs the bot-wide send budget (~30 messages/s) at most `max_events + 1` messages a
window, and other users' replies do not queue behind it (bench/RESULTS.md, "Flood").
"""

from __future__ import annotations

import enum
import math
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta


class Verdict(enum.Enum):
    """What to do with one draft."""

    ANSWER = "answer"
    SLOW_DOWN = "slow down"  # over the limit: say so (once per window)
    QUIET = "quiet"  # over the limit and already told: set aside without a reply


@dataclass(frozen=True, slots=True)
class Admission:
    """The verdict, and what a "slow down" may truthfully say."""

    verdict: Verdict
    waiting: int = 0  # the user's drafts still being answered
    free_in_s: int = 0  # seconds until the window lets another draft in (when none wait)


@dataclass(slots=True)
class _Flow:
    events: deque[datetime] = field(default_factory=deque)
    waiting: int = 0
    warned_at: datetime | None = None


class FloodGate:
    """Allows at most `max_events` per user within `window`; older events fall out."""

    def __init__(self, *, max_events: int, window: timedelta, max_users: int = 100_000) -> None:
        self._max_events = max_events
        self._window = window
        self._max_users = max_users
        self._flows: dict[int, _Flow] = {}

    def admit(self, user_id: int, now: datetime) -> Admission:
        """The verdict on a new draft from `user_id`; on ANSWER the caller must call `done`
        once the draft is answered (or failed)."""
        flow = self._flow(user_id, now)
        events = flow.events
        while events and now - events[0] >= self._window:
            events.popleft()
        if len(events) < self._max_events and flow.waiting < self._max_events:
            events.append(now)
            flow.waiting += 1
            return Admission(Verdict.ANSWER)
        if flow.warned_at is not None and now - flow.warned_at < self._window:
            return Admission(Verdict.QUIET, flow.waiting)
        flow.warned_at = now
        free_in = (events[0] + self._window - now).total_seconds() if events else 0.0
        return Admission(Verdict.SLOW_DOWN, flow.waiting, max(1, math.ceil(free_in)))

    def done(self, user_id: int) -> None:
        """A draft admitted by `admit` has been answered (or has failed)."""
        flow = self._flows.get(user_id)
        if flow is not None and flow.waiting > 0:
            flow.waiting -= 1

    def allow(self, user_id: int, now: datetime) -> bool:
        """The sliding window alone (no waiting count, no warnings): record an event for
        `user_id` at `now` and say whether it is within the limit."""
        flow = self._flow(user_id, now)
        events = flow.events
        while events and now - events[0] >= self._window:
            events.popleft()
        if len(events) >= self._max_events:
            return False
        events.append(now)
        return True

    def _flow(self, user_id: int, now: datetime) -> _Flow:
        flow = self._flows.get(user_id)
        if flow is None:
            if len(self._flows) >= self._max_users:
                self._forget_idle(now)
            flow = self._flows[user_id] = _Flow()
        return flow

    def _forget_idle(self, now: datetime) -> None:
        # Bounded memory: drop users with nothing waiting whose newest event left the window.
        idle = [
            uid
            for uid, flow in self._flows.items()
            if not flow.waiting and (not flow.events or now - flow.events[-1] >= self._window)
        ]
        for uid in idle:
            del self._flows[uid]
