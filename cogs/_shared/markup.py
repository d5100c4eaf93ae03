"""Discord markup for the values a message shows: times every reader sees in their own zone, mentions, code."""

from __future__ import annotations

import discord

from cogs._shared.limits import MARKER


def timestamp(epoch: int, style: str = "f") -> str:
    """A Discord timestamp: `f` a full date and time, `R` relative ("in 3 days")."""
    return f"<t:{epoch}:{style}>"


def user(user_id: int) -> str:
    return f"<@{user_id}>"


def role(role_id: int) -> str:
    return f"<@&{role_id}>"


def channel(channel_id: int) -> str:
    return f"<#{channel_id}>"


def code(text: str) -> str:
    """Text in a code span (codes, command names)."""
    return f"`{text}`"


def escaped(text: str, limit: int) -> str:
    """Text a person typed (a note, a reason), shown as typed, in at most `limit` characters.

    Its markdown characters lose their meaning, and mentions in it stay inert because the bot's
    allowed_mentions parse nothing (bot/app.py). Escaping can double its length (every `*` becomes
    `\\*`), so the cut comes after the escaping, and never leaves half an escape before the marker.
    """
    shown = discord.utils.escape_markdown(text)
    if len(shown) <= limit:
        return shown
    cut = shown[: limit - len(MARKER)]
    if (len(cut) - len(cut.rstrip("\\"))) % 2:  # an odd run of backslashes ends in half an escape
        cut = cut[:-1]
    return cut + MARKER
