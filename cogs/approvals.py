"""The approvals extension: registers the persistent request buttons and runs the catch-up loop."""

from __future__ import annotations

from discord.ext import commands, tasks

from bot.app import Doorman
from cogs._gatekeeper import CATCH_UP_MINUTES, AdmissionButton, Gatekeeper


class Approvals(commands.Cog):
    """Runs the catch-up loop: at start, then every few minutes."""

    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.catch_up.start()

    async def cog_unload(self) -> None:
        self.catch_up.cancel()

    @tasks.loop(minutes=CATCH_UP_MINUTES)
    async def catch_up(self) -> None:
        await Gatekeeper(self.bot).catch_up()

    @catch_up.before_loop
    async def before_catch_up(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: Doorman) -> None:
    bot.add_dynamic_items(AdmissionButton)
    await bot.add_cog(Approvals(bot))
