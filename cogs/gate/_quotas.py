"""/gate quota and grant: who may hand out how many uses."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import quotas
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import as_member
from cogs._shared.replies import send_ephemeral


class QuotaCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="quota", description="Give holders of a role their own invitation quota")
    @app_commands.describe(
        role="The role", amount="Uses per period (0: holders cannot invite)", period_days="Window length in days"
    )
    @answers_refusals
    async def quota(
        self, interaction: discord.Interaction, role: discord.Role, amount: int, period_days: int | None = None
    ) -> None:
        period = await quotas.set_role_quota(
            self.bot.db,
            guild_id=role.guild.id,
            role_id=role.id,
            amount=amount,
            period_days=period_days,
            defaults=self.bot.config.defaults,
            by=interaction.user.id,
            now=now(),
        )
        await send_ephemeral(
            interaction,
            f"Holders of {role.mention} may now hand out {amount} uses per {period} days. "
            "A member gets the highest quota among their roles.",
        )

    @app_commands.command(name="grant", description="Raise (or, negative, lower) one member's invitation limit")
    @app_commands.describe(member="The member", amount="Uses added to their limit (negative lowers it, 0 resets)")
    @answers_refusals
    async def grant(self, interaction: discord.Interaction, member: discord.Member, amount: int) -> None:
        status = await quotas.set_grant(
            self.bot.db,
            guild_id=member.guild.id,
            member=as_member(member),
            amount=amount,
            defaults=self.bot.config.defaults,
            by=interaction.user.id,
            now=now(),
        )
        limit = "unlimited (Manage Server)" if status.rule.limit is None else str(status.rule.limit)
        await send_ephemeral(
            interaction,
            f"{member.mention}'s adjustment is now {amount:+d}: their limit is {limit} uses "
            f"per {status.rule.period_days} days ({status.used} in use).",
        )
