"""A reservation: what the commits of one DeliveryWorker.reserving() block owe at once, for the block itself
to carry, in its own order (a newcomer's roles before their welcome)."""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

import discord

from bot.core.settings import GuildSettings
from cogs._shared.deliveries.outcomes import Carried

if TYPE_CHECKING:
    from cogs._shared.deliveries.worker import DeliveryWorker
    from cogs._shared.first_response import FirstResponse

# The reservation of the reserving() block the current task is in, if any.
reserved: ContextVar[Reservation | None] = ContextVar("doorman_reservation", default=None)


class Reservation:
    """What the commits of one reserving() block owe at once, for the block to carry in its own order."""

    def __init__(self, worker: DeliveryWorker) -> None:
        self._worker = worker
        self.ids: list[int] = []
        self.open = True

    async def carry(
        self,
        *,
        member: discord.Member | None = None,
        watched: bool = False,
        settings: GuildSettings | None = None,
        hold_followups: bool = False,
        click: FirstResponse | None = None,
    ) -> Carried:
        """Carry what is reserved so far, then what that owes next; or hold that, for a later carry() (or
        the worker when the block ends).

        `member`: the newcomer as the interaction in hand sent them (saves a fetch). `watched`: the person
        who acted waits for the outcomes and will be told of them. `settings`: the guild's, if just read.
        `click`: the click in hand, which a request's edit may answer.
        """
        ids, self.ids = self.ids, []
        carried = await self._worker.carry(
            ids, member=member, watched=watched, settings=settings, hold_followups=hold_followups, click=click
        )
        self.ids += carried.followups
        return carried
