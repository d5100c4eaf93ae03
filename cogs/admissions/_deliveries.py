"""What an admission owes Discord, carried: the roles, the request message, the DMs and the notices.

Each handler reads the admission as it is when it runs, so a retry shows what is true then.
"""

from __future__ import annotations

import logging
from functools import partial

import discord

from bot.clock import now
from bot.core import admissions, direct_channels
from bot.core.admissions import Admission, AdmissionStatus, get_admission
from bot.core.deliveries import Fault
from bot.core.owed import DirectMessage, DirectMessageAbout, GrantRoles, GuessingAlert, ShowRequest, UndeliveredNotice
from bot.core.redemptions import GUESS_WINDOW_SECONDS
from bot.i18n import words
from cogs._shared.deliveries.alerts import notify_moderators
from cogs._shared.deliveries.outcomes import Done, Failed, Handler, Job, Outcome
from cogs._shared.deliveries.showing import Shown, show
from cogs._shared.deliveries.worker import DeliveryWorker
from cogs._shared.direct_channels import send_direct
from cogs._shared.discord_errors import DM_CLOSED, UNKNOWN_ROLE
from cogs._shared.language import reader, recipient_language
from cogs._shared.markup import code, user
from cogs._shared.replies import send_ephemeral
from cogs._shared.requests import decided, request_embed, request_title
from cogs.admissions import _render
from cogs.admissions._approvals import request_view

log = logging.getLogger(__name__)


async def _admission(job: Job, admission_id: int) -> Admission:
    return await get_admission(job.bot.db, guild_id=job.guild.id, admission_id=admission_id)


async def grant_roles(job: Job) -> Outcome:
    """Give the member role and take the newcomer role, in one request where one suffices.

    A newcomer role to remove makes it one PATCH of the whole role list; otherwise one PUT of the member role.
    """
    assert isinstance(job.delivery.owed, GrantRoles)
    admission = await _admission(job, job.delivery.owed.admission_id)
    t = job.server_language
    if admission.status is not AdmissionStatus.ROLES_PENDING:
        return Done(words("admissions-closed-already", number=str(admission.id)), delivered=False)
    settings = job.settings
    member_role = job.guild.get_role(settings.member_role_id or 0)
    if member_role is None:
        return Failed(Fault.REFUSED, words("admissions-role-gone"))
    newcomer_role = job.guild.get_role(settings.newcomer_role_id) if settings.newcomer_role_id else None
    reason = t(
        "admissions-audit-reason",
        number=str(admission.id),
        code=admission.code_display,
        inviter=str(admission.inviter_id),
    )
    try:
        member = job.member or await job.guild.fetch_member(admission.user_id)
        if newcomer_role is not None and newcomer_role in member.roles:
            roles = [role for role in member.roles if role != newcomer_role and not role.is_default()]
            if member_role not in roles:
                roles.append(member_role)
            await member.edit(roles=roles, reason=reason)
        elif member_role not in member.roles:
            await member.add_roles(member_role, reason=reason)
    except discord.NotFound as error:
        if error.code == UNKNOWN_ROLE:  # deleted since this process last heard of it
            return Failed(Fault.REFUSED, words("admissions-role-gone"))
        left = partial(admissions.newcomer_left, admission_id=admission.id, now=now())
        return Done(words("admissions-newcomer-left", newcomer=user(admission.user_id)), left, delivered=False)
    except discord.Forbidden:
        return Failed(Fault.REFUSED, words("admissions-roles-refused"))
    granted = partial(admissions.roles_granted, admission_id=admission.id, now=now())
    return Done(words("admissions-roles-granted", newcomer=user(admission.user_id)), granted)


async def _describe_grant(job: Job) -> str:
    assert isinstance(job.delivery.owed, GrantRoles)
    admission = await _admission(job, job.delivery.owed.admission_id)
    return job.server_language(
        "admissions-describe-grant",
        newcomer=user(admission.user_id),
        number=str(admission.id),
        code=code(admission.code_display),
        inviter=user(admission.inviter_id),
    )


async def show_request(job: Job) -> Outcome:
    """Make the request message show the admission as it is, where it was posted; post it in the moderator
    channel where there is none, or it is gone (decided, it shows the decision, without buttons). A waiting
    request whose moderator channel changed moves there: the old message says where, and loses its buttons."""
    assert isinstance(job.delivery.owed, ShowRequest)
    facts = await admissions.request_facts(
        job.bot.db, guild_id=job.guild.id, admission_id=job.delivery.owed.admission_id
    )
    admission = facts.admission
    t = job.server_language
    embed = request_embed(t, facts, job.guild.name)
    view = request_view(t, admission.id) if admission.status is AdmissionStatus.AWAITING_APPROVAL else None
    shown = Shown(
        title=request_title(t, admission),
        embed=embed,
        view=view,
        posted=admission.request,
        remember=lambda at: partial(admissions.request_posted, admission_id=admission.id, request=at),
        moved=lambda channel_id: _render.moved_to(t, channel_id),  # in the language of the request below it
    )
    return await show(job, shown, answer=lambda: _edit_as_answer(job, admission, embed, view))


async def _edit_as_answer(job: Job, admission: Admission, embed: discord.Embed, view: discord.ui.View | None) -> bool:
    """Edit the request as the answer to the click on it, if that click is in hand and not answered yet.

    If Discord refuses, the click is answered in words, and the request is edited apart."""
    click, request = job.click, admission.request
    clicked = click.interaction.message if click is not None else None
    if click is None or clicked is None or request is None or clicked.id != request.message_id or not click.claim():
        return False
    try:
        await click.interaction.response.edit_message(embed=embed, view=view)
    except discord.HTTPException:
        log.warning("could not answer a click by editing request %s; editing it apart", request, exc_info=True)
        await send_ephemeral(
            click.interaction, decided(reader(click.interaction), admission)
        )  # the claim stopped the clock
        return False
    return True


async def _describe_request(job: Job) -> str:
    assert isinstance(job.delivery.owed, ShowRequest)
    return job.server_language("admissions-describe-request", number=str(job.delivery.owed.admission_id))


async def direct_message(job: Job) -> Outcome:
    """DM the newcomer the decision, or the inviter that their invitee joined."""
    owed = job.delivery.owed
    assert isinstance(owed, DirectMessage)
    admission = await _admission(job, owed.admission_id)
    if admission.status is AdmissionStatus.LEFT:
        return Done(words("admissions-no-one-to-tell"), delivered=False)
    t = await recipient_language(job.bot, owed.user_id, job.guild, job.settings)
    match owed.about:
        case DirectMessageAbout.APPROVED:
            granted = admission.status is AdmissionStatus.ADMITTED
            text = _render.approved_dm(t, job.guild.name, roles_granted=granted)
        case DirectMessageAbout.DENIED:
            text = _render.denied_dm(t, job.guild.name, admission.reason)
        case DirectMessageAbout.INVITEE_JOINED:
            text = _render.inviter_dm(t, admission, job.guild.name)
    try:
        opened = await send_direct(job.bot, owed.user_id, owed.channel_id, text)
    except discord.Forbidden as error:
        decision = owed.about is not DirectMessageAbout.INVITEE_JOINED
        if error.code != DM_CLOSED or not decision or job.watched:
            raise
        # Nobody who decided is waiting on this answer now: the moderators are told in their channel.
        notice = partial(admissions.dm_undelivered, guild_id=job.guild.id, admission_id=admission.id, now=now())
        return Done(words("admissions-dms-closed"), notice, delivered=False)
    return Done(then=None if opened is None else direct_channels.remembered(owed.user_id, opened))


async def _describe_dm(job: Job) -> str:
    assert isinstance(job.delivery.owed, DirectMessage)
    owed = job.delivery.owed
    return job.server_language("admissions-describe-dm", user=user(owed.user_id), number=str(owed.admission_id))


async def tell_undelivered(job: Job) -> Outcome:
    assert isinstance(job.delivery.owed, UndeliveredNotice)
    admission = await _admission(job, job.delivery.owed.admission_id)
    return await notify_moderators(job, _render.dm_undelivered(job.server_language, admission))


async def _describe_undelivered(job: Job) -> str:
    return job.server_language("admissions-describe-undelivered")


async def alert_guessing(job: Job) -> Outcome:
    t = job.server_language
    return await notify_moderators(
        job, _render.guessing_alert(t, GUESS_WINDOW_SECONDS // 60, job.settings.policy.redeem_attempts)
    )


async def _describe_guessing(job: Job) -> str:
    return job.server_language("admissions-describe-guessing")


def register(worker: DeliveryWorker) -> None:
    """The kinds of delivery an admission owes, with how each is carried."""
    # A grant that fails for any reason leaves someone waiting at the door: the moderators hear of it (SPEC 5).
    worker.register(GrantRoles, Handler(grant_roles, _describe_grant, frozenset({Fault.REFUSED, Fault.TRANSIENT})))
    worker.register(ShowRequest, Handler(show_request, _describe_request))
    worker.register(DirectMessage, Handler(direct_message, _describe_dm))
    worker.register(UndeliveredNotice, Handler(tell_undelivered, _describe_undelivered, frozenset()))
    worker.register(GuessingAlert, Handler(alert_guessing, _describe_guessing, frozenset()))
