"""The moderators' side of a waitlist entry: the Invite and Decline buttons, the decline form, and what each does.

Like an admission request's (cogs/admissions/_approvals.py): one persistent DynamicItem whose custom_id holds the
action and the entry, so the buttons work across restarts; every click and every form is checked for a moderator;
a click or form on an entry decided already is told who decided and when (core.waitlist_decisions).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, cast

import discord
from discord.ext import commands

from bot.clock import now
from bot.core import waitlist, waitlist_decisions
from bot.core.inputs import MAX_REASON, parse_free_text
from bot.core.owed import WaitlistMessage
from bot.core.settings import GuildSettings
from bot.i18n import Catalog
from cogs._shared.deliveries.outcomes import Carried, Done, Failed
from cogs._shared.first_response import answering_soon
from cogs._shared.forms import typed
from cogs._shared.guards import answering
from cogs._shared.interactions import doorman
from cogs._shared.language import reader
from cogs._shared.links import NoLink, NoLinkBecause, new_link
from cogs._shared.markup import code, user
from cogs._shared.moderators import moderators_only
from cogs._shared.replies import send_ephemeral

REASON_INPUT = "reason"
DECLINE_FORM = re.compile(r"doorman:waitlist-decline-reason:(?P<id>\d{1,19}):\d{1,20}")


class EntryButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"doorman:waitlist:(?P<action>invite|decline):(?P<id>\d{1,19})",
):
    """Invite and Decline under a waitlist entry."""

    STYLES: ClassVar[dict[str, discord.ButtonStyle]] = {
        "invite": discord.ButtonStyle.success,
        "decline": discord.ButtonStyle.danger,
    }

    def __init__(self, action: str, entry_id: int, label: str | None) -> None:
        # The label is written once, when the entry is posted (in the server's language); a click rebuilds the
        # item from its custom_id alone, and keeps the label the message shows.
        button = discord.ui.Button[Any](
            label=label, style=self.STYLES[action], custom_id=f"doorman:waitlist:{action}:{entry_id}"
        )
        super().__init__(button)
        self.action, self.entry_id = action, entry_id
        self.settings: GuildSettings | None = None  # the clicking moderator's guild's, read by interaction_check

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> EntryButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["action"], int(match["id"]), label)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        self.settings = await moderators_only(interaction, f"{self.action} on waitlist entry {self.entry_id}")
        return self.settings is not None

    async def callback(self, interaction: discord.Interaction) -> None:
        async with answering(interaction, f"{self.action} on waitlist entry {self.entry_id}"):
            if self.action == "invite":
                await invite(interaction, self.entry_id)
            else:
                await open_decline_form(interaction, self.entry_id)


def entry_view(t: Catalog, entry_id: int) -> discord.ui.View:
    """Invite and Decline, labelled in `t`: the server's language, as the entry they sit under."""
    view = discord.ui.View(timeout=None)
    view.add_item(EntryButton("invite", entry_id, t("waitlist-button-invite")))
    view.add_item(EntryButton("decline", entry_id, t("waitlist-button-decline")))
    return view


async def invite(interaction: discord.Interaction, entry_id: int) -> None:
    """A moderator's Invite: the code is committed, its link made, then the DM with both carried at once."""
    bot = doorman(interaction)
    guild = interaction.guild
    assert guild is not None
    t = reader(interaction)
    async with answering_soon(interaction, thinking=True):
        if await closed_if_gone(interaction, entry_id):
            return
        with bot.deliveries.reserving() as owed:
            invited = await waitlist_decisions.invite(
                bot.db,
                guild_id=guild.id,
                entry_id=entry_id,
                moderator_id=interaction.user.id,
                defaults=bot.config.defaults,
                now=now(),
            )
            # Committed: the code stands whatever Discord answers about its link, owed before the DM that gives it.
            carried = await owed.carry(watched=True, settings=invited.settings)
            link = await new_link(bot, guild, invited.settings, carried, invited.code)
    lines = [t("waitlist-invited", person=user(invited.entry.user_id), code=code(invited.code.display))]
    if isinstance(link, NoLink) and link.because is not NoLinkBecause.POLICY_OFF:
        lines.append(t("waitlist-invited-no-link"))
    lines += undelivered(t, invited.entry.user_id, carried)
    await send_ephemeral(interaction, "\n".join(lines))


def undelivered(t: Catalog, person_id: int, carried: Carried) -> list[str]:
    """What the one who acted must know if the person could not be DMed: now, or not yet."""
    outcome = carried.outcome_of(WaitlistMessage)
    if isinstance(outcome, Done) and not outcome.delivered:
        return [t("waitlist-dm-refused", person=user(person_id))]
    if isinstance(outcome, Failed):
        return [t("waitlist-dm-delayed", person=user(person_id))]
    return []


class DeclineForm(discord.ui.Modal):
    """The decline form, in the clicking moderator's language; sent finished: DeclineForms answers it."""

    def __init__(self, t: Catalog, entry_id: int, opened_by: int) -> None:
        # One custom_id per opening: two moderators' forms are two forms.
        super().__init__(
            title=t("waitlist-decline-form-title"),
            custom_id=f"doorman:waitlist-decline-reason:{entry_id}:{opened_by}",
            timeout=None,
        )
        self.reason: discord.ui.TextInput[DeclineForm] = discord.ui.TextInput(
            label=t("waitlist-decline-form-reason"),
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=MAX_REASON,
            custom_id=REASON_INPUT,
        )
        self.add_item(self.reason)


async def open_decline_form(interaction: discord.Interaction, entry_id: int) -> None:
    assert interaction.guild_id is not None
    await waitlist.waiting_entry(doorman(interaction).db, guild_id=interaction.guild_id, entry_id=entry_id)
    form = DeclineForm(reader(interaction), entry_id, interaction.id)
    form.stop()  # sent finished, so discord.py does not keep it: DeclineForms answers it, even after a restart
    await interaction.response.send_modal(form)


class DeclineForms(commands.Cog):
    """Answers every decline form submitted, from its custom_id alone (as admissions' DenyForms does)."""

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
            return
        data = cast(dict[str, Any], interaction.data)  # a modal submit's: custom_id and components
        match = DECLINE_FORM.fullmatch(str(data.get("custom_id", "")))
        if match is None:
            return
        entry_id = int(match["id"])
        what = f"the decline reason for waitlist entry {entry_id}"
        if await moderators_only(interaction, what) is None:
            return
        async with answering(interaction, what):
            reason = parse_free_text(typed(data.get("components", []), REASON_INPUT), name="reason", limit=MAX_REASON)
            await decline(interaction, entry_id, reason)


async def closed_if_gone(interaction: discord.Interaction, entry_id: int) -> bool:
    """Before a decision: if the person has left the server, their waiting entry closes as left (its message shows
    it, and no cooldown follows, as a decline's would) and the moderator is told; whether it closed."""
    bot = doorman(interaction)
    guild = interaction.guild
    assert guild is not None
    entry = await waitlist.waiting_entry(bot.db, guild_id=guild.id, entry_id=entry_id)
    try:
        await guild.fetch_member(entry.user_id)
    except discord.NotFound:
        await waitlist_decisions.person_gone(bot.db, guild_id=guild.id, entry_id=entry_id, now=now())
        await send_ephemeral(interaction, reader(interaction)("waitlist-person-gone", person=user(entry.user_id)))
        return True
    return False


async def decline(interaction: discord.Interaction, entry_id: int, reason: str | None) -> None:
    bot = doorman(interaction)
    assert interaction.guild_id is not None
    with bot.deliveries.reserving() as owed:
        async with answering_soon(interaction, thinking=True):
            if await closed_if_gone(interaction, entry_id):
                return
            declined = await waitlist_decisions.decline(
                bot.db,
                guild_id=interaction.guild_id,
                entry_id=entry_id,
                moderator_id=interaction.user.id,
                reason=reason,
                now=now(),
            )
            carried = await owed.carry(watched=True)
    t = reader(interaction)
    lines = [t("waitlist-declined", person=user(declined.user_id)), *undelivered(t, declined.user_id, carried)]
    await send_ephemeral(interaction, "\n".join(lines))
