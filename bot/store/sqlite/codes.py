"""Invitation codes in SQLite.

The hot queries are named at module level, so the query-plan test runs these very statements.
"""

from __future__ import annotations

import sqlite3

from bot.core.codes import Code, Reservation, ReservationById, ReservationByUsername

_COLUMNS = (
    "id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at, reserved_user_id, reserved_username,"
    " note, revoked_at, revoked_by"
)
_SELECT = "SELECT " + _COLUMNS + " FROM codes"
# Code.status() is ACTIVE, in SQL; the parameter is now.
_ACTIVE = "revoked_at IS NULL AND uses < max_uses AND expires_at > ?"

BY_TEXT = _SELECT + " WHERE code = ? AND guild_id = ?"
CREATED_SINCE = _SELECT + " WHERE guild_id = ? AND inviter_id = ? AND created_at > ?"
OF_INVITER = _SELECT + " WHERE guild_id = ? AND inviter_id = ?"
OF_GUILD = _SELECT + " WHERE guild_id = ?"
# admissions.inviter_id is the code's inviter, so this reads admissions_by_inviter alone.
REDEEMERS_OF_INVITER = "SELECT code_id, user_id FROM admissions WHERE guild_id = ? AND inviter_id = ? ORDER BY id"
REDEEMERS_OF_GUILD = "SELECT code_id, user_id FROM admissions WHERE guild_id = ? ORDER BY id"
ACTIVE_OF_INVITER = (
    _SELECT + " WHERE guild_id = ? AND inviter_id = ? AND " + _ACTIVE + " ORDER BY created_at DESC, id DESC LIMIT ?"
)


def _reservation(row: sqlite3.Row) -> Reservation | None:
    if row["reserved_user_id"] is not None:
        return ReservationById(row["reserved_user_id"])
    if row["reserved_username"] is not None:
        return ReservationByUsername(row["reserved_username"])
    return None


def _code(row: sqlite3.Row, redeemers: tuple[int, ...] = ()) -> Code:
    return Code(
        id=row["id"],
        guild_id=row["guild_id"],
        code=row["code"],
        inviter_id=row["inviter_id"],
        max_uses=row["max_uses"],
        uses=row["uses"],
        created_at=row["created_at"],
        expires_at=row["expires_at"],
        for_user=_reservation(row),
        note=row["note"],
        revoked_at=row["revoked_at"],
        revoked_by=row["revoked_by"],
        redeemer_ids=redeemers,
    )


class SqliteCodes:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def insert(
        self,
        *,
        guild_id: int,
        code: str,
        inviter_id: int,
        max_uses: int,
        created_at: int,
        expires_at: int,
        for_user: Reservation | None,
        note: str | None,
    ) -> int | None:
        user_id = for_user.user_id if isinstance(for_user, ReservationById) else None
        username = for_user.username if isinstance(for_user, ReservationByUsername) else None
        cursor = self._conn.execute(
            "INSERT INTO codes (guild_id, code, inviter_id, max_uses, created_at, expires_at, reserved_user_id,"
            " reserved_username, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
            (guild_id, code, inviter_id, max_uses, created_at, expires_at, user_id, username, note),
        )
        return cursor.lastrowid if cursor.rowcount == 1 else None

    async def get(self, code_id: int) -> Code:
        return _code(self._conn.execute(_SELECT + " WHERE id = ?", (code_id,)).fetchone())

    async def find(self, guild_id: int, code: str) -> Code | None:
        row = self._conn.execute(BY_TEXT, (code, guild_id)).fetchone()
        return None if row is None else _code(row)

    async def created_since(self, guild_id: int, inviter_id: int, since: int) -> list[Code]:
        return [_code(row) for row in self._conn.execute(CREATED_SINCE, (guild_id, inviter_id, since))]

    async def listing(self, guild_id: int, inviter_id: int | None) -> list[Code]:
        if inviter_id is None:
            rows = self._conn.execute(OF_GUILD, (guild_id,)).fetchall()
            redeemed = self._conn.execute(REDEEMERS_OF_GUILD, (guild_id,))
        else:
            rows = self._conn.execute(OF_INVITER, (guild_id, inviter_id)).fetchall()
            redeemed = self._conn.execute(REDEEMERS_OF_INVITER, (guild_id, inviter_id))
        redeemers: dict[int, list[int]] = {}
        for admission in redeemed:
            redeemers.setdefault(admission["code_id"], []).append(admission["user_id"])
        return [_code(row, tuple(redeemers.get(row["id"], ()))) for row in rows]

    async def active(self, guild_id: int, inviter_id: int, now: int, limit: int) -> list[Code]:
        rows = self._conn.execute(ACTIVE_OF_INVITER, (guild_id, inviter_id, now, limit))
        return [_code(row) for row in rows]

    async def add_use(self, code_id: int) -> bool:
        spent = self._conn.execute("UPDATE codes SET uses = uses + 1 WHERE id = ? AND uses < max_uses", (code_id,))
        return spent.rowcount == 1

    async def revoke(self, code_id: int, *, by: int, at: int) -> Code:
        # fetchall: a RETURNING statement left unfinished would keep the transaction from committing.
        [row] = self._conn.execute(
            "UPDATE codes SET revoked_at = ?, revoked_by = ? WHERE id = ? RETURNING " + _COLUMNS, (at, by, code_id)
        ).fetchall()
        return _code(row)

    async def revoke_active(self, guild_id: int, inviter_id: int, *, by: int, at: int) -> list[Code]:
        rows = self._conn.execute(
            "UPDATE codes SET revoked_at = ?, revoked_by = ? WHERE guild_id = ? AND inviter_id = ? AND "
            + _ACTIVE
            + " RETURNING "
            + _COLUMNS,
            (at, by, guild_id, inviter_id, at),
        ).fetchall()
        return [_code(row) for row in rows]
