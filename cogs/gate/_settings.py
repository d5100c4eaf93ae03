"""/gate setup, policy and settings: where Doorman works and the rules it applies."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import quotas
from bot.core.places import SetupRefused
from bot.core.settings import Change, update_settings
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import guild_settings
from cogs._shared.pages import send_pages
from cogs.gate._places import problems_with
from cogs.gate._render import settings_pages


class SettingsCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="setup", description="Set the channels and roles Doorman works with")
    @app_commands.describe(
        welcome_channel="Where newcomers run /redeem",
        mod_channel="Where admission requests and alerts go",
        member_role="The role a member gets when admitted",
        newcomer_role="A role newcomers hold until admitted (removed on admission)",
        log_channel="Where one line per admission, denial, revocation and setting change goes",
        mod_role="A role whose holders may approve or deny (Manage Roles always may)",
        approval="Whether a moderator must approve each redemption",
    )
    @answers_refusals
    async def setup(
        self,
        interaction: discord.Interaction,
        welcome_channel: discord.TextChannel,
        mod_channel: discord.TextChannel,
        member_role: discord.Role,
        newcomer_role: discord.Role | None = None,
        log_channel: discord.TextChannel | None = None,
        mod_role: discord.Role | None = None,
        approval: bool | None = None,
    ) -> None:
        assert interaction.guild is not None
        problems = problems_with(
            interaction.guild,
            roles={"member_role": member_role, "newcomer_role": newcomer_role, "mod_role": mod_role},
            channels={"welcome_channel": welcome_channel, "mod_channel": mod_channel, "log_channel": log_channel},
        )
        if problems:
            raise SetupRefused(problems)
        changes: dict[str, Change] = {
            "welcome_channel_id": welcome_channel.id,
            "mod_channel_id": mod_channel.id,
            "member_role_id": member_role.id,
        }
        optional = {"newcomer_role_id": newcomer_role, "log_channel_id": log_channel, "mod_role_id": mod_role}
        changes.update({key: value.id for key, value in optional.items() if value is not None})
        if approval is not None:
            changes["approval"] = approval
        await self._save(interaction, changes, "setup")

    @app_commands.command(name="policy", description="Change quotas, code lifetime and approval for this server")
    @app_commands.describe(
        invites_per_member="Uses a member may hand out per period (0 to 1000)",
        quota_period_days="Length of the rolling quota window in days (1 to 365)",
        code_ttl_days="Default code lifetime in days (1 to 30)",
        max_uses_per_code="Most uses one code may have (1 to 100)",
        approval="Whether a moderator must approve each redemption",
    )
    @answers_refusals
    async def policy(
        self,
        interaction: discord.Interaction,
        invites_per_member: int | None = None,
        quota_period_days: int | None = None,
        code_ttl_days: int | None = None,
        max_uses_per_code: int | None = None,
        approval: bool | None = None,
    ) -> None:
        given: dict[str, Change] = {
            "invites_per_member": invites_per_member,
            "quota_period_days": quota_period_days,
            "code_ttl_days": code_ttl_days,
            "max_uses_per_code": max_uses_per_code,
            "approval": approval,
        }
        await self._save(interaction, {key: value for key, value in given.items() if value is not None}, "policy")

    async def _save(self, interaction: discord.Interaction, changes: dict[str, Change], command: str) -> None:
        guild = interaction.guild
        assert guild is not None
        _, after = await update_settings(
            self.bot.db,
            guild.id,
            self.bot.config.defaults,
            changes,
            by=interaction.user.id,
            command=command,
            now=now(),
        )
        role_quotas = await quotas.role_quotas(self.bot.db, guild.id)
        await send_pages(interaction, settings_pages(after, role_quotas), text="Saved.")

    @app_commands.command(name="settings", description="Show everything in effect on this server")
    @answers_refusals
    async def settings(self, interaction: discord.Interaction) -> None:
        settings = await guild_settings(interaction)
        role_quotas = await quotas.role_quotas(self.bot.db, settings.guild_id)
        await send_pages(interaction, settings_pages(settings, role_quotas))
