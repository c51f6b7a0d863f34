"""Is the database really there? Reachable, writable, and (SQLite) still the file it opened.

`/healthz` (webhook mode) and the heartbeat (polling mode, read by `python -m bot healthcheck`)
both ask this, so an orchestrator restarts or alerts on a bot that cannot store anything.
A deleted SQLite file is the quiet case: the open connections keep writing to the unlinked
file, everything seems fine, and at the next start all data is gone.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from sqlalchemy import delete
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.models import HeldUpdate

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 3.0


class DatabaseHealth:
    """Probes one database; remembers which SQLite file (inode) it was when first asked."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], *, url: str) -> None:
        self._sessions = sessions
        parsed = make_url(url)
        database = parsed.database or ""
        self._file = (
            Path(database)
            if parsed.get_backend_name() == "sqlite" and database not in ("", ":memory:")
            else None
        )
        self._inode = _inode(self._file) if self._file is not None else None
        self.last_problem: str | None = None

    async def problem(self) -> str | None:
        """None when healthy; else a short reason (no secrets, no data)."""
        found = self._file_problem() or await self._write_problem()
        if found != self.last_problem and found is not None:
            log.error("database unhealthy: %s", found)
        self.last_problem = found
        return found

    def _file_problem(self) -> str | None:
        if self._file is None:
            return None
        inode = _inode(self._file)
        if inode is None:
            return "the SQLite file is gone"
        if self._inode is not None and inode != self._inode:
            return "the SQLite file was replaced"
        return None

    async def _write_problem(self) -> str | None:
        # A write that changes nothing still takes the write lock (SQLite) or needs a
        # writable transaction (PostgreSQL): a read-only or full database fails it.
        try:
            async with asyncio.timeout(PROBE_TIMEOUT_S), self._sessions.begin() as session:
                await session.execute(delete(HeldUpdate).where(HeldUpdate.update_id == -1))
        except Exception as exc:
            return f"not writable ({type(exc).__name__})"
        return None


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except OSError:
        return None
