"""Admissions: a newcomer redeems a code (/redeem); moderators approve or deny it in the moderator channel
(_approvals.py); what each step owes Discord is carried by the delivery worker (_deliveries.py)."""

from __future__ import annotations

from bot.app import Doorman
from cogs.admissions import _deliveries
from cogs.admissions._answers import AnswerForms
from cogs.admissions._approvals import DenyForms, RequestButton
from cogs.admissions._redeem import Redeem


async def setup(bot: Doorman) -> None:
    _deliveries.register(bot.deliveries)
    bot.add_dynamic_items(RequestButton)
    await bot.add_cog(Redeem(bot))
    await bot.add_cog(DenyForms())
    await bot.add_cog(AnswerForms())
