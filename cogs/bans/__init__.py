"""Bans (SPEC section 12): the bot watches them (the Guild Moderation intent, not privileged); when someone
admitted through Doorman is banned, the moderators get an alert naming who vouched for them and whom they
vouched for, with a Suspend inviter button (_alert.py), and the ban counts in the inviter's record."""

from __future__ import annotations

from bot.app import Doorman
from cogs.bans._alert import SuspendInviterButton, register
from cogs.bans._cog import Bans


async def setup(bot: Doorman) -> None:
    register(bot.deliveries)
    bot.add_dynamic_items(SuspendInviterButton)
    await bot.add_cog(Bans(bot))
