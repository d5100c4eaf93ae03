"""The one clock: Discord's UTC time as epoch seconds, so a simulated Discord can drive it."""

from __future__ import annotations

import discord


def now() -> int:
    """Current time as UTC epoch seconds, read through discord.utils.utcnow()."""
    return int(discord.utils.utcnow().timestamp())
