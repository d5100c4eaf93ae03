"""Waitlist entries: each read joins the code they were sent, for its text."""

from __future__ import annotations

from bot.core.posts import Posted
from bot.core.waitlist import EntryStatus, WaitlistEntry
from bot.store.sql.connection import Connection, Row

_SELECT = (
    "SELECT w.id, w.guild_id, w.user_id, w.about, w.joined_at, w.status, w.decided_by, w.decided_at, w.reason,"
    " w.code_id, c.code, w.closed_at, w.message_channel_id, w.message_id"
    " FROM waitlist w LEFT JOIN codes c ON c.id = w.code_id"
)
_OPEN = "w.status IN ('waiting', 'invited')"

OPEN_OF_USER = _SELECT + " WHERE w.guild_id = $1 AND w.user_id = $2 AND " + _OPEN
OPEN_OF_GUILD = _SELECT + " WHERE w.guild_id = $1 AND " + _OPEN + " ORDER BY w.joined_at, w.id"
OF_USER = _SELECT + " WHERE w.guild_id = $1 AND w.user_id = $2 ORDER BY w.id DESC"
# These two repeat the open entries' condition as the partial index waitlist_open is written, so that SQLite uses it.
WAITING_OF_GUILD = (
    "SELECT id FROM waitlist WHERE guild_id = $1 AND status IN ('waiting', 'invited') AND status = 'waiting'"
    " ORDER BY joined_at, id"
)
POSITION = (
    "SELECT COUNT(*) FROM waitlist WHERE guild_id = $1 AND status IN ('waiting', 'invited') AND status = 'waiting'"
    " AND (joined_at < $2 OR (joined_at = $2 AND id <= $3))"
)


def _entry(row: Row) -> WaitlistEntry:
    return WaitlistEntry(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        about=row["about"],
        joined_at=row["joined_at"],
        status=EntryStatus(row["status"]),
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        reason=row["reason"],
        code_id=row["code_id"],
        code=row["code"],
        closed_at=row["closed_at"],
        message=Posted.of(row["message_channel_id"], row["message_id"]),
    )


class SqlWaitlist:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def insert(self, *, guild_id: int, user_id: int, about: str | None, joined_at: int) -> WaitlistEntry:
        row = await self._conn.fetchrow(
            "INSERT INTO waitlist (guild_id, user_id, about, joined_at, status) VALUES ($1, $2, $3, $4, $5)"
            " RETURNING id",
            guild_id, user_id, about, joined_at, EntryStatus.WAITING.value,
        )  # fmt: skip
        assert row is not None
        return WaitlistEntry(
            id=row[0], guild_id=guild_id, user_id=user_id, about=about, joined_at=joined_at,
            status=EntryStatus.WAITING, decided_by=None, decided_at=None, reason=None, code_id=None, code=None,
            closed_at=None, message=None,
        )  # fmt: skip

    async def get(self, entry_id: int) -> WaitlistEntry | None:
        row = await self._conn.fetchrow(_SELECT + " WHERE w.id = $1", entry_id)
        return None if row is None else _entry(row)

    async def open_of(self, guild_id: int, user_id: int) -> WaitlistEntry | None:
        row = await self._conn.fetchrow(OPEN_OF_USER, guild_id, user_id)
        return None if row is None else _entry(row)

    async def open(self, guild_id: int) -> list[WaitlistEntry]:
        return [_entry(row) for row in await self._conn.fetch(OPEN_OF_GUILD, guild_id)]

    async def waiting(self, guild_id: int) -> list[int]:
        rows = await self._conn.fetch(WAITING_OF_GUILD, guild_id)
        return [int(row[0]) for row in rows]

    async def of_user(self, guild_id: int, user_id: int) -> list[WaitlistEntry]:
        return [_entry(row) for row in await self._conn.fetch(OF_USER, guild_id, user_id)]

    async def position(self, entry: WaitlistEntry) -> int:
        row = await self._conn.fetchrow(POSITION, entry.guild_id, entry.joined_at, entry.id)
        assert row is not None
        return int(row[0])

    async def invite(self, entry_id: int, *, by: int, at: int, code_id: int) -> WaitlistEntry | None:
        changed = await self._conn.execute(
            "UPDATE waitlist SET status = $1, decided_by = $2, decided_at = $3, code_id = $4"
            " WHERE id = $5 AND status = $6",
            EntryStatus.INVITED.value, by, at, code_id, entry_id, EntryStatus.WAITING.value,
        )  # fmt: skip
        return await self.get(entry_id) if changed == 1 else None

    async def replace_code(self, entry_id: int, *, was: int, code_id: int) -> bool:
        changed = await self._conn.execute(
            "UPDATE waitlist SET code_id = $1 WHERE id = $2 AND status = $3 AND code_id = $4",
            code_id, entry_id, EntryStatus.INVITED.value, was,
        )  # fmt: skip
        return changed == 1

    async def decline(self, entry_id: int, *, by: int, at: int, reason: str | None) -> WaitlistEntry | None:
        changed = await self._conn.execute(
            "UPDATE waitlist SET status = $1, decided_by = $2, decided_at = $3, reason = $4, closed_at = $3"
            " WHERE id = $5 AND status = $6",
            EntryStatus.DECLINED.value, by, at, reason, entry_id, EntryStatus.WAITING.value,
        )  # fmt: skip
        return await self.get(entry_id) if changed == 1 else None

    async def close(self, entry_id: int, *, status: EntryStatus, at: int) -> WaitlistEntry | None:
        changed = await self._conn.execute(
            "UPDATE waitlist SET status = $1, closed_at = $2 WHERE id = $3 AND status IN ('waiting', 'invited')",
            status.value, at, entry_id,
        )  # fmt: skip
        return await self.get(entry_id) if changed == 1 else None

    async def remember_message(self, entry_id: int, message: Posted) -> None:
        await self._conn.execute(
            "UPDATE waitlist SET message_channel_id = $1, message_id = $2 WHERE id = $3",
            message.channel_id, message.message_id, entry_id,
        )  # fmt: skip
