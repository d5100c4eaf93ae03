"""Watching bans: Discord's GUILD_BAN_ADD, committed in one transaction (core.bans); the worker carries the rest."""

from __future__ import annotations

import discord
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import bans


class Bans(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_member_ban(self, guild: discord.Guild, user: discord.User | discord.Member) -> None:
        # The alert and the log line are owed in the transaction that records the ban: a crash right after
        # loses neither (SPEC section 9). A ban made while the bot was offline is not seen (README, "Bans").
        await bans.member_banned(self.bot.db, guild_id=guild.id, user_id=user.id, now=now())
