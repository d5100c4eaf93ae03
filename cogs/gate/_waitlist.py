"""/gate waitlist: the open entries in order; and a person's waitlist history, as /gate whois shows it."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.core import waitlist
from bot.core.waitlist import EntryStatus, WaitlistEntry, positions
from bot.i18n import Catalog
from bot.i18n.commands import described
from cogs._shared.guards import answers_refusals
from cogs._shared.language import reader
from cogs._shared.markup import code, escaped, timestamp, user
from cogs._shared.pages import LINE_LIMIT, paginate, send_pages


class WaitlistCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="waitlist", description=described("waitlist-cmd-gate"))
    @answers_refusals
    async def waitlist(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        entries = await waitlist.open_entries(self.bot.db, guild_id=interaction.guild_id)
        t = reader(interaction)
        numbers = positions(entries)
        lines = [open_line(t, entry, numbers.get(entry.id)) for entry in entries]
        await send_pages(interaction, paginate(t, t("waitlist-gate-title"), lines, empty=t("waitlist-gate-empty")))


def open_line(t: Catalog, entry: WaitlistEntry, position: int | None) -> str:
    """One open entry: its place (or who invited them), who, since when, and what they wrote."""
    waited = timestamp(entry.joined_at, "R")
    if position is not None:
        parts = [t("waitlist-gate-waiting", position=position, person=user(entry.user_id), since=waited)]
    else:
        by, when = user(entry.decided_by or 0), timestamp(entry.decided_at or 0, "R")
        parts = [t("waitlist-gate-invited", person=user(entry.user_id), since=waited, by=by, when=when)]
    if entry.about:
        parts.append(escaped(entry.about, LINE_LIMIT))  # the page cuts the whole line to its limit
    return " · ".join(parts)


def history_line(t: Catalog, entry: WaitlistEntry) -> str:
    """One entry of a person's history: when they joined, who invited or declined them and when, how it ended."""
    parts = [t("waitlist-whois-joined", when=timestamp(entry.joined_at))]
    if entry.code_display is not None:
        by, when = user(entry.decided_by or 0), timestamp(entry.decided_at or 0, "R")
        parts.append(t("waitlist-whois-invited", by=by, when=when, code=code(entry.code_display)))
    closed = timestamp(entry.closed_at or 0, "R")
    match entry.status:
        case EntryStatus.WAITING:
            parts.append(t("waitlist-whois-waiting"))
        case EntryStatus.DECLINED:
            parts.append(t("waitlist-whois-declined", by=user(entry.decided_by or 0), when=closed))
        case EntryStatus.REDEEMED:
            parts.append(t("waitlist-whois-redeemed", when=closed))
        case EntryStatus.LEFT:
            parts.append(t("waitlist-whois-left", when=closed))
        case EntryStatus.LAPSED:
            parts.append(t("waitlist-whois-lapsed", when=closed))
    return " · ".join(parts)
