"""Hearing joins (GUILD_MEMBER_ADD, sent only with the Server Members intent): each owes the waiting room's timers."""

from __future__ import annotations

import logging

import discord
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import waiting_room

log = logging.getLogger(__name__)


class WaitingRoom(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        if member.bot:
            return  # bots are added by admins, and never redeem codes
        # Discord's join time, not ours: a timer compares it with the member's when it falls due, so that
        # someone who left and joined again is judged by their new timers alone. Without it no timer could match.
        joined_at = joined(member)
        if joined_at is None:
            log.warning("no join time for %s in guild %s: no waiting-room timers", member.id, member.guild.id)
            return
        await waiting_room.member_joined(
            self.bot.db,
            guild_id=member.guild.id,
            user_id=member.id,
            joined_at=joined_at,
            defaults=self.bot.config.defaults,
            now=now(),
        )


def joined(member: discord.Member) -> int | None:
    """When the member joined, as Discord says, in whole seconds."""
    return None if member.joined_at is None else int(member.joined_at.timestamp())
