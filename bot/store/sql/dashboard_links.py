"""One-time sign-in links to the dashboard, by the SHA-256 of their token."""

from __future__ import annotations

from bot.core.dashboard_links import SignIn
from bot.store.sql.connection import Connection

# Used and marked used in one statement: of two uses at once, exactly one changes the row and gets it back.
USE = (
    "UPDATE dashboard_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1"
    " RETURNING guild_id, user_id, locale"
)
FORGET_EXPIRED = "DELETE FROM dashboard_links WHERE expires_at <= $1"


class SqlDashboardLinks:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def add(
        self, token_hash: str, *, guild_id: int, user_id: int, locale: str | None, created_at: int, expires_at: int
    ) -> None:
        await self._conn.execute(
            "INSERT INTO dashboard_links (token_hash, guild_id, user_id, locale, created_at, expires_at)"
            " VALUES ($1, $2, $3, $4, $5, $6)",
            token_hash, guild_id, user_id, locale, created_at, expires_at,
        )  # fmt: skip

    async def forget_expired(self, now: int) -> None:
        await self._conn.execute(FORGET_EXPIRED, now)

    async def use(self, token_hash: str, *, now: int) -> SignIn | None:
        row = await self._conn.fetchrow(USE, now, token_hash)
        return None if row is None else SignIn(row["guild_id"], row["user_id"], row["locale"])
