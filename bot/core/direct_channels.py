"""Where the bot DMs each person: its DM channel with them, remembered once opened.

Discord gives a bot one DM channel per person, for good, but opening it (POST /users/@me/channels)
is a REST call of its own, and discord.py forgets the channel on a restart. Remembered here, a DM
costs one call, the message; in a raid, where Discord's rate limits set the pace, that is one call
in five of an admission. A DM owed is written with the channel known then (`direct_message`), and
the channel is opened ahead where a person acts before they are written to: an inviter creating a
code, a newcomer whose request waits for a moderator.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from bot.core.owed import DirectMessage, DirectMessageAbout

if TYPE_CHECKING:
    from bot.core.deliveries import Completion
    from bot.core.repositories import Database, Transaction


async def direct_message(tx: Transaction, user_id: int, about: DirectMessageAbout, admission_id: int) -> DirectMessage:
    """The DM to owe `user_id`, with the channel to send it in if it is known."""
    return DirectMessage(user_id, about, admission_id, channel_id=await tx.direct_channels.get(user_id))


async def known(db: Database, user_id: int) -> int | None:
    """The bot's DM channel with `user_id`, if it was ever opened."""

    async def read(tx: Transaction) -> int | None:
        return await tx.direct_channels.get(user_id)

    return await db.transaction(read)


async def remember(db: Database, user_id: int, channel_id: int) -> None:
    await db.transaction(remembered(user_id, channel_id))


def remembered(user_id: int, channel_id: int) -> Completion:
    """Remember the channel, in a transaction of the caller's (a delivery's completion, say)."""
    return partial(_remember, user_id=user_id, channel_id=channel_id)


async def _remember(tx: Transaction, *, user_id: int, channel_id: int) -> None:
    await tx.direct_channels.remember(user_id, channel_id)
