"""A raid: newcomers redeem at once on a production-like server, against a bare bot answering the same waves.

The server is laid out as in production (server.py): a log channel, each code from a different
inviter, made as /invite create makes it (codes_from_fresh_inviters), so every admission DMs a
different inviter and posts a log line, as a real raid does.

Concurrency. SimCord's public actor calls refuse to overlap, so the newcomers' /redeem are dispatched
through its internal dispatcher, `simcord.actors._slash(actor, channel, "redeem", {"code": c})`, in
waves of WAVE (TESTING.md, "Concurrency"): each wave's interactions reach the bot before it runs any
and are served concurrently; the next wave starts when the bot has settled. Each dispatcher would run
a settle loop of its own, scanning every task of the bot at every poll: profiled, fifty of them took
most of the main thread, for both bots, and Doorman's wave p50 read 50 times the bare bot's where one
loop reads 13. So a wave is dispatched with one settle loop for all (server.at_once).

Each interaction is timed from its dispatch to its answer, the first response the newcomer can read:
Doorman's reply (its first response, unless the work outlasts 2 s and it defers), the bare bot's message
(server.answer_times). What the bot does after answering (the inviter's DM, the log line) is not in that
time, but it shares the bot with the others in flight. The first SEQUENTIAL newcomers redeem one at a
time: the warm-up, reported apart as the ratio without concurrency. The figure is Doorman's p50 and
mean over the bare bot's, in waves; the bare bot runs before and after Doorman, pooled, so drift on a
shared machine hits both sides.

With approval on, the newcomers redeem in waves, then moderators (MODERATORS of them) click Approve on
every request, in waves too, through SimCord's internal click dispatcher
(`simcord.actors._component_click`); a click is timed to its answer, the request's edit showing the
decision, which Doorman sends once the decision is committed and the roles granted. A newcomer counts as
admitted only when the database says admitted and Discord shows the member role.

Both bots run under identical SimCord settings (server.fast_settle). SimCord polls for settled work every
`idle` seconds. The first version of this benchmark timed each interaction until the bot was idle, and
there the poll decided the figure: a handler that never waits on a future (the bare bot's) paid up to a
whole poll, so at the test suite's 5 ms poll the bare bot took 6.5 ms and Doorman 2.6 ms (a ratio of 0.4
that only measured the poll); at 0.5 ms, 1.7 ms against 3.0 ms. Timed to the answer, the poll matters
less, but it still paces the settle loops running beside the bot, so both bots get the same: 0.5 ms
(much smaller polls spin the main thread and starve the database thread of the GIL), and the test
suite's 1 ms GIL switch interval (at Python's default of 5 ms the database thread waits a whole interval
for the GIL at every statement while the settle loops spin).
"""

from __future__ import annotations

import asyncio
import math
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bot.app import Doorman, create_bot
from bot.clock import now
from bot.config import Config
from bot.core import admissions, invites
from bot.core.admissions import AdmissionStatus
from bot.core.people import Member
from cogs._shared.direct_channels import open_ahead

from .bare import BareBot
from .server import (
    Server,
    TimedLog,
    answer_times,
    at_once,
    fast_settle,
    production_server,
    time_requests,
    token_of,
)

DEADLINE_SECONDS = 3.0
WAVE = 50
SEQUENTIAL = 25
MODERATORS = 5


Dispatch = Callable[[Any, Any], Awaitable[Any]]  # (actor, what it acts on) -> SimCord's InteractionResult


async def _in_waves(
    env: Any, log: TimedLog, dispatch: Dispatch, pairs: list[tuple[Any, Any]], *, wave: int, reply: bool
) -> list[float]:
    """Dispatch each (actor, target) in concurrent waves; seconds from each dispatch to its answer
    (to any response at all unless `reply`), inf for none."""

    async def one(actor: Any, target: Any) -> tuple[float, Any]:
        started = time.perf_counter()
        return started, await dispatch(actor, target)

    sent: list[tuple[float, Any]] = []
    for first in range(0, len(pairs), wave):
        sent += await at_once(env, [one(actor, target) for actor, target in pairs[first : first + wave]])
    answered = answer_times(log, replies_only=reply)
    return [answered.get(token_of(result), math.inf) - started for started, result in sent]


async def _redeem_all(log: TimedLog, server: Server, pairs: list[tuple[Any, str]]) -> list[float]:
    """The first SEQUENTIAL newcomers one at a time (the warm-up, and the ratio without concurrency),
    the rest in concurrent waves."""
    import simcord.actors

    async def redeem(actor: Any, code: Any) -> Any:
        return await simcord.actors._slash(actor, server.welcome, "redeem", {"code": code})

    alone = await _in_waves(server.env, log, redeem, pairs[:SEQUENTIAL], wave=1, reply=True)
    return alone + await _in_waves(server.env, log, redeem, pairs[SEQUENTIAL:], wave=WAVE, reply=True)


async def _approve(actor: Any, request: Any) -> Any:
    import simcord.actors

    return await simcord.actors._component_click(actor, request, label="Approve", custom_id=None)


async def codes_from_fresh_inviters(bot: Doorman, server: Server, count: int) -> list[str]:
    """`count` codes, each from a new member of its own, made as /invite create makes them (the code, then
    the inviter's DM channel opened ahead and remembered) but without the interaction: quicker, for when
    creating them is not what is measured."""
    codes = []
    for i in range(count):
        inviter = server.member(f"inviter{i}")
        member = Member(user_id=inviter.id, role_ids=frozenset({server.member_role.id}), manages_server=False)
        created = await invites.create_code(
            bot.db, guild_id=server.guild.id, member=member, defaults=bot.config.defaults, now=now()
        )
        await open_ahead(bot, inviter.id)
        codes.append(created.code.display)
    return codes


async def _run_doorman(folder: Path, count: int, approval: bool) -> dict[str, Any]:
    import simcord

    bot = create_bot(Config(database=folder / f"burst-{approval}.db"))
    async with simcord.run(bot) as env:
        try:
            server = production_server(env)
            await env.settle()
            await server.setup(approval=approval)
            codes = await codes_from_fresh_inviters(bot, server, count)
            newcomers = [server.newcomer(f"newcomer{i}") for i in range(count)]
            await env.settle()
            log = time_requests(env)
            run: dict[str, Any] = {"times": await _redeem_all(log, server, list(zip(newcomers, codes, strict=True)))}
            if approval:
                requests = [message for message in server.modq.history() if message.components]
                run["requests_posted"] = len(requests)
                moderators = [server.mod] + [
                    server.guild.add_member(env.create_user(f"mod{i}"), roles=[server.mods])
                    for i in range(1, MODERATORS)
                ]
                await env.settle()
                clicks = [(moderators[i % MODERATORS], request) for i, request in enumerate(requests)]
                run["click_times"] = await _in_waves(server.env, log, _approve, clicks, wave=WAVE, reply=False)
            run.update(await _admitted(bot, server, newcomers))
        finally:
            await bot.close()
    return run


async def _admitted(bot: Doorman, server: Server, newcomers: list[Any]) -> dict[str, Any]:
    """Who is admitted as both sides see it: the admission row says admitted, and Discord shows the role."""
    in_database = on_discord = both = 0
    for newcomer in newcomers:
        history = await admissions.lineage(bot.db, guild_id=server.guild.id, user_id=newcomer.id)
        recorded = [a.status for a in history.admissions] == [AdmissionStatus.ADMITTED]
        granted = "Member" in await server.roles_of(newcomer)
        in_database += recorded
        on_discord += granted
        both += recorded and granted
    codes = await invites.list_guild_codes(bot.db, guild_id=server.guild.id, inviter_id=None, now=now())
    return {
        "admitted": both,
        "admitted_in_database": in_database,
        "member_role_on_discord": on_discord,
        "max_uses_of_a_code": max(code.uses for code in codes),
    }


async def _run_bare(count: int) -> list[float]:
    import simcord

    async with simcord.run(BareBot()) as env:
        server = production_server(env)
        newcomers = [server.newcomer(f"newcomer{i}") for i in range(count)]
        await env.settle()
        log = time_requests(env)
        return await _redeem_all(log, server, [(newcomer, "7KQ2-M9XD-4HBT") for newcomer in newcomers])


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _latencies(times: list[float]) -> dict[str, Any]:
    return {
        "interactions": len(times),
        "answered": sum(math.isfinite(t) for t in times),
        "within_deadline": sum(t < DEADLINE_SECONDS for t in times),
        "p50_ms": _ms(statistics.median(times)),
        "mean_ms": _ms(statistics.mean(times)),
        "p99_ms": _ms(statistics.quantiles(times, n=100, method="inclusive")[98]),
        "max_ms": _ms(max(times)),
    }


def _redemptions(*runs: list[float]) -> dict[str, Any]:
    """The concurrent waves' latencies (of one run, or pooled over several); every interaction counts for
    the deadline, those sent one at a time apart."""
    alone = [t for times in runs for t in times[:SEQUENTIAL]]
    figures = _latencies([t for times in runs for t in times[SEQUENTIAL:]])
    everything = alone + [t for times in runs for t in times[SEQUENTIAL:]]
    figures.update(
        interactions=len(everything),
        answered=sum(math.isfinite(t) for t in everything),
        within_deadline=sum(t < DEADLINE_SECONDS for t in everything),
        sequential=_latencies(alone),
    )
    return figures


def _ratio(doorman: dict[str, Any], bare: dict[str, Any]) -> dict[str, float]:
    return {key: round(doorman[f"{key}_ms"] / bare[f"{key}_ms"], 3) for key in ("p50", "mean")}


def measure(count: int) -> dict[str, Any]:
    """burst, burst_approval and burst_vs_bare for `count` newcomers in waves (after SEQUENTIAL one at a time)."""
    total = count + SEQUENTIAL
    with fast_settle(), tempfile.TemporaryDirectory(prefix="doorman-burst-") as folder:
        before = asyncio.run(_run_bare(total))
        direct = asyncio.run(_run_doorman(Path(folder), total, approval=False))
        queued = asyncio.run(_run_doorman(Path(folder), total, approval=True))
        after = asyncio.run(_run_bare(total))
    bare = _redemptions(before, after)  # before and after Doorman's runs: drift on the machine hits both
    burst = {**_redemptions(direct.pop("times")), **direct}
    clicks = _latencies(queued.pop("click_times"))
    approval = {**_redemptions(queued.pop("times")), **queued, "clicks": clicks}
    for run in (burst, approval):
        run["value"] = (
            run["within_deadline"] == run["interactions"] == run["admitted"] and run["max_uses_of_a_code"] == 1
        )
    return {
        "burst": burst,
        "burst_approval": approval,
        "burst_vs_bare": {
            "value": _ratio(burst, bare),
            "with_approval": _ratio(approval, bare),
            "one_at_a_time": _ratio(burst["sequential"], bare["sequential"]),
            "bare": bare,
            "wave": WAVE,
        },
    }
