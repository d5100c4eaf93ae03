"""The people the rules talk about, as the glue describes them: IDs, role IDs, two permissions, a locale."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction


@dataclass(frozen=True)
class Member:
    """Someone in the guild acting now: enough to decide their quota and what they may do."""

    user_id: int
    role_ids: frozenset[int]
    manages_server: bool = False  # Manage Server: an admin, with no quota limit
    manages_roles: bool = False  # Manage Roles: a moderator
    locale: str | None = None  # their Discord client's language, for the DMs they are owed later
    joined_at: int | None = None  # when they joined the server, as Discord says (tenure for those who predate Doorman)


@dataclass(frozen=True)
class Newcomer:
    """Someone redeeming a code: their account, its current username and their roles here."""

    user_id: int
    username: str
    role_ids: frozenset[int]
    locale: str | None = None
    has_avatar: bool | None = None  # whether the account has its own avatar (a risk signal, SPEC section 13)
    joined_at: int | None = (
        None  # when they joined the server, as Discord says: after their last admission if they left
    )


# Discord's epoch: a snowflake ID holds the milliseconds since it in its upper bits.
_DISCORD_EPOCH_MS = 1_420_070_400_000


def account_created_at(user_id: int) -> int:
    """When the account was made (seconds), read from its ID as Discord writes it."""
    return ((user_id >> 22) + _DISCORD_EPOCH_MS) // 1000


def is_admin(member: Member) -> bool:
    """Admins hold Manage Server."""
    return member.manages_server


def is_moderator(member: Member, mod_role_id: int | None) -> bool:
    """Moderators hold Manage Roles or the guild's moderator role."""
    return member.manages_roles or (mod_role_id is not None and mod_role_id in member.role_ids)


def may_invite(member: Member, member_role_id: int | None) -> bool:
    """Members (the member role) and admins create codes."""
    return member.manages_server or (member_role_id is not None and member_role_id in member.role_ids)


async def remember_locale(tx: Transaction, user_id: int, locale: str | None) -> None:
    """Keep the person's locale for the DMs this action owes them (SPEC section 14: a DM is written in the
    recipient's language as the bot last saw it). Recorded by the actions after which a DM may follow."""
    if locale is not None:
        await tx.locales.remember(user_id, locale)


async def last_seen_locale(db: Database, user_id: int) -> str | None:
    """The person's Discord locale as the bot last saw it; None if it never did."""

    async def read(tx: Transaction) -> str | None:
        return await tx.locales.get(user_id)

    return await db.transaction(read)
