"""Accounts named by ID: a code may be reserved only for a person Discord knows."""

from __future__ import annotations

import logging

import discord

from bot.core.inputs import AccountNotChecked, BotAccount, UnknownAccount

log = logging.getLogger(__name__)


async def require_person(client: discord.Client, user_id: int) -> None:
    """Refuse a reservation by ID unless Discord knows the account and it is a person's, not a bot's."""
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
