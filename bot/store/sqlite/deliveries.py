"""Deliveries in SQLite: what is owed to Discord, its schedule, its alert and its lease."""

from __future__ import annotations

import sqlite3

from bot.core.deliveries import LEASE_SECONDS, Delivery, Owing
from bot.core.owed import Owed, admission_of, decode, encode
from bot.core.posts import Posted

_SELECT = (
    "SELECT id, guild_id, kind, payload, created_at, due_at, attempts, tried_at, failing_since, last_error,"
    " alert_channel_id, alert_message_id, stopped_at FROM deliveries"
)
# Claimable: not stopped, and either unleased or leased by someone whose lease ran out.
_CLAIMABLE = "stopped_at IS NULL AND (lease_owner IS NULL OR lease_until <= :now)"
DUE = _SELECT + " WHERE due_at <= :now AND " + _CLAIMABLE + " ORDER BY due_at, id LIMIT :limit"
# When something becomes claimable: the next due time, or the next lease to end. A lease of this
# carrier's own counts too: one whose attempt was cut short in this process is taken back when it ends.
NEXT_DUE = "SELECT due_at FROM deliveries WHERE stopped_at IS NULL AND lease_owner IS NULL ORDER BY due_at LIMIT 1"
NEXT_LEASE_END = "SELECT MIN(lease_until) FROM deliveries WHERE lease_owner IS NOT NULL AND stopped_at IS NULL"
OF_ADMISSION = _SELECT + " WHERE admission_id = ? ORDER BY id"


def _delivery(row: sqlite3.Row) -> Delivery:
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


class SqliteDeliveries:
    def __init__(self, conn: sqlite3.Connection, carrier: str, owing: list[Owing]) -> None:
        self._conn = conn
        self._carrier = carrier
        self._owing = owing  # what this transaction adds or reschedules, reported after its commit

    async def add(self, guild_id: int, owed: Owed, *, now: int, due_at: int) -> int:
        kind, payload = encode(owed)
        leased = due_at <= now
        cursor = self._conn.execute(
            "INSERT INTO deliveries"
            " (guild_id, kind, payload, admission_id, created_at, due_at, tried_at, lease_owner, lease_until)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                guild_id,
                kind,
                payload,
                admission_of(owed),
                now,
                due_at,
                now if leased else None,
                self._carrier if leased else None,
                now + LEASE_SECONDS if leased else None,
            ),
        )
        delivery_id = cursor.lastrowid
        assert delivery_id is not None
        written = None
        if leased:  # as a read would return it: no attempt before this one
            written = Delivery(
                delivery_id, guild_id, owed, now, due_at, attempts=0, tried_at=None, failing_since=None,
                last_error=None, alert=None, stopped_at=None,
            )  # fmt: skip
        self._owing.append(Owing(delivery_id, due_at, leased, written))
        return delivery_id

    async def get(self, delivery_id: int) -> Delivery | None:
        row = self._conn.execute(_SELECT + " WHERE id = ?", (delivery_id,)).fetchone()
        return None if row is None else _delivery(row)

    async def of_admission(self, admission_id: int) -> list[Delivery]:
        return [_delivery(row) for row in self._conn.execute(OF_ADMISSION, (admission_id,))]

    async def delete(self, delivery_id: int) -> None:
        self._conn.execute("DELETE FROM deliveries WHERE id = ?", (delivery_id,))

    async def take(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> Delivery | None:
        row = self._conn.execute(_SELECT + " WHERE id = ? AND lease_owner = ?", (delivery_id, carrier)).fetchone()
        if row is None:
            return None
        self._conn.execute(
            "UPDATE deliveries SET tried_at = ?, lease_until = ? WHERE id = ?", (now, lease_until, delivery_id)
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
        changed = self._conn.execute(
            "UPDATE deliveries SET attempts = ?, failing_since = ?, last_error = ?, due_at = ?, stopped_at = ?,"
            " alert_channel_id = ?, alert_message_id = ?, tried_at = NULL, lease_owner = NULL, lease_until = NULL"
            " WHERE id = ? AND lease_owner = ?",
            (
                attempts,
                failing_since,
                last_error,
                due_at,
                stopped_at,
                alert and alert.channel_id,
                alert and alert.message_id,
                delivery_id,
                carrier,
            ),
        )
        if changed.rowcount == 1 and stopped_at is None:
            self._owing.append(Owing(delivery_id, due_at, leased=False))
        return changed.rowcount == 1

    async def set_alert(self, delivery_id: int, alert: Posted) -> None:
        self._conn.execute(
            "UPDATE deliveries SET alert_channel_id = ?, alert_message_id = ? WHERE id = ?",
            (alert.channel_id, alert.message_id, delivery_id),
        )

    async def claim_due(self, *, carrier: str, now: int, lease_until: int, limit: int) -> list[Delivery]:
        claimed = [_delivery(row) for row in self._conn.execute(DUE, {"now": now, "limit": limit}).fetchall()]
        self._conn.executemany(
            "UPDATE deliveries SET lease_owner = ?, lease_until = ?, tried_at = ? WHERE id = ?",
            [(carrier, lease_until, now, delivery.id) for delivery in claimed],
        )
        return claimed

    async def next_due(self) -> int | None:
        due = self._conn.execute(NEXT_DUE).fetchone()
        lease_end = self._conn.execute(NEXT_LEASE_END).fetchone()[0]
        times = [int(t) for t in (due[0] if due else None, lease_end) if t is not None]
        return min(times, default=None)

    async def resume(self, *, carrier: str, now: int) -> None:
        self._conn.execute(
            "UPDATE deliveries SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = ?", (carrier,)
        )
        # What was failing is tried again now (timers keep their time).
        self._conn.execute(
            "UPDATE deliveries SET due_at = ? WHERE stopped_at IS NULL AND failing_since IS NOT NULL AND due_at > ?",
            (now, now),
        )

    async def revive(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> bool:
        changed = self._conn.execute(
            "UPDATE deliveries SET stopped_at = NULL, attempts = 0, failing_since = NULL, due_at = ?,"
            " lease_owner = ?, lease_until = ?"
            " WHERE id = ? AND (lease_owner IS NULL OR lease_owner = ? OR lease_until <= ?)",
            (now, carrier, lease_until, delivery_id, carrier, now),
        )
        if changed.rowcount != 1:
            return False
        self._owing.append(Owing(delivery_id, now, leased=True))
        return True
