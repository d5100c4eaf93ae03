"""`/dashboard` (SPEC 16): a one-time link that signs the person into the web dashboard for this server."""

from __future__ import annotations

from bot.app import Doorman
from cogs.dashboard._cog import DashboardCommand


async def setup(bot: Doorman) -> None:
    await bot.add_cog(DashboardCommand(bot))
