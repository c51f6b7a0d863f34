"""What a benchmark run left in the database: rows and bytes per table (indexes included)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from bot.db.session import create_engine

TABLES = (
    "users",
    "nudge_settings",
    "draft_checks",
    "draft_patterns",
    "pending_slots",
    "processed_updates",
)


@dataclass(frozen=True, slots=True)
class TableSize:
    """One table: its rows and its bytes on disk, indexes (and TOAST) included."""

    table: str
    rows: int
    bytes: int


async def table_sizes(url: str) -> list[TableSize]:
    """Rows and bytes of TABLES (PostgreSQL: pg_total_relation_size; SQLite: dbstat pages)."""
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            sizes = []
            for table in TABLES:
                rows = (await connection.execute(text(f"SELECT count(*) FROM {table}"))).scalar()
                if engine.dialect.name == "postgresql":
                    query = text("SELECT pg_total_relation_size(CAST(:t AS regclass))")
                else:  # the table's pages and those of every index on it
                    query = text(
                        "SELECT sum(pgsize) FROM dbstat WHERE name IN "
                        "(SELECT name FROM sqlite_schema WHERE tbl_name = :t)"
                    )
                size = (await connection.execute(query, {"t": table})).scalar()
                sizes.append(TableSize(table, int(rows or 0), int(size or 0)))
            return sizes
    finally:
        await engine.dispose()


def describe_sizes(label: str, sizes: list[TableSize]) -> str:
    """A short report, with bytes per check (a check and its findings)."""
    by_table = {s.table: s for s in sizes}
    lines = [f"storage after {label}:"]
    for s in sizes:
        per_row = s.bytes / s.rows if s.rows else 0.0
        lines.append(
            f"  {s.table:18s} {s.rows:8d} rows {s.bytes / 1024:9.0f} KiB {per_row:6.0f} B/row"
        )
    checks = by_table["draft_checks"].rows
    if checks:
        stored = by_table["draft_checks"].bytes + by_table["draft_patterns"].bytes
        findings = by_table["draft_patterns"].rows / checks
        lines.append(
            f"  per check (check + its {findings:.2f} findings, indexes included): "
            f"{stored / checks:.0f} B"
        )
    return "\n".join(lines)
