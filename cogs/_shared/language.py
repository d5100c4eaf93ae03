"""Which language each reader reads (SPEC section 14).

A reply follows the locale the interaction came in; a DM, the recipient's locale as the bot last saw
it (else the server's language); the moderator channel, alerts and the log, the server's language:
the one `/gate setup language` chose, else the guild's preferred locale.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.core.people import last_seen_locale
from bot.core.settings import GuildSettings
from bot.i18n import Catalog
from cogs._shared.interactions import doorman

if TYPE_CHECKING:
    from bot.app import Doorman


def reader(interaction: discord.Interaction) -> Catalog:
    """The language of the person who acted: their answer is written in it."""
    return doorman(interaction).catalogs[interaction.locale.value]


def server_language(bot: Doorman, guild: discord.Guild | None, settings: GuildSettings) -> Catalog:
    """The language of what moderators read together: the request queue, alerts and the log. The chosen
    one, else the guild's preferred locale (English for a guild this bot cannot see)."""
    preferred = None if guild is None else guild.preferred_locale.value
    return bot.catalogs[settings.language or preferred]


async def recipient_language(bot: Doorman, user_id: int, guild: discord.Guild, settings: GuildSettings) -> Catalog:
    """The language of a DM to this person."""
    locale = await last_seen_locale(bot.db, user_id)
    return bot.catalogs[locale] if locale is not None else server_language(bot, guild, settings)
