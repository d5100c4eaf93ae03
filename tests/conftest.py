"""SimCord fixtures: the real bot, built the way production builds it, in a small guild.

`world` lays out a guild the way the README tells admins to: @everyone sees
only #welcome, members see the rest, the moderator queue is for moderators.
The suite runs under SimCord's default options (its 50 ms settle poll included).
"""

from __future__ import annotations

import asyncio
import itertools
import os
import re
import sqlite3
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import discord
import pytest

from bot.app import Doorman, create_bot
from bot.config import load_config
from bot.i18n import Catalogs
from bot.i18n.catalogs import english
from bot.simulated_locales import SpokenLocales, speaking
from bot.store import DatabaseTarget
from bot.store.postgres.url import PostgresUrl
from tests import postgres_server
from tests.databases import drop_postgres_database, new_postgres_database

# The real browser's fixtures (browser, browser_page, phone_page), for the dashboard's tests under tests/web.
pytest_plugins = ["tests.web.browser"]

_databases = itertools.count(1)
# What the bot says in English when something unexpected happens (most tests read English).
APOLOGY = english()("apology")


@pytest.fixture(scope="session")
def postgres() -> Iterator[postgres_server.Server]:
    """One PostgreSQL server for the whole run, started on first use (tests/postgres_server.py).

    Where PostgreSQL's programs are missing, its tests fail in CI (.ci/run sets DOORMAN_REQUIRE_POSTGRES,
    and installs them) and are skipped elsewhere with the reason, so that the README's test command still
    runs the SQLite half on a machine without them.
    """
    try:
        server = postgres_server.start()
    except postgres_server.NoPostgres as missing:
        if os.environ.get("DOORMAN_REQUIRE_POSTGRES"):
            raise
        pytest.skip(str(missing))
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on: each test of behaviour runs on both. A module whose subject is one
    database (SQLite's files, say) overrides this fixture with that one."""
    return str(request.param)


@pytest.fixture
async def database_target(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> AsyncIterator[DatabaseTarget]:
    """A fresh, empty database for the test: a file in its folder, or a new database on the server (dropped
    after the test: each takes about 8 MB, and the suite makes hundreds)."""
    if backend == "sqlite":
        yield tmp_path / "doorman.db"
        return
    server: postgres_server.Server = request.getfixturevalue("postgres")
    # Unique across pytest-xdist's workers too: they share a server when DOORMAN_TEST_POSTGRES names one.
    name = f"doorman_test_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{next(_databases)}"
    await new_postgres_database(server.base, name)
    yield PostgresUrl(server.url(name))
    await drop_postgres_database(server.base, name)


@pytest.fixture
def gil_for_races() -> Iterator[None]:
    """For tests that gather hundreds of SimCord dispatchers at once: a 1 ms GIL switch interval.

    The gathered settle loops keep the main thread busy, and the database thread then waits a whole
    switch interval (5 ms by default) for the GIL at every statement. A real bot's loop idles in
    select(), so this is test-only.
    """
    interval = sys.getswitchinterval()
    sys.setswitchinterval(0.001)
    yield
    sys.setswitchinterval(interval)


def loaded(module: str) -> ModuleType:
    """An extension's module as the running bot loaded it.

    discord.py imports an extension afresh at every load and drops its modules when a bot closes,
    so a module imported when a test file loads can be a stale copy the bot no longer uses.
    """
    return sys.modules[module]


def write_config(folder: Path, extra: str = "", database: DatabaseTarget | None = None) -> Path:
    """The test's config file: its database (default: doorman.db in `folder`), then `extra` TOML."""
    path = folder / "doorman.toml"
    written = "doorman.db" if database is None else (database.dsn if isinstance(database, PostgresUrl) else database)
    path.write_text(f"[bot]\ndatabase = {toml_string(str(written))}\n{extra}\n", encoding="utf-8")
    return path


def toml_string(text: str) -> str:
    """`text` as a TOML basic string, escaped as TOML needs."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\x00", "\\u0000")
    return f'"{escaped}"'


def database_at_version(path: Path, version: int) -> None:
    """A database file whose schema says `version`, as a newer (or older) Doorman would leave it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA user_version = {version:d}")
    finally:
        conn.close()


@pytest.fixture
def config_extra() -> str:
    """TOML appended to the test config; override in a test module to change defaults."""
    return ""


@pytest.fixture
def catalogs() -> Catalogs | None:
    """The bot's catalogs: None for the shipped ones; a test module may give others (tests/i18n)."""
    return None


@pytest.fixture
async def make_bot(
    tmp_path: Path, config_extra: str, database_target: DatabaseTarget, catalogs: Catalogs | None
) -> AsyncIterator[Callable[[], Doorman]]:
    built: list[Doorman] = []
    config = load_config(write_config(tmp_path, config_extra, database_target), environ={})

    def factory() -> Doorman:
        bot = create_bot(config, catalogs)
        built.append(bot)
        return bot

    yield factory
    for bot in built:
        await bot.close()  # SimCord never closes bots; an open database thread would hang the exit


@pytest.fixture
def simcord_bot(make_bot: Callable[[], Doorman]) -> Doorman:
    return make_bot()


@dataclass
class World:
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
    alice: Any

    def newcomer(self, name: str) -> Any:
        return self.guild.add_member(self.env.create_user(name), roles=[self.newcomer_role])

    def member(self, name: str) -> Any:
        return self.guild.add_member(self.env.create_user(name), roles=[self.member_role])

    def staff_channel(self, name: str) -> Any:
        """A channel only staff and the bot see, like the moderator channel."""
        hidden, shown = discord.PermissionOverwrite(view_channel=False), discord.PermissionOverwrite(view_channel=True)
        admins = self.guild.roles["Admins"]
        overwrites = {self.guild.default_role: hidden, self.mods: shown, admins: shown, self.env.bot.user: shown}
        return self.guild.create_text_channel(name, overwrites=overwrites)

    async def setup(self, **options: Any) -> Any:
        """Run /gate setup as the admin with this world's channels and roles (plus options)."""
        arguments = dict(
            welcome_channel=self.welcome,
            mod_channel=self.modq,
            member_role=self.member_role,
            newcomer_role=self.newcomer_role,
            log_channel=self.logs,
            mod_role=self.mods,
        )
        arguments.update(options)
        arguments = {key: value for key, value in arguments.items() if value is not None}
        return await self.admin.slash(self.general, "gate setup", **arguments)

    async def create_code(self, who: Any = None, **options: Any) -> str:
        result = await (who or self.alice).slash(self.general, "invite create", **options)
        return self.code_in(result.response.content)

    @staticmethod
    def code_in(reply: str) -> str:
        """The code a reply to /invite create shows, in any language."""
        shown = re.search(r"\*\*`([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})`\*\*", reply)
        assert shown is not None, reply
        return shown.group(1)

    async def request_for(self, name: str = "bob", **code_options: Any) -> tuple[Any, Any, Any]:
        """A newcomer redeems a fresh code; returns (newcomer, the last message in the moderator channel, the reply)."""
        code = await self.create_code(**code_options)
        newcomer = self.newcomer(name)
        result = await newcomer.slash(self.welcome, "redeem", code=code)
        return newcomer, self.modq.last_message, result

    def fail_request_edits(self, *, times: int | None = None) -> None:
        """Discord fails every edit of a request message (500), `times` times or for good: both the click's
        answer that carries the edit (once) and the edits of the message itself."""
        self.env.inject_error("POST", "/interactions/*/*/callback", status=500, times=1)
        self.env.inject_error("PATCH", f"/channels/{self.modq.id}/messages/*", status=500, times=times)

    async def ban(self, actor: Any) -> None:
        """Someone is banned: the member goes and GUILD_BAN_ADD is sent, as when a moderator bans in Discord's own
        menu. SimCord's actors have no ban; the bot's own REST call is the public way to make one."""
        await self.env.bot.get_guild(self.guild.id).ban(discord.Object(actor.id))
        await self.env.settle()

    def pings(self) -> list[str]:
        """Every ping any message in the world caused: users, roles, @everyone/@here."""
        found = []
        for channel in self.env.backend.messages.values():
            for message in channel.values():
                if message.ping_user_ids or message.ping_role_ids or message.mention_everyone:
                    found.append(f"{message.content[:60]!r} pinged {message.ping_user_ids} {message.ping_role_ids}")
        return found

    def dms(self, actor: Any) -> list[str]:
        """What the bot DMed this person, oldest first."""
        return [message.content for message in actor.user.dm_channel.history()]

    def bot_messages(self, channel: Any) -> list[Any]:
        return [message for message in channel.history() if message.author.id == self.env.bot.user.id]

    async def roles_of(self, actor: Any) -> set[str]:
        member = await self.env.bot.get_guild(self.guild.id).fetch_member(actor.id)
        return {role.name for role in member.roles if not role.is_default()}


@pytest.fixture
async def world(simcord_env: Any) -> World:
    env = simcord_env
    guild = env.create_guild("Doorman Test")
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
    admin = guild.add_member(env.create_user("admin"), roles=[admins, member_role])
    mod = guild.add_member(env.create_user("mod"), roles=[mods, member_role])
    alice = guild.add_member(env.create_user("alice"), roles=[member_role])
    await env.settle()
    return World(env, guild, member_role, newcomer_role, mods, welcome, general, modq, logs, admin, mod, alice)


@pytest.fixture
async def ready(world: World) -> World:
    """A world where /gate setup has run (approval off)."""
    result = await world.setup()
    assert result.response.content.startswith("Saved"), result.response.content
    return world


@pytest.fixture
async def approving(world: World) -> World:
    """A world where /gate setup has run with approval on."""
    result = await world.setup(approval=True)
    assert result.response.content.startswith("Saved"), result.response.content
    return world


@pytest.fixture
def slow_redemptions(monkeypatch: pytest.MonkeyPatch) -> None:
    """No patience before deferring, and a redemption that takes a moment: the deferral's timer fires while
    it runs. (SimCord runs timers on its settle turns; a real short sleep lets those turn.)"""
    from bot.core import redemptions

    redeem = redemptions.redeem

    async def slow(*args: Any, **kwargs: Any) -> Any:
        await asyncio.sleep(0.05)
        return await redeem(*args, **kwargs)

    monkeypatch.setattr("cogs._shared.first_response.PATIENCE_SECONDS", 0)
    monkeypatch.setattr(redemptions, "redeem", slow)


@pytest.fixture
def spoken(simcord_env: Any) -> Iterator[SpokenLocales]:
    """Who uses Discord in which language: `spoken.set(actor.id, "de")`; everyone else en-US."""
    with speaking(simcord_env) as locales:
        yield locales
