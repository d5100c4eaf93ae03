"""Quota arithmetic (pure, no I/O).

A member may create codes worth at most `limit` uses per rolling window of
`period_days`, counted from each code's creation. A code with N uses costs N;
revoking a code gives back the uses it had left; used and expired uses stay spent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DAY = 86_400


@dataclass(frozen=True)
class RoleQuota:
    amount: int
    period_days: int | None  # None: the guild's quota_period_days


@dataclass(frozen=True)
class QuotaRule:
    """The limit that applies to one member; `limit` None means unlimited (Manage Server)."""

    limit: int | None
    period_days: int


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


def can_spend(status: QuotaStatus, cost: int) -> bool:
    """Whether a code of `cost` uses fits in what is left."""
    remaining = status.remaining
    return remaining is None or cost <= remaining
