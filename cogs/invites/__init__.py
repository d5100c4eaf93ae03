"""/invite: members create, list and revoke their invitation codes; a code's invite link is deleted with it
(_deliveries.py)."""

from __future__ import annotations

from bot.app import Doorman
from cogs.invites import _deliveries
from cogs.invites._cog import Invite


async def setup(bot: Doorman) -> None:
    _deliveries.register(bot.deliveries)
    await bot.add_cog(Invite(bot))
