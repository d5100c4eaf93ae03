"""The bare bot Doorman is compared with: a discord.py bot and nothing else (no import of Doorman's)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands


class BareBot(commands.Bot):
    """The least a discord.py bot can do for /redeem: answer with a plain reply."""

    def __init__(self) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents(guilds=True))

        @app_commands.command(name="redeem", description="Reply and do nothing else")
        async def redeem(interaction: discord.Interaction, code: str) -> None:
            await interaction.response.send_message("ok", ephemeral=True)

        self.tree.add_command(redeem)

    async def setup_hook(self) -> None:
        await self.tree.sync()
