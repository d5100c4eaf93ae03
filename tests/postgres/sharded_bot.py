"""A Doorman process running one shard of two, in a SimCord world of its own, on the shared database.

`python -m tests.postgres.sharded_bot carry ARGUMENTS_JSON` (tests/postgres/processes.py starts it). SimCord
runs one bot per event loop (TESTING.md, "Two processes"), so each shard's bot is its own OS process. Both
processes build the same two guilds, one on each shard, with the IDs the test pins; the bot's gateway
sees only the guild on its shard. The process points its guild's log at its log channel, lets simulated
time pass the moment the test's deliveries fall due, and reports what each guild's log channel shows.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import simcord

from bot.app import create_bot
from bot.config import load_config
from bot.core.repositories import Transaction
from tests.postgres.processes import serve, wait_for_go

SHARDS = 2


def config_file(folder: Path, url: str, shard_id: int) -> Path:
    """What an admin writes to run this shard: the shared database, and which shard of how many."""
    path = folder / "doorman.toml"
    path.write_text(
        f"[bot]\ndatabase = {json.dumps(url)}\nshard_count = {SHARDS}\nshard_ids = [{shard_id}]\n", encoding="utf-8"
    )
    return path


async def carry(argument: dict[str, Any]) -> dict[str, Any]:
    """Run shard `shard_id` until a minute past `due_at` (simulated time); each guild's log, and the bot's guilds."""
    shard_id: int = argument["shard_id"]
    guild_ids: list[int] = argument["guild_ids"]  # the guild on shard 0, then the one on shard 1
    with tempfile.TemporaryDirectory() as folder:
        bot = create_bot(load_config(config_file(Path(folder), argument["url"], shard_id), environ={}))
        try:
            async with simcord.run(bot) as env:
                guilds = [env.create_guild(f"on shard {s}", id=guild_ids[s], shard_id=s) for s in range(SHARDS)]
                logs = [guild.create_text_channel("doorman-log") for guild in guilds]
                await env.settle()
                await log_to(bot.db, guild_ids[shard_id], logs[shard_id].id)
                start = env.now().timestamp()
                assert argument["due_at"] > start, "the deliveries must fall due while the bot runs"
                await wait_for_go()
                await env.advance_time(argument["due_at"] + 60 - start)
                return {
                    "logs": [[message.content for message in log.history()] for log in logs],
                    "guilds": sorted(guild.id for guild in bot.guilds),
                    "errors": [repr(error) for error in env.errors],
                }
        finally:
            await bot.close()


async def log_to(db: Any, guild_id: int, channel_id: int) -> None:
    """Set the guild's log channel as /gate setup would, without owing a line about it (the test owes its own)."""

    async def write(tx: Transaction) -> None:
        await tx.settings.update(guild_id, {"log_channel_id": channel_id})

    await db.transaction(write)


if __name__ == "__main__":
    serve({"carry": carry})
