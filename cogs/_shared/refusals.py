"""The one place a refusal becomes words: every refusal the core can raise, as the sentence a person reads.

Each sentence says why and, where there is one, what to do next (SPEC section 4), in the reader's
language (the catalogs' refusals.ftl). The facts come from the refusal; Discord markup (timestamps,
mentions) is added here, never in the core.
"""

from __future__ import annotations

from typing import assert_never

from bot.core.admissions import AdmissionStatus, AlreadyDecided, NothingToRetry, RequestNotFound
from bot.core.deliveries import NothingToRedeliver
from bot.core.inputs import (
    MAX_EXPIRY_SECONDS,
    MAX_REASON,
    MIN_EXPIRY_SECONDS,
    AccountNotChecked,
    BotAccount,
    InvalidCode,
    InvalidDuration,
    InvalidUser,
    NotANumber,
    NumberOutOfRange,
    TextTooLong,
    UnknownAccount,
)
from bot.core.invites import CodeNotFound, NotRevocable, NotYourCode, UsesOutOfRange
from bot.core.places import (
    BotCannotManageRoles,
    ChannelPermission,
    ChannelPermissionsMissing,
    NotATextChannel,
    RoleIsEveryone,
    RoleIsManaged,
    RoleNotBelowBot,
    SameRoles,
    SetupProblem,
    SetupRefused,
)
from bot.core.questions import AnswerMissing, QuestionsChanged, QuestionsEditedMeanwhile, QuestionTooLong
from bot.core.quotas import EveryoneRoleQuota, QuotaExhausted
from bot.core.redemptions import (
    AlreadyMember,
    CodeGone,
    CodeProblem,
    CodeRefused,
    LockedOut,
    StillWaiting,
    WrongChannel,
)
from bot.core.refusals import Authority, NotAllowed, NotSetUp, Refused
from bot.core.regeneration import REGENERATIONS_PER_DAY, NotRegenerable, RegeneratingTooOften
from bot.core.screening import CodeNeeded, CodeNeededBecause
from bot.core.settings import NothingToChange, PolicyRefused
from bot.core.suspensions import AlreadySuspended, MemberSuspended, NotSuspended
from bot.core.tenure import TooNewToInvite
from bot.core.waiting_room import NeedsMembersIntent
from bot.core.waitlist import EntryDecided, EntryNotFound, EntryStatus, NotOnWaitlist
from bot.core.waitlist_joining import (
    JOINS_PER_DAY,
    AdmissionOpen,
    AlreadyOnWaitlist,
    DeclinedRecently,
    JoinedTooOften,
    WaitlistClosed,
    WaitlistForMembers,
    WaitlistWrongChannel,
)
from bot.i18n import Catalog
from cogs._shared.markup import channel, code, escaped, role, timestamp, user
from cogs._shared.statuses import admission_status, code_status

_NOT_ALLOWED = {
    Authority.ADMIN: "refusal-not-admin",
    Authority.MODERATOR: "refusal-not-moderator",
    Authority.MEMBER: "refusal-not-member",
}
_PERMISSIONS = {
    ChannelPermission.VIEW: "permission-view-channel",
    ChannelPermission.SEND: "permission-send-messages",
    ChannelPermission.EMBED: "permission-embed-links",
}
_CODE_PROBLEMS = {
    CodeProblem.MALFORMED: "refusal-code-malformed",
    CodeProblem.UNKNOWN: "refusal-code-unknown",
    CodeProblem.EXPIRED: "refusal-code-expired",
    CodeProblem.USED_UP: "refusal-code-used-up",
    CodeProblem.REVOKED: "refusal-code-revoked",
    CodeProblem.RESERVED: "refusal-code-reserved",
}


def render_refusal(t: Catalog, refusal: Refused) -> str:
    """What the person is told when the rules refuse them."""
    match refusal:
        case NotAllowed(needed=needed):
            return t(_NOT_ALLOWED[needed])
        case NotSetUp():
            return t("refusal-not-set-up")
        case SetupRefused(problems=problems):
            return t("refusal-setup", problems="\n".join(f"• {_setup_problem(t, problem)}" for problem in problems))
        case PolicyRefused(problems=problems):
            lines = [
                t("refusal-policy-out-of-range", key=p.key, low=str(p.low), high=str(p.high), given=str(p.given))
                for p in problems
            ]
            return t("refusal-policy", problems="\n".join(f"• {line}" for line in lines))
        case NothingToChange():
            return t("refusal-nothing-to-change")
        case InvalidDuration(seconds=None):
            return t("refusal-duration-format")
        case InvalidDuration(seconds=int(seconds)) if seconds < MIN_EXPIRY_SECONDS:
            return t("refusal-duration-too-short")
        case InvalidDuration():
            return t("refusal-duration-too-long", days=MAX_EXPIRY_SECONDS // 86_400)
        case InvalidUser():
            return t("refusal-for-user-format")
        case UnknownAccount(user_id=user_id):
            return t("refusal-for-user-unknown", id=str(user_id))
        case BotAccount(user_id=user_id):
            return t("refusal-for-user-bot", user=user(user_id), id=str(user_id))
        case AccountNotChecked(user_id=user_id):
            return t("refusal-for-user-unchecked", id=str(user_id))
        case InvalidCode():
            return t("refusal-code-invalid")
        case TextTooLong(option=option, limit=limit, length=length):
            return t("refusal-text-too-long", option=option, limit=limit, length=length)
        case NotANumber(option=option):
            return t("refusal-not-a-number", option=option)
        case NumberOutOfRange(option=option, low=low, high=high, given=given):
            return t("refusal-number-out-of-range", option=option, low=str(low), high=str(high), given=str(given))
        case UsesOutOfRange(uses=uses, maximum=maximum):
            return t("refusal-uses-out-of-range", uses=str(uses), maximum=str(maximum))
        case QuotaExhausted():
            return _quota_exhausted(t, refusal)
        case TooNewToInvite(until=until, days=days):
            return t("suspension-refusal-too-new", days=days, when=timestamp(until, "R"))
        case EveryoneRoleQuota():
            return t("refusal-everyone-role-quota")
        case CodeNotFound(code=text):
            return t("refusal-code-not-found", code=code(text))
        case NotYourCode(regenerating=True):
            return t("refusal-not-your-code-regenerate")
        case NotYourCode():
            return t("refusal-not-your-code")
        case NotRevocable(code=text, status=status):
            return t("refusal-not-revocable", code=code(text), status=code_status(t, status))
        case NotRegenerable(code=text, status=status):
            return t("refusal-not-regenerable", code=code(text), status=code_status(t, status))
        case RegeneratingTooOften(until=until):
            return t("refusal-regenerating-too-often", count=REGENERATIONS_PER_DAY, relative=timestamp(until, "R"))
        case WrongChannel(welcome_channel_id=welcome):
            return t("refusal-wrong-channel", channel=channel(welcome))
        case AlreadyMember():
            return t("refusal-already-member")
        case LockedOut(until=until):
            return t("refusal-locked-out", when=timestamp(until, "R"))
        case StillWaiting(status=AdmissionStatus.AWAITING_APPROVAL):
            return t("refusal-still-awaiting-approval")
        case StillWaiting():
            return t("refusal-still-roles-pending")
        case CodeGone(reason=reason):
            return t.sentences(t("questions-refusal-code-gone"), t(_CODE_PROBLEMS[reason]))
        case QuestionsChanged():
            return t("questions-refusal-changed")
        case QuestionsEditedMeanwhile():
            return t("questions-refusal-edited-meanwhile")
        case AnswerMissing(question=question):
            return t("questions-refusal-missing", question=escaped(question, 100))
        case QuestionTooLong(number=number):
            return t("questions-refusal-too-long", number=str(number))
        case CodeRefused():
            return _code_refused(t, refusal)
        case CodeNeeded(because=CodeNeededBecause.NOT_RETURNING):
            return t("screening-refusal-code-needed")
        case CodeNeeded(because=CodeNeededBecause.POLICY):
            return t("screening-refusal-code-returning")
        case CodeNeeded():
            return t("screening-refusal-code-flagged")
        case RequestNotFound():
            return t("refusal-request-not-found")
        case AlreadyDecided():
            return _already_decided(t, refusal)
        case NothingToRetry(admission_id=admission_id, status=status):
            return t("refusal-nothing-to-retry", number=str(admission_id), status=admission_status(t, status))
        case NothingToRedeliver():
            return t("refusal-nothing-to-redeliver")
        case WaitlistWrongChannel(welcome_channel_id=welcome):
            return t("waitlist-refusal-wrong-channel", channel=channel(welcome))
        case WaitlistForMembers():
            return t("waitlist-refusal-member")
        case WaitlistClosed():
            return t("waitlist-refusal-closed")
        case AdmissionOpen():
            return t("waitlist-refusal-admission-open")
        case AlreadyOnWaitlist(position=int(position)):
            return t("waitlist-refusal-already-waiting", position=position)
        case AlreadyOnWaitlist():
            return t("waitlist-refusal-already-invited")
        case DeclinedRecently(until=until):
            return t("waitlist-refusal-declined", when=timestamp(until), relative=timestamp(until, "R"))
        case JoinedTooOften(until=until):
            return t("waitlist-refusal-too-often", count=JOINS_PER_DAY, relative=timestamp(until, "R"))
        case NotOnWaitlist():
            return t("waitlist-refusal-not-on-it")
        case EntryNotFound():
            return t("waitlist-refusal-entry-not-found")
        case EntryDecided():
            return _entry_decided(t, refusal)
        case MemberSuspended(banned_invitee=int(invitee)):
            return t("suspension-refusal-suspended-ban", member=user(invitee))
        case MemberSuspended(reason=None):
            return t("suspension-refusal-suspended")
        case MemberSuspended(reason=str(reason)):
            return t("suspension-refusal-suspended-reason", reason=escaped(reason, MAX_REASON * 2))
        case AlreadySuspended(user_id=member):
            return t("suspension-refusal-already", member=user(member))
        case NotSuspended(user_id=member):
            return t("suspension-refusal-not-suspended", member=user(member))
        case NeedsMembersIntent(keys=keys):
            return t("waiting-refusal-needs-intent", options=", ".join(f"`{key}`" for key in keys))
    raise TypeError(f"no words for the refusal {type(refusal).__name__}: add them to render_refusal")


def _setup_problem(t: Catalog, problem: SetupProblem) -> str:
    match problem:
        case BotCannotManageRoles():
            return t("refusal-setup-manage-roles")
        case RoleIsEveryone(option=option):
            return t("refusal-setup-role-everyone", option=option)
        case RoleIsManaged(option=option, role_id=role_id):
            return t("refusal-setup-role-managed", option=option, role=role(role_id))
        case RoleNotBelowBot(option=option, role_id=role_id, bot_role_id=bot_role_id):
            return t("refusal-setup-role-not-below", option=option, role=role(role_id), bot_role=role(bot_role_id))
        case SameRoles():
            return t("refusal-setup-same-roles")
        case NotATextChannel(option=option, channel_id=channel_id):
            return t("refusal-setup-not-text", option=option, channel=channel(channel_id))
        case ChannelPermissionsMissing(option=option, channel_id=channel_id, missing=missing):
            permissions = t("list-separator").join(t(_PERMISSIONS[p]) for p in missing)
            return t(
                "refusal-setup-channel-permissions", option=option, channel=channel(channel_id), permissions=permissions
            )
        case _:
            assert_never(problem)


def _quota_exhausted(t: Catalog, refusal: QuotaExhausted) -> str:
    status, limit = refusal.status, refusal.status.rule.limit
    if limit == 0:
        return t("refusal-quota-zero")
    assert limit is not None and status.remaining is not None  # an unlimited quota is never exhausted
    sentences = [
        t(
            "refusal-quota-exhausted",
            cost=refusal.cost,
            remaining=status.remaining,
            limit=limit,
            days=status.rule.period_days,
        )
    ]
    if status.next_free_at is not None:
        sentences.append(t("refusal-quota-next-free", when=timestamp(status.next_free_at, "R")))
    sentences.append(t("refusal-quota-revoke-hint"))
    return t.sentences(*sentences)


def _code_refused(t: Catalog, refusal: CodeRefused) -> str:
    text = t(_CODE_PROBLEMS[refusal.reason])
    if refusal.locked_until is not None:
        return t.sentences(text, t("refusal-code-locked-out", when=timestamp(refusal.locked_until, "R")))
    if refusal.attempts_left <= 2:
        return t.sentences(text, t("refusal-code-attempts-left", count=refusal.attempts_left))
    return text


def _already_decided(t: Catalog, refusal: AlreadyDecided) -> str:
    if refusal.status is AdmissionStatus.LEFT:
        return t("refusal-request-closed")
    if refusal.decided_by is None:
        return t("refusal-request-needs-no-decision")
    return t(
        "refusal-request-already-decided",
        decision="denied" if refusal.status is AdmissionStatus.DENIED else "approved",
        moderator=user(refusal.decided_by),
        when=timestamp(refusal.decided_at or 0, "R"),
    )


def _entry_decided(t: Catalog, refusal: EntryDecided) -> str:
    """Who decided a waitlist entry and when, or what closed it."""
    if refusal.status in (EntryStatus.INVITED, EntryStatus.DECLINED):
        return t(
            "waitlist-refusal-already-decided",
            decision=refusal.status.value,
            moderator=user(refusal.decided_by or 0),
            when=timestamp(refusal.decided_at or 0, "R"),
        )
    return t("waitlist-refusal-closed-entry", status=refusal.status.value, when=timestamp(refusal.closed_at or 0, "R"))
