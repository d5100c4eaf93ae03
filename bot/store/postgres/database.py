"""PostgreSQL through an asyncpg pool: the database several Doorman processes share.

Isolation. Every transaction is SERIALIZABLE: PostgreSQL then guarantees what the rules assume
(core.repositories), that each transaction behaves as if it ran alone. The rules read, decide, then
write: a code's remaining uses, a member's quota window (a count of rows, which row locks could not
protect: a concurrent insert is a phantom), a request still awaiting a decision, a delivery's lease.
Under SERIALIZABLE, two processes that interleave on the same facts cannot both commit: one gets a
serialization failure and its work runs again from the start on what the other committed. That is
why a transaction's work touches nothing outside it. No explicit lock is taken; conflicts are found
per index page read (predicate locks), so transactions retry each other when they read and write the
same pages, not only the same rows: a raid's newcomers, whose IDs sort together, meet on the last page
of the admissions indexes. Measured (benchmarks/processes.py), about 2.6 retries per redemption with 100
at once in one process, the reason PostgreSQL serves a raid several times slower than SQLite here.

Retries. A serialization failure or a deadlock runs the work again, up to RETRIES times: at once and
alone in this process first (conflicts.py), then after a random pause that grows with each try (it runs
on the driver's own loop, where no simulated clock sees it). Anything else propagates after the rollback.
Of transactions that all conflict with each other (a raid's failed redemptions all count the guild's
failures) at least one commits per round, so across processes the last may need about as many tries as
there are connections in all their pools: 4 processes needed up to about 45 (tests/postgres).

asyncpg runs on a loop of its own, in a thread (driver.py); each transaction is one executor job for
the bot's loop, as SQLite's are. The deliveries a commit owes are reported in the caller's own context,
as SQLite's database does. What other processes commit for this process's shards is reported through the
same hook once `listen()` has been called (notifications.py).
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import random
import secrets
from collections.abc import Callable
from typing import TypeVar

import asyncpg

from bot.core.deliveries import Owing
from bot.core.repositories import Work
from bot.core.shards import ONE_PROCESS, Shards, carrier_name
from bot.store.errors import DatabaseUnusable
from bot.store.postgres.conflicts import ConflictGate
from bot.store.postgres.connection import PostgresConnection
from bot.store.postgres.driver import Driver
from bot.store.postgres.migrations import migrate
from bot.store.postgres.notifications import Listener, announce, announcements
from bot.store.postgres.url import PostgresUrl
from bot.store.sql.transaction import SqlTransaction

log = logging.getLogger(__name__)

T = TypeVar("T")

# Connections per process. A transaction holds one only while it runs; a raid's redemptions queue here.
POOL_SIZE = 10
RETRIES = 100  # several processes' pools together, with room to spare
BACKOFF_CAP_SECONDS = 0.1
CONNECT_TIMEOUT_SECONDS = 10.0
# Raised when a transaction conflicts with a concurrent one: run it again.
_CONFLICTS = (asyncpg.SerializationError, asyncpg.DeadlockDetectedError)


class PostgresDatabase:
    """The pool, from `open()` to `close()`. The schema is at the newest migration before `open()` returns.

    A process that `carries` deliveries (a bot) leases what it owes at once for its own shards' guilds and
    tries it itself; one that does not (the dashboard's own process) leases nothing. Either way, what it owes
    that it will not carry itself is announced to the other processes (notifications.py).
    """

    def __init__(self, driver: Driver, pool: asyncpg.Pool, url: PostgresUrl, shards: Shards, carries: bool) -> None:
        self._driver = driver
        self._pool = pool
        self.url = url
        self.shards = shards
        self.carrier = carrier_name(shards)
        self.on_commit: Callable[[list[Owing]], None] | None = None
        self._carries = carries
        self._origin = secrets.token_hex(8)  # this database object's name in its notifications
        self._listener: Listener | None = None
        self._gate = ConflictGate(POOL_SIZE)  # used on the driver's loop only
        self._closed = False

    @classmethod
    async def open(cls, url: PostgresUrl, shards: Shards = ONE_PROCESS, *, carries: bool = True) -> PostgresDatabase:
        """Connect and migrate; DatabaseUnusable, saying why, if the server cannot be used."""
        driver = Driver(POOL_SIZE)
        try:
            return await driver.run(cls._connect(driver, url, shards, carries))
        except BaseException:
            driver.stop()
            raise

    @classmethod
    async def _connect(cls, driver: Driver, url: PostgresUrl, shards: Shards, carries: bool) -> PostgresDatabase:
        """On the driver's loop: the pool, and the schema brought up to date."""
        try:
            pool = await asyncpg.create_pool(
                url.dsn,
                min_size=1,
                max_size=POOL_SIZE,
                timeout=CONNECT_TIMEOUT_SECONDS,
                # An idle connection is kept, not closed on a timer: a timer would wake an idle bot.
                max_inactive_connection_lifetime=0,
                reset=_nothing_to_reset,
            )
        except (TimeoutError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as error:
            raise DatabaseUnusable(str(url), _said(error)) from error
        try:
            async with pool.acquire() as conn:
                await migrate(conn, str(url))
        except BaseException as error:
            await pool.close()
            if isinstance(error, asyncpg.PostgresError):
                raise DatabaseUnusable(str(url), _said(error)) from error
            raise
        return cls(driver, pool, url, shards, carries)

    async def transaction(self, work: Work[T]) -> T:
        """Run `work(tx)` as one serializable transaction and return its result, once it is committed.

        If `work` raises, everything it wrote is rolled back and the exception propagates.
        """
        if self._closed:
            raise ValueError("no active connection: the database is closed")
        result, owing = await self._driver.run(self._serializable(work))
        if owing and self.on_commit is not None:
            self.on_commit(owing)  # in the caller's context: a reservation it holds takes what is owed
        return result

    async def _serializable(self, work: Work[T]) -> tuple[T, list[Owing]]:
        """On the driver's loop: run `work` until it commits without a conflict."""
        for attempt in range(1, RETRIES + 1):
            try:
                turn = self._gate.together() if attempt == 1 else self._gate.alone()
                async with turn, self._pool.acquire() as conn, conn.transaction(isolation="serializable"):
                    tx = SqlTransaction(PostgresConnection(conn), self.carrier if self._carries else None, self.shards)
                    result = await work(tx)
                    if told := announcements([o for o in tx.owing if self._announces(o)], self._origin):
                        await announce(conn, told)  # delivered on COMMIT, and only then
                return result, tx.owing
            except _CONFLICTS as conflict:
                if attempt == RETRIES:
                    raise
                log.debug("transaction conflicted (%s); running it again (attempt %d)", conflict.sqlstate, attempt)
                # The first retry at once, alone in this process (conflicts.py): what it conflicted with has
                # committed. A conflict again is with another process's transactions: wait a random while,
                # growing with each try, so that processes stop meeting in step.
                if attempt > 1:
                    await asyncio.sleep(random.uniform(0, min(BACKOFF_CAP_SECONDS, 0.001 * 2**attempt)))
        raise AssertionError("unreachable")

    def _announces(self, owing: Owing) -> bool:
        """Whether other processes must hear of this: what nobody holds, unless this process's worker carries it."""
        return not owing.leased and not (self._carries and self.shards.holds(owing.guild_id))

    async def listen(self) -> None:
        """From now on, also report through `on_commit` what other processes commit for this process's shards.

        Reported on the caller's loop, as a commit of its own would be. DatabaseUnusable if it cannot listen.
        """
        loop = asyncio.get_running_loop()

        def tell(owing: Owing) -> None:  # on the driver's loop; a notification belongs to no caller's context
            loop.call_soon_threadsafe(self._heard, owing, context=contextvars.Context())

        listener = Listener(self.url.dsn, self._pool, self.shards, self._origin, tell)
        try:
            await self._driver.run(listener.start())
        except (TimeoutError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
            raise DatabaseUnusable(str(self.url), _said(error)) from error
        self._listener = listener

    def _heard(self, owing: Owing) -> None:
        if self.on_commit is not None and not self._closed:
            self.on_commit([owing])

    async def close(self) -> None:
        """Stop listening, wait for the transactions in flight, then close the pool. Idempotent."""
        if self._closed:
            return
        self._closed = True
        if self._listener is not None:
            await self._driver.run(self._listener.stop())
        await self._driver.drain()  # those queued for a connection too, as SQLite's close() commits what is queued
        await self._driver.run(self._pool.close())
        await asyncio.get_running_loop().run_in_executor(None, self._driver.stop)


async def _nothing_to_reset(conn: asyncpg.Connection) -> None:
    """A connection goes back to the pool as it came: transactions change no session state (no SET, LISTEN or
    session lock), and the pool has rolled back any open transaction already. asyncpg's default reset would
    send RESET ALL and more after every transaction, a round trip each."""


def _said(error: BaseException) -> str:
    return str(error) or type(error).__name__
