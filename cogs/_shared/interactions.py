"""What handlers read off an interaction: the bot, the person as the core sees them, the guild's settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import discord

from bot.core.people import Member, Newcomer
from bot.core.settings import GuildSettings, get_settings
from bot.discord_people import as_member

if TYPE_CHECKING:
    from bot.app import Doorman


def doorman(interaction: discord.Interaction) -> Doorman:
    return cast("Doorman", interaction.client)


def caller(interaction: discord.Interaction) -> Member:
    """The person who acted, as the core's Member (no roles or permissions outside a guild)."""
    user = interaction.user
    if isinstance(user, discord.Member):
        return as_member(user, interaction.locale.value)
    return Member(user_id=user.id, role_ids=frozenset(), locale=interaction.locale.value)


def as_newcomer(interaction: discord.Interaction) -> Newcomer:
    """The person redeeming, as the core's Newcomer: their account, username, roles here and locale."""
    user = interaction.user
    member = user if isinstance(user, discord.Member) else None
    return Newcomer(
        user_id=user.id,
        username=user.name,
        role_ids=frozenset(role.id for role in member.roles) if member else frozenset(),
        locale=interaction.locale.value,
        has_avatar=user.avatar is not None,  # the account's own, not a server profile's
        joined_at=None if member is None or member.joined_at is None else int(member.joined_at.timestamp()),
    )


async def guild_settings(interaction: discord.Interaction) -> GuildSettings:
    """The settings of the guild the interaction came from."""
    bot = doorman(interaction)
    assert interaction.guild_id is not None
    return await get_settings(bot.db, interaction.guild_id, bot.config.defaults)
