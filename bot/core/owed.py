"""What the bot can owe Discord: one small record per kind of delivery, with the facts carrying it needs.

Field values are ints, strings, booleans, None, string enums, or tuples of those, so that a kind
is stored as JSON under a stable name (`KINDS`) and read back as itself.
"""

from __future__ import annotations

import json
import typing
from dataclasses import asdict, dataclass, fields
from enum import Enum, StrEnum
from typing import Any

from bot.core.log_lines import (
    AdmittedLine,
    BannedLine,
    DeniedLine,
    GrantLine,
    LeftLine,
    LinkCodeLine,
    RegeneratedLine,
    RevokedAllLine,
    RevokedLine,
    RoleQuotaLine,
    SettingsLine,
    SuspendedLine,
    UnsuspendedLine,
    WaitingKickedLine,
    WaitlistDeclinedLine,
    WaitlistInvitedLine,
    WaitlistJoinedLine,
)


@dataclass(frozen=True)
class GrantRoles:
    """Give an admitted newcomer the member role (and take the newcomer role)."""

    admission_id: int


@dataclass(frozen=True)
class ShowRequest:
    """Make the request message show the admission as it is: post it where there is none (or it is gone)."""

    admission_id: int


@dataclass(frozen=True)
class CloseAlert:
    """Edit a moderators' alert to say the delivery it was about is over."""

    channel_id: int
    message_id: int
    kind: str  # of the delivery it was about
    admission_id: int | None
    dropped: str | None = None  # why nothing was delivered, if so


class DirectMessageAbout(StrEnum):
    INVITEE_JOINED = "invitee_joined"  # to the inviter
    APPROVED = "approved"  # to the newcomer
    DENIED = "denied"  # to the newcomer


@dataclass(frozen=True)
class DirectMessage:
    user_id: int
    about: DirectMessageAbout
    admission_id: int
    channel_id: int | None = None  # the bot's DM channel with them, if known when this was owed (direct_channels)


@dataclass(frozen=True)
class UndeliveredNotice:
    """Tell the moderators that a decision's DM could not be delivered (the recipient's DMs are closed)."""

    admission_id: int


@dataclass(frozen=True)
class GuessingAlert:
    """Warn the moderators of a burst of failed redemptions (someone may be guessing codes)."""


@dataclass(frozen=True)
class BanAlert:
    """Tell the moderators that someone admitted through Doorman was banned: who vouched for them (with a Suspend
    inviter button) and whom they vouched for (SPEC section 12)."""

    admission_id: int  # their latest admission: how they came in
    codes: int  # their active codes the ban revoked


@dataclass(frozen=True)
class StoppedNotice:
    """Tell the moderators, once, that a delivery gave up after 7 days of failures."""

    delivery_id: int


@dataclass(frozen=True)
class MakeInviteLink:
    """Make a new code's Discord invite link (SPEC section 11). Owed with the code: tried at once by the process
    that created it, and carried later, like any delivery, if that process crashed or Discord failed."""

    code_id: int


@dataclass(frozen=True)
class DeleteInviteLink:
    """Delete a code's Discord invite link: the code was revoked, used up or expired (SPEC section 11)."""

    code_id: int
    link: str  # as stored with the code when this was owed


@dataclass(frozen=True)
class ShowWaitlistEntry:
    """Make a waitlist entry's message show it as it is: post it where there is none (or it is gone)."""

    entry_id: int


class WaitlistMessageAbout(StrEnum):
    INVITED = "invited"  # the code they were sent, with its link
    DECLINED = "declined"  # the decline, with its reason


@dataclass(frozen=True)
class WaitlistMessage:
    """DM someone on the waitlist what was decided about their entry."""

    user_id: int
    about: WaitlistMessageAbout
    entry_id: int
    channel_id: int | None = None  # the bot's DM channel with them, if known when this was owed


@dataclass(frozen=True)
class WaitlistUndeliveredNotice:
    """Tell the moderators that a waitlist DM could not be delivered (the person's DMs are closed)."""

    entry_id: int
    about: WaitlistMessageAbout


@dataclass(frozen=True)
class RemindWaiting:
    """A timer (SPEC section 13): DM someone who joined and was not let in how to get in, if they still wait."""

    user_id: int
    joined_at: int  # as Discord gave it when they joined: a rejoin starts new timers, and makes this one moot
    kick_at: int | None  # when the kick owed with it is due (None: no kick), for the DM to say when it comes


@dataclass(frozen=True)
class KickWaiting:
    """A timer (SPEC section 13): kick someone who joined and was not let in, if they still wait when it falls due."""

    user_id: int
    joined_at: int  # as in RemindWaiting


Owed = (
    GrantRoles
    | ShowRequest
    | CloseAlert
    | DirectMessage
    | UndeliveredNotice
    | GuessingAlert
    | StoppedNotice
    | MakeInviteLink
    | DeleteInviteLink
    | AdmittedLine
    | LeftLine
    | DeniedLine
    | SettingsLine
    | RoleQuotaLine
    | GrantLine
    | RevokedLine
    | RevokedAllLine
    | LinkCodeLine
    | RegeneratedLine
    | ShowWaitlistEntry
    | WaitlistMessage
    | WaitlistUndeliveredNotice
    | WaitlistJoinedLine
    | WaitlistInvitedLine
    | WaitlistDeclinedLine
    | SuspendedLine
    | UnsuspendedLine
    | BanAlert
    | BannedLine
    | RemindWaiting
    | KickWaiting
    | WaitingKickedLine
)

# The names kinds are stored under: stable, whatever the classes are called in the code.
KINDS: dict[str, type[Owed]] = {
    "grant_roles": GrantRoles,
    "show_request": ShowRequest,
    "close_alert": CloseAlert,
    "direct_message": DirectMessage,
    "undelivered_notice": UndeliveredNotice,
    "guessing_alert": GuessingAlert,
    "stopped_notice": StoppedNotice,
    "make_invite_link": MakeInviteLink,
    "delete_invite_link": DeleteInviteLink,
    "admitted_line": AdmittedLine,
    "left_line": LeftLine,
    "denied_line": DeniedLine,
    "settings_line": SettingsLine,
    "role_quota_line": RoleQuotaLine,
    "grant_line": GrantLine,
    "revoked_line": RevokedLine,
    "revoked_all_line": RevokedAllLine,
    "link_code_line": LinkCodeLine,
    "regenerated_line": RegeneratedLine,
    "show_waitlist_entry": ShowWaitlistEntry,
    "waitlist_message": WaitlistMessage,
    "waitlist_undelivered_notice": WaitlistUndeliveredNotice,
    "waitlist_joined_line": WaitlistJoinedLine,
    "waitlist_invited_line": WaitlistInvitedLine,
    "waitlist_declined_line": WaitlistDeclinedLine,
    "suspended_line": SuspendedLine,
    "unsuspended_line": UnsuspendedLine,
    "ban_alert": BanAlert,
    "banned_line": BannedLine,
    "remind_waiting": RemindWaiting,
    "kick_waiting": KickWaiting,
    "waiting_kicked_line": WaitingKickedLine,
}
_KIND_OF = {cls: kind for kind, cls in KINDS.items()}
_HINTS = {cls: typing.get_type_hints(cls) for cls in KINDS.values()}  # resolved once: decode() runs per row read


def kind_of(owed: Owed) -> str:
    """The stored name of its kind."""
    return _KIND_OF[type(owed)]


def encode(owed: Owed) -> tuple[str, str]:
    """The stored kind and payload (JSON) of what is owed."""
    return kind_of(owed), json.dumps(asdict(owed), sort_keys=True)


def decode(kind: str, payload: str) -> Owed:
    """What encode() stored, as the dataclass again (JSON lists become tuples, strings their enums)."""
    cls = KINDS[kind]
    hints = _HINTS[cls]
    values = json.loads(payload)
    for field in fields(cls):
        hint = hints[field.name]
        if isinstance(hint, type) and issubclass(hint, Enum):
            values[field.name] = hint(values[field.name])
        else:
            values[field.name] = _tuples(values[field.name])
    return cls(**values)


def _tuples(value: Any) -> Any:
    return tuple(_tuples(item) for item in value) if isinstance(value, list) else value


def superseded(earlier: Owed, later: Owed) -> bool:
    """Whether carrying `later` makes carrying `earlier` pointless: both show the same thing as it is then."""
    return isinstance(earlier, ShowRequest | ShowWaitlistEntry) and earlier == later


def admission_of(owed: Owed) -> int | None:
    """The admission a delivery is about, if any (stored beside it, to find an admission's deliveries)."""
    return getattr(owed, "admission_id", None)
