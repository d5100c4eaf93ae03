"""/invite: members create, list and revoke their invitation codes."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot import invites
from bot.app import Doorman, send_ephemeral
from bot.clock import now
from bot.errors import Refused
from bot.inputs import MAX_NOTE, InvalidInput, parse_duration, parse_for_user, parse_free_text
from bot.quotas import QuotaStatus
from cogs._describe import describe_code
from cogs._gatekeeper import post_log
from cogs._interaction import caller, guild_settings, timestamp
from cogs._pages import paginate, send_pages


def describe_quota(status: QuotaStatus) -> str:
    if status.rule.limit is None:
        return "Quota: unlimited (you have Manage Server)."
    text = (
        f"Quota: {status.used} of {status.rule.limit} uses spent in the last {status.rule.period_days} days, "
        f"{status.remaining} left."
    )
    if status.next_free_at is not None:
        text += f" The next use frees up {timestamp(status.next_free_at, 'R')}."
    return text


@app_commands.guild_only()
class Invite(commands.GroupCog, group_name="invite", group_description="Vouch for newcomers with invitation codes"):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="create", description="Create an invitation code for someone you vouch for")
    @app_commands.describe(
        uses="How many people may use it (default 1)",
        expires_in="How long it stays valid, like 30m, 12h or 7d (default: the server's code lifetime)",
        for_user="Only this username or user ID may redeem it",
        note="A note for the moderators who review the request (up to 200 characters)",
    )
    async def create(
        self,
        interaction: discord.Interaction,
        uses: int = 1,
        expires_in: str | None = None,
        for_user: str | None = None,
        note: str | None = None,
    ) -> None:
        assert interaction.guild is not None
        try:
            created = await invites.create_code(
                self.bot.storage,
                guild_id=interaction.guild.id,
                member=caller(interaction),
                defaults=self.bot.config.defaults,
                now=now(),
                uses=uses,
                expires_in=parse_duration(expires_in) if expires_in is not None else None,
                for_user=parse_for_user(for_user) if for_user is not None else None,
                note=parse_free_text(note, name="note", limit=MAX_NOTE) if note is not None else None,
            )
        except (Refused, InvalidInput) as refusal:
            await send_ephemeral(interaction, str(refusal))
            return
        code, settings = created.code, created.settings
        lines = [
            f"Your invitation code: **`{code.display}`**",
            f"Uses: {code.max_uses} · Expires {timestamp(code.expires_at)} ({timestamp(code.expires_at, 'R')})",
        ]
        if code.for_user:
            lines.append(f"Reserved for: {discord.utils.escape_markdown(code.for_user)}")
        if code.note:
            lines.append(f"Note for moderators: {discord.utils.escape_markdown(code.note)}")
        lines.append(describe_quota(created.quota))
        lines.append(
            f"Tell the person you invite: join the server, then type `/redeem {code.display}` "
            f"in <#{settings.welcome_channel_id}>."
        )
        await send_ephemeral(interaction, "\n".join(lines))

    @app_commands.command(name="list", description="Your codes, who used them, and your quota")
    async def list_codes(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        at = now()
        mine = await invites.list_member_codes(
            self.bot.storage,
            guild_id=interaction.guild_id,
            member=caller(interaction),
            defaults=self.bot.config.defaults,
            now=at,
        )
        lines = [describe_code(code, at, with_inviter=False) for code in mine.codes]
        pages = paginate(
            "Your invitation codes",
            lines,
            empty="You have no codes yet. Create one with `/invite create`.",
            footer=None,
        )
        for page in pages:
            page.add_field(name="Quota", value=describe_quota(mine.quota), inline=False)
        await send_pages(interaction, pages)

    @app_commands.command(name="revoke", description="Revoke one of your codes; unused uses come back")
    @app_commands.describe(code="The code to revoke")
    async def revoke(self, interaction: discord.Interaction, code: str) -> None:
        assert interaction.guild is not None
        try:
            revoked = await invites.revoke_code(
                self.bot.storage,
                guild_id=interaction.guild.id,
                code_text=code,
                by_user=interaction.user.id,
                as_admin=False,
                now=now(),
            )
        except Refused as refusal:
            await send_ephemeral(interaction, str(refusal))
            return
        unused = revoked.max_uses - revoked.uses
        await send_ephemeral(
            interaction,
            f"Revoked `{revoked.display}`. Nobody can redeem it any more; "
            f"{unused} unused use{'s' * (unused != 1)} went back to your quota.",
        )
        settings = await guild_settings(interaction)
        await post_log(
            self.bot,
            interaction.guild,
            settings,
            f"⛔ {interaction.user.mention} revoked their code `{revoked.display}`.",
        )

    @revoke.autocomplete("code")
    async def revoke_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        assert interaction.guild_id is not None
        typed = current.upper().replace("-", "").replace(" ", "")
        active = await invites.active_codes(
            self.bot.storage, guild_id=interaction.guild_id, inviter_id=interaction.user.id, now=now()
        )
        return [
            app_commands.Choice(name=f"{code.display} ({code.uses}/{code.max_uses} used)", value=code.display)
            for code in active
            if typed in code.code
        ][:25]


async def setup(bot: Doorman) -> None:
    await bot.add_cog(Invite(bot))
