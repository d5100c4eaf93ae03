"""Telling the inviter and the log once an admission is over: one DM, one line."""

from __future__ import annotations

import discord

from bot.core.admissions import Admission, AdmissionStatus
from bot.core.settings import GuildSettings
from cogs._shared.direct_messages import send_dm
from cogs._shared.log_channel import post_log
from cogs.admissions._render import admitted_line, inviter_dm, left_line


async def announce(
    client: discord.Client, guild: discord.Guild, settings: GuildSettings, finished: Admission | None
) -> None:
    """DM the inviter and write the log line for an admission this caller finished (None: someone else did)."""
    if finished is None:
        return
    if finished.status is AdmissionStatus.ADMITTED:
        await send_dm(client, finished.inviter_id, inviter_dm(finished, guild.name))
        await post_log(guild, settings, admitted_line(finished))
    else:
        await post_log(guild, settings, left_line(finished))
