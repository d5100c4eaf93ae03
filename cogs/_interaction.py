"""What every cog reads off an interaction: the bot, the caller as the core sees them, their authority."""

from __future__ import annotations

from typing import cast

import discord

from bot.app import Doorman, send_ephemeral
from bot.invites import Member
from bot.settings import GuildSettings, get_settings


def doorman(interaction: discord.Interaction) -> Doorman:
    return cast(Doorman, interaction.client)


def as_core_member(member: discord.Member) -> Member:
    """A guild member as the core's Member: enough to decide their quota."""
    return Member(
        user_id=member.id,
        role_ids=frozenset(role.id for role in member.roles),
        manages_server=member.guild_permissions.manage_guild,
    )


def caller(interaction: discord.Interaction) -> Member:
    """The invoking guild member as the core's Member."""
    user = interaction.user
    if isinstance(user, discord.Member):
        return as_core_member(user)
    return Member(user_id=user.id, role_ids=frozenset(), manages_server=False)


def is_admin(interaction: discord.Interaction) -> bool:
    """Manage Server, checked at run time (default_permissions only hides the command)."""
    user = interaction.user
    return isinstance(user, discord.Member) and user.guild_permissions.manage_guild


def is_moderator(interaction: discord.Interaction, settings: GuildSettings) -> bool:
    """Manage Roles, or the guild's moderator role."""
    user = interaction.user
    if not isinstance(user, discord.Member):
        return False
    if user.guild_permissions.manage_roles:
        return True
    return settings.mod_role_id is not None and any(role.id == settings.mod_role_id for role in user.roles)


async def guild_settings(interaction: discord.Interaction) -> GuildSettings:
    bot = doorman(interaction)
    assert interaction.guild_id is not None
    return await get_settings(bot.storage, interaction.guild_id, bot.config.defaults)


async def require_admin(interaction: discord.Interaction) -> bool:
    """True if the caller may run /gate; otherwise they are told why and False is returned."""
    if is_admin(interaction):
        return True
    await send_ephemeral(interaction, "Only admins (Manage Server permission) can use `/gate` commands.")
    return False


def timestamp(epoch: int, style: str = "f") -> str:
    """A Discord timestamp that every reader sees in their own time zone."""
    return f"<t:{epoch}:{style}>"
