"""Admissions: a newcomer's redemption and everything that happens to it, as a persisted state machine.

A restart or a refused Discord call resumes instead of forgetting. What each transition owes
Discord (the roles, the request message, DMs, log lines) is written with it (core.deliveries).

    redeem ──(approval on)──> awaiting_approval ──approve──> roles_pending ──grant──> admitted
       └────(approval off)──────────────────────────────────> roles_pending
                               awaiting_approval ──deny──> denied
               awaiting_approval / roles_pending ──newcomer gone──> left

Invariants:
- A code's `uses` equals the number of admissions made with it, and never exceeds `max_uses`.
- A newcomer has at most one open admission (awaiting_approval or roles_pending) per guild.
- Each transition happens in one transaction and only from the state it expects, so two
  moderators clicking at once produce one decision, and only one caller sees `admitted` happen.

Redemption itself (the checks, the claim and the lockout) is core.redemptions.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from bot.core.codes import CodeKind, format_code
from bot.core.deliveries import log, owe
from bot.core.direct_channels import direct_message
from bot.core.holds import Hold
from bot.core.log_lines import AdmittedLine, DeniedLine, LeftLine
from bot.core.owed import DirectMessageAbout, GrantRoles, Owed, ShowRequest, UndeliveredNotice
from bot.core.posts import Posted
from bot.core.questions import Answer
from bot.core.refusals import Refused
from bot.core.vouching import InviterRecord, inviter_record

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction
    from bot.core.suspensions import Suspension


class AdmissionStatus(Enum):
    AWAITING_APPROVAL = "awaiting_approval"
    ROLES_PENDING = "roles_pending"
    ADMITTED = "admitted"
    DENIED = "denied"
    LEFT = "left"


OPEN = (AdmissionStatus.AWAITING_APPROVAL, AdmissionStatus.ROLES_PENDING)


@dataclass(frozen=True)
class Admission:
    id: int
    guild_id: int
    user_id: int
    inviter_id: int
    code: str  # canonical text of the code redeemed
    code_note: str | None
    redeemed_at: int
    approval_required: bool
    status: AdmissionStatus
    decided_by: int | None
    decided_at: int | None
    reason: str | None  # a denial's reason
    admitted_at: int | None
    request: Posted | None  # the request message for the moderators, once posted
    code_kind: CodeKind = CodeKind.MEMBER  # an admin's shared link vouches for nobody in particular
    answers: tuple[Answer, ...] = ()  # to the server's join questions, as they were asked (SPEC section 13)
    has_avatar: bool | None = None  # the account had its own avatar at redemption (None: not kept then)
    holds: tuple[Hold, ...] = ()  # why a moderator must look although approval is off (SPEC section 13)
    came_back: bool = False  # admitted again without a code, with their earlier admission's code and inviter

    @property
    def code_display(self) -> str:
        return format_code(self.code)


@dataclass(eq=False)
class RequestNotFound(Refused):
    """No admission with that ID in this guild (it may belong to another)."""


@dataclass(eq=False)
class AlreadyDecided(Refused):
    """The request is no longer awaiting a decision: who decided it and when, or that the newcomer left."""

    status: AdmissionStatus
    decided_by: int | None
    decided_at: int | None


@dataclass(eq=False)
class NothingToRetry(Refused):
    """A Retry on an admission that owes Discord nothing (any more)."""

    admission_id: int
    status: AdmissionStatus


def already_decided(admission: Admission) -> AlreadyDecided:
    return AlreadyDecided(admission.status, admission.decided_by, admission.decided_at)


async def in_guild(tx: Transaction, guild_id: int, admission_id: int) -> Admission:
    """The admission, or RequestNotFound: also when it belongs to another guild."""
    admission = await tx.admissions.get(admission_id)
    if admission is None or admission.guild_id != guild_id:
        raise RequestNotFound()
    return admission


async def get_admission(db: Database, *, guild_id: int, admission_id: int) -> Admission:
    """One admission of the guild, or RequestNotFound (also for another guild's)."""

    async def read(tx: Transaction) -> Admission:
        return await in_guild(tx, guild_id, admission_id)

    return await db.transaction(read)


async def awaiting_decision(db: Database, *, guild_id: int, admission_id: int) -> Admission:
    """The guild's request if it still awaits a decision; else RequestNotFound or AlreadyDecided."""
    admission = await get_admission(db, guild_id=guild_id, admission_id=admission_id)
    if admission.status is not AdmissionStatus.AWAITING_APPROVAL:
        raise already_decided(admission)
    return admission


async def decide(
    db: Database,
    *,
    guild_id: int,
    admission_id: int,
    moderator_id: int,
    approve: bool,
    reason: str | None,
    now: int,
) -> Admission:
    """Approve (-> roles_pending) or deny a request awaiting approval; exactly one decision wins.

    An approval owes, in this order, the roles, the request's new look and the newcomer's DM;
    a denial owes the request's new look, the newcomer's DM and the log line.
    """

    async def transition(tx: Transaction) -> Admission:
        admission = await in_guild(tx, guild_id, admission_id)
        if admission.status is not AdmissionStatus.AWAITING_APPROVAL:
            raise already_decided(admission)
        status = AdmissionStatus.ROLES_PENDING if approve else AdmissionStatus.DENIED
        decided = await tx.admissions.decide(
            admission_id, status=status, by=moderator_id, at=now, reason=None if approve else reason
        )
        if decided is None:  # someone decided first: say who, as the row says now
            raise already_decided(await in_guild(tx, guild_id, admission_id))
        about = DirectMessageAbout.APPROVED if approve else DirectMessageAbout.DENIED
        owed: list[Owed] = [GrantRoles(admission_id)] if approve else []
        owed += [ShowRequest(admission_id), await direct_message(tx, decided.user_id, about, admission_id)]
        for item in owed:
            await owe(tx, guild_id, item, now=now)
        if not approve:
            await log(tx, guild_id, DeniedLine(admission_id), now=now)
        return decided

    return await db.transaction(transition)


async def roles_granted(tx: Transaction, admission_id: int, now: int) -> None:
    """The grant went through: the admission is admitted; the request, the inviter and the log are owed it.

    Runs in the transaction that forgets the grant (core.deliveries.complete); owes nothing if the
    admission was closed already.
    """
    await _close(tx, admission_id, AdmissionStatus.ADMITTED, now)


async def newcomer_left(tx: Transaction, admission_id: int, now: int) -> None:
    """Discord says the newcomer is gone: the open admission closes as left; the request and the log show it."""
    await _close(tx, admission_id, AdmissionStatus.LEFT, now)


async def newcomer_banned(tx: Transaction, admission_id: int, now: int) -> None:
    """The newcomer was banned while their admission was open: it closes as left; the request shows it. The log
    says they were banned (core.bans), not that they left."""
    await _close(tx, admission_id, AdmissionStatus.LEFT, now, logged=False)


async def _close(tx: Transaction, admission_id: int, status: AdmissionStatus, now: int, logged: bool = True) -> None:
    expected = (AdmissionStatus.ROLES_PENDING,) if status is AdmissionStatus.ADMITTED else OPEN
    closed = await tx.admissions.finish(admission_id, status=status, at=now, expected=expected)
    if closed is None:
        return
    if closed.request is not None or closed.approval_required:
        await owe(tx, closed.guild_id, ShowRequest(admission_id), now=now)
    # An admin's shared link may bring hundreds: its admin reads them in the log, not one DM each.
    # Someone who came back without a code is not news to the inviter.
    if status is AdmissionStatus.ADMITTED and closed.code_kind is not CodeKind.LINK and not closed.came_back:
        joined = await direct_message(tx, closed.inviter_id, DirectMessageAbout.INVITEE_JOINED, admission_id)
        await owe(tx, closed.guild_id, joined, now=now)
    if logged:
        line = AdmittedLine(admission_id) if status is AdmissionStatus.ADMITTED else LeftLine(admission_id)
        await log(tx, closed.guild_id, line, now=now)


async def request_posted(tx: Transaction, admission_id: int, request: Posted) -> None:
    """The request message was posted (again): remember where, so that later edits find it."""
    await tx.admissions.remember_request(admission_id, request)


async def dm_undelivered(tx: Transaction, guild_id: int, admission_id: int, now: int) -> None:
    """A decision's DM was refused (the recipient's DMs are closed): the moderators are owed a notice."""
    await owe(tx, guild_id, UndeliveredNotice(admission_id), now=now)


async def show_again(db: Database, *, guild_id: int, admission_id: int, now: int) -> None:
    """A request's message is gone: owe its showing, which posts it anew in the moderator channel in effect."""

    async def again(tx: Transaction) -> None:
        admission = await in_guild(tx, guild_id, admission_id)
        await owe(tx, guild_id, ShowRequest(admission.id), now=now)

    await db.transaction(again)


async def open_admissions(db: Database, *, guild_id: int | None = None) -> list[Admission]:
    """Open admissions (one guild's, or every guild's), oldest first."""

    async def read(tx: Transaction) -> list[Admission]:
        return await tx.admissions.open(guild_id)

    return await db.transaction(read)


@dataclass(frozen=True)
class Lineage:
    """Who vouched for a member and whom they vouched for."""

    admissions: list[Admission]  # the member's own admissions, newest first
    invited: list[Admission]  # admissions made with the member's codes, newest first
    record: InviterRecord  # what came of their vouching (SPEC section 12)


async def lineage(db: Database, *, guild_id: int, user_id: int) -> Lineage:
    """The member's admission history and the admissions they vouched for."""

    async def read(tx: Transaction) -> Lineage:
        return Lineage(
            await tx.admissions.of_user(guild_id, user_id),
            await tx.admissions.invited_by(guild_id, user_id),
            await inviter_record(tx, guild_id, user_id),
        )

    return await db.transaction(read)


@dataclass(frozen=True)
class RequestFacts:
    """What an admission request shows, read at one moment: the admission, its inviter's record and, while it
    waits, whether the inviter is suspended (SPEC section 12)."""

    admission: Admission
    record: InviterRecord
    inviter_suspension: Suspension | None
    earlier: list[Admission]  # the newcomer's earlier admissions here, newest first (a risk signal, SPEC section 13)


async def request_facts(db: Database, *, guild_id: int, admission_id: int) -> RequestFacts:
    async def read(tx: Transaction) -> RequestFacts:
        return await facts_of(tx, await in_guild(tx, guild_id, admission_id))

    return await db.transaction(read)


async def facts_of(tx: Transaction, admission: Admission) -> RequestFacts:
    """What the request of `admission` shows, read in `tx`."""
    guild_id = admission.guild_id
    record = await inviter_record(tx, guild_id, admission.inviter_id)
    suspension = await tx.suspensions.get(guild_id, admission.inviter_id)
    history = await tx.admissions.of_user(guild_id, admission.user_id)
    earlier = [other for other in history if other.id < admission.id]
    return RequestFacts(admission, record, suspension, earlier)
