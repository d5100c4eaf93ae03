"""Where refusals and surprises are answered: in commands, in buttons and forms, and in checks.

A refusal is an expected answer, not an error, so it is answered where it happens and never reaches
the tree's error handler, which is for the unexpected (SPEC section 8; SimCord counts what reaches it
as a failure). Permission checks are what discord.py designs that handler for: a cog's
interaction_check raises RefusedCheck, and the handler in bot/app.py answers it.
"""

from __future__ import annotations

import functools
import inspect
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any, Concatenate, ParamSpec, TypeVar

import discord
from discord import app_commands

from bot.core.refusals import Refused
from cogs._shared.language import reader
from cogs._shared.refusals import render_refusal
from cogs._shared.replies import apologise, send_ephemeral

log = logging.getLogger(__name__)

CogT = TypeVar("CogT")
P = ParamSpec("P")
Command = Callable[Concatenate[CogT, discord.Interaction, P], Coroutine[Any, Any, None]]


class RefusedCheck(app_commands.CheckFailure):
    """A cog's interaction_check said no; the tree's error handler answers with the refusal it carries."""

    def __init__(self, refusal: Refused) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal


async def reply_refusal(interaction: discord.Interaction, refusal: Refused) -> None:
    await send_ephemeral(interaction, render_refusal(reader(interaction), refusal))


def answers_refusals(command: Command[CogT, P]) -> Command[CogT, P]:
    """Decorate an app command's callback (below @app_commands.command): a refusal from its body is answered."""

    @functools.wraps(command)
    async def answered(cog: CogT, interaction: discord.Interaction, /, *args: P.args, **kwargs: P.kwargs) -> None:
        try:
            await command(cog, interaction, *args, **kwargs)
        except Refused as refusal:
            await reply_refusal(interaction, refusal)

    # discord.py reads a command's options from its callback's signature and resolves string annotations
    # in the callback's module (__globals__), which for this wrapper is this one: hand it them evaluated.
    answered.__signature__ = inspect.signature(command, eval_str=True)  # type: ignore[attr-defined]
    answered.__answers_refusals__ = True  # type: ignore[attr-defined]  # checked for every command by a test
    return answered


@asynccontextmanager
async def answering(interaction: discord.Interaction, what: str) -> AsyncIterator[None]:
    """Around a button's or a form's work: a refusal is answered; anything else is logged and apologised for.

    discord.py only logs what a component raises, so without this the person sees "interaction failed".
    """
    try:
        yield
    except Refused as refusal:
        await reply_refusal(interaction, refusal)
    except Exception:
        log.exception("unexpected error while handling %s", what)
        await apologise(interaction)
