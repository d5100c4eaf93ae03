"""What a waitlist entry owes Discord, carried: its message in the moderator channel, and the DMs to the person.

Each handler reads the entry as it is when it runs, so a retry shows what is true then.
"""

from __future__ import annotations

from functools import partial

import discord

from bot.clock import now
from bot.core import direct_channels, waitlist, waitlist_decisions
from bot.core.codes import CodeStatus
from bot.core.owed import ShowWaitlistEntry, WaitlistMessage, WaitlistMessageAbout, WaitlistUndeliveredNotice
from bot.core.waitlist import EntryStatus, WaitlistEntry
from bot.i18n import words
from cogs._shared.deliveries.alerts import notify_moderators
from cogs._shared.deliveries.outcomes import Done, Handler, Job, Outcome
from cogs._shared.deliveries.showing import Shown, show
from cogs._shared.deliveries.worker import DeliveryWorker
from cogs._shared.direct_channels import send_direct
from cogs._shared.discord_errors import DM_CLOSED
from cogs._shared.language import recipient_language
from cogs._shared.markup import channel, user
from cogs._shared.waitlist_entries import entry_embed, entry_title
from cogs.waitlist import _render
from cogs.waitlist._buttons import entry_view


async def _entry(job: Job, entry_id: int) -> WaitlistEntry:
    return await waitlist.get_entry(job.bot.db, guild_id=job.guild.id, entry_id=entry_id)


async def show_entry(job: Job) -> Outcome:
    """Make the entry's message show it as it is, where it was posted; post it in the moderator channel where there
    is none, or it is gone. A waiting entry has the Invite and Decline buttons; a decided one, none."""
    assert isinstance(job.delivery.owed, ShowWaitlistEntry)
    entry = await _entry(job, job.delivery.owed.entry_id)
    t = job.server_language
    shown = Shown(
        title=entry_title(t, entry),
        embed=entry_embed(t, entry),
        view=entry_view(t, entry.id) if entry.status is EntryStatus.WAITING else None,
        posted=entry.message,
        remember=lambda at: partial(waitlist.message_posted, entry_id=entry.id, message=at),
        moved=lambda channel_id: t("admissions-moved-to", channel=channel(channel_id)),
    )
    return await show(job, shown)


async def _describe_entry(job: Job) -> str:
    assert isinstance(job.delivery.owed, ShowWaitlistEntry)
    return job.server_language("waitlist-describe-entry", number=str(job.delivery.owed.entry_id))


async def direct_message(job: Job) -> Outcome:
    """DM the person the code they were sent (with its link, made before this is carried), or the decline."""
    owed = job.delivery.owed
    assert isinstance(owed, WaitlistMessage)
    entry = await _entry(job, owed.entry_id)
    t = await recipient_language(job.bot, owed.user_id, job.guild, job.settings)
    if owed.about is WaitlistMessageAbout.INVITED:
        if entry.status is not EntryStatus.INVITED or entry.code_id is None:
            return Done(words("waitlist-nothing-to-send"), delivered=False)  # they redeemed or left since
        sent = await waitlist.code_of(job.bot.db, entry)
        if sent.status(now()) is not CodeStatus.ACTIVE:
            return Done(words("waitlist-nothing-to-send"), delivered=False)
        text = _render.invited_dm(t, entry, sent, job.guild.name, job.settings.welcome_channel_id)
    else:
        text = _render.declined_dm(t, entry, job.guild.name, job.settings.policy.waitlist_cooldown_days)
    try:
        opened = await send_direct(job.bot, owed.user_id, owed.channel_id, text)
    except discord.Forbidden as error:
        if error.code != DM_CLOSED or job.watched:
            raise  # the one who acted is told in their answer (_buttons.undelivered)
        # Nobody who acted is waiting on this answer now: the moderators are told in their channel.
        notice = partial(
            waitlist_decisions.dm_undelivered, guild_id=job.guild.id, entry_id=entry.id, about=owed.about, now=now()
        )
        return Done(words("deliveries-done-dm-closed"), notice, delivered=False)
    return Done(then=None if opened is None else direct_channels.remembered(owed.user_id, opened))


async def _describe_dm(job: Job) -> str:
    owed = job.delivery.owed
    assert isinstance(owed, WaitlistMessage)
    return job.server_language("waitlist-describe-dm", user=user(owed.user_id), number=str(owed.entry_id))


async def tell_undelivered(job: Job) -> Outcome:
    """The moderators hear that a waitlist DM could not reach the person (and where they can read it)."""
    owed = job.delivery.owed
    assert isinstance(owed, WaitlistUndeliveredNotice)
    entry = await _entry(job, owed.entry_id)
    t, person = job.server_language, user(entry.user_id)
    if owed.about is WaitlistMessageAbout.INVITED:
        text = t("waitlist-undelivered-invited", person=person, channel=channel(job.settings.welcome_channel_id or 0))
    else:
        text = t("waitlist-undelivered-declined", person=person)
    return await notify_moderators(job, text)


async def _describe_undelivered(job: Job) -> str:
    return job.server_language("waitlist-describe-undelivered")


def register(worker: DeliveryWorker) -> None:
    """The kinds of delivery a waitlist entry owes, with how each is carried."""
    worker.register(ShowWaitlistEntry, Handler(show_entry, _describe_entry))
    worker.register(WaitlistMessage, Handler(direct_message, _describe_dm))
    worker.register(WaitlistUndeliveredNotice, Handler(tell_undelivered, _describe_undelivered, frozenset()))
