"""/gate suspend and /gate unsuspend (SPEC section 12); and a suspension as /gate whois shows it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import suspensions
from bot.core.inputs import MAX_REASON, parse_free_text
from bot.core.suspensions import Suspension
from bot.i18n import Catalog
from bot.i18n.commands import described
from cogs._shared.guards import answers_refusals
from cogs._shared.language import reader
from cogs._shared.markup import escaped, timestamp, user
from cogs._shared.replies import send_ephemeral


class SuspensionCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="suspend", description=described("suspension-cmd-suspend"))
    @app_commands.describe(
        member=described("suspension-cmd-suspend-member"),
        reason=described("suspension-cmd-suspend-reason"),
        branch=described("suspension-cmd-suspend-branch"),
    )
    @answers_refusals
    async def suspend(
        self, interaction: discord.Interaction, member: discord.User, reason: str | None = None, branch: bool = False
    ) -> None:
        assert interaction.guild_id is not None
        why = None if reason is None else parse_free_text(reason, name="reason", limit=MAX_REASON)
        done = await suspensions.suspend(
            self.bot.db,
            guild_id=interaction.guild_id,
            user_id=member.id,
            by=interaction.user.id,
            reason=why,
            branch=branch,
            now=now(),
        )
        t = reader(interaction)
        counts = {"codes": done.codes, "requests": done.requests}
        if done.branch:
            text = t("suspension-done-branch", member=user(member.id), vouched=len(done.branch), **counts)
        else:
            text = t("suspension-done", member=user(member.id), **counts)
        await send_ephemeral(interaction, text)

    @app_commands.command(name="unsuspend", description=described("suspension-cmd-unsuspend"))
    @app_commands.describe(member=described("suspension-cmd-unsuspend-member"))
    @answers_refusals
    async def unsuspend(self, interaction: discord.Interaction, member: discord.User) -> None:
        assert interaction.guild_id is not None
        await suspensions.unsuspend(
            self.bot.db, guild_id=interaction.guild_id, user_id=member.id, by=interaction.user.id, now=now()
        )
        await send_ephemeral(interaction, reader(interaction)("suspension-lifted", member=user(member.id)))


def suspension_line(t: Catalog, suspension: Suspension) -> str:
    """The suspension as /gate whois shows it, first."""
    if suspension.banned_invitee is not None:
        by, when, invitee = (
            user(suspension.suspended_by),
            timestamp(suspension.suspended_at, "R"),
            user(suspension.banned_invitee),
        )
        return t("suspension-whois-ban", by=by, when=when, banned=invitee)
    why = t("suspension-no-reason") if suspension.reason is None else escaped(suspension.reason, MAX_REASON * 2)
    by = user(suspension.suspended_by)
    when = timestamp(suspension.suspended_at, "R")
    if suspension.via is not None:
        return t("suspension-whois-branch", by=by, when=when, via=user(suspension.via), reason=why)
    return t("suspension-whois", by=by, when=when, reason=why)
