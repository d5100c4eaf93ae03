"""SQL statements the bot runs in a simulated idle day (SPEC section 9: nothing polls).

A bot under SimCord (its default options) with one guild set up as in production, two codes and
nothing owed lets 24 simulated hours pass (`env.advance_time(86400)`); every statement its database
runs meanwhile is counted (fixtures.tracing_queries). A bot that wakes on a timer to look for work shows
up here however cheap each look is.

On PostgreSQL (`measure_postgres`) the same day is counted on the server's side, where the bot's LISTEN
connection would show too: pg_stat_activity's `query_start` of each of the database's connections, read
before and after the day. A connection that started a statement meanwhile, or one opened meanwhile, is
counted (a statement at least each); zero means the server received none. A notification to a listening
connection is not a statement, and no notification is sent to an idle bot.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

import asyncpg

from bot.app import create_bot
from bot.config import Config
from bot.store import DatabaseTarget
from bot.store.postgres.url import PostgresUrl
from tests.postgres_server import Server

from .fixtures import drop_postgres, new_postgres, tracing_queries
from .server import production_server

DAY = 86_400


async def _idle_day(database: DatabaseTarget) -> dict[str, Any]:
    import simcord

    bot = create_bot(Config(database=database))
    async with simcord.run(bot) as env:
        try:
            server = production_server(env)
            await env.settle()
            await server.setup(approval=False)
            for name in ("alice", "bob"):
                await server.create_code(server.member(name))
            await env.settle()  # the setup's log line delivered: nothing is owed
            started = time.perf_counter()
            if isinstance(database, PostgresUrl):
                before = await _activity(database)
                await env.advance_time(DAY)
                after = await _activity(database)
                sent = [query for pid, (at, query) in after.items() if before.get(pid, (None, ""))[0] != at]
                watched = {"connections_watched": len(before), "last_statements": sorted(q for _, q in before.values())}
            else:
                async with tracing_queries(bot.db) as sent:
                    await env.advance_time(DAY)
                watched = {}
            seconds = time.perf_counter() - started
        finally:
            await bot.close()
    return {"value": len(sent), "statements": sent[:10], "wall_seconds": round(seconds, 2), **watched}


async def _activity(url: PostgresUrl) -> dict[int, tuple[Any, str]]:
    """When each other connection to the database last started a statement, and which, by server process."""
    conn = await asyncpg.connect(url.dsn)
    try:
        rows = await conn.fetch(
            "SELECT pid, query_start, query FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid()"
        )
    finally:
        await conn.close()
    return {row["pid"]: (row["query_start"], row["query"]) for row in rows}


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="doorman-idle-") as folder:
        return asyncio.run(_idle_day(Path(folder) / "idle.db"))


def measure_postgres(server: Server) -> dict[str, Any]:
    """The idle day of a bot on PostgreSQL (listening for other processes' commits), on a new database."""

    async def day() -> dict[str, Any]:
        url = await new_postgres(server)
        try:
            return await _idle_day(url)
        finally:
            await drop_postgres(server, url)

    return asyncio.run(day())
