"""Suspended members (SPEC section 12): one row per suspended member of a guild, and the suspensions lifted."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bot.core.suspensions import Suspension


class SuspensionRepository(Protocol):
    async def get(self, guild_id: int, user_id: int) -> Suspension | None: ...
    async def insert(self, suspension: Suspension) -> bool:
        """Suspend; False (and nothing changed) if they already are."""
        ...

    async def suspended(self, guild_id: int) -> set[int]:
        """Everyone suspended in the guild (the primary key's prefix)."""
        ...

    async def lift(self, guild_id: int, user_id: int, *, by: int, now: int) -> bool:
        """Lift a suspension, kept as lifted; False if there was none."""
        ...

    async def lifted(self, guild_id: int, user_id: int) -> bool:
        """Whether they were suspended here before, and it was lifted."""
        ...
