"""/redeem: a newcomer in the welcome channel turns a code into an admission."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import admissions
from bot.admissions import Admission, CodeRefused, Newcomer
from bot.app import Doorman, acknowledge, send_ephemeral
from bot.clock import now
from bot.errors import Refused
from bot.settings import GuildSettings
from cogs._gatekeeper import Gatekeeper, Grant, carrying


class Redeem(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    @app_commands.command(name="redeem", description="Join with the invitation code a member gave you")
    @app_commands.describe(code="Your invitation code, e.g. 7KQ2-M9XD-4HBT")
    @app_commands.guild_only()
    async def redeem(self, interaction: discord.Interaction, code: str) -> None:
        guild, user = interaction.guild, interaction.user
        assert guild is not None and interaction.channel_id is not None
        # Acknowledge first: a grant or a post to the moderator channel can take a while.
        await acknowledge(interaction, ephemeral=True, thinking=True)
        newcomer = Newcomer(
            user_id=user.id,
            username=user.name,
            role_ids=frozenset(role.id for role in user.roles) if isinstance(user, discord.Member) else frozenset(),
        )
        gatekeeper = Gatekeeper(self.bot)
        try:
            redemption = await admissions.redeem(
                self.bot.storage,
                guild_id=guild.id,
                channel_id=interaction.channel_id,
                newcomer=newcomer,
                code_text=code,
                defaults=self.bot.config.defaults,
                now=now(),
            )
        except CodeRefused as refusal:
            await send_ephemeral(interaction, str(refusal))
            if refusal.alert_guild:
                await gatekeeper.alert_guessing(guild, await gatekeeper.settings(guild.id))
            return
        except Refused as refusal:
            await send_ephemeral(interaction, str(refusal))
            return

        admission, settings = redemption.admission, redemption.settings
        with carrying(self.bot, admission.id):
            await self._carry(interaction, guild, admission, settings, gatekeeper)

    async def _carry(
        self,
        interaction: discord.Interaction,
        guild: discord.Guild,
        admission: Admission,
        settings: GuildSettings,
        gatekeeper: Gatekeeper,
    ) -> None:
        """Take a fresh redemption to Discord: the moderators' queue, or the roles at once."""
        user = interaction.user
        if admission.approval_required:
            # The request is recorded; if the post fails, the catch-up loop posts it later.
            await gatekeeper.post_request(guild, admission, settings)
            await send_ephemeral(
                interaction,
                f"Your code was accepted. A moderator will review your request to join **{guild.name}**; "
                "you will get a DM when it is decided.",
            )
            return
        admitted = await gatekeeper.admit(
            guild, admission, settings, member=user if isinstance(user, discord.Member) else None
        )
        if admitted.outcome is Grant.GRANTED:
            await send_ephemeral(
                interaction,
                f"Welcome to **{guild.name}**! You were invited by <@{admission.inviter_id}>; "
                "the rest of the server is open to you now.",
            )
        else:
            await send_ephemeral(
                interaction,
                "Your code was accepted, but I could not give you your roles yet. "
                "The moderators were alerted and will sort it out; you do not need to redeem again.",
            )
        # The newcomer has their answer; now the inviter and the log.
        await gatekeeper.announce(guild, admitted, settings)


async def setup(bot: Doorman) -> None:
    await bot.add_cog(Redeem(bot))
