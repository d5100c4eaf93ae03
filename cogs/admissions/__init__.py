"""Admissions: a newcomer redeems a code (/redeem); moderators approve or deny in the moderator channel;
the roles follow. One flow, one extension: _redeem.py, _approvals.py, and the catch-up that re-delivers."""

from __future__ import annotations

from bot.app import Doorman
from cogs.admissions._approvals import RequestButton
from cogs.admissions._catch_up import CatchUp
from cogs.admissions._redeem import Redeem


async def setup(bot: Doorman) -> None:
    bot.add_dynamic_items(RequestButton)
    await bot.add_cog(Redeem(bot))
    await bot.add_cog(CatchUp(bot))
