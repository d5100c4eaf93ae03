"""The repositories' Connection (bot/store/sql/connection.py) over one asyncpg connection.

Booleans go in as 0 and 1: the columns are integers, as in SQLite, so rows read alike in both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

import asyncpg

if TYPE_CHECKING:  # the stubs' generic proxy is not subscriptable at run time
    from asyncpg.pool import PoolConnectionProxy

    # A connection of the pool's, or one opened alone (migrate, copy-db).
    RawConnection: TypeAlias = asyncpg.Connection | PoolConnectionProxy[asyncpg.Record]


def _plain(args: Sequence[object]) -> list[object]:
    return [int(value) if isinstance(value, bool) else value for value in args]


class PostgresConnection:
    def __init__(self, raw: RawConnection) -> None:
        self.raw = raw

    async def fetch(self, sql: str, *args: object) -> list[asyncpg.Record]:
        return await self.raw.fetch(sql, *_plain(args))

    async def fetchrow(self, sql: str, *args: object) -> asyncpg.Record | None:
        return await self.raw.fetchrow(sql, *_plain(args))

    async def execute(self, sql: str, *args: object) -> int:
        status = await self.raw.execute(sql, *_plain(args))
        # The command tag: "UPDATE 3", "DELETE 0", "INSERT 0 1" (the last number counts the rows).
        count = status.rpartition(" ")[2]
        return int(count) if count.isdigit() else 0
