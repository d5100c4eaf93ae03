"""The guild's log channel: one line per admission, denial, revocation and setting change."""

from __future__ import annotations

import logging

import discord

from bot.core.settings import GuildSettings

log = logging.getLogger(__name__)


async def post_log(guild: discord.Guild, settings: GuildSettings, line: str) -> None:
    """One line in the guild's log channel, if it has one; a failure is logged, never raised."""
    channel = guild.get_channel(settings.log_channel_id) if settings.log_channel_id else None
    if not isinstance(channel, discord.TextChannel):
        return
    try:
        await channel.send(line[:2000])
    except discord.HTTPException:
        log.warning("could not post to the log channel of guild %s", guild.id, exc_info=True)
