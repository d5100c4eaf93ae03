"""The moderators' side of a request: the Approve and Deny buttons, the deny form, and what each does.

The buttons are one persistent DynamicItem whose custom_id holds the action and the admission, so
they work across restarts; every click and every form is checked for a moderator, and every one on
a request decided already is told who decided and when. A decision is committed with everything it
owes Discord (core.admissions.decide); the handler then carries that at once, in order.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, cast

import discord
from discord.ext import commands

from bot.clock import now
from bot.core import admissions, deliveries
from bot.core.admissions import NothingToRetry
from bot.core.inputs import MAX_REASON, parse_free_text
from bot.core.owed import DirectMessage
from bot.core.settings import GuildSettings
from bot.i18n import Catalog
from cogs._shared.deliveries.alerts import retry
from cogs._shared.deliveries.outcomes import Carried, Done, Failed
from cogs._shared.first_response import answering_soon
from cogs._shared.forms import typed
from cogs._shared.guards import answering
from cogs._shared.interactions import doorman
from cogs._shared.language import reader
from cogs._shared.moderators import moderators_only
from cogs._shared.replies import acknowledge, send_ephemeral
from cogs._shared.requests import decided as decided_words
from cogs.admissions import _render

REASON_INPUT = "reason"
DENY_FORM = re.compile(r"doorman:deny-reason:(?P<id>\d{1,19}):\d{1,20}")


class RequestButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"doorman:(?P<action>approve|deny|retry):(?P<id>\d{1,19})",
):
    """Approve and Deny; Retry on the alerts of earlier versions, which named the admission."""

    STYLES: ClassVar[dict[str, discord.ButtonStyle]] = {
        "approve": discord.ButtonStyle.success,
        "deny": discord.ButtonStyle.danger,
        "retry": discord.ButtonStyle.primary,
    }

    def __init__(self, action: str, admission_id: int, label: str | None) -> None:
        # The label is written once, when the request is posted (in the server's language); a click
        # rebuilds the item from its custom_id alone, and keeps the label the message shows.
        button = discord.ui.Button[Any](
            label=label, style=self.STYLES[action], custom_id=f"doorman:{action}:{admission_id}"
        )
        super().__init__(button)
        self.action, self.admission_id = action, admission_id
        self.settings: GuildSettings | None = None  # the clicking moderator's guild's, read by interaction_check

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> RequestButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(match["action"], int(match["id"]), label)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # discord.py builds an item per click (from_custom_id): what is kept here is this click's.
        self.settings = await moderators_only(interaction, f"{self.action} on admission {self.admission_id}")
        return self.settings is not None

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.settings is not None  # interaction_check let it through
        async with answering(interaction, f"{self.action} on admission {self.admission_id}"):
            match self.action:
                case "approve":
                    await _decide(interaction, self.admission_id, self.settings, approve=True, reason=None)
                case "deny":
                    await open_deny_form(interaction, self.admission_id)
                case "retry":
                    await retry_admission(interaction, self.admission_id, self.settings)


class DenyForm(discord.ui.Modal):
    """The deny form as Discord shows it, in the clicking moderator's language. discord.py does not keep it
    (see open_deny_form): DenyForms answers what is submitted."""

    def __init__(self, t: Catalog, admission_id: int, opened_by: int) -> None:
        # One custom_id per opening: two moderators' forms are two forms.
        super().__init__(
            title=t("admissions-deny-form-title"),
            custom_id=f"doorman:deny-reason:{admission_id}:{opened_by}",
            timeout=None,
        )
        self.reason: discord.ui.TextInput[DenyForm] = discord.ui.TextInput(
            label=t("admissions-deny-form-reason"),
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=MAX_REASON,
            custom_id=REASON_INPUT,
        )
        self.add_item(self.reason)


class DenyForms(commands.Cog):
    """Answers every deny form submitted, from its custom_id alone.

    discord.py answers only a form it keeps in memory, and a restart or a time-out forgets it; the
    submission then goes unanswered. SPEC section 9 wants every form answered, so the forms are sent
    already finished (discord.py keeps none) and read here from the interaction's public payload.
    """

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type is not discord.InteractionType.modal_submit or interaction.data is None:
            return
        data = cast(dict[str, Any], interaction.data)  # a modal submit's: custom_id and components
        match = DENY_FORM.fullmatch(str(data.get("custom_id", "")))
        if match is None:
            return
        admission_id = int(match["id"])
        what = f"the deny reason for request {admission_id}"
        settings = await moderators_only(interaction, what)
        if settings is None:
            return
        async with answering(interaction, what):
            reason = parse_free_text(typed(data.get("components", []), REASON_INPUT), name="reason", limit=MAX_REASON)
            await _decide(interaction, admission_id, settings, approve=False, reason=reason)


def request_view(t: Catalog, admission_id: int) -> discord.ui.View:
    """Approve and Deny, labelled in `t`: the server's language, as the request they sit under."""
    view = discord.ui.View(timeout=None)
    view.add_item(RequestButton("approve", admission_id, t("admissions-button-approve")))
    view.add_item(RequestButton("deny", admission_id, t("admissions-button-deny")))
    return view


async def open_deny_form(interaction: discord.Interaction, admission_id: int) -> None:
    assert interaction.guild_id is not None
    await admissions.awaiting_decision(
        doorman(interaction).db, guild_id=interaction.guild_id, admission_id=admission_id
    )
    form = DenyForm(reader(interaction), admission_id, interaction.id)
    form.stop()  # sent finished, so discord.py does not keep it: DenyForms answers it, even after a restart
    await interaction.response.send_modal(form)


async def _decide(
    interaction: discord.Interaction, admission_id: int, settings: GuildSettings, *, approve: bool, reason: str | None
) -> None:
    """Record the clicking moderator's decision and carry what it owes at once: roles, request, DMs, log."""
    bot = doorman(interaction)
    assert interaction.guild_id is not None
    with bot.deliveries.reserving() as owed:
        # Decided first, so that a click on a decided request is answered with who decided, as its response.
        # The request's new look answers the click (show_request), unless it is slow or elsewhere.
        async with answering_soon(interaction, thinking=False) as click:
            decided = await admissions.decide(
                bot.db,
                guild_id=interaction.guild_id,
                admission_id=admission_id,
                moderator_id=interaction.user.id,
                approve=approve,
                reason=reason,
                now=now(),
            )
            carried = await owed.carry(watched=True, settings=settings, click=click)
    if not interaction.response.is_done() and not await acknowledge(interaction):
        await send_ephemeral(
            interaction, decided_words(reader(interaction), decided)
        )  # the moderator still hears it is done
    await _tell_if_undelivered(interaction, decided.user_id, carried)


async def _tell_if_undelivered(interaction: discord.Interaction, newcomer_id: int, carried: Carried) -> None:
    """The deciding moderator learns if the newcomer could not be told."""
    outcome = carried.outcome_of(DirectMessage)
    if isinstance(outcome, Done) and not outcome.delivered:
        await send_ephemeral(interaction, _render.dm_refused(reader(interaction), newcomer_id))
    elif isinstance(outcome, Failed):
        await send_ephemeral(interaction, _render.dm_delayed(reader(interaction), newcomer_id))


async def retry_admission(interaction: discord.Interaction, admission_id: int, settings: GuildSettings) -> None:
    """Retry on an alert of an earlier version: everything the admission still owes is tried again now."""
    bot = doorman(interaction)
    assert interaction.guild_id is not None
    admission = await admissions.get_admission(bot.db, guild_id=interaction.guild_id, admission_id=admission_id)
    owed = await deliveries.owed_for(bot.db, admission_id=admission.id)
    if not owed:
        raise NothingToRetry(admission.id, admission.status)
    await retry(interaction, [delivery.id for delivery in owed], settings)
