"""A configured guild in a fresh database, for tests of the core without Discord."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from bot.core.people import Member
from bot.core.policy import Policy
from bot.core.repositories import Database
from bot.core.settings import Change, update_settings
from bot.store import DatabaseTarget, open_database

GUILD = 1_000
WELCOME, MOD_CHANNEL, MEMBER_ROLE = 10, 11, 20
ADMIN = 1
NOW = 1_800_000_000
DEFAULTS = Policy()


def member(user_id: int = 500, *roles: int, admin: bool = False) -> Member:
    return Member(user_id=user_id, role_ids=frozenset((MEMBER_ROLE, *roles)), manages_server=admin)


async def configure(db: Database, **policy: Change) -> None:
    changes: dict[str, Change] = {
        "welcome_channel_id": WELCOME,
        "mod_channel_id": MOD_CHANNEL,
        "member_role_id": MEMBER_ROLE,
    }
    changes.update(policy)
    await update_settings(db, GUILD, DEFAULTS, changes, by=ADMIN, command="setup", now=NOW)


@asynccontextmanager
async def opened(target: DatabaseTarget) -> AsyncIterator[Database]:
    """The database at `target` (a SQLite file or a PostgreSQL URL), closed afterwards."""
    db = await open_database(target)
    try:
        yield db
    finally:
        await db.close()
