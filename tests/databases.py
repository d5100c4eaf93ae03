"""The test's database on either backend: where it is, and its rows read or written behind the bot's back.

Tests of behaviour run once on SQLite and once on PostgreSQL (the `backend` fixture in conftest.py).
What a test reads or changes directly, to assert on it or to play a crash, goes through `rows` and
`execute`, in the SQL both share with `$1`-style placeholders, whichever database the bot uses.
"""

from __future__ import annotations

import asyncio
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from typing import Any

import asyncpg

from bot.store import DatabaseTarget
from bot.store.postgres.url import PostgresUrl
from bot.store.sqlite.connection import named


def rows(target: DatabaseTarget, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """Every row the statement returns, as tuples."""
    if isinstance(target, PostgresUrl):
        return [tuple(row) for row in _on_postgres(target, "fetch", sql, args)]
    with closing(sqlite3.connect(target)) as conn:
        return conn.execute(sql, named(args)).fetchall()


def execute(target: DatabaseTarget, sql: str, *args: object) -> None:
    """Run a statement and commit it."""
    if isinstance(target, PostgresUrl):
        _on_postgres(target, "execute", sql, args)
        return
    with closing(sqlite3.connect(target)) as conn, conn:
        conn.execute(sql, named(args))


def _on_postgres(target: PostgresUrl, method: str, sql: str, args: tuple[object, ...]) -> Any:
    async def run() -> Any:
        conn = await asyncpg.connect(target.dsn)
        try:
            return await getattr(conn, method)(sql, *args)
        finally:
            await conn.close()

    # Its own thread and loop: the caller may be a sync helper inside the test's running loop.
    with ThreadPoolExecutor(max_workers=1) as thread:
        return thread.submit(asyncio.run, run()).result()


async def new_postgres_database(base: str, name: str, template: str | None = None) -> None:
    """Create database `name` on the server whose maintenance database `base` names: empty, or a copy of
    `template` (which nobody may be connected to), made by the server."""
    copied = f' TEMPLATE "{template}"' if template else ""
    await _on_server(base, f'CREATE DATABASE "{name}"{copied}')


async def drop_postgres_database(base: str, name: str) -> None:
    """Drop database `name`, closing whatever connections a test left open to it."""
    await _on_server(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def _on_server(base: str, sql: str) -> None:
    # Database names cannot be parameters; they are the tests' own, never a person's input.
    conn = await asyncpg.connect(base)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()
