"""/gate setup, policy and settings: where Doorman works and the rules it applies."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import quotas
from bot.core.places import SetupRefused
from bot.core.policy import Returning
from bot.core.settings import LANGUAGE_KEY, Change, GuildSettings, update_settings
from bot.core.waiting_room import refuse_without_intent
from bot.i18n.commands import described
from cogs._shared.channels import may_delete_links, may_make_links, text_channel
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import guild_settings
from cogs._shared.language import reader
from cogs._shared.markup import channel as channel_mention
from cogs._shared.pages import send_pages
from cogs.gate._places import problems_with
from cogs.gate._render import settings_pages

# The `language` choice that follows the server's preferred locale (stored as no language).
SERVER_LANGUAGE = "server"
# The languages of the moderator channel, alerts and the log: the server's, or one shipped catalog.
LANGUAGES = [
    app_commands.Choice(name=described("gate-language-server"), value=SERVER_LANGUAGE),
    app_commands.Choice(name=described("gate-language-en"), value="en"),
    app_commands.Choice(name=described("gate-language-de"), value="de"),
    app_commands.Choice(name=described("gate-language-es"), value="es-ES"),
    app_commands.Choice(name=described("gate-language-fr"), value="fr"),
    app_commands.Choice(name=described("gate-language-pt-br"), value="pt-BR"),
    app_commands.Choice(name=described("gate-language-ja"), value="ja"),
]

# What /redeem without a code does for a former member (SPEC section 13): one choice per Returning.
RETURNING = [
    app_commands.Choice(name=described("screening-returning-approve"), value=Returning.APPROVE.value),
    app_commands.Choice(name=described("screening-returning-readmit"), value=Returning.READMIT.value),
    app_commands.Choice(name=described("screening-returning-code"), value=Returning.CODE.value),
]


class SettingsCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="setup", description=described("gate-cmd-setup"))
    @app_commands.describe(
        welcome_channel=described("gate-cmd-setup-welcome-channel"),
        mod_channel=described("gate-cmd-setup-mod-channel"),
        member_role=described("gate-cmd-setup-member-role"),
        newcomer_role=described("gate-cmd-setup-newcomer-role"),
        log_channel=described("gate-cmd-setup-log-channel"),
        mod_role=described("gate-cmd-setup-mod-role"),
        approval=described("gate-cmd-approval"),
        language=described("gate-cmd-setup-language"),
    )
    @app_commands.choices(language=LANGUAGES)
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
        language: str | None = None,
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
        if language is not None:
            changes[LANGUAGE_KEY] = None if language == SERVER_LANGUAGE else language
        await self._save(interaction, changes, "setup")

    @app_commands.command(name="policy", description=described("gate-cmd-policy"))
    @app_commands.describe(
        invites_per_member=described("gate-cmd-policy-invites-per-member"),
        quota_period_days=described("gate-cmd-policy-quota-period-days"),
        code_ttl_days=described("gate-cmd-policy-code-ttl-days"),
        max_uses_per_code=described("gate-cmd-policy-max-uses-per-code"),
        approval=described("gate-cmd-approval"),
        invite_links=described("gate-cmd-policy-invite-links"),
        waitlist=described("waitlist-cmd-policy-waitlist"),
        waitlist_cooldown_days=described("waitlist-cmd-policy-cooldown-days"),
        invite_after_days=described("suspension-cmd-policy-invite-after-days"),
        min_account_age_days=described("screening-cmd-policy-min-account-age-days"),
        returning=described("screening-cmd-policy-returning"),
        remind_after_hours=described("waiting-cmd-policy-remind-after-hours"),
        kick_after_hours=described("waiting-cmd-policy-kick-after-hours"),
    )
    @app_commands.choices(returning=RETURNING)
    @answers_refusals
    async def policy(
        self,
        interaction: discord.Interaction,
        invites_per_member: int | None = None,
        quota_period_days: int | None = None,
        code_ttl_days: int | None = None,
        max_uses_per_code: int | None = None,
        approval: bool | None = None,
        invite_links: bool | None = None,
        waitlist: bool | None = None,
        waitlist_cooldown_days: int | None = None,
        invite_after_days: int | None = None,
        min_account_age_days: int | None = None,
        returning: str | None = None,
        remind_after_hours: int | None = None,
        kick_after_hours: int | None = None,
    ) -> None:
        given: dict[str, Change] = {
            "invites_per_member": invites_per_member,
            "quota_period_days": quota_period_days,
            "code_ttl_days": code_ttl_days,
            "max_uses_per_code": max_uses_per_code,
            "approval": approval,
            "invite_links": invite_links,
            "waitlist": waitlist,
            "waitlist_cooldown_days": waitlist_cooldown_days,
            "invite_after_days": invite_after_days,
            "min_account_age_days": min_account_age_days,
            "returning": returning,
            "remind_after_hours": remind_after_hours,
            "kick_after_hours": kick_after_hours,
        }
        changes: dict[str, Change] = {key: value for key, value in given.items() if value is not None}
        refuse_without_intent(changes, members_intent=self.bot.config.members_intent)
        await self._save(interaction, changes, "policy")

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
        t = reader(interaction)
        text = t("gate-saved")
        welcome_there = text_channel(guild, after.welcome_channel_id) is not None
        if after.policy.invite_links and welcome_there:
            # Warnings, not refusals: codes still work, they only come without a link (SPEC section 11), or their
            # links stay on Discord after them, each failed deletion alerting the moderators.
            welcome = channel_mention(after.welcome_channel_id or 0)
            if not may_make_links(guild, after):
                text += "\n" + t("gate-warning-no-invite-permission", channel=welcome)
            elif not may_delete_links(guild, after):
                text += "\n" + t("gate-warning-no-invite-deletion", channel=welcome)
        if after.policy.kick_after_hours and not guild.me.guild_permissions.kick_members:
            # A warning too: each kick that falls due is refused, and alerts the moderators with Retry.
            text += "\n" + t("waiting-warning-no-kick-permission", count=after.policy.kick_after_hours)
        await send_pages(interaction, await self._pages(interaction, after), text=text)

    @app_commands.command(name="settings", description=described("gate-cmd-settings"))
    @answers_refusals
    async def settings(self, interaction: discord.Interaction) -> None:
        settings = await guild_settings(interaction)
        await send_pages(interaction, await self._pages(interaction, settings))

    async def _pages(self, interaction: discord.Interaction, settings: GuildSettings) -> list[discord.Embed]:
        """The settings in the reader's language."""
        assert interaction.guild is not None
        role_quotas = await quotas.role_quotas(self.bot.db, settings.guild_id)
        return settings_pages(reader(interaction), settings, role_quotas, interaction.guild.preferred_locale.value)
