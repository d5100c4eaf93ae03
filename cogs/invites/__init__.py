"""/invite: members create, list and revoke their invitation codes."""

from __future__ import annotations

from bot.app import Doorman
from cogs.invites._cog import Invite


async def setup(bot: Doorman) -> None:
    await bot.add_cog(Invite(bot))
