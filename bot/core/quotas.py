"""Quotas: the arithmetic (pure), a member's quota as the database holds it, and the admins' tools.

A member may create codes worth at most `limit` uses per rolling window of
`period_days`, counted from each code's creation. A code with N uses costs N;
revoking a code gives back the uses it had left; used and expired uses stay spent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from bot.core.deliveries import log
from bot.core.inputs import check_range
from bot.core.log_lines import GrantLine, RoleQuotaLine
from bot.core.people import Member
from bot.core.policy import POLICY_RANGES, Policy
from bot.core.refusals import Refused
from bot.core.settings import GuildSettings, read_settings

if TYPE_CHECKING:
    from bot.core.repositories import Database, Transaction

DAY = 86_400
MAX_QUOTA_AMOUNT = 1000
MAX_GRANT = 1000


@dataclass(frozen=True)
class RoleQuota:
    amount: int
    period_days: int | None  # None: the guild's quota_period_days


@dataclass(frozen=True)
class QuotaRule:
    """The limit that applies to one member; `limit` None means unlimited (Manage Server)."""

    limit: int | None
    period_days: int


class Spending(NamedTuple):
    """A member's code in their quota window, as the quota reads it (a tuple: read for every code created)."""

    counted_from: int  # its creation, or its predecessor's for a regenerated code
    max_uses: int
    uses: int
    revoked: bool


@dataclass(frozen=True)
class SpentCode:
    """What one code in the window costs: its creation time and uses it holds."""

    created_at: int
    cost: int


@dataclass(frozen=True)
class QuotaStatus:
    rule: QuotaRule
    used: int
    next_free_at: int | None  # when the oldest spending code leaves the window

    @property
    def remaining(self) -> int | None:
        if self.rule.limit is None:
            return None
        return max(0, self.rule.limit - self.used)


def code_cost(max_uses: int, uses: int, revoked: bool) -> int:
    """Uses a code holds against its creator's quota: all of them, or only the used ones once revoked."""
    return uses if revoked else max_uses


def quota_rule(
    *,
    default_amount: int,
    default_period_days: int,
    member_role_ids: Iterable[int],
    role_quotas: Mapping[int, RoleQuota],
    grant: int,
    unlimited: bool,
) -> QuotaRule:
    """The member's rule: the highest role quota among their roles (else the default), plus their grant.

    Ties on amount go to the shorter period, the more generous of the two. The limit never drops below 0.
    """
    if unlimited:
        return QuotaRule(limit=None, period_days=default_period_days)
    candidates = [
        (quota.amount, -(quota.period_days or default_period_days))
        for role_id, quota in role_quotas.items()
        if role_id in set(member_role_ids)
    ]
    if candidates:
        amount, negative_period = max(candidates)
        period = -negative_period
    else:
        amount, period = default_amount, default_period_days
    return QuotaRule(limit=max(0, amount + grant), period_days=period)


def window_start(now: int, period_days: int) -> int:
    """Codes created after this instant count against the quota at `now`."""
    return now - period_days * DAY


def quota_status(rule: QuotaRule, spent: Iterable[SpentCode], now: int) -> QuotaStatus:
    """How much of the rule's limit the codes created inside the window use, and when a use frees up."""
    start = window_start(now, rule.period_days)
    in_window = [code for code in spent if code.created_at > start and code.cost > 0]
    used = sum(code.cost for code in in_window)
    oldest = min((code.created_at for code in in_window), default=None)
    return QuotaStatus(
        rule=rule,
        used=used,
        next_free_at=None if oldest is None else oldest + rule.period_days * DAY,
    )


def after_spending(status: QuotaStatus, cost: int, now: int) -> QuotaStatus:
    """The status once a code of `cost` uses (at least 1) is created at `now`: what quota_status would read
    with that code added, without reading the window again."""
    first_free = now + status.rule.period_days * DAY
    return QuotaStatus(
        rule=status.rule,
        used=status.used + cost,
        next_free_at=first_free if status.next_free_at is None else min(status.next_free_at, first_free),
    )


def can_spend(status: QuotaStatus, cost: int) -> bool:
    """Whether a code of `cost` uses fits in what is left."""
    remaining = status.remaining
    return remaining is None or cost <= remaining


@dataclass(eq=False)
class QuotaExhausted(Refused):
    """A code of `cost` uses does not fit in what is left of the member's quota."""

    status: QuotaStatus
    cost: int


@dataclass(eq=False)
class EveryoneRoleQuota(Refused):
    """A role quota for @everyone: that is the guild's default, set with /gate policy."""


async def member_quota(tx: Transaction, settings: GuildSettings, member: Member, now: int) -> QuotaStatus:
    """The member's quota at `now`, inside a running transaction."""
    grant = await tx.quotas.grant(settings.guild_id, member.user_id)
    rule = quota_rule(
        default_amount=settings.policy.invites_per_member,
        default_period_days=settings.policy.quota_period_days,
        member_role_ids=member.role_ids,
        role_quotas=await tx.quotas.role_quotas(settings.guild_id),
        grant=grant,
        unlimited=member.manages_server,
    )
    # A code counts from its creation or earlier (a regenerated one, from its predecessor's): every code that
    # counts in the window was created in it.
    codes = await tx.codes.spending(settings.guild_id, member.user_id, window_start(now, rule.period_days))
    spent = [SpentCode(code.counted_from, code_cost(code.max_uses, code.uses, code.revoked)) for code in codes]
    return quota_status(rule, spent, now)


async def set_role_quota(
    db: Database,
    *,
    guild_id: int,
    role_id: int,
    amount: int,
    period_days: int | None,
    defaults: Policy,
    by: int,
    now: int,
) -> int:
    """Give holders of a role their own quota (`amount` 0: they cannot invite); its period in days. Logged."""
    # Discord gives the @everyone role the guild's own ID.
    if role_id == guild_id:
        raise EveryoneRoleQuota()
    check_range("amount", amount, 0, MAX_QUOTA_AMOUNT)
    if period_days is not None:
        check_range("period_days", period_days, *POLICY_RANGES["quota_period_days"])

    async def save(tx: Transaction) -> int:
        await tx.quotas.set_role_quota(guild_id, role_id, RoleQuota(amount, period_days))
        period = period_days or (await read_settings(tx, guild_id, defaults)).policy.quota_period_days
        await log(tx, guild_id, RoleQuotaLine(by, role_id, amount, period), now=now)
        return period

    return await db.transaction(save)


async def set_grant(
    db: Database, *, guild_id: int, member: Member, amount: int, defaults: Policy, by: int, now: int
) -> QuotaStatus:
    """Set the member's adjustment to their limit (negative lowers it, 0 removes it); their quota after. Logged."""
    check_range("amount", amount, -MAX_GRANT, MAX_GRANT)

    async def save(tx: Transaction) -> QuotaStatus:
        await tx.quotas.set_grant(guild_id, member.user_id, amount)
        status = await member_quota(tx, await read_settings(tx, guild_id, defaults), member, now)
        line = GrantLine(by, member.user_id, amount, status.rule.limit, status.rule.period_days)
        await log(tx, guild_id, line, now=now)
        return status

    return await db.transaction(save)


async def role_quotas(db: Database, guild_id: int) -> dict[int, RoleQuota]:
    """The guild's per-role quotas, highest first, for /gate settings."""

    async def read(tx: Transaction) -> dict[int, RoleQuota]:
        return await tx.quotas.role_quotas(guild_id)

    return await db.transaction(read)
