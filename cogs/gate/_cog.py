"""The /gate group: its commands come from one class per concern; who may run them is checked here, once."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.core.people import is_admin
from bot.core.refusals import Authority, NotAllowed
from bot.i18n.commands import described
from cogs._shared.guards import RefusedCheck
from cogs._shared.interactions import caller
from cogs.gate._audit import AuditCommands
from cogs.gate._links import LinkCommands
from cogs.gate._questions import QuestionsCommands
from cogs.gate._quotas import QuotaCommands
from cogs.gate._settings import SettingsCommands
from cogs.gate._suspensions import SuspensionCommands
from cogs.gate._waitlist import WaitlistCommands


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Gate(
    # discord.py gathers a cog's commands from its last base to its first: this lists them
    # setup, policy, settings, quota, grant, link, then the audit, the waitlist and suspensions, the order Discord
    # shows; the join questions last.
    QuestionsCommands,
    SuspensionCommands,
    WaitlistCommands,
    AuditCommands,
    LinkCommands,
    QuotaCommands,
    SettingsCommands,
    commands.GroupCog,
    group_name="gate",
    group_description=described("gate-cmd-group"),
):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Manage Server, checked when a command runs: default_permissions only hides /gate, and a
        server-side override can show it to anyone."""
        if not is_admin(caller(interaction)):
            raise RefusedCheck(NotAllowed(Authority.ADMIN))
        return True
