"""The waitlist: people without a code join it (/waitlist); moderators invite or decline each entry in the
moderator channel (_buttons.py); what each step owes Discord is carried by the delivery worker (_deliveries.py)."""

from __future__ import annotations

from bot.app import Doorman
from cogs.waitlist import _deliveries
from cogs.waitlist._buttons import DeclineForms, EntryButton
from cogs.waitlist._cog import Waitlist


async def setup(bot: Doorman) -> None:
    _deliveries.register(bot.deliveries)
    bot.add_dynamic_items(EntryButton)
    await bot.add_cog(Waitlist(bot))
    await bot.add_cog(DeclineForms())
