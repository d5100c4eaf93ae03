"""Long lists as pages with Previous/Next buttons, so nothing is cut off and every page fits Discord's limits.

A page holds at most PAGE_SIZE lines of at most LINE_LIMIT characters: 10 × 400 characters and the
line breaks stay under an embed description's 4,096, and leave room in the embed's 6,000 for the
fields a list adds (the quota, the settings). The buttons stop when the reader leaves them alone for
TIMEOUT, and say so; a click that comes later (or after a restart) is answered too (LatePageClick).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import discord

from bot.i18n import Catalog
from cogs._shared.interactions import doorman
from cogs._shared.language import reader
from cogs._shared.limits import EMBED_TITLE, shorten
from cogs._shared.replies import answer_edit, send_ephemeral

log = logging.getLogger(__name__)

PAGE_SIZE = 10
LINE_LIMIT = 400
# Seconds after the last click. Under the 15 minutes an interaction's token lasts, so the message can
# still be edited to show the buttons stopped.
TIMEOUT = 600

# A page's embed, by index, made when the page is shown: a list whose entries are checked against
# Discord (links that must still lead somewhere) only checks the page in front of the reader.
PageMaker = Callable[[int], Awaitable[discord.Embed]]


def page_embed(
    t: Catalog, title: str, lines: list[str], *, number: int, count: int, total: int, empty: str
) -> discord.Embed:
    """One page of a list: its lines (each cut to LINE_LIMIT), numbered when there is more than one page."""
    shown = [shorten(line, LINE_LIMIT) for line in lines]
    embed = discord.Embed(title=shorten(title, EMBED_TITLE), description="\n".join(shown) if shown else empty)
    if count > 1:
        embed.set_footer(text=t("pages-footer", number=str(number), count=str(count), total=total))
    return embed


def page_count(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def paginate(t: Catalog, title: str, lines: list[str], *, empty: str, total: int | None = None) -> list[discord.Embed]:
    """The lines as embeds of PAGE_SIZE lines each; `total` entries in all (default: one per line)."""
    count = page_count(len(lines))
    return [
        page_embed(
            t,
            title,
            lines[i * PAGE_SIZE : (i + 1) * PAGE_SIZE],
            number=i + 1,
            count=count,
            total=len(lines) if total is None else total,
            empty=empty,
        )
        for i in range(count)
    ]


def _custom_id(key: str, step: str) -> str:
    return f"doorman:page:{key}:{step}"


class Pages(discord.ui.View):
    """Previous/Next over pages made when shown, in an ephemeral message only the asker sees."""

    def __init__(self, make: PageMaker, count: int, shown_to: discord.Interaction) -> None:
        super().__init__(timeout=TIMEOUT)
        self.make, self.count, self.index = make, count, 0
        # The latest interaction that showed a page: its token edits the message when the buttons stop.
        self.last = shown_to
        # One turn at a time: two quick clicks show the next page and the one after, in that order.
        self._turning = asyncio.Lock()
        key = secrets.token_hex(6)
        t = reader(shown_to)
        self.previous = self._button(t("pages-previous"), _custom_id(key, "previous"), -1)
        self.next = self._button(t("pages-next"), _custom_id(key, "next"), +1)
        self._update_buttons()
        doorman(shown_to).live_pages[key] = self

    def _button(self, label: str, custom_id: str, step: int) -> discord.ui.Button[Pages]:
        button: discord.ui.Button[Pages] = discord.ui.Button(
            label=label, style=discord.ButtonStyle.secondary, custom_id=custom_id
        )
        button.callback = partial(self._turn, step)  # type: ignore[method-assign]
        self.add_item(button)
        return button

    def _update_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == self.count - 1

    async def _turn(self, step: int, interaction: discord.Interaction) -> None:
        async with self._turning:
            if self.is_finished():  # timed out between the click's arrival and now: LatePageClick answers it
                return
            shown = self.index
            self.index = max(0, min(self.count - 1, self.index + step))
            self._update_buttons()
            if await answer_edit(interaction, embed=await self.make(self.index), view=self):
                self.last = interaction
            else:  # the reader got an apology, and still sees the page they saw
                self.index = shown
                self._update_buttons()

    async def on_timeout(self) -> None:
        self.previous.disabled = self.next.disabled = True
        try:
            await self.last.edit_original_response(view=self)
        except discord.HTTPException:
            log.info("could not disable the page buttons of interaction %s", self.last.id, exc_info=True)


class LatePageClick(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"doorman:page:(?P<key>[0-9a-f]{12}):(?P<step>previous|next)",
):
    """Answers a click on page buttons nobody listens to any more: they timed out, or the bot restarted.

    discord.py drops such a click, and the reader would see "This interaction failed".
    """

    def __init__(self, key: str, step: str) -> None:
        # The label is only a placeholder: the click is answered, and the buttons it stops are the message's own.
        super().__init__(discord.ui.Button(label=step, custom_id=_custom_id(key, step)))
        self.key = key

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: Any, /
    ) -> LatePageClick:
        return cls(match["key"], match["step"])

    async def callback(self, interaction: discord.Interaction) -> None:
        pages = doorman(interaction).live_pages.get(self.key)
        if pages is not None and not pages.is_finished():
            return  # the pages answer it themselves
        expired = reader(interaction)("pages-expired")
        if interaction.message is None:
            await send_ephemeral(interaction, expired)
            return
        stopped = discord.ui.View.from_message(interaction.message)
        for item in stopped.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        stopped.stop()  # sent finished, so discord.py does not keep it
        await answer_edit(interaction, content=expired, view=stopped)


async def send_pages(interaction: discord.Interaction, pages: list[discord.Embed], *, text: str = "") -> None:
    """Send the first page ephemerally (after `text`), with buttons only when there is more than one."""

    async def made(index: int) -> discord.Embed:
        return pages[index]

    await send_made_pages(interaction, made, len(pages), text=text)


async def send_made_pages(interaction: discord.Interaction, make: PageMaker, count: int, *, text: str = "") -> None:
    """Send the first of `count` pages made by `make` (after `text`), with buttons only when there is more than one."""
    first = await make(0)
    view = Pages(make, count, interaction) if count > 1 else discord.utils.MISSING
    await send_ephemeral(interaction, text, embed=first, view=view)
