"""An interaction's first response: the answer itself when the work behind it is quick, else a deferral.

Discord wants a first response within 3 seconds. Deferring at once ("thinking…") costs a REST call
on every interaction, and in a raid that is one call of the few an admission needs (Discord's rate
limits, not the database, bound how fast a raid is admitted). So the work starts at once, and only
if it is still running after PATIENCE_SECONDS is the interaction deferred; the answer then follows
the deferral. Either way `send_ephemeral` (replies.py) picks the right call, since it asks
discord.py whether the first response was sent.

A handler that answers by editing the clicked message (a request showing its decision) claims the
first response first, so that a deferral cannot start under it.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import discord

from cogs._shared.replies import acknowledge

# Discord's limit is 3 s from when it sent the interaction: this leaves time for the way there and back.
PATIENCE_SECONDS = 2.0


class FirstResponse:
    """Defers the interaction if nobody has answered it PATIENCE_SECONDS after this was made.

    Invariant: at most one of the deferral and a claim happens, so discord.py is never asked for two
    first responses.
    """

    def __init__(self, interaction: discord.Interaction, *, thinking: bool) -> None:
        self.interaction = interaction
        self._thinking = thinking  # "thinking…" for an ephemeral answer to come; else a click acknowledged silently
        self._deferral: asyncio.Task[bool] | None = None
        self._claimed = False
        self._timer = asyncio.get_running_loop().call_later(PATIENCE_SECONDS, self._defer)

    def _defer(self) -> None:
        self._deferral = asyncio.create_task(
            acknowledge(self.interaction, ephemeral=self._thinking, thinking=self._thinking),
            name=f"doorman-defer-{self.interaction.id}",
        )

    def claim(self) -> bool:
        """Whether the caller may send the first response itself, now; if so it must, or acknowledge()."""
        if self._claimed or self._deferral is not None or self.interaction.response.is_done():
            return False
        self._timer.cancel()
        self._claimed = True
        return True

    async def settled(self) -> None:
        """Stop the clock, and wait for a deferral under way: after this, is_done() tells what happened."""
        self._timer.cancel()
        if self._deferral is not None:
            await self._deferral


@asynccontextmanager
async def answering_soon(interaction: discord.Interaction, *, thinking: bool) -> AsyncIterator[FirstResponse]:
    """Run the block's work with the deferral on a timer; however the block ends, the clock is stopped and
    a deferral that started is finished before the answer (or the error handler's apology) is sent."""
    first = FirstResponse(interaction, thinking=thinking)
    try:
        yield first
    finally:
        await first.settled()
