"""Failed /redeem attempts, lockouts and guessing alerts in SQLite."""

from __future__ import annotations

import sqlite3

FAILURES_OF_USER = "SELECT COUNT(*) FROM redeem_failures WHERE guild_id = ? AND user_id = ? AND at > ?"
FAILURES_OF_GUILD = "SELECT COUNT(*) FROM redeem_failures WHERE guild_id = ? AND at > ?"


class SqliteAttempts:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def locked_until(self, guild_id: int, user_id: int, now: int) -> int | None:
        row = self._conn.execute(
            "SELECT locked_until FROM lockouts WHERE guild_id = ? AND user_id = ? AND locked_until > ?",
            (guild_id, user_id, now),
        ).fetchone()
        return None if row is None else int(row["locked_until"])

    async def record_failure(self, guild_id: int, user_id: int, *, at: int, forget_before: int) -> None:
        self._conn.execute(
            "INSERT INTO redeem_failures (guild_id, user_id, at) VALUES (?, ?, ?)", (guild_id, user_id, at)
        )
        self._conn.execute("DELETE FROM redeem_failures WHERE guild_id = ? AND at <= ?", (guild_id, forget_before))

    async def failures_since(self, guild_id: int, user_id: int | None, *, since: int) -> int:
        if user_id is None:
            row = self._conn.execute(FAILURES_OF_GUILD, (guild_id, since)).fetchone()
        else:
            row = self._conn.execute(FAILURES_OF_USER, (guild_id, user_id, since)).fetchone()
        return int(row[0])

    async def lock(self, guild_id: int, user_id: int, *, until: int) -> None:
        self._conn.execute(
            "INSERT INTO lockouts (guild_id, user_id, locked_until) VALUES (?, ?, ?)"
            " ON CONFLICT (guild_id, user_id) DO UPDATE SET locked_until = excluded.locked_until",
            (guild_id, user_id, until),
        )
        self._conn.execute("DELETE FROM redeem_failures WHERE guild_id = ? AND user_id = ?", (guild_id, user_id))

    async def clear(self, guild_id: int, user_id: int) -> None:
        self._conn.execute("DELETE FROM redeem_failures WHERE guild_id = ? AND user_id = ?", (guild_id, user_id))
        self._conn.execute("DELETE FROM lockouts WHERE guild_id = ? AND user_id = ?", (guild_id, user_id))

    async def claim_guessing_alert(self, guild_id: int, *, now: int, quiet_since: int) -> bool:
        claimed = self._conn.execute(
            "INSERT INTO guessing_alerts (guild_id, alerted_at) VALUES (?, ?)"
            " ON CONFLICT (guild_id) DO UPDATE SET alerted_at = excluded.alerted_at"
            " WHERE guessing_alerts.alerted_at <= ?",
            (guild_id, now, quiet_since),
        )
        return claimed.rowcount == 1
