"""The dashboard's charts: counts per day, quota spent per member, and what became of each inviter's newcomers."""

from __future__ import annotations

from bot.store.sql.connection import Connection

DAY = 86_400

# Each reads one index over the range of days, never the guild's whole history.
REDEMPTIONS_PER_DAY = (
    "SELECT (redeemed_at - $2) / 86400 AS day, COUNT(*) FROM admissions"
    " WHERE guild_id = $1 AND redeemed_at >= $2 AND redeemed_at < $3 GROUP BY (redeemed_at - $2) / 86400"
)
ADMISSIONS_PER_DAY = (
    "SELECT (admitted_at - $2) / 86400 AS day, COUNT(*) FROM admissions"
    " WHERE guild_id = $1 AND admitted_at >= $2 AND admitted_at < $3 GROUP BY (admitted_at - $2) / 86400"
)
DENIALS_PER_DAY = (
    "SELECT (decided_at - $2) / 86400 AS day, COUNT(*) FROM admissions"
    " WHERE guild_id = $1 AND status = 'denied' AND decided_at >= $2 AND decided_at < $3"
    " GROUP BY (decided_at - $2) / 86400"
)
# As core.quotas counts a member's window: members' codes counting from after its start, each costing all its
# uses, or only those used once revoked. A code counts from its creation or earlier, so created_at bounds it.
QUOTA_SPENT = (
    "SELECT inviter_id, SUM(CASE WHEN revoked_at IS NULL THEN max_uses ELSE uses END) AS spent FROM codes"
    " WHERE guild_id = $1 AND created_at > $2 AND COALESCE(quota_from, created_at) > $2 AND kind = 'member'"
    " GROUP BY inviter_id HAVING SUM(CASE WHEN revoked_at IS NULL THEN max_uses ELSE uses END) > 0"
    " ORDER BY spent DESC, inviter_id LIMIT $3"
)
# Admitted: someone who came in with the inviter's code (or came back on it). Stayed: of those, nobody banned
# since that admission, nor closed as left or denied on a later return.
RETENTION = (
    "SELECT a.inviter_id, COUNT(DISTINCT a.user_id) AS admitted, COUNT(DISTINCT CASE WHEN"
    "  NOT EXISTS (SELECT 1 FROM bans b WHERE b.guild_id = a.guild_id AND b.user_id = a.user_id"
    "   AND b.banned_at >= a.redeemed_at)"
    "  AND NOT EXISTS (SELECT 1 FROM admissions later WHERE later.guild_id = a.guild_id"
    "   AND later.user_id = a.user_id AND later.id > a.id AND later.status IN ('left', 'denied'))"
    " THEN a.user_id END) AS stayed"
    " FROM admissions a WHERE a.guild_id = $1 AND a.status = 'admitted'"
    " GROUP BY a.inviter_id ORDER BY admitted DESC, a.inviter_id LIMIT $2"
)


class SqlStats:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def per_day(self, guild_id: int, *, start: int, days: int) -> list[tuple[int, int, int, int]]:
        end = start + days * DAY
        counts: dict[int, list[int]] = {}
        for column, statement in enumerate((REDEMPTIONS_PER_DAY, ADMISSIONS_PER_DAY, DENIALS_PER_DAY)):
            for row in await self._conn.fetch(statement, guild_id, start, end):
                counts.setdefault(int(row[0]), [0, 0, 0])[column] = int(row[1])
        return [(day, c[0], c[1], c[2]) for day, c in sorted(counts.items())]

    async def quota_spent(self, guild_id: int, *, since: int, limit: int) -> list[tuple[int, int]]:
        return [(int(row[0]), int(row[1])) for row in await self._conn.fetch(QUOTA_SPENT, guild_id, since, limit)]

    async def retention(self, guild_id: int, *, limit: int) -> list[tuple[int, int, int]]:
        rows = await self._conn.fetch(RETENTION, guild_id, limit)
        return [(int(row[0]), int(row[1]), int(row[2])) for row in rows]
