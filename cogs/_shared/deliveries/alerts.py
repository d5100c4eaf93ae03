"""The moderators' side of a failing delivery: one alert with a Retry button, its closing, and the stop notice.

An alert is posted once per delivery (the first time a failure calls for one) and edited, never
reposted: when the delivery goes through it says so, and when it stops after 7 days it says that.
"""

from __future__ import annotations

import logging
import re
from functools import partial
from typing import Any

import discord

from bot.clock import now
from bot.core import deliveries
from bot.core.admissions import AdmissionStatus, get_admission
from bot.core.deliveries import Fault
from bot.core.owed import CloseAlert, StoppedNotice
from bot.core.posts import Posted
from bot.core.settings import GuildSettings
from bot.i18n import Catalog, words
from cogs._shared.channels import edit_posted, find_own_message, mod_channel
from cogs._shared.deliveries.outcomes import Done, Failed, Handler, Job, Outcome
from cogs._shared.guards import answering
from cogs._shared.interactions import doorman
from cogs._shared.language import reader
from cogs._shared.limits import shorten
from cogs._shared.markup import user
from cogs._shared.moderators import moderators_only
from cogs._shared.replies import acknowledge, send_ephemeral

log = logging.getLogger(__name__)

DETAIL_LIMIT = 1000  # characters; what the alert says around it stays far below a message's 2,000


NO_MOD_CHANNEL = words("deliveries-alert-no-mod-channel")  # a failure's detail: nowhere to post


def failing_text(t: Catalog, what: str, detail: str) -> str:
    # `what` is a handler's describe(), in the same language; `detail` may quote Discord's own error text,
    # of no set length.
    return t("deliveries-alert-failing", what=what, detail=shorten(detail, DETAIL_LIMIT))


def stopped_text(t: Catalog, what: str, detail: str) -> str:
    return t("deliveries-alert-stopped", what=what, detail=shorten(detail, DETAIL_LIMIT))


async def post_alert(job: Job, text: str) -> Posted | None:
    """Post an alert with a Retry button in the moderator channel; where, or None if there is none."""
    channel = mod_channel(job.guild, job.settings)
    if channel is None:
        return None
    message = await channel.send(text, view=retry_view(job.server_language, job.delivery.id))
    return Posted(channel.id, message.id)


async def find_alert(job: Job) -> Posted | None:
    """The alert an interrupted attempt may already have posted about this delivery (found by its Retry)."""
    channel = mod_channel(job.guild, job.settings)
    if channel is None:
        return None
    custom_id = RetryButton(job.delivery.id).custom_id
    found = await find_own_message(channel, lambda message: custom_id in _custom_ids(message))
    return None if found is None else Posted(channel.id, found.id)


async def update_alert(job: Job, text: str) -> None:
    """The failure an alert is about changed: the alert says what is wrong now."""
    if job.delivery.alert is not None:
        view = retry_view(job.server_language, job.delivery.id)
        await edit_posted(job.guild, job.delivery.alert, content=text, view=view)


def _custom_ids(message: discord.Message) -> set[str]:
    return {
        button.custom_id
        for row in message.components
        if isinstance(row, discord.ActionRow)
        for button in row.children
        if isinstance(button, discord.Button) and button.custom_id is not None
    }


def retry_view(t: Catalog, delivery_id: int) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(RetryButton(delivery_id, t("deliveries-alert-retry-button")))
    return view


class RetryButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"doorman:redeliver:(?P<id>\d{1,19})"):
    """Retry on an alert: the delivery it is about is tried again now, with a fresh 7 days."""

    def __init__(self, delivery_id: int, label: str | None = None) -> None:
        # `label`: as posted, in the server's language; a button rebuilt from a click or to find an alert needs none.
        button: discord.ui.Button[Any] = discord.ui.Button(
            label=label, style=discord.ButtonStyle.primary, custom_id=f"doorman:redeliver:{delivery_id}"
        )
        super().__init__(button)
        self.delivery_id = delivery_id
        self.settings: GuildSettings | None = None  # the clicking moderator's guild's, read by interaction_check

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> RetryButton:
        return cls(int(match["id"]))

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        # discord.py builds an item per click (from_custom_id): what is kept here is this click's.
        self.settings = await moderators_only(interaction, f"retry of delivery {self.delivery_id}")
        return self.settings is not None

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.settings is not None  # interaction_check let it through
        async with answering(interaction, f"retry of delivery {self.delivery_id}"):
            await retry(interaction, [self.delivery_id], self.settings)


async def retry(interaction: discord.Interaction, delivery_ids: list[int], settings: GuildSettings) -> None:
    """Revive these deliveries, try them at once, and tell the moderator how it went."""
    bot = doorman(interaction)
    t = reader(interaction)
    assert interaction.guild_id is not None
    # What is revived before an early answer is leased here: the worker carries it when the block ends.
    with bot.deliveries.reserving() as owed:
        for delivery_id in delivery_ids:
            if bot.deliveries.is_carrying(delivery_id):
                await send_ephemeral(interaction, t("deliveries-retry-trying-now"))
                return
            again = await deliveries.revive(
                bot.db, guild_id=interaction.guild_id, delivery_id=delivery_id, carrier=bot.db.carrier, now=now()
            )
            if again is None:  # another process carries it
                await send_ephemeral(interaction, t("deliveries-retry-trying-now"))
                return
        revived = owed.ids[:]
        await acknowledge(interaction, ephemeral=True, thinking=True)
        carried = await owed.carry(settings=settings)
    tried = [outcome for delivery, outcome in carried.outcomes if delivery.id in revived]
    failures = [outcome.detail(t) for outcome in tried if isinstance(outcome, Failed)]
    if failures:
        await send_ephemeral(
            interaction, t("deliveries-retry-still-failing", detail=shorten(failures[0], DETAIL_LIMIT))
        )
    else:
        notes = [o.note(t) for o in tried if isinstance(o, Done) and o.note is not None]
        await send_ephemeral(interaction, t.sentences(*notes) if notes else t("deliveries-retry-done"))


async def close_alert(job: Job) -> Outcome:
    """The delivery an alert was about is over: the alert says so, and loses its button."""
    assert isinstance(job.delivery.owed, CloseAlert)
    owed = job.delivery.owed
    t = job.server_language
    text = t("deliveries-alert-closed", reason=owed.dropped) if owed.dropped else t("deliveries-alert-resolved")
    if owed.kind == "grant_roles" and owed.admission_id is not None:
        admission = await get_admission(job.bot.db, guild_id=job.guild.id, admission_id=owed.admission_id)
        if admission.status is AdmissionStatus.ADMITTED:
            text = t("deliveries-alert-resolved-roles", member=user(admission.user_id), admission=str(admission.id))
        elif admission.status is AdmissionStatus.LEFT:
            text = t("deliveries-alert-closed-left", member=user(admission.user_id), admission=str(admission.id))
    if not await edit_posted(job.guild, Posted(owed.channel_id, owed.message_id), content=text, view=None):
        return Done(words("deliveries-alert-channel-gone"), delivered=False)
    return Done()


async def tell_stopped(job: Job) -> Outcome:
    """A delivery gave up: its alert (or a new one) says so, keeping Retry, which revives it."""
    assert isinstance(job.delivery.owed, StoppedNotice)
    t = job.server_language
    stopped = await deliveries.get_delivery(job.bot.db, job.delivery.owed.delivery_id)
    if stopped is None or stopped.stopped_at is None:
        return Done(words("deliveries-alert-revived"), delivered=False)
    handler = job.bot.deliveries.handlers[type(stopped.owed)]
    about = Job(job.bot, job.guild, stopped, job.settings)
    text = stopped_text(t, await handler.describe(about), stopped.last_error or t("deliveries-alert-unknown-error"))
    if stopped.alert is not None:
        try:
            if await edit_posted(job.guild, stopped.alert, content=text, view=retry_view(t, stopped.id)):
                return Done()
        except discord.NotFound:
            pass  # the alert was deleted: a new one says it
    alert = (await find_alert(about) if job.interrupted else None) or await post_alert(about, text)
    if alert is None:
        return Failed(Fault.TRANSIENT, NO_MOD_CHANNEL)
    return Done(then=partial(deliveries.remember_alert, delivery_id=stopped.id, alert=alert))


async def notify_moderators(job: Job, text: str, view: discord.ui.View | None = None) -> Outcome:
    """Post a notice in the moderator channel, unless the attempt a crash cut short already did (the same
    words, or the same buttons: the words may have changed since)."""
    channel = mod_channel(job.guild, job.settings)
    if channel is None:
        return Failed(Fault.TRANSIENT, NO_MOD_CHANNEL)
    buttons = {item.custom_id for item in view.children if isinstance(item, discord.ui.DynamicItem)} if view else set()

    def posted(message: discord.Message) -> bool:
        return message.content == text or bool(buttons & _custom_ids(message))

    if job.interrupted and await find_own_message(channel, posted):
        return Done()
    await channel.send(text, view=view or discord.utils.MISSING)
    return Done()


async def _describe_alert(job: Job) -> str:
    return job.server_language("deliveries-alert-describe-close")


async def _describe_notice(job: Job) -> str:
    return job.server_language("deliveries-alert-describe-notice")


CLOSE_ALERT = Handler(close_alert, _describe_alert, alert_on=frozenset())
STOPPED_NOTICE = Handler(tell_stopped, _describe_notice, alert_on=frozenset())
