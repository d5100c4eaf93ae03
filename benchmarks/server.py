"""A SimCord server laid out the way the README tells admins to, and what the benchmarks read from SimCord.

It imports nothing of Doorman's, so that a bare bot's process (memory.py) holds none of it. Three
things here reach into SimCord beyond its public API, each for a reason given where it is done:
the settle poll (`fast_settle`), the request log's arrival times (`time_requests`) and an interaction's
token (`token_of`). Benchmarks that use SimCord go through these functions only.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import Awaitable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import discord

T = TypeVar("T")

# See burst.py's docstring for why these two, and why both bots compared get the same.
SETTLE_POLL_SECONDS = 0.0005
GIL_SWITCH_SECONDS = 0.001


@contextmanager
def fast_settle() -> Iterator[None]:
    """SimCord's settle poll at 0.5 ms and a 1 ms GIL switch interval, restored afterwards.

    Internal: the poll is a keyword default of SimCord's private settle loop (TESTING.md, "Speed").
    """
    import simcord.env

    defaults = simcord.env.Env._settle_internal.__kwdefaults__
    assert defaults is not None
    idle, interval = defaults["idle"], sys.getswitchinterval()
    defaults["idle"] = SETTLE_POLL_SECONDS
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    try:
        yield
    finally:
        defaults["idle"] = idle
        sys.setswitchinterval(interval)


@dataclass
class Server:
    """One guild as production has it: #welcome for newcomers, #general for members, #mod-queue and
    #doorman-log for staff and the bot; Member, Newcomer and Mods roles; an admin and a moderator."""

    env: Any
    guild: Any
    member_role: Any
    newcomer_role: Any
    mods: Any
    welcome: Any
    general: Any
    modq: Any
    logs: Any
    admin: Any
    mod: Any

    def newcomer(self, name: str) -> Any:
        return self.guild.add_member(self.env.create_user(name), roles=[self.newcomer_role])

    def member(self, name: str) -> Any:
        return self.guild.add_member(self.env.create_user(name), roles=[self.member_role])

    async def setup(self, *, approval: bool) -> None:
        """/gate setup with every channel and role, as the README's step 5 (plus approval)."""
        result = await self.admin.slash(
            self.general,
            "gate setup",
            welcome_channel=self.welcome,
            mod_channel=self.modq,
            member_role=self.member_role,
            newcomer_role=self.newcomer_role,
            log_channel=self.logs,
            mod_role=self.mods,
            approval=approval,
        )
        assert result.response.content.startswith("Saved"), result.response.content

    async def create_code(self, inviter: Any) -> str:
        """`inviter` runs /invite create; the code it was given."""
        result = await inviter.slash(self.general, "invite create")
        content = result.response.content
        assert "**`" in content, content
        return str(content.split("**`")[1].split("`**")[0])

    async def roles_of(self, actor: Any) -> set[str]:
        """The member's roles as Discord holds them (a REST call: make it after counting)."""
        member = await self.env.bot.get_guild(self.guild.id).fetch_member(actor.id)
        return {role.name for role in member.roles if not role.is_default()}

    def names(self) -> dict[int, str]:
        """IDs this server's requests carry, by what they are, for route_of."""
        return {
            self.guild.id: "{guild}",
            self.welcome.id: "{welcome}",
            self.modq.id: "{mod_channel}",
            self.logs.id: "{log_channel}",
            self.env.bot.application_id: "{app}",
        }


def production_server(env: Any, name: str = "Doorman", guild_id: int | None = None) -> Server:
    """Build the guild (no /gate setup: the bare bot uses the same layout). Settle before acting."""
    guild = env.create_guild(name, id=guild_id)
    member_role = guild.create_role("Member")
    newcomer_role = guild.create_role("Newcomer")
    mods = guild.create_role("Mods")
    admins = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
    welcome = guild.create_text_channel("welcome", overwrites={member_role: hidden, admins: shown})
    general = guild.create_text_channel("general", overwrites={guild.default_role: hidden, member_role: shown})
    staff_only = {guild.default_role: hidden, mods: shown, admins: shown, env.bot.user: shown}
    modq = guild.create_text_channel("mod-queue", overwrites=staff_only)
    logs = guild.create_text_channel("doorman-log", overwrites=staff_only)
    admin = guild.add_member(env.create_user(f"admin-{name}"), roles=[admins, member_role])
    mod = guild.add_member(env.create_user(f"mod-{name}"), roles=[mods, member_role])
    return Server(env, guild, member_role, newcomer_role, mods, welcome, general, modq, logs, admin, mod)


def route_of(entry: Any, names: Mapping[int, str]) -> str:
    """A logged request as its route: `POST /channels/{log_channel}/messages`, IDs named where known."""
    segments: list[str] = []
    for segment in entry.path.split("/"):
        if segment.isdigit() and segments[-1:] == ["interactions"]:
            segments.append("{interaction}")
        elif segment.isdigit():
            segments.append(names.get(int(segment), "{id}"))
        elif segment.startswith("simcord_interaction_"):
            segments.append("{token}")
        else:
            segments.append(segment)
    return f"{entry.method} {'/'.join(segments)}"


class TimedLog(list[Any]):
    """SimCord's request log, noting when each request arrived (time.perf_counter) in `times`."""

    def __init__(self, entries: list[Any]) -> None:
        super().__init__(entries)
        self.times = [float("nan")] * len(entries)

    def append(self, entry: Any) -> None:
        self.times.append(time.perf_counter())
        super().append(entry)


def time_requests(env: Any) -> TimedLog:
    """From now on, note when each REST request reaches SimCord.

    Internal: SimCord logs requests without times, in its backend's list (the one `env.http_requests`
    returns, appended to as each request arrives); it is swapped here for one that notes the time.
    """
    log = TimedLog(env.backend.http_requests)
    env.backend.http_requests = log
    return log


async def at_once(env: Any, dispatches: Sequence[Awaitable[T]]) -> list[T]:
    """Run SimCord's internal dispatchers so that their interactions all reach the bot before it runs any,
    then settle once for the lot.

    Internal: each dispatcher emits its interaction, then runs a settle loop of its own that scans every
    task of the bot at each poll; fifty gathered dispatchers scan fifty times per poll, and that
    bookkeeping, not either bot, took most of the main thread. Here `Env._settle_internal` is shadowed
    on the instance while they emit, and the real one runs once after.
    """
    settle = env._settle_internal

    async def emit_only(**_: Any) -> None:
        return None

    env._settle_internal = emit_only
    try:
        results = await asyncio.gather(*dispatches)
    finally:
        del env._settle_internal
    await settle(dispatch="INTERACTION_CREATE")
    return list(results)


def token_of(result: Any) -> str:
    """An interaction's token. Internal: SimCord's InteractionResult keeps its record in `_interaction`."""
    return str(result._interaction.token)


def answer_times(log: TimedLog, *, replies_only: bool = True) -> dict[str, float]:
    """When each interaction was answered, by token.

    With `replies_only`, the first response a person can read: a deferral ("thinking…", callback type 5)
    or a silent acknowledgement of a click (type 6) is not one; a message (type 4), an updated message
    (type 7), a followup or an edit of the original is. Otherwise the first response of any kind.
    """
    answered: dict[str, float] = {}
    for entry, at in zip(log, log.times, strict=True):
        parts = entry.path.split("/")
        if len(parts) < 4 or parts[1] not in ("interactions", "webhooks"):
            continue
        if replies_only and parts[1] == "interactions" and (entry.json or {}).get("type") not in (4, 7):
            continue
        answered.setdefault(parts[3], at)
    return answered
