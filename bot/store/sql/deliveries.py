"""Deliveries: what is owed to Discord, its schedule, its alert and its lease.

Only the guilds on the process's shards (core.shards) are claimed, awaited or resumed here; what
another process's shards hold is theirs. A process running every shard reads no filter at all.
"""

from __future__ import annotations

from bot.core.deliveries import LEASE_SECONDS, Delivery, Owing
from bot.core.owed import Owed, admission_of, decode, encode
from bot.core.posts import Posted
from bot.core.shards import Shards
from bot.store.sql.connection import Connection, Row, placeholders

_SELECT = (
    "SELECT id, guild_id, kind, payload, created_at, due_at, attempts, tried_at, failing_since, last_error,"
    " alert_channel_id, alert_message_id, stopped_at FROM deliveries"
)
# Claimable: not stopped, and either unleased or leased by someone whose lease ran out.
_CLAIMABLE = "stopped_at IS NULL AND (lease_owner IS NULL OR lease_until <= $1)"
DUE = _SELECT + " WHERE due_at <= $1 AND " + _CLAIMABLE
# When something becomes claimable: the next due time, or the next lease to end. A lease of this
# carrier's own counts too: one whose attempt was cut short in this process is taken back when it ends.
NEXT_DUE = "SELECT due_at FROM deliveries WHERE stopped_at IS NULL AND lease_owner IS NULL"
NEXT_LEASE_END = "SELECT MIN(lease_until) FROM deliveries WHERE lease_owner IS NOT NULL AND stopped_at IS NULL"
OF_ADMISSION = _SELECT + " WHERE admission_id = $1 ORDER BY id"


def _delivery(row: Row) -> Delivery:
    return Delivery(
        id=row["id"],
        guild_id=row["guild_id"],
        owed=decode(row["kind"], row["payload"]),
        created_at=row["created_at"],
        due_at=row["due_at"],
        attempts=row["attempts"],
        tried_at=row["tried_at"],
        failing_since=row["failing_since"],
        last_error=row["last_error"],
        alert=Posted.of(row["alert_channel_id"], row["alert_message_id"]),
        stopped_at=row["stopped_at"],
    )


def held(shards: Shards, first: int) -> tuple[str, tuple[int, ...]]:
    """The condition " AND the guild is on one of `shards`", numbering its parameters from `first`; empty for all."""
    if shards.all:
        return "", ()
    ids = placeholders(first + 1, len(shards.ids))
    return f" AND ((guild_id >> 22) % ${first}) IN ({ids})", (shards.count, *shards.ids)


class SqlDeliveries:
    def __init__(self, conn: Connection, carrier: str | None, shards: Shards, owing: list[Owing]) -> None:
        self._conn = conn
        self._carrier = carrier  # None: this process carries nothing (the dashboard's own process)
        self._shards = shards
        self._owing = owing  # what this transaction adds or reschedules, reported after its commit

    async def add(self, guild_id: int, owed: Owed, *, now: int, due_at: int) -> int:
        kind, payload = encode(owed)
        # Leased to this process to try at once only if it carries the guild: a dashboard's process, or a bot
        # deciding for a guild on another process's shard, leaves it for that process to claim.
        leased = self._carrier is not None and due_at <= now and self._shards.holds(guild_id)
        row = await self._conn.fetchrow(
            "INSERT INTO deliveries"
            " (guild_id, kind, payload, admission_id, created_at, due_at, tried_at, lease_owner, lease_until)"
            " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
            guild_id,
            kind,
            payload,
            admission_of(owed),
            now,
            due_at,
            now if leased else None,
            self._carrier if leased else None,
            now + LEASE_SECONDS if leased else None,
        )
        assert row is not None
        delivery_id = int(row[0])
        written = None
        if leased:  # as a read would return it: no attempt before this one
            written = Delivery(
                delivery_id, guild_id, owed, now, due_at, attempts=0, tried_at=None, failing_since=None,
                last_error=None, alert=None, stopped_at=None,
            )  # fmt: skip
        self._owing.append(Owing(delivery_id, guild_id, due_at, leased, written))
        return delivery_id

    async def get(self, delivery_id: int) -> Delivery | None:
        row = await self._conn.fetchrow(_SELECT + " WHERE id = $1", delivery_id)
        return None if row is None else _delivery(row)

    async def of_admission(self, admission_id: int) -> list[Delivery]:
        return [_delivery(row) for row in await self._conn.fetch(OF_ADMISSION, admission_id)]

    async def delete(self, delivery_id: int) -> None:
        await self._conn.execute("DELETE FROM deliveries WHERE id = $1", delivery_id)

    async def take(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> Delivery | None:
        row = await self._conn.fetchrow(_SELECT + " WHERE id = $1 AND lease_owner = $2", delivery_id, carrier)
        if row is None:
            return None
        await self._conn.execute(
            "UPDATE deliveries SET tried_at = $1, lease_until = $2 WHERE id = $3", now, lease_until, delivery_id
        )
        return _delivery(row)

    async def failed(
        self,
        delivery_id: int,
        *,
        carrier: str,
        attempts: int,
        failing_since: int,
        last_error: str,
        due_at: int,
        stopped_at: int | None,
        alert: Posted | None,
    ) -> bool:
        changed = await self._conn.fetchrow(
            "UPDATE deliveries SET attempts = $1, failing_since = $2, last_error = $3, due_at = $4, stopped_at = $5,"
            " alert_channel_id = $6, alert_message_id = $7, tried_at = NULL, lease_owner = NULL, lease_until = NULL"
            " WHERE id = $8 AND lease_owner = $9 RETURNING guild_id",
            attempts,
            failing_since,
            last_error,
            due_at,
            stopped_at,
            alert and alert.channel_id,
            alert and alert.message_id,
            delivery_id,
            carrier,
        )
        if changed is None:
            return False
        if stopped_at is None:
            self._owing.append(Owing(delivery_id, int(changed[0]), due_at, leased=False))
        return True

    async def set_alert(self, delivery_id: int, alert: Posted) -> None:
        await self._conn.execute(
            "UPDATE deliveries SET alert_channel_id = $1, alert_message_id = $2 WHERE id = $3",
            alert.channel_id, alert.message_id, delivery_id,
        )  # fmt: skip

    async def claim_due(self, *, carrier: str, now: int, lease_until: int, limit: int) -> list[Delivery]:
        on_shards, shard_args = held(self._shards, 3)
        rows = await self._conn.fetch(DUE + on_shards + " ORDER BY due_at, id LIMIT $2", now, limit, *shard_args)
        claimed = [_delivery(row) for row in rows]
        if claimed:
            await self._conn.execute(
                "UPDATE deliveries SET lease_owner = $1, lease_until = $2, tried_at = $3 WHERE id IN ("
                + placeholders(4, len(claimed))
                + ")",
                carrier, lease_until, now, *(delivery.id for delivery in claimed),
            )  # fmt: skip
        return claimed

    async def next_due(self) -> int | None:
        on_shards, shard_args = held(self._shards, 1)
        due = await self._conn.fetchrow(NEXT_DUE + on_shards + " ORDER BY due_at LIMIT 1", *shard_args)
        lease_end = await self._conn.fetchrow(NEXT_LEASE_END + on_shards, *shard_args)
        times = [int(row[0]) for row in (due, lease_end) if row is not None and row[0] is not None]
        return min(times, default=None)

    async def resume(self, *, carrier: str, now: int) -> None:
        await self._conn.execute(
            "UPDATE deliveries SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = $1", carrier
        )
        # What was failing is tried again now (timers keep their time).
        on_shards, shard_args = held(self._shards, 2)
        await self._conn.execute(
            "UPDATE deliveries SET due_at = $1 WHERE stopped_at IS NULL AND failing_since IS NOT NULL AND due_at > $1"
            + on_shards,
            now,
            *shard_args,
        )

    async def revive(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> bool:
        changed = await self._conn.fetchrow(
            "UPDATE deliveries SET stopped_at = NULL, attempts = 0, failing_since = NULL, due_at = $1,"
            " lease_owner = $2, lease_until = $3"
            " WHERE id = $4 AND (lease_owner IS NULL OR lease_owner = $2 OR lease_until <= $1) RETURNING guild_id",
            now, carrier, lease_until, delivery_id,
        )  # fmt: skip
        if changed is None:
            return False
        self._owing.append(Owing(delivery_id, int(changed[0]), now, leased=True))
        return True
