"""What a waitlist entry's message shows to the moderators (SPEC section 10).

Shared because the dashboard's waitlist shows the same (SPEC 16): the waitlist extension posts and edits the
embed (cogs/waitlist/_deliveries.py), the web lists its fields. Written in the catalog given (the first
parameter); the caller chooses the language.
"""

from __future__ import annotations

import discord

from bot.core.waitlist import EntryStatus, WaitlistEntry
from bot.i18n import Catalog
from cogs._shared.limits import EMBED_FIELD_VALUE
from cogs._shared.markup import code, escaped, timestamp, user

_COLOURS = {
    EntryStatus.WAITING: discord.Colour.gold(),
    EntryStatus.INVITED: discord.Colour.blurple(),
    EntryStatus.REDEEMED: discord.Colour.green(),
    EntryStatus.DECLINED: discord.Colour.red(),
    EntryStatus.LEFT: discord.Colour.dark_grey(),
    EntryStatus.LAPSED: discord.Colour.dark_grey(),
}


def entry_title(t: Catalog, entry: WaitlistEntry) -> str:
    return t("waitlist-entry-title", number=str(entry.id))


def entry_embed(t: Catalog, entry: WaitlistEntry) -> discord.Embed:
    """The entry as moderators see it: who, what they wrote, since when, and what became of it."""
    created = int(discord.utils.snowflake_time(entry.user_id).timestamp())
    embed = discord.Embed(title=entry_title(t, entry), colour=_COLOURS[entry.status])
    person = t(
        "waitlist-entry-person-value",
        person=user(entry.user_id),
        id=code(str(entry.user_id)),
        created=timestamp(created, "R"),
    )
    embed.add_field(name=t("waitlist-entry-person"), value=person)
    embed.add_field(name=t("waitlist-entry-joined"), value=timestamp(entry.joined_at))
    if entry.about:
        embed.add_field(name=t("waitlist-entry-about"), value=escaped(entry.about, EMBED_FIELD_VALUE), inline=False)
    embed.add_field(name=t("waitlist-entry-status"), value=_status(t, entry), inline=False)
    if entry.status is EntryStatus.DECLINED and entry.reason:
        embed.add_field(name=t("waitlist-entry-reason"), value=escaped(entry.reason, EMBED_FIELD_VALUE), inline=False)
    return embed


def _status(t: Catalog, entry: WaitlistEntry) -> str:
    lines = []
    if entry.status is EntryStatus.WAITING:
        lines.append(t("waitlist-entry-waiting"))
    if entry.code_display is not None:  # invited, and still so once they redeemed or left
        lines.append(
            t(
                "waitlist-entry-invited-by",
                by=user(entry.decided_by or 0),
                when=timestamp(entry.decided_at or 0),
                code=code(entry.code_display),
            )
        )
    closed = timestamp(entry.closed_at or 0)
    match entry.status:
        case EntryStatus.DECLINED:
            lines.append(t("waitlist-entry-declined-by", by=user(entry.decided_by or 0), when=closed))
        case EntryStatus.REDEEMED:
            lines.append(t("waitlist-entry-redeemed", when=closed))
        case EntryStatus.LEFT:
            lines.append(t("waitlist-entry-left", when=closed))
        case EntryStatus.LAPSED:
            lines.append(t("waitlist-entry-lapsed", when=closed))
    return "\n".join(lines)
