"""Admissions: each read joins the code, for its text and the inviter's note."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from bot.core.admissions import OPEN, Admission, AdmissionStatus
from bot.core.codes import CodeKind
from bot.core.holds import Hold, read_holds, stored_holds
from bot.core.posts import Posted
from bot.core.questions import Answer
from bot.store.sql.connection import Connection, Row, placeholders

_SELECT = (
    "SELECT a.id, a.guild_id, a.user_id, a.inviter_id, c.code, c.note AS code_note, c.kind AS code_kind,"
    " a.redeemed_at,"
    " a.approval_required, a.status, a.decided_by, a.decided_at, a.reason, a.admitted_at,"
    " a.request_channel_id, a.request_message_id, a.has_avatar, a.holds, a.came_back, a.answers"
    " FROM admissions a JOIN codes c ON c.id = a.code_id"
)
# The open statuses written into the SQL, not bound: only then may a query use the indexes kept for open admissions
# (admissions_open, admissions_one_open: partial, WHERE status IN these), as neither database proves a partial
# index's condition from parameters. A guild's open admissions are read by admissions_open (`+a.guild_id`: not by
# the guild's index of every admission, which SQLite picks without statistics, and the bot never runs ANALYZE).
# Bound, and by the guild, they were every admission of the guild read: 1.4 s at a million codes on every load of
# the dashboard's queue (benchmarks/dashboard_pages.py); by admissions_open, 0.3 ms.
_OPEN = "a.status IN (" + ", ".join(f"'{status.value}'" for status in OPEN) + ")"

OPEN_OF_USER = _SELECT + " WHERE a.guild_id = $1 AND a.user_id = $2 AND " + _OPEN
OF_USER = _SELECT + " WHERE a.guild_id = $1 AND a.user_id = $2 ORDER BY a.id DESC"
INVITED_BY = _SELECT + " WHERE a.guild_id = $1 AND a.inviter_id = $2 ORDER BY a.id DESC"
OPEN_OF_EVERY_GUILD = _SELECT + " WHERE " + _OPEN + " ORDER BY a.id"
OPEN_OF_GUILD = _SELECT + " WHERE +a.guild_id = $1 AND " + _OPEN + " ORDER BY a.id"


def _admission(row: Row) -> Admission:
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
        code_kind=CodeKind(row["code_kind"]),
        has_avatar=None if row["has_avatar"] is None else bool(row["has_avatar"]),
        holds=read_holds(row["holds"]),
        came_back=bool(row["came_back"]),
        answers=_answers(row["answers"]),
    )


def _answers(stored: str | None) -> tuple[Answer, ...]:
    return () if stored is None else tuple(Answer(question, answer) for question, answer in json.loads(stored))


class SqlAdmissions:
    def __init__(self, conn: Connection) -> None:
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
        has_avatar: bool | None,
        holds: tuple[Hold, ...],
        came_back: bool,
        answers: tuple[Answer, ...] = (),
    ) -> Admission:
        stored = json.dumps([[a.question, a.answer] for a in answers], ensure_ascii=False) if answers else None
        row = await self._conn.fetchrow(
            "INSERT INTO admissions (guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status,"
            " has_avatar, holds, came_back, answers)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            guild_id, code_id, user_id, inviter_id, redeemed_at, approval_required, status.value,
            has_avatar, stored_holds(holds), came_back, stored,
        )  # fmt: skip
        code = await self._conn.fetchrow("SELECT code, note, kind FROM codes WHERE id = $1", code_id)
        assert row is not None and code is not None
        # Built from what was written, not read back: on PostgreSQL a read of the index page every newcomer
        # inserts into makes concurrent redemptions conflict (bot/store/postgres/database.py).
        return Admission(
            id=row[0], guild_id=guild_id, user_id=user_id, inviter_id=inviter_id, code=code["code"],
            code_note=code["note"], redeemed_at=redeemed_at, approval_required=approval_required, status=status,
            decided_by=None, decided_at=None, reason=None, admitted_at=None, request=None,
            code_kind=CodeKind(code["kind"]), has_avatar=has_avatar, holds=holds, came_back=came_back,
            answers=answers,
        )  # fmt: skip

    async def get(self, admission_id: int) -> Admission | None:
        return await self._find(admission_id)

    async def many(self, admission_ids: Sequence[int]) -> list[Admission]:
        if not admission_ids:
            return []
        rows = await self._conn.fetch(
            _SELECT + " WHERE a.id IN (" + placeholders(1, len(admission_ids)) + ")", *admission_ids
        )
        return [_admission(row) for row in rows]

    async def open_of(self, guild_id: int, user_id: int) -> Admission | None:
        row = await self._conn.fetchrow(OPEN_OF_USER, guild_id, user_id)
        return None if row is None else _admission(row)

    async def open(self, guild_id: int | None) -> list[Admission]:
        if guild_id is None:
            rows = await self._conn.fetch(OPEN_OF_EVERY_GUILD)
        else:
            rows = await self._conn.fetch(OPEN_OF_GUILD, guild_id)
        return [_admission(row) for row in rows]

    async def of_user(self, guild_id: int, user_id: int) -> list[Admission]:
        return [_admission(row) for row in await self._conn.fetch(OF_USER, guild_id, user_id)]

    async def invited_by(self, guild_id: int, inviter_id: int) -> list[Admission]:
        return [_admission(row) for row in await self._conn.fetch(INVITED_BY, guild_id, inviter_id)]

    async def decide(
        self, admission_id: int, *, status: AdmissionStatus, by: int, at: int, reason: str | None
    ) -> Admission | None:
        changed = await self._conn.execute(
            "UPDATE admissions SET status = $1, decided_by = $2, decided_at = $3, reason = $4"
            " WHERE id = $5 AND status = $6",
            status.value, by, at, reason, admission_id, AdmissionStatus.AWAITING_APPROVAL.value,
        )  # fmt: skip
        return await self._find(admission_id) if changed == 1 else None

    async def finish(
        self, admission_id: int, *, status: AdmissionStatus, at: int, expected: Collection[AdmissionStatus]
    ) -> Admission | None:
        admitted_at = at if status is AdmissionStatus.ADMITTED else None
        changed = await self._conn.execute(
            "UPDATE admissions SET status = $1, admitted_at = $2 WHERE id = $3 AND status IN ("
            + placeholders(4, len(expected))
            + ")",
            status.value, admitted_at, admission_id, *(s.value for s in expected),
        )  # fmt: skip
        return await self._find(admission_id) if changed == 1 else None

    async def remember_request(self, admission_id: int, request: Posted) -> None:
        await self._conn.execute(
            "UPDATE admissions SET request_channel_id = $1, request_message_id = $2 WHERE id = $3",
            request.channel_id, request.message_id, admission_id,
        )  # fmt: skip

    async def _find(self, admission_id: int) -> Admission | None:
        row = await self._conn.fetchrow(_SELECT + " WHERE a.id = $1", admission_id)
        return None if row is None else _admission(row)
