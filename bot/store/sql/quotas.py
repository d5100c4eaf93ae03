"""Per-role quotas and per-member grants."""

from __future__ import annotations

from bot.core.quotas import RoleQuota
from bot.store.sql.connection import Connection


class SqlQuotas:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def role_quotas(self, guild_id: int) -> dict[int, RoleQuota]:
        rows = await self._conn.fetch(
            "SELECT role_id, amount, period_days FROM role_quotas WHERE guild_id = $1 ORDER BY amount DESC", guild_id
        )
        return {row["role_id"]: RoleQuota(row["amount"], row["period_days"]) for row in rows}

    async def set_role_quota(self, guild_id: int, role_id: int, quota: RoleQuota) -> None:
        await self._conn.execute(
            "INSERT INTO role_quotas (guild_id, role_id, amount, period_days) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (guild_id, role_id)"
            " DO UPDATE SET amount = excluded.amount, period_days = excluded.period_days",
            guild_id, role_id, quota.amount, quota.period_days,
        )  # fmt: skip

    async def grant(self, guild_id: int, user_id: int) -> int:
        row = await self._conn.fetchrow(
            "SELECT amount FROM quota_grants WHERE guild_id = $1 AND user_id = $2", guild_id, user_id
        )
        return 0 if row is None else int(row["amount"])

    async def set_grant(self, guild_id: int, user_id: int, amount: int) -> None:
        if amount == 0:
            await self._conn.execute("DELETE FROM quota_grants WHERE guild_id = $1 AND user_id = $2", guild_id, user_id)
            return
        await self._conn.execute(
            "INSERT INTO quota_grants (guild_id, user_id, amount) VALUES ($1, $2, $3)"
            " ON CONFLICT (guild_id, user_id) DO UPDATE SET amount = excluded.amount",
            guild_id, user_id, amount,
        )  # fmt: skip
