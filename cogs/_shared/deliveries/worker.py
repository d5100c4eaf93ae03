"""The delivery worker: carries what the bot owes Discord, at once or when it falls due.

One per process, started in the bot's setup_hook. It sleeps until the next delivery or timer is
due and is woken early when a commit owes something sooner; with nothing due it makes no database
query at all. A handler that must carry what it commits itself, in its own order (a newcomer's
roles before their welcome), commits inside `reserving()` and carries from the Reservation; what
the block leaves uncarried, however it ends, and whatever else a commit owes at once, the worker
carries at once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import discord

from bot.clock import now
from bot.core import deliveries
from bot.core.deliveries import LEASE_SECONDS, Delivery, Fault, Owing
from bot.core.owed import CloseAlert, Owed, StoppedNotice, admission_of, superseded
from bot.core.settings import GuildSettings, get_settings
from bot.i18n import Catalog, Words, words
from cogs._shared.deliveries import alerts, log_lines
from cogs._shared.deliveries.carrying import UNEXPECTED, carry_one
from cogs._shared.deliveries.keyed_lock import KeyedLock
from cogs._shared.deliveries.outcomes import Carried, Failed, Handler, Job, Outcome
from cogs._shared.deliveries.reservation import Reservation, reserved
from cogs._shared.language import server_language

if TYPE_CHECKING:
    from bot.app import Doorman
    from cogs._shared.first_response import FirstResponse

log = logging.getLogger(__name__)

BATCH = 50
# Sleeping "until woken" is a long sleep that wake() cuts short: SimCord lets simulated time pass
# over a sleep, but takes a wait on an Event for work that never settles (TESTING.md).
IDLE_SECONDS = 365 * 86_400
RESTART_SECONDS = 30  # after an unexpected error in the worker itself


class DeliveryWorker:
    """Invariants:
    - A delivery this process committed due at once is in exactly one of: an open reservation, `_ready`,
      or `_carrying`. None of these survive a crash; the next start frees what they held (resume). Within
      a process, an attempt cut short by an error is recorded as failed, and what is left of its batch
      goes back to `_ready`; anything else still leased here is taken back when its lease ends.
    - Two deliveries about one admission are never carried at once in this process: each reads the
      admission as the other left it (no request posted twice, no grant racing its own request).
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
        # Leased here and marked tried, not yet carried: as this process wrote or claimed them (no read back).
        self._held: dict[int, Delivery] = {}
        self._admissions = KeyedLock()  # one delivery at a time about each admission
        self._task: asyncio.Task[None] | None = None
        self._nap_until: float | None = None  # while napping: when the nap ends
        self._woken = False  # the nap was cut short by _wake()
        self._stopping = False
        self._told = float("inf")  # the earliest due time told since the worker last looked

    def register(self, kind: type[Owed], handler: Handler) -> None:
        self.handlers[kind] = handler

    async def start(self) -> None:
        """Take back what this carrier held when it last stopped, then carry in the background.

        Run in setup_hook, before any interaction can commit and lease something that this would free.
        """
        await deliveries.resume(self.bot.db, carrier=self.bot.db.carrier, now=now())
        self._task = asyncio.get_running_loop().create_task(self._run(), name="doorman-deliveries")
        self._task.add_done_callback(_report_end)

    async def stop(self) -> None:
        if self._task is not None:
            self._stopping = True
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    def committed(self, owing: list[Owing]) -> None:
        """After each commit that owes Discord something (the database's on_commit hook)."""
        reservation = reserved.get()
        for item in owing:
            if item.written is not None:
                self._held[item.id] = item.written
            if not item.leased:
                self._wake(item.due_at)
            elif reservation is not None and reservation.open:
                reservation.ids.append(item.id)
            else:
                self.hand_over([item.id])

    @contextmanager
    def reserving(self) -> Iterator[Reservation]:
        """What the commits in this block owe at once is the block's to carry (Reservation.carry); what it
        has not carried when it ends, the worker carries."""
        reservation = Reservation(self)
        token = reserved.set(reservation)
        try:
            yield reservation
        finally:
            reserved.reset(token)
            reservation.open = False  # a task started in the block and committing later hands over itself
            self.hand_over(reservation.ids)

    def hand_over(self, ids: list[int]) -> None:
        """Let the worker carry these at once."""
        if ids:
            self._ready.extend(ids)
            self._wake(0)  # due at once, whatever the clock of the task handing them over reads

    def is_carrying(self, delivery_id: int) -> bool:
        return delivery_id in self._carrying or delivery_id in self._ready

    async def carry(
        self,
        ids: list[int],
        *,
        member: discord.Member | None = None,
        watched: bool = False,
        settings: GuildSettings | None = None,
        hold_followups: bool = False,
        click: FirstResponse | None = None,
    ) -> Carried:
        """Carry these deliveries (leased to this process) in order, then what they owe next, unless held.

        Callers outside the worker carry through a Reservation. If this is cut short (cancelled, or the
        database fails), what it has not finished goes back to the worker.
        """
        carried = Carried()
        mine = self._take([i for i in ids if i not in self._carrying])
        unfinished = mine[:]
        # Read once per guild for the whole batch.
        read: dict[int, GuildSettings] = {} if settings is None else {settings.guild_id: settings}
        try:
            queue = await self._lease(mine)
            renew_at = now() + LEASE_SECONDS // 2
            while queue:
                if now() >= renew_at:  # a long batch: keep what is left of it ours
                    still = {delivery.id for delivery in await self._lease([d.id for d in queue])}
                    queue = [delivery for delivery in queue if delivery.id in still]
                    renew_at = now() + LEASE_SECONDS // 2
                    continue
                delivery = queue.pop(0)
                if delivery.guild_id not in read:
                    read[delivery.guild_id] = await get_settings(
                        self.bot.db, delivery.guild_id, self.bot.config.defaults
                    )
                if any(superseded(delivery.owed, later.owed) for later in queue):
                    # Shown on the alert this closes, if it had one.
                    dropped = self._language(delivery, read[delivery.guild_id])("deliveries-dropped-superseded")
                    await deliveries.complete(self.bot.db, delivery, now=now(), dropped=dropped)
                    unfinished.remove(delivery.id)
                    continue
                with self.reserving() as next_owed:
                    outcome = await self._carry(delivery, read[delivery.guild_id], member, watched, click)
                    followups, next_owed.ids = next_owed.ids, []
                unfinished.remove(delivery.id)
                carried.outcomes.append((delivery, outcome))
                if hold_followups:
                    carried.followups += followups
                    unfinished += followups
                elif followups:
                    mine += self._take(followups)
                    unfinished += followups
                    queue += await self._lease(followups)
            return carried
        except BaseException:
            self.hand_over(unfinished)
            raise
        finally:
            self._carrying.difference_update(mine)

    def _take(self, ids: list[int]) -> list[int]:
        """Mark these as carried by the caller (and no longer the worker's to start)."""
        self._ready = [i for i in self._ready if i not in ids]
        self._carrying.update(ids)
        return ids

    async def _lease(self, ids: list[int]) -> list[Delivery]:
        """These deliveries as this process holds them, in order: what it just wrote or claimed as it was, the
        rest taken from the database (renewing their leases)."""
        held = {i: self._held.pop(i) for i in ids if i in self._held}
        rest = [i for i in ids if i not in held]
        taken = await deliveries.take(self.bot.db, rest, carrier=self.bot.db.carrier, now=now()) if rest else []
        held |= {delivery.id: delivery for delivery in taken}
        return [held[i] for i in ids if i in held]

    async def _carry(
        self,
        delivery: Delivery,
        settings: GuildSettings,
        member: discord.Member | None,
        watched: bool,
        click: FirstResponse | None,
    ) -> Outcome:
        guild = self.bot.get_guild(delivery.guild_id)
        handler = self.handlers.get(type(delivery.owed))
        if guild is None or handler is None:
            # Not one of this bot's guilds (it left, or it is unavailable), or no extension carries the kind.
            return await self._failed(delivery, settings, words("deliveries-failed-no-carrier"))
        async with self._admissions.holding(admission_of(delivery.owed)):
            try:
                job = Job(self.bot, guild, delivery, settings, member, watched, click)
                return await carry_one(job, handler)
            except Exception:
                # A bug or a failing database: recorded as a failure, so it is retried later, not at once.
                log.exception("carrying delivery %s (%s) failed", delivery.id, type(delivery.owed).__name__)
                return await self._failed(delivery, settings, UNEXPECTED)

    def _language(self, delivery: Delivery, settings: GuildSettings) -> Catalog:
        """The server's language, for what the moderators may read about this delivery: the one chosen for the
        server, else its preferred locale (the chosen one, else English, if this bot cannot see the server)."""
        return server_language(self.bot, self.bot.get_guild(delivery.guild_id), settings)

    async def _failed(self, delivery: Delivery, settings: GuildSettings, detail: Words) -> Failed:
        error = detail(self._language(delivery, settings))
        await deliveries.fail(self.bot.db, delivery, carrier=self.bot.db.carrier, error=error, now=now())
        return Failed(Fault.TRANSIENT, detail)

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            self._told = float("inf")  # what was told before this look, the look sees
            try:
                busy, next_due = await self._round()
            except Exception:
                log.exception("the delivery worker failed; starting over in %s s", RESTART_SECONDS)
                # What the failed round handed back is tried after the pause too, not at once, in a loop.
                self._told, busy, next_due = float("inf"), False, now() + RESTART_SECONDS
            if not busy:
                await self._sleep_until(next_due)

    async def _round(self) -> tuple[bool, int | None]:
        """Carry what is ready, else what is due; whether there was any, and when the next falls due."""
        if self._ready:
            await self.carry(self._ready[:])
            return True, None
        claimed, next_due = await deliveries.claim_due(self.bot.db, carrier=self.bot.db.carrier, now=now(), limit=BATCH)
        if claimed:
            self._held.update((d.id, d) for d in claimed if d.id not in self._carrying)
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
            if not self._woken or self._stopping or task is None:
                raise  # stop(), even if a wake came in the same step
            task.uncancel()
        finally:
            self._nap_until, self._woken = None, False

    def _wake(self, due: int) -> None:
        """Something falls due at `due`: cut the nap short if it would sleep past it (or see to it before napping)."""
        self._told = min(self._told, due)
        if self._task is not None and self._nap_until is not None and not self._woken and due < self._nap_until:
            self._woken = True
            self._task.cancel()


def _report_end(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("the delivery worker stopped", exc_info=task.exception())
