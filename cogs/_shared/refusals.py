"""The one place a refusal becomes words: every refusal the core can raise, as the sentence a person reads.

Each sentence says why and, where there is one, what to do next (SPEC section 4). The facts come from
the refusal; Discord markup (timestamps, mentions) is added here, never in the core.
"""

from __future__ import annotations

from typing import assert_never

from bot.core.admissions import AdmissionStatus, AlreadyDecided, NothingToRetry, RequestNotFound
from bot.core.deliveries import NothingToRedeliver
from bot.core.inputs import (
    MAX_EXPIRY_SECONDS,
    MIN_EXPIRY_SECONDS,
    AccountNotChecked,
    BotAccount,
    InvalidCode,
    InvalidDuration,
    InvalidUser,
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
from bot.core.quotas import EveryoneRoleQuota, QuotaExhausted
from bot.core.redemptions import AlreadyMember, CodeProblem, CodeRefused, LockedOut, StillWaiting, WrongChannel
from bot.core.refusals import Authority, NotAllowed, NotSetUp, Refused
from bot.core.settings import NothingToChange, PolicyRefused
from cogs._shared.markup import channel, code, plural, role, timestamp, user
from cogs._shared.statuses import ADMISSION_STATUS, CODE_STATUS

_NOT_ALLOWED = {
    Authority.ADMIN: "Only admins (Manage Server permission) can use `/gate` commands.",
    Authority.MODERATOR: "Only moderators can do that (Manage Roles, or the moderator role).",
    Authority.MEMBER: (
        "Only members can create invitation codes. "
        "If you just joined, redeem your own code in the welcome channel first."
    ),
}
_PERMISSIONS = {
    ChannelPermission.VIEW: "View Channel",
    ChannelPermission.SEND: "Send Messages",
    ChannelPermission.EMBED: "Embed Links",
}
_ASK_INVITER = "Ask the person who invited you for a new one."
_CODE_PROBLEMS = {
    CodeProblem.MALFORMED: "That code is malformed: codes look like `7KQ2-M9XD-4HBT`, 12 letters and digits.",
    CodeProblem.UNKNOWN: "That code is unknown here. Check it with the person who invited you.",
    CodeProblem.EXPIRED: f"That code has expired. {_ASK_INVITER}",
    CodeProblem.USED_UP: f"That code is used up. {_ASK_INVITER}",
    CodeProblem.REVOKED: f"That code was revoked. {_ASK_INVITER}",
    CodeProblem.RESERVED: "That code is reserved for someone else. Ask the person who invited you for your own.",
}


def render_refusal(refusal: Refused) -> str:
    """What the person is told when the rules refuse them."""
    match refusal:
        case NotAllowed(needed=needed):
            return _NOT_ALLOWED[needed]
        case NotSetUp():
            return "Doorman is not set up on this server yet. An admin needs to run `/gate setup` first."
        case SetupRefused(problems=problems):
            listed = "\n".join(f"• {_setup_problem(problem)}" for problem in problems)
            return f"Nothing was saved. Fix these first, then run `/gate setup` again:\n{listed}"
        case PolicyRefused(problems=problems):
            return "Nothing was saved.\n" + "\n".join(
                f"• `{p.key}` must be a whole number from {p.low} to {p.high}; you gave {p.given}." for p in problems
            )
        case NothingToChange():
            return "Give at least one option to change. `/gate settings` shows the current policy."
        case InvalidDuration(seconds=None):
            return "`expires_in` must be a number followed by m, h or d, for example `30m`, `12h` or `7d`."
        case InvalidDuration(seconds=int(seconds)) if seconds < MIN_EXPIRY_SECONDS:
            return "`expires_in` must be at least `1m`."
        case InvalidDuration():
            return f"`expires_in` can be at most {MAX_EXPIRY_SECONDS // 86_400} days (`30d`)."
        case InvalidUser():
            return (
                "`for_user` must be a Discord username (2–32 letters, digits, `_` or `.`, like `alice_99`: their "
                "exact username, not a display name), a user ID (a number like `123456789012345678`) or a mention."
            )
        case UnknownAccount(user_id=user_id):
            return f"`for_user`: no Discord account has the ID {user_id}. Check it, or give their username instead."
        case BotAccount(user_id=user_id):
            return (
                f"`for_user`: {user(user_id)} (ID {user_id}) is a bot, and bots cannot redeem codes. "
                "Give the username or ID of the person you invite."
            )
        case AccountNotChecked(user_id=user_id):
            return (
                f"`for_user`: I could not check the ID {user_id} with Discord right now, so no code was created. "
                "Please try again in a moment."
            )
        case InvalidCode():
            return "That is not a valid code (malformed): codes look like `7KQ2-M9XD-4HBT`, 12 letters and digits."
        case TextTooLong(option=option, limit=limit, length=length):
            return f"`{option}` can be at most {limit} characters; yours has {length}."
        case NumberOutOfRange(option=option, low=low, high=high, given=given):
            return f"`{option}` must be from {low} to {high}; you gave {given}."
        case UsesOutOfRange(uses=uses, maximum=maximum):
            return f"`uses` must be from 1 to {maximum} on this server; you asked for {uses}."
        case QuotaExhausted():
            return _quota_exhausted(refusal)
        case EveryoneRoleQuota():
            return "Set the quota for everyone with `/gate policy invites_per_member`."
        case CodeNotFound(code=text):
            return f"There is no code {code(text)} on this server. Check it with `/invite list`."
        case NotYourCode():
            return "That code belongs to someone else; you can only revoke your own codes."
        case NotRevocable(code=text, status=status):
            return f"Code {code(text)} is already {CODE_STATUS[status]}; there is nothing to revoke."
        case WrongChannel(welcome_channel_id=welcome):
            return f"Codes are redeemed in {channel(welcome)}. Run `/redeem` there."
        case AlreadyMember():
            return "You are already a member here; there is nothing to redeem."
        case LockedOut(until=until):
            return f"Too many failed attempts. You can try `/redeem` again {timestamp(until, 'R')}."
        case StillWaiting(status=AdmissionStatus.AWAITING_APPROVAL):
            return (
                "Your request is still waiting for a moderator; you will get a DM when it is decided. No code was used."
            )
        case StillWaiting():
            return (
                "You were admitted and your roles are still being granted; moderators have been alerted. "
                "No code was used."
            )
        case CodeRefused():
            return _code_refused(refusal)
        case RequestNotFound():
            return "That admission request does not exist on this server."
        case AlreadyDecided():
            return _already_decided(refusal)
        case NothingToRetry(admission_id=admission_id, status=status):
            return f"Nothing to retry: admission #{admission_id} is {ADMISSION_STATUS[status]}."
        case NothingToRedeliver():
            return "Nothing to retry: that went through already."
    raise TypeError(f"no words for the refusal {type(refusal).__name__}: add them to render_refusal")


def _setup_problem(problem: SetupProblem) -> str:
    match problem:
        case BotCannotManageRoles():
            return "I lack the **Manage Roles** permission, so I cannot grant roles."
        case RoleIsEveryone(option=option):
            return f"`{option}` cannot be @everyone."
        case RoleIsManaged(option=option, role_id=role_id):
            return f"`{option}` {role(role_id)} is managed by an integration and cannot be granted."
        case RoleNotBelowBot(option=option, role_id=role_id, bot_role_id=bot_role_id):
            return (
                f"`{option}` {role(role_id)} is not below my highest role {role(bot_role_id)}: "
                "move my role above it in Server Settings → Roles."
            )
        case SameRoles():
            return "`member_role` and `newcomer_role` must be different roles."
        case NotATextChannel(option=option, channel_id=channel_id):
            return f"`{option}` {channel(channel_id)} must be a text channel."
        case ChannelPermissionsMissing(option=option, channel_id=channel_id, missing=missing):
            return f"In `{option}` {channel(channel_id)} I lack: {', '.join(_PERMISSIONS[p] for p in missing)}."
        case _:
            assert_never(problem)


def _quota_exhausted(refusal: QuotaExhausted) -> str:
    status, limit = refusal.status, refusal.status.rule.limit
    if limit == 0:
        return "Your invitation limit on this server is 0, so you cannot create codes. Ask an admin if that is wrong."
    text = (
        f"That code would cost {plural(refusal.cost, 'use')} and you have {status.remaining} of "
        f"{limit} left in your {status.rule.period_days}-day window."
    )
    if status.next_free_at is not None:
        text += f" The next use frees up {timestamp(status.next_free_at, 'R')}."
    return text + " Revoking an unused code with `/invite revoke` gives its uses back."


def _code_refused(refusal: CodeRefused) -> str:
    text = _CODE_PROBLEMS[refusal.reason]
    if refusal.locked_until is not None:
        return f"{text} Too many failed attempts: you can try again {timestamp(refusal.locked_until, 'R')}."
    if refusal.attempts_left <= 2:
        return f"{text} {plural(refusal.attempts_left, 'attempt')} left before a lockout."
    return text


def _already_decided(refusal: AlreadyDecided) -> str:
    if refusal.status is AdmissionStatus.LEFT:
        return "This request is closed: the newcomer left the server."
    if refusal.decided_by is None:
        return "This request needs no decision."
    verb = "denied" if refusal.status is AdmissionStatus.DENIED else "approved"
    return f"This request was already {verb} by {user(refusal.decided_by)} {timestamp(refusal.decided_at or 0, 'R')}."
