"""/gate codes, revoke, revoke-all, pending, whois and tree: what was handed out, what waits, who let whom in."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import admissions, invites, suspensions, waitlist
from bot.core.tree import DEFAULT_DEPTH, invite_tree
from bot.i18n.commands import described
from cogs._shared.guards import answers_refusals
from cogs._shared.language import reader
from cogs._shared.limits import CONTENT, listed
from cogs._shared.lines import describe_admission, describe_codes
from cogs._shared.markup import code as code_span
from cogs._shared.markup import escaped, user
from cogs._shared.pages import page_count, paginate, send_made_pages, send_pages
from cogs._shared.replies import acknowledge, send_ephemeral
from cogs._shared.vouching import add_whois_section
from cogs.gate._pending import pending_pages
from cogs.gate._questions import whois_answers
from cogs.gate._suspensions import suspension_line
from cogs.gate._tree import tree_lines
from cogs.gate._waitlist import history_line


class AuditCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="codes", description=described("gate-cmd-codes"))
    @app_commands.describe(member=described("gate-cmd-codes-member"))
    @answers_refusals
    async def codes(self, interaction: discord.Interaction, member: discord.Member | None = None) -> None:
        assert interaction.guild_id is not None
        at = now()
        found = await invites.list_guild_codes(
            self.bot.db, guild_id=interaction.guild_id, inviter_id=member.id if member else None, now=at
        )
        t = reader(interaction)
        title = (
            t("gate-codes-title-member", member=escaped(member.display_name, 200)) if member else t("gate-codes-title")
        )
        lines = describe_codes(t, found, at, with_inviter=member is None)
        await send_pages(interaction, paginate(t, title, lines, empty=t("gate-codes-empty")))

    @app_commands.command(name="revoke", description=described("gate-cmd-revoke"))
    @app_commands.describe(code=described("gate-cmd-revoke-code"))
    @answers_refusals
    async def revoke(self, interaction: discord.Interaction, code: str) -> None:
        guild = interaction.guild
        assert guild is not None
        revoked = await invites.revoke_code(
            self.bot.db, guild_id=guild.id, code_text=code, by_user=interaction.user.id, as_admin=True, now=now()
        )
        text = reader(interaction)("gate-revoked", code=code_span(revoked.display), inviter=user(revoked.inviter_id))
        await send_ephemeral(interaction, text)

    @app_commands.command(name="revoke-all", description=described("gate-cmd-revoke-all"))
    @app_commands.describe(member=described("gate-cmd-revoke-all-member"))
    @answers_refusals
    async def revoke_all(self, interaction: discord.Interaction, member: discord.Member) -> None:
        revoked = await invites.revoke_all(
            self.bot.db, guild_id=member.guild.id, inviter_id=member.id, by_user=interaction.user.id, now=now()
        )
        t = reader(interaction)
        if not revoked:
            await send_ephemeral(interaction, t("gate-revoke-all-none", member=member.mention))
            return
        shown = listed(
            [code_span(code.display) for code in revoked],
            CONTENT - 100,
            more=lambda left: t("gate-revoke-all-more", count=left),
            separator=t("list-separator"),
        )
        await send_ephemeral(
            interaction, t("gate-revoke-all-done", count=len(revoked), member=member.mention, codes=shown)
        )

    @app_commands.command(name="pending", description=described("gate-cmd-pending"))
    @answers_refusals
    async def pending(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        await acknowledge(interaction, ephemeral=True, thinking=True)  # the page checks its links on Discord first
        waiting = await admissions.open_admissions(self.bot.db, guild_id=interaction.guild.id)
        suspended = await suspensions.suspended_members(self.bot.db, guild_id=interaction.guild.id)
        make = pending_pages(reader(interaction), self.bot, interaction.guild, waiting, suspended)
        await send_made_pages(interaction, make, page_count(len(waiting)))

    @app_commands.command(name="whois", description=described("gate-cmd-whois"))
    @app_commands.describe(member=described("gate-cmd-whois-member"))
    @answers_refusals
    async def whois(self, interaction: discord.Interaction, member: discord.User) -> None:
        assert interaction.guild_id is not None
        found = await admissions.lineage(self.bot.db, guild_id=interaction.guild_id, user_id=member.id)
        entries = await waitlist.history(self.bot.db, guild_id=interaction.guild_id, user_id=member.id)
        suspended = await suspensions.suspension_of(self.bot.db, guild_id=interaction.guild_id, user_id=member.id)
        t = reader(interaction)
        # Both lists in one paged list, each under its heading: either may run to hundreds.
        lines = [
            *([] if suspended is None else [suspension_line(t, suspended)]),
            t("gate-whois-vouched-for-by", count=len(found.admissions)),
            *(
                [
                    line
                    for a in found.admissions
                    for line in (describe_admission(t, a, from_inviter=True), *whois_answers(t, a))
                ]
                or [t("gate-whois-no-admission")]
            ),
            t("gate-whois-invited", count=len(found.invited)),
            *([describe_admission(t, a) for a in found.invited] or [t("gate-whois-nobody")]),
        ]
        if entries:  # the waitlist only for those who were on it
            lines += [t("waitlist-whois-heading", count=len(entries)), *(history_line(t, e) for e in entries)]
        title = t("gate-whois-title", name=escaped(member.name, 64))
        total = len(found.admissions) + len(found.invited) + len(entries)
        pages = paginate(t, title, lines, empty="", total=total)
        for page in pages:
            add_whois_section(t, page, found.record)
        await send_pages(interaction, pages)

    @app_commands.command(name="tree", description=described("vouching-cmd-tree"))
    @app_commands.describe(member=described("vouching-cmd-tree-member"), depth=described("vouching-cmd-tree-depth"))
    @answers_refusals
    async def tree(self, interaction: discord.Interaction, member: discord.User, depth: int = DEFAULT_DEPTH) -> None:
        assert interaction.guild_id is not None
        found = await invite_tree(self.bot.db, guild_id=interaction.guild_id, user_id=member.id, depth=depth)
        t = reader(interaction)
        title = t("vouching-tree-title", name=escaped(member.name, 64))
        total = len(found.above) + 1 + len(found.below)
        await send_pages(interaction, paginate(t, title, tree_lines(t, found), empty="", total=total))
