"""/dashboard: an ephemeral sign-in link, for this person and this server, that works once for 10 minutes."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core.dashboard_links import LINK_SECONDS, issue_link
from bot.i18n.commands import described
from cogs._shared.guards import answers_refusals
from cogs._shared.language import reader
from cogs._shared.replies import send_ephemeral


class DashboardCommand(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    @app_commands.command(name="dashboard", description=described("dashboard-cmd"))
    @app_commands.guild_only()
    @answers_refusals
    async def dashboard(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        t = reader(interaction)
        web = self.bot.config.web
        if not web.serves_links:
            await send_ephemeral(interaction, t("dashboard-off"))
            return
        token = await issue_link(
            self.bot.db,
            guild_id=interaction.guild_id,
            user_id=interaction.user.id,
            locale=interaction.locale.value,
            now=now(),
        )
        link = f"{self.bot.dashboard_url}/signin/{token}"
        # No preview: Discord would fetch the link to make one, and a sign-in link works once.
        await send_ephemeral(
            interaction, t("dashboard-link", link=link, minutes=LINK_SECONDS // 60), suppress_embeds=True
        )
