"""What an admission's messages say: the request embed, alerts, DMs, log lines and replies."""

from __future__ import annotations

import discord

from bot.core.admissions import Admission, AdmissionStatus
from cogs._shared.limits import CONTENT, EMBED_FIELD_VALUE
from cogs._shared.markup import channel, code, escaped, timestamp, user

_WAITING = discord.Colour.gold()
_GRANTED = discord.Colour.green()
_DENIED = discord.Colour.red()
_CLOSED = discord.Colour.dark_grey()


def request_title(admission: Admission) -> str:
    return f"Admission request #{admission.id}"


def request_embed(admission: Admission, guild_name: str) -> discord.Embed:
    """The admission request as moderators see it; the decision is added once made."""
    created = int(discord.utils.snowflake_time(admission.user_id).timestamp())
    embed = discord.Embed(title=request_title(admission), colour=_WAITING)
    embed.add_field(
        name="Newcomer",
        value=f"{user(admission.user_id)} (`{admission.user_id}`)\nAccount created {timestamp(created, 'R')}",
    )
    embed.add_field(name="Invited by", value=user(admission.inviter_id))
    embed.add_field(name="Code", value=code(admission.code_display))
    if admission.code_note:
        embed.add_field(name="Inviter's note", value=escaped(admission.code_note, EMBED_FIELD_VALUE), inline=False)
    embed.add_field(name="Redeemed", value=timestamp(admission.redeemed_at), inline=False)
    status = admission.status
    if status is AdmissionStatus.DENIED:
        embed.colour = _DENIED
        decision = f"❌ Denied by {user(admission.decided_by or 0)} {timestamp(admission.decided_at or 0)}"
        embed.add_field(name="Decision", value=decision, inline=False)
        if admission.reason:  # a field of its own: escaped, 500 characters may take 1,000
            embed.add_field(name="Reason", value=escaped(admission.reason, EMBED_FIELD_VALUE), inline=False)
    elif status is AdmissionStatus.LEFT:
        embed.colour = _CLOSED
        embed.add_field(name="Closed", value="The newcomer left the server before being admitted.", inline=False)
    elif admission.decided_by is not None:
        decision = f"✅ Approved by {user(admission.decided_by)} {timestamp(admission.decided_at or 0)}"
        if status is AdmissionStatus.ROLES_PENDING:
            decision += "\n⚠️ Roles not granted yet: see the alert below and click **Retry**."
        else:
            embed.colour = _GRANTED
        embed.add_field(name="Decision", value=decision, inline=False)
    embed.set_footer(text=guild_name)
    return embed


def moved_to(channel_id: int) -> str:
    """On a waiting request's old message, once the moderator channel changed: where it waits now."""
    return f"📦 Moved to {channel(channel_id)}, the moderator channel now: decide it there."


def guessing_alert(window_minutes: int, attempts: int) -> str:
    return (
        f"🚨 Many failed `/redeem` attempts in the last {window_minutes} minutes: someone may be guessing codes. "
        f"Each account is locked out after {attempts} failures; `/gate codes` shows what is active."
    )


def _server(name: str) -> str:
    """A server's name in bold, as its admins typed it (up to 100 characters)."""
    return f"**{escaped(name, 200)}**"


def inviter_dm(admission: Admission, guild_name: str) -> str:
    return f"{user(admission.user_id)} joined {_server(guild_name)} with your code {code(admission.code_display)}."


def approved_dm(guild_name: str, *, roles_granted: bool) -> str:
    text = f"✅ A moderator approved your request to join {_server(guild_name)}."
    if roles_granted:
        return text + " Welcome!"
    return text + " Your roles could not be granted yet; the moderators were alerted and it will be retried."


def denied_dm(guild_name: str, reason: str | None) -> str:
    text = f"❌ Your request to join {_server(guild_name)} was denied by a moderator."
    if not reason:
        return text
    text += "\nReason: "
    return text + escaped(reason, CONTENT - len(text))


def decided(admission: Admission) -> str:
    """To the deciding moderator, when the request message could not answer their click itself."""
    verb = "Denied" if admission.status is AdmissionStatus.DENIED else "Approved"
    return f"{verb}: request #{admission.id} from {user(admission.user_id)}."


def dm_refused(user_id: int) -> str:
    return f"Decision recorded, but I could not DM {user(user_id)} about it: their DMs are closed."


def dm_delayed(user_id: int) -> str:
    return f"Decision recorded, but I could not DM {user(user_id)} about it yet; I will keep trying."


def dm_undelivered(admission: Admission) -> str:
    """For the moderator channel, when the decider was no longer there to be told."""
    return (
        f"ℹ️ I could not DM {user(admission.user_id)} about the decision {user(admission.decided_by or 0)} "
        f"made on request #{admission.id}: their DMs are closed."
    )


def request_received(guild_name: str) -> str:
    return (
        f"Your code was accepted. A moderator will review your request to join {_server(guild_name)}; "
        "you will get a DM when it is decided."
    )


def welcome(guild_name: str, inviter_id: int) -> str:
    return (
        f"Welcome to {_server(guild_name)}! You were invited by {user(inviter_id)}; "
        "the rest of the server is open to you now."
    )


ROLES_DELAYED = (
    "Your code was accepted, but I could not give you your roles yet. "
    "The moderators were alerted and will sort it out; you do not need to redeem again."
)
