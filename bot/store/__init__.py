"""Where the core's records live: the repository interfaces of core.repositories, implemented per database.

`open_database` is the one entry point: today SQLite (a file path); one module per dialect below.
"""

from __future__ import annotations

from pathlib import Path

from bot.core.shards import ONE_PROCESS, Shards
from bot.store.sqlite.database import SqliteDatabase


async def open_database(path: Path, shards: Shards = ONE_PROCESS) -> SqliteDatabase:
    """Open (creating and migrating as needed) the database the config names, for a process running `shards`.

    Raises DatabaseUnusable (bot.store.errors), saying why for an admin, if it cannot be used.
    """
    return await SqliteDatabase.open(path, shards)
