"""The typed context handed to every handler: long-lived services live on `BotData`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

    from bot.clock import Clock
    from bot.config import Settings
    from bot.db.probe import DatabaseHealth
    from bot.drafts.analysis import AnalysisPool
    from bot.drafts.flood import FloodGate


T = TypeVar("T")


class NotReadyError(RuntimeError):
    """A service was used before start-up finished building it."""


class BotData:
    """Services built once at start-up (see `bot.app.startup`) and closed at shutdown."""

    def __init__(self) -> None:
        self._settings: Settings | None = None
        self._clock: Clock | None = None
        self._analysis: AnalysisPool | None = None
        self._engine: AsyncEngine | None = None
        self._sessionmaker: async_sessionmaker[AsyncSession] | None = None
        self._flood: FloodGate | None = None
        self.worker_id = ""
        # Set at start-up (bot.app.startup); /healthz and the heartbeat ask it.
        self.database_health: DatabaseHealth | None = None

    def configure(self, *, settings: Settings, clock: Clock) -> None:
        """Attach what is known when the application is built."""
        self._settings, self._clock = settings, clock

    def install(
        self,
        *,
        analysis: AnalysisPool,
        engine: AsyncEngine,
        sessionmaker: async_sessionmaker[AsyncSession],
        flood: FloodGate,
        worker_id: str,
    ) -> None:
        """Attach the services built at start-up."""
        self._analysis, self._engine, self._sessionmaker = analysis, engine, sessionmaker
        self._flood, self.worker_id = flood, worker_id

    async def close(self) -> None:
        """Release what `install` attached (idempotent)."""
        analysis, engine = self._analysis, self._engine
        self._analysis = self._engine = self._sessionmaker = None
        if analysis is not None:
            await analysis.close()
        if engine is not None:
            await engine.dispose()

    @property
    def settings(self) -> Settings:
        return _ready(self._settings, "settings")

    @property
    def analysis(self) -> AnalysisPool:
        return _ready(self._analysis, "analysis")

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        return _ready(self._sessionmaker, "sessionmaker")

    @property
    def clock(self) -> Clock:
        return _ready(self._clock, "clock")

    @property
    def flood(self) -> FloodGate:
        return _ready(self._flood, "flood")


def _ready(value: T | None, name: str) -> T:
    if value is None:
        raise NotReadyError(f"{name} is not ready yet")
    return value


class TendContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    """CallbackContext with typed access to Tend's services."""

    @property
    def tend(self) -> BotData:
        return self.bot_data


TendApp = Application[
    ExtBot[None], TendContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[TendContext]
]
