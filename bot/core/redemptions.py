"""Redeeming a code: the checks of SPEC section 4 in order, the atomic claim, and the lockout.

A server with join questions (SPEC section 13) is redeemed in two steps: redeem() without answers checks the
code, spends nothing and says what to ask (AskFirst); redeem() with the submitted answers checks everything
again and claims the code. A code used up, revoked or expired between the two is refused without counting
toward the lockout (CodeGone): the newcomer did nothing wrong.

Failed attempts are committed even though the redemption is refused: claim_code returns its
refusal instead of raising it, so the transaction that records the failure still commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import TYPE_CHECKING

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.codes import Code, CodeKind, CodeStatus, MalformedCode, normalize_code
from bot.core.deliveries import owe
from bot.core.links import owe_link_deletion
from bot.core.owed import GuessingAlert
from bot.core.people import Newcomer
from bot.core.policy import Policy
from bot.core.questions import Answered, answers_to
from bot.core.refusals import Refused
from bot.core.screening import come_back, holds_for, open_admission
from bot.core.settings import GuildSettings, read_settings

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

# A burst of failed redemptions in one guild (a guessing attempt) warns moderators once per window.
GUESS_WINDOW_SECONDS = 600
GUESS_ALERT_THRESHOLD = 20


class CodeProblem(StrEnum):
    """Why a code cannot be claimed: the words SPEC section 4 has the reply name."""

    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED_UP = "used up"
    REVOKED = "revoked"
    RESERVED = "reserved"  # for someone else


@dataclass(frozen=True)
class Redemption:
    admission: Admission
    settings: GuildSettings


@dataclass(frozen=True)
class AskFirst:
    """The code may be claimed, once the newcomer answers the server's questions; nothing was spent."""

    code: str  # canonical
    questions: tuple[str, ...]
    settings: GuildSettings


# What may happen to a code between its check and the submitted answers.
_MEANWHILE = (CodeProblem.USED_UP, CodeProblem.REVOKED, CodeProblem.EXPIRED)


@dataclass(eq=False)
class WrongChannel(Refused):
    welcome_channel_id: int


@dataclass(eq=False)
class AlreadyMember(Refused):
    pass


@dataclass(eq=False)
class LockedOut(Refused):
    until: int


@dataclass(eq=False)
class StillWaiting(Refused):
    """The newcomer has an open admission: awaiting a moderator, or admitted with roles still owed."""

    status: AdmissionStatus


@dataclass(eq=False)
class CodeGone(Refused):
    """The code was good when checked, and became `reason` before the answers came: nothing was spent or counted."""

    reason: CodeProblem


@dataclass(eq=False)
class CodeRefused(Refused):
    """The code could not be claimed. The failed attempt was recorded toward the lockout."""

    reason: CodeProblem
    attempts_left: int
    locked_until: int | None  # set when this failure locked the newcomer out
    alert_guild: bool  # this failure made the guild's failures a guessing burst: the moderators are owed a warning


async def redeem(
    db: Database,
    *,
    guild_id: int,
    channel_id: int,
    newcomer: Newcomer,
    code_text: str | None,
    defaults: Policy,
    now: int,
    answers: Answered | None = None,
) -> Redemption | AskFirst:
    """Claim a code for a newcomer, checking in the order of SPEC section 4, in one transaction; or, in a server
    with questions and no `answers` yet, only check it (AskFirst). Without a code, someone admitted here before
    who left comes back as the policy `returning` says (SPEC section 13), with no questions asked.

    Raises a Refused; a CodeRefused has been recorded toward the lockout.
    """
    outcome = await db.transaction(
        partial(
            claim_code,
            guild_id=guild_id,
            channel_id=channel_id,
            newcomer=newcomer,
            code_text=code_text,
            defaults=defaults,
            now=now,
            answers=answers,
        )
    )
    if isinstance(outcome, Refused):
        raise outcome
    return outcome


async def claim_code(
    tx: Transaction,
    *,
    guild_id: int,
    channel_id: int,
    newcomer: Newcomer,
    code_text: str | None,
    defaults: Policy,
    now: int,
    answers: Answered | None = None,
) -> Redemption | AskFirst | Refused:
    """redeem()'s transaction. A refusal is returned, not raised, so the failed attempt it records commits."""
    settings = (await read_settings(tx, guild_id, defaults)).require_setup()
    assert settings.welcome_channel_id is not None
    if channel_id != settings.welcome_channel_id:
        return WrongChannel(settings.welcome_channel_id)
    if settings.member_role_id in newcomer.role_ids:
        return AlreadyMember()
    locked_until = await tx.attempts.locked_until(guild_id, newcomer.user_id, now)
    if locked_until is not None:
        return LockedOut(locked_until)
    waiting = await tx.admissions.open_of(guild_id, newcomer.user_id)
    if waiting is not None:
        return StillWaiting(waiting.status)
    if code_text is None:
        returned = await come_back(tx, settings, newcomer, now)
        return returned if isinstance(returned, Refused) else Redemption(returned, settings)

    code = await _claimable_code(tx, guild_id, newcomer, code_text, now)
    if isinstance(code, CodeProblem):
        if answers is not None and code in _MEANWHILE:
            return CodeGone(code)
        return await _record_failure(tx, settings, newcomer.user_id, code, now)
    if answers is None and settings.questions:
        return AskFirst(code.code, settings.questions, settings)
    given = () if answers is None else answers_to(settings.questions, answers)
    if isinstance(given, Refused):
        return given
    if not await tx.codes.add_use(code.id):  # its last use went to someone else since it was read
        if answers is not None:
            return CodeGone(CodeProblem.USED_UP)
        return await _record_failure(tx, settings, newcomer.user_id, CodeProblem.USED_UP, now)
    # An admin's shared link vouches for nobody in particular: a moderator looks at each newcomer it brings, as at
    # each one with a hold (a young account, an earlier denial, ban or suspension).
    holds = await holds_for(tx, settings, newcomer, now)
    approval = settings.policy.approval or code.kind is CodeKind.LINK or bool(holds)
    admission = await open_admission(
        tx, settings, newcomer, code_id=code.id, inviter_id=code.inviter_id, approval=approval, holds=holds,
        answers=given, now=now,
    )  # fmt: skip
    if code.uses + 1 >= code.max_uses:  # its last use: its invite link goes, after what the newcomer waits for
        await owe_link_deletion(tx, code, now=now)
    return Redemption(admission, settings)


async def _claimable_code(
    tx: Transaction, guild_id: int, newcomer: Newcomer, code_text: str, now: int
) -> Code | CodeProblem:
    """The code the newcomer may claim now, or why not."""
    try:
        canonical = normalize_code(code_text)
    except MalformedCode:
        return CodeProblem.MALFORMED
    code = await tx.codes.find(guild_id, canonical)
    if code is None:
        return CodeProblem.UNKNOWN
    status = code.status(now)
    if status is CodeStatus.REVOKED:
        return CodeProblem.REVOKED
    if status is CodeStatus.USED:
        return CodeProblem.USED_UP
    if status is CodeStatus.EXPIRED:
        return CodeProblem.EXPIRED
    if code.for_user is not None and not code.for_user.admits(newcomer.user_id, newcomer.username):
        return CodeProblem.RESERVED
    return code


async def _record_failure(
    tx: Transaction, settings: GuildSettings, user_id: int, problem: CodeProblem, now: int
) -> CodeRefused:
    guild_id, policy = settings.guild_id, settings.policy
    window = policy.lockout_minutes * 60
    # Rows older than both windows are dead weight for the counts below.
    await tx.attempts.record_failure(guild_id, user_id, at=now, forget_before=now - max(window, GUESS_WINDOW_SECONDS))
    failures = await tx.attempts.failures_since(guild_id, user_id, since=now - window)
    locked_until = None
    if failures >= policy.redeem_attempts:
        locked_until = now + window
        await tx.attempts.lock(guild_id, user_id, until=locked_until)
    alert_guild = await _should_alert_guessing(tx, guild_id, now)
    if alert_guild:
        await owe(tx, guild_id, GuessingAlert(), now=now)
    return CodeRefused(
        problem,
        attempts_left=max(0, policy.redeem_attempts - failures),
        locked_until=locked_until,
        alert_guild=alert_guild,
    )


async def _should_alert_guessing(tx: Transaction, guild_id: int, now: int) -> bool:
    since = now - GUESS_WINDOW_SECONDS
    if await tx.attempts.failures_since(guild_id, None, since=since) < GUESS_ALERT_THRESHOLD:
        return False
    return await tx.attempts.claim_guessing_alert(guild_id, now=now, quiet_since=since)
