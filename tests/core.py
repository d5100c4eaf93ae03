"""Helpers for tests of bot/ without Discord: a configured guild in a fresh database."""

from __future__ import annotations

from bot.config import Policy
from bot.invites import Member
from bot.settings import update_settings
from bot.storage import Storage

GUILD = 1_000
WELCOME, MOD_CHANNEL, MEMBER_ROLE = 10, 11, 20
NOW = 1_800_000_000
DEFAULTS = Policy()


def member(user_id: int = 500, *roles: int, admin: bool = False) -> Member:
    return Member(user_id=user_id, role_ids=frozenset((MEMBER_ROLE, *roles)), manages_server=admin)


async def configure(storage: Storage, **policy: int | bool) -> None:
    changes: dict[str, int | bool | None] = {
        "welcome_channel_id": WELCOME,
        "mod_channel_id": MOD_CHANNEL,
        "member_role_id": MEMBER_ROLE,
    }
    changes.update(policy)
    await update_settings(storage, GUILD, DEFAULTS, changes)
