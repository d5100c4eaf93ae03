"""Answers to the join questions (SPEC section 13): the submitted form redeems the code it carries.

The submission is a redemption with every check again (core.redemptions): the code may have been used up,
revoked or expired since /redeem checked it, or the newcomer admitted another way; they are told, and nothing
is spent. A form never submitted spends nothing.
"""

from __future__ import annotations

from typing import Any, cast

import discord
from discord.ext import commands

from bot.core.questions import Answered
from cogs._shared.guards import answering
from cogs.admissions._answer_form import ANSWER_FORM, typed_answers
from cogs.admissions._redeem import redeem_code


class AnswerForms(commands.Cog):
    """Answers every answer form submitted, from its custom_id alone (as DenyForms does, _approvals.py)."""

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
            return
        data = cast(dict[str, Any], interaction.data)  # a modal submit's: custom_id and components
        match = ANSWER_FORM.fullmatch(str(data.get("custom_id", "")))
        if match is None or interaction.guild_id is None:
            return
        answered = Answered(asked=match["asked"], typed=typed_answers(data.get("components", [])))
        async with answering(interaction, "answers to the join questions"):
            await redeem_code(interaction, match["code"], answers=answered)
