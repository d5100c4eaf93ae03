"""The people the rules talk about, as the glue describes them: IDs, role IDs and two permissions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Member:
    """Someone in the guild acting now: enough to decide their quota and what they may do."""

    user_id: int
    role_ids: frozenset[int]
    manages_server: bool = False  # Manage Server: an admin, with no quota limit
    manages_roles: bool = False  # Manage Roles: a moderator


@dataclass(frozen=True)
class Newcomer:
    """Someone redeeming a code: their account, its current username and their roles here."""

    user_id: int
    username: str
    role_ids: frozenset[int]


def is_admin(member: Member) -> bool:
    """Admins hold Manage Server."""
    return member.manages_server


def is_moderator(member: Member, mod_role_id: int | None) -> bool:
    """Moderators hold Manage Roles or the guild's moderator role."""
    return member.manages_roles or (mod_role_id is not None and mod_role_id in member.role_ids)


def may_invite(member: Member, member_role_id: int | None) -> bool:
    """Members (the member role) and admins create codes."""
    return member.manages_server or (member_role_id is not None and member_role_id in member.role_ids)
