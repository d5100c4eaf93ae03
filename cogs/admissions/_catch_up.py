"""Delivering what Discord refused earlier: unposted requests are posted, pending role grants retried.

Runs when the bot starts and then every few minutes.
"""

from __future__ import annotations

import logging

from discord.ext import commands, tasks

from bot.app import Doorman
from bot.core import admissions
from bot.core.admissions import AdmissionStatus
from bot.core.settings import GuildSettings, get_settings
from cogs.admissions._announce import announce
from cogs.admissions._approvals import admit, post_request
from cogs.admissions._in_flight import carrying, in_flight

log = logging.getLogger(__name__)

CATCH_UP_MINUTES = 5


class CatchUp(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.loop.start()

    async def cog_unload(self) -> None:
        self.loop.cancel()

    @tasks.loop(minutes=CATCH_UP_MINUTES)
    async def loop(self) -> None:
        await catch_up(self.bot)

    @loop.before_loop
    async def before_loop(self) -> None:
        await self.bot.wait_until_ready()


async def catch_up(bot: Doorman) -> None:
    """Post requests that never reached the moderator channel and retry pending grants, in guilds this bot sees."""
    settings_of: dict[int, GuildSettings] = {}
    for admission in await admissions.open_admissions(bot.db):
        guild = bot.get_guild(admission.guild_id)
        if guild is None or in_flight(bot, admission.id):
            continue
        try:
            with carrying(bot, admission.id):
                if guild.id not in settings_of:
                    settings_of[guild.id] = await get_settings(bot.db, guild.id, bot.config.defaults)
                settings = settings_of[guild.id]
                if admission.status is AdmissionStatus.ROLES_PENDING:
                    admitted = await admit(bot, guild, admission, settings)
                    await announce(bot, guild, settings, admitted.finished)
                elif admission.request_message_id is None:
                    await post_request(bot, guild, admission, settings)
        except Exception:
            log.exception("catching up on admission %s failed", admission.id)
