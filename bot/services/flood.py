"""Per-user flood limit: a sliding window of recent drafts, kept in memory per process."""

from __future__ import annotations

from collections import deque
from datetime import datetime, timedelta


class FloodGate:
    """Allows at most `max_events` per user within `window`; older events fall out."""

    def __init__(self, *, max_events: int, window: timedelta, max_users: int = 100_000) -> None:
        self._max_events = max_events
        self._window = window
        self._max_users = max_users
        self._events: dict[int, deque[datetime]] = {}

    def allow(self, user_id: int, now: datetime) -> bool:
        """Record an event for `user_id` at `now` and say whether it is within the limit."""
        events = self._events.get(user_id)
        if events is None:
            if len(self._events) >= self._max_users:
                self._forget_idle(now)
            events = self._events[user_id] = deque()
        while events and now - events[0] >= self._window:
            events.popleft()
        if len(events) >= self._max_events:
            return False
        events.append(now)
        return True

    def _forget_idle(self, now: datetime) -> None:
        # Bounded memory: drop users whose newest event has left the window.
        idle = [uid for uid, ev in self._events.items() if not ev or now - ev[-1] >= self._window]
        for uid in idle:
            del self._events[uid]
