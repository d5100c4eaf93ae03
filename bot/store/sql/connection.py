"""What the repositories need from a database connection: four calls, one placeholder style.

The repositories in this folder are written once, in the SQL that SQLite and PostgreSQL share, with
PostgreSQL's numbered placeholders (`$1`, `$2`...). SQLite reads `$1` as a parameter named "1", which
the SQLite connection binds from a mapping; asyncpg takes them as they are. Each dialect's folder has
the one adapter (`connection.py`) that turns these calls into its driver's; what differs beyond that
(the schema, how a transaction runs, group commit) stays in the dialect's own folder.

A row is read by column name (sqlite3.Row and asyncpg.Record both allow it) or by position.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol


class Row(Protocol):
    def __getitem__(self, key: str | int, /) -> Any: ...


class Connection(Protocol):
    async def fetch(self, sql: str, *args: object) -> Sequence[Row]:
        """Every row the statement returns."""
        ...

    async def fetchrow(self, sql: str, *args: object) -> Row | None:
        """The first row, or None."""
        ...

    async def execute(self, sql: str, *args: object) -> int:
        """Run a statement that returns no rows; how many rows it changed."""
        ...


def placeholders(first: int, count: int) -> str:
    """ "$first, $first+1, ...": the parameters of an `IN (...)` list, which both dialects read."""
    return ", ".join(f"${number}" for number in range(first, first + count))
