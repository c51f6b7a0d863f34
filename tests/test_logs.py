"""What reaches a log: ids and type names, never a payload, an exception's data or a secret."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from sqlalchemy.exc import IntegrityError
from telegram.error import BadRequest

from bot.logs import PAYLOAD_LOGGERS, configure_logging, describe

DRAFT = "you never listen to me, Sam"
TOKEN = "123456:SECRET-token"


@pytest.fixture
def root_logging() -> Iterator[None]:
    """configure_logging changes process-wide state; put it back after each test."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in PAYLOAD_LOGGERS}
    yield
    root.handlers[:], root.level = handlers, level
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def _statement_error() -> IntegrityError:
    # SQLAlchemy puts the statement's parameters into the message: here, a stored draft.
    try:
        raise IntegrityError("INSERT INTO draft_checks (text) VALUES (?)", (DRAFT,), Exception())
    except IntegrityError as exc:
        return exc


def test_describe_names_types_and_frames_but_not_messages() -> None:
    error = _statement_error()
    described = describe(error)
    assert "IntegrityError" in described and "_statement_error" in described
    assert DRAFT not in described


def test_describe_keeps_telegrams_own_words_and_follows_the_cause() -> None:
    try:
        try:
            raise ValueError(DRAFT)
        except ValueError as inner:
            raise BadRequest("Message to edit not found") from inner
    except BadRequest as exc:
        described = describe(exc)
    assert "BadRequest: Message to edit not found" in described
    assert "caused by:\nValueError" in described and DRAFT not in described


def test_logging_withholds_payloads_secrets_and_exception_data(
    root_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging("DEBUG", secrets=[TOKEN])
    library = logging.getLogger("telegram.ext.ExtBot")
    library.critical("Error while parsing updates! Received data was %r", [{"text": DRAFT}])
    logging.getLogger("tend.test").info("update %s from %s: %s", 41, "worker-1", {"t": DRAFT})
    logging.getLogger("tend.test").warning("calling /bot%s/getMe", TOKEN)
    try:
        raise _statement_error()
    except IntegrityError:
        logging.getLogger("tend.test").exception("storing a check failed")
    logged = capsys.readouterr().err
    assert DRAFT not in logged and "SECRET" not in logged
    assert "Received data was '[withheld]'" in logged
    assert "update 41 from worker-1: [withheld]" in logged
    assert "calling /bot[redacted]/getMe" in logged
    assert "storing a check failed\nIntegrityError" in logged


@pytest.mark.parametrize("name", PAYLOAD_LOGGERS)
def test_debug_level_is_for_tends_code_only(root_logging: None, name: str) -> None:
    configure_logging("DEBUG", secrets=[])
    assert logging.getLogger("bot.routes").isEnabledFor(logging.DEBUG)
    assert not logging.getLogger(name).isEnabledFor(logging.DEBUG)
