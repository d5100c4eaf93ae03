"""The inviter's record in words: one line in each admission request, a section of /gate whois."""

from __future__ import annotations

import discord

from bot.core.vouching import InviterRecord
from bot.i18n import Catalog
from cogs._shared.markup import user


def record_line(t: Catalog, inviter_id: int, record: InviterRecord) -> str:
    return t(
        "vouching-record-line",
        inviter=user(inviter_id),
        admitted=record.admitted,
        denied=record.denied,
        left=record.left,
        banned=record.banned,
    )


def add_whois_section(t: Catalog, page: discord.Embed, record: InviterRecord) -> None:
    """The record as a field of a /gate whois page: on every page, so it stays in sight while paging."""
    line = t(
        "vouching-whois-record",
        codes=record.codes_created,
        admitted=record.admitted,
        denied=record.denied,
        left=record.left,
        banned=record.banned,
    )
    page.add_field(name=t("vouching-whois-heading"), value=line, inline=False)
