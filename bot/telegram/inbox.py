"""At-least-once handling with exactly-once replies: every update is held in the database
before Telegram is told it arrived, and let go once answered.

The steps, for each update:

1. **hold** (on arrival, before acknowledging: the next `getUpdates` offset, the webhook's
   200): the update id is claimed (a redelivery, or a second worker, gets nothing) and the
   update is stored, owned by this process. Batched with other arrivals (group commit).
2. **send started**: just before the first message for the update leaves (below the rate
   limiter, in the transport), the held row notes it.
3. **release**: the update is answered; its row, the only copy of its text, is deleted.

After a crash (kill -9, out of memory, a reboot) the rows of a dead owner are taken over:
at start-up for a previous process of this host, after `LEASE` for any other (a live owner
renews its claims every tick). An update whose send had not started is answered as if it had
just arrived; one whose send had started is released unanswered, because its reply may
already be in the chat and Telegram offers no way to ask (a second copy would be worse: the
nudges take the same view). The window between "send started" being committed and the
request leaving is a few awaits (sends first take one of the transport's send slots, so none
waits for a free connection), but it is shared: the marks of concurrent sends commit in one
transaction and their requests then leave one after another (opening a connection first if
none is idle). So a crash can catch in that window as many sends as there are send slots
(`transport.SEND_SLOTS`), never more; in practice none or one (bench/RESULTS.md, "Crash").

If the database cannot be reached on arrival, the update is answered without being held:
the handlers then tell the user at once that something is wrong, which beats silence.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import uuid
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.group_commit import group_for
from bot.db.repository import inbox as repo
from bot.db.repository.inbox import Arrival

log = logging.getLogger(__name__)

# A live owner renews its claims every tick; one silent for this long is taken to be gone.
LEASE = timedelta(seconds=60)
# No update is held longer than this, answered or not: its text goes (Tend keeps no drafts).
MAX_HELD = timedelta(minutes=10)

Sessions = async_sessionmaker[AsyncSession]


@dataclass(slots=True)
class _Handling:
    """The held update the current task is answering (see `answering`)."""

    inbox: Inbox
    update_id: int
    send_started: bool = False


_current: ContextVar[_Handling | None] = ContextVar("tend_held_update", default=None)


def new_owner() -> str:
    """This process's name in `claimed_by`: host, pid, and a nonce for this start."""
    return f"{socket.gethostname()[:80]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def owner_is_gone(owner: str, *, me: str) -> bool:
    """Whether `owner` is certainly not running: a process of this host that has exited, or
    an earlier start of this process's pid (a container restarted as pid 1)."""
    host, _, rest = owner.partition(":")
    pid_text, _, _ = rest.partition(":")
    my_host, _, my_rest = me.partition(":")
    if host != my_host or not pid_text.isdigit() or owner == me:
        return False
    pid = int(pid_text)
    if str(pid) == my_rest.partition(":")[0]:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return not _signalable(pid)
    return state in {"Z", "X"}


def _signalable(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Inbox:
    """Holds this process's updates until they are answered (module docstring)."""

    def __init__(self, sessions: Sessions, *, clock: Clock, owner: str | None = None) -> None:
        self._sessions = sessions
        self._clock = clock
        self.owner = owner or new_owner()
        self._held: set[int] = set()
        # Redeliveries of updates still being answered here: they must not be answered (or
        # released) a second time.
        self._echoes: dict[int, int] = {}
        self.replayed = 0  # for logs and tests
        self.abandoned = 0

    def holds(self, update_id: int) -> bool:
        """Whether this process holds `update_id` and has not released it yet."""
        return update_id in self._held

    def note_echo(self, update_id: int) -> None:
        """`update_id` arrived again while this process is still answering it."""
        self._echoes[update_id] = self._echoes.get(update_id, 0) + 1

    def take_echo(self, update_id: int) -> bool:
        """Whether this delivery of `update_id` is an echo noted by `note_echo` (once each)."""
        left = self._echoes.get(update_id, 0)
        if not left:
            return False
        if left == 1:
            del self._echoes[update_id]
        else:
            self._echoes[update_id] = left - 1
        return True

    async def hold(self, arrivals: Sequence[Arrival]) -> list[bool]:
        """Step 1 for a batch of arrivals; True for each one to answer (first delivery).

        Raises what the database raises: the caller then answers without holding.
        """
        if not arrivals:
            return []
        now = self._clock.now()
        group = group_for(self._sessions)
        won: list[bool] = await group.run_batched(_hold_batch, (arrivals, self.owner, now))
        self._held.update(a.update_id for a, first in zip(arrivals, won, strict=True) if first)
        return won

    @contextlib.contextmanager
    def answering(self, update_id: int) -> Iterator[None]:
        """While the current task answers `update_id`: sends are preceded by step 2."""
        if update_id not in self._held:
            yield
            return
        token = _current.set(_Handling(self, update_id))
        try:
            yield
        finally:
            _current.reset(token)

    async def release(self, update_id: int) -> None:
        """Step 3: the update is answered."""
        if update_id not in self._held:
            return
        await group_for(self._sessions).run_batched(_release_batch, update_id)
        self._held.discard(update_id)

    async def _mark_send_started(self, update_id: int) -> None:
        now = self._clock.now()
        await group_for(self._sessions).run_batched(_mark_batch, (update_id, now))

    async def tick(self) -> list[tuple[int, str]]:
        """Renew this process's claims, drop what was held too long, and take over the
        updates of owners that are gone. Returns the updates to answer again: (id, JSON)."""
        now = self._clock.now()
        async with self._sessions.begin() as session:
            await repo.renew_claims(session, owner=self.owner, now=now)
            pruned = await repo.prune_held_updates(session, before=now - MAX_HELD)
        if pruned:
            log.warning("%d held update(s) older than %s dropped unanswered", pruned, MAX_HELD)
        replay: list[tuple[int, str]] = []
        dropped: list[int] = []
        after = -1
        while True:
            async with self._sessions.begin() as session:
                found = await repo.orphans(session, owner=self.owner, after=after)
                takeable = [
                    o
                    for o in found
                    if owner_is_gone(o.claimed_by, me=self.owner) or now - o.claimed_at > LEASE
                ]
                taken = await repo.take_over(session, orphans=takeable, owner=self.owner, now=now)
                started = [t.update_id for t in taken if t.send_started]
                if started:
                    await repo.release_updates(session, update_ids=started)
            dropped += started
            for t in taken:
                if not t.send_started:
                    self._held.add(t.update_id)
                    replay.append((t.update_id, t.payload))
            if len(found) < repo.ORPHANS_PER_READ:
                break
            after = found[-1].update_id
        self.replayed += len(replay)
        self.abandoned += len(dropped)
        if replay:
            log.info("answering %d update(s) a stopped worker had not answered", len(replay))
        if dropped:
            log.warning(
                "%d update(s) not answered again: a stopped worker had started sending their "
                "reply (ids %s)",
                len(dropped),
                ",".join(map(str, dropped[:200])),
            )
        return replay


async def before_send() -> None:
    """Step 2, called by the transport before every message it sends: the first send of the
    update the current task is answering notes it (once; a failure to note is logged)."""
    handling = _current.get()
    if handling is None or handling.send_started:
        return
    handling.send_started = True
    try:
        await handling.inbox._mark_send_started(handling.update_id)
    except Exception as exc:
        log.warning(
            "update %s: could not note that its reply is leaving (%s)",
            handling.update_id,
            type(exc).__name__,
        )


async def _hold_batch(
    session: AsyncSession, batches: Sequence[tuple[Sequence[Arrival], str, datetime]]
) -> list[list[bool]]:
    arrivals = [a for batch, _, _ in batches for a in batch]
    _, owner, now = batches[0]  # one owner per process; the first arrival's time for all
    won = await repo.hold_updates(session, arrivals=arrivals, owner=owner, now=now)
    answers, start = [], 0
    for batch, _, _ in batches:
        answers.append(won[start : start + len(batch)])
        start += len(batch)
    return answers


async def _release_batch(session: AsyncSession, update_ids: Sequence[int]) -> list[None]:
    await repo.release_updates(session, update_ids=update_ids)
    return [None] * len(update_ids)


async def _mark_batch(session: AsyncSession, marks: Sequence[tuple[int, datetime]]) -> list[None]:
    await repo.mark_send_started(session, update_ids=[u for u, _ in marks], now=marks[0][1])
    return [None] * len(marks)
