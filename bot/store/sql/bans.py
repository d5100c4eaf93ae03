"""Bans, in the `bans` table, and the inviter's record read across codes, admissions and bans."""

from __future__ import annotations

from bot.core.vouching import InviterRecord
from bot.store.sql.connection import Connection

# One row: the codes count reads codes_by_inviter; the rest reads admissions_by_inviter and each bans key.
# A newcomer counts once however many times they redeemed the inviter's codes (DISTINCT user_id). A ban counts
# against an admission it came after (someone banned, unbanned and vouched for again by another member is not
# the new inviter's ban unless banned again), and a newcomer banned while waiting counts as banned, not as left.
# A return without a code (came_back) is not a new vouch: its denial or departure is not the inviter's.
INVITER_RECORD = (
    "SELECT"
    " (SELECT COUNT(*) FROM codes WHERE guild_id = $1 AND inviter_id = $2) AS codes_created,"
    " COUNT(DISTINCT CASE WHEN a.status = 'admitted' THEN a.user_id END) AS admitted,"
    " COUNT(DISTINCT CASE WHEN a.status = 'denied' AND a.came_back = 0 THEN a.user_id END) AS denied,"
    " COUNT(DISTINCT CASE WHEN a.status = 'left' AND a.came_back = 0 AND b.user_id IS NULL THEN a.user_id END)"
    " AS left_early,"
    " COUNT(DISTINCT CASE WHEN b.user_id IS NOT NULL AND a.status <> 'denied' THEN a.user_id END) AS banned"
    " FROM admissions a LEFT JOIN bans b"
    "  ON b.guild_id = a.guild_id AND b.user_id = a.user_id AND b.banned_at >= a.redeemed_at"
    " WHERE a.guild_id = $1 AND a.inviter_id = $2"
)


class SqlBans:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def banned_at(self, guild_id: int, user_id: int) -> int | None:
        row = await self._conn.fetchrow(
            "SELECT banned_at FROM bans WHERE guild_id = $1 AND user_id = $2", guild_id, user_id
        )
        return None if row is None else int(row["banned_at"])

    async def record(self, guild_id: int, user_id: int, *, at: int) -> int | None:
        earlier = await self.banned_at(guild_id, user_id)
        await self._conn.execute(
            "INSERT INTO bans (guild_id, user_id, banned_at) VALUES ($1, $2, $3)"
            " ON CONFLICT (guild_id, user_id) DO UPDATE SET banned_at = excluded.banned_at",
            guild_id, user_id, at,
        )  # fmt: skip
        return earlier

    async def inviter_record(self, guild_id: int, inviter_id: int) -> InviterRecord:
        row = await self._conn.fetchrow(INVITER_RECORD, guild_id, inviter_id)
        assert row is not None  # an aggregate always returns its one row
        return InviterRecord(
            codes_created=int(row["codes_created"]),
            admitted=int(row["admitted"]),
            denied=int(row["denied"]),
            left=int(row["left_early"]),
            banned=int(row["banned"]),
        )
