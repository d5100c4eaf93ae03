"""Suspending a member (SPEC section 12): they create no codes, their active codes are revoked, and the open
requests made with their codes are marked for the moderators. With `branch`, everyone they vouched for,
transitively, is suspended with them.

A creation and a suspension are both serializable transactions that read the member's suspension row and codes:
whichever commits first wins, and the other sees it (a code made first is revoked; a creation after is refused).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.admissions import AdmissionStatus
from bot.core.deliveries import log, owe
from bot.core.links import revoke_active_codes
from bot.core.log_lines import SuspendedLine, UnsuspendedLine
from bot.core.owed import ShowRequest
from bot.core.refusals import Refused

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction


@dataclass(frozen=True)
class Suspension:
    guild_id: int
    user_id: int
    suspended_by: int
    suspended_at: int
    reason: str | None
    via: int | None = None  # whose branch suspension reached them; None: suspended by name
    # The invitee whose ban led to it (the ban alert's Suspend inviter): each reader is told so in their language.
    banned_invitee: int | None = None


@dataclass(eq=False)
class MemberSuspended(Refused):
    """A suspended member tried to create or regenerate a code."""

    reason: str | None
    since: int
    banned_invitee: int | None = None  # whose ban led to it


@dataclass(eq=False)
class AlreadySuspended(Refused):
    user_id: int


@dataclass(eq=False)
class NotSuspended(Refused):
    user_id: int


@dataclass(frozen=True)
class Suspended:
    user_ids: tuple[int, ...]  # newly suspended: the member named first (unless they already were), then the branch
    branch: tuple[int, ...]  # those of them suspended with the member named, as they came in
    codes: int  # active codes revoked
    requests: int  # open requests marked


async def require_not_suspended(tx: Transaction, guild_id: int, user_id: int) -> None:
    """Refuse a suspended member; read in the creating transaction itself, so a suspension cannot slip past."""
    suspension = await tx.suspensions.get(guild_id, user_id)
    if suspension is not None:
        raise MemberSuspended(suspension.reason, suspension.suspended_at, suspension.banned_invitee)


async def suspension_of(db: Database, *, guild_id: int, user_id: int) -> Suspension | None:
    async def read(tx: Transaction) -> Suspension | None:
        return await tx.suspensions.get(guild_id, user_id)

    return await db.transaction(read)


async def suspended_members(db: Database, *, guild_id: int) -> set[int]:
    """Who is suspended in the guild: /gate pending marks the requests made with their codes."""

    async def read(tx: Transaction) -> set[int]:
        return await tx.suspensions.suspended(guild_id)

    return await db.transaction(read)


async def suspend(
    db: Database, *, guild_id: int, user_id: int, by: int, reason: str | None, branch: bool, now: int
) -> Suspended:
    """/gate suspend: see suspend_in."""
    return await db.transaction(lambda tx: suspend_in(tx, guild_id, user_id, by, now, reason=reason, branch=branch))


async def suspend_in(
    tx: Transaction,
    guild_id: int,
    user_id: int,
    by: int,
    now: int,
    *,
    reason: str | None,
    branch: bool,
    banned_invitee: int | None = None,
) -> Suspended:
    """Suspend the member (and with `branch` everyone they vouched for): revoke their active codes (each link's
    deletion owed), mark the open requests made with their codes, log it. AlreadySuspended if nobody is new.
    `banned_invitee`: whose ban led to it (core.bans.suspend_inviter), said to each reader in their language."""
    targets = [user_id, *(await tx.tree.branch(guild_id, user_id) if branch else [])]
    newly = []
    for target in targets:
        via = None if target == user_id else user_id
        if await tx.suspensions.insert(Suspension(guild_id, target, by, now, reason, via, banned_invitee)):
            newly.append(target)
    if not newly:
        raise AlreadySuspended(user_id)
    revoked = 0
    for target in newly:
        revoked += len(await revoke_active_codes(tx, guild_id, target, by=by, now=now))
    requests = await _show_requests_of(tx, guild_id, set(newly), now)
    others = tuple(target for target in newly if target != user_id)
    await log(tx, guild_id, SuspendedLine(by, user_id, reason, others, revoked, banned_invitee), now=now)
    return Suspended(tuple(newly), others, revoked, requests)


async def unsuspend(db: Database, *, guild_id: int, user_id: int, by: int, now: int) -> None:
    """Lift one member's suspension (not their branch's: each is lifted by name). Logged."""

    async def work(tx: Transaction) -> None:
        if not await tx.suspensions.lift(guild_id, user_id, by=by, now=now):
            raise NotSuspended(user_id)
        await _show_requests_of(tx, guild_id, {user_id}, now)  # the mark goes
        await log(tx, guild_id, UnsuspendedLine(by, user_id), now=now)

    await db.transaction(work)


async def _show_requests_of(tx: Transaction, guild_id: int, inviters: set[int], now: int) -> int:
    """Owe a fresh look of each request awaiting approval that was made with these inviters' codes."""
    marked = [
        a for a in await tx.admissions.open(guild_id)
        if a.inviter_id in inviters and a.status is AdmissionStatus.AWAITING_APPROVAL
    ]  # fmt: skip
    for admission in marked:
        await owe(tx, guild_id, ShowRequest(admission.id), now=now)
    return len(marked)
