"""What a code owes Discord, carried: its invite link (_links.py), and the link's deletion once the code is
revoked, used up or expired."""

from __future__ import annotations

import discord

from bot.core.links import link_deleted
from bot.core.owed import DeleteInviteLink, MakeInviteLink
from bot.i18n import words
from cogs._shared.deliveries.outcomes import Done, Handler, Job, Outcome
from cogs._shared.deliveries.worker import DeliveryWorker
from cogs._shared.links import describe_make_link, make_link


async def delete_link(job: Job) -> Outcome:
    """Delete the link; one already gone (deleted by hand, expired, used up on Discord's side) counts as done."""
    owed = job.delivery.owed
    assert isinstance(owed, DeleteInviteLink)
    forget = link_deleted(owed.code_id, owed.link)
    try:
        await job.bot.delete_invite(owed.link)
    except discord.NotFound:
        return Done(words("invites-link-gone"), forget, delivered=False)
    return Done(then=forget)


async def _describe(job: Job) -> str:
    owed = job.delivery.owed
    assert isinstance(owed, DeleteInviteLink)
    return job.server_language("invites-describe-delete-link", link=owed.link)


def register(worker: DeliveryWorker) -> None:
    """The kinds of delivery a code owes, with how each is carried."""
    # A code works without its link: a failure to make one is retried, never an alert.
    worker.register(MakeInviteLink, Handler(make_link, describe_make_link, frozenset()))
    worker.register(DeleteInviteLink, Handler(delete_link, _describe))
