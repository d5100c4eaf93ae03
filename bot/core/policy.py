"""The per-guild policy: its keys, defaults and the range each number may take."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Returning(StrEnum):
    """What /redeem without a code does for someone admitted here before who left (SPEC section 13)."""

    APPROVE = "approve"  # a request to the moderators, noting the earlier admission
    READMIT = "readmit"  # the roles at once
    CODE = "code"  # a new code is needed


@dataclass(frozen=True)
class Policy:
    """Per-guild rules. The config gives the defaults; admins override them with /gate policy."""

    invites_per_member: int = 3
    quota_period_days: int = 30
    code_ttl_days: int = 7
    max_uses_per_code: int = 5
    approval: bool = False
    redeem_attempts: int = 5
    lockout_minutes: int = 15
    invite_links: bool = True  # /invite create also makes a Discord invite link (SPEC section 11)
    waitlist: bool = True  # people without a code may join the waitlist (SPEC section 10)
    waitlist_cooldown_days: int = 30  # after a decline, how long before they may join the waitlist again
    invite_after_days: int = 0  # tenure: how long a member is here before they may create codes (SPEC section 12)
    min_account_age_days: int = 0  # a younger account needs a moderator's approval (SPEC section 13)
    returning: Returning = Returning.APPROVE  # /redeem without a code by a former member (SPEC section 13)
    # The waiting room (SPEC section 13; needs [bot] members_intent): hours after joining until someone who was
    # not let in is reminded by DM, and until they are kicked. 0: never.
    remind_after_hours: int = 0
    kick_after_hours: int = 0


# The policy keys that are on or off, and those that are one of a few words; every other key is an integer.
BOOLEAN_KEYS = ("approval", "invite_links", "waitlist")
CHOICE_KEYS: dict[str, type[StrEnum]] = {"returning": Returning}

# The inclusive range each integer policy key accepts, in the config file and in /gate policy.
POLICY_RANGES: dict[str, tuple[int, int]] = {
    "invites_per_member": (0, 1000),
    "quota_period_days": (1, 365),
    "code_ttl_days": (1, 30),
    "max_uses_per_code": (1, 100),
    "redeem_attempts": (1, 100),
    "lockout_minutes": (1, 1440),
    "waitlist_cooldown_days": (0, 365),
    "invite_after_days": (0, 365),
    "min_account_age_days": (0, 3650),
    "remind_after_hours": (0, 720),
    "kick_after_hours": (0, 720),
}

# The keys of the waiting room's timers: they need the Server Members intent ([bot] members_intent).
WAITING_ROOM_KEYS = ("remind_after_hours", "kick_after_hours")


def in_range(key: str, value: int) -> bool:
    """Whether `value` is allowed for the integer policy `key`."""
    low, high = POLICY_RANGES[key]
    return low <= value <= high
