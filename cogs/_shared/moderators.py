"""Only moderators may click the moderator channel's buttons: Manage Roles, or the guild's moderator role."""

from __future__ import annotations

import discord

from bot.core.people import is_moderator
from bot.core.refusals import Authority, NotAllowed
from bot.core.settings import GuildSettings
from cogs._shared.guards import answering, reply_refusal
from cogs._shared.interactions import caller, guild_settings


async def moderators_only(interaction: discord.Interaction, what: str) -> GuildSettings | None:
    """The guild's settings if a moderator clicked; anyone else is told so, and None stops the click.

    For a button's or a form's interaction_check, which discord.py runs before the callback.
    """
    async with answering(interaction, what):
        settings = await guild_settings(interaction)
        if is_moderator(caller(interaction), settings.mod_role_id):
            return settings
        await reply_refusal(interaction, NotAllowed(Authority.MODERATOR))
    return None
