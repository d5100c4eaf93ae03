"""The delivery worker: carries what the bot owes Discord, at once or when it falls due.

One per process, started in the bot's setup_hook. It sleeps until the next delivery or timer is
due and is woken early when a commit owes something sooner; with nothing due it makes no database
query at all. A handler that must carry what it commits itself, in its own order (a newcomer's
roles before their welcome), commits inside `reserving()`; whatever else a commit owes at once,
the worker carries at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import discord

from bot.clock import now
from bot.core import deliveries
from bot.core.deliveries import Delivery, Fault, Owing
from bot.core.owed import CloseAlert, Owed, StoppedNotice, superseded
from bot.core.settings import GuildSettings, get_settings
from cogs._shared.deliveries import alerts, log_lines
from cogs._shared.deliveries.carrying import carry_one
from cogs._shared.deliveries.outcomes import Failed, Handler, Job, Outcome

if TYPE_CHECKING:
    from bot.app import Doorman

log = logging.getLogger(__name__)

# Deliveries committed in the current reserving() block, for the caller to carry.
_reserved: ContextVar[list[int] | None] = ContextVar("doorman_reserved_deliveries", default=None)
BATCH = 50
# Sleeping "until woken" is a long sleep that wake() cuts short: SimCord lets simulated time pass
# over a sleep, but takes a wait on an Event for work that never settles (TESTING.md).
IDLE_SECONDS = 365 * 86_400
RESTART_SECONDS = 30  # after an unexpected error in the worker itself


@dataclass
class Carried:
    """What carry() did: each delivery it tried, in order, with its outcome; and what they owe next, if held."""

    outcomes: list[tuple[Delivery, Outcome]] = field(default_factory=list)
    followups: list[int] = field(default_factory=list)  # held for the caller (carry(..., hold_followups=True))

    def outcome_of(self, kind: type[Owed]) -> Outcome | None:
        return next((outcome for delivery, outcome in self.outcomes if isinstance(delivery.owed, kind)), None)


class DeliveryWorker:
    """Invariants:
    - A delivery this process committed due at once is in exactly one of: a reservation, `_ready`, or
      `_carrying`. None of these survive a crash; the next start frees what they held (resume).
    - The nap never outlasts the earliest due time the worker has been told of, including what it was
      told while it was busy (`_told`), not napping.
    """

    def __init__(self, bot: Doorman) -> None:
        self.bot = bot
        # The kinds every extension may owe; each extension registers its own in its setup().
        self.handlers: dict[type[Owed], Handler] = {
            CloseAlert: alerts.CLOSE_ALERT,
            StoppedNotice: alerts.STOPPED_NOTICE,
        }
        self.handlers.update(dict.fromkeys(log_lines.LINES, log_lines.HANDLER))
        self._ready: list[int] = []
        self._carrying: set[int] = set()
        self._task: asyncio.Task[None] | None = None
        self._nap_until: float | None = None  # while napping: when the nap ends
        self._woken = False  # the nap was cut short by _wake(), not by stop()
        self._told = float("inf")  # the earliest due time told since the worker last looked

    def register(self, kind: type[Owed], handler: Handler) -> None:
        self.handlers[kind] = handler

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="doorman-deliveries")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def committed(self, owing: list[Owing]) -> None:
        """After each commit that owes Discord something (the database's on_commit hook)."""
        reservation = _reserved.get()
        for item in owing:
            if not item.leased:
                self._wake(item.due_at)
            elif reservation is not None:
                reservation.append(item.id)
            else:
                self._ready.append(item.id)
                self._wake(now())

    @contextmanager
    def reserving(self) -> Iterator[list[int]]:
        """Deliveries committed in this block are the caller's to carry; if the block raises, the worker's."""
        reserved: list[int] = []
        token = _reserved.set(reserved)
        try:
            yield reserved
        except BaseException:
            self.hand_over(reserved)
            raise
        finally:
            _reserved.reset(token)

    def hand_over(self, ids: list[int]) -> None:
        """Let the worker carry these at once."""
        if ids:
            self._ready.extend(ids)
            self._wake(now())

    def is_carrying(self, delivery_id: int) -> bool:
        return delivery_id in self._carrying or delivery_id in self._ready

    async def carry(
        self,
        ids: list[int],
        *,
        member: discord.Member | None = None,
        watched: bool = False,
        hold_followups: bool = False,
        settings: GuildSettings | None = None,
    ) -> Carried:
        """Carry these deliveries (leased to this process) in order, then what they owe next, unless held.

        `watched`: the person who acted waits for the outcomes and will be told of them. `settings`: the
        guild's, if the caller has just read them (saves a read).
        """
        carried = Carried()
        taken = self._take([i for i in ids if i not in self._carrying])
        # Read once per guild for the whole batch.
        read: dict[int, GuildSettings] = {} if settings is None else {settings.guild_id: settings}
        try:
            queue = await deliveries.take(self.bot.db, taken, now=now())
            while queue:
                delivery = queue.pop(0)
                if any(superseded(delivery.owed, later.owed) for later in queue):
                    await deliveries.complete(self.bot.db, delivery, now=now())  # a later one does it
                    continue
                if delivery.guild_id not in read:
                    read[delivery.guild_id] = await get_settings(
                        self.bot.db, delivery.guild_id, self.bot.config.defaults
                    )
                with self.reserving() as followups:
                    outcome = await self._carry(delivery, read[delivery.guild_id], member, watched)
                carried.outcomes.append((delivery, outcome))
                if hold_followups:
                    carried.followups += followups
                elif followups:
                    taken += self._take(followups)
                    queue += await deliveries.take(self.bot.db, followups, now=now())
        finally:
            self._carrying.difference_update(taken)
        return carried

    def _take(self, ids: list[int]) -> list[int]:
        """Mark these as carried by the caller (and no longer the worker's to start)."""
        self._ready = [i for i in self._ready if i not in ids]
        self._carrying.update(ids)
        return ids

    async def _carry(
        self, delivery: Delivery, settings: GuildSettings, member: discord.Member | None, watched: bool
    ) -> Outcome:
        guild = self.bot.get_guild(delivery.guild_id)
        handler = self.handlers.get(type(delivery.owed))
        if guild is None or handler is None:
            # Not one of this bot's guilds (it left, or it is unavailable), or no extension carries the kind.
            failed = Failed(Fault.TRANSIENT, "I cannot reach that server, or nothing here carries this")
            await deliveries.fail(self.bot.db, delivery, error=failed.detail, now=now())
            return failed
        return await carry_one(Job(self.bot, guild, delivery, settings, member, watched), handler)

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        await deliveries.resume(self.bot.db, carrier=self.bot.db.carrier, now=now())
        while True:
            self._told = float("inf")  # what was told before this look, the look sees
            try:
                busy, next_due = await self._round()
            except Exception:
                log.exception("the delivery worker failed; starting over in %s s", RESTART_SECONDS)
                busy, next_due = False, now() + RESTART_SECONDS
            if not busy:
                await self._sleep_until(next_due)

    async def _round(self) -> tuple[bool, int | None]:
        """Carry what is ready, else what is due; whether there was any, and when the next falls due."""
        if self._ready:
            await self.carry(self._ready[:])
            return True, None
        claimed, next_due = await deliveries.claim_due(self.bot.db, carrier=self.bot.db.carrier, now=now(), limit=BATCH)
        if claimed:
            await self.carry([delivery.id for delivery in claimed])
            return True, None
        return False, next_due

    async def _sleep_until(self, due: int | None) -> None:
        wake_at = min(float("inf") if due is None else due, self._told)
        seconds = IDLE_SECONDS if wake_at == float("inf") else max(0, int(wake_at) - now())
        self._nap_until = now() + seconds
        try:
            # Sleeping in the worker's own task, not in one it waits for, keeps a nap's end to one step:
            # under a simulated clock each extra step between the timer and the next query costs a poll.
            await asyncio.sleep(seconds)
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if not self._woken or task is None:
                raise  # stop()
            task.uncancel()
        finally:
            self._nap_until, self._woken = None, False

    def _wake(self, due: int) -> None:
        """Something falls due at `due`: cut the nap short if it would sleep past it (or see to it before napping)."""
        self._told = min(self._told, due)
        if self._task is not None and self._nap_until is not None and not self._woken and due < self._nap_until:
            self._woken = True
            self._task.cancel()
