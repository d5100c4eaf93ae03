"""SQL statements the bot runs in a simulated idle day (SPEC section 9: nothing polls).

A bot under SimCord (its default options) with one guild set up as in production, two codes and
nothing owed lets 24 simulated hours pass (`env.advance_time(86400)`); every statement its database
runs meanwhile is counted (fixtures.tracing_queries). A bot that wakes on a timer to look for work shows
up here however cheap each look is.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

from bot.app import create_bot
from bot.config import Config

from .fixtures import tracing_queries
from .server import production_server

DAY = 86_400


async def _idle_day(folder: Path) -> dict[str, Any]:
    import simcord

    bot = create_bot(Config(database=folder / "idle.db"))
    async with simcord.run(bot) as env:
        try:
            server = production_server(env)
            await env.settle()
            await server.setup(approval=False)
            for name in ("alice", "bob"):
                await server.create_code(server.member(name))
            await env.settle()  # the setup's log line delivered: nothing is owed
            started = time.perf_counter()
            async with tracing_queries(bot.db) as sent:
                await env.advance_time(DAY)
            seconds = time.perf_counter() - started
        finally:
            await bot.close()
    return {"value": len(sent), "statements": sent[:10], "wall_seconds": round(seconds, 2)}


def measure() -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="doorman-idle-") as folder:
        return asyncio.run(_idle_day(Path(folder)))
