"""An invite link for a new code (SPEC section 11): made after the code is committed, then recorded with it.

A code never depends on its link: when the policy is off, the bot may not create invites in the welcome
channel, or Discord fails, the code stands and the reply says why it has no link. Nothing is stored then.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum

import aiohttp
import discord

from bot.app import Doorman
from bot.clock import now
from bot.core.codes import Code
from bot.core.links import link_terms, record_link
from bot.core.settings import GuildSettings
from cogs._shared.channels import may_make_links, text_channel
from cogs._shared.language import server_language

log = logging.getLogger(__name__)


class NoLinkBecause(Enum):
    POLICY_OFF = "policy_off"  # nothing to say: the server chose codes alone
    NO_CHANNEL = "no_channel"  # the welcome channel is gone
    NO_PERMISSION = "no_permission"  # the bot lacks Create Instant Invite there
    DISCORD_FAILED = "discord_failed"


@dataclass(frozen=True)
class NoLink:
    because: NoLinkBecause
    status: int | None = None  # Discord's HTTP status, when it failed


def link_blocked(guild: discord.Guild, settings: GuildSettings) -> NoLink | None:
    """Why no link can be made for this guild's codes now, before asking Discord; None if one can."""
    if not settings.policy.invite_links:
        return NoLink(NoLinkBecause.POLICY_OFF)
    if text_channel(guild, settings.welcome_channel_id) is None:
        return NoLink(NoLinkBecause.NO_CHANNEL)
    if not may_make_links(guild, settings):
        return NoLink(NoLinkBecause.NO_PERMISSION)
    return None


async def make_link(bot: Doorman, guild: discord.Guild, settings: GuildSettings, code: Code) -> Code | NoLink:
    """Ask Discord for the code's invite link and record it; the code with its link, or why it has none."""
    blocked = link_blocked(guild, settings)
    if blocked is not None:
        return blocked
    welcome = text_channel(guild, settings.welcome_channel_id)
    assert welcome is not None
    terms = link_terms(code, now())
    t = server_language(bot, guild, settings)  # the audit log is the server's
    try:
        invite = await welcome.create_invite(
            max_uses=terms.max_uses,
            max_age=terms.max_age,
            unique=True,
            reason=t("invites-link-audit-reason", code=code.display, inviter=str(code.inviter_id)),
        )
    except discord.Forbidden:  # the permission was taken away as this ran
        return NoLink(NoLinkBecause.NO_PERMISSION)
    except discord.HTTPException as error:
        log.warning("Discord made no invite link for code %s", code.id, exc_info=True)
        return NoLink(NoLinkBecause.DISCORD_FAILED, error.status)
    except (TimeoutError, OSError, aiohttp.ClientError):
        log.warning("Discord could not be reached for code %s's invite link", code.id, exc_info=True)
        return NoLink(NoLinkBecause.DISCORD_FAILED)
    return await record_link(bot.db, guild_id=guild.id, code_id=code.id, link=invite.url, now=now())
