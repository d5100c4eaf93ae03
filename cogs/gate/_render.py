"""What /gate settings shows: the settings in effect."""

from __future__ import annotations

import discord

from bot.core.quotas import RoleQuota
from bot.core.settings import GuildSettings
from cogs._shared.markup import channel, role
from cogs._shared.pages import paginate


def _place(key: str, value: int | None) -> str:
    if not value:
        return "not set"
    return channel(value) if key.endswith("channel_id") else role(value)


def settings_pages(settings: GuildSettings, role_quotas: dict[int, RoleQuota]) -> list[discord.Embed]:
    """The settings in effect: places and policy on every page, the role quotas (one per role) paged."""
    period = settings.policy.quota_period_days
    lines = [
        f"{role(role_id)}: {quota.amount} per {quota.period_days or period} days"
        for role_id, quota in role_quotas.items()
    ]
    pages = paginate("Doorman settings", lines, empty="None: every member has the default quota.")
    for page in pages:
        # A page's ten role quotas (a mention and two numbers each) fit a field's 1,024 characters.
        role_quotas_shown, page.description = page.description, None
        if not settings.is_set_up:
            page.description = "Not set up yet: run `/gate setup`."
        page.colour = discord.Colour.blurple()
        _add_settings(page, settings)
        page.add_field(name="Role quotas", value=role_quotas_shown, inline=False)
    return pages


def _add_settings(embed: discord.Embed, settings: GuildSettings) -> None:
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
