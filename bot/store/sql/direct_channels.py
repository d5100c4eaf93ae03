"""The bot's DM channel with each person, in the `direct_channels` table."""

from __future__ import annotations

from bot.store.sql.connection import Connection


class SqlDirectChannels:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def get(self, user_id: int) -> int | None:
        row = await self._conn.fetchrow("SELECT channel_id FROM direct_channels WHERE user_id = $1", user_id)
        return None if row is None else int(row["channel_id"])

    async def remember(self, user_id: int, channel_id: int) -> None:
        await self._conn.execute(
            "INSERT INTO direct_channels (user_id, channel_id) VALUES ($1, $2)"
            " ON CONFLICT (user_id) DO UPDATE SET channel_id = excluded.channel_id",
            user_id, channel_id,
        )  # fmt: skip
