"""Answering an interaction: ephemerally, whether or not it was acknowledged, and never leaving it unanswered."""

from __future__ import annotations

import logging

import discord

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


async def send_ephemeral(
    interaction: discord.Interaction,
    text: str | None,
    *,
    embed: discord.Embed = discord.utils.MISSING,
    view: discord.ui.View = discord.utils.MISSING,
) -> None:
    """Answer ephemerally whether or not the interaction was already acknowledged."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text or "", ephemeral=True, embed=embed, view=view)
        else:
            await interaction.response.send_message(text, ephemeral=True, embed=embed, view=view)
    except discord.HTTPException:
        log.warning("could not answer interaction %s", interaction.id, exc_info=True)


async def acknowledge(interaction: discord.Interaction, *, ephemeral: bool = False, thinking: bool = False) -> None:
    """Defer before slow work. If Discord refuses the acknowledgement, the work still goes on:
    what was committed must reach Discord (roles, the moderator queue) even if this reply cannot."""
    try:
        await interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
    except discord.HTTPException:
        log.warning("could not acknowledge interaction %s; carrying on", interaction.id, exc_info=True)


async def apologise(interaction: discord.Interaction) -> None:
    """The answer to something unexpected. It promises nothing: the failure may come after a commit."""
    await send_ephemeral(interaction, APOLOGY)
