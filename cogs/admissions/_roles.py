"""Granting an admitted newcomer their roles: the member role in, the newcomer role out, in one request."""

from __future__ import annotations

from enum import Enum

import discord

from bot.core.admissions import Admission
from bot.core.settings import GuildSettings


class Grant(Enum):
    GRANTED = "granted"
    LEFT = "left"  # the newcomer is no longer in the guild
    REFUSED = "refused"  # Discord said no (permissions, hierarchy, an outage): retried later


async def grant_roles(
    guild: discord.Guild, admission: Admission, settings: GuildSettings, member: discord.Member | None
) -> tuple[Grant, str]:
    """Give the member role and take the newcomer role; the outcome and a detail for moderators.

    `member` is the newcomer as Discord just sent them (with /redeem); None fetches them. A newcomer
    role to remove makes it one PATCH of the whole role list; otherwise one PUT of the member role.
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
