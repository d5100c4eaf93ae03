"""The waitlist's table (SPEC section 10): entries for people without a code."""

from __future__ import annotations

from typing import Protocol

from bot.core.posts import Posted
from bot.core.waitlist import EntryStatus, WaitlistEntry


class WaitlistRepository(Protocol):
    """Waitlist entries (core.waitlist). A method that changes an entry does so only from the state it expects."""

    async def insert(self, *, guild_id: int, user_id: int, about: str | None, joined_at: int) -> WaitlistEntry:
        """A new waiting entry."""
        ...

    async def get(self, entry_id: int) -> WaitlistEntry | None: ...

    async def open_of(self, guild_id: int, user_id: int) -> WaitlistEntry | None:
        """The person's open entry (waiting or invited) in the guild, if any (there is at most one)."""
        ...

    async def open(self, guild_id: int) -> list[WaitlistEntry]:
        """The guild's open entries in order of joining."""
        ...

    async def waiting(self, guild_id: int) -> list[int]:
        """The IDs of the guild's waiting entries, in order of joining."""

    async def of_user(self, guild_id: int, user_id: int) -> list[WaitlistEntry]:
        """The person's entries in the guild, newest first."""
        ...

    async def position(self, entry: WaitlistEntry) -> int:
        """The waiting entry's place among the guild's waiting entries, by join time, from 1."""
        ...

    async def invite(self, entry_id: int, *, by: int, at: int, code_id: int) -> WaitlistEntry | None:
        """Record the code a waiting entry was sent; None (and no change) if it was not waiting."""
        ...

    async def replace_code(self, entry_id: int, *, was: int, code_id: int) -> bool:
        """An invited entry's code was regenerated: it holds the new one, if it held `was`; whether it did."""
        ...

    async def decline(self, entry_id: int, *, by: int, at: int, reason: str | None) -> WaitlistEntry | None:
        """Close a waiting entry as declined; None (and no change) if it was not waiting."""
        ...

    async def close(self, entry_id: int, *, status: EntryStatus, at: int) -> WaitlistEntry | None:
        """Close an open entry as `status` (redeemed or left); None (and no change) if it was not open."""
        ...

    async def remember_message(self, entry_id: int, message: Posted) -> None: ...
