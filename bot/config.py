"""Settings: the only module that reads environment variables (and an optional `.env`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DATA_DIR = Path("data")
# Telegram accepts 1-256 characters; anything guessable would let a forged update (a button
# press that deletes someone's data) through, so webhook mode refuses short ones.
MIN_WEBHOOK_SECRET_CHARS = 16


class MissingTokenError(RuntimeError):
    """Raised when the bot is started without TELEGRAM_BOT_TOKEN."""


class Settings(BaseSettings):
    """Everything Tend can be configured with. Field names map to upper-case env variables."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = DEFAULT_BASE_URL
    bot_mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    webhook_listen: str = "0.0.0.0"  # noqa: S104 - a webhook worker must be reachable by its proxy
    webhook_port: int = Field(default=8443, ge=1, le=65535)
    # The Mini App (bot/miniapp/): its public address; unset, nothing about it exists. Served
    # on the webhook server's port in webhook mode, on MINIAPP_PORT (at WEBHOOK_LISTEN) when
    # polling.
    miniapp_url: str | None = None
    miniapp_port: int = Field(default=8080, ge=1, le=65535)

    data_dir: Path = DEFAULT_DATA_DIR
    database_url: str = ""
    auto_migrate: bool = True

    log_level: str = "INFO"
    # Nudges missed by less than this (downtime) still go out late; older ones are skipped.
    nudge_grace_minutes: int = Field(default=120, ge=0)
    nudge_poll_seconds: float = Field(default=20.0, gt=0)
    # Per-user flood limit: drafts in a sliding window.
    flood_max_drafts: int = Field(default=6, ge=1)
    flood_window_seconds: float = Field(default=30.0, gt=0)
    rate_limiter: bool = True
    # Worker processes for analysis; 0 runs it on one thread inside the bot process.
    analyzer_workers: int = Field(default=1, ge=0, le=8)
    # Micro-batching: drafts arriving within the linger travel to a worker together (up to
    # max_batch); batches of 4+ cost about 40% less CPU per draft than one at a time.
    analyzer_linger_ms: float = Field(default=2.0, ge=0, le=100)
    analyzer_max_batch: int = Field(default=32, ge=1, le=256)
    # Group commit (bot.db.group_commit): at most this many units of work from concurrent
    # updates share one transaction; 1 gives every unit its own.
    db_batch_max: int = Field(default=64, ge=1, le=1000)
    db_batch_linger_ms: float = Field(default=0.0, ge=0, le=100)
    # HTTP client for Bot API calls: aiohttp costs a fraction of httpx's CPU per call
    # (bench/RESULTS.md); httpx is PTB's default, kept as a fallback.
    telegram_http: Literal["aiohttp", "httpx"] = "aiohttp"
    # Performance work: write cProfile stats of the bot process here when it stops.
    profile_file: Path | None = None

    @model_validator(mode="after")
    def _fill_defaults(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{self.data_dir.resolve() / 'tend.sqlite3'}"
        if self.bot_mode == "webhook" and (not self.webhook_url or self.webhook_secret is None):
            raise ValueError("BOT_MODE=webhook needs WEBHOOK_URL and WEBHOOK_SECRET")
        if self.bot_mode == "webhook" and not webhook_secret_strong(self.webhook_secret):
            raise ValueError(
                f"WEBHOOK_SECRET must be at least {MIN_WEBHOOK_SECRET_CHARS} characters "
                "(letters, digits, _ and -), e.g. from `openssl rand -hex 32`"
            )
        if self.miniapp_url is not None and not _is_web_app_url(self.miniapp_url):
            raise ValueError("MINIAPP_URL must be an https:// address (http:// only on localhost)")
        return self

    @property
    def miniapp_path(self) -> str:
        """The path the Mini App is served under, ending in "/" ("/" when unset)."""
        path = urlsplit(self.miniapp_url or "").path.rstrip("/")
        return f"{path}/"

    def require_token(self) -> str:
        """The bot token, or MissingTokenError with nothing secret in it."""
        if self.telegram_bot_token is None or not self.telegram_bot_token.get_secret_value():
            raise MissingTokenError("TELEGRAM_BOT_TOKEN is not set")
        return self.telegram_bot_token.get_secret_value()


def webhook_secret_strong(secret: SecretStr | None) -> bool:
    """Whether `secret` is long enough to authenticate Telegram's webhook calls."""
    return secret is not None and len(secret.get_secret_value()) >= MIN_WEBHOOK_SECRET_CHARS


def _is_web_app_url(url: str) -> bool:
    """Telegram opens Mini Apps over HTTPS only; plain HTTP is for a browser on this machine."""
    parts = urlsplit(url)
    if parts.query or parts.fragment or not parts.hostname:
        return False
    return parts.scheme == "https" or (
        parts.scheme == "http" and parts.hostname in {"localhost", "127.0.0.1", "::1"}
    )
