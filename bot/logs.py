"""Logging set-up: plain lines, and secrets and what users wrote never reach a log.

Three layers, because a draft can reach a log by three roads:
- a secret (the bot token, the webhook secret) inside a message: replaced by `[redacted]`;
- a library logging a whole payload (PTB logs a `getUpdates` answer it cannot parse, with every
  message in it): structured arguments are withheld;
- an exception's message (SQLAlchemy quotes statement parameters, decoders quote the data):
  tracebacks are printed with exception types and frames, and only Telegram's own error texts.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from collections.abc import Iterable, Mapping
from types import TracebackType
from urllib.parse import quote

from telegram.error import TelegramError

WITHHELD = "[withheld]"
REDACTED = "[redacted]"

# Libraries that log whole requests, updates or SQL parameters (drafts among them) at DEBUG.
PAYLOAD_LOGGERS = ("telegram", "aiosqlite", "sqlalchemy", "asyncpg", "httpx", "httpcore")

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


class RedactingFilter(logging.Filter):
    """Replaces any occurrence of the given secrets in a record with a placeholder."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self._secrets = secret_variants(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        redacted = redact(message, self._secrets)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class PayloadFilter(logging.Filter):
    """Withholds structured log arguments (dicts, lists, tuples): they are API payloads.

    Tend's own lines log ids, counts and type names; a dict or a list in a log call is a
    request or an update, and those carry what users wrote.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = {key: _withheld(value) for key, value in args.items()}
        elif args:
            record.args = tuple(_withheld(value) for value in args)
        return True


def _withheld(value: object) -> object:
    return WITHHELD if isinstance(value, Mapping | list | tuple | set) else value


class SafeFormatter(logging.Formatter):
    """Formats tracebacks with `describe`: types and frames, not exception messages; and
    redacts the secrets from the whole formatted line (message, exception text, stack).

    The filter above cleans the message only: an exception's text (Telegram's own, which
    `describe` keeps) can quote the request URL, and the URL holds the bot token.
    """

    def __init__(self, fmt: str | None = None, *, secrets: Iterable[str] = ()) -> None:
        super().__init__(fmt)
        self._secrets = secret_variants(secrets)

    def formatException(self, ei: _ExcInfo) -> str:
        return describe(ei[1])

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self._secrets)


def secret_variants(secrets: Iterable[str]) -> list[str]:
    """The strings to hide: each secret, and a bot token's secret half on its own
    (some errors quote the token split at the colon, or URL-encoded)."""
    variants: set[str] = set()
    for secret in secrets:
        if not secret:
            continue
        variants.add(secret)
        variants.add(quote(secret, safe=""))
        _, _, tail = secret.partition(":")
        if len(tail) >= 8:
            variants.add(tail)
    # Longest first, so a token is replaced whole rather than leaving its bot id behind.
    return sorted(variants, key=len, reverse=True)


def redact(text: str, variants: Iterable[str]) -> str:
    """`text` with every variant replaced by `[redacted]`, in any letter case (some error
    texts lower-case the URL they quote)."""
    folded = text.casefold()
    for secret in variants:
        if secret.casefold() in folded:
            text = re.sub(re.escape(secret), REDACTED, text, flags=re.IGNORECASE)
            folded = text.casefold()
    return text


def describe(error: BaseException | None) -> str:
    """The exception's type and stack, with its message only when it cannot hold user data.

    Telegram's error texts are Telegram's own. Other messages may quote what was being
    processed: SQLAlchemy's carry the statement's parameters, which include draft text
    (when the user keeps drafts), flagged words and rewrites.
    """
    if error is None:
        return "unknown error"
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if lines:
            lines.append("while handling or caused by:")
        shown = type(current).__name__
        if isinstance(current, TelegramError):
            shown += f": {current.message}"
        lines.append(shown)
        lines.extend(line.rstrip("\n") for line in traceback.format_tb(current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def configure_logging(level: str, *, secrets: list[str]) -> None:
    """Configure the root logger once for the process."""
    handler = logging.StreamHandler()
    handler.setFormatter(
        SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets=secrets)
    )
    # Payloads first: a secret inside a withheld payload needs no redacting.
    handler.addFilter(PayloadFilter())
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    # A record that fails to format would otherwise be printed raw to stderr, secrets and all.
    logging.raiseExceptions = False
    root.setLevel(level.upper())
    # LOG_LEVEL=DEBUG is for Tend's own code: libraries that log payloads stay at INFO or above.
    for name in PAYLOAD_LOGGERS:
        logger = logging.getLogger(name)
        logger.setLevel(max(logger.getEffectiveLevel(), logging.INFO))
    # httpx logs every request URL at INFO, and the URL contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    # One line per job run every few seconds drowns everything else.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    _route_uncaught_errors()


def _route_uncaught_errors() -> None:
    # Python prints an uncaught exception's traceback itself, message and all (PTB's
    # InvalidToken quotes the token): send those through the redacting handler instead.
    crash_log = logging.getLogger("bot.crash")

    def on_uncaught(
        kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        crash_log.critical("uncaught %s", kind.__name__, exc_info=(kind, exc, tb))

    def on_thread_uncaught(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            on_uncaught(args.exc_type, args.exc_value, args.exc_traceback)

    sys.excepthook = on_uncaught
    threading.excepthook = on_thread_uncaught
