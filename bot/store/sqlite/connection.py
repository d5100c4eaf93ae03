"""The repositories' Connection (bot/store/sql/connection.py) over one sqlite3 connection.

Its coroutines never suspend: the whole transaction runs on the connection's thread (database.py).
SQLite reads `$1` as the parameter named "1", bound here from a mapping.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence


def named(args: Sequence[object]) -> dict[str, object]:
    """Positional arguments as the mapping that binds `$1`, `$2`... in SQLite."""
    return {str(number): value for number, value in enumerate(args, start=1)}


class SqliteConnection:
    def __init__(self, raw: sqlite3.Connection) -> None:
        self.raw = raw

    async def fetch(self, sql: str, *args: object) -> list[sqlite3.Row]:
        return self.raw.execute(sql, named(args)).fetchall()

    async def fetchrow(self, sql: str, *args: object) -> sqlite3.Row | None:
        cursor = self.raw.execute(sql, named(args))
        try:
            row: sqlite3.Row | None = cursor.fetchone()
            return row
        finally:
            cursor.close()  # a RETURNING statement left unfinished would keep the transaction from committing

    async def execute(self, sql: str, *args: object) -> int:
        return self.raw.execute(sql, named(args)).rowcount
