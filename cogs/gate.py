"""/gate: admins configure Doorman and audit who let whom in."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import admissions, invites
from bot.admissions import AdmissionStatus
from bot.app import Doorman, send_ephemeral
from bot.clock import now
from bot.config import policy_range_problem
from bot.errors import Refused
from bot.quotas import RoleQuota
from bot.settings import PLACE_KEYS, POLICY_KEYS, GuildSettings, update_settings
from cogs._describe import describe_admission, describe_code
from cogs._gatekeeper import post_log
from cogs._interaction import as_core_member, guild_settings, require_admin
from cogs._pages import paginate, send_pages


def validate_setup(
    guild: discord.Guild,
    *,
    channels: dict[str, discord.abc.GuildChannel | None],
    roles: dict[str, discord.Role | None],
) -> list[str]:
    """Every reason the bot could not work with these channels and roles (empty: all good)."""
    me = guild.me
    problems = []
    if not me.guild_permissions.manage_roles:
        problems.append("I lack the **Manage Roles** permission, so I cannot grant roles.")
    for name, role in roles.items():
        if role is None:
            continue
        if role.is_default():
            problems.append(f"`{name}` cannot be @everyone.")
        elif name == "mod_role":
            continue  # never granted by the bot: hierarchy and integrations do not matter
        elif role.managed:
            problems.append(f"`{name}` {role.mention} is managed by an integration and cannot be granted.")
        elif role >= me.top_role:
            problems.append(
                f"`{name}` {role.mention} is not below my highest role {me.top_role.mention}: "
                "move my role above it in Server Settings → Roles."
            )
    member_role, newcomer_role = roles.get("member_role"), roles.get("newcomer_role")
    if member_role is not None and member_role == newcomer_role:
        problems.append("`member_role` and `newcomer_role` must be different roles.")
    for name, channel in channels.items():
        if channel is None or name == "welcome_channel":
            continue
        if not isinstance(channel, discord.TextChannel):
            problems.append(f"`{name}` {channel.mention} must be a text channel.")
            continue
        allowed = channel.permissions_for(me)
        missing = [
            label
            for label, ok in (
                ("View Channel", allowed.view_channel),
                ("Send Messages", allowed.send_messages),
                ("Embed Links", allowed.embed_links),
            )
            if not ok
        ]
        if missing:
            problems.append(f"In `{name}` {channel.mention} I lack: {', '.join(missing)}.")
    return problems


def settings_embed(settings: GuildSettings, role_quotas: dict[int, RoleQuota]) -> discord.Embed:
    def place(prefix: str, value: int | None) -> str:
        return f"<{prefix}{value}>" if value else "not set"

    embed = discord.Embed(title="Doorman settings", colour=discord.Colour.blurple())
    embed.add_field(
        name="Places",
        value="\n".join(
            [
                f"Welcome channel: {place('#', settings.welcome_channel_id)}",
                f"Moderator channel: {place('#', settings.mod_channel_id)}",
                f"Log channel: {place('#', settings.log_channel_id)}",
                f"Member role: {place('@&', settings.member_role_id)}",
                f"Newcomer role: {place('@&', settings.newcomer_role_id)}",
                f"Moderator role: {place('@&', settings.mod_role_id)} (and anyone with Manage Roles)",
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
                f"<@&{role_id}>: {quota.amount} per {quota.period_days or policy.quota_period_days} days"
                for role_id, quota in role_quotas.items()
            ),
            inline=False,
        )
    if not settings.is_set_up:
        embed.description = "Not set up yet: run `/gate setup`."
    return embed


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Gate(commands.GroupCog, group_name="gate", group_description="Configure Doorman and audit admissions"):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot
        super().__init__()

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
        if not await require_admin(interaction):
            return
        assert interaction.guild is not None
        problems = validate_setup(
            interaction.guild,
            channels={"welcome_channel": welcome_channel, "mod_channel": mod_channel, "log_channel": log_channel},
            roles={"member_role": member_role, "newcomer_role": newcomer_role, "mod_role": mod_role},
        )
        if problems:
            await send_ephemeral(
                interaction,
                "Nothing was saved. Fix these first, then run `/gate setup` again:\n"
                + "\n".join(f"• {problem}" for problem in problems),
            )
            return
        changes: dict[str, int | bool | None] = {
            "welcome_channel_id": welcome_channel.id,
            "mod_channel_id": mod_channel.id,
            "member_role_id": member_role.id,
        }
        optional = {
            "newcomer_role_id": newcomer_role,
            "log_channel_id": log_channel,
            "mod_role_id": mod_role,
        }
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
    async def policy(
        self,
        interaction: discord.Interaction,
        invites_per_member: int | None = None,
        quota_period_days: int | None = None,
        code_ttl_days: int | None = None,
        max_uses_per_code: int | None = None,
        approval: bool | None = None,
    ) -> None:
        if not await require_admin(interaction):
            return
        given: dict[str, int | bool | None] = {
            key: value
            for key, value in {
                "invites_per_member": invites_per_member,
                "quota_period_days": quota_period_days,
                "code_ttl_days": code_ttl_days,
                "max_uses_per_code": max_uses_per_code,
                "approval": approval,
            }.items()
            if value is not None
        }
        problems = [
            f"`{key}` {problem}; you gave {value}."
            for key, value in given.items()
            if key != "approval" and (problem := policy_range_problem(key, int(value or 0)))
        ]
        if problems:
            await send_ephemeral(interaction, "Nothing was saved.\n" + "\n".join(f"• {p}" for p in problems))
            return
        if not given:
            await send_ephemeral(
                interaction, "Give at least one option to change. `/gate settings` shows the current policy."
            )
            return
        await self._save(interaction, given, "policy")

    async def _save(self, interaction: discord.Interaction, changes: dict[str, int | bool | None], what: str) -> None:
        assert interaction.guild is not None
        before, after = await update_settings(self.bot.storage, interaction.guild.id, self.bot.config.defaults, changes)
        quotas = await invites.role_quotas(self.bot.storage, interaction.guild.id)
        await send_ephemeral(interaction, "Saved.", embed=settings_embed(after, quotas))
        await post_log(
            self.bot,
            interaction.guild,
            after,
            f"⚙️ {interaction.user.mention} changed settings with /gate {what}: {describe_changes(before, after)}",
        )

    @app_commands.command(name="settings", description="Show everything in effect on this server")
    async def settings(self, interaction: discord.Interaction) -> None:
        if not await require_admin(interaction):
            return
        settings = await guild_settings(interaction)
        quotas = await invites.role_quotas(self.bot.storage, settings.guild_id)
        await send_ephemeral(interaction, None, embed=settings_embed(settings, quotas))

    @app_commands.command(name="quota", description="Give holders of a role their own invitation quota")
    @app_commands.describe(
        role="The role", amount="Uses per period (0: holders cannot invite)", period_days="Window length in days"
    )
    async def quota(
        self, interaction: discord.Interaction, role: discord.Role, amount: int, period_days: int | None = None
    ) -> None:
        if not await require_admin(interaction):
            return
        if role.is_default():
            await send_ephemeral(interaction, "Set the quota for everyone with `/gate policy invites_per_member`.")
            return
        try:
            await invites.set_role_quota(
                self.bot.storage, guild_id=role.guild.id, role_id=role.id, amount=amount, period_days=period_days
            )
        except Refused as refusal:
            await send_ephemeral(interaction, str(refusal))
            return
        settings = await guild_settings(interaction)
        period = period_days or settings.policy.quota_period_days
        text = f"Holders of {role.mention} may now hand out {amount} uses per {period} days."
        await send_ephemeral(interaction, text + " A member gets the highest quota among their roles.")
        await post_log(self.bot, role.guild, settings, f"⚙️ {interaction.user.mention}: {text}")

    @app_commands.command(name="grant", description="Raise (or, negative, lower) one member's invitation limit")
    @app_commands.describe(member="The member", amount="Uses added to their limit (negative lowers it, 0 resets)")
    async def grant(self, interaction: discord.Interaction, member: discord.Member, amount: int) -> None:
        if not await require_admin(interaction):
            return
        try:
            status = await invites.set_grant(
                self.bot.storage,
                guild_id=member.guild.id,
                member=as_core_member(member),
                amount=amount,
                defaults=self.bot.config.defaults,
                now=now(),
            )
        except Refused as refusal:
            await send_ephemeral(interaction, str(refusal))
            return
        limit = "unlimited (Manage Server)" if status.rule.limit is None else str(status.rule.limit)
        text = (
            f"{member.mention}'s adjustment is now {amount:+d}: "
            f"their limit is {limit} uses per {status.rule.period_days} days"
        )
        await send_ephemeral(interaction, f"{text} ({status.used} in use).")
        settings = await guild_settings(interaction)
        await post_log(self.bot, member.guild, settings, f"⚙️ {interaction.user.mention}: {text}.")

    @app_commands.command(name="codes", description="List codes on this server, or one member's")
    @app_commands.describe(member="Only this member's codes")
    async def codes(self, interaction: discord.Interaction, member: discord.Member | None = None) -> None:
        if not await require_admin(interaction):
            return
        assert interaction.guild_id is not None
        at = now()
        found = await invites.list_guild_codes(
            self.bot.storage, guild_id=interaction.guild_id, inviter_id=member.id if member else None, now=at
        )
        title = f"Codes of {member.display_name}" if member else "Codes on this server"
        lines = [describe_code(code, at, with_inviter=member is None) for code in found]
        await send_pages(interaction, paginate(title, lines, empty="No codes yet."))

    @app_commands.command(name="revoke", description="Revoke any code on this server")
    @app_commands.describe(code="The code, e.g. 7KQ2-M9XD-4HBT")
    async def revoke(self, interaction: discord.Interaction, code: str) -> None:
        if not await require_admin(interaction):
            return
        assert interaction.guild is not None
        try:
            revoked = await invites.revoke_code(
                self.bot.storage,
                guild_id=interaction.guild.id,
                code_text=code,
                by_user=interaction.user.id,
                as_admin=True,
                now=now(),
            )
        except Refused as refusal:
            await send_ephemeral(interaction, str(refusal))
            return
        await send_ephemeral(interaction, f"Revoked `{revoked.display}` of <@{revoked.inviter_id}>.")
        settings = await guild_settings(interaction)
        await post_log(
            self.bot,
            interaction.guild,
            settings,
            f"⛔ {interaction.user.mention} revoked code `{revoked.display}` of <@{revoked.inviter_id}>.",
        )

    @app_commands.command(name="revoke-all", description="Revoke every active code of one member")
    @app_commands.describe(member="Whose codes to revoke")
    async def revoke_all(self, interaction: discord.Interaction, member: discord.Member) -> None:
        if not await require_admin(interaction):
            return
        revoked = await invites.revoke_all(
            self.bot.storage, guild_id=member.guild.id, inviter_id=member.id, by_user=interaction.user.id, now=now()
        )
        if not revoked:
            await send_ephemeral(interaction, f"{member.mention} has no active codes; nothing was revoked.")
            return
        listed = ", ".join(f"`{code.display}`" for code in revoked)
        await send_ephemeral(interaction, f"Revoked {len(revoked)} code(s) of {member.mention}: {listed}.")
        settings = await guild_settings(interaction)
        await post_log(
            self.bot,
            member.guild,
            settings,
            f"⛔ {interaction.user.mention} revoked all {len(revoked)} active code(s) of {member.mention}: {listed}.",
        )

    @app_commands.command(name="pending", description="Open admission requests and pending role grants")
    async def pending(self, interaction: discord.Interaction) -> None:
        if not await require_admin(interaction):
            return
        assert interaction.guild_id is not None
        settings = await guild_settings(interaction)
        lines = []
        for admission in await admissions.open_admissions(self.bot.storage, guild_id=interaction.guild_id):
            line = describe_admission(admission)
            message_id = admission.alert_message_id or admission.request_message_id
            if message_id and settings.mod_channel_id:
                link = f"https://discord.com/channels/{admission.guild_id}/{settings.mod_channel_id}/{message_id}"
                line += f" · [open]({link})"
            elif admission.status is AdmissionStatus.AWAITING_APPROVAL:
                line += " · not yet posted (the moderator channel was unreachable; retried every few minutes)"
            lines.append(line)
        await send_pages(interaction, paginate("Pending admissions", lines, empty="Nothing is pending."))

    @app_commands.command(name="whois", description="Who vouched for a member, and whom they vouched for")
    @app_commands.describe(member="The member to trace")
    async def whois(self, interaction: discord.Interaction, member: discord.User) -> None:
        if not await require_admin(interaction):
            return
        assert interaction.guild_id is not None
        found = await admissions.lineage(self.bot.storage, guild_id=interaction.guild_id, user_id=member.id)
        vouched = "\n".join(describe_admission(a, from_inviter=True) for a in found.admissions)
        pages = paginate(
            f"Who is {member.name}?",
            [describe_admission(admission) for admission in found.invited],
            empty="Invited nobody yet.",
        )
        for page in pages:
            page.insert_field_at(
                0, name="Vouched for by", value=vouched or "No admission through Doorman on record.", inline=False
            )
            page.description = f"**Invited ({len(found.invited)})**\n{page.description}"
        await send_pages(interaction, pages)


def _policy_value(value: int | bool) -> str:
    if isinstance(value, bool):
        return "on" if value else "off"
    return str(value)


def describe_changes(before: GuildSettings, after: GuildSettings) -> str:
    """What changed, as `key: old → new` pairs (or 'no change')."""
    pairs = []
    for key in PLACE_KEYS:
        old, new = getattr(before, key), getattr(after, key)
        if old != new:
            prefix = "#" if key.endswith("channel_id") else "@&"
            pairs.append(f"{key.removesuffix('_id')}: {f'<{prefix}{old}>' if old else 'none'} → <{prefix}{new}>")
    for key in POLICY_KEYS:
        old, new = getattr(before.policy, key), getattr(after.policy, key)
        if old != new:
            pairs.append(f"{key}: {_policy_value(old)} → {_policy_value(new)}")
    return "; ".join(pairs) or "no change"


async def setup(bot: Doorman) -> None:
    await bot.add_cog(Gate(bot))
