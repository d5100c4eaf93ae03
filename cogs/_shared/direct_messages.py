"""Direct messages: a closed DM never breaks a flow."""

from __future__ import annotations

import logging

import discord

log = logging.getLogger(__name__)


async def send_dm(client: discord.Client, user_id: int, text: str) -> bool:
    """DM a user; closed DMs and other failures are logged and reported as False, never raised."""
    try:
        user = client.get_user(user_id) or await client.fetch_user(user_id)
        await user.send(text)
    except discord.HTTPException as error:
        log.info("could not DM user %s: %s", user_id, error)
        return False
    return True
