"""Guild settings: one row per guild, NULL where an admin set nothing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.settings import LANGUAGE_KEY, PLACE_KEYS, POLICY_KEYS, QUESTIONS_KEY
from bot.store.sql.connection import Connection

_COLUMNS = frozenset((*PLACE_KEYS, LANGUAGE_KEY, *POLICY_KEYS, QUESTIONS_KEY))
GET = "SELECT * FROM guild_settings WHERE guild_id = $1"


class SqlSettings:
    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    async def get(self, guild_id: int) -> Mapping[str, Any]:
        row = await self._conn.fetchrow(GET, guild_id)
        return {} if row is None else {key: row[key] for key in _COLUMNS}

    async def update(self, guild_id: int, changes: Mapping[str, int | bool | str | None]) -> None:
        unknown = set(changes) - _COLUMNS
        if unknown:
            raise ValueError(f"not a setting: {sorted(unknown)}")
        await self._conn.execute(
            "INSERT INTO guild_settings (guild_id) VALUES ($1) ON CONFLICT (guild_id) DO NOTHING", guild_id
        )
        if changes:
            # Column names were checked against the fixed list above; values are parameters. Names are quoted:
            # `returning` is a keyword in PostgreSQL.
            assignments = ", ".join(f'"{column}" = ${number}' for number, column in enumerate(changes, start=2))
            await self._conn.execute(
                "UPDATE guild_settings SET " + assignments + " WHERE guild_id = $1", guild_id, *changes.values()
            )
