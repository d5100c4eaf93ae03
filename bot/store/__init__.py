"""Where the core's records live: the repository interfaces of core.repositories, implemented per database.

`open_database` is the one entry point: a SQLite file (a path) or PostgreSQL (a `postgresql://` URL).
The repositories are shared (sql/); each dialect's folder holds its connection, transactions and schema.
"""

from __future__ import annotations

from pathlib import Path

from bot.core.repositories import Database
from bot.core.shards import ONE_PROCESS, Shards
from bot.store.postgres.url import PostgresUrl

DatabaseTarget = Path | PostgresUrl


async def open_database(target: DatabaseTarget, shards: Shards = ONE_PROCESS) -> Database:
    """Open (creating and migrating as needed) the database the config names, for a process running `shards`.

    Raises DatabaseUnusable (bot.store.errors), saying why for an admin, if it cannot be used.
    """
    if isinstance(target, PostgresUrl):
        from bot.store.postgres.database import PostgresDatabase  # asyncpg only where PostgreSQL is used

        return await PostgresDatabase.open(target, shards)
    from bot.store.sqlite.database import SqliteDatabase

    return await SqliteDatabase.open(target, shards)
