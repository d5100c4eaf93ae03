"""Peak RSS of a whole bot process serving guilds under SimCord: Doorman against a bare discord.py bot.

Run as `python -m benchmarks.memory doorman|bare DATABASE GUILD_ID GUILDS REDEMPTIONS` (the bare bot
ignores DATABASE); prints JSON. Each side is a fresh process, so nothing measured before inflates its
high-water mark (VmHWM), and the bare bot's process imports nothing of Doorman's.

Both processes hold the same SimCord world: GUILDS guilds with the bot in each, PRODUCTION of them laid
out as in production (server.py) and the rest with a role and two channels; in the first, whose ID is
GUILD_ID (the large database's guild), REDEMPTIONS newcomers run /redeem. Doorman runs `create_bot` on
DATABASE (a copy of the large database), with /gate setup in each production guild and the codes
created through the core by as many fresh members; the bare bot answers /redeem with a plain reply.
SimCord's simulated Discord is in both processes, and the ratio cannot separate it from the bots: the
detail gives each side's RSS before its bot starts (after its imports), for scale.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import simcord

from .bare import BareBot
from .server import fast_settle, production_server

PRODUCTION = 5


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


async def _serve(bot: Any, guild_id: int, guilds: int, redemptions: int) -> None:
    async with simcord.run(bot) as env:
        try:
            servers = [
                production_server(env, f"Production {i}", guild_id if i == 0 else None) for i in range(PRODUCTION)
            ]
            for i in range(guilds - PRODUCTION):
                guild = env.create_guild(f"Guild {i}")
                guild.create_role("Member")
                guild.create_text_channel("welcome")
                guild.create_text_channel("general")
            await env.settle()
            main = servers[0]
            codes = ["7KQ2-M9XD-4HBT"] * redemptions
            if not isinstance(bot, BareBot):
                from .burst import codes_from_fresh_inviters

                for server in servers:
                    await server.setup(approval=False)
                codes = await codes_from_fresh_inviters(bot, main, redemptions)
            for i, code in enumerate(codes):
                result = await main.newcomer(f"newcomer{i}").slash(main.welcome, "redeem", code=code)
                assert result.response is not None
            await env.settle()
            assert len(bot.guilds) == guilds, len(bot.guilds)
        finally:
            await bot.close()


def _bot(kind: str, database: str) -> Any:
    """The bot to measure; Doorman's modules are imported only in Doorman's process."""
    if kind == "bare":
        return BareBot()
    from bot.app import create_bot
    from bot.config import Config

    return create_bot(Config(database=Path(database)))


def main() -> None:
    kind, database, guild_id, guilds, redemptions = sys.argv[1:]
    bot = _bot(kind, database)
    before = _status_kb("VmRSS")
    with fast_settle():  # only for speed: memory does not depend on SimCord's poll
        asyncio.run(_serve(bot, int(guild_id), int(guilds), int(redemptions)))
    print(json.dumps({"before_bot_kb": before, "peak_kb": _status_kb("VmHWM")}))


if __name__ == "__main__":
    main()
