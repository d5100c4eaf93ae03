"""What one process commits wakes the others at once: PostgreSQL's NOTIFY, and one LISTEN connection per bot.

A process's own worker learns of its commits through `on_commit` (core.repositories). Another process's
worker would only see them at its next look, and an idle worker makes none (SPEC section 9: nothing
polls). So a transaction that owes what this process will not carry itself (the dashboard's own process
carries nothing; a bot carries only its shards' guilds) also NOTIFYs `CHANNEL`, inside the transaction:
PostgreSQL delivers a notification only when its transaction commits, and never one that rolled back.

Each bot process holds one connection outside the pool that LISTENs (`Listener`), and reports what it
hears for its own shards' guilds as if its own commit owed it. LISTEN is not a query: an idle bot still
sends nothing. Notifications sent while the connection is down are lost, so after reconnecting the
listener reports the earliest delivery its shards are owed, and the worker looks at once if it is due.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import asyncpg

from bot.core.deliveries import Owing
from bot.core.shards import Shards
from bot.store.sql.deliveries import held

if TYPE_CHECKING:
    from bot.store.postgres.connection import RawConnection

log = logging.getLogger(__name__)

CHANNEL = "doorman_deliveries"
CONNECT_TIMEOUT_SECONDS = 10.0
# After a drop: at once (a killed connection), then pauses growing to this (a server restarting).
RECONNECT_CAP_SECONDS = 30.0
# The server probes the idle connection (TCP, not a query): a firewall or NAT that forgets idle connections
# keeps this one, and a client that vanished is noticed by the server. Ignored over a unix socket.
KEEPALIVE = {"tcp_keepalives_idle": "60", "tcp_keepalives_interval": "10", "tcp_keepalives_count": "6"}
EARLIEST = "SELECT id, guild_id, due_at FROM deliveries WHERE stopped_at IS NULL AND lease_owner IS NULL"


def announcements(owing: list[Owing], origin: str) -> list[str]:
    """The payloads telling of `owing`: per guild, its earliest delivery, as "origin guild_id due_at id".

    One per guild is enough: the worker that hears it claims whatever of that guild is due when it looks.
    """
    earliest: dict[int, Owing] = {}
    for item in owing:
        if item.guild_id not in earliest or item.due_at < earliest[item.guild_id].due_at:
            earliest[item.guild_id] = item
    return [f"{origin} {item.guild_id} {item.due_at} {item.id}" for item in earliest.values()]


async def announce(conn: RawConnection, payloads: list[str]) -> None:
    """NOTIFY each payload, as part of the transaction `conn` is in: one round trip however many."""
    await conn.execute("SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload", CHANNEL, payloads)


def heard(payload: str, origin: str, shards: Shards) -> Owing | None:
    """What a notification tells this process: a delivery on its shards, from another process; else None."""
    try:
        sender, guild_id, due_at, delivery_id = payload.split(" ")
        owing = Owing(int(delivery_id), int(guild_id), int(due_at), leased=False)
    except ValueError:
        log.warning("ignoring a notification on %s that is not Doorman's: %r", CHANNEL, payload[:100])
        return None
    return owing if sender != origin and shards.holds(owing.guild_id) else None


class Listener:
    """The LISTEN connection of one process, from `start()` to `stop()`. Runs on the driver's loop.

    Invariants:
    - At most one connection, outside the pool (a pooled one would stop listening when released).
    - Once `start()` returns, every later commit that NOTIFYs reaches `tell`, until the connection drops.
    - After a drop it connects again, at once and then with growing pauses, until `stop()`; once listening
      again it tells of the earliest delivery its shards are owed, standing for what it may have missed.
    """

    def __init__(self, dsn: str, pool: asyncpg.Pool, shards: Shards, origin: str, tell: Callable[[Owing], None]):
        self._dsn = dsn
        self._pool = pool
        self._shards = shards
        self._origin = origin
        self._tell = tell  # called on the driver's loop
        self._conn: asyncpg.Connection | None = None
        self._reconnecting: asyncio.Task[None] | None = None
        self._stopped = False

    async def start(self) -> None:
        """Listen; raises what connecting raised."""
        await self._listen()

    async def stop(self) -> None:
        self._stopped = True
        if self._reconnecting is not None:
            self._reconnecting.cancel()
            await asyncio.gather(self._reconnecting, return_exceptions=True)
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                await conn.close(timeout=CONNECT_TIMEOUT_SECONDS)
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError):
                conn.terminate()

    async def _listen(self) -> None:
        conn = await asyncpg.connect(self._dsn, timeout=CONNECT_TIMEOUT_SECONDS, server_settings=KEEPALIVE)
        try:
            await conn.add_listener(CHANNEL, self._notified)
        except BaseException:
            conn.terminate()
            raise
        conn.add_termination_listener(self._lost)
        self._conn = conn

    def _notified(self, conn: object, pid: int, channel: str, payload: object) -> None:
        owing = heard(str(payload), self._origin, self._shards)
        if owing is not None:
            self._tell(owing)

    def _lost(self, conn: object) -> None:
        if self._stopped:
            return
        log.warning("the connection listening for other processes' commits dropped; connecting again")
        self._conn = None
        self._reconnecting = asyncio.get_running_loop().create_task(self._reconnect())

    async def _reconnect(self) -> None:
        pause = 0.0
        while not self._stopped:
            await asyncio.sleep(pause)
            try:
                await self._listen()
                earliest = await self._earliest()
            except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, TimeoutError) as error:
                log.warning("listening again failed (%s); trying again in %.0f s", error, pause)
                if self._conn is not None:  # listening, but the look failed: this loop tries both again
                    conn, self._conn = self._conn, None
                    conn.remove_termination_listener(self._lost)
                    conn.terminate()
                pause = min(RECONNECT_CAP_SECONDS, max(1.0, pause * 2))
                continue
            log.info("listening for other processes' commits again")
            if earliest is not None:
                self._tell(earliest)
            return

    async def _earliest(self) -> Owing | None:
        """The earliest delivery owed to this process's shards that nobody holds (what it may have missed)."""
        on_shards, shard_args = held(self._shards, 1)
        row = await self._pool.fetchrow(EARLIEST + on_shards + " ORDER BY due_at LIMIT 1", *shard_args)
        return None if row is None else Owing(row["id"], row["guild_id"], row["due_at"], leased=False)
