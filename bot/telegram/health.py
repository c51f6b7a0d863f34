"""`python -m bot healthcheck`: is this process's bot alive? Used by Docker's HEALTHCHECK."""

from __future__ import annotations

import time
import urllib.request
from pathlib import Path

from bot.config import Settings

HEARTBEAT_FILE = "heartbeat"
HEARTBEAT_MAX_AGE_S = 120.0


def write_heartbeat(data_dir: Path) -> None:
    """Record that the event loop is still turning."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / HEARTBEAT_FILE).write_text(str(time.time()))


def healthcheck(settings: Settings) -> int:
    """0 when healthy: webhook mode asks /healthz; polling mode reads the heartbeat file."""
    if settings.bot_mode == "webhook":
        url = f"http://127.0.0.1:{settings.webhook_port}/healthz"
        try:
            with urllib.request.urlopen(url, timeout=3) as response:
                return 0 if response.status == 200 else 1
        except OSError:
            return 1
    beat = settings.data_dir / HEARTBEAT_FILE
    try:
        age = time.time() - float(beat.read_text())
    except (OSError, ValueError):
        return 1
    return 0 if age < HEARTBEAT_MAX_AGE_S else 1
