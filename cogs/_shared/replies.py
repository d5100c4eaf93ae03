"""Answering an interaction: ephemerally, whether or not it was acknowledged, and never leaving it unanswered.

An answer Discord rejects (a limit we got wrong, say: SPEC section 17) is logged with Discord's reason
and replaced by a short apology, so the person is not left with "This interaction failed".
"""

from __future__ import annotations

import logging

import discord

from cogs._shared.language import reader

log = logging.getLogger(__name__)

MISSING = discord.utils.MISSING


async def send_ephemeral(
    interaction: discord.Interaction,
    text: str | None,
    *,
    embed: discord.Embed = MISSING,
    view: discord.ui.View = MISSING,
    suppress_embeds: bool = False,
) -> None:
    """Answer ephemerally whether or not the interaction was already acknowledged. `suppress_embeds`: no preview
    of the links in `text` (Discord fetches a link to preview it, which would use up a one-time link)."""
    try:
        await _send(interaction, text, embed=embed, view=view, suppress_embeds=suppress_embeds)
    except discord.HTTPException as error:
        await _rejected(interaction, error)


async def answer_edit(
    interaction: discord.Interaction,
    *,
    content: str | None = MISSING,
    embed: discord.Embed = MISSING,
    view: discord.ui.View | None = MISSING,
) -> bool:
    """Answer a click by editing the message it is on (view None: without its buttons); whether that worked (if
    not, the person got an apology)."""
    try:
        await interaction.response.edit_message(content=content, embed=embed, view=view)
    except discord.HTTPException as error:
        await _rejected(interaction, error)
        return False
    return True


async def acknowledge(interaction: discord.Interaction, *, ephemeral: bool = False, thinking: bool = False) -> bool:
    """Defer before slow work; whether Discord took it. If not, the work still goes on: what was committed
    must reach Discord (roles, the moderator queue) even if this reply cannot, and the caller answers after."""
    try:
        await interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
    except discord.HTTPException:
        log.warning("could not acknowledge interaction %s; carrying on", interaction.id, exc_info=True)
        return False
    return True


async def apologise(interaction: discord.Interaction) -> None:
    """The answer to something unexpected. It promises nothing: the failure may come after a commit."""
    await send_ephemeral(interaction, reader(interaction)("apology"))


async def _send(
    interaction: discord.Interaction,
    text: str | None,
    *,
    embed: discord.Embed = MISSING,
    view: discord.ui.View = MISSING,
    suppress_embeds: bool = False,
) -> None:
    if interaction.response.is_done():
        await interaction.followup.send(
            text or "", ephemeral=True, embed=embed, view=view, suppress_embeds=suppress_embeds
        )
    else:
        await interaction.response.send_message(
            text, ephemeral=True, embed=embed, view=view, suppress_embeds=suppress_embeds
        )


async def _rejected(interaction: discord.Interaction, error: discord.HTTPException) -> None:
    """Discord refused an answer: say why in the log, and apologise to the person instead."""
    log.error(
        "Discord rejected the answer to interaction %s (%s, code %s): %s",
        interaction.id,
        error.status,
        error.code,
        error.text,
    )
    if isinstance(error, discord.NotFound):
        return  # the interaction itself is gone (answered too late): nothing can answer it now
    try:
        await _send(interaction, reader(interaction)("apology"))
    except discord.HTTPException:
        log.warning("could not apologise on interaction %s either", interaction.id, exc_info=True)
