"""The admins' page of all codes (SPEC section 16): the guild's codes newest first, filtered, 50 at a time.

Paged by ID (keyset: `before_id` is the last ID of the page before), so a page costs the same however many codes
the guild has.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeKind, CodeStatus

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

MAX_LIMIT = 200


@dataclass(frozen=True)
class CodeFilter:
    """Which codes a page shows: each None means any."""

    status: CodeStatus | None = None  # as Code.status(now) says
    inviter_id: int | None = None
    kind: CodeKind | None = None


async def codes_page(
    db: Database,
    *,
    guild_id: int,
    filter: CodeFilter,
    now: int,
    before_id: int | None = None,
    limit: int = 50,
    after_id: int | None = None,
) -> list[Code]:
    """The guild's codes that pass `filter` at `now`, newest first, with IDs below `before_id` if given; at most
    `limit`, each with who redeemed it (Code.redeemer_ids). With `after_id`, the `limit` codes just above it
    (the page before, when paging back toward the newest), still newest first."""
    bounded = max(1, min(limit, MAX_LIMIT))

    async def read(tx: Transaction) -> list[Code]:
        codes = await tx.codes.page(guild_id, filter, now=now, before_id=before_id, limit=bounded, after_id=after_id)
        redeemed = await tx.codes.redeemers(guild_id, [code.id for code in codes])
        return [replace(code, redeemer_ids=tuple(redeemed.get(code.id, ()))) for code in codes]

    return await db.transaction(read)
