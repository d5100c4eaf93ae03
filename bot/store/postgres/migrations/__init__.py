"""PostgreSQL's schema: numbered SQL files beside this module, applied in order, recorded in `schema_migrations`.

Several processes may start at once: each applies what is missing inside one transaction holding an
advisory lock, so the first applies them and the others, once it has committed, find nothing to do.
PostgreSQL's DDL is transactional: the migrations and their record land together or not at all.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from bot.store.errors import DatabaseTooNew

if TYPE_CHECKING:
    from bot.store.postgres.connection import RawConnection
from bot.store.sql.migration_files import numbered

# pg_advisory_xact_lock's key for "migrating Doorman's schema": any constant other tools are unlikely to use.
_LOCK = 0x646F6F726D616E  # "doorman"


@functools.cache
def shipped() -> list[tuple[int, str]]:
    """The migrations this version ships, read once per process."""
    return numbered(resources.files(__name__))


async def migrate(conn: RawConnection, where: str) -> None:
    """Bring the schema up to the newest migration; DatabaseTooNew (touching nothing) if it is newer already."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", _LOCK)
        version = await schema_version(conn, where)
        for number, sql in shipped():
            if number > version:
                await conn.execute(sql)
                await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", number)


async def schema_version(conn: RawConnection, where: str) -> int:
    """The newest migration applied (0 for an empty database); DatabaseTooNew if a newer Doorman wrote it."""
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations"
        " (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    version = int(await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
    newest = len(shipped())
    if version > newest:
        raise DatabaseTooNew(where, version, newest)
    return version
