"""/waitlist join, leave and status: someone without a code asks to be let in, and sees where they stand."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import waitlist_decisions, waitlist_joining
from bot.core.inputs import parse_free_text
from bot.core.waitlist_joining import MAX_ABOUT
from bot.i18n.commands import described
from cogs._shared.direct_channels import open_ahead
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import as_newcomer, guild_settings
from cogs._shared.language import reader
from cogs._shared.replies import send_ephemeral
from cogs.waitlist import _render


@app_commands.guild_only()
class Waitlist(commands.GroupCog, group_name="waitlist", group_description=described("waitlist-cmd-group")):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="join", description=described("waitlist-cmd-join"))
    @app_commands.describe(about=described("waitlist-cmd-join-about"))
    @answers_refusals
    async def join(self, interaction: discord.Interaction, about: str | None = None) -> None:
        guild = interaction.guild
        assert guild is not None and interaction.channel_id is not None
        cleaned = parse_free_text(about, name="about", limit=MAX_ABOUT) if about is not None else None
        joined = await waitlist_joining.join(
            self.bot.db,
            guild_id=guild.id,
            channel_id=interaction.channel_id,
            person=as_newcomer(interaction),
            about=cleaned,
            defaults=self.bot.config.defaults,
            now=now(),
        )
        await send_ephemeral(interaction, _render.joined(reader(interaction), guild.name, joined.position))
        await open_ahead(self.bot, interaction.user.id)  # for the DM with the code or the decline

    @app_commands.command(name="leave", description=described("waitlist-cmd-leave"))
    @answers_refusals
    async def leave(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await waitlist_decisions.leave(
            self.bot.db, guild_id=interaction.guild_id, user_id=interaction.user.id, now=now()
        )
        await send_ephemeral(interaction, reader(interaction)("waitlist-left"))

    @app_commands.command(name="status", description=described("waitlist-cmd-status"))
    @answers_refusals
    async def status(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        at = now()
        settings = await guild_settings(interaction)
        found = await waitlist_joining.standing(
            self.bot.db,
            guild_id=interaction.guild_id,
            user_id=interaction.user.id,
            defaults=self.bot.config.defaults,
            now=at,
        )
        text = _render.standing(reader(interaction), found, settings.welcome_channel_id, at)
        await send_ephemeral(interaction, text)
