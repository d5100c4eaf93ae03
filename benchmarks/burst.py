"""1,000 newcomers redeem through SimCord, one after another, against a bare bot in the same run.

Both bots run under identical SimCord settings, each after the same warm-up, so the
ratio compares Doorman's work per interaction with what any discord.py bot pays
for one slash command and one reply. The settings matter: SimCord polls for
settled work every `idle` seconds, and a handler that never waits on a future
(the bare bot's) pays up to one whole poll. Measured here with 200 redemptions:
at the suite's 5 ms poll the bare bot took 6.5 ms and Doorman 2.6 ms (a ratio of
0.4 that only measures the poll); at 0.5 ms, 1.7 ms against 3.0 ms. Much smaller
polls spin the main thread and starve the database thread of the GIL. So: 0.5 ms,
and the test suite's 1 ms GIL switch interval.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import create_bot
from bot.clock import now
from bot.config import Config
from bot.core import invites
from bot.core.people import Member

DEADLINE_SECONDS = 3.0


class BareBot(commands.Bot):
    """The least a discord.py bot can do for /redeem: answer with a plain reply."""

    def __init__(self) -> None:
        super().__init__(command_prefix=commands.when_mentioned, intents=discord.Intents(guilds=True))

        @app_commands.command(name="redeem", description="Reply and do nothing else")
        async def redeem(interaction: discord.Interaction, code: str) -> None:
            await interaction.response.send_message("ok", ephemeral=True)

        self.tree.add_command(redeem)

    async def setup_hook(self) -> None:
        await self.tree.sync()


SETTLE_POLL_SECONDS = 0.0005
WARM_UP = 20


def _same_settings_for_both() -> None:
    import simcord.env

    simcord.env.Env._settle_internal.__kwdefaults__["idle"] = SETTLE_POLL_SECONDS
    sys.setswitchinterval(0.001)


async def _world(env: Any) -> dict[str, Any]:
    guild = env.create_guild("Burst")
    member_role = guild.create_role("Member")
    newcomer_role = guild.create_role("Newcomer")
    mods = guild.create_role("Mods", permissions=discord.Permissions(manage_roles=True))
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
    welcome = guild.create_text_channel("welcome", overwrites={member_role: hidden, admins: shown})
    modq = guild.create_text_channel(
        "mod-queue", overwrites={guild.default_role: hidden, mods: shown, admins: shown, env.bot.user: shown}
    )
    admin = guild.add_member(env.create_user("admin"), roles=[admins, member_role])
    await env.settle()
    return {
        "guild": guild,
        "welcome": welcome,
        "modq": modq,
        "member_role": member_role,
        "newcomer_role": newcomer_role,
        "admin": admin,
    }


async def _run_doorman(folder: Path, count: int, approval: bool) -> dict[str, Any]:
    import simcord

    bot = create_bot(Config(database=folder / f"burst-{approval}.db"))
    async with simcord.run(bot) as env:
        try:
            w = await _world(env)
            await w["admin"].slash(
                w["welcome"],
                "gate setup",
                welcome_channel=w["welcome"],
                mod_channel=w["modq"],
                member_role=w["member_role"],
                newcomer_role=w["newcomer_role"],
                approval=approval,
            )
            issuer = Member(user_id=w["admin"].id, role_ids=frozenset(), manages_server=True)
            codes = [
                (
                    await invites.create_code(
                        bot.db, guild_id=w["guild"].id, member=issuer, defaults=bot.config.defaults, now=now()
                    )
                ).code.display
                for _ in range(count)
            ]
            times, acknowledged = await _redeem_all(env, w, codes)
            admitted = await bot.db.transaction(_admission_counts)
            requests = len(w["modq"].history()) if approval else 0
        finally:
            await bot.close()
    return {
        "times": times,
        "acknowledged": acknowledged,
        "admissions": admitted[0],
        "distinct_newcomers": admitted[1],
        "max_uses_of_a_code": admitted[2],
        "requests_posted": requests,
    }


async def _admission_counts(tx: Any) -> tuple[int, int, int]:
    row = tx.conn.execute(
        "SELECT COUNT(*), COUNT(DISTINCT a.user_id), MAX(c.uses) FROM admissions a JOIN codes c ON c.id = a.code_id"
    ).fetchone()
    return row[0], row[1], row[2]


async def _redeem_all(env: Any, w: dict[str, Any], codes: list[str]) -> tuple[list[float], int]:
    times, acknowledged = [], 0
    for i, code in enumerate(codes):
        newcomer = w["guild"].add_member(env.create_user(f"newcomer{i}"), roles=[w["newcomer_role"]])
        started = time.perf_counter()
        result = await newcomer.slash(w["welcome"], "redeem", code=code)
        times.append(time.perf_counter() - started)
        acknowledged += bool(result.acknowledged)
    return times, acknowledged


async def _run_bare(count: int) -> list[float]:
    import simcord

    async with simcord.run(BareBot()) as env:
        guild = env.create_guild("Bare")
        channel = guild.create_text_channel("welcome")
        times = []
        for i in range(count + WARM_UP):
            newcomer = guild.add_member(env.create_user(f"newcomer{i}"))
            started = time.perf_counter()
            await newcomer.slash(channel, "redeem", code="7KQ2-M9XD-4HBT")
            times.append(time.perf_counter() - started)
        return times[WARM_UP:]


def measure(count: int) -> dict[str, Any]:
    _same_settings_for_both()
    with tempfile.TemporaryDirectory(prefix="doorman-burst-") as folder:
        bare = asyncio.run(_run_bare(count))
        direct = asyncio.run(_run_doorman(Path(folder), count + WARM_UP, approval=False))
        queued = asyncio.run(_run_doorman(Path(folder), count + WARM_UP, approval=True))
    bare_mean = statistics.mean(bare)
    figures: dict[str, Any] = {}
    for name, run in (("burst", direct), ("burst_approval", queued)):
        times = run.pop("times")
        measured = times[WARM_UP:]  # every interaction counts for the deadline; the warm-up not for speed
        run.update(
            newcomers=len(times),
            mean_ms=round(statistics.mean(measured) * 1000, 2),
            p50_ms=round(statistics.median(measured) * 1000, 2),
            max_ms=round(max(times) * 1000, 2),
            within_deadline=sum(t < DEADLINE_SECONDS for t in times),
            vs_bare=round(statistics.mean(measured) / bare_mean, 3),
        )
        figures[name] = run
    figures["bare"] = {"mean_ms": round(bare_mean * 1000, 2), "max_ms": round(max(bare) * 1000, 2)}
    return figures
