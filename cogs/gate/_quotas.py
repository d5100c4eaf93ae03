"""/gate quota and grant: who may hand out how many uses."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import quotas
from bot.discord_people import as_member
from bot.i18n.commands import described
from cogs._shared.guards import answers_refusals
from cogs._shared.language import reader
from cogs._shared.replies import send_ephemeral


class QuotaCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="quota", description=described("gate-cmd-quota"))
    @app_commands.describe(
        role=described("gate-cmd-quota-role"),
        amount=described("gate-cmd-quota-amount"),
        period_days=described("gate-cmd-quota-period-days"),
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
        t = reader(interaction)
        await send_ephemeral(interaction, t("gate-quota-set", role=role.mention, amount=amount, period=period))

    @app_commands.command(name="grant", description=described("gate-cmd-grant"))
    @app_commands.describe(member=described("gate-cmd-grant-member"), amount=described("gate-cmd-grant-amount"))
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
        t = reader(interaction)
        common: dict[str, str | int] = {
            "member": member.mention,
            "adjustment": f"{amount:+d}",
            "period": status.rule.period_days,
        }
        if status.rule.limit is None:
            text = t("gate-grant-set-unlimited", **common, used=status.used)
        else:
            text = t("gate-grant-set", **common, limit=status.rule.limit, used=status.used)
        await send_ephemeral(interaction, text)
