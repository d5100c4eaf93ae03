"""The people of Discord as the dashboard needs them: someone's current roles, and names to show.

`People.member` is asked on every request (SPEC 16: what a session may do follows the member's roles
now, not when they signed in). Names are shown from what is at hand, never fetched one by one: a
page of fifty codes must not cost fifty calls to Discord.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import discord

from bot.core.people import Member
from cogs._shared.accounts import require_person
from cogs._shared.interactions import as_member

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
