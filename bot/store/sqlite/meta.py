"""Small facts about the bot itself in SQLite's `meta` table."""

from __future__ import annotations

import sqlite3


class SqliteMeta:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def get(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row["value"])

    async def put(self, key: str, value: str) -> None:
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
