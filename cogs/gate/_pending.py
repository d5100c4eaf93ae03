"""/gate pending: the open admissions, each linked to a message that exists, checked as its page is shown.

A request whose message is gone (deleted, or its channel with it) is posted again there and then in
the moderator channel in effect, and the page links the new one: requests stay reachable (SPEC section 9).
"""

from __future__ import annotations

import discord

from bot.app import Doorman
from bot.clock import now
from bot.core import admissions, deliveries
from bot.core.admissions import Admission, AdmissionStatus
from bot.core.owed import GrantRoles, ShowRequest
from bot.core.posts import Posted
from bot.i18n import Catalog
from cogs._shared.channels import text_channel
from cogs._shared.lines import describe_admission
from cogs._shared.pages import PAGE_SIZE, PageMaker, page_count, page_embed


def pending_pages(
    t: Catalog, bot: Doorman, guild: discord.Guild, waiting: list[Admission], suspended: set[int]
) -> PageMaker:
    """Pages of the open admissions, each page's links checked (and requests reposted) when it is shown; a
    request made with a code of someone in `suspended` is marked, as its message is (SPEC section 12)."""
    count = page_count(len(waiting))

    async def make(index: int) -> discord.Embed:
        shown = waiting[index * PAGE_SIZE : (index + 1) * PAGE_SIZE]
        lines = [await _line(t, bot, guild, a, a.inviter_id in suspended) for a in shown]
        return page_embed(
            t,
            t("gate-pending-title"),
            lines,
            number=index + 1,
            count=count,
            total=len(waiting),
            empty=t("gate-pending-empty"),
        )

    return make


async def _line(t: Catalog, bot: Doorman, guild: discord.Guild, admission: Admission, marked: bool) -> str:
    line = describe_admission(t, admission)
    if marked and admission.status is AdmissionStatus.AWAITING_APPROVAL:
        line = f"{line} · {t('suspension-pending-flag')}"
    owed = await deliveries.owed_for(bot.db, admission_id=admission.id)
    grant_alert = next((d.alert for d in owed if isinstance(d.owed, GrantRoles)), None)  # roles still owed
    for posted in (grant_alert, admission.request):
        if posted is not None and await _exists(guild, posted):
            return f"{line} · {_link(t, guild, posted)}"
    if admission.status is not AdmissionStatus.AWAITING_APPROVAL:
        return line
    if admission.request is not None:  # its message is gone
        reposted = await _post_again(bot, guild, admission)
        if reposted is not None:
            return f"{line} · {t('gate-pending-reposted', link=_link(t, guild, reposted))}"
    gave_up = any(isinstance(d.owed, ShowRequest) and d.stopped_at is not None for d in owed)
    return f"{line} · {t('gate-pending-gave-up') if gave_up else t('gate-pending-not-posted')}"


async def _exists(guild: discord.Guild, posted: Posted) -> bool:
    channel = text_channel(guild, posted.channel_id)
    if channel is None:
        return False
    try:
        await channel.fetch_message(posted.message_id)
    except discord.NotFound:
        return False
    except discord.HTTPException:
        return True  # cannot tell now: most likely it is there
    return True


async def _post_again(bot: Doorman, guild: discord.Guild, admission: Admission) -> Posted | None:
    """Post the request anew, at once; where, if that worked."""
    with bot.deliveries.reserving() as owed:
        await admissions.show_again(bot.db, guild_id=guild.id, admission_id=admission.id, now=now())
        await owed.carry()
    again = await admissions.get_admission(bot.db, guild_id=guild.id, admission_id=admission.id)
    return again.request if again.request != admission.request else None


def _link(t: Catalog, guild: discord.Guild, posted: Posted) -> str:
    """A link to the message, reading "open"."""
    url = f"https://discord.com/channels/{guild.id}/{posted.channel_id}/{posted.message_id}"
    return f"[{t('gate-pending-open')}]({url})"
