"""Vouching and accountability (SPEC section 12): each inviter's record (bans: core/bans.py).

Doorman has no members intent, so it learns that someone left only when an action finds them gone: a newcomer
who leaves while their request waits (or before their roles are granted) closes as `left`. That is what "left
within 30 days of admission" stands for here: someone who leaves after being admitted is not seen (README, "The
inviter's record").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.repositories import Transaction


@dataclass(frozen=True)
class InviterRecord:
    """What came of someone's vouching: counts of codes they made and of the people who redeemed them."""

    codes_created: int
    admitted: int
    denied: int
    left: int
    banned: int


async def inviter_record(tx: Transaction, guild_id: int, inviter_id: int) -> InviterRecord:
    """The record of `inviter_id` in `guild_id` (an admin's shared links count too: they vouched for those)."""
    return await tx.bans.inviter_record(guild_id, inviter_id)
