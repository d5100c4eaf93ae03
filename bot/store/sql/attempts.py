"""Failed /redeem attempts, lockouts and guessing alerts."""

from __future__ import annotations

from bot.store.sql.connection import Connection

FAILURES_OF_USER = "SELECT COUNT(*) FROM redeem_failures WHERE guild_id = $1 AND user_id = $2 AND at > $3"
FAILURES_OF_GUILD = "SELECT COUNT(*) FROM redeem_failures WHERE guild_id = $1 AND at > $2"


class SqlAttempts:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def locked_until(self, guild_id: int, user_id: int, now: int) -> int | None:
        row = await self._conn.fetchrow(
            "SELECT locked_until FROM lockouts WHERE guild_id = $1 AND user_id = $2 AND locked_until > $3",
            guild_id, user_id, now,
        )  # fmt: skip
        return None if row is None else int(row["locked_until"])

    async def record_failure(self, guild_id: int, user_id: int, *, at: int, forget_before: int) -> None:
        await self._conn.execute(
            "INSERT INTO redeem_failures (guild_id, user_id, at) VALUES ($1, $2, $3)", guild_id, user_id, at
        )
        await self._conn.execute(
            "DELETE FROM redeem_failures WHERE guild_id = $1 AND at <= $2", guild_id, forget_before
        )

    async def failures_since(self, guild_id: int, user_id: int | None, *, since: int) -> int:
        if user_id is None:
            row = await self._conn.fetchrow(FAILURES_OF_GUILD, guild_id, since)
        else:
            row = await self._conn.fetchrow(FAILURES_OF_USER, guild_id, user_id, since)
        assert row is not None
        return int(row[0])

    async def lock(self, guild_id: int, user_id: int, *, until: int) -> None:
        await self._conn.execute(
            "INSERT INTO lockouts (guild_id, user_id, locked_until) VALUES ($1, $2, $3)"
            " ON CONFLICT (guild_id, user_id) DO UPDATE SET locked_until = excluded.locked_until",
            guild_id, user_id, until,
        )  # fmt: skip
        await self._conn.execute("DELETE FROM redeem_failures WHERE guild_id = $1 AND user_id = $2", guild_id, user_id)

    async def clear(self, guild_id: int, user_id: int) -> None:
        await self._conn.execute("DELETE FROM redeem_failures WHERE guild_id = $1 AND user_id = $2", guild_id, user_id)
        await self._conn.execute("DELETE FROM lockouts WHERE guild_id = $1 AND user_id = $2", guild_id, user_id)

    async def claim_guessing_alert(self, guild_id: int, *, now: int, quiet_since: int) -> bool:
        claimed = await self._conn.execute(
            "INSERT INTO guessing_alerts (guild_id, alerted_at) VALUES ($1, $2)"
            " ON CONFLICT (guild_id) DO UPDATE SET alerted_at = excluded.alerted_at"
            " WHERE guessing_alerts.alerted_at <= $3",
            guild_id, now, quiet_since,
        )  # fmt: skip
        return claimed == 1
