"""The waiting room (SPEC section 13): with the Server Members intent, someone who joins and is not let in is
reminded by DM after `remind_after_hours` and kicked after `kick_after_hours`, each checked again when it falls
due (_deliveries.py). Joins are heard in _cog.py; the rules are core.waiting_room."""

from __future__ import annotations

from bot.app import Doorman
from cogs.waiting_room._cog import WaitingRoom
from cogs.waiting_room._deliveries import register


async def setup(bot: Doorman) -> None:
    register(bot.deliveries)
    await bot.add_cog(WaitingRoom(bot))
