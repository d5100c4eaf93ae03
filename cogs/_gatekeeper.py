"""The Discord side of an admission: requests with Approve/Deny, role grants, alerts, DMs and the log.

The rules live in bot/admissions.py; this module only carries decisions to
Discord and back. Every Discord call here may fail: the admission's state in
the database says what is still owed, and the catch-up loop (cogs/approvals.py,
at start and every few minutes) delivers it: unposted requests are posted,
pending grants retried.

Shared by the extensions, and never loaded as one itself: discord.py executes an
extension module afresh on every load, so classes that several extensions use
(and the persistent buttons) live here, imported once.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar

import discord

from bot import admissions
from bot.admissions import Admission, AdmissionStatus, AlreadyDecided
from bot.app import Doorman, acknowledge, send_ephemeral
from bot.clock import now
from bot.errors import Refused
from bot.inputs import MAX_REASON, InvalidInput, parse_free_text
from bot.settings import GuildSettings, get_settings
from cogs._interaction import doorman, is_moderator, timestamp

log = logging.getLogger(__name__)

CATCH_UP_MINUTES = 5

_GRANTED = discord.Colour.green()
_DENIED = discord.Colour.red()
_WAITING = discord.Colour.gold()


class Grant(Enum):
    GRANTED = "granted"
    LEFT = "left"
    REFUSED = "refused"


@dataclass(frozen=True)
class Admitted:
    """What admit() did. `finished` is set only for the one caller that closed the admission: it announces it."""

    outcome: Grant
    detail: str
    finished: Admission | None


async def post_log(bot: Doorman, guild: discord.Guild, settings: GuildSettings, line: str) -> None:
    """One line in the guild's log channel, if it has one; a failure is logged, never raised."""
    channel = guild.get_channel(settings.log_channel_id) if settings.log_channel_id else None
    if not isinstance(channel, discord.TextChannel):
        return
    try:
        await channel.send(line[:2000])
    except discord.HTTPException:
        log.warning("could not post to the log channel of guild %s", guild.id, exc_info=True)


async def send_dm(bot: Doorman, user_id: int, text: str) -> bool:
    """DM a user; closed DMs and other failures are logged and reported as False, never raised."""
    try:
        user = bot.get_user(user_id) or await bot.fetch_user(user_id)
        await user.send(text)
    except discord.HTTPException as error:
        log.info("could not DM user %s: %s", user_id, error)
        return False
    return True


def request_embed(admission: Admission, guild: discord.Guild) -> discord.Embed:
    """The admission request as moderators see it; the decision is added once made."""
    created = int(discord.utils.snowflake_time(admission.user_id).timestamp())
    embed = discord.Embed(title=f"Admission request #{admission.id}", colour=_WAITING)
    embed.add_field(
        name="Newcomer",
        value=f"<@{admission.user_id}> (`{admission.user_id}`)\nAccount created {timestamp(created, 'R')}",
    )
    embed.add_field(name="Invited by", value=f"<@{admission.inviter_id}>")
    embed.add_field(name="Code", value=f"`{admission.code_display}`")
    if admission.code_note:
        embed.add_field(name="Inviter's note", value=discord.utils.escape_markdown(admission.code_note), inline=False)
    embed.add_field(name="Redeemed", value=timestamp(admission.redeemed_at), inline=False)
    status = admission.status
    if status is AdmissionStatus.DENIED:
        embed.colour = _DENIED
        decision = f"❌ Denied by <@{admission.decided_by}> {timestamp(admission.decided_at or 0)}"
        if admission.reason:
            decision += f"\nReason: {discord.utils.escape_markdown(admission.reason)}"
        embed.add_field(name="Decision", value=decision, inline=False)
    elif status is AdmissionStatus.LEFT:
        embed.colour = discord.Colour.dark_grey()
        embed.add_field(name="Closed", value="The newcomer left the server before being admitted.", inline=False)
    elif admission.decided_by is not None:
        decision = f"✅ Approved by <@{admission.decided_by}> {timestamp(admission.decided_at or 0)}"
        if status is AdmissionStatus.ROLES_PENDING:
            decision += "\n⚠️ Roles not granted yet: see the alert below and click **Retry**."
        else:
            embed.colour = _GRANTED
        embed.add_field(name="Decision", value=decision, inline=False)
    embed.set_footer(text=guild.name)
    return embed


def request_view(admission_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(AdmissionButton("approve", admission_id))
    view.add_item(AdmissionButton("deny", admission_id))
    return view


class Gatekeeper:
    """Carries an admission's state to Discord: posts, grants, alerts, DMs and log lines."""

    def __init__(self, bot: Doorman) -> None:
        self.bot = bot

    async def settings(self, guild_id: int) -> GuildSettings:
        return await get_settings(self.bot.storage, guild_id, self.bot.config.defaults)

    def mod_channel(self, guild: discord.Guild, settings: GuildSettings) -> discord.TextChannel | None:
        channel = guild.get_channel(settings.mod_channel_id) if settings.mod_channel_id else None
        return channel if isinstance(channel, discord.TextChannel) else None

    async def post_request(self, guild: discord.Guild, admission: Admission, settings: GuildSettings) -> bool:
        """Post the request with its buttons to the moderator channel; False if Discord refused (retried later)."""
        channel = self.mod_channel(guild, settings)
        if channel is None:
            log.warning("guild %s has no usable moderator channel for request %s", guild.id, admission.id)
            return False
        try:
            message = await channel.send(embed=request_embed(admission, guild), view=request_view(admission.id))
        except discord.HTTPException:
            log.warning("could not post request %s in guild %s", admission.id, guild.id, exc_info=True)
            return False
        await admissions.remember_message(self.bot.storage, admission_id=admission.id, request=message.id)
        return True

    async def grant_roles(
        self, guild: discord.Guild, admission: Admission, settings: GuildSettings, member: discord.Member | None
    ) -> tuple[Grant, str]:
        """Give the member role and take the newcomer role, in one request where one suffices.

        `member` is the newcomer as Discord just sent them (with /redeem); None fetches them.
        """
        member_role = guild.get_role(settings.member_role_id or 0)
        if member_role is None:
            return Grant.REFUSED, "the member role no longer exists; run `/gate setup` again"
        newcomer_role = guild.get_role(settings.newcomer_role_id) if settings.newcomer_role_id else None
        reason = f"Doorman admission #{admission.id}: code {admission.code_display} from user {admission.inviter_id}"
        try:
            if member is None:
                member = await guild.fetch_member(admission.user_id)
            if newcomer_role is not None and newcomer_role in member.roles:
                roles = [role for role in member.roles if role != newcomer_role and not role.is_default()]
                if member_role not in roles:
                    roles.append(member_role)
                await member.edit(roles=roles, reason=reason)
            elif member_role not in member.roles:
                await member.add_roles(member_role, reason=reason)
        except discord.NotFound:
            return Grant.LEFT, "the newcomer left the server"
        except discord.Forbidden:
            return Grant.REFUSED, "Discord refused: my role must be above the member role, with Manage Roles"
        except discord.HTTPException as error:
            return Grant.REFUSED, f"Discord failed ({error.status}); it may work on a retry"
        return Grant.GRANTED, "roles granted"

    async def admit(
        self,
        guild: discord.Guild,
        admission: Admission,
        settings: GuildSettings,
        member: discord.Member | None = None,
    ) -> Admitted:
        """Grant the roles of a roles_pending admission and finish it; alert moderators if Discord refuses.

        The inviter and the log are told by announce(), once the person waiting has been answered.
        """
        outcome, detail = await self.grant_roles(guild, admission, settings, member)
        if outcome is Grant.REFUSED:
            log.warning("role grant for admission %s failed: %s", admission.id, detail)
            await self.alert_roles_pending(guild, admission, settings, detail)
            return Admitted(outcome, detail, None)
        status = AdmissionStatus.ADMITTED if outcome is Grant.GRANTED else AdmissionStatus.LEFT
        finished = await admissions.finish(self.bot.storage, admission_id=admission.id, status=status, now=now())
        if finished is not None:  # None: another caller (a retry racing the catch-up) finished it and announces
            await self.refresh_messages(guild, finished, settings)
        return Admitted(outcome, detail, finished)

    async def announce(self, guild: discord.Guild, admitted: Admitted, settings: GuildSettings) -> None:
        """DM the inviter and write the log line for an admission this caller finished."""
        finished = admitted.finished
        if finished is None:
            return
        if finished.status is AdmissionStatus.ADMITTED:
            await send_dm(
                self.bot,
                finished.inviter_id,
                f"<@{finished.user_id}> joined **{guild.name}** with your code `{finished.code_display}`.",
            )
            line = f"✅ <@{finished.user_id}> admitted with code `{finished.code_display}` of <@{finished.inviter_id}>"
            if finished.decided_by is not None:
                line += f", approved by <@{finished.decided_by}>"
            await post_log(self.bot, guild, settings, line + ".")
        else:
            await post_log(self.bot, guild, settings, f"🚪 <@{finished.user_id}> left before being admitted.")

    async def alert_roles_pending(
        self, guild: discord.Guild, admission: Admission, settings: GuildSettings, detail: str
    ) -> None:
        if admission.alert_message_id is not None:
            return  # moderators already have an alert with a Retry button
        channel = self.mod_channel(guild, settings)
        if channel is None:
            return
        view = discord.ui.View(timeout=None)
        view.add_item(AdmissionButton("retry", admission.id))
        try:
            message = await channel.send(
                f"⚠️ <@{admission.user_id}> was admitted (admission #{admission.id}, code "
                f"`{admission.code_display}` from <@{admission.inviter_id}>) but their roles could not be "
                f"granted: {detail}. Fix it, then click **Retry**; I also retry when I restart.",
                view=view,
            )
        except discord.HTTPException:
            log.warning("could not post the roles-pending alert for admission %s", admission.id, exc_info=True)
            return
        await admissions.remember_message(self.bot.storage, admission_id=admission.id, alert=message.id)

    async def refresh_messages(self, guild: discord.Guild, admission: Admission, settings: GuildSettings) -> None:
        """Show a decided admission's state on its request, without buttons; close its alert once it is final."""
        channel = self.mod_channel(guild, settings)
        if channel is None:
            return
        edits: list[tuple[int | None, dict[str, Any]]] = [
            (admission.request_message_id, {"embed": request_embed(admission, guild), "view": None}),
        ]
        if admission.status is AdmissionStatus.ADMITTED:
            resolved = f"✅ Resolved: <@{admission.user_id}> has their roles (admission #{admission.id})."
            edits.append((admission.alert_message_id, {"content": resolved, "view": None}))
        elif admission.status is AdmissionStatus.LEFT:
            resolved = f"🚪 Closed: <@{admission.user_id}> left the server (admission #{admission.id})."
            edits.append((admission.alert_message_id, {"content": resolved, "view": None}))
        for message_id, fields in edits:
            if message_id is None:
                continue
            try:
                await channel.get_partial_message(message_id).edit(**fields)
            except discord.HTTPException:
                log.info("could not update message %s of admission %s", message_id, admission.id)

    async def alert_guessing(self, guild: discord.Guild, settings: GuildSettings) -> None:
        channel = self.mod_channel(guild, settings)
        if channel is None:
            return
        try:
            await channel.send(
                f"🚨 Many failed `/redeem` attempts in the last {admissions.GUESS_WINDOW_SECONDS // 60} minutes: "
                "someone may be guessing codes. Each account is locked out after "
                f"{settings.policy.redeem_attempts} failures; `/gate codes` shows what is active."
            )
        except discord.HTTPException:
            log.warning("could not post the guessing alert in guild %s", guild.id, exc_info=True)

    async def catch_up(self) -> None:
        """Deliver what Discord refused earlier: post unposted requests, retry pending role grants."""
        settings_of: dict[int, GuildSettings] = {}
        for admission in await admissions.open_admissions(self.bot.storage):
            guild = self.bot.get_guild(admission.guild_id)
            if guild is None or admission.id in self.bot.admissions_in_flight:
                continue
            try:
                with carrying(self.bot, admission.id):
                    if guild.id not in settings_of:
                        settings_of[guild.id] = await self.settings(guild.id)
                    settings = settings_of[guild.id]
                    if admission.status is AdmissionStatus.ROLES_PENDING:
                        await self.announce(guild, await self.admit(guild, admission, settings), settings)
                    elif admission.request_message_id is None:
                        await self.post_request(guild, admission, settings)
            except Exception:
                log.exception("catching up on admission %s failed", admission.id)


@contextmanager
def carrying(bot: Doorman, admission_id: int) -> Iterator[None]:
    """Mark an admission as being carried to Discord by this task, so the catch-up loop skips it.

    Enter it in the same step as the await that returned the admission: no other task runs in
    between, so the catch-up can never see it committed but unmarked.
    """
    bot.admissions_in_flight.add(admission_id)
    try:
        yield
    finally:
        bot.admissions_in_flight.discard(admission_id)


@dataclass(frozen=True)
class _Moderation:
    """Where a moderator's click happened, and the settings in force there."""

    bot: Doorman
    guild: discord.Guild
    gatekeeper: Gatekeeper
    settings: GuildSettings


async def _as_moderator(interaction: discord.Interaction) -> _Moderation | None:
    """The click's context, or None after telling the clicker that only moderators may do this."""
    bot, guild = doorman(interaction), interaction.guild
    assert guild is not None
    gatekeeper = Gatekeeper(bot)
    settings = await gatekeeper.settings(guild.id)
    if not is_moderator(interaction, settings):
        await send_ephemeral(interaction, "Only moderators can do that (Manage Roles, or the moderator role).")
        return None
    return _Moderation(bot, guild, gatekeeper, settings)


async def _this_guilds_admission(
    interaction: discord.Interaction, where: _Moderation, admission_id: int
) -> Admission | None:
    """The admission, if it belongs to the guild clicked in; otherwise None after saying so."""
    try:
        return await admissions.get_admission(where.bot.storage, guild_id=where.guild.id, admission_id=admission_id)
    except Refused as refusal:
        await send_ephemeral(interaction, str(refusal))
        return None


async def _decide(
    interaction: discord.Interaction, where: _Moderation, admission_id: int, *, approve: bool, reason: str | None
) -> Admission | None:
    """Record this moderator's decision; None after telling them why it could not be (e.g. decided already)."""
    try:
        return await admissions.decide(
            where.bot.storage,
            guild_id=where.guild.id,
            admission_id=admission_id,
            moderator_id=interaction.user.id,
            approve=approve,
            reason=reason,
            now=now(),
        )
    except Refused as refusal:
        await send_ephemeral(interaction, str(refusal))
        return None


async def _answer_unexpected(interaction: discord.Interaction, what: str) -> None:
    # discord.py only logs exceptions from component callbacks; the person still needs an answer.
    log.exception("unexpected error while handling %s", what)
    await send_ephemeral(interaction, "Sorry, something went wrong on my side. Please try again in a moment.")


class AdmissionButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"doorman:(?P<action>approve|deny|retry):(?P<id>\d{1,19})",
):
    """Approve, Deny and Retry: persistent across restarts, since the custom_id carries the admission."""

    LOOKS: ClassVar[dict[str, tuple[str, discord.ButtonStyle]]] = {
        "approve": ("Approve", discord.ButtonStyle.success),
        "deny": ("Deny", discord.ButtonStyle.danger),
        "retry": ("Retry", discord.ButtonStyle.primary),
    }

    def __init__(self, action: str, admission_id: int) -> None:
        label, style = self.LOOKS[action]
        super().__init__(discord.ui.Button(label=label, style=style, custom_id=f"doorman:{action}:{admission_id}"))
        self.action, self.admission_id = action, admission_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> AdmissionButton:
        return cls(match["action"], int(match["id"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        handler = {"approve": approve, "deny": open_deny_modal, "retry": retry_grant}[self.action]
        try:
            await handler(interaction, self.admission_id)
        except Exception:
            await _answer_unexpected(interaction, f"{self.action} on admission {self.admission_id}")


class DenyModal(discord.ui.Modal, title="Deny admission request"):
    reason: discord.ui.TextInput[DenyModal] = discord.ui.TextInput(
        label="Reason (sent to the newcomer)",
        style=discord.TextStyle.paragraph,
        required=False,
        max_length=MAX_REASON,
        custom_id="reason",
    )

    def __init__(self, admission_id: int) -> None:
        super().__init__(custom_id=f"doorman:deny-reason:{admission_id}", timeout=900)
        self.admission_id = admission_id

    async def on_submit(self, interaction: discord.Interaction) -> None:
        try:
            await deny(interaction, self.admission_id, self.reason.value)
        except Exception:
            await _answer_unexpected(interaction, f"the deny reason for request {self.admission_id}")


async def approve(interaction: discord.Interaction, admission_id: int) -> None:
    where = await _as_moderator(interaction)
    if where is None:
        return
    bot, guild, gatekeeper, settings = where.bot, where.guild, where.gatekeeper, where.settings
    decided = await _decide(interaction, where, admission_id, approve=True, reason=None)
    if decided is None:
        return
    with carrying(bot, decided.id):
        await acknowledge(interaction)
        admitted = await gatekeeper.admit(guild, decided, settings)
        if admitted.outcome is Grant.LEFT:
            await gatekeeper.announce(guild, admitted, settings)  # closed as such: only the log to tell
            return
        text = f"✅ A moderator approved your request to join **{guild.name}**."
        if admitted.outcome is Grant.GRANTED:
            text += " Welcome!"
        else:
            # The request shows the approval; the alert (with Retry) says what is still owed.
            await gatekeeper.refresh_messages(guild, decided, settings)
            text += " Your roles could not be granted yet; the moderators were alerted and it will be retried."
        await _tell_newcomer(interaction, decided, text)
        await gatekeeper.announce(guild, admitted, settings)


async def _tell_newcomer(interaction: discord.Interaction, admission: Admission, text: str) -> None:
    """DM the newcomer the decision; if that fails, the deciding moderator learns it did."""
    if not await send_dm(doorman(interaction), admission.user_id, text):
        await send_ephemeral(
            interaction,
            f"Decision recorded, but I could not DM <@{admission.user_id}> about it (their DMs may be closed).",
        )


async def open_deny_modal(interaction: discord.Interaction, admission_id: int) -> None:
    where = await _as_moderator(interaction)
    if where is None:
        return
    admission = await _this_guilds_admission(interaction, where, admission_id)
    if admission is None:
        return
    if admission.status is not AdmissionStatus.AWAITING_APPROVAL:
        await send_ephemeral(interaction, str(AlreadyDecided(admission)))
        return
    await interaction.response.send_modal(DenyModal(admission_id))


async def deny(interaction: discord.Interaction, admission_id: int, typed_reason: str) -> None:
    where = await _as_moderator(interaction)
    if where is None:
        return
    bot, guild, gatekeeper, settings = where.bot, where.guild, where.gatekeeper, where.settings
    try:
        reason = parse_free_text(typed_reason, name="reason", limit=MAX_REASON)
    except InvalidInput as refusal:
        await send_ephemeral(interaction, str(refusal))
        return
    decided = await _decide(interaction, where, admission_id, approve=False, reason=reason)
    if decided is None:
        return
    await acknowledge(interaction)
    await gatekeeper.refresh_messages(guild, decided, settings)
    text = f"❌ Your request to join **{guild.name}** was denied by a moderator."
    if reason:
        text += f"\nReason: {reason}"
    await _tell_newcomer(interaction, decided, text)
    line = (
        f"❌ <@{decided.user_id}> denied by {interaction.user.mention} "
        f"(code `{decided.code_display}` of <@{decided.inviter_id}>)"
    )
    await post_log(bot, guild, settings, line + (f": {reason}" if reason else "."))


async def retry_grant(interaction: discord.Interaction, admission_id: int) -> None:
    where = await _as_moderator(interaction)
    if where is None:
        return
    admission = await _this_guilds_admission(interaction, where, admission_id)
    if admission is None:
        return
    bot, guild, gatekeeper, settings = where.bot, where.guild, where.gatekeeper, where.settings
    if admission.status is not AdmissionStatus.ROLES_PENDING:
        await send_ephemeral(interaction, f"Nothing to retry: admission #{admission_id} is {admission.status.value}.")
        return
    if admission.id in bot.admissions_in_flight:
        await send_ephemeral(interaction, "I am retrying that grant right now; check again in a moment.")
        return
    with carrying(bot, admission.id):
        await acknowledge(interaction, ephemeral=True, thinking=True)
        admitted = await gatekeeper.admit(guild, admission, settings)
        if admitted.outcome is Grant.GRANTED:
            await send_ephemeral(interaction, f"Done: <@{admission.user_id}> has their roles now.")
        elif admitted.outcome is Grant.LEFT:
            await send_ephemeral(interaction, f"<@{admission.user_id}> left the server; the admission is closed.")
        else:
            await send_ephemeral(interaction, f"Still failing: {admitted.detail}.")
        await gatekeeper.announce(guild, admitted, settings)
