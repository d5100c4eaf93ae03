"""Discord markup for the values a message shows: times every reader sees in their own zone, mentions, code."""

from __future__ import annotations

import discord


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


def escaped(text: str) -> str:
    """Text a person typed, shown as typed: markdown characters lose their meaning.

    Mentions in it stay inert because the bot's allowed_mentions parse nothing (bot/app.py).
    """
    return discord.utils.escape_markdown(text)


def plural(count: int, word: str) -> str:
    """'1 use', '2 uses'."""
    return f"{count} {word}{'s' * (count != 1)}"
