"""Whether Doorman can work with the channels and roles an admin gives /gate setup.

The glue reads what Discord says about each role and channel into the facts below; the rules here
decide what is wrong with them, every problem at once, so the admin can fix them all in one go.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.core.refusals import Refused


@dataclass(frozen=True)
class RoleFacts:
    role_id: int
    is_everyone: bool
    managed: bool  # by an integration (a bot's own role, a booster role): nobody can grant it
    below_bot: bool  # strictly below the bot's highest role, so the bot may grant it


@dataclass(frozen=True)
class ChannelFacts:
    channel_id: int
    is_text: bool
    can_view: bool  # these three are the bot's own permissions there
    can_send: bool
    can_embed: bool


class ChannelPermission(Enum):
    VIEW = "view"
    SEND = "send"
    EMBED = "embed"


@dataclass(frozen=True)
class BotCannotManageRoles:
    pass


@dataclass(frozen=True)
class RoleIsEveryone:
    option: str


@dataclass(frozen=True)
class RoleIsManaged:
    option: str
    role_id: int


@dataclass(frozen=True)
class RoleNotBelowBot:
    option: str
    role_id: int
    bot_role_id: int  # the bot's highest role, which must be moved above it


@dataclass(frozen=True)
class SameRoles:
    """The member role and the newcomer role are one role: admitting would grant and remove it at once."""


@dataclass(frozen=True)
class NotATextChannel:
    option: str
    channel_id: int


@dataclass(frozen=True)
class ChannelPermissionsMissing:
    option: str
    channel_id: int
    missing: tuple[ChannelPermission, ...]


SetupProblem = (
    BotCannotManageRoles
    | RoleIsEveryone
    | RoleIsManaged
    | RoleNotBelowBot
    | SameRoles
    | NotATextChannel
    | ChannelPermissionsMissing
)


@dataclass(eq=False)
class SetupRefused(Refused):
    """/gate setup with places the bot cannot work with: nothing was saved."""

    problems: list[SetupProblem]


def setup_problems(
    *,
    bot_manages_roles: bool,
    bot_role_id: int,
    roles: dict[str, RoleFacts | None],
    channels: dict[str, ChannelFacts | None],
) -> list[SetupProblem]:
    """Every reason the bot could not work with these roles and channels (empty: all good).

    `roles` and `channels` are keyed by option name; None is an option left out. The welcome channel is
    only where newcomers type, and the moderator role is never granted, so fewer rules apply to them.
    """
    problems: list[SetupProblem] = []
    if not bot_manages_roles:
        problems.append(BotCannotManageRoles())
    for option, role in roles.items():
        if role is None:
            continue
        if role.is_everyone:
            problems.append(RoleIsEveryone(option))
        elif option == "mod_role":
            continue
        elif role.managed:
            problems.append(RoleIsManaged(option, role.role_id))
        elif not role.below_bot:
            problems.append(RoleNotBelowBot(option, role.role_id, bot_role_id))
    member, newcomer = roles.get("member_role"), roles.get("newcomer_role")
    if member is not None and newcomer is not None and member.role_id == newcomer.role_id:
        problems.append(SameRoles())
    for option, channel in channels.items():
        if channel is None or option == "welcome_channel":
            continue
        if not channel.is_text:
            problems.append(NotATextChannel(option, channel.channel_id))
            continue
        missing = tuple(
            permission
            for permission, allowed in (
                (ChannelPermission.VIEW, channel.can_view),
                (ChannelPermission.SEND, channel.can_send),
                (ChannelPermission.EMBED, channel.can_embed),
            )
            if not allowed
        )
        if missing:
            problems.append(ChannelPermissionsMissing(option, channel.channel_id, missing))
    return problems
