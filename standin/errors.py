"""Bot API errors as the stand-in answers them."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """An error answer: HTTP ``status`` and Telegram's ``description``.

    ``violation`` says whether a correct bot could have caused it. Sending to a user who blocked
    the bot is not the bot's fault; malformed HTML is.
    """

    def __init__(
        self,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        violation: bool = True,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after
        self.violation = violation

    def body(self) -> dict[str, Any]:
        """The JSON envelope Telegram sends for this error."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(problem: str) -> ApiError:
    """A 400 with Telegram's "Bad Request: " prefix."""
    return ApiError(400, f"Bad Request: {problem}")


def not_implemented(what: str) -> ApiError:
    """Something the spec allows but the stand-in does not simulate (so a test notices)."""
    return ApiError(501, f"Not Implemented: not implemented in stand-in: {what}")
