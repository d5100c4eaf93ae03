"""Per-role quotas and per-member grants in SQLite."""

from __future__ import annotations

import sqlite3

from bot.core.quotas import RoleQuota


class SqliteQuotas:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def role_quotas(self, guild_id: int) -> dict[int, RoleQuota]:
        rows = self._conn.execute(
            "SELECT role_id, amount, period_days FROM role_quotas WHERE guild_id = ? ORDER BY amount DESC", (guild_id,)
        )
        return {row["role_id"]: RoleQuota(row["amount"], row["period_days"]) for row in rows}

    async def set_role_quota(self, guild_id: int, role_id: int, quota: RoleQuota) -> None:
        self._conn.execute(
            "INSERT INTO role_quotas (guild_id, role_id, amount, period_days) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (guild_id, role_id)"
            " DO UPDATE SET amount = excluded.amount, period_days = excluded.period_days",
            (guild_id, role_id, quota.amount, quota.period_days),
        )

    async def grant(self, guild_id: int, user_id: int) -> int:
        row = self._conn.execute(
            "SELECT amount FROM quota_grants WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
        ).fetchone()
        return 0 if row is None else int(row["amount"])

    async def set_grant(self, guild_id: int, user_id: int, amount: int) -> None:
        if amount == 0:
            self._conn.execute("DELETE FROM quota_grants WHERE guild_id = ? AND user_id = ?", (guild_id, user_id))
            return
        self._conn.execute(
            "INSERT INTO quota_grants (guild_id, user_id, amount) VALUES (?, ?, ?)"
            " ON CONFLICT (guild_id, user_id) DO UPDATE SET amount = excluded.amount",
            (guild_id, user_id, amount),
        )
