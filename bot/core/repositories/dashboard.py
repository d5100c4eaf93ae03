"""The dashboard's tables (SPEC section 16): sign-in links, the audit log, and the reads behind its charts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.core.audit_log import AuditQuery, StoredEntry
from bot.core.dashboard_links import SignIn


class DashboardLinkRepository(Protocol):
    async def add(
        self, token_hash: str, *, guild_id: int, user_id: int, locale: str | None, created_at: int, expires_at: int
    ) -> None: ...

    async def forget_expired(self, now: int) -> None:
        """Delete the links that expired by `now`, used or not."""
        ...

    async def use(self, token_hash: str, *, now: int) -> SignIn | None:
        """Mark the link used at `now` if it is unused and unexpired, in one statement; whom it signs in, if so."""
        ...


class AuditLogRepository(Protocol):
    async def add(self, guild_id: int, *, at: int, kind: str, payload: str, people: Sequence[int]) -> int:
        """Keep an entry naming `people` (no repeats); its ID."""
        ...

    async def search(
        self, guild_id: int, query: AuditQuery, *, before_id: int | None, limit: int, after_id: int | None = None
    ) -> list[StoredEntry]:
        """The guild's entries matching `query`, newest first, with IDs below `before_id`; at most `limit`.
        With `after_id`, the `limit` just above it instead (the page before, when paging back), newest first."""
        ...


class StatsRepository(Protocol):
    async def per_day(self, guild_id: int, *, start: int, days: int) -> list[tuple[int, int, int, int]]:
        """(day, redemptions, admissions, denials) for each of `days` days from `start` (a UTC midnight) that had
        any, `day` counted from 0."""
        ...

    async def counted_days(self, guild_id: int, *, start: int, days: int) -> dict[int, tuple[int, int, int]]:
        """The days kept by keep_days among `days` days from `start`: (redemptions, admissions, denials) by day
        (its first second)."""
        ...

    async def keep_days(self, guild_id: int, counts: dict[int, tuple[int, int, int]]) -> None:
        """Keep the counts of days that are over, by day (its first second); a day kept already stays as it is."""
        ...

    async def chart(self, guild_id: int, name: str) -> tuple[int, str] | None:
        """The chart kept under `name`: when it was computed, and its rows as JSON."""
        ...

    async def keep_chart(self, guild_id: int, name: str, *, computed_at: int, payload: str) -> None: ...

    async def quota_spent(self, guild_id: int, *, since: int, limit: int) -> list[tuple[int, int]]:
        """(inviter, uses spent) of the members whose codes counting from after `since` spend quota, most first."""
        ...

    async def retention(self, guild_id: int, *, limit: int) -> list[tuple[int, int, int]]:
        """(inviter, newcomers admitted, of those not banned since), the inviters with most admitted first."""
        ...
