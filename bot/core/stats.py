"""The numbers behind the dashboard's charts (SPEC section 16): redemptions, admissions and denials per day; quota
use; how many of each inviter's newcomers stayed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.quotas import DAY, window_start
from bot.core.settings import GuildSettings

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

MAX_DAYS = 366
MAX_LIMIT = 100


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

    async def read(tx: Transaction) -> list[tuple[int, int, int, int]]:
        return await tx.stats.per_day(guild_id, start=start, days=days)

    counted = {row[0]: row[1:] for row in await db.transaction(read)}
    return [Day(start + index * DAY, *counted.get(index, (0, 0, 0))) for index in range(days)]


async def quota_use(
    db: Database, *, guild_id: int, settings: GuildSettings, now: int, limit: int = 20
) -> list[QuotaUse]:
    """The `limit` members who spent most of their quota in the window ending `now`, most first, as core.quotas
    counts it: members' codes created in the window cost all their uses, or the used ones once revoked.

    The window is the guild's quota_period_days: a member whose role has its own period is counted over the
    guild's period here. Members with nothing spent are left out.
    """
    since = window_start(now, settings.policy.quota_period_days)

    async def read(tx: Transaction) -> list[tuple[int, int]]:
        return await tx.stats.quota_spent(guild_id, since=since, limit=max(1, min(limit, MAX_LIMIT)))

    return [QuotaUse(inviter_id, spent) for inviter_id, spent in await db.transaction(read)]


async def retention(db: Database, *, guild_id: int, limit: int = 20) -> list[Retention]:
    """The `limit` inviters with most newcomers admitted, most first: how many they brought in, and how many of
    those stayed.

    Admitted counts people (not admissions) who came in on the inviter's codes. "Stayed" is what Doorman can know:
    the person was not banned since, and did not come back later only to be closed as left or denied. Doorman
    does not watch members leave (it has no members intent for that), so someone who left on their own after
    being admitted still counts as stayed; nor does it know of a ban it did not see (made while it was offline).
    """

    async def read(tx: Transaction) -> list[tuple[int, int, int]]:
        return await tx.stats.retention(guild_id, limit=max(1, min(limit, MAX_LIMIT)))

    return [Retention(*row) for row in await db.transaction(read)]
