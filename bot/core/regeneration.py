"""Replacing a lost or leaked code (/invite regenerate, SPEC section 11).

In one transaction the old code is revoked (its link owed its deletion) and a new code takes its place:
the same remaining uses, expiry, reservation, note and kind, counted in the quota window from where the
old one counted (`quota_from`), so the member's quota figures do not move and a member at their limit
can still replace a code. The new code names the one it replaces (`replaces`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeStatus, format_code, generate_code
from bot.core.deliveries import log
from bot.core.inputs import parse_code
from bot.core.invites import CodeNotFound, CreatedCode, NotYourCode
from bot.core.links import owe_link_deletion
from bot.core.log_lines import RegeneratedLine
from bot.core.new_codes import insert_code
from bot.core.people import Member, may_invite
from bot.core.policy import Policy
from bot.core.quotas import DAY, member_quota
from bot.core.refusals import Authority, NotAllowed, Refused
from bot.core.settings import read_settings
from bot.core.suspensions import require_not_suspended
from bot.core.waitlist_decisions import code_regenerated

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

REGENERATIONS_PER_DAY = 3


@dataclass(eq=False)
class NotRegenerable(Refused):
    """Only an active code can be replaced: this one is used up, expired or revoked already."""

    code: str  # as displayed
    status: CodeStatus


@dataclass(eq=False)
class RegeneratingTooOften(Refused):
    """The member replaced REGENERATIONS_PER_DAY codes in a day: each replacement makes and deletes a Discord link
    and may DM someone again, so it is not free to repeat in a loop."""

    until: int  # when they may replace a code again


@dataclass(frozen=True)
class Regenerated:
    old: Code  # revoked now
    created: CreatedCode  # the new code, the member's quota (unchanged) and the settings


async def regenerate_code(
    db: Database,
    *,
    guild_id: int,
    code_text: str,
    member: Member,
    defaults: Policy,
    now: int,
    generate: Callable[[], str] = generate_code,
) -> Regenerated:
    """Revoke one of the member's active codes and create its replacement, in one transaction. Logged."""
    canonical = parse_code(code_text)

    async def regenerate(tx: Transaction) -> Regenerated:
        settings = (await read_settings(tx, guild_id, defaults)).require_setup()
        old = await tx.codes.find(guild_id, canonical)
        if old is None:
            raise CodeNotFound(format_code(canonical))
        if old.inviter_id != member.user_id:
            raise NotYourCode(regenerating=True)
        # Before the code's status: suspending revoked it, and "revoked" would not say why.
        await require_not_suspended(tx, guild_id, member.user_id)
        status = old.status(now)
        if status is not CodeStatus.ACTIVE:
            raise NotRegenerable(old.display, status)
        if not may_invite(member, settings.member_role_id):  # a new code is still a new invitation
            raise NotAllowed(Authority.MEMBER)
        recent = [c.created_at for c in await tx.codes.created_since(guild_id, member.user_id, now - DAY) if c.replaces]
        if len(recent) >= REGENERATIONS_PER_DAY:
            raise RegeneratingTooOften(sorted(recent)[-REGENERATIONS_PER_DAY] + DAY)
        revoked = await tx.codes.revoke(old.id, by=member.user_id, at=now)
        await owe_link_deletion(tx, revoked, now=now)
        new = await insert_code(
            tx,
            settings,
            generate,
            inviter_id=old.inviter_id,
            max_uses=old.max_uses - old.uses,
            created_at=now,
            expires_at=old.expires_at,
            for_user=old.for_user,
            note=old.note,
            kind=old.kind,
            quota_from=old.counted_from,
            replaces=old.id,
        )
        await code_regenerated(tx, revoked, new, now=now)  # someone waiting for it is sent the new one
        await log(tx, guild_id, RegeneratedLine(member.user_id, revoked.display, new.display), now=now)
        quota = await member_quota(tx, settings, member, now)
        return Regenerated(revoked, CreatedCode(new, quota, settings))

    return await db.transaction(regenerate)
