"""What /gate shows: the settings in effect."""

from __future__ import annotations

import discord

from bot.core.quotas import RoleQuota
from bot.core.settings import GuildSettings
from cogs._shared.markup import channel, role


def _place(key: str, value: int | None) -> str:
    if not value:
        return "not set"
    return channel(value) if key.endswith("channel_id") else role(value)


def settings_embed(settings: GuildSettings, role_quotas: dict[int, RoleQuota]) -> discord.Embed:
    embed = discord.Embed(title="Doorman settings", colour=discord.Colour.blurple())
    embed.add_field(
        name="Places",
        value="\n".join(
            [
                f"Welcome channel: {_place('welcome_channel_id', settings.welcome_channel_id)}",
                f"Moderator channel: {_place('mod_channel_id', settings.mod_channel_id)}",
                f"Log channel: {_place('log_channel_id', settings.log_channel_id)}",
                f"Member role: {_place('member_role_id', settings.member_role_id)}",
                f"Newcomer role: {_place('newcomer_role_id', settings.newcomer_role_id)}",
                f"Moderator role: {_place('mod_role_id', settings.mod_role_id)} (and anyone with Manage Roles)",
            ]
        ),
        inline=False,
    )
    policy = settings.policy

    def mark(key: str) -> str:
        return "" if key in settings.overridden else " (default)"

    embed.add_field(
        name="Policy",
        value="\n".join(
            [
                f"Approval: {'on' if policy.approval else 'off'}{mark('approval')}",
                f"Invites per member: {policy.invites_per_member} per {policy.quota_period_days} days"
                f"{mark('invites_per_member')}",
                f"Code lifetime: {policy.code_ttl_days} days{mark('code_ttl_days')}",
                f"Max uses per code: {policy.max_uses_per_code}{mark('max_uses_per_code')}",
                f"Lockout: {policy.redeem_attempts} failed attempts lock /redeem for "
                f"{policy.lockout_minutes} minutes (config file)",
            ]
        ),
        inline=False,
    )
    if role_quotas:
        embed.add_field(
            name="Role quotas",
            value="\n".join(
                f"{role(role_id)}: {quota.amount} per {quota.period_days or policy.quota_period_days} days"
                for role_id, quota in role_quotas.items()
            ),
            inline=False,
        )
    if not settings.is_set_up:
        embed.description = "Not set up yet: run `/gate setup`."
    return embed
