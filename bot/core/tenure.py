"""Tenure (SPEC section 12): a member creates codes only once they have been here `invite_after_days`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.core.people import Member
from bot.core.quotas import DAY
from bot.core.refusals import Refused
from bot.core.settings import GuildSettings

if TYPE_CHECKING:
    from bot.core.repositories import Transaction


@dataclass(eq=False)
class TooNewToInvite(Refused):
    """The member has not been here long enough to vouch for anyone yet."""

    until: int  # when they may create codes
    days: int  # the guild's invite_after_days


async def require_tenure(tx: Transaction, settings: GuildSettings, member: Member, now: int) -> None:
    """Refuse a member here fewer than invite_after_days: counted from their admission through Doorman, or, for
    members who predate Doorman, from when they joined the server. Admins are never held back."""
    days = settings.policy.invite_after_days
    if days <= 0 or member.manages_server:
        return
    admitted = [a.admitted_at for a in await tx.admissions.of_user(settings.guild_id, member.user_id)]
    since = max((at for at in admitted if at is not None), default=member.joined_at)
    if since is not None and now < since + days * DAY:
        raise TooNewToInvite(until=since + days * DAY, days=days)
