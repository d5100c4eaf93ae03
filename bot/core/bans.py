"""Bans as Doorman watches them (SPEC section 12): Discord says someone was banned; the ban goes in their
inviter's record, and what the banned person had in Doorman stops.

In the transaction that records the ban:
- their open request (or pending role grant) closes as left: they cannot be admitted any more;
- their open waitlist entry closes as left;
- their active codes are revoked (each link's deletion owed): nobody comes in on a banned member's word;
- when they came in through Doorman, the moderators are owed an alert naming who vouched for them and whom they
  vouched for (BanAlert), and the log a line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core import admissions, vouching, waitlist_decisions
from bot.core.admissions import OPEN, Admission, AdmissionStatus, RequestNotFound, in_guild
from bot.core.codes import CodeKind
from bot.core.deliveries import log, owe
from bot.core.links import revoke_active_codes
from bot.core.log_lines import BannedLine
from bot.core.owed import BanAlert
from bot.core.suspensions import Suspended, Suspension, suspend_in
from bot.core.vouching import InviterRecord

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction


@dataclass(frozen=True)
class BanNoted:
    """What a ban changed: the admission it alerts about (None: no alert), and the codes it revoked."""

    admission: Admission | None
    codes: int


async def member_banned(db: Database, *, guild_id: int, user_id: int, now: int) -> BanNoted:
    """Record that `user_id` was banned from the guild and stop what they had in Doorman (module docstring)."""

    async def work(tx: Transaction) -> BanNoted:
        earlier = await tx.bans.record(guild_id, user_id, at=now)
        history = await tx.admissions.of_user(guild_id, user_id)  # newest first
        latest = history[0] if history else None
        if latest is not None and latest.status in OPEN:
            await admissions.newcomer_banned(tx, latest.id, now)
        await waitlist_decisions.person_banned(tx, guild_id, user_id, now=now)
        # Recorded as revoked by the banned person: Doorman is not told who banned them (the audit log would need
        # View Audit Log), and their ban, not anyone's choice about these codes, ended them.
        revoked = await revoke_active_codes(tx, guild_id, user_id, by=user_id, now=now)
        # Someone denied never came in; a ban recorded after their latest admission was told of already (Discord
        # sent the event again). A ban after they were unbanned and admitted again is news (the latest is kept).
        told = earlier is not None and latest is not None and earlier >= latest.redeemed_at
        if latest is None or latest.status is AdmissionStatus.DENIED or told:
            if revoked:  # the trail shows why their codes stopped
                await log(tx, guild_id, BannedLine(user_id, None, len(revoked)), now=now)
            return BanNoted(None, len(revoked))
        await owe(tx, guild_id, BanAlert(latest.id, len(revoked)), now=now)
        await log(tx, guild_id, BannedLine(user_id, latest.id, len(revoked)), now=now)
        return BanNoted(latest, len(revoked))

    return await db.transaction(work)


@dataclass(frozen=True)
class BanFacts:
    """What the moderators' alert about a ban says, as it stands when read."""

    admission: Admission  # how the banned person came in
    record: InviterRecord  # of whoever vouched for them, this ban included
    inviter_suspension: Suspension | None
    invitees: list[int]  # whom the banned person vouched for (denied newcomers aside), each once, newest first


async def ban_facts(db: Database, *, guild_id: int, admission_id: int) -> BanFacts:
    async def read(tx: Transaction) -> BanFacts:
        admission = await in_guild(tx, guild_id, admission_id)
        record = await vouching.inviter_record(tx, guild_id, admission.inviter_id)
        suspension = await tx.suspensions.get(guild_id, admission.inviter_id)
        invited = await tx.admissions.invited_by(guild_id, admission.user_id)
        invitees = list(dict.fromkeys(a.user_id for a in invited if a.status is not AdmissionStatus.DENIED))
        return BanFacts(admission, record, suspension, invitees)

    return await db.transaction(read)


@dataclass(frozen=True)
class InviterSuspended:
    """What Suspend inviter came to: the inviter's suspension as it stands, and what suspending did (None: they
    were suspended already, by a click before or by /gate suspend)."""

    inviter_id: int
    suspension: Suspension
    done: Suspended | None


async def suspend_inviter(db: Database, *, guild_id: int, admission_id: int, by: int, now: int) -> InviterSuspended:
    """The ban alert's Suspend inviter: suspend the member whose code let in someone since banned, the ban as its
    cause. Only for what the alert offers it for (RequestNotFound otherwise: the button's ID was not one of
    Doorman's alerts): a member's code, and a ban after that admission; a moderator may not suspend anyone else."""

    async def work(tx: Transaction) -> InviterSuspended:
        admission = await in_guild(tx, guild_id, admission_id)
        banned_at = await tx.bans.banned_at(guild_id, admission.user_id)
        if admission.code_kind is not CodeKind.MEMBER or banned_at is None or banned_at < admission.redeemed_at:
            raise RequestNotFound()
        inviter = admission.inviter_id
        earlier = await tx.suspensions.get(guild_id, inviter)
        if earlier is not None:
            return InviterSuspended(inviter, earlier, None)
        done = await suspend_in(
            tx, guild_id, inviter, by, now, reason=None, branch=False, banned_invitee=admission.user_id
        )
        suspension = await tx.suspensions.get(guild_id, inviter)
        assert suspension is not None  # inserted just now, in this transaction
        return InviterSuspended(inviter, suspension, done)

    return await db.transaction(work)
