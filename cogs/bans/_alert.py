"""The moderators' alert about a ban, and its Suspend inviter button.

The alert is a delivery (core.owed.BanAlert), posted once in the moderator channel in the server's language.
The button is a persistent DynamicItem holding the banned person's admission, so it works across restarts; only
moderators may click it (like Approve and Deny). Clicking suspends the inviter (core.bans.suspend_inviter: the
ban is recorded as the cause) and edits the alert to say who did; a second click, or one after /gate suspend, is
told the inviter is suspended already, and the alert loses its button all the same.
"""

from __future__ import annotations

import re
from functools import partial
from typing import Any

import discord

from bot.clock import now
from bot.core import bans
from bot.core.bans import BanFacts
from bot.core.codes import CodeKind
from bot.core.owed import BanAlert
from bot.core.settings import GuildSettings
from bot.core.suspensions import AlreadySuspended, Suspension
from bot.i18n import Catalog
from cogs._shared.deliveries.alerts import notify_moderators
from cogs._shared.deliveries.outcomes import Handler, Job, Outcome
from cogs._shared.deliveries.worker import DeliveryWorker
from cogs._shared.guards import answering, reply_refusal
from cogs._shared.interactions import doorman
from cogs._shared.language import reader, server_language
from cogs._shared.limits import CONTENT, listed
from cogs._shared.lines import and_more
from cogs._shared.markup import code, timestamp, user
from cogs._shared.moderators import moderators_only
from cogs._shared.replies import answer_edit, send_ephemeral
from cogs._shared.vouching import record_line

# Room for the invitees' mentions once the rest of the alert is written (it stays far below this).
_INVITEES_ROOM = CONTENT // 2


def alert_text(t: Catalog, facts: BanFacts, codes: int) -> str:
    """The alert as it reads now: who was banned, how they came in, their inviter's record, whom they vouched
    for, what the ban revoked, and the inviter's suspension once there is one."""
    admission = facts.admission
    when = timestamp(admission.redeemed_at, "R")
    shown, inviter = code(admission.code_display), user(admission.inviter_id)
    if admission.code_kind is CodeKind.LINK:
        came = t("bans-alert-came-through-link", when=when, code=shown, admin=inviter)
    elif admission.code_kind is CodeKind.WAITLIST:
        came = t("bans-alert-came-from-waitlist", when=when, code=shown, moderator=inviter)
    elif admission.decided_by is not None:
        came = t(
            "bans-alert-came-approved", when=when, code=shown, inviter=inviter, moderator=user(admission.decided_by)
        )
    else:
        came = t("bans-alert-came", when=when, code=shown, inviter=inviter)
    lines = [
        t("bans-alert-banned", member=user(admission.user_id)),
        came,
        t("bans-alert-record", record=record_line(t, admission.inviter_id, facts.record)),
    ]
    if facts.invitees:
        mentions = [user(u) for u in facts.invitees]
        people = listed(mentions, _INVITEES_ROOM, more=partial(and_more, t), separator=t("list-separator"))
        lines.append(t("bans-alert-vouched-for", count=len(facts.invitees), people=people))
    else:
        lines.append(t("bans-alert-vouched-for-nobody"))
    if codes:
        lines.append(t("bans-alert-codes-revoked", count=codes))
    if facts.inviter_suspension is not None:
        lines.append(suspended_line(t, admission.inviter_id, facts.inviter_suspension))
    return "\n".join(lines)


def suspended_line(t: Catalog, inviter_id: int, suspension: Suspension) -> str:
    by, when = user(suspension.suspended_by), timestamp(suspension.suspended_at, "R")
    return t("bans-alert-inviter-suspended", inviter=user(inviter_id), moderator=by, when=when)


def alert_view(t: Catalog, facts: BanFacts) -> discord.ui.View | None:
    """Suspend inviter, while there is someone to suspend: a member who vouched and is not suspended yet. An
    admin's shared link and a moderator's waitlist invitation vouch for nobody in particular."""
    if facts.admission.code_kind is not CodeKind.MEMBER or facts.inviter_suspension is not None:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(SuspendInviterButton(facts.admission.id, t("bans-button-suspend-inviter")))
    return view


async def alert_ban(job: Job) -> Outcome:
    assert isinstance(job.delivery.owed, BanAlert)
    owed = job.delivery.owed
    t = job.server_language
    facts = await bans.ban_facts(job.bot.db, guild_id=job.guild.id, admission_id=owed.admission_id)
    view = alert_view(t, facts)
    return await notify_moderators(job, alert_text(t, facts, owed.codes), view)


async def _describe(job: Job) -> str:
    return job.server_language("bans-describe-alert")


def register(worker: DeliveryWorker) -> None:
    worker.register(BanAlert, Handler(alert_ban, _describe, frozenset()))


class SuspendInviterButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"doorman:suspend-inviter:(?P<id>\d{1,19})"
):
    """Suspend inviter, under a ban alert: the banned person's admission says who vouched for them."""

    def __init__(self, admission_id: int, label: str | None = None) -> None:
        # `label`: as posted, in the server's language; a button rebuilt from a click needs none.
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=label, style=discord.ButtonStyle.danger, custom_id=f"doorman:suspend-inviter:{admission_id}"
        )
        super().__init__(button)
        self.admission_id = admission_id
        self.settings: GuildSettings | None = None  # the clicking moderator's guild's, read by interaction_check

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SuspendInviterButton:
        return cls(int(match["id"]))

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        self.settings = await moderators_only(interaction, f"suspend inviter of admission {self.admission_id}")
        return self.settings is not None

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.settings is not None  # interaction_check let it through
        async with answering(interaction, f"suspend inviter of admission {self.admission_id}"):
            await answer_suspend_inviter(interaction, self.admission_id, self.settings)


async def answer_suspend_inviter(interaction: discord.Interaction, admission_id: int, settings: GuildSettings) -> None:
    """Suspend whoever vouched for the banned person; then the alert says so and loses its button, and the
    moderator is told what the suspension did, or that it was there already (a second click, /gate suspend)."""
    bot = doorman(interaction)
    guild = interaction.guild
    assert guild is not None
    result = await bans.suspend_inviter(
        bot.db, guild_id=guild.id, admission_id=admission_id, by=interaction.user.id, now=now()
    )
    # Committed: the alert as posted, with the suspension under it.
    line = suspended_line(server_language(bot, guild, settings), result.inviter_id, result.suspension)
    content = interaction.message.content if interaction.message is not None else ""
    if not await answer_edit(interaction, content=content if line in content else f"{content}\n{line}", view=None):
        return
    if result.done is None:
        await reply_refusal(interaction, AlreadySuspended(result.inviter_id))
        return
    counts = {"codes": result.done.codes, "requests": result.done.requests}
    inviter = user(result.inviter_id)
    await send_ephemeral(interaction, reader(interaction)("suspension-done", member=inviter, **counts))
