"""Suspended members, in the `suspensions` table; lifted suspensions, in `lifted_suspensions`."""

from __future__ import annotations

from bot.core.suspensions import Suspension
from bot.store.sql.connection import Connection


class SqlSuspensions:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def get(self, guild_id: int, user_id: int) -> Suspension | None:
        row = await self._conn.fetchrow(
            "SELECT * FROM suspensions WHERE guild_id = $1 AND user_id = $2", guild_id, user_id
        )
        if row is None:
            return None
        return Suspension(
            guild_id=row["guild_id"],
            user_id=row["user_id"],
            suspended_by=row["suspended_by"],
            suspended_at=row["suspended_at"],
            reason=row["reason"],
            via=row["via"],
            banned_invitee=row["banned_invitee"],
        )

    async def insert(self, suspension: Suspension) -> bool:
        s = suspension
        return await self._conn.execute(
            "INSERT INTO suspensions (guild_id, user_id, suspended_by, suspended_at, reason, via, banned_invitee)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (guild_id, user_id) DO NOTHING",
            s.guild_id, s.user_id, s.suspended_by, s.suspended_at, s.reason, s.via, s.banned_invitee,
        ) == 1  # fmt: skip

    async def suspended(self, guild_id: int) -> set[int]:
        rows = await self._conn.fetch("SELECT user_id FROM suspensions WHERE guild_id = $1", guild_id)
        return {row["user_id"] for row in rows}

    async def lift(self, guild_id: int, user_id: int, *, by: int, now: int) -> bool:
        await self._conn.execute(
            "INSERT INTO lifted_suspensions (guild_id, user_id, suspended_at, suspended_by, lifted_at, lifted_by)"
            " SELECT guild_id, user_id, suspended_at, suspended_by, $3, $4 FROM suspensions"
            " WHERE guild_id = $1 AND user_id = $2 ON CONFLICT DO NOTHING",
            guild_id, user_id, now, by,
        )  # fmt: skip
        deleted = "DELETE FROM suspensions WHERE guild_id = $1 AND user_id = $2"
        return await self._conn.execute(deleted, guild_id, user_id) == 1

    async def lifted(self, guild_id: int, user_id: int) -> bool:
        row = await self._conn.fetchrow(
            "SELECT 1 FROM lifted_suspensions WHERE guild_id = $1 AND user_id = $2 LIMIT 1", guild_id, user_id
        )
        return row is not None
