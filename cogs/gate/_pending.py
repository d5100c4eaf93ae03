"""/gate pending: the open admissions, each linked to a message that exists, checked as its page is shown.

A request whose message is gone (deleted, or in a moderator channel no longer in effect) is posted
again there and then, and the page links the new one: requests stay reachable (SPEC section 9).
"""

from __future__ import annotations

import discord

from bot.app import Doorman
from bot.clock import now
from bot.core import admissions
from bot.core.admissions import Admission, AdmissionStatus
from bot.core.settings import GuildSettings
from cogs._shared.deliveries.alerts import mod_channel
from cogs._shared.lines import describe_admission
from cogs._shared.pages import PAGE_SIZE, PageMaker, page_count, page_embed

TITLE = "Pending admissions"
NOT_POSTED = "not yet posted (the moderator channel was unreachable; I keep trying)"


def pending_pages(bot: Doorman, guild: discord.Guild, settings: GuildSettings, waiting: list[Admission]) -> PageMaker:
    """Pages of the open admissions, each page's links checked (and requests reposted) when it is shown."""
    count = page_count(len(waiting))

    async def make(index: int) -> discord.Embed:
        lines = [await _line(bot, guild, settings, a) for a in waiting[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]]
        return page_embed(TITLE, lines, number=index + 1, count=count, total=len(waiting), empty="Nothing is pending.")

    return make


async def _line(bot: Doorman, guild: discord.Guild, settings: GuildSettings, admission: Admission) -> str:
    line = describe_admission(admission)
    channel = mod_channel(guild, settings)
    if channel is None:
        return f"{line} · {NOT_POSTED}"
    for message_id in (admission.alert_message_id, admission.request_message_id):
        if message_id is not None and await _exists(channel, message_id):
            return f"{line} · [open]({_link(guild, channel, message_id)})"
    if admission.request_message_id is not None and admission.status is AdmissionStatus.AWAITING_APPROVAL:
        reposted = await _post_again(bot, guild, admission)
        if reposted is not None:
            return f"{line} · [open]({_link(guild, channel, reposted)}) (posted again: the old message was gone)"
    if admission.status is AdmissionStatus.AWAITING_APPROVAL:
        return f"{line} · {NOT_POSTED}"
    return line


async def _exists(channel: discord.TextChannel, message_id: int) -> bool:
    try:
        await channel.fetch_message(message_id)
    except discord.NotFound:
        return False
    except discord.HTTPException:
        return True  # cannot tell now: most likely it is there
    return True


async def _post_again(bot: Doorman, guild: discord.Guild, admission: Admission) -> int | None:
    """Post the request anew, at once; the new message's ID, if that worked."""
    with bot.deliveries.reserving() as owed:
        await admissions.show_again(bot.db, guild_id=guild.id, admission_id=admission.id, now=now())
        await owed.carry()
    again = await admissions.get_admission(bot.db, guild_id=guild.id, admission_id=admission.id)
    return again.request_message_id if again.request_message_id != admission.request_message_id else None


def _link(guild: discord.Guild, channel: discord.TextChannel, message_id: int) -> str:
    return f"https://discord.com/channels/{guild.id}/{channel.id}/{message_id}"
