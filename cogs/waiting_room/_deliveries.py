"""The waiting room's timers, carried when they fall due: the reminder DM and the kick, each checked again first.

Someone is still waiting when they are in the server with the join time the timer was owed for (not gone, not
back after leaving), without the member role, and Doorman holds nothing that lets them in (core.waiting_room).
A timer whose policy was switched off since does nothing; one lengthened since waits for its new time. The kick
is checked right before it is made; a kick Discord refuses (no Kick Members, or someone above the bot) alerts the
moderators, with Retry.
"""

from __future__ import annotations

import logging

import discord

from bot.clock import now
from bot.core import direct_channels, waiting_room
from bot.core.owed import KickWaiting, RemindWaiting
from bot.core.people import is_admin, is_moderator
from bot.core.policy import Returning
from bot.core.waiting_room import ASK_AGAIN_AFTER, HOUR, Stay
from bot.discord_people import as_member
from bot.i18n import words
from cogs._shared.deliveries.outcomes import Done, Handler, Job, Outcome
from cogs._shared.deliveries.worker import DeliveryWorker
from cogs._shared.direct_channels import send_direct
from cogs._shared.language import recipient_language
from cogs._shared.markup import channel, timestamp, user
from cogs.waiting_room._cog import joined

log = logging.getLogger(__name__)


async def _waiting(job: Job, owed: RemindWaiting | KickWaiting) -> discord.Member | Done:
    """The member, if they still wait as when the timer was owed; else what the timer does instead."""
    try:
        member = await job.guild.fetch_member(owed.user_id)
    except discord.NotFound:
        return Done(words("waiting-gone"), delivered=False)
    if joined(member) != owed.joined_at:
        return Done(words("waiting-rejoined"), delivered=False)
    settings = job.settings
    if settings.member_role_id is not None and member.get_role(settings.member_role_id) is not None:
        return Done(words("waiting-let-in"), delivered=False)
    person = as_member(member)
    if is_admin(person) or is_moderator(person, settings.mod_role_id):  # staff, given their roles by hand
        return Done(words("waiting-staff"), delivered=False)
    stay = await waiting_room.stay_of(job.bot.db, guild_id=job.guild.id, user_id=owed.user_id, joined_at=owed.joined_at)
    if stay is Stay.LET_IN:
        return Done(words("waiting-let-in"), delivered=False)
    if stay is Stay.ASKED:
        if isinstance(owed, KickWaiting):  # a denial or a decline may yet leave them waiting: look again then
            again = waiting_room.postponed(job.guild.id, owed, due_at=now() + ASK_AGAIN_AFTER, now=now())
            return Done(words("waiting-asked"), then=again, delivered=False)
        return Done(words("waiting-asked"), delivered=False)
    return member


def _later(job: Job, owed: RemindWaiting | KickWaiting, hours: int) -> Done | None:
    """The timer owed again for when its hours pass, if an admin lengthened them since it was owed."""
    due_at = owed.joined_at + hours * HOUR
    if due_at <= now():
        return None
    again = waiting_room.postponed(job.guild.id, owed, due_at=due_at, now=now())
    return Done(words("waiting-postponed"), then=again, delivered=False)


async def remind(job: Job) -> Outcome:
    """DM someone still waiting how to get in (and when they will be removed, if a kick is set)."""
    owed = job.delivery.owed
    assert isinstance(owed, RemindWaiting)
    policy = job.settings.policy
    if not policy.remind_after_hours:
        return Done(words("waiting-timer-off"), delivered=False)
    later = _later(job, owed, policy.remind_after_hours)
    if later is not None:
        return later
    member = await _waiting(job, owed)
    if not isinstance(member, discord.Member):
        return member
    t = await recipient_language(job.bot, owed.user_id, job.guild, job.settings)
    lines = [t("waiting-reminder", server=job.guild.name, channel=channel(job.settings.welcome_channel_id or 0))]
    came_back = await waiting_room.was_member(
        job.bot.db, guild_id=job.guild.id, user_id=owed.user_id, joined_at=owed.joined_at
    )
    if came_back and policy.returning is not Returning.CODE:  # no code needed: told so
        lines.append(t("waiting-reminder-returning"))
    elif policy.waitlist:
        lines.append(t("waiting-reminder-waitlist"))
    kick_at = waiting_room.kick_time(owed, policy.kick_after_hours)
    if kick_at is not None and kick_at > now():
        lines.append(t("waiting-reminder-kick", when=timestamp(kick_at, "R")))
    opened = await send_direct(job.bot, owed.user_id, None, "\n".join(lines))
    return Done(then=None if opened is None else direct_channels.remembered(owed.user_id, opened))


async def kick(job: Job) -> Outcome:
    """Kick someone still waiting, checked right before the kick; the log says so."""
    owed = job.delivery.owed
    assert isinstance(owed, KickWaiting)
    hours = job.settings.policy.kick_after_hours
    if not hours:
        return Done(words("waiting-timer-off"), delivered=False)
    later = _later(job, owed, hours)
    if later is not None:
        return later
    member = await _waiting(job, owed)
    if not isinstance(member, discord.Member):
        return member
    await member.kick(reason=job.server_language("waiting-kick-reason", count=hours))
    log.info("kicked %s from guild %s: not let in %s hours after joining", member.id, job.guild.id, hours)
    return Done(then=waiting_room.kicked(job.guild.id, member.id, hours=hours, now=now()))


async def _describe_remind(job: Job) -> str:
    assert isinstance(job.delivery.owed, RemindWaiting)
    return job.server_language("waiting-describe-remind", user=user(job.delivery.owed.user_id))


async def _describe_kick(job: Job) -> str:
    assert isinstance(job.delivery.owed, KickWaiting)
    return job.server_language("waiting-describe-kick", user=user(job.delivery.owed.user_id))


def register(worker: DeliveryWorker) -> None:
    """The waiting room's timers, with how each is carried."""
    worker.register(RemindWaiting, Handler(remind, _describe_remind))
    worker.register(KickWaiting, Handler(kick, _describe_kick))
