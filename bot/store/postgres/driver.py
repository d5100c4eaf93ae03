"""asyncpg on an event loop of its own, in a thread, reached from the bot's loop through executor jobs.

Why not on the bot's loop: a transaction awaiting its socket there is, to the event loop, a task waiting
on something unknown; a simulated Discord (SimCord, on which every test runs) can then only notice its
end at its next poll, or at the end of some task, and scans every task each time. Measured: 200 newcomers
redeeming at once took 24 to 48 s that way, against 4 s on SQLite, whose transactions are executor jobs
on a thread of their own (bot/store/sqlite/database.py), whose end the loop knows at once. So PostgreSQL
is reached the same way: each transaction is one executor job that waits for the coroutine running on
the driver's loop. The cost is a thread hop each way, as for SQLite.

The coroutines sent here are a transaction's work: they touch nothing outside their transaction (no
Discord, no state of the bot's loop), which is what makes running them on another loop safe.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from collections.abc import Coroutine
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any, TypeVar

T = TypeVar("T")


class Driver:
    """The driver's loop and thread, and the executor whose jobs wait for it, from creation to `stop()`."""

    def __init__(self, concurrency: int) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="doorman-postgres", daemon=True)
        self._thread.start()
        # One waiting job per transaction in flight: as many as the pool has connections; the rest queue here.
        self._waiters = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="doorman-postgres-wait")
        self._running: set[Future[Any]] = set()  # sent by run() and not finished

    async def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run `coroutine` on the driver's loop and return its result.

        A caller cancelled meanwhile leaves it to finish: a transaction is committed or rolled back whole.
        """
        running: Future[T] = Future()
        self._running.add(running)
        running.add_done_callback(self._running.discard)

        async def guarded() -> T:
            try:
                return await coroutine
            except (SystemExit, KeyboardInterrupt) as stopping:
                # Re-raised on the driver's loop they would end its thread, and every caller would wait
                # forever: they are the caller's to act on.
                raise _Stopping(stopping) from stopping

        def start() -> None:
            task = self._loop.create_task(guarded())
            task.add_done_callback(lambda done: _hand_over(done, running))

        # In a fresh context: the caller's may carry a simulated clock's markers (SimCord's), which must not
        # follow the driver's own timers and timeouts onto its loop.
        self._loop.call_soon_threadsafe(start, context=contextvars.Context())
        waiting = asyncio.get_running_loop().run_in_executor(self._waiters, running.result)
        try:
            return await asyncio.shield(waiting)
        except _Stopping as stopping:
            raise stopping.stopping from None

    async def drain(self) -> None:
        """Wait until everything sent so far, and anything sent meanwhile, has finished (however it ended)."""
        while self._running:
            await asyncio.get_running_loop().run_in_executor(None, wait, list(self._running))

    def stop(self) -> None:
        """Stop the loop (after what `run` sent has finished) and let the threads go. Idempotent."""
        if self._loop.is_closed():
            return
        self._waiters.shutdown(wait=True)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()
        self._loop.close()


class _Stopping(Exception):
    """SystemExit or KeyboardInterrupt raised by a coroutine on the driver's loop, carried to its caller."""

    def __init__(self, stopping: SystemExit | KeyboardInterrupt) -> None:
        super().__init__(stopping)
        self.stopping = stopping


def _hand_over(done: asyncio.Task[T], running: Future[T]) -> None:
    if done.cancelled():
        running.cancel()
    elif (error := done.exception()) is not None:
        running.set_exception(error)
    else:
        running.set_result(done.result())
