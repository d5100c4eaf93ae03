"""/gate questions: the form where admins set the join questions (SPEC section 13), and its submission.

The form is sent finished, prefilled with the questions in effect, and QuestionForms answers its submission
from the custom_id alone (as DenyForms does, cogs/admissions/_approvals.py), checking again for an admin.
"""

from __future__ import annotations

from typing import Any, cast

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core.admissions import Admission
from bot.core.people import is_admin
from bot.core.questions import MAX_QUESTION, MAX_QUESTIONS, digest
from bot.core.refusals import Authority, NotAllowed
from bot.core.settings import set_questions
from bot.i18n import Catalog
from bot.i18n.commands import described
from cogs._shared.forms import typed
from cogs._shared.guards import answering, answers_refusals, reply_refusal
from cogs._shared.interactions import caller, doorman, guild_settings
from cogs._shared.language import reader
from cogs._shared.markup import escaped
from cogs._shared.replies import send_ephemeral
from cogs._shared.settings_text import numbered

# With the digest of the questions the form was filled with: a save over another admin's newer ones is refused.
QUESTIONS_FORM = "doorman:join-questions:"


def _input(number: int) -> str:
    return f"question-{number}"


class QuestionsCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="questions", description=described("questions-cmd-questions"))
    @answers_refusals
    async def questions(self, interaction: discord.Interaction) -> None:
        settings = await guild_settings(interaction)
        await interaction.response.send_modal(questions_form(reader(interaction), settings.questions))


def questions_form(t: Catalog, questions: tuple[str, ...]) -> discord.ui.Modal:
    """Five inputs, prefilled with the questions in effect; sent finished, so discord.py keeps none of it."""
    custom_id = QUESTIONS_FORM + digest(questions)
    form = discord.ui.Modal(title=t("questions-admin-form-title"), custom_id=custom_id, timeout=None)
    for number in range(MAX_QUESTIONS):
        form.add_item(
            discord.ui.TextInput(
                label=t("questions-admin-form-label", number=str(number + 1)),
                placeholder=t("questions-admin-form-placeholder") if number == 0 else None,
                default=questions[number] if number < len(questions) else None,
                required=False,
                max_length=MAX_QUESTION,
                custom_id=_input(number),
            )
        )
    form.stop()
    return form


def saved(t: Catalog, questions: tuple[str, ...]) -> str:
    if not questions:
        return t("questions-cleared")
    return "\n".join([t("questions-saved", count=len(questions)), *numbered(questions)])


def whois_answers(t: Catalog, admission: Admission) -> list[str]:
    """The admission's answers as /gate whois shows them, under it: cut short, the request has them whole (a line
    stays within a page's LINE_LIMIT, so the page never cuts it again, through an escape)."""
    return [
        t(
            "questions-whois-answer",
            question=escaped(answer.question, 2 * MAX_QUESTION),
            answer=escaped(answer.answer, 250) if answer.answer else t("questions-request-no-answer"),
        )
        for answer in admission.answers
    ]


class QuestionForms(commands.Cog):
    """Answers every /gate questions form submitted, from its custom_id alone."""

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
            return
        data = cast(dict[str, Any], interaction.data)  # a modal submit's: custom_id and components
        custom_id = str(data.get("custom_id", ""))
        if not custom_id.startswith(QUESTIONS_FORM) or interaction.guild_id is None:
            return
        if not is_admin(caller(interaction)):  # an admin may have lost the right since the form opened
            await reply_refusal(interaction, NotAllowed(Authority.ADMIN))
            return
        async with answering(interaction, "the join questions form"):
            bot = doorman(interaction)
            components = data.get("components", [])
            after = await set_questions(
                bot.db,
                interaction.guild_id,
                bot.config.defaults,
                [typed(components, _input(number)) for number in range(MAX_QUESTIONS)],
                opened_on=custom_id.removeprefix(QUESTIONS_FORM),
                by=interaction.user.id,
                now=now(),
            )
            await send_ephemeral(interaction, saved(reader(interaction), after.questions))
