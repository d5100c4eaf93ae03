"""/redeem: a newcomer in the welcome channel turns a code into an admission.

In a server with join questions (SPEC section 13) the code is only checked here, and a form asks the questions;
its submission (cogs/admissions/_answers.py) redeems the code with the answers, through redeem_code too.
"""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import redemptions
from bot.core.owed import GrantRoles
from bot.core.questions import Answered
from bot.core.redemptions import AskFirst
from bot.i18n.commands import described
from cogs._shared.deliveries.outcomes import Done
from cogs._shared.direct_channels import open_ahead
from cogs._shared.first_response import FirstResponse, answering_soon
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import as_newcomer, doorman
from cogs._shared.language import reader
from cogs._shared.replies import send_ephemeral
from cogs.admissions import _render
from cogs.admissions._answer_form import answer_form


class Redeem(commands.Cog):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    @app_commands.command(name="redeem", description=described("admissions-cmd-redeem"))
    @app_commands.describe(code=described("admissions-cmd-redeem-code"))
    @app_commands.guild_only()
    @answers_refusals
    async def redeem(self, interaction: discord.Interaction, code: str | None = None) -> None:
        # Without a code: someone admitted here before who left comes back, as the policy `returning` says.
        await redeem_code(interaction, code, answers=None)


async def redeem_code(interaction: discord.Interaction, code: str | None, *, answers: Answered | None) -> None:
    """Redeem `code` for the person interacting and tell them how it went; raises a Refused."""
    bot = doorman(interaction)
    guild, user = interaction.guild, interaction.user
    assert guild is not None and interaction.channel_id is not None
    with bot.deliveries.reserving() as owed:
        # The roles (or the request for the moderators) before the answer; the inviter and the log after it.
        async with answering_soon(interaction, thinking=True) as first:
            redemption = await redemptions.redeem(
                bot.db,
                guild_id=guild.id,
                channel_id=interaction.channel_id,
                newcomer=as_newcomer(interaction),
                code_text=code,
                defaults=bot.config.defaults,
                now=now(),
                answers=answers,
            )
            if isinstance(redemption, AskFirst):
                await _ask(interaction, first, redemption)
                return
            member = user if isinstance(user, discord.Member) else None
            settings = redemption.settings
            carried = await owed.carry(member=member, settings=settings, hold_followups=True)
        t = reader(interaction)
        if redemption.admission.approval_required:
            received = _render.back_received if redemption.admission.came_back else _render.request_received
            await send_ephemeral(interaction, received(t, guild.name))
            await open_ahead(bot, user.id)  # for the DM that tells them the decision
        elif isinstance(grant := carried.outcome_of(GrantRoles), Done) and grant.delivered:
            if redemption.admission.came_back:
                await send_ephemeral(interaction, _render.welcome_back(t, guild.name))
            else:
                await send_ephemeral(interaction, _render.welcome(t, guild.name, redemption.admission.inviter_id))
        else:
            await send_ephemeral(interaction, _render.roles_delayed(t))
        await owed.carry(settings=settings)


async def _ask(interaction: discord.Interaction, first: FirstResponse, asked: AskFirst) -> None:
    """The form with the server's questions; a form can only be the first response, so if the check was too slow
    and the interaction was deferred, the newcomer is asked to run /redeem again (nothing was spent)."""
    if first.claim():
        await interaction.response.send_modal(answer_form(reader(interaction), asked))
    else:
        await send_ephemeral(interaction, reader(interaction)("questions-too-slow"))
