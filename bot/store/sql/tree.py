"""The invite tree's two queries: recursive, each level read through admissions_by_user or
admissions_by_inviter, bans and suspensions by their keys."""

from __future__ import annotations

from bot.core.tree import Link
from bot.store.sql.connection import Connection, Row

# A loop of re-invitations (A vouched for B, who later vouched for A again) would climb forever: the chain is read
# this many steps at a time, and climbing on stops where someone repeats.
CHAIN_STEPS = 1_000

CHAIN = (
    "WITH RECURSIVE up (user_id, inviter_id, status, redeemed_at, steps) AS ("
    " SELECT a.user_id, a.inviter_id, a.status, a.redeemed_at, 0 FROM admissions a"
    "  WHERE a.id = (SELECT MAX(id) FROM admissions WHERE guild_id = $1 AND user_id = $2)"
    " UNION ALL"
    " SELECT a.user_id, a.inviter_id, a.status, a.redeemed_at, up.steps + 1 FROM up JOIN admissions a"
    "  ON a.id = (SELECT MAX(id) FROM admissions WHERE guild_id = $1 AND user_id = up.inviter_id)"
    "  WHERE up.steps < $3"
    ")"
    " SELECT up.user_id, up.inviter_id, up.status,"
    "  b.user_id IS NOT NULL AS banned, s.user_id IS NOT NULL AS suspended"
    " FROM up LEFT JOIN bans b ON b.guild_id = $1 AND b.user_id = up.user_id AND b.banned_at >= up.redeemed_at"
    " LEFT JOIN suspensions s ON s.guild_id = $1 AND s.user_id = up.user_id ORDER BY up.steps"
)
# Someone nobody vouched for has no admission for CHAIN to find: their ban and suspension are read apart.
TOP = (
    "SELECT EXISTS (SELECT 1 FROM bans WHERE guild_id = $1 AND user_id = $2) AS banned,"
    " EXISTS (SELECT 1 FROM suspensions WHERE guild_id = $1 AND user_id = $2) AS suspended"
)

BELOW = (
    "WITH RECURSIVE down (id, user_id, inviter_id, status, redeemed_at, depth) AS ("
    " SELECT a.id, a.user_id, a.inviter_id, a.status, a.redeemed_at, 1 FROM admissions a"
    "  WHERE a.guild_id = $1 AND a.inviter_id = $2"
    " UNION ALL"
    " SELECT a.id, a.user_id, a.inviter_id, a.status, a.redeemed_at, down.depth + 1 FROM down JOIN admissions a"
    "  ON a.guild_id = $1 AND a.inviter_id = down.user_id"
    "  WHERE down.depth < $3"
    ")"
    " SELECT down.user_id, down.inviter_id, down.status,"
    "  b.user_id IS NOT NULL AS banned, s.user_id IS NOT NULL AS suspended"
    " FROM down LEFT JOIN bans b ON b.guild_id = $1 AND b.user_id = down.user_id AND b.banned_at >= down.redeemed_at"
    " LEFT JOIN suspensions s ON s.guild_id = $1 AND s.user_id = down.user_id ORDER BY down.id"
)

# A branch has no depth bound: UNION (not UNION ALL) keeps each person once, which also ends a loop.
BRANCH = (
    "WITH RECURSIVE branch (user_id) AS ("
    " SELECT user_id FROM admissions WHERE guild_id = $1 AND inviter_id = $2 AND status <> 'denied'"
    " UNION"
    " SELECT a.user_id FROM branch JOIN admissions a ON a.guild_id = $1 AND a.inviter_id = branch.user_id"
    "  WHERE a.status <> 'denied'"
    ")"
    " SELECT b.user_id FROM branch b WHERE b.user_id <> $2"
    " ORDER BY (SELECT MIN(id) FROM admissions WHERE guild_id = $1 AND user_id = b.user_id)"  # as they came in
)


def _link(row: Row) -> Link:
    return Link(row["user_id"], row["inviter_id"], row["status"], bool(row["banned"]), bool(row["suspended"]))


class SqlTree:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def chain(self, guild_id: int, user_id: int) -> list[Link]:
        links: list[Link] = []
        seen: set[int] = set()
        start = user_id
        while True:  # once for any chain shorter than CHAIN_STEPS
            batch = [_link(row) for row in await self._conn.fetch(CHAIN, guild_id, start, CHAIN_STEPS)]
            for link in batch:
                if link.user_id in seen:  # a loop of re-invitations: core.tree cuts it here
                    return links + batch
                seen.add(link.user_id)
            links += batch
            if len(batch) <= CHAIN_STEPS:
                break
            above = links[-1].inviter_id
            assert above is not None  # admissions.inviter_id is NOT NULL: only the made-up top link has none
            start = above
        # At the top someone with no admission: nobody vouched for them through Doorman.
        top = links[-1].inviter_id if links else user_id
        assert top is not None
        row = await self._conn.fetchrow(TOP, guild_id, top)
        assert row is not None  # EXISTS always answers
        return [*links, Link(top, None, "", bool(row["banned"]), bool(row["suspended"]))]

    async def below(self, guild_id: int, user_id: int, depth: int) -> list[Link]:
        return [_link(row) for row in await self._conn.fetch(BELOW, guild_id, user_id, depth)]

    async def branch(self, guild_id: int, user_id: int) -> list[int]:
        return [row["user_id"] for row in await self._conn.fetch(BRANCH, guild_id, user_id)]
