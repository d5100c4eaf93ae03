"""The lines the bot owes a guild's log channel (SPEC section 4): one small record per kind, with its facts.

Each is a kind of delivery (core.owed); rendered when carried (cogs/_shared/deliveries/log_lines.py).
"""

from __future__ import annotations

from dataclasses import dataclass


class LogLine:
    """Base of the lines written to a guild's log channel."""


@dataclass(frozen=True)
class AdmittedLine(LogLine):
    admission_id: int


@dataclass(frozen=True)
class LeftLine(LogLine):
    admission_id: int


@dataclass(frozen=True)
class DeniedLine(LogLine):
    admission_id: int


@dataclass(frozen=True)
class SettingsLine(LogLine):
    by: int
    command: str
    changes: tuple[tuple[str, int | bool | str | None, int | bool | str | None], ...]  # (setting, before, after)


@dataclass(frozen=True)
class RoleQuotaLine(LogLine):
    by: int
    role_id: int
    amount: int
    period_days: int


@dataclass(frozen=True)
class GrantLine(LogLine):
    by: int
    user_id: int
    amount: int
    limit: int | None
    period_days: int


@dataclass(frozen=True)
class RevokedLine(LogLine):
    by: int
    code: str  # as displayed
    inviter_id: int


@dataclass(frozen=True)
class RevokedAllLine(LogLine):
    by: int
    inviter_id: int
    codes: tuple[str, ...]


@dataclass(frozen=True)
class LinkCodeLine(LogLine):
    """An admin made a code to share with many people (/gate link, SPEC section 11)."""

    by: int
    code: str  # as displayed
    uses: int


@dataclass(frozen=True)
class RegeneratedLine(LogLine):
    """Someone replaced their lost or leaked code with a new one (/invite regenerate, SPEC section 11)."""

    by: int
    old: str  # as displayed
    new: str


@dataclass(frozen=True)
class WaitlistJoinedLine(LogLine):
    user_id: int
    entry_id: int


@dataclass(frozen=True)
class WaitlistInvitedLine(LogLine):
    user_id: int
    by: int
    code: str  # as displayed
    from_moderator: bool  # a moderator's Invite; else a member vouching with a code reserved for them


@dataclass(frozen=True)
class WaitlistDeclinedLine(LogLine):
    user_id: int
    by: int
    reason: str | None


@dataclass(frozen=True)
class SuspendedLine(LogLine):
    """An admin suspended a member (SPEC section 12), and with `branch` everyone they vouched for."""

    by: int
    user_id: int
    reason: str | None
    branch: tuple[int, ...]  # the others suspended with them, newly
    codes: int  # active codes revoked, theirs and the branch's
    banned_invitee: int | None = None  # whose ban led to it (the ban alert's Suspend inviter)


@dataclass(frozen=True)
class UnsuspendedLine(LogLine):
    by: int
    user_id: int


@dataclass(frozen=True)
class BannedLine(LogLine):
    """Someone was banned (SPEC section 12) who came in through Doorman, or whose active codes the ban revoked."""

    user_id: int
    admission_id: int | None  # their latest admission: who vouched for them (None: nobody, through Doorman)
    codes: int  # their active codes, revoked


@dataclass(frozen=True)
class WaitingKickedLine(LogLine):
    """Someone who joined and was not let in was kicked when the waiting room's time ran out (SPEC section 13)."""

    user_id: int
    hours: int  # kick_after_hours when they were kicked


# The fields that name a person, in the lines that have them; SuspendedLine's branch names several.
_PERSON_FIELDS = ("by", "user_id", "inviter_id", "banned_invitee")


def people_named(line: LogLine) -> set[int]:
    """The people a line names by itself (an admission line's people are its admission's: core.deliveries.log)."""
    people = {value for name in _PERSON_FIELDS if isinstance(value := getattr(line, name, None), int)}
    if isinstance(line, SuspendedLine):
        people.update(line.branch)
    return people
