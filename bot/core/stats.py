"""The numbers behind the dashboard's charts (SPEC section 16): redemptions, admissions and denials per day; quota
use; how many of each inviter's newcomers stayed.

Each must read in milliseconds in a guild of a million codes, yet quota use and retention are about everyone
(benchmarks/dashboard_queries.py). So:
- A day's counts are kept once the day is over (plus SETTLED_SECONDS, for a process whose clock lags): the times
  they count are written once, so they never change after. A chart then counts only the days not kept yet.
- Quota use and retention, given `now`, are kept CHART_SECONDS and read again only after that: the charts may be
  that old, never older.
"""

from __future__ import annotations

import json
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING, TypeVar

from bot.core.quotas import DAY, window_start
from bot.core.settings import GuildSettings

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine
    from typing import Any

    from bot.core.repositories import Database, Transaction

T = TypeVar("T")

MAX_DAYS = 366
MAX_LIMIT = 100
SETTLED_SECONDS = 3_600
CHART_SECONDS = 300


@dataclass(frozen=True)
class Day:
    day: int  # its first second: a UTC midnight, in epoch seconds
    redemptions: int  # codes redeemed (admissions opened, by when)
    admissions: int  # newcomers admitted (roles granted, by when)
    denials: int  # requests denied (by when decided)


@dataclass(frozen=True)
class QuotaUse:
    inviter_id: int
    spent: int  # uses of the quota their codes hold in the current window


@dataclass(frozen=True)
class Retention:
    inviter_id: int
    admitted: int  # people admitted with their codes
    stayed: int  # of those, people still here as far as Doorman knows (retention())


async def per_day(db: Database, *, guild_id: int, now: int, days: int = 30) -> list[Day]:
    """Each of the last `days` UTC days up to today (today included, so far), oldest first, zeros included."""
    days = max(1, min(days, MAX_DAYS))
    start = now - now % DAY - (days - 1) * DAY

    async def read(tx: Transaction) -> dict[int, tuple[int, int, int]]:
        counts = await tx.stats.counted_days(guild_id, start=start, days=days)
        missing = [index for index in range(days) if start + index * DAY not in counts]
        if missing:
            first = start + missing[0] * DAY
            counted = await tx.stats.per_day(guild_id, start=first, days=days - missing[0])
            fresh = {first + index * DAY: (0, 0, 0) for index in range(days - missing[0])}
            fresh.update({first + index * DAY: (r, a, d) for index, r, a, d in counted})
            settled = {day: c for day, c in fresh.items() if day not in counts and day + DAY + SETTLED_SECONDS <= now}
            await tx.stats.keep_days(guild_id, settled)
            counts = {**fresh, **counts}
        return counts

    counts = await db.transaction(read)
    return [Day(start + index * DAY, *counts[start + index * DAY]) for index in range(days)]


async def quota_use(
    db: Database, *, guild_id: int, settings: GuildSettings, now: int, limit: int = 20
) -> list[QuotaUse]:
    """The `limit` members who spent most of their quota in the window ending `now`, most first, as core.quotas
    counts it: members' codes created in the window cost all their uses, or the used ones once revoked. Kept
    CHART_SECONDS.

    The window is the guild's quota_period_days: a member whose role has its own period is counted over the
    guild's period here. Members with nothing spent are left out.
    """
    period, limit = settings.policy.quota_period_days, max(1, min(limit, MAX_LIMIT))

    async def compute(tx: Transaction) -> list[QuotaUse]:
        spent = await tx.stats.quota_spent(guild_id, since=window_start(now, period), limit=limit)
        return [QuotaUse(inviter_id, used) for inviter_id, used in spent]

    return await _kept(db, guild_id, f"quota_use:{period}:{limit}", now, compute, QuotaUse)


async def retention(db: Database, *, guild_id: int, limit: int = 20, now: int | None = None) -> list[Retention]:
    """The `limit` inviters with most newcomers admitted, most first: how many they brought in, and how many of
    those stayed. Given `now`, kept CHART_SECONDS.

    Admitted counts people (not admissions) who came in on the inviter's codes. "Stayed" is what Doorman can know:
    the person was not banned since, and did not come back later only to be closed as left or denied. Doorman
    does not watch members leave (it has no members intent for that), so someone who left on their own after
    being admitted still counts as stayed; nor does it know of a ban it did not see (made while it was offline).
    """
    limit = max(1, min(limit, MAX_LIMIT))

    async def compute(tx: Transaction) -> list[Retention]:
        return [Retention(*row) for row in await tx.stats.retention(guild_id, limit=limit)]

    return await _kept(db, guild_id, f"retention:{limit}", now, compute, Retention)


async def _kept(
    db: Database,
    guild_id: int,
    name: str,
    now: int | None,
    compute: Callable[[Transaction], Coroutine[Any, Any, list[T]]],
    row: Callable[..., T],
) -> list[T]:
    """The chart kept under `name` if computed less than CHART_SECONDS before `now`; else computed and kept."""

    async def read(tx: Transaction) -> list[T]:
        kept = None if now is None else await tx.stats.chart(guild_id, name)
        if now is not None and kept is not None and 0 <= now - kept[0] < CHART_SECONDS:
            return [row(*values) for values in json.loads(kept[1])]
        rows = await compute(tx)
        if now is not None:
            payload = json.dumps([astuple(r) for r in rows])  # type: ignore[call-overload]
            await tx.stats.keep_chart(guild_id, name, computed_at=now, payload=payload)
        return rows

    return await db.transaction(read)
