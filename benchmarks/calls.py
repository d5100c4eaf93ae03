"""Discord REST calls per admission, counted from SimCord's request log on a production-like server.

Discord's rate limits (50 requests a second for the whole bot, role edits and channel posts per
server) bound how fast a raid is admitted, so these counts come first. The server is laid out as the
README tells admins (server.py, with a log channel); every code is created by a different member
through /invite create, so the bot has never opened a DM channel with the inviter, as in production.

- rest_calls_create: from one member's /invite create until the bot is idle again: the reply, and the
  member's DM channel opened ahead (once per member), so that admissions DM them in one call.
- rest_calls_admission (approval off): from the newcomer's /redeem until everything the admission
  owes is delivered (`env.settle()`): the role grant, the reply, the inviter's DM and the log line.
  Redeeming a code's last use also deletes its invite link (SPEC section 11): a call the code owes,
  not the admission, counted apart as `link_calls` (one per code whose link was used up).
- rest_calls_approve (approval on): from a moderator's Approve click until the roles, both DMs, the
  request's edit and the log line are delivered. The redemption that posted the request is reported
  beside it (`request_calls`), not in it.

Each count is checked against what Discord holds afterwards (the DM channels, the log channel, the
request message, the newcomer's roles): a bot that skipped a delivery is reported as not delivered
and misses the target, however few calls it made.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bot.app import create_bot
from bot.config import Config

from .server import Server, fast_settle, production_server, route_of


def _mentions(message: Any, user: Any) -> bool:
    embeds = " ".join(str(embed.to_dict()) for embed in message.embeds)
    return str(user.id) in message.content + embeds


def _deletes_a_link(entry: Any) -> bool:
    return bool(entry.method == "DELETE" and entry.path.startswith("/invites/"))


def _dm_mentioning(user: Any, about: Any) -> bool:
    channel = user.user.dm_channel
    return channel is not None and any(_mentions(message, about) for message in channel.history())


def _logged(server: Server, newcomer: Any) -> bool:
    return any(_mentions(message, newcomer) for message in server.logs.history())


class Tally:
    """Calls per step, by route, over several admissions; and whether each delivered what it owed."""

    def __init__(self) -> None:
        self.counts: list[int] = []
        self.routes: Counter[str] = Counter()
        self.delivered = True

    def add(self, entries: list[Any], names: dict[int, str], delivered: bool = True) -> None:
        self.counts.append(len(entries))
        self.routes.update(route_of(entry, names) for entry in entries)
        self.delivered &= delivered

    def figure(self) -> dict[str, Any]:
        n = len(self.counts)
        return {
            "value": round(statistics.mean(self.counts), 2),
            "min": min(self.counts),
            "max": max(self.counts),
            "admissions": n,
            "delivered": self.delivered,
            "by_route": {route: round(count / n, 2) for route, count in self.routes.most_common()},
        }


async def _admission(server: Server, i: int, tallies: dict[str, Tally], *, approval: bool) -> None:
    env, log = server.env, server.env.http_requests
    inviter = server.member(f"inviter-{approval}-{i}")  # fresh: no DM channel open with them
    newcomer = server.newcomer(f"newcomer-{approval}-{i}")
    await env.settle()
    mark = len(log)
    code = await server.create_code(inviter)
    await env.settle()
    names = {**server.names(), inviter.id: "{inviter}", newcomer.id: "{newcomer}"}
    if not approval:
        tallies["create"].add(log[mark:], names)

    mark = len(log)
    reply = await newcomer.slash(server.welcome, "redeem", code=code)
    await env.settle()
    redeemed = [entry for entry in log[mark:] if not _deletes_a_link(entry)]
    tallies["link"].add([entry for entry in log[mark:] if _deletes_a_link(entry)], names)
    if approval:
        request = server.modq.last_message
        names[request.id] = "{request}"
        tallies["request"].add(redeemed, names, delivered=_mentions(request, newcomer) and bool(request.components))
        mark = len(log)
        await server.mod.click(request, label="Approve")
        await env.settle()
        approved = log[mark:]
        [decided] = [message for message in server.modq.history() if message.id == request.id]
    for user, label in ((inviter, "{inviter_dm}"), (newcomer, "{newcomer_dm}")):
        if user.user.dm_channel is not None:
            names[user.user.dm_channel.id] = label
    delivered = (
        reply.response is not None
        and _dm_mentioning(inviter, newcomer)
        and _logged(server, newcomer)
        and "Member" in await server.roles_of(newcomer)  # a REST call, made after counting
    )
    if approval:
        told = newcomer.user.dm_channel is not None and bool(newcomer.user.dm_channel.history())
        edited = decided.edited_at is not None and not decided.components
        tallies["approve"].add(approved, names, delivered and told and edited)
    else:
        tallies["admission"].add(redeemed, names, delivered)


async def _count(folder: Path, admissions: int) -> dict[str, Tally]:
    import simcord

    tallies = {name: Tally() for name in ("create", "admission", "request", "approve", "link")}
    bot = create_bot(Config(database=folder / "calls.db"))
    async with simcord.run(bot) as env:
        try:
            server = production_server(env)
            await env.settle()
            for approval in (False, True):
                await server.setup(approval=approval)  # re-running setup changes only what it is given
                for i in range(admissions):
                    await _admission(server, i, tallies, approval=approval)
        finally:
            await bot.close()
    return tallies


def measure(admissions: int) -> dict[str, Any]:
    """rest_calls_admission, rest_calls_approve and rest_calls_create, each the mean over `admissions`."""
    with fast_settle(), tempfile.TemporaryDirectory(prefix="doorman-calls-") as folder:
        tallies = asyncio.run(_count(Path(folder), admissions))
    approve = tallies["approve"].figure()
    approve["request_calls"] = tallies["request"].figure()
    admission = tallies["admission"].figure()
    admission["link_calls"] = tallies["link"].figure()
    return {
        "rest_calls_admission": admission,
        "rest_calls_approve": approve,
        "rest_calls_create": tallies["create"].figure(),
    }
