"""The moderator channel: requests and alerts posted there, their buttons, and what each click does.

A request carries Approve and Deny; a roles-pending alert carries Retry. All three are one persistent
DynamicItem whose custom_id holds the action and the admission, so they work across restarts; every
click is checked for a moderator. Every Discord call may fail: the admission's state in the database
says what is still owed, and the catch-up loop (_catch_up.py) delivers it.

The buttons, the messages that carry them and the clicks' handlers live together: a click can post a
message with buttons (an approval whose grant fails posts an alert with Retry).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, ClassVar

import discord

from bot.app import Doorman
from bot.clock import now
from bot.core import admissions
from bot.core.admissions import Admission, AdmissionStatus
from bot.core.inputs import MAX_REASON, parse_free_text
from bot.core.people import is_moderator
from bot.core.refusals import Authority, NotAllowed
from bot.core.settings import GuildSettings
from cogs._shared.direct_messages import send_dm
from cogs._shared.guards import answering, reply_refusal
from cogs._shared.interactions import caller, doorman, guild_settings
from cogs._shared.log_channel import post_log
from cogs._shared.replies import acknowledge, send_ephemeral
from cogs.admissions import _render
from cogs.admissions._announce import announce
from cogs.admissions._in_flight import carrying, in_flight
from cogs.admissions._roles import Grant, grant_roles

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Admitted:
    """What admit() did. `finished` is set only for the one caller that closed the admission: it announces it."""

    outcome: Grant
    detail: str
    finished: Admission | None


class RequestButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"doorman:(?P<action>approve|deny|retry):(?P<id>\d{1,19})",
):
    """Approve, Deny and Retry."""

    LOOKS: ClassVar[dict[str, tuple[str, discord.ButtonStyle]]] = {
        "approve": ("Approve", discord.ButtonStyle.success),
        "deny": ("Deny", discord.ButtonStyle.danger),
        "retry": ("Retry", discord.ButtonStyle.primary),
    }

    def __init__(self, action: str, admission_id: int) -> None:
        label, style = self.LOOKS[action]
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=f"doorman:{action}:{admission_id}"))
        self.action, self.admission_id = action, admission_id
        self.settings: GuildSettings | None = None  # read by interaction_check, for the click it checked

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> RequestButton:
        return cls(match["action"], int(match["id"]))

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        self.settings = await moderators_only(interaction, f"{self.action} on admission {self.admission_id}")
        return self.settings is not None

    async def callback(self, interaction: discord.Interaction) -> None:
        handler = {"approve": approve, "deny": open_deny_form, "retry": retry}[self.action]
        async with answering(interaction, f"{self.action} on admission {self.admission_id}"):
            assert self.settings is not None  # interaction_check ran first
            await handler(interaction, self.admission_id, self.settings)


class DenyForm(discord.ui.Modal, title="Deny admission request"):
    reason: discord.ui.TextInput[DenyForm] = discord.ui.TextInput(
        label="Reason (sent to the newcomer)",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=MAX_REASON,
        custom_id="reason",
    )

    def __init__(self, admission_id: int) -> None:
        super().__init__(custom_id=f"doorman:deny-reason:{admission_id}", timeout=900)
        self.admission_id = admission_id
        self.settings: GuildSettings | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        self.settings = await moderators_only(interaction, f"the deny reason for request {self.admission_id}")
        if self.settings is None:
            self.stop()  # answered: the form is done with
        return self.settings is not None

    async def on_submit(self, interaction: discord.Interaction) -> None:
        async with answering(interaction, f"the deny reason for request {self.admission_id}"):
            assert self.settings is not None  # interaction_check ran first
            await deny(interaction, self.admission_id, self.reason.value, self.settings)


async def moderators_only(interaction: discord.Interaction, what: str) -> GuildSettings | None:
    """The guild's settings if a moderator clicked; anyone else is told so, and None stops the click."""
    async with answering(interaction, what):
        settings = await guild_settings(interaction)
        if is_moderator(caller(interaction), settings.mod_role_id):
            return settings
        await reply_refusal(interaction, NotAllowed(Authority.MODERATOR))
    return None


def request_view(admission_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(RequestButton("approve", admission_id))
    view.add_item(RequestButton("deny", admission_id))
    return view


def mod_channel(guild: discord.Guild, settings: GuildSettings) -> discord.TextChannel | None:
    channel = guild.get_channel(settings.mod_channel_id) if settings.mod_channel_id else None
    return channel if isinstance(channel, discord.TextChannel) else None


async def post_request(bot: Doorman, guild: discord.Guild, admission: Admission, settings: GuildSettings) -> bool:
    """Post the request with its buttons to the moderator channel; False if that failed (retried later)."""
    channel = mod_channel(guild, settings)
    if channel is None:
        log.warning("guild %s has no usable moderator channel for request %s", guild.id, admission.id)
        return False
    try:
        message = await channel.send(
            embed=_render.request_embed(admission, guild.name), view=request_view(admission.id)
        )
    except discord.HTTPException:
        log.warning("could not post request %s in guild %s", admission.id, guild.id, exc_info=True)
        return False
    await admissions.remember_message(bot.db, admission_id=admission.id, request=message.id)
    return True


async def admit(
    bot: Doorman,
    guild: discord.Guild,
    admission: Admission,
    settings: GuildSettings,
    member: discord.Member | None = None,
) -> Admitted:
    """Grant the roles of a roles_pending admission and finish it; alert moderators if Discord refuses.

    The inviter and the log are told by announce(), once the person waiting has been answered.
    """
    outcome, detail = await grant_roles(guild, admission, settings, member)
    if outcome is Grant.REFUSED:
        log.warning("role grant for admission %s failed: %s", admission.id, detail)
        await _alert_roles_pending(bot, guild, admission, settings, detail)
        return Admitted(outcome, detail, None)
    status = AdmissionStatus.ADMITTED if outcome is Grant.GRANTED else AdmissionStatus.LEFT
    finished = await admissions.finish(bot.db, admission_id=admission.id, status=status, now=now())
    if finished is not None:  # None: another caller (a retry racing the catch-up) finished it and announces
        await refresh_messages(guild, finished, settings)
    return Admitted(outcome, detail, finished)


async def _alert_roles_pending(
    bot: Doorman, guild: discord.Guild, admission: Admission, settings: GuildSettings, detail: str
) -> None:
    if admission.alert_message_id is not None:
        return  # moderators already have an alert with a Retry button
    channel = mod_channel(guild, settings)
    if channel is None:
        return
    view = discord.ui.View(timeout=None)
    view.add_item(RequestButton("retry", admission.id))
    try:
        message = await channel.send(_render.roles_pending_alert(admission, detail), view=view)
    except discord.HTTPException:
        log.warning("could not post the roles-pending alert for admission %s", admission.id, exc_info=True)
        return
    await admissions.remember_message(bot.db, admission_id=admission.id, alert=message.id)


async def refresh_messages(guild: discord.Guild, admission: Admission, settings: GuildSettings) -> None:
    """Show a decided admission's state on its request, without buttons; close its alert once it is final."""
    channel = mod_channel(guild, settings)
    if channel is None:
        return
    edits: list[tuple[int | None, dict[str, Any]]] = [
        (admission.request_message_id, {"embed": _render.request_embed(admission, guild.name), "view": None}),
    ]
    resolved = _render.alert_resolved(admission)
    if resolved is not None:
        edits.append((admission.alert_message_id, {"content": resolved, "view": None}))
    for message_id, fields in edits:
        if message_id is None:
            continue
        try:
            await channel.get_partial_message(message_id).edit(**fields)
        except discord.HTTPException:
            log.info("could not update message %s of admission %s", message_id, admission.id)


async def _decide(
    interaction: discord.Interaction, admission_id: int, *, approve: bool, reason: str | None
) -> Admission:
    """Record the clicking moderator's decision; AlreadyDecided if someone was first."""
    assert interaction.guild_id is not None
    return await admissions.decide(
        doorman(interaction).db,
        guild_id=interaction.guild_id,
        admission_id=admission_id,
        moderator_id=interaction.user.id,
        approve=approve,
        reason=reason,
        now=now(),
    )


async def approve(interaction: discord.Interaction, admission_id: int, settings: GuildSettings) -> None:
    bot, guild = doorman(interaction), interaction.guild
    assert guild is not None
    decided = await _decide(interaction, admission_id, approve=True, reason=None)
    with carrying(bot, decided.id):
        await acknowledge(interaction)
        admitted = await admit(bot, guild, decided, settings)
        if admitted.outcome is not Grant.LEFT:
            if admitted.outcome is Grant.REFUSED:
                # The request shows the approval; the alert (with Retry) says what is still owed.
                await refresh_messages(guild, decided, settings)
            roles_granted = admitted.outcome is Grant.GRANTED
            await _tell_newcomer(interaction, decided, _render.approved_dm(guild.name, roles_granted=roles_granted))
        await announce(bot, guild, settings, admitted.finished)


async def open_deny_form(interaction: discord.Interaction, admission_id: int, settings: GuildSettings) -> None:
    assert interaction.guild_id is not None
    await admissions.awaiting_decision(
        doorman(interaction).db, guild_id=interaction.guild_id, admission_id=admission_id
    )
    await interaction.response.send_modal(DenyForm(admission_id))


async def deny(interaction: discord.Interaction, admission_id: int, typed_reason: str, settings: GuildSettings) -> None:
    guild = interaction.guild
    assert guild is not None
    reason = parse_free_text(typed_reason, name="reason", limit=MAX_REASON)
    decided = await _decide(interaction, admission_id, approve=False, reason=reason)
    await acknowledge(interaction)
    await refresh_messages(guild, decided, settings)
    await _tell_newcomer(interaction, decided, _render.denied_dm(guild.name, reason))
    await post_log(guild, settings, _render.denied_line(decided))


async def retry(interaction: discord.Interaction, admission_id: int, settings: GuildSettings) -> None:
    bot, guild = doorman(interaction), interaction.guild
    assert guild is not None
    admission = await admissions.pending_grant(bot.db, guild_id=guild.id, admission_id=admission_id)
    if in_flight(bot, admission.id):
        await send_ephemeral(interaction, _render.RETRYING_ALREADY)
        return
    with carrying(bot, admission.id):
        await acknowledge(interaction, ephemeral=True, thinking=True)
        admitted = await admit(bot, guild, admission, settings)
        await send_ephemeral(interaction, _render.retried(admission, admitted.outcome, admitted.detail))
        await announce(bot, guild, settings, admitted.finished)


async def _tell_newcomer(interaction: discord.Interaction, admission: Admission, text: str) -> None:
    """DM the newcomer the decision; if that fails, the deciding moderator learns it did."""
    if not await send_dm(interaction.client, admission.user_id, text):
        await send_ephemeral(interaction, _render.dm_failed(admission))
