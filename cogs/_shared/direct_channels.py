"""The bot's DM channel with a person: opened ahead where they act, and sent to without opening it again.

See core/direct_channels.py for why: a remembered channel makes each DM one REST call, not two.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.core import direct_channels
from cogs._shared.discord_errors import UNKNOWN_CHANNEL

if TYPE_CHECKING:
    from bot.app import Doorman

log = logging.getLogger(__name__)


async def open_ahead(bot: Doorman, user_id: int) -> None:
    """Open and remember the DM channel with someone the bot will write to later, unless it is known.

    Best effort, after the person was answered: if it fails, the DM opens the channel when it is sent.
    """
    if await direct_channels.known(bot.db, user_id) is not None:
        return
    try:
        channel = await bot.create_dm(discord.Object(user_id))
    except discord.HTTPException as error:
        log.info("could not open a DM channel with %s ahead (%s); the DM will open it", user_id, error.status)
        return
    await direct_channels.remember(bot.db, user_id, channel.id)


async def send_direct(bot: Doorman, user_id: int, channel_id: int | None, text: str) -> int | None:
    """DM `text` to `user_id` in the remembered channel, or in one opened now; the channel to remember, if new.

    A remembered channel Discord no longer knows is opened again (Discord keeps them, but a remembered ID is
    no guarantee).
    """
    if channel_id is not None:
        try:
            await bot.get_partial_messageable(channel_id, type=discord.ChannelType.private).send(text)
            return None
        except discord.NotFound as error:
            if error.code != UNKNOWN_CHANNEL:
                raise
    channel = await bot.create_dm(discord.Object(user_id))
    await channel.send(text)
    return channel.id
