"""Where the bot posts: the moderator channel in effect, the channel a message was posted in, and the bot's
own recent messages there; whether it may make invite links to the welcome channel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import discord

from bot.core.posts import Posted
from bot.core.settings import GuildSettings


def text_channel(guild: discord.Guild, channel_id: int | None) -> discord.TextChannel | None:
    channel = guild.get_channel(channel_id) if channel_id else None
    return channel if isinstance(channel, discord.TextChannel) else None


def mod_channel(guild: discord.Guild, settings: GuildSettings) -> discord.TextChannel | None:
    """Where requests and alerts go now."""
    return text_channel(guild, settings.mod_channel_id)


def may_make_links(guild: discord.Guild, settings: GuildSettings) -> bool:
    """Whether the bot may create invites to the welcome channel (False if it is gone)."""
    welcome = text_channel(guild, settings.welcome_channel_id)
    return welcome is not None and welcome.permissions_for(guild.me).create_instant_invite


def may_delete_links(guild: discord.Guild, settings: GuildSettings) -> bool:
    """Whether the bot may delete the invites it made to the welcome channel: Discord asks Manage Channels there,
    even of an invite's creator."""
    welcome = text_channel(guild, settings.welcome_channel_id)
    return welcome is not None and welcome.permissions_for(guild.me).manage_channels


async def edit_posted(guild: discord.Guild, posted: Posted, **changes: Any) -> bool:
    """Edit a message where it was posted; False if its channel is gone (discord.NotFound if the message is)."""
    channel = text_channel(guild, posted.channel_id)
    if channel is None:
        return False
    await channel.get_partial_message(posted.message_id).edit(**changes)
    return True


async def find_own_message(
    channel: discord.TextChannel, matches: Callable[[discord.Message], bool], *, limit: int = 50
) -> discord.Message | None:
    """The bot's own recent message in the channel that `matches`: what an interrupted attempt left behind.

    Only read after a crash cut an attempt short (Job.interrupted).
    """
    async for message in channel.history(limit=limit):
        if message.author.id == channel.guild.me.id and matches(message):
            return message
    return None
