"""Long lists as pages with Previous/Next buttons, so nothing is cut off silently."""

from __future__ import annotations

import discord

from cogs._shared.replies import send_ephemeral

PAGE_SIZE = 10


def paginate(title: str, lines: list[str], *, empty: str, footer: str | None = None) -> list[discord.Embed]:
    """The lines as embeds of PAGE_SIZE lines each, numbered when there is more than one."""
    if not lines:
        return [discord.Embed(title=title, description=empty)]
    chunks = [lines[i : i + PAGE_SIZE] for i in range(0, len(lines), PAGE_SIZE)]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        embed = discord.Embed(title=title, description="\n".join(chunk))
        parts = [footer] if footer else []
        if len(chunks) > 1:
            parts.append(f"Page {number} of {len(chunks)} · {len(lines)} in all")
        if parts:
            embed.set_footer(text=" · ".join(parts))
        pages.append(embed)
    return pages


class Pages(discord.ui.View):
    """Previous/Next over embeds; only the person who asked can turn the pages."""

    def __init__(self, pages: list[discord.Embed], owner_id: int) -> None:
        super().__init__(timeout=600)
        self.pages, self.owner_id, self.index = pages, owner_id, 0
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await send_ephemeral(interaction, "These pages belong to someone else; run the command yourself.")
        return False

    async def _show(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(len(self.pages) - 1, self.index + step))
        self._update_buttons()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary, custom_id="doorman:page:previous")
    async def previous(self, interaction: discord.Interaction, _button: discord.ui.Button[Pages]) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary, custom_id="doorman:page:next")
    async def next(self, interaction: discord.Interaction, _button: discord.ui.Button[Pages]) -> None:
        await self._show(interaction, +1)


async def send_pages(interaction: discord.Interaction, pages: list[discord.Embed]) -> None:
    """Send the first page ephemerally, with buttons only when there is more than one."""
    if len(pages) == 1:
        await send_ephemeral(interaction, "", embed=pages[0])
    else:
        await send_ephemeral(interaction, "", embed=pages[0], view=Pages(pages, interaction.user.id))
