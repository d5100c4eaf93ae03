"""Long lists as pages with Previous/Next buttons, so nothing is cut off silently."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import discord

from cogs._shared.replies import send_ephemeral

PAGE_SIZE = 10
# A page's embed, by index, made when the page is shown: a list whose entries are checked against
# Discord (links that must still lead somewhere) only checks the page in front of the reader.
PageMaker = Callable[[int], Awaitable[discord.Embed]]


def page_embed(title: str, lines: list[str], *, number: int, count: int, total: int, empty: str) -> discord.Embed:
    """One page of a list: its lines, numbered when there is more than one page."""
    embed = discord.Embed(title=title, description="\n".join(lines) if lines else empty)
    if count > 1:
        embed.set_footer(text=f"Page {number} of {count} · {total} in all")
    return embed


def page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def paginate(title: str, lines: list[str], *, empty: str) -> list[discord.Embed]:
    """The lines as embeds of PAGE_SIZE lines each."""
    count = page_count(len(lines))
    return [
        page_embed(
            title,
            lines[i * PAGE_SIZE : (i + 1) * PAGE_SIZE],
            number=i + 1,
            count=count,
            total=len(lines),
            empty=empty,
        )
        for i in range(count)
    ]


class Pages(discord.ui.View):
    """Previous/Next over pages made when shown; only the person who asked can turn them."""

    def __init__(self, make: PageMaker, count: int, owner_id: int) -> None:
        super().__init__(timeout=600)
        self.make, self.count, self.owner_id, self.index = make, count, owner_id, 0
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == self.count - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.owner_id:
            return True
        await send_ephemeral(interaction, "These pages belong to someone else; run the command yourself.")
        return False

    async def _show(self, interaction: discord.Interaction, step: int) -> None:
        self.index = max(0, min(self.count - 1, self.index + step))
        self._update_buttons()
        await interaction.response.edit_message(embed=await self.make(self.index), view=self)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary, custom_id="doorman:page:previous")
    async def previous(self, interaction: discord.Interaction, _button: discord.ui.Button[Pages]) -> None:
        await self._show(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary, custom_id="doorman:page:next")
    async def next(self, interaction: discord.Interaction, _button: discord.ui.Button[Pages]) -> None:
        await self._show(interaction, +1)


async def send_pages(interaction: discord.Interaction, pages: list[discord.Embed]) -> None:
    """Send the first page ephemerally, with buttons only when there is more than one."""

    async def made(index: int) -> discord.Embed:
        return pages[index]

    await send_made_pages(interaction, made, len(pages))


async def send_made_pages(interaction: discord.Interaction, make: PageMaker, count: int) -> None:
    """Send the first of `count` pages made by `make`, with buttons only when there is more than one."""
    first = await make(0)
    if count == 1:
        await send_ephemeral(interaction, "", embed=first)
    else:
        await send_ephemeral(interaction, "", embed=first, view=Pages(make, count, interaction.user.id))
