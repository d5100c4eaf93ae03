"""/redeem: a newcomer in the welcome channel turns a code into an admission."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import redemptions
from bot.core.admissions import Admission
from bot.core.redemptions import GUESS_WINDOW_SECONDS, CodeRefused
from bot.core.settings import GuildSettings, get_settings
from cogs._shared.guards import answers_refusals, reply_refusal
from cogs._shared.interactions import as_newcomer
from cogs._shared.replies import acknowledge, send_ephemeral
from cogs.admissions import _render
from cogs.admissions._announce import announce
from cogs.admissions._approvals import admit, mod_channel, post_request
from cogs.admissions._in_flight import carrying
from cogs.admissions._roles import Grant

log = logging.getLogger(__name__)


class Redeem(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    @app_commands.command(name="redeem", description="Join with the invitation code a member gave you")
    @app_commands.describe(code="Your invitation code, e.g. 7KQ2-M9XD-4HBT")
    @app_commands.guild_only()
    @answers_refusals
    async def redeem(self, interaction: discord.Interaction, code: str) -> None:
        guild = interaction.guild
        assert guild is not None and interaction.channel_id is not None
        # Acknowledge first: a grant or a post to the moderator channel can take a while.
        await acknowledge(interaction, ephemeral=True, thinking=True)
        try:
            redemption = await redemptions.redeem(
                self.bot.db,
                guild_id=guild.id,
                channel_id=interaction.channel_id,
                newcomer=as_newcomer(interaction.user),
                code_text=code,
                defaults=self.bot.config.defaults,
                now=now(),
            )
        except CodeRefused as refused:
            await reply_refusal(interaction, refused)
            if refused.alert_guild:
                await self._alert_guessing(guild)
            return
        with carrying(self.bot, redemption.admission.id):
            await self._carry(interaction, guild, redemption.admission, redemption.settings)

    async def _carry(
        self, interaction: discord.Interaction, guild: discord.Guild, admission: Admission, settings: GuildSettings
    ) -> None:
        """Take a fresh redemption to Discord: the moderators' queue, or the roles at once."""
        if admission.approval_required:
            # The request is recorded; if the post fails, the catch-up loop posts it later.
            await post_request(self.bot, guild, admission, settings)
            await send_ephemeral(interaction, _render.request_received(guild.name))
            return
        user = interaction.user
        admitted = await admit(self.bot, guild, admission, settings, user if isinstance(user, discord.Member) else None)
        if admitted.outcome is Grant.GRANTED:
            await send_ephemeral(interaction, _render.welcome(guild.name, admission.inviter_id))
        else:
            await send_ephemeral(interaction, _render.ROLES_DELAYED)
        # The newcomer has their answer; now the inviter and the log.
        await announce(self.bot, guild, settings, admitted.finished)

    async def _alert_guessing(self, guild: discord.Guild) -> None:
        settings = await get_settings(self.bot.db, guild.id, self.bot.config.defaults)
        channel = mod_channel(guild, settings)
        if channel is None:
            return
        try:
            await channel.send(_render.guessing_alert(GUESS_WINDOW_SECONDS // 60, settings.policy.redeem_attempts))
        except discord.HTTPException:
            log.warning("could not post the guessing alert in guild %s", guild.id, exc_info=True)
