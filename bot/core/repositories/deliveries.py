"""What is owed to Discord (SPEC section 9): deliveries and timers, leased to one carrier at a time."""

from __future__ import annotations

from typing import Protocol

from bot.core.deliveries import Delivery
from bot.core.owed import Owed
from bot.core.posts import Posted


class DeliveryRepository(Protocol):
    """What is owed to Discord (core.deliveries). A lease names who carries a delivery and until when."""

    async def add(self, guild_id: int, owed: Owed, *, now: int, due_at: int) -> int:
        """Owe it; its ID. One due by `now` is leased at once to the committing process, which tries it at once
        (so it is marked tried as it is written, and reported with the commit as written: Owing.written)."""
        ...

    async def get(self, delivery_id: int) -> Delivery | None: ...

    async def of_admission(self, admission_id: int) -> list[Delivery]:
        """What is still owed about an admission, oldest first."""
        ...

    async def delete(self, delivery_id: int) -> None: ...

    async def take(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> Delivery | None:
        """An attempt by `carrier` begins: mark it tried and renew the lease; the delivery as it was before.

        None unless `carrier` holds it (another process may have taken over an expired lease).
        failed() or delete() records how the attempt ended.
        """
        ...

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
        """Record a failed attempt and when to try again (or that it stopped); its lease ends.

        Only if `carrier` still holds it: whether it did.
        """
        ...

    async def set_alert(self, delivery_id: int, alert: Posted) -> None: ...

    async def claim_due(self, *, carrier: str, now: int, lease_until: int, limit: int) -> list[Delivery]:
        """Lease to `carrier` the oldest deliveries due by `now` that nobody holds (or whose lease ran out), of the
        database's shards, and mark them tried, as take() does: their attempts begin at once. Each as it was before."""
        ...

    async def next_due(self) -> int | None:
        """When the next delivery of the database's shards falls due or its lease ends (None: nothing is owed)."""
        ...

    async def resume(self, *, carrier: str, now: int) -> None:
        """`carrier` starts: free what it held, and make what its shards owe that is failing (not stopped) due now."""
        ...

    async def revive(self, delivery_id: int, *, carrier: str, now: int, lease_until: int) -> bool:
        """Retry: due now with a fresh 7 days, leased to `carrier` unless another carrier holds it; whether it was.
        Reported after the commit as owed at once, leased: the committing process carries it."""
        ...
