"""/invite create, list and revoke."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.app import Doorman
from bot.clock import now
from bot.core import invites, regeneration
from bot.core.codes import ReservationById
from bot.core.inputs import MAX_NOTE, parse_duration, parse_for_user, parse_free_text
from bot.discord_people import require_person
from bot.i18n.commands import described
from cogs._shared.direct_channels import open_ahead
from cogs._shared.first_response import answering_soon
from cogs._shared.guards import answers_refusals
from cogs._shared.interactions import caller
from cogs._shared.language import reader
from cogs._shared.lines import describe_codes, quota_line
from cogs._shared.links import link_for, new_link
from cogs._shared.pages import paginate, send_pages
from cogs._shared.replies import acknowledge, send_ephemeral
from cogs.invites import _render


@app_commands.guild_only()
class Invite(commands.GroupCog, group_name="invite", group_description=described("invites-cmd-group")):
    def __init__(self, bot: Doorman) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="create", description=described("invites-cmd-create"))
    @app_commands.describe(
        uses=described("invites-cmd-create-uses"),
        expires_in=described("invites-cmd-create-expires-in"),
        for_user=described("invites-cmd-create-for-user"),
        note=described("invites-cmd-create-note"),
    )
    @answers_refusals
    async def create(
        self,
        interaction: discord.Interaction,
        uses: int = 1,
        expires_in: str | None = None,
        for_user: str | None = None,
        note: str | None = None,
    ) -> None:
        guild = interaction.guild
        assert guild is not None
        lifetime = parse_duration(expires_in) if expires_in is not None else None
        reservation = parse_for_user(for_user) if for_user is not None else None
        cleaned_note = parse_free_text(note, name="note", limit=MAX_NOTE) if note is not None else None
        if isinstance(reservation, ReservationById):
            # Acknowledge first: discord.py retries a failing lookup for longer than Discord waits for an answer.
            await acknowledge(interaction, ephemeral=True, thinking=True)
            await require_person(self.bot, reservation.user_id)
        with self.bot.deliveries.reserving() as owed:
            created = await invites.create_code(
                self.bot.db,
                guild_id=guild.id,
                member=caller(interaction),
                defaults=self.bot.config.defaults,
                now=now(),
                uses=uses,
                expires_in=lifetime,
                for_user=reservation,
                note=cleaned_note,
            )
            # The code is committed: it stands whatever Discord answers about its link.
            # The code is committed: it stands whatever Discord answers about its link. What the commit owes is
            # carried before the answer, deferred only if Discord is slow (a deferral is one more call on every
            # code): the link, and for someone waiting on the waitlist, the DM with the code and that link.
            async with answering_soon(interaction, thinking=True):
                carried = await owed.carry(watched=True, settings=created.settings)
            link = await new_link(self.bot, guild, created.settings, carried, created.code)
        t = reader(interaction)
        text = _render.created(t, created, link)
        if created.vouched is not None:
            text += "\n" + _render.vouched(t, created.vouched.user_id, carried)
        await send_ephemeral(interaction, text)
        await open_ahead(self.bot, interaction.user.id)  # for the DM that tells them their invitee joined

    @app_commands.command(name="list", description=described("invites-cmd-list"))
    @answers_refusals
    async def list_codes(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        at = now()
        mine = await invites.list_member_codes(
            self.bot.db,
            guild_id=interaction.guild_id,
            member=caller(interaction),
            defaults=self.bot.config.defaults,
            now=at,
        )
        t = reader(interaction)
        pages = paginate(
            t,
            t("invites-list-title"),
            describe_codes(t, mine.codes, at, with_inviter=False),
            empty=t("invites-list-empty"),
        )
        for page in pages:
            page.add_field(name=t("invites-list-quota"), value=quota_line(t, mine.quota), inline=False)
        await send_pages(interaction, pages)

    @app_commands.command(name="revoke", description=described("invites-cmd-revoke"))
    @app_commands.describe(code=described("invites-cmd-revoke-code"))
    @answers_refusals
    async def revoke(self, interaction: discord.Interaction, code: str) -> None:
        guild = interaction.guild
        assert guild is not None
        revoked = await invites.revoke_code(
            self.bot.db, guild_id=guild.id, code_text=code, by_user=interaction.user.id, as_admin=False, now=now()
        )
        await send_ephemeral(
            interaction, _render.revoked(reader(interaction), revoked.display, revoked.max_uses - revoked.uses)
        )

    @revoke.autocomplete("code")
    async def revoke_choices(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await _active_choices(self.bot, interaction, current)

    @app_commands.command(name="regenerate", description=described("invites-cmd-regenerate"))
    @app_commands.describe(code=described("invites-cmd-regenerate-code"))
    @answers_refusals
    async def regenerate(self, interaction: discord.Interaction, code: str) -> None:
        assert interaction.guild_id is not None
        with self.bot.deliveries.reserving() as owed:
            result = await regeneration.regenerate_code(
                self.bot.db,
                guild_id=interaction.guild_id,
                code_text=code,
                member=caller(interaction),
                defaults=self.bot.config.defaults,
                now=now(),
            )
            # The new code is committed: it stands whatever Discord answers about its link. What else the commit
            # owes (the old link's deletion, the log line) is carried with it.
            link = await link_for(self.bot, interaction, owed, result.created.settings, result.created.code)
        await send_ephemeral(interaction, _render.regenerated(reader(interaction), result, link))

    @regenerate.autocomplete("code")
    async def regenerate_choices(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await _active_choices(self.bot, interaction, current)


async def _active_choices(
    bot: Doorman, interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    """The caller's active codes that hold what they typed so far: what /invite revoke and regenerate offer."""
    assert interaction.guild_id is not None
    typed = current.upper().replace("-", "").replace(" ", "")
    active = await invites.active_codes(
        bot.db, guild_id=interaction.guild_id, inviter_id=interaction.user.id, now=now()
    )
    t = reader(interaction)
    return [
        app_commands.Choice(
            name=t("invites-revoke-choice", code=code.display, uses=code.uses, max=code.max_uses),
            value=code.display,
        )
        for code in active
        if typed in code.code
    ][:25]
