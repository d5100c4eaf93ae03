"""The bot's DM channel with each person, in SQLite's `direct_channels` table."""

from __future__ import annotations

import sqlite3


class SqliteDirectChannels:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def get(self, user_id: int) -> int | None:
        row = self._conn.execute("SELECT channel_id FROM direct_channels WHERE user_id = ?", (user_id,)).fetchone()
        return None if row is None else int(row["channel_id"])

    async def remember(self, user_id: int, channel_id: int) -> None:
        self._conn.execute(
            "INSERT INTO direct_channels (user_id, channel_id) VALUES (?, ?) "
            "ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id",
            (user_id, channel_id),
        )
