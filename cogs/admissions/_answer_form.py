"""The form asking a server's join questions (SPEC section 13), after /redeem checked the code.

Its custom_id carries all its submission needs (the code and the digest of the questions asked), so that
AnswerForms (cogs/admissions/_answers.py) answers it from the payload alone, even after a restart.
"""

from __future__ import annotations

import re
from typing import Any

import discord

from bot.core.codes import ALPHABET, LENGTH
from bot.core.questions import MAX_ANSWER, MAX_QUESTIONS, digest, is_optional
from bot.core.redemptions import AskFirst
from bot.i18n import Catalog
from cogs._shared.forms import inputs

ANSWER_FORM = re.compile(rf"doorman:answers:(?P<code>[{ALPHABET}]{{{LENGTH}}}):(?P<asked>[0-9a-f]{{1,20}})")


def _input(number: int) -> str:
    return f"answer-{number}"


def answer_form(t: Catalog, asked: AskFirst) -> discord.ui.Modal:
    """The questions, each a text input labelled with it; sent finished, so discord.py keeps none of it."""
    form = discord.ui.Modal(
        title=t("questions-form-title"),
        custom_id=f"doorman:answers:{asked.code}:{digest(asked.questions)}",
        timeout=None,
    )
    for number, question in enumerate(asked.questions):
        form.add_item(
            discord.ui.TextInput(
                label=question,
                style=discord.TextStyle.paragraph,
                required=not is_optional(question),
                max_length=MAX_ANSWER,
                custom_id=_input(number),
            )
        )
    form.stop()
    return form


def typed_answers(components: list[Any]) -> tuple[str, ...]:
    """What was typed into each question's input of a submitted form, in order (as many as the form had)."""
    filled = inputs(components)
    return tuple(filled[_input(n)] for n in range(MAX_QUESTIONS) if _input(n) in filled)
