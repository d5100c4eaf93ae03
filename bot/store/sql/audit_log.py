"""The audit log: its entries, and the people each names (audit_people, for searches by person)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.audit_log import AuditQuery, StoredEntry
from bot.store.sql.connection import Connection


def search_statement(
    guild_id: int, query: AuditQuery, *, before_id: int | None, limit: int, after_id: int | None = None
) -> tuple[str, list[object]]:
    """The search's SQL and parameters: newest first by time then ID, read in that order from the index that fits
    (a person's entries in audit_people; else one kind's, or the guild's), each filter written only when given.

    A page after `before_id` continues after that entry's (time, ID); with `after_id`, the entries just above that
    entry's, oldest first (the caller turns them round).
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
        at, entry = "p.at", "p.entry_id"
    else:
        sql = "SELECT l.id, l.at, l.kind, l.payload FROM audit_log l WHERE l.guild_id = $1"
        at, entry = "l.at", "l.id"
    kind = None if query.kind is None else param(query.kind)
    if kind is not None:
        sql += f" AND l.kind = {kind}"
    if query.since is not None:
        sql += f" AND {at} >= {param(query.since)}"
    if query.until is not None:
        sql += f" AND {at} <= {param(query.until)}"
    # A kind and a time range: the kind in the row too (fixed: the same order), or SQLite prefers the guild's index.
    by_kind = kind is not None and query.person is None and (query.since, query.until) != (None, None)
    for bound, side in ((before_id, "<"), (after_id, ">")):
        if bound is not None:
            edge = param(bound)
            entry_at = f"(SELECT at FROM audit_log WHERE id = {edge}), {edge}"
            if by_kind:
                sql += f" AND (l.kind, l.at, l.id) {side} ({kind}, {entry_at})"
            else:
                sql += f" AND ({at}, {entry}) {side} ({entry_at})"
    direction = "ASC" if after_id is not None else "DESC"
    sql += f" ORDER BY {at} {direction}, {entry} {direction} LIMIT {param(limit)}"
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
            rows = ", ".join(f"($1, $2, $3, ${number})" for number in range(4, 4 + len(people)))
            await self._conn.execute(
                "INSERT INTO audit_people (guild_id, at, entry_id, user_id) VALUES " + rows,
                guild_id, at, entry_id, *people,
            )  # fmt: skip
        return entry_id

    async def search(
        self, guild_id: int, query: AuditQuery, *, before_id: int | None, limit: int, after_id: int | None = None
    ) -> list[StoredEntry]:
        sql, args = search_statement(guild_id, query, before_id=before_id, limit=limit, after_id=after_id)
        entries = [StoredEntry(row[0], row[1], row[2], row[3]) for row in await self._conn.fetch(sql, *args)]
        return entries[::-1] if after_id is not None else entries
