"""Invitation codes.

The hot queries are named at module level, so the query-plan test runs these very statements.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.code_search import CodeFilter
from bot.core.codes import Code, CodeKind, CodeStatus, Reservation, ReservationById, ReservationByUsername
from bot.core.quotas import Spending
from bot.store.sql.connection import Connection, Row, placeholders

_COLUMNS = (
    "id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at, reserved_user_id, reserved_username,"
    " note, revoked_at, revoked_by, link, link_expiry, kind, quota_from, replaces"
)
_SELECT = "SELECT " + _COLUMNS + " FROM codes"


def _active(now: str) -> str:
    """Code.status() is ACTIVE, in SQL, with `now` the parameter holding the time."""
    return f"revoked_at IS NULL AND uses < max_uses AND expires_at > {now}"


BY_TEXT = _SELECT + " WHERE code = $1 AND guild_id = $2"
CREATED_SINCE = _SELECT + " WHERE guild_id = $1 AND inviter_id = $2 AND created_at > $3"
# The quota's read, on every /invite create: only what the quota needs, no Code built per row.
SPENDING = (
    "SELECT COALESCE(quota_from, created_at), max_uses, uses, revoked_at IS NOT NULL FROM codes"
    " WHERE guild_id = $1 AND inviter_id = $2 AND created_at > $3 AND kind = 'member'"
)
OF_INVITER = _SELECT + " WHERE guild_id = $1 AND inviter_id = $2"
OF_GUILD = _SELECT + " WHERE guild_id = $1"
# admissions.inviter_id is the code's inviter, so this reads admissions_by_inviter alone.
REDEEMERS_OF_INVITER = "SELECT code_id, user_id FROM admissions WHERE guild_id = $1 AND inviter_id = $2 ORDER BY id"
REDEEMERS_OF_GUILD = "SELECT code_id, user_id FROM admissions WHERE guild_id = $1 ORDER BY id"
ACTIVE_OF_INVITER = (
    _SELECT
    + " WHERE guild_id = $1 AND inviter_id = $2 AND "
    + _active("$3")
    + " ORDER BY created_at DESC, id DESC LIMIT $4"
)


# Codes by expiry, counted up to this many: fewer, and an active or expired page reads them by expiry and sorts
# them; more, and it walks the guild's codes newest first, where its codes are then frequent enough.
FEW_BY_EXPIRY = 5_000


def expiry_side(status: CodeStatus | None) -> str | None:
    """The expiry condition of a status that has one, with the time as $2."""
    return {CodeStatus.ACTIVE: "expires_at > $2", CodeStatus.EXPIRED: "expires_at <= $2"}.get(status)  # type: ignore[arg-type]


def count_by_expiry(side: str) -> str:
    """How many of the guild's codes are on that side of the time, counted up to FEW_BY_EXPIRY + 1."""
    return f"SELECT COUNT(*) FROM (SELECT 1 FROM codes WHERE guild_id = $1 AND {side} LIMIT {FEW_BY_EXPIRY + 1}) few"


def page_statement(
    guild_id: int,
    filter: CodeFilter,
    *,
    now: int,
    before_id: int | None,
    limit: int,
    by_expiry: bool = False,
    after_id: int | None = None,
) -> tuple[str, list[object]]:
    """The all-codes page's SQL and parameters, each filter written only when given (so each reads its index);
    newest first (with `after_id`: the codes just above it, oldest first, the caller turns them round).

    An active or expired page says which index it reads, in both dialects alike: `by_expiry`, the expiry index
    (its order by `+id` cannot use another); else the guild's codes newest first (`+expires_at` cannot use it).
    The planner is not left to choose: the bot never runs ANALYZE, so SQLite has no statistics to choose by.
    """
    args: list[object] = [guild_id]

    def param(value: object) -> str:
        args.append(value)
        return f"${len(args)}"

    sql = _SELECT + " WHERE guild_id = $1"
    if filter.inviter_id is not None:
        sql += f" AND inviter_id = {param(filter.inviter_id)}"
    if filter.kind is not None:
        sql += f" AND kind = {param(filter.kind.value)}"
    side = expiry_side(filter.status)
    if filter.status in (CodeStatus.ACTIVE, CodeStatus.EXPIRED):
        expiry = ("" if by_expiry else "+") + str(side).replace("$2", param(now))
        sql += " AND revoked_at IS NULL AND uses < max_uses AND " + expiry
    elif filter.status is CodeStatus.USED:
        sql += " AND revoked_at IS NULL AND uses >= max_uses"
    elif filter.status is CodeStatus.REVOKED:
        sql += " AND revoked_at IS NOT NULL"
    # One inviter's codes are few: read by their own index and sorted, rather than sought among the guild's (`+id`:
    # nor may a page's bound on the ID lead SQLite to the guild's index).
    sorted_after = by_expiry or filter.inviter_id is not None
    id_ = "+id" if sorted_after else "id"
    if before_id is not None:
        sql += f" AND {id_} < {param(before_id)}"
    if after_id is not None:
        sql += f" AND {id_} > {param(after_id)}"
    direction = "ASC" if after_id is not None else "DESC"
    sql += f" ORDER BY {id_} {direction} LIMIT {param(limit)}"
    return sql, args


def redeemers_statement(count: int) -> str:
    """Who redeemed `count` codes of a guild, by the codes' index (`+guild_id`: never by the guild's index of every
    admission, which SQLite picks without statistics, and the bot never runs ANALYZE: 37 ms for a page of 50 codes
    at a million codes, benchmarks/dashboard_pages.py; by the codes' index, well under 1 ms)."""
    return (
        "SELECT code_id, user_id FROM admissions WHERE +guild_id = $1 AND code_id IN ("
        + placeholders(2, count)
        + ") ORDER BY id"
    )


def _reservation(row: Row) -> Reservation | None:
    if row["reserved_user_id"] is not None:
        return ReservationById(row["reserved_user_id"])
    if row["reserved_username"] is not None:
        return ReservationByUsername(row["reserved_username"])
    return None


def _code(row: Row, redeemers: tuple[int, ...] = ()) -> Code:
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
        link=row["link"],
        link_expiry=row["link_expiry"],
        kind=CodeKind(row["kind"]),
        quota_from=row["quota_from"],
        replaces=row["replaces"],
        redeemer_ids=redeemers,
    )


class SqlCodes:
    def __init__(self, conn: Connection) -> None:
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
        kind: CodeKind = CodeKind.MEMBER,
        quota_from: int | None = None,
        replaces: int | None = None,
    ) -> int | None:
        user_id = for_user.user_id if isinstance(for_user, ReservationById) else None
        username = for_user.username if isinstance(for_user, ReservationByUsername) else None
        row = await self._conn.fetchrow(
            "INSERT INTO codes (guild_id, code, inviter_id, max_uses, created_at, expires_at, reserved_user_id,"
            " reserved_username, note, kind, quota_from, replaces)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (code) DO NOTHING RETURNING id",
            guild_id, code, inviter_id, max_uses, created_at, expires_at, user_id, username, note, kind.value,
            quota_from, replaces,
        )  # fmt: skip
        return None if row is None else int(row[0])

    async def get(self, code_id: int) -> Code:
        row = await self._conn.fetchrow(_SELECT + " WHERE id = $1", code_id)
        assert row is not None, f"no code {code_id}"
        return _code(row)

    async def find(self, guild_id: int, code: str) -> Code | None:
        row = await self._conn.fetchrow(BY_TEXT, code, guild_id)
        return None if row is None else _code(row)

    async def spending(self, guild_id: int, inviter_id: int, since: int) -> list[Spending]:
        rows = await self._conn.fetch(SPENDING, guild_id, inviter_id, since)
        return [Spending(row[0], row[1], row[2], bool(row[3])) for row in rows]

    async def created_since(self, guild_id: int, inviter_id: int, since: int) -> list[Code]:
        return [_code(row) for row in await self._conn.fetch(CREATED_SINCE, guild_id, inviter_id, since)]

    async def listing(self, guild_id: int, inviter_id: int | None) -> list[Code]:
        if inviter_id is None:
            rows = await self._conn.fetch(OF_GUILD, guild_id)
            redeemed = await self._conn.fetch(REDEEMERS_OF_GUILD, guild_id)
        else:
            rows = await self._conn.fetch(OF_INVITER, guild_id, inviter_id)
            redeemed = await self._conn.fetch(REDEEMERS_OF_INVITER, guild_id, inviter_id)
        redeemers: dict[int, list[int]] = {}
        for admission in redeemed:
            redeemers.setdefault(admission["code_id"], []).append(admission["user_id"])
        return [_code(row, tuple(redeemers.get(row["id"], ()))) for row in rows]

    async def page(
        self,
        guild_id: int,
        filter: CodeFilter,
        *,
        now: int,
        before_id: int | None,
        limit: int,
        after_id: int | None = None,
    ) -> list[Code]:
        side = expiry_side(filter.status)
        by_expiry = False
        if side is not None and filter.inviter_id is None:  # one inviter's codes: their own index, whatever the status
            counted = await self._conn.fetchrow(count_by_expiry(side), guild_id, now)
            by_expiry = counted is not None and int(counted[0]) <= FEW_BY_EXPIRY
        sql, args = page_statement(
            guild_id, filter, now=now, before_id=before_id, limit=limit, by_expiry=by_expiry, after_id=after_id
        )
        codes = [_code(row) for row in await self._conn.fetch(sql, *args)]
        return codes[::-1] if after_id is not None else codes

    async def redeemers(self, guild_id: int, code_ids: Sequence[int]) -> dict[int, list[int]]:
        if not code_ids:
            return {}
        rows = await self._conn.fetch(redeemers_statement(len(code_ids)), guild_id, *code_ids)
        redeemed: dict[int, list[int]] = {}
        for row in rows:
            redeemed.setdefault(row["code_id"], []).append(row["user_id"])
        return redeemed

    async def active(self, guild_id: int, inviter_id: int, now: int, limit: int) -> list[Code]:
        return [_code(row) for row in await self._conn.fetch(ACTIVE_OF_INVITER, guild_id, inviter_id, now, limit)]

    async def add_use(self, code_id: int) -> bool:
        spent = await self._conn.execute("UPDATE codes SET uses = uses + 1 WHERE id = $1 AND uses < max_uses", code_id)
        return spent == 1

    async def set_link(self, code_id: int, link: str | None, *, was: str | None, expiry: int | None) -> bool:
        changed = await self._conn.execute(
            "UPDATE codes SET link = $1, link_expiry = $2 WHERE id = $3 AND link IS NOT DISTINCT FROM $4",
            link, expiry, code_id, was,
        )  # fmt: skip
        return changed == 1

    async def revoke(self, code_id: int, *, by: int, at: int) -> Code:
        [row] = await self._conn.fetch(
            "UPDATE codes SET revoked_at = $1, revoked_by = $2 WHERE id = $3 RETURNING " + _COLUMNS, at, by, code_id
        )
        return _code(row)

    async def revoke_active(self, guild_id: int, inviter_id: int, *, by: int, at: int) -> list[Code]:
        rows = await self._conn.fetch(
            "UPDATE codes SET revoked_at = $1, revoked_by = $2 WHERE guild_id = $3 AND inviter_id = $4 AND "
            + _active("$1")
            + " RETURNING "
            + _COLUMNS,
            at, by, guild_id, inviter_id,
        )  # fmt: skip
        return [_code(row) for row in rows]
