"""/redeem: a newcomer in the welcome channel turns a code into an admission."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import redemptions
from bot.core.owed import GrantRoles
from bot.i18n.commands import described
from cogs._shared.deliveries.outcomes import Done
from cogs._shared.direct_channels import open_ahead
from cogs._shared.first_response import answering_soon
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import as_newcomer
from cogs._shared.language import reader
from cogs._shared.replies import send_ephemeral
from cogs.admissions import _render


class Redeem(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    @app_commands.command(name="redeem", description=described("admissions-cmd-redeem"))
    @app_commands.describe(code=described("admissions-cmd-redeem-code"))
    @app_commands.guild_only()
    @answers_refusals
    async def redeem(self, interaction: discord.Interaction, code: str | None = None) -> None:
        # Without a code: someone admitted here before who left comes back, as the policy `returning` says.
        guild, user = interaction.guild, interaction.user
        assert guild is not None and interaction.channel_id is not None
        with self.bot.deliveries.reserving() as owed:
            # The roles (or the request for the moderators) before the answer; the inviter and the log after it.
            async with answering_soon(interaction, thinking=True):
                redemption = await redemptions.redeem(
                    self.bot.db,
                    guild_id=guild.id,
                    channel_id=interaction.channel_id,
                    newcomer=as_newcomer(interaction),
                    code_text=code,
                    defaults=self.bot.config.defaults,
                    now=now(),
                )
                member = user if isinstance(user, discord.Member) else None
                settings = redemption.settings
                carried = await owed.carry(member=member, settings=settings, hold_followups=True)
            t = reader(interaction)
            if redemption.admission.approval_required:
                received = _render.back_received if redemption.admission.came_back else _render.request_received
                await send_ephemeral(interaction, received(t, guild.name))
                await open_ahead(self.bot, user.id)  # for the DM that tells them the decision
            elif isinstance(grant := carried.outcome_of(GrantRoles), Done) and grant.delivered:
                if redemption.admission.came_back:
                    await send_ephemeral(interaction, _render.welcome_back(t, guild.name))
                else:
                    await send_ephemeral(interaction, _render.welcome(t, guild.name, redemption.admission.inviter_id))
            else:
                await send_ephemeral(interaction, _render.roles_delayed(t))
            await owed.carry(settings=settings)
