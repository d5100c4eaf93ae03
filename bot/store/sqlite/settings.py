"""Guild settings in SQLite: one row per guild, NULL where an admin set nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from bot.core.settings import PLACE_KEYS, POLICY_KEYS

_COLUMNS = frozenset(PLACE_KEYS + POLICY_KEYS)
GET = "SELECT * FROM guild_settings WHERE guild_id = ?"


class SqliteSettings:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    async def get(self, guild_id: int) -> Mapping[str, int | None]:
        row = self._conn.execute(GET, (guild_id,)).fetchone()
        return {} if row is None else {key: row[key] for key in _COLUMNS}

    async def update(self, guild_id: int, changes: Mapping[str, int | bool | None]) -> None:
        unknown = set(changes) - _COLUMNS
        if unknown:
            raise ValueError(f"not a setting: {sorted(unknown)}")
        self._conn.execute("INSERT OR IGNORE INTO guild_settings (guild_id) VALUES (?)", (guild_id,))
        if changes:
            # Column names were checked against the fixed list above; values are parameters.
            assignments = ", ".join(f"{column} = ?" for column in changes)
            self._conn.execute(
                "UPDATE guild_settings SET " + assignments + " WHERE guild_id = ?", [*changes.values(), guild_id]
            )
