"""A file that arrived as a part of a multipart/form-data request."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Upload:
    """One uploaded file part: the spec's ``InputFile``."""

    field: str
    filename: str
    content_type: str
    data: bytes

    def __repr__(self) -> str:
        # Calls are logged and shown in failure messages; the bytes would drown them.
        return f"Upload({self.filename!r}, {self.content_type!r}, {len(self.data)} bytes)"
