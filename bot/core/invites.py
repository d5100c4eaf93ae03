"""Invitation codes as members and admins handle them: create, list and revoke.

Each use case is one transaction. Creation counts the member's quota and inserts
the code in the same transaction, so concurrent creates never spend more than the quota.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeStatus, Reservation, format_code, generate_code
from bot.core.deliveries import log
from bot.core.inputs import parse_code
from bot.core.links import owe_link_deletion, revoke_active_codes
from bot.core.log_lines import RevokedAllLine, RevokedLine
from bot.core.new_codes import insert_code
from bot.core.people import Member, may_invite, remember_locale
from bot.core.policy import Policy
from bot.core.quotas import DAY, QuotaExhausted, QuotaStatus, after_spending, can_spend, member_quota
from bot.core.refusals import Authority, NotAllowed, Refused
from bot.core.settings import GuildSettings, read_settings
from bot.core.suspensions import require_not_suspended
from bot.core.tenure import require_tenure
from bot.core.waitlist import WaitlistEntry
from bot.core.waitlist_decisions import vouch

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction


@dataclass(frozen=True)
class CreatedCode:
    code: Code
    quota: QuotaStatus
    settings: GuildSettings  # as read in the creating transaction: the reply needs the welcome channel
    # The waitlist entry of the person it is reserved for, if they were waiting: now invited with it, and owed it.
    vouched: WaitlistEntry | None = None


@dataclass(frozen=True)
class MemberCodes:
    codes: list[Code]  # active first, then newest first
    quota: QuotaStatus


@dataclass(eq=False)
class UsesOutOfRange(Refused):
    uses: int
    maximum: int  # this guild's max_uses_per_code


@dataclass(eq=False)
class CodeNotFound(Refused):
    code: str  # as displayed: 7KQ2-M9XD-4HBT


@dataclass(eq=False)
class NotYourCode(Refused):
    """A member tried to revoke (or regenerate) someone else's code."""

    regenerating: bool = False


@dataclass(eq=False)
class NotRevocable(Refused):
    code: str  # as displayed
    status: CodeStatus


async def create_code(
    db: Database,
    *,
    guild_id: int,
    member: Member,
    defaults: Policy,
    now: int,
    uses: int = 1,
    expires_in: int | None = None,
    for_user: Reservation | None = None,
    note: str | None = None,
    generate: Callable[[], str] = generate_code,
) -> CreatedCode:
    """Create a code for `member` if their quota allows it, in one transaction; its invite link is owed with it.

    `expires_in` is seconds (None: the guild's code_ttl_days); `for_user` and `note` are already validated,
    and Discord has confirmed that a reservation by ID names a person's account (the glue asks it).
    """
    return await db.transaction(
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


async def create_code_in(
    tx: Transaction,
    *,
    guild_id: int,
    member: Member,
    defaults: Policy,
    now: int,
    uses: int,
    expires_in: int | None,
    for_user: Reservation | None,
    note: str | None,
    generate: Callable[[], str],
) -> CreatedCode:
    """create_code()'s transaction: the quota count and the insert happen together or not at all."""
    settings = (await read_settings(tx, guild_id, defaults)).require_setup()
    if not may_invite(member, settings.member_role_id):
        raise NotAllowed(Authority.MEMBER)
    await require_not_suspended(tx, guild_id, member.user_id)
    await require_tenure(tx, settings, member, now)
    if not 1 <= uses <= settings.policy.max_uses_per_code:
        raise UsesOutOfRange(uses, settings.policy.max_uses_per_code)
    status = await member_quota(tx, settings, member, now)
    if not can_spend(status, uses):
        raise QuotaExhausted(status, uses)
    lifetime = expires_in if expires_in is not None else settings.policy.code_ttl_days * DAY
    await remember_locale(tx, member.user_id, member.locale)  # for the DM telling them their invitee joined
    code = await insert_code(
        tx,
        settings,
        generate,
        inviter_id=member.user_id,
        max_uses=uses,
        created_at=now,
        expires_at=now + lifetime,
        for_user=for_user,
        note=note,
    )
    vouched = await vouch(tx, code, now=now)  # someone waiting on the list is sent it (SPEC section 10)
    return CreatedCode(code, after_spending(status, uses, now), settings, vouched)


def _active_first(codes: list[Code], now: int) -> list[Code]:
    return sorted(codes, key=lambda code: (code.status(now) is not CodeStatus.ACTIVE, -code.created_at, -code.id))


async def list_member_codes(db: Database, *, guild_id: int, member: Member, defaults: Policy, now: int) -> MemberCodes:
    """The member's codes (active first) with who redeemed them, and their quota."""

    async def read(tx: Transaction) -> MemberCodes:
        settings = await read_settings(tx, guild_id, defaults)
        codes = await tx.codes.listing(guild_id, member.user_id)
        return MemberCodes(_active_first(codes, now), await member_quota(tx, settings, member, now))

    return await db.transaction(read)


async def list_guild_codes(db: Database, *, guild_id: int, inviter_id: int | None, now: int) -> list[Code]:
    """Every code of the guild, or of one inviter, active first, each with who redeemed it."""

    async def read(tx: Transaction) -> list[Code]:
        return _active_first(await tx.codes.listing(guild_id, inviter_id), now)

    return await db.transaction(read)


async def active_codes(db: Database, *, guild_id: int, inviter_id: int, now: int, limit: int = 25) -> list[Code]:
    """The inviter's active codes, newest first: what /invite revoke offers."""

    async def read(tx: Transaction) -> list[Code]:
        return await tx.codes.active(guild_id, inviter_id, now, limit)

    return await db.transaction(read)


async def get_code(db: Database, *, code_id: int) -> Code:
    """One code as it is now (a new code's, once its link delivery has run)."""

    async def read(tx: Transaction) -> Code:
        return await tx.codes.get(code_id)

    return await db.transaction(read)


async def revoke_code(db: Database, *, guild_id: int, code_text: str, by_user: int, as_admin: bool, now: int) -> Code:
    """Revoke one code: the caller's own, or any code of the guild for an admin. Logged."""
    canonical = parse_code(code_text)

    async def revoke(tx: Transaction) -> Code:
        code = await tx.codes.find(guild_id, canonical)
        if code is None:
            raise CodeNotFound(format_code(canonical))
        if not as_admin and code.inviter_id != by_user:
            raise NotYourCode()
        status = code.status(now)
        if status is not CodeStatus.ACTIVE:
            raise NotRevocable(code.display, status)
        revoked = await tx.codes.revoke(code.id, by=by_user, at=now)
        await owe_link_deletion(tx, revoked, now=now)
        await log(tx, guild_id, RevokedLine(by_user, revoked.display, revoked.inviter_id), now=now)
        return revoked

    return await db.transaction(revoke)


async def revoke_all(db: Database, *, guild_id: int, inviter_id: int, by_user: int, now: int) -> list[Code]:
    """Revoke every active code of one member; returns the codes revoked, oldest first. Logged if any."""

    async def revoke(tx: Transaction) -> list[Code]:
        revoked = await revoke_active_codes(tx, guild_id, inviter_id, by=by_user, now=now)
        if revoked:
            await log(tx, guild_id, RevokedAllLine(by_user, inviter_id, tuple(c.display for c in revoked)), now=now)
        return revoked

    return await db.transaction(revoke)
