"""Invite links (SPEC section 11): made by a delivery owed with the code (core.links), and what a reply says of
it. Members' codes (/invite create, regenerate), admins' shared links (/gate link) and waitlist codes get
theirs here.

A code never depends on its link: when the policy is off, the bot may not create invites in the welcome
channel, or Discord fails, the code stands and the reply says why it has no link. A link Discord failed to
make is tried again like any delivery, and shows in /invite list once made.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import discord

from bot.app import Doorman
from bot.clock import now
from bot.core import invites
from bot.core.codes import Code, CodeStatus
from bot.core.links import link_made, link_terms
from bot.core.owed import MakeInviteLink
from bot.core.settings import GuildSettings
from bot.i18n import Catalog, Words, words
from cogs._shared.channels import may_make_links, text_channel
from cogs._shared.deliveries.outcomes import Carried, Done, Failed, Job, Outcome
from cogs._shared.deliveries.reservation import Reservation
from cogs._shared.first_response import answering_soon
from cogs._shared.markup import channel


class NoLinkBecause(Enum):
    POLICY_OFF = "policy_off"  # nothing to say: the server chose codes alone
    NO_CHANNEL = "no_channel"  # the welcome channel is gone
    NO_PERMISSION = "no_permission"  # the bot lacks Create Instant Invite there
    DISCORD_FAILED = "discord_failed"  # tried again later, like any delivery


@dataclass(frozen=True)
class NoLink:
    because: NoLinkBecause


_NOTES: dict[NoLinkBecause, Words] = {
    NoLinkBecause.POLICY_OFF: words("invites-link-note-policy-off"),
    NoLinkBecause.NO_CHANNEL: words("invites-link-note-no-channel"),
    NoLinkBecause.NO_PERMISSION: words("invites-link-note-no-permission"),
}


def link_blocked(guild: discord.Guild, settings: GuildSettings) -> NoLink | None:
    """Why no link can be made for this guild's codes now, before asking Discord; None if one can."""
    if not settings.policy.invite_links:
        return NoLink(NoLinkBecause.POLICY_OFF)
    if text_channel(guild, settings.welcome_channel_id) is None:
        return NoLink(NoLinkBecause.NO_CHANNEL)
    if not may_make_links(guild, settings):
        return NoLink(NoLinkBecause.NO_PERMISSION)
    return None


async def make_link(job: Job) -> Outcome:
    """Make the code's invite link, unless it needs none any more or cannot have one now (nothing to retry then:
    the code works without it). Discord's failures are retried, as every delivery's."""
    owed = job.delivery.owed
    assert isinstance(owed, MakeInviteLink)
    code = await invites.get_code(job.bot.db, code_id=owed.code_id)
    at = now()
    if code.link is not None or code.status(at) is not CodeStatus.ACTIVE:
        return Done(words("invites-link-note-not-needed", code=code.display), delivered=False)
    blocked = link_blocked(job.guild, job.settings)
    if blocked is not None:
        return Done(_NOTES[blocked.because], delivered=False)
    welcome = text_channel(job.guild, job.settings.welcome_channel_id)
    assert welcome is not None
    terms = link_terms(code, at)
    reason = job.server_language("invites-link-audit-reason", code=code.display, inviter=str(code.inviter_id))
    try:
        invite = await welcome.create_invite(max_uses=terms.max_uses, max_age=terms.max_age, unique=True, reason=reason)
    except discord.Forbidden:  # the permission was taken away as this ran
        return Done(_NOTES[NoLinkBecause.NO_PERMISSION], delivered=False)
    return Done(then=link_made(code.id, invite.url, now()))


async def describe_make_link(job: Job) -> str:
    owed = job.delivery.owed
    assert isinstance(owed, MakeInviteLink)
    code = await invites.get_code(job.bot.db, code_id=owed.code_id)
    return job.server_language("invites-describe-make-link", code=code.display)


async def new_link(
    bot: Doorman, guild: discord.Guild, settings: GuildSettings, carried: Carried, code: Code
) -> Code | NoLink:
    """A new code as the first attempt at its link left it: with its link, or why it has none (yet)."""
    blocked = link_blocked(guild, settings)
    if blocked is not None and blocked.because is NoLinkBecause.POLICY_OFF:
        return blocked
    outcome = carried.outcome_of(MakeInviteLink)
    if isinstance(outcome, Failed):
        return NoLink(NoLinkBecause.DISCORD_FAILED)
    if isinstance(outcome, Done) and outcome.delivered:
        return await invites.get_code(bot.db, code_id=code.id)
    return blocked or NoLink(NoLinkBecause.NO_PERMISSION)


async def link_for(
    bot: Doorman, interaction: discord.Interaction, owed: Reservation, settings: GuildSettings, code: Code
) -> Code | NoLink:
    """For a code a command just committed: carry what the commit owes (its link), deferring the answer only if
    Discord is slow (a deferral is one more call on every code); the code with its link, or why it has none."""
    guild = interaction.guild
    assert guild is not None
    async with answering_soon(interaction, thinking=True):
        carried = await owed.carry(settings=settings)
    return await new_link(bot, guild, settings, carried, code)


def no_link(t: Catalog, link: NoLink, welcome: int) -> str:
    """Why a new code came without an invite link (yet)."""
    match link.because:
        case NoLinkBecause.NO_PERMISSION:
            return t("invites-no-link-permission", channel=channel(welcome))
        case NoLinkBecause.NO_CHANNEL:
            return t("invites-no-link-channel")
        case _:
            return t("invites-no-link-failed")
