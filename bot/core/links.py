"""Invite links (SPEC section 11): a Discord invite to the welcome channel made for a code, and deleted with it.

The link is made by the glue after the code is committed (no transaction spans a Discord call), then
recorded here. Its deletion is a delivery owed in the transaction that ends the code: revoked or used up
(due at once), or the code's expiry (a timer due then, owed with the link).

Invariants:
- A link recorded for a code that is no longer active is owed its deletion in the same transaction.
- Every recorded link is owed its deletion at the code's expiry, whatever happened before: carried once
  the link is gone, that timer finds nothing to do (core.links.link_of tells the carrier).
- A deletion forgets the link only if the code still holds that very link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeStatus
from bot.core.deliveries import Completion, owe
from bot.core.owed import DeleteInviteLink

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

# The longest max_age Discord accepts for an invite (7 days); beyond it a link never expires by itself.
LONGEST_LINK_AGE = 7 * 86_400


@dataclass(frozen=True)
class LinkTerms:
    """What Discord is asked for: as many uses as the code has, expiring with it where Discord allows."""

    max_uses: int
    max_age: int  # seconds; 0: Discord never expires it (the deletion at the code's expiry does)


def link_terms(code: Code, now: int) -> LinkTerms:
    """The invite link's terms for a code created just now."""
    lifetime = code.expires_at - now
    return LinkTerms(code.max_uses - code.uses, lifetime if 0 < lifetime <= LONGEST_LINK_AGE else 0)


async def record_link(db: Database, *, guild_id: int, code_id: int, link: str, now: int) -> Code:
    """The Discord invite link made for a new code: stored with it, and owed its deletion at the code's expiry,
    or at once if the code ended while the link was being made. The code as it is now."""

    async def record(tx: Transaction) -> Code:
        await tx.codes.set_link(code_id, link, was=None)
        code = await tx.codes.get(code_id)
        due_at = code.expires_at if code.status(now) is CodeStatus.ACTIVE else now
        await owe(tx, guild_id, DeleteInviteLink(code_id, link), now=now, due_at=max(now, due_at))
        return code

    return await db.transaction(record)


async def owe_link_deletion(tx: Transaction, code: Code, *, now: int) -> None:
    """The code was revoked or used up: its link, if it has one, is owed its deletion at once."""
    if code.link is not None:
        await owe(tx, code.guild_id, DeleteInviteLink(code.id, code.link), now=now)


async def link_of(db: Database, code_id: int) -> str | None:
    """The code's invite link as stored now (None once it was deleted)."""

    async def read(tx: Transaction) -> str | None:
        return (await tx.codes.get(code_id)).link

    return await db.transaction(read)


def link_deleted(code_id: int, link: str) -> Completion:
    """What follows a deleted link, in the transaction that forgets its delivery: the code no longer holds it."""

    async def forget(tx: Transaction) -> None:
        await tx.codes.set_link(code_id, None, was=link)

    return forget
