"""Shared by tests/data/safety_blind_crisis.py and safety_blind_violence.py: the blind round.

Two writers, each working only from the label spec (never the rules in nlp/, the frozen test
rows or the fresh set), wrote these rows for issue 13 in their own words: one a person per row,
at most three near-copies per template. Each script holds its texts as literals and calls
`write`, which numbers the templates in order, applies the shared split rule, drops a text
already in another file here, and prints the counts. Same script, same file.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from nlp.results import CATEGORIES
from nlp.train.data import split_of

__all__ = [
    "CATEGORIES",
    "CL",
    "NO",
    "PO",
    "C",
    "N",
    "V",
    "rows_of",
    "split_of",
    "templates",
    "texts_elsewhere",
    "write",
    "write_jsonl",
]

HERE = Path(__file__).resolve().parent
Kind = str | None
Template = tuple[Kind, str, str, list[str]]
# The short names a generator writes its templates with: t(V, CL, "form", "text", ...).
V, C, N = "violence", "crisis", None
CL, PO, NO = "clear", "possible", "none"


def templates() -> tuple[list[Template], Callable[..., None]]:
    """An empty list of templates, and `t(kind, level, form, *texts)` that appends one to it
    (each call one template; its texts are near-copies)."""
    found: list[Template] = []

    def t(kind: Kind, level: str, form: str, *texts: str) -> None:
        found.append((kind, level, form, list(texts)))

    return found, t


def texts_elsewhere(out: Path) -> set[str]:
    seen: set[str] = set()
    for path in sorted(HERE.glob("*.jsonl")):
        if path == out:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                seen.add(" ".join(row["text"].split()).lower())
    return seen


def write_jsonl(out: Path, rows: Sequence[Mapping[str, object]]) -> None:
    """One JSON object a line, UTF-8 as written; read back so every line is known to parse."""
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    for line in out.read_text("utf-8").splitlines():
        json.loads(line)


def rows_of(templates: list[Template], prefix: str) -> list[dict[str, str | None]]:
    """One row per text, its template numbered in order from `prefix`, its split the shared
    rule's; at most three near-copies per template, and a kind exactly when a level is."""
    rows: list[dict[str, str | None]] = []
    for number, (kind, level, form, texts) in enumerate(templates, 1):
        template = f"{prefix}{number:04d}"
        assert 1 <= len(texts) <= 3, template
        assert (kind is None) == (level == "none"), template
        rows.extend(
            {
                "text": text,
                "kind": kind,
                "level": level,
                "form": form,
                "template": template,
                "split": split_of(template),
            }
            for text in texts
        )
    return rows


def write(templates: list[Template], prefix: str, name: str) -> None:
    out = HERE / name
    elsewhere = texts_elsewhere(out)
    rows: list[dict[str, str | None]] = []
    seen: set[str] = set()
    for row in rows_of(templates, prefix):
        key = " ".join(str(row["text"]).split()).lower()
        if key in seen or key in elsewhere:
            print(f"dropped (already written): {row['template']}")
            continue
        seen.add(key)
        rows.append(row)
    write_jsonl(out, rows)
    print(f"{name}: {len(rows)} rows, {len(templates)} templates")
    for (kind, level, split), count in sorted(
        Counter((str(r["kind"]), str(r["level"]), str(r["split"])) for r in rows).items()
    ):
        print(f"  {kind:9s} {level:9s} {split:6s} {count}")
