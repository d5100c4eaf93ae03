"""Invite links (SPEC section 11): a Discord invite to the welcome channel made for a code, and deleted with it.

Both are deliveries. The link is owed in the transaction that creates the code, when the guild's policy wants
links (owe_link); the glue makes it, and link_made() records it. Its deletion is owed in the transaction that
ends the code: revoked or used up (due at once), or the code's expiry (a timer due then, owed with the link).

Invariants:
- A link recorded for a code that is no longer active is owed its deletion in the same transaction.
- An active code's link is owed its deletion exactly once: at its expiry (Code.link_expiry names that
  delivery), or at once in place of that one when the code is revoked or used up.
- A code holds at most one link: one made for a code that has one already is owed its deletion at once.
- A deletion forgets the link only if the code still holds that very link.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.codes import Code, CodeStatus
from bot.core.deliveries import Completion, owe
from bot.core.owed import DeleteInviteLink, MakeInviteLink
from bot.core.settings import GuildSettings

if TYPE_CHECKING:
    from bot.core.repositories import Transaction

# The longest max_age Discord accepts for an invite (7 days); beyond it a link never expires by itself.
LONGEST_LINK_AGE = 7 * 86_400
# The most max_uses Discord accepts for an invite; a code with more uses gets an unlimited link (max_uses 0),
# and the code counts its uses (the link is deleted when the code is used up).
MOST_LINK_USES = 100


@dataclass(frozen=True)
class LinkTerms:
    """What Discord is asked for: as many uses as the code has, expiring with it where Discord allows."""

    max_uses: int  # 0: unlimited on Discord's side (the code counts)
    max_age: int  # seconds; 0: Discord never expires it (the deletion at the code's expiry does)


def link_terms(code: Code, now: int) -> LinkTerms:
    """The invite link's terms for a code, made at `now`."""
    lifetime = code.expires_at - now
    uses = code.max_uses - code.uses
    return LinkTerms(uses if uses <= MOST_LINK_USES else 0, lifetime if 0 < lifetime <= LONGEST_LINK_AGE else 0)


async def owe_link(tx: Transaction, settings: GuildSettings, code: Code, *, now: int) -> None:
    """A new code is owed its invite link, if the guild wants links: in the transaction that creates it."""
    if settings.policy.invite_links:
        await owe(tx, code.guild_id, MakeInviteLink(code.id), now=now)


def link_made(code_id: int, link: str, now: int) -> Completion:
    """What follows a link Discord made, in the transaction that forgets its delivery: stored with the code and
    owed its deletion at the code's expiry; or owed its deletion at once if the code ended meanwhile or holds
    another link already."""

    async def record(tx: Transaction) -> None:
        code = await tx.codes.get(code_id)
        if code.link is not None or code.status(now) is not CodeStatus.ACTIVE:
            await owe(tx, code.guild_id, DeleteInviteLink(code_id, link), now=now)
            return
        timer = await owe(tx, code.guild_id, DeleteInviteLink(code_id, link), now=now, due_at=code.expires_at)
        await tx.codes.set_link(code_id, link, was=None, expiry=timer)

    return record


async def owe_link_deletion(tx: Transaction, code: Code, *, now: int) -> None:
    """The code was revoked or used up: its link, if it has one, is owed its deletion at once, in place of the
    deletion that waited for its expiry."""
    if code.link is None:
        return
    if code.link_expiry is not None:
        await tx.deliveries.delete(code.link_expiry)
    await owe(tx, code.guild_id, DeleteInviteLink(code.id, code.link), now=now)
    await tx.codes.set_link(code.id, code.link, was=code.link, expiry=None)


async def revoke_active_codes(tx: Transaction, guild_id: int, inviter_id: int, *, by: int, now: int) -> list[Code]:
    """Revoke every active code of one member, oldest first, each link's deletion owed with it."""
    revoked = await tx.codes.revoke_active(guild_id, inviter_id, by=by, at=now)
    for code in revoked:
        await owe_link_deletion(tx, code, now=now)
    return sorted(revoked, key=lambda c: (c.created_at, c.id))


def link_deleted(code_id: int, link: str) -> Completion:
    """What follows a deleted link, in the transaction that forgets its delivery: the code no longer holds it."""

    async def forget(tx: Transaction) -> None:
        await tx.codes.set_link(code_id, None, was=link, expiry=None)

    return forget
