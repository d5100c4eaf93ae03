"""Each person's Discord locale as the bot last saw it, in the `user_locales` table."""

from __future__ import annotations

from bot.store.sql.connection import Connection


class SqlLocales:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def get(self, user_id: int) -> str | None:
        row = await self._conn.fetchrow("SELECT locale FROM user_locales WHERE user_id = $1", user_id)
        return None if row is None else str(row["locale"])

    async def remember(self, user_id: int, locale: str) -> None:
        # The WHERE keeps an unchanged locale from writing a new row version (PostgreSQL) on every action.
        await self._conn.execute(
            "INSERT INTO user_locales (user_id, locale) VALUES ($1, $2)"
            " ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale"
            " WHERE user_locales.locale <> excluded.locale",
            user_id, locale,
        )  # fmt: skip
