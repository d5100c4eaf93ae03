"""/gate link: an admin's shared code and invite link for many people (SPEC section 11)."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core.codes import Code
from bot.core.inputs import MAX_NOTE, parse_duration, parse_free_text
from bot.core.links import MOST_LINK_USES
from bot.core.shared_links import DEFAULT_LINK_USES, SharedLinkCode, create_shared_link_code
from bot.i18n import Catalog
from bot.i18n.commands import described
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import caller
from cogs._shared.language import reader
from cogs._shared.links import NoLink, NoLinkBecause, link_for, no_link
from cogs._shared.markup import channel, code, escaped, timestamp
from cogs._shared.replies import send_ephemeral


class LinkCommands(commands.Cog):
    """Mixed into the Gate cog (_cog.py), which checks that an admin is asking."""

    bot: Doorman

    @app_commands.command(name="link", description=described("gate-cmd-link"))
    @app_commands.describe(
        uses=described("gate-cmd-link-uses"),
        expires_in=described("invites-cmd-create-expires-in"),
        note=described("invites-cmd-create-note"),
    )
    @answers_refusals
    async def link(
        self,
        interaction: discord.Interaction,
        uses: int = DEFAULT_LINK_USES,
        expires_in: str | None = None,
        note: str | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        lifetime = parse_duration(expires_in) if expires_in is not None else None
        cleaned_note = parse_free_text(note, name="note", limit=MAX_NOTE) if note is not None else None
        with self.bot.deliveries.reserving() as owed:
            created = await create_shared_link_code(
                self.bot.db,
                guild_id=interaction.guild_id,
                admin=caller(interaction),
                defaults=self.bot.config.defaults,
                now=now(),
                uses=uses,
                expires_in=lifetime,
                note=cleaned_note,
            )
            # The code is committed: it stands whatever Discord answers about its link. The log line is carried
            # with it.
            link = await link_for(self.bot, interaction, owed, created.settings, created.code)
        await send_ephemeral(interaction, link_created(reader(interaction), created, link))


def link_created(t: Catalog, result: SharedLinkCode, link: Code | NoLink) -> str:
    """The reply to /gate link: the code and its link (or why it has none), that a moderator approves every
    redemption, and what to share."""
    new = result.code
    url = link.link if isinstance(link, Code) else None
    lines = [t("gate-link-created-code", code=code(new.display))]
    if url is not None:
        lines.append(t("invites-created-link", link=url))
        if new.max_uses > MOST_LINK_USES:
            lines.append(t("gate-link-unlimited", most=MOST_LINK_USES, count=new.max_uses))
    lines.append(
        t(
            "invites-created-uses",
            uses=new.max_uses,
            expires=timestamp(new.expires_at),
            relative=timestamp(new.expires_at, "R"),
        )
    )
    if new.note:
        lines.append(t("invites-created-note", note=escaped(new.note, MAX_NOTE * 2)))
    lines.append(t("gate-link-approval"))
    welcome = result.settings.welcome_channel_id
    assert welcome is not None  # codes are only created once the guild is set up
    if isinstance(link, NoLink) and link.because is not NoLinkBecause.POLICY_OFF:
        lines.append(no_link(t, link, welcome))
    if url is not None:
        lines.append(t("gate-link-share-link", link=url, code=new.display, channel=channel(welcome)))
    else:
        lines.append(t("gate-link-share", code=new.display, channel=channel(welcome)))
    return "\n".join(lines)
