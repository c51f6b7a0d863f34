"""Labelled rows for training: reading, hashing and frozen splits.

Every corpus row carries a `template` (near-copies share one) and a `split`. The split is a
pure function of the template (`split_of`), fixed when the data was written and checked by a
test, so the test rows are set aside before anything is trained and never seen by training.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
TEST_SHARE = 4  # one template in four is test


def split_of(template: str) -> str:
    """ "test" for about a quarter of templates, chosen by hash: never by hand."""
    digest = int(hashlib.sha256(template.encode()).hexdigest(), 16)
    return "test" if digest % TEST_SHARE == 0 else "train"


def read_rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def data_sha256(paths: Iterable[Path]) -> str:
    """One hash over the files a model was trained on (names and bytes, in order)."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
