"""The people of Discord as the dashboard needs them: someone's current roles, and names to show.

`People.member` is asked on every request (SPEC 16: what a session may do follows the member's roles
now, not when they signed in). Names are shown from what is at hand, never fetched one by one: a
page of fifty codes must not cost fifty calls to Discord.

`BotPeople` reads them through the running bot (the dashboard served in the bot's own loop); `RestPeople`
through Discord's REST API alone, for the dashboard's own process (`python -m bot web`), which has no gateway.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import discord

from bot.clock import now
from bot.core.people import Member
from bot.discord_people import as_member, require_person

if TYPE_CHECKING:
    from bot.app import Doorman


class People(Protocol):
    async def member(self, guild_id: int, user_id: int) -> Member | None:
        """Their roles and permissions in the guild now; None if they are not in it (or it is not ours)."""
        ...

    def name(self, guild_id: int, user_id: int) -> str | None:
        """A name to show for them, if one is known without asking Discord."""
        ...

    def guild_name(self, guild_id: int) -> str | None: ...

    def guild_locale(self, guild_id: int) -> str | None:
        """The server's preferred locale (Discord's server settings): its language when none was chosen."""
        ...

    async def require_person(self, user_id: int) -> None:
        """Refuse (core.inputs: UnknownAccount, BotAccount, AccountNotChecked) unless Discord knows this
        account and it is a person's: a code reserved by ID, as /invite create checks it."""
        ...

    def role_name(self, guild_id: int, role_id: int) -> str | None: ...

    def channel_name(self, guild_id: int, channel_id: int) -> str | None: ...


class BotPeople:
    """Through the running bot: its guilds, and a member fetched from Discord on each request (the member
    cache when the bot has the Server Members intent, which keeps it current)."""

    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    async def member(self, guild_id: int, user_id: int) -> Member | None:
        guild = self.bot.get_guild(guild_id)
        if guild is None:
            return None
        found = guild.get_member(user_id) if self.bot.intents.members else None
        if found is None:
            try:
                found = await guild.fetch_member(user_id)
            except discord.NotFound:
                return None
        return as_member(found)

    async def require_person(self, user_id: int) -> None:
        await require_person(self.bot, user_id)

    def name(self, guild_id: int, user_id: int) -> str | None:
        guild = self.bot.get_guild(guild_id)
        member = guild.get_member(user_id) if guild is not None else None
        if member is not None:
            return member.display_name
        user = self.bot.get_user(user_id)
        return None if user is None else user.display_name

    def guild_name(self, guild_id: int) -> str | None:
        guild = self.bot.get_guild(guild_id)
        return None if guild is None else guild.name

    def guild_locale(self, guild_id: int) -> str | None:
        guild = self.bot.get_guild(guild_id)
        return None if guild is None else guild.preferred_locale.value

    def role_name(self, guild_id: int, role_id: int) -> str | None:
        guild = self.bot.get_guild(guild_id)
        role = guild.get_role(role_id) if guild is not None else None
        return None if role is None else role.name

    def channel_name(self, guild_id: int, channel_id: int) -> str | None:
        guild = self.bot.get_guild(guild_id)
        channel = guild.get_channel(channel_id) if guild is not None else None
        return None if channel is None else channel.name


# How old the server's roles (the permissions each grants), owner and channels may be when a member's
# permissions are computed from them. The member's roles themselves are fetched on every request.
GUILD_SECONDS = 15
NAMES_KEPT = 1_000  # display names of the members fetched most recently


@dataclass(frozen=True)
class _Server:
    """A server as fetched: its roles, with the permissions each grants, its owner, and its channels' names."""

    guild: discord.Guild
    channels: dict[int, str]
    fetched_at: int


class RestPeople:
    """Through Discord's REST API, with a client logged in and never connected to the gateway.

    Invariants:
    - `member()` fetches the member from Discord on every call: the roles it reports are those they hold now.
      Taking a role away from someone takes their rights away at their next request.
    - Their permissions are computed from the server's roles fetched at most GUILD_SECONDS earlier (one fetch
      for every request in that while, not two calls per request): a change to what a role itself allows (its
      permissions, the server's owner) is seen within GUILD_SECONDS. A role newer than that counts for
      nothing (discord.py drops roles the server it holds does not list), which only ever grants less.
    - Names come from what was fetched, never from a fetch of their own: the members and accounts seen most
      recently (NAMES_KEPT), the server's roles and channels as last fetched.
    """

    def __init__(self, client: discord.Client) -> None:
        self.client = client
        self._servers: dict[int, _Server] = {}
        self._fetching: dict[int, asyncio.Lock] = {}
        self._names: OrderedDict[tuple[int, int], str] = OrderedDict()  # (guild_id, user_id), newest last

    @classmethod
    async def login(cls, token: str) -> RestPeople:
        """Log in with the bot's token (discord.LoginFailure if Discord refuses it); `close()` logs out."""
        client = discord.Client(intents=discord.Intents.none())
        try:
            await client.login(token)
        except BaseException:
            await client.close()
            raise
        return cls(client)

    async def close(self) -> None:
        await self.client.close()

    async def member(self, guild_id: int, user_id: int) -> Member | None:
        server = await self._server(guild_id)
        if server is None:
            return None
        try:
            found = await server.guild.fetch_member(user_id)
        except discord.NotFound:
            return None
        self._remember(guild_id, user_id, found.display_name)
        return as_member(found)

    async def require_person(self, user_id: int) -> None:
        await require_person(self.client, user_id)

    def name(self, guild_id: int, user_id: int) -> str | None:
        return self._names.get((guild_id, user_id))

    def guild_name(self, guild_id: int) -> str | None:
        server = self._servers.get(guild_id)
        return None if server is None else server.guild.name

    def guild_locale(self, guild_id: int) -> str | None:
        server = self._servers.get(guild_id)
        return None if server is None else server.guild.preferred_locale.value

    def role_name(self, guild_id: int, role_id: int) -> str | None:
        server = self._servers.get(guild_id)
        role = server.guild.get_role(role_id) if server is not None else None
        return None if role is None else role.name

    def channel_name(self, guild_id: int, channel_id: int) -> str | None:
        server = self._servers.get(guild_id)
        return None if server is None else server.channels.get(channel_id)

    async def _server(self, guild_id: int) -> _Server | None:
        """The server as fetched at most GUILD_SECONDS ago; None if the bot is not in it."""
        # One fetch for the requests that find it stale together.
        async with self._fetching.setdefault(guild_id, asyncio.Lock()):
            server = self._servers.get(guild_id)
            if server is not None and now() - server.fetched_at < GUILD_SECONDS:
                return server
            try:
                guild = await self.client.fetch_guild(guild_id)
                channels = await guild.fetch_channels()
            except (discord.NotFound, discord.Forbidden):
                self._servers.pop(guild_id, None)
                return None
            server = _Server(guild, {channel.id: channel.name for channel in channels}, now())
            self._servers[guild_id] = server
            return server

    def _remember(self, guild_id: int, user_id: int, name: str) -> None:
        self._names[(guild_id, user_id)] = name
        self._names.move_to_end((guild_id, user_id))
        while len(self._names) > NAMES_KEPT:
            self._names.popitem(last=False)
