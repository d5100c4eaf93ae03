"""Invitation codes as members and admins handle them: create, list, revoke, and quotas.

Each use case is one transaction. Creation counts the member's quota and
inserts the code in the same transaction, so concurrent creates can never
spend more than the quota.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum
from functools import partial

from bot.codes import MalformedCode, format_code, generate_code, normalize_code
from bot.config import Policy
from bot.errors import Refused
from bot.quotas import (
    DAY,
    QuotaRule,
    QuotaStatus,
    RoleQuota,
    SpentCode,
    can_spend,
    code_cost,
    quota_rule,
    quota_status,
    window_start,
)
from bot.settings import GuildSettings, read_settings
from bot.storage import Storage

MAX_QUOTA_AMOUNT = 1000
MAX_GRANT = 1000
_INSERT_ATTEMPTS = 8


class CodeStatus(Enum):
    ACTIVE = "active"
    USED = "used"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True)
class Member:
    """Who is asking, as Discord describes them: enough to decide their quota."""

    user_id: int
    role_ids: frozenset[int]
    manages_server: bool


@dataclass(frozen=True)
class Code:
    id: int
    guild_id: int
    code: str
    inviter_id: int
    max_uses: int
    uses: int
    created_at: int
    expires_at: int
    for_user: str | None
    note: str | None
    revoked_at: int | None
    revoked_by: int | None
    redeemer_ids: tuple[int, ...] = ()

    @property
    def display(self) -> str:
        return format_code(self.code)

    def status(self, now: int) -> CodeStatus:
        if self.revoked_at is not None:
            return CodeStatus.REVOKED
        if self.uses >= self.max_uses:
            return CodeStatus.USED
        if now >= self.expires_at:
            return CodeStatus.EXPIRED
        return CodeStatus.ACTIVE


@dataclass(frozen=True)
class CreatedCode:
    code: Code
    quota: QuotaStatus
    settings: GuildSettings  # as read in the creating transaction: the reply needs the welcome channel


@dataclass(frozen=True)
class MemberCodes:
    codes: list[Code]  # active first, then newest first
    quota: QuotaStatus


class NotAllowedToInvite(Refused):
    def __init__(self) -> None:
        super().__init__(
            "Only members can create invitation codes. "
            "If you just joined, redeem your own code in the welcome channel first."
        )


class QuotaExhausted(Refused):
    def __init__(self, status: QuotaStatus, cost: int) -> None:
        self.status, self.cost = status, cost
        limit = status.rule.limit
        if limit == 0:
            text = (
                "Your invitation limit on this server is 0, so you cannot create codes. Ask an admin if that is wrong."
            )
        else:
            text = (
                f"That code would cost {cost} use{'s' * (cost != 1)} and you have {status.remaining} of "
                f"{limit} left in your {status.rule.period_days}-day window."
            )
            if status.next_free_at is not None:
                text += f" The next use frees up <t:{status.next_free_at}:R>."
            text += " Revoking an unused code with `/invite revoke` gives its uses back."
        super().__init__(text)


class UsesOutOfRange(Refused):
    def __init__(self, uses: int, maximum: int) -> None:
        super().__init__(f"`uses` must be from 1 to {maximum} on this server; you asked for {uses}.")


class CodeNotFound(Refused):
    def __init__(self, text: str) -> None:
        super().__init__(f"There is no code `{text}` on this server. Check it with `/invite list`.")


class NotYourCode(Refused):
    def __init__(self) -> None:
        super().__init__("That code belongs to someone else; you can only revoke your own codes.")


class NotRevocable(Refused):
    def __init__(self, code: Code, status: CodeStatus) -> None:
        super().__init__(f"Code `{code.display}` is already {status.value}; there is nothing to revoke.")


class InvalidQuota(Refused):
    pass


def parse_code_option(text: str) -> str:
    """A code typed into an option, canonical, or a refusal that says what a code looks like."""
    try:
        return normalize_code(text)
    except MalformedCode:
        raise Refused(
            "That is not a valid code (malformed): codes look like `7KQ2-M9XD-4HBT`, 12 letters and digits."
        ) from None


async def create_code(
    storage: Storage,
    *,
    guild_id: int,
    member: Member,
    defaults: Policy,
    now: int,
    uses: int = 1,
    expires_in: int | None = None,
    for_user: str | None = None,
    note: str | None = None,
    generate: Callable[[], str] = generate_code,
) -> CreatedCode:
    """Create a code for `member` if their quota allows it, in one transaction.

    `expires_in` is seconds (None: the guild's code_ttl_days); `for_user` and `note` are already validated.
    """
    return await storage.transaction(
        partial(
            create_code_in,
            guild_id=guild_id,
            member=member,
            defaults=defaults,
            now=now,
            uses=uses,
            expires_in=expires_in,
            for_user=for_user,
            note=note,
            generate=generate,
        )
    )


def create_code_in(
    conn: sqlite3.Connection,
    *,
    guild_id: int,
    member: Member,
    defaults: Policy,
    now: int,
    uses: int,
    expires_in: int | None,
    for_user: str | None,
    note: str | None,
    generate: Callable[[], str],
) -> CreatedCode:
    """create_code()'s transaction: the quota count and the insert happen together or not at all."""
    settings = read_settings(conn, guild_id, defaults).require_setup()
    if not (member.manages_server or settings.member_role_id in member.role_ids):
        raise NotAllowedToInvite()
    if not 1 <= uses <= settings.policy.max_uses_per_code:
        raise UsesOutOfRange(uses, settings.policy.max_uses_per_code)
    status = _quota_status(conn, settings, member, now)
    if not can_spend(status, uses):
        raise QuotaExhausted(status, uses)
    lifetime = expires_in if expires_in is not None else settings.policy.code_ttl_days * DAY
    code_id = _insert_code(conn, guild_id, member.user_id, uses, now, now + lifetime, for_user, note, generate)
    return CreatedCode(_code_by_id(conn, code_id), _quota_status(conn, settings, member, now), settings)


def _insert_code(
    conn: sqlite3.Connection,
    guild_id: int,
    inviter_id: int,
    uses: int,
    now: int,
    expires_at: int,
    for_user: str | None,
    note: str | None,
    generate: Callable[[], str],
) -> int:
    for _ in range(_INSERT_ATTEMPTS):
        text = generate()
        # A collision (60 random bits make it vanishingly rare) is retried with a new code.
        cursor = conn.execute(
            "INSERT INTO codes (guild_id, code, inviter_id, max_uses, created_at, expires_at, for_user, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
            (guild_id, text, inviter_id, uses, now, expires_at, for_user, note),
        )
        if cursor.rowcount == 1:
            assert cursor.lastrowid is not None
            return cursor.lastrowid
    raise RuntimeError(f"no free code after {_INSERT_ATTEMPTS} attempts: is the generator random?")


def _quota_status(conn: sqlite3.Connection, settings: GuildSettings, member: Member, now: int) -> QuotaStatus:
    rule = _quota_rule(conn, settings, member)
    return quota_status(rule, _spent_codes(conn, settings.guild_id, member.user_id, rule, now), now)


def _read_role_quotas(conn: sqlite3.Connection, guild_id: int) -> dict[int, RoleQuota]:
    return {
        row["role_id"]: RoleQuota(row["amount"], row["period_days"])
        for row in conn.execute(
            "SELECT role_id, amount, period_days FROM role_quotas WHERE guild_id = ? ORDER BY amount DESC",
            (guild_id,),
        )
    }


def _quota_rule(conn: sqlite3.Connection, settings: GuildSettings, member: Member) -> QuotaRule:
    grant = conn.execute(
        "SELECT amount FROM quota_grants WHERE guild_id = ? AND user_id = ?", (settings.guild_id, member.user_id)
    ).fetchone()
    return quota_rule(
        default_amount=settings.policy.invites_per_member,
        default_period_days=settings.policy.quota_period_days,
        member_role_ids=member.role_ids,
        role_quotas=_read_role_quotas(conn, settings.guild_id),
        grant=grant["amount"] if grant else 0,
        unlimited=member.manages_server,
    )


def _spent_codes(
    conn: sqlite3.Connection, guild_id: int, inviter_id: int, rule: QuotaRule, now: int
) -> Iterable[SpentCode]:
    rows = conn.execute(
        "SELECT created_at, max_uses, uses, revoked_at FROM codes"
        " WHERE guild_id = ? AND inviter_id = ? AND created_at > ?",
        (guild_id, inviter_id, window_start(now, rule.period_days)),
    )
    return [
        SpentCode(row["created_at"], code_cost(row["max_uses"], row["uses"], row["revoked_at"] is not None))
        for row in rows
    ]


_CODE_COLUMNS = (
    "id, guild_id, code, inviter_id, max_uses, uses, created_at, expires_at, for_user, note, revoked_at, revoked_by"
)
_CODE_SELECT = "SELECT " + _CODE_COLUMNS + " FROM codes"
# Code.status() is ACTIVE, in SQL; the parameter is now.
_ACTIVE = "revoked_at IS NULL AND uses < max_uses AND expires_at > ?"


def _code_from_row(row: sqlite3.Row, redeemers: tuple[int, ...] = ()) -> Code:
    return Code(
        id=row["id"],
        guild_id=row["guild_id"],
        code=row["code"],
        inviter_id=row["inviter_id"],
        max_uses=row["max_uses"],
        uses=row["uses"],
        created_at=row["created_at"],
        expires_at=row["expires_at"],
        for_user=row["for_user"],
        note=row["note"],
        revoked_at=row["revoked_at"],
        revoked_by=row["revoked_by"],
        redeemer_ids=redeemers,
    )


def _code_by_id(conn: sqlite3.Connection, code_id: int) -> Code:
    row = conn.execute(_CODE_SELECT + " WHERE id = ?", (code_id,)).fetchone()
    return _code_from_row(row)


def find_code(conn: sqlite3.Connection, guild_id: int, code: str) -> Code | None:
    """The guild's code with canonical text `code`, or None (also when it belongs to another guild)."""
    row = conn.execute(_CODE_SELECT + " WHERE code = ? AND guild_id = ?", (code, guild_id)).fetchone()
    return None if row is None else _code_from_row(row)


def _codes_with_redeemers(conn: sqlite3.Connection, guild_id: int, inviter_id: int | None, now: int) -> list[Code]:
    """The guild's codes (or one inviter's), active first, each with who redeemed it."""
    if inviter_id is None:
        rows = conn.execute(_CODE_SELECT + " WHERE guild_id = ?", (guild_id,)).fetchall()
        redeemed = conn.execute("SELECT code_id, user_id FROM admissions WHERE guild_id = ? ORDER BY id", (guild_id,))
    else:
        rows = conn.execute(_CODE_SELECT + " WHERE guild_id = ? AND inviter_id = ?", (guild_id, inviter_id)).fetchall()
        # admissions.inviter_id is the code's inviter, so this reads admissions_by_inviter alone.
        redeemed = conn.execute(
            "SELECT code_id, user_id FROM admissions WHERE guild_id = ? AND inviter_id = ? ORDER BY id",
            (guild_id, inviter_id),
        )
    redeemers: dict[int, list[int]] = {}
    for admission in redeemed:
        redeemers.setdefault(admission["code_id"], []).append(admission["user_id"])
    codes = [_code_from_row(row, tuple(redeemers.get(row["id"], ()))) for row in rows]
    codes.sort(key=lambda code: (code.status(now) is not CodeStatus.ACTIVE, -code.created_at, -code.id))
    return codes


async def list_member_codes(
    storage: Storage, *, guild_id: int, member: Member, defaults: Policy, now: int
) -> MemberCodes:
    """The member's codes (active first) with who redeemed them, and their quota."""

    def read(conn: sqlite3.Connection) -> MemberCodes:
        settings = read_settings(conn, guild_id, defaults)
        codes = _codes_with_redeemers(conn, guild_id, member.user_id, now)
        return MemberCodes(codes=codes, quota=_quota_status(conn, settings, member, now))

    return await storage.transaction(read)


async def list_guild_codes(storage: Storage, *, guild_id: int, inviter_id: int | None, now: int) -> list[Code]:
    """Every code of the guild, or of one inviter, active first."""

    def read(conn: sqlite3.Connection) -> list[Code]:
        return _codes_with_redeemers(conn, guild_id, inviter_id, now)

    return await storage.transaction(read)


async def active_codes(storage: Storage, *, guild_id: int, inviter_id: int, now: int, limit: int = 25) -> list[Code]:
    """The inviter's active codes, newest first: what /invite revoke offers."""

    def read(conn: sqlite3.Connection) -> list[Code]:
        rows = conn.execute(
            _CODE_SELECT
            + " WHERE guild_id = ? AND inviter_id = ? AND "
            + _ACTIVE
            + " ORDER BY created_at DESC, id DESC LIMIT ?",
            (guild_id, inviter_id, now, limit),
        ).fetchall()
        return [_code_from_row(row) for row in rows]

    return await storage.transaction(read)


async def revoke_code(
    storage: Storage, *, guild_id: int, code_text: str, by_user: int, as_admin: bool, now: int
) -> Code:
    """Revoke one code: the caller's own, or any code of the guild for an admin."""
    canonical = parse_code_option(code_text)

    def revoke(conn: sqlite3.Connection) -> Code:
        code = find_code(conn, guild_id, canonical)
        if code is None:
            raise CodeNotFound(format_code(canonical))
        if not as_admin and code.inviter_id != by_user:
            raise NotYourCode()
        status = code.status(now)
        if status is not CodeStatus.ACTIVE:
            raise NotRevocable(code, status)
        conn.execute("UPDATE codes SET revoked_at = ?, revoked_by = ? WHERE id = ?", (now, by_user, code.id))
        return _code_by_id(conn, code.id)

    return await storage.transaction(revoke)


async def revoke_all(storage: Storage, *, guild_id: int, inviter_id: int, by_user: int, now: int) -> list[Code]:
    """Revoke every active code of one member; returns the codes revoked."""

    def revoke(conn: sqlite3.Connection) -> list[Code]:
        rows = conn.execute(
            "UPDATE codes SET revoked_at = ?, revoked_by = ?"
            " WHERE guild_id = ? AND inviter_id = ? AND " + _ACTIVE + " RETURNING " + _CODE_COLUMNS,
            (now, by_user, guild_id, inviter_id, now),
        ).fetchall()
        return sorted((_code_from_row(row) for row in rows), key=lambda code: code.created_at)

    return await storage.transaction(revoke)


async def set_role_quota(
    storage: Storage, *, guild_id: int, role_id: int, amount: int, period_days: int | None
) -> None:
    """Give holders of a role their own quota (`amount` 0: they cannot invite)."""
    if not 0 <= amount <= MAX_QUOTA_AMOUNT:
        raise InvalidQuota(f"`amount` must be from 0 to {MAX_QUOTA_AMOUNT}; you gave {amount}.")
    if period_days is not None and not 1 <= period_days <= 365:
        raise InvalidQuota(f"`period_days` must be from 1 to 365; you gave {period_days}.")

    def save(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO role_quotas (guild_id, role_id, amount, period_days) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (guild_id, role_id) DO UPDATE SET amount = excluded.amount,"
            " period_days = excluded.period_days",
            (guild_id, role_id, amount, period_days),
        )

    await storage.transaction(save)


async def set_grant(
    storage: Storage, *, guild_id: int, member: Member, amount: int, defaults: Policy, now: int
) -> QuotaStatus:
    """Set the member's adjustment to their limit (negative lowers it); returns their quota after."""
    if not -MAX_GRANT <= amount <= MAX_GRANT:
        raise InvalidQuota(f"`amount` must be from -{MAX_GRANT} to {MAX_GRANT}; you gave {amount}.")

    def save(conn: sqlite3.Connection) -> QuotaStatus:
        if amount == 0:
            conn.execute("DELETE FROM quota_grants WHERE guild_id = ? AND user_id = ?", (guild_id, member.user_id))
        else:
            conn.execute(
                "INSERT INTO quota_grants (guild_id, user_id, amount) VALUES (?, ?, ?)"
                " ON CONFLICT (guild_id, user_id) DO UPDATE SET amount = excluded.amount",
                (guild_id, member.user_id, amount),
            )
        return _quota_status(conn, read_settings(conn, guild_id, defaults), member, now)

    return await storage.transaction(save)


async def role_quotas(storage: Storage, guild_id: int) -> dict[int, RoleQuota]:
    """The guild's per-role quotas, for /gate settings."""

    def read(conn: sqlite3.Connection) -> dict[int, RoleQuota]:
        return _read_role_quotas(conn, guild_id)

    return await storage.transaction(read)
