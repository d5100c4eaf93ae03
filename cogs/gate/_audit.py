"""/gate codes, revoke, revoke-all, pending and whois: what was handed out, what waits, who let whom in."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import admissions, invites
from cogs._shared.guards import answers_refusals
from cogs._shared.limits import CONTENT, listed
from cogs._shared.lines import describe_admission, describe_code
from cogs._shared.markup import code as code_span
from cogs._shared.markup import escaped, plural, user
from cogs._shared.pages import page_count, paginate, send_made_pages, send_pages
from cogs._shared.replies import acknowledge, send_ephemeral
from cogs.gate._pending import pending_pages

NO_ADMISSION = "No admission through Doorman on record."


class AuditCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="codes", description="List codes on this server, or one member's")
    @app_commands.describe(member="Only this member's codes")
    @answers_refusals
    async def codes(self, interaction: discord.Interaction, member: discord.Member | None = None) -> None:
        assert interaction.guild_id is not None
        at = now()
        found = await invites.list_guild_codes(
            self.bot.db, guild_id=interaction.guild_id, inviter_id=member.id if member else None, now=at
        )
        title = f"Codes of {escaped(member.display_name, 200)}" if member else "Codes on this server"
        lines = [describe_code(code, at, with_inviter=member is None) for code in found]
        await send_pages(interaction, paginate(title, lines, empty="No codes yet."))

    @app_commands.command(name="revoke", description="Revoke any code on this server")
    @app_commands.describe(code="The code, e.g. 7KQ2-M9XD-4HBT")
    @answers_refusals
    async def revoke(self, interaction: discord.Interaction, code: str) -> None:
        guild = interaction.guild
        assert guild is not None
        revoked = await invites.revoke_code(
            self.bot.db, guild_id=guild.id, code_text=code, by_user=interaction.user.id, as_admin=True, now=now()
        )
        await send_ephemeral(interaction, f"Revoked `{revoked.display}` of {user(revoked.inviter_id)}.")

    @app_commands.command(name="revoke-all", description="Revoke every active code of one member")
    @app_commands.describe(member="Whose codes to revoke")
    @answers_refusals
    async def revoke_all(self, interaction: discord.Interaction, member: discord.Member) -> None:
        revoked = await invites.revoke_all(
            self.bot.db, guild_id=member.guild.id, inviter_id=member.id, by_user=interaction.user.id, now=now()
        )
        if not revoked:
            await send_ephemeral(interaction, f"{member.mention} has no active codes; nothing was revoked.")
            return
        shown = listed(
            [code_span(code.display) for code in revoked],
            CONTENT - 100,
            more=lambda left: f"and {left} more (`/gate codes` with this member lists them all)",
        )
        await send_ephemeral(interaction, f"Revoked {plural(len(revoked), 'code')} of {member.mention}: {shown}.")

    @app_commands.command(name="pending", description="Open admission requests and pending role grants")
    @answers_refusals
    async def pending(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        await acknowledge(interaction, ephemeral=True, thinking=True)  # the page checks its links on Discord first
        waiting = await admissions.open_admissions(self.bot.db, guild_id=interaction.guild.id)
        make = pending_pages(self.bot, interaction.guild, waiting)
        await send_made_pages(interaction, make, page_count(len(waiting)))

    @app_commands.command(name="whois", description="Who vouched for a member, and whom they vouched for")
    @app_commands.describe(member="The member to trace")
    @answers_refusals
    async def whois(self, interaction: discord.Interaction, member: discord.User) -> None:
        assert interaction.guild_id is not None
        found = await admissions.lineage(self.bot.db, guild_id=interaction.guild_id, user_id=member.id)
        # Both lists in one paged list, each under its heading: either may run to hundreds.
        lines = [
            f"**Vouched for by ({len(found.admissions)})**",
            *([describe_admission(a, from_inviter=True) for a in found.admissions] or [NO_ADMISSION]),
            f"**Invited ({len(found.invited)})**",
            *([describe_admission(a) for a in found.invited] or ["Nobody yet."]),
        ]
        pages = paginate(
            f"Who is {escaped(member.name, 64)}?", lines, empty="", total=len(found.admissions) + len(found.invited)
        )
        await send_pages(interaction, pages)
