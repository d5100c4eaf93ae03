"""The audit log: its entries, and the people each names (audit_people, for searches by person)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.audit_log import AuditQuery, StoredEntry
from bot.store.sql.connection import Connection


def search_statement(
    guild_id: int, query: AuditQuery, *, before_id: int | None, limit: int, after_id: int | None = None
) -> tuple[str, list[object]]:
    """The search's SQL and parameters: by person through audit_people, else audit_log's own indexes, newest first
    (with `after_id`: oldest first, the caller turns them round).

    Each filter is written only when given, so that each combination reads the index that fits it.
    """
    args: list[object] = [guild_id]

    def param(value: object) -> str:
        args.append(value)
        return f"${len(args)}"

    if query.person is not None:
        sql = (
            "SELECT l.id, l.at, l.kind, l.payload FROM audit_people p JOIN audit_log l ON l.id = p.entry_id"
            f" WHERE p.guild_id = $1 AND p.user_id = {param(query.person)}"
        )
        order = "p.entry_id"
    else:
        sql = "SELECT l.id, l.at, l.kind, l.payload FROM audit_log l WHERE l.guild_id = $1"
        order = "l.id"
    if query.kind is not None:
        sql += f" AND l.kind = {param(query.kind)}"
    if query.since is not None:
        sql += f" AND l.at >= {param(query.since)}"
    if query.until is not None:
        sql += f" AND l.at <= {param(query.until)}"
    if before_id is not None:
        sql += f" AND {order} < {param(before_id)}"
    if after_id is not None:
        sql += f" AND {order} > {param(after_id)}"
    sql += f" ORDER BY {order} {'ASC' if after_id is not None else 'DESC'} LIMIT {param(limit)}"
    return sql, args


class SqlAuditLog:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def add(self, guild_id: int, *, at: int, kind: str, payload: str, people: Sequence[int]) -> int:
        row = await self._conn.fetchrow(
            "INSERT INTO audit_log (guild_id, at, kind, payload) VALUES ($1, $2, $3, $4) RETURNING id",
            guild_id, at, kind, payload,
        )  # fmt: skip
        assert row is not None
        entry_id = int(row[0])
        if people:
            rows = ", ".join(f"($1, $2, ${number})" for number in range(3, 3 + len(people)))
            await self._conn.execute(
                "INSERT INTO audit_people (guild_id, entry_id, user_id) VALUES " + rows, guild_id, entry_id, *people
            )
        return entry_id

    async def search(
        self, guild_id: int, query: AuditQuery, *, before_id: int | None, limit: int, after_id: int | None = None
    ) -> list[StoredEntry]:
        sql, args = search_statement(guild_id, query, before_id=before_id, limit=limit, after_id=after_id)
        entries = [StoredEntry(row[0], row[1], row[2], row[3]) for row in await self._conn.fetch(sql, *args)]
        return entries[::-1] if after_id is not None else entries
