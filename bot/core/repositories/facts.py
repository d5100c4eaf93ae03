"""Small facts kept by key: the bot's own, and each person's DM channel and Discord locale."""

from __future__ import annotations

from typing import Protocol


class MetaRepository(Protocol):
    """Small facts about the bot itself, such as the fingerprint of the last command sync."""

    async def get(self, key: str) -> str | None: ...
    async def put(self, key: str, value: str) -> None: ...


class DirectChannelRepository(Protocol):
    """The bot's DM channel with each person, once opened (core.direct_channels)."""

    async def get(self, user_id: int) -> int | None: ...
    async def remember(self, user_id: int, channel_id: int) -> None: ...


class LocaleRepository(Protocol):
    """Each person's Discord locale as the bot last saw it (core.people)."""

    async def get(self, user_id: int) -> str | None: ...
    async def remember(self, user_id: int, locale: str) -> None: ...
