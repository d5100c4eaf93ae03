"""Showing a record in the moderator channel (an admission request, a waitlist entry): its message edited where it
was posted, posted anew where there is none or it is gone, and moved with the moderator channel while it waits."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import discord

from bot.core.deliveries import Completion, Fault
from bot.core.posts import Posted
from cogs._shared.channels import edit_posted, find_own_message, mod_channel
from cogs._shared.deliveries.alerts import NO_MOD_CHANNEL
from cogs._shared.deliveries.outcomes import Done, Failed, Job, Outcome


@dataclass(frozen=True)
class Shown:
    """A record's message as it should read now."""

    title: str  # the embed's title: how a message an interrupted attempt posted is recognised
    embed: discord.Embed
    view: discord.ui.View | None  # its buttons while it waits for a decision; None once decided
    posted: Posted | None  # where its message is, if it was posted
    remember: Callable[[Posted], Completion]  # records where a message was posted
    moved: Callable[[int], str]  # the notice on the old message once it moved to this moderator channel

    @property
    def waiting(self) -> bool:
        return self.view is not None


async def show(job: Job, shown: Shown, answer: Callable[[], Awaitable[bool]] | None = None) -> Outcome:
    """Make the record's message read as `shown`. `answer`: edits it as the answer to the click in hand, if it
    can (whether it did), before an edit of its own."""
    here = mod_channel(job.guild, job.settings)
    if shown.posted is None and job.interrupted and here is not None:
        found = await find_own_message(here, lambda m: any(e.title == shown.title for e in m.embeds))
        if found is not None:  # posted by an attempt a crash cut short: edit that one, and remember it
            await found.edit(embed=shown.embed, view=shown.view)
            return Done(then=shown.remember(_at(found)))
    if shown.posted is not None:
        # A waiting record follows the moderator channel: the old message says where it went, without buttons.
        moved_to = here.id if shown.waiting and here is not None and here.id != shown.posted.channel_id else None
        if moved_to is None and answer is not None and await answer():
            return Done()
        try:
            if moved_to is not None:
                notice = shown.moved(moved_to)
                await edit_posted(job.guild, shown.posted, content=notice, embed=shown.embed, view=None)
            elif await edit_posted(job.guild, shown.posted, embed=shown.embed, view=shown.view):
                return Done()
        except discord.NotFound:
            pass  # deleted: posted again below
    if here is None:
        return Failed(Fault.TRANSIENT, NO_MOD_CHANNEL)
    try:
        message = await here.send(embed=shown.embed, view=shown.view or discord.utils.MISSING)
    except discord.NotFound:  # the channel was deleted as this ran: the record waits for the next one
        return Failed(Fault.TRANSIENT, NO_MOD_CHANNEL)
    return Done(then=shown.remember(_at(message)))


def _at(message: discord.Message) -> Posted:
    return Posted(message.channel.id, message.id)
