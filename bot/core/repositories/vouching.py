"""Who vouched for whom, and what came of it: bans and the inviter's record (SPEC section 12)."""

from __future__ import annotations

from typing import Protocol

from bot.core.tree import Link
from bot.core.vouching import InviterRecord


class BanRepository(Protocol):
    async def record(self, guild_id: int, user_id: int, *, at: int) -> int | None:
        """Remember that `user_id` was banned at `at` (the latest ban is kept: a ban counts against the admissions
        before it); the time of the ban recorded before, if any."""
        ...

    async def banned_at(self, guild_id: int, user_id: int) -> int | None:
        """When `user_id` was last banned from the guild, if ever."""
        ...

    async def inviter_record(self, guild_id: int, inviter_id: int) -> InviterRecord:
        """The inviter's record in one read: codes created, and what became of who redeemed them."""
        ...


class TreeRepository(Protocol):
    async def chain(self, guild_id: int, user_id: int) -> list[Link]:
        """The member's latest admission, then their inviter's, and so on up to someone with none, who ends the
        list with no admission of their own (inviter None). A loop of re-invitations stops the climb after it
        repeats; core.tree cuts it where it does."""
        ...

    async def below(self, guild_id: int, user_id: int, depth: int) -> list[Link]:
        """Every admission made with the member's codes, their newcomers' codes, and so on `depth` levels
        down, oldest first."""
        ...

    async def branch(self, guild_id: int, user_id: int) -> list[int]:
        """Everyone the member vouched for, transitively, whatever the depth, each once and never the member, in
        the order they first came in; denied newcomers never came in and vouched for nobody."""
        ...
