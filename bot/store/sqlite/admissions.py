"""Admissions in SQLite: each read joins the code, for its text and the inviter's note."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection

from bot.core.admissions import OPEN, Admission, AdmissionStatus
from bot.core.posts import Posted

_SELECT = (
    "SELECT a.id, a.guild_id, a.user_id, a.inviter_id, c.code, c.note AS code_note, a.redeemed_at,"
    " a.approval_required, a.status, a.decided_by, a.decided_at, a.reason, a.admitted_at,"
    " a.request_channel_id, a.request_message_id"
    " FROM admissions a JOIN codes c ON c.id = a.code_id"
)
_OPEN_STATUSES = tuple(status.value for status in OPEN)

OPEN_OF_USER = _SELECT + " WHERE a.guild_id = ? AND a.user_id = ? AND a.status IN (?, ?)"
OF_USER = _SELECT + " WHERE a.guild_id = ? AND a.user_id = ? ORDER BY a.id DESC"
INVITED_BY = _SELECT + " WHERE a.guild_id = ? AND a.inviter_id = ? ORDER BY a.id DESC"


def _admission(row: sqlite3.Row) -> Admission:
    return Admission(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        inviter_id=row["inviter_id"],
        code=row["code"],
        code_note=row["code_note"],
        redeemed_at=row["redeemed_at"],
        approval_required=bool(row["approval_required"]),
        status=AdmissionStatus(row["status"]),
        decided_by=row["decided_by"],
        decided_at=row["decided_at"],
        reason=row["reason"],
        admitted_at=row["admitted_at"],
        request=Posted.of(row["request_channel_id"], row["request_message_id"]),
    )


class SqliteAdmissions:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def insert(
        self,
        *,
        guild_id: int,
        code_id: int,
        user_id: int,
        inviter_id: int,
        redeemed_at: int,
        approval_required: bool,
        status: AdmissionStatus,
    ) -> Admission:
        cursor = self._conn.execute(
            "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status.value),
        )
        assert cursor.lastrowid is not None
        inserted = self._find(cursor.lastrowid)
        assert inserted is not None
        return inserted

    async def get(self, admission_id: int) -> Admission | None:
        return self._find(admission_id)

    async def open_of(self, guild_id: int, user_id: int) -> Admission | None:
        row = self._conn.execute(OPEN_OF_USER, (guild_id, user_id, *_OPEN_STATUSES)).fetchone()
        return None if row is None else _admission(row)

    async def open(self, guild_id: int | None) -> list[Admission]:
        if guild_id is None:
            rows = self._conn.execute(_SELECT + " WHERE a.status IN (?, ?) ORDER BY a.id", _OPEN_STATUSES)
        else:
            rows = self._conn.execute(
                _SELECT + " WHERE a.status IN (?, ?) AND a.guild_id = ? ORDER BY a.id", (*_OPEN_STATUSES, guild_id)
            )
        return [_admission(row) for row in rows]

    async def of_user(self, guild_id: int, user_id: int) -> list[Admission]:
        return [_admission(row) for row in self._conn.execute(OF_USER, (guild_id, user_id))]

    async def invited_by(self, guild_id: int, inviter_id: int) -> list[Admission]:
        return [_admission(row) for row in self._conn.execute(INVITED_BY, (guild_id, inviter_id))]

    async def decide(
        self, admission_id: int, *, status: AdmissionStatus, by: int, at: int, reason: str | None
    ) -> Admission | None:
        changed = self._conn.execute(
            "UPDATE admissions SET status = ?, decided_by = ?, decided_at = ?, reason = ? WHERE id = ? AND status = ?",
            (status.value, by, at, reason, admission_id, AdmissionStatus.AWAITING_APPROVAL.value),
        )
        return self._find(admission_id) if changed.rowcount == 1 else None

    async def finish(
        self, admission_id: int, *, status: AdmissionStatus, at: int, expected: Collection[AdmissionStatus]
    ) -> Admission | None:
        admitted_at = at if status is AdmissionStatus.ADMITTED else None
        changed = self._conn.execute(
            "UPDATE admissions SET status = ?, admitted_at = ? WHERE id = ? AND status IN ("
            + ", ".join("?" * len(expected))
            + ")",
            (status.value, admitted_at, admission_id, *(s.value for s in expected)),
        )
        return self._find(admission_id) if changed.rowcount == 1 else None

    async def remember_request(self, admission_id: int, request: Posted) -> None:
        self._conn.execute(
            "UPDATE admissions SET request_channel_id = ?, request_message_id = ? WHERE id = ?",
            (request.channel_id, request.message_id, admission_id),
        )

    def _find(self, admission_id: int) -> Admission | None:
        row = self._conn.execute(_SELECT + " WHERE a.id = ?", (admission_id,)).fetchone()
        return None if row is None else _admission(row)
