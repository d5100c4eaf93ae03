"""Small facts about the bot itself, in the `meta` table."""

from __future__ import annotations

from bot.store.sql.connection import Connection


class SqlMeta:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def get(self, key: str) -> str | None:
        row = await self._conn.fetchrow("SELECT value FROM meta WHERE key = $1", key)
        return None if row is None else str(row["value"])

    async def put(self, key: str, value: str) -> None:
        await self._conn.execute(
            "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            key, value,
        )  # fmt: skip
