"""Discord's people as the core sees them: one mapping for the bot's handlers and the dashboard alike.

Here rather than in cogs/ because the dashboard (bot/web/) reads people too, and it never imports cogs/.
"""

from __future__ import annotations

import logging

import discord

from bot.core.inputs import AccountNotChecked, BotAccount, UnknownAccount
from bot.core.people import Member

log = logging.getLogger(__name__)


def as_member(member: discord.Member, locale: str | None = None) -> Member:
    """A guild member as the core's Member: their roles and permissions as `member` shows them (with the locale
    of the interaction they acted in, when they did)."""
    permissions = member.guild_permissions
    return Member(
        user_id=member.id,
        role_ids=frozenset(role.id for role in member.roles),
        manages_server=permissions.manage_guild,
        manages_roles=permissions.manage_roles,
        locale=locale,
        joined_at=None if member.joined_at is None else int(member.joined_at.timestamp()),
    )


async def require_person(client: discord.Client, user_id: int) -> discord.User:
    """Refuse a reservation by ID unless Discord knows the account and it is a person's, not a bot's; the account."""
    try:
        account = await client.fetch_user(user_id)
    except discord.NotFound:
        raise UnknownAccount(user_id) from None
    except discord.HTTPException:
        # Discord could not answer (a 5xx): the ID may be unknown or a bot's, so no code rather than a guess.
        log.warning("could not look up user %s for a reservation", user_id, exc_info=True)
        raise AccountNotChecked(user_id) from None
    if account.bot:
        raise BotAccount(user_id)
    return account
