"""What Discord says about the roles and channels given to /gate setup, as the facts the core checks."""

from __future__ import annotations

import discord

from bot.core.places import ChannelFacts, RoleFacts, SetupProblem, setup_problems


def role_facts(role: discord.Role | None, bot: discord.Member) -> RoleFacts | None:
    if role is None:
        return None
    return RoleFacts(role.id, is_everyone=role.is_default(), managed=role.managed, below_bot=role < bot.top_role)


def channel_facts(channel: discord.abc.GuildChannel | None, bot: discord.Member) -> ChannelFacts | None:
    if channel is None:
        return None
    allowed = channel.permissions_for(bot)
    return ChannelFacts(
        channel.id,
        is_text=isinstance(channel, discord.TextChannel),
        can_view=allowed.view_channel,
        can_send=allowed.send_messages,
        can_embed=allowed.embed_links,
    )


def problems_with(
    guild: discord.Guild,
    *,
    roles: dict[str, discord.Role | None],
    channels: dict[str, discord.abc.GuildChannel | None],
) -> list[SetupProblem]:
    """Every reason the bot could not work with these roles and channels (empty: all good)."""
    me = guild.me
    return setup_problems(
        bot_manages_roles=me.guild_permissions.manage_roles,
        bot_role_id=me.top_role.id,
        roles={option: role_facts(role, me) for option, role in roles.items()},
        channels={option: channel_facts(channel, me) for option, channel in channels.items()},
    )
