"""The dashboard's charts: counts per day, quota spent per member, and what became of each inviter's newcomers."""

from __future__ import annotations

from bot.store.sql.connection import Connection, placeholders

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
# Admitted: people who came in with the inviter's codes (or came back on them). The guild's whole history, so it
# reads only a partial index in inviter order (admissions_admitted), and the top inviters' newcomers are looked
# into afterwards (STAYED).
ADMITTED_PER_INVITER = (
    "SELECT inviter_id, COUNT(DISTINCT user_id) AS admitted FROM admissions"
    " WHERE guild_id = $1 AND status = 'admitted' GROUP BY inviter_id ORDER BY admitted DESC, inviter_id LIMIT $2"
)


def stayed_statement(inviters: int) -> str:
    """Of the admitted people of `inviters` inviters ($2...), those not banned since that admission, nor closed as
    left or denied on a later return."""
    return (
        "SELECT a.inviter_id, COUNT(DISTINCT a.user_id) FROM admissions a"
        " WHERE a.guild_id = $1 AND a.status = 'admitted' AND a.inviter_id IN (" + placeholders(2, inviters) + ")"
        " AND NOT EXISTS (SELECT 1 FROM bans b WHERE b.guild_id = a.guild_id AND b.user_id = a.user_id"
        "  AND b.banned_at >= a.redeemed_at)"
        " AND NOT EXISTS (SELECT 1 FROM admissions later WHERE later.guild_id = a.guild_id"
        "  AND later.user_id = a.user_id AND later.id > a.id AND later.status IN ('left', 'denied'))"
        " GROUP BY a.inviter_id"
    )


CACHED_DAYS = (
    "SELECT day, redemptions, admissions, denials FROM daily_counts WHERE guild_id = $1 AND day >= $2 AND day < $3"
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

    async def counted_days(self, guild_id: int, *, start: int, days: int) -> dict[int, tuple[int, int, int]]:
        rows = await self._conn.fetch(CACHED_DAYS, guild_id, start, start + days * DAY)
        return {int(row[0]): (int(row[1]), int(row[2]), int(row[3])) for row in rows}

    async def keep_days(self, guild_id: int, counts: dict[int, tuple[int, int, int]]) -> None:
        for day, (redemptions, admissions, denials) in counts.items():
            await self._conn.execute(
                "INSERT INTO daily_counts (guild_id, day, redemptions, admissions, denials)"
                " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (guild_id, day) DO NOTHING",
                guild_id, day, redemptions, admissions, denials,
            )  # fmt: skip

    async def chart(self, guild_id: int, name: str) -> tuple[int, str] | None:
        row = await self._conn.fetchrow(
            "SELECT computed_at, payload FROM chart_cache WHERE guild_id = $1 AND name = $2", guild_id, name
        )
        return None if row is None else (int(row[0]), str(row[1]))

    async def keep_chart(self, guild_id: int, name: str, *, computed_at: int, payload: str) -> None:
        await self._conn.execute(
            "INSERT INTO chart_cache (guild_id, name, computed_at, payload) VALUES ($1, $2, $3, $4)"
            " ON CONFLICT (guild_id, name)"
            " DO UPDATE SET computed_at = excluded.computed_at, payload = excluded.payload",
            guild_id, name, computed_at, payload,
        )  # fmt: skip

    async def quota_spent(self, guild_id: int, *, since: int, limit: int) -> list[tuple[int, int]]:
        return [(int(row[0]), int(row[1])) for row in await self._conn.fetch(QUOTA_SPENT, guild_id, since, limit)]

    async def retention(self, guild_id: int, *, limit: int) -> list[tuple[int, int, int]]:
        admitted = [(int(row[0]), int(row[1])) for row in await self._conn.fetch(ADMITTED_PER_INVITER, guild_id, limit)]
        if not admitted:
            return []
        inviters = [inviter for inviter, _ in admitted]
        stayed = {
            int(row[0]): int(row[1])
            for row in await self._conn.fetch(stayed_statement(len(inviters)), guild_id, *inviters)
        }
        return [(inviter, count, stayed.get(inviter, 0)) for inviter, count in admitted]
