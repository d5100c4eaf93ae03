"""/gate: admins configure Doorman and audit who let whom in."""

from __future__ import annotations

from bot.app import Doorman
from cogs.gate._cog import Gate
from cogs.gate._questions import QuestionForms


async def setup(bot: Doorman) -> None:
    await bot.add_cog(Gate(bot))
    await bot.add_cog(QuestionForms())
