"""A message the bot posted and edits later (a request, an alert): where it is.

The channel is kept with the message: the moderator channel can change while the message waits.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Posted:
    channel_id: int
    message_id: int

    @classmethod
    def of(cls, channel_id: int | None, message_id: int | None) -> Posted | None:
        """From two stored columns; None unless both are known."""
        return None if channel_id is None or message_id is None else cls(channel_id, message_id)
