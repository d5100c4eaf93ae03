"""Screening newcomers (SPEC section 13): why a moderator must look at a request, and members who come back.

A newcomer with an account younger than the policy's minimum, or denied, banned or suspended here before, is
held for a moderator even when approval is off. Someone admitted here before who left may /redeem without a
code, as the policy `returning` says; someone denied, banned or suspended before always needs a new code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.deliveries import owe
from bot.core.holds import Hold
from bot.core.owed import GrantRoles, ShowRequest
from bot.core.people import Newcomer, account_created_at, remember_locale
from bot.core.policy import Returning
from bot.core.questions import Answer
from bot.core.refusals import Refused
from bot.core.settings import GuildSettings
from bot.core.waitlist_decisions import close_on_redemption

if TYPE_CHECKING:
    from bot.core.repositories import Transaction

DAY = 86_400

# What an earlier stay here says about someone: they need a new code and a moderator, whatever the policy.
FLAGS = (Hold.DENIED_BEFORE, Hold.BANNED_BEFORE, Hold.SUSPENDED, Hold.SUSPENDED_BEFORE)


class CodeNeededBecause(StrEnum):
    NOT_RETURNING = "not returning"  # never let in here, or never left since they were
    POLICY = "policy"  # the guild's policy `returning` is `code`
    FLAGGED = "flagged"  # denied, banned or suspended here before


@dataclass(eq=False)
class CodeNeeded(Refused):
    """/redeem without a code, by someone who may not come back without one."""

    because: CodeNeededBecause


async def holds_for(tx: Transaction, settings: GuildSettings, newcomer: Newcomer, now: int) -> tuple[Hold, ...]:
    """Why a moderator must look at this newcomer's request, whatever the guild's approval says."""
    guild_id, user_id = settings.guild_id, newcomer.user_id
    holds = []
    minimum = settings.policy.min_account_age_days
    if minimum and now - account_created_at(user_id) < minimum * DAY:
        holds.append(Hold.YOUNG_ACCOUNT)
    earlier = await tx.admissions.of_user(guild_id, user_id)
    if any(admission.status is AdmissionStatus.DENIED for admission in earlier):
        holds.append(Hold.DENIED_BEFORE)
    if await tx.bans.banned_at(guild_id, user_id) is not None:
        holds.append(Hold.BANNED_BEFORE)
    if await tx.suspensions.get(guild_id, user_id) is not None:
        holds.append(Hold.SUSPENDED)
    elif await tx.suspensions.lifted(guild_id, user_id):
        holds.append(Hold.SUSPENDED_BEFORE)
    return tuple(holds)


async def come_back(tx: Transaction, settings: GuildSettings, newcomer: Newcomer, now: int) -> Admission | Refused:
    """/redeem without a code, after the checks every redemption makes: an admission with the code and inviter of
    their earlier one (the code gets no use), to a moderator or admitted at once, as the policy says."""
    guild_id = settings.guild_id
    earlier = await tx.admissions.of_user(guild_id, newcomer.user_id)  # newest first
    # Their latest stay: a later request of theirs may have closed unanswered when they left again.
    last = next((admission for admission in earlier if admission.status is AdmissionStatus.ADMITTED), None)
    if last is None or not left_since(newcomer, last):
        return CodeNeeded(CodeNeededBecause.NOT_RETURNING)
    holds = await holds_for(tx, settings, newcomer, now)
    if any(hold in FLAGS for hold in holds):
        return CodeNeeded(CodeNeededBecause.FLAGGED)
    if settings.policy.returning is Returning.CODE:
        return CodeNeeded(CodeNeededBecause.POLICY)
    if settings.policy.returning is Returning.APPROVE:
        holds = (Hold.RETURNING, *holds)
    if await tx.suspensions.get(guild_id, last.inviter_id) is not None:
        holds = (*holds, Hold.INVITER_SUSPENDED)  # they come back on that member's word: see it first
    code = await tx.codes.find(guild_id, last.code)
    assert code is not None  # codes are never deleted
    # An explicit `readmit` lets them in at once unless something above holds them.
    return await open_admission(
        tx, settings, newcomer, code_id=code.id, inviter_id=last.inviter_id, approval=bool(holds), holds=holds,
        came_back=True, now=now,
    )  # fmt: skip


async def open_admission(
    tx: Transaction,
    settings: GuildSettings,
    newcomer: Newcomer,
    *,
    code_id: int,
    inviter_id: int,
    approval: bool,
    holds: tuple[Hold, ...],
    now: int,
    answers: tuple[Answer, ...] = (),
    came_back: bool = False,
) -> Admission:
    """A redemption that succeeds, with a code (core.redemptions) or coming back without one: the admission, and
    what it owes Discord (the roles at once, or the request for the moderators)."""
    guild_id = settings.guild_id
    admission = await tx.admissions.insert(
        guild_id=guild_id,
        code_id=code_id,
        user_id=newcomer.user_id,
        inviter_id=inviter_id,
        redeemed_at=now,
        approval_required=approval,
        status=AdmissionStatus.AWAITING_APPROVAL if approval else AdmissionStatus.ROLES_PENDING,
        answers=answers,
        has_avatar=newcomer.has_avatar,
        holds=holds,
        came_back=came_back,
    )
    await tx.attempts.clear(guild_id, newcomer.user_id)  # a redemption that succeeds clears the count (SPEC 6)
    await close_on_redemption(tx, guild_id, newcomer.user_id, code_id, now=now)  # any code ends their wait
    await remember_locale(tx, newcomer.user_id, newcomer.locale)  # for the DM with the decision
    await owe(tx, guild_id, ShowRequest(admission.id) if approval else GrantRoles(admission.id), now=now)
    return admission


def left_since(newcomer: Newcomer, admission: Admission) -> bool:
    """Whether they joined the server after this admission of theirs, so left in between: someone whose member
    role a moderator took away never left, and does not come back on their own."""
    admitted_at = admission.admitted_at or admission.redeemed_at
    return newcomer.joined_at is not None and newcomer.joined_at > admitted_at
